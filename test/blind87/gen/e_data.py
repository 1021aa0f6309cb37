#!/usr/bin/env python3
"""Figures of the invented document E (望溪街道办事处 2025年部门预算). Every amount is an integer in
hundredths of 万元 (so 586.40万元 = 58640). check() asserts that everything reconciles."""
from decimal import Decimal, ROUND_HALF_UP

ORG = "澄岚区望溪街道办事处"
DISTRICT = "澄岚区"
UNITS = [("bj", "澄岚区望溪街道办事处本级"), ("sq", "澄岚区望溪街道社区服务中心"), ("zf", "澄岚区望溪街道综合行政执法队")]
SHORT = {"bj": "望溪街道办事处本级", "sq": "望溪街道社区服务中心", "zf": "望溪街道综合行政执法队"}

LEI = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "212": "城乡社区支出", "221": "住房保障支出"}
KUAN = {"20103": "政府办公厅（室）及相关机构事务", "20802": "民政管理事务", "20805": "行政事业单位养老支出",
        "21011": "行政事业单位医疗", "21201": "城乡社区管理事务", "21205": "城乡社区环境卫生", "22102": "住房改革支出"}
XIANG = {"2010301": "行政运行", "2010302": "一般行政管理事务", "2010350": "事业运行",
         "2010399": "其他政府办公厅（室）及相关机构事务支出", "2080208": "基层政权建设和社区治理",
         "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
         "2101101": "行政单位医疗", "2101102": "事业单位医疗", "2120104": "城管执法",
         "2120199": "其他城乡社区管理事务支出", "2120501": "城乡社区环境卫生", "2210201": "住房公积金"}

# (unit, 项 code, 基本, 项目) -- all 2025 expenditure
LINES = [
    ("bj", "2010301", 58640, 0), ("bj", "2010302", 0, 4800), ("bj", "2010399", 0, 3650),
    ("bj", "2080208", 0, 24580), ("bj", "2080505", 7236, 0), ("bj", "2080506", 2894, 0),
    ("bj", "2101101", 3128, 0), ("bj", "2120501", 0, 31200), ("bj", "2210201", 4342, 0),
    ("sq", "2010350", 16872, 0), ("sq", "2080208", 0, 5800), ("sq", "2080505", 2016, 0),
    ("sq", "2080506", 806, 0), ("sq", "2101102", 871, 0), ("sq", "2210201", 1210, 0),
    ("zf", "2120104", 23654, 4230), ("zf", "2120199", 0, 2500), ("zf", "2080505", 2780, 0),
    ("zf", "2080506", 1112, 0), ("zf", "2101101", 1205, 0), ("zf", "2210201", 1668, 0),
]
# 其他收入 (社区服务中心 fee income) pays part of its 2080208 project; everything else is 一般公共预算拨款
OTHER_INCOME = {"sq": 1200}
OTHER_FUNDED = ("sq", "2080208", 1200)

# 2024年执行数 of 一般公共预算 by 项 (consolidated), and of 其他收入
EXEC2024 = {"2010301": 57126, "2010302": 5230, "2010350": 16015, "2010399": 3000, "2080208": 27640,
            "2080505": 11685, "2080506": 4670, "2101101": 4210, "2101102": 825, "2120104": 28160,
            "2120199": 3800, "2120501": 26800, "2210201": 7096}
EXEC2024_OTHER = 1000

REASONS = {
    "2010301": "主要是在职人员工资正常晋档调整",
    "2010302": "主要是落实过紧日子要求，压减办公、印刷等一般性支出",
    "2010350": "主要是社区服务中心2024年下半年新进工作人员2名，2025年全年安排",
    "2010399": "主要是新增街道党群服务中心阵地运行维护经费",
    "2080208": "主要是社区工作者薪酬标准提高",
    "2080505": "主要是缴费基数调整",
    "2080506": "主要是缴费基数调整",
    "2101101": "主要是缴费基数调整",
    "2101102": "主要是缴费基数调整",
    "2120104": "主要是2024年一次性购置执法记录仪等执法装备，2025年不再安排",
    "2120199": "主要是辖区存量违法建设减少，违法建设治理任务量下降",
    "2120501": "主要是望溪新村片区道路移交街道管理，环卫保洁外包服务面积增加",
    "2210201": "主要是缴费基数调整",
}
# the planted contradiction: prose gives this figure for 2120501, the tables give 31200
PROSE_WRONG = {"2120501": 32100}

# 一般公共预算基本支出 by economic class: (code, name, 人员经费, 公用经费)
ECON = [
    ("30101", "基本工资", 26580, 0), ("30102", "津贴补贴", 29864, 0), ("30103", "奖金", 4620, 0),
    ("30107", "绩效工资", 6240, 0), ("30108", "机关事业单位基本养老保险缴费", 12032, 0),
    ("30109", "职业年金缴费", 4812, 0), ("30110", "职工基本医疗保险缴费", 5204, 0),
    ("30112", "其他社会保障缴费", 635, 0), ("30113", "住房公积金", 7220, 0),
    ("30199", "其他工资福利支出", 3860, 0),
    ("30201", "办公费", 0, 2840), ("30205", "水费", 0, 420), ("30206", "电费", 0, 1860),
    ("30207", "邮电费", 0, 630), ("30211", "差旅费", 0, 980), ("30213", "维修（护）费", 0, 1250),
    ("30215", "会议费", 0, 240), ("30216", "培训费", 0, 560), ("30217", "公务接待费", 0, 186),
    ("30226", "劳务费", 0, 2400), ("30228", "工会经费", 0, 1426), ("30229", "福利费", 0, 980),
    ("30231", "公务用车运行维护费", 0, 540), ("30239", "其他交通费用", 0, 5808),
    ("30299", "其他商品和服务支出", 0, None),   # balancing item, computed
    ("30305", "生活补助", 480, 0),
]
ECON_KUAN = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助"}
# 公用经费 by unit (sums to the 公用经费 total)
GONGYONG_UNIT = {"bj": None, "sq": 2680, "zf": 3150}     # bj = remainder
JGYX_2024 = 0   # set below (机关运行经费 2024年预算)

# 三公 (万元 hundredths) by unit: (出国, 购置, 运行, 接待)
SANGONG = {"bj": (0, 0, 220, 120), "sq": (0, 0, 0, 16), "zf": (0, 0, 320, 50)}
SANGONG_2024 = (0, 0, 580, 210)   # 2024年预算, department total

# 政府采购 (unit, item, 品目, 类别, qty, amount, project)
PROCURE = [
    ("bj", "辖区环卫保洁服务外包", "环境卫生服务", "服务", "1项", 31200),
    ("bj", "办公设备购置", "台式计算机、打印机", "货物", "12台", 680),
    ("zf", "执法装备购置", "执法记录仪、对讲机", "货物", "30台", 2850),
]

STAFF = {"行政编制": 28, "事业编制": 12, "参公编制": 15, "行政实有": 26, "事业实有": 11, "参公实有": 14, "退休": 19}
COMMUNITIES = 6
PROJECT_NAMES = {  # (unit, 项) -> project name
    ("bj", "2010302"): "机关综合事务保障经费",
    ("bj", "2010399"): "党建及党群服务中心阵地运行经费",
    ("bj", "2080208"): "社区工作者补贴及社区运转经费",
    ("bj", "2120501"): "辖区环卫保洁服务外包",
    ("sq", "2080208"): "社区居家养老及便民服务活动经费",
    ("zf", "2120104"): "执法装备购置及执法辅助人员经费",
    ("zf", "2120199"): "违法建设治理经费",
}

def y(v):
    """hundredths of 万元 -> '586.40'"""
    s = "-" if v < 0 else ""
    v = abs(v)
    return "%s%d.%02d" % (s, v // 100, v % 100)

def yuan(v):
    """hundredths of 万元 -> '18,600' 元"""
    return "{:,}".format(v * 100)

def pct(a, b):
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

# ---------- derived ----------
def unit_total(u, kind=None):
    t = 0
    for uu, code, jb, xm in LINES:
        if uu == u:
            t += {None: jb + xm, "jb": jb, "xm": xm}[kind]
    return t

def total(kind=None):
    return sum(unit_total(u, kind) for u, _ in UNITS)

def by_xiang(fund="all"):
    """{项: [total, 基本, 项目]} consolidated; fund='gp' drops the 其他收入-funded part"""
    out = {}
    for u, code, jb, xm in LINES:
        r = out.setdefault(code, [0, 0, 0])
        if fund == "gp" and (u, code) == OTHER_FUNDED[:2]:
            xm -= OTHER_FUNDED[2]
        r[0] += jb + xm; r[1] += jb; r[2] += xm
    return out

def roll(d, n):
    out = {}
    for code, r in d.items():
        k = code[:n]
        a = out.setdefault(k, [0, 0, 0])
        for i in range(3):
            a[i] += r[i]
    return out

def econ_rows():
    rows = []
    ren = sum(r[2] for r in ECON if r[2])
    gong_known = sum(r[3] for r in ECON if r[3])
    jb = total("jb")
    bal = jb - ren - gong_known
    for code, name, a, b in ECON:
        rows.append((code, name, a, bal if b is None else b))
    return rows

def renyuan():
    return sum(r[2] for r in econ_rows())

def gongyong():
    return sum(r[3] for r in econ_rows())

def gongyong_unit():
    g = dict(GONGYONG_UNIT)
    g["bj"] = gongyong() - g["sq"] - g["zf"]
    return g

def jgyx():
    g = gongyong_unit()
    return g["bj"] + g["zf"]

JGYX_2024_VAL = 21020

def sangong_total(u=None):
    if u:
        return sum(SANGONG[u])
    return sum(sum(v) for v in SANGONG.values())

def sangong_item(i):
    return sum(v[i] for v in SANGONG.values())

def gp_total():
    return total() - sum(OTHER_INCOME.values())

def exec2024_total():
    return sum(EXEC2024.values()) + EXEC2024_OTHER

def gp2024():
    return sum(EXEC2024.values())

def check():
    d = by_xiang()
    assert total() == total("jb") + total("xm")
    assert sum(unit_total(u) for u, _ in UNITS) == total()
    # 收 = 支
    assert gp_total() + sum(OTHER_INCOME.values()) == total()
    # 类/款/项 add up
    for n in (3, 5):
        assert sum(v[0] for v in roll(d, n).values()) == total()
    gp = by_xiang("gp")
    assert sum(v[0] for v in gp.values()) == gp_total()
    assert sum(v[1] for v in gp.values()) == total("jb")   # all 基本 is 一般公共预算
    # 基本 = 人员 + 公用, each row and in total
    rows = econ_rows()
    assert all(r[3] >= 0 for r in rows)
    assert renyuan() + gongyong() == total("jb")
    assert [r for r in rows if r[0] == "30299"][0][3] > 0
    # economic items consistent with the functional table
    e = {r[0]: r[2] + r[3] for r in rows}
    assert e["30108"] == d["2080505"][1] and e["30109"] == d["2080506"][1]
    assert e["30110"] == d["2101101"][1] + d["2101102"][1] and e["30113"] == d["2210201"][1]
    # 三公 = items; matches economic classification
    assert e["30217"] == sangong_item(3) and e["30231"] == sangong_item(2)
    assert sangong_total() == sum(sangong_item(i) for i in range(4))
    g = gongyong_unit()
    assert g["bj"] > 0 and sum(g.values()) == gongyong()
    # 项目 table: project list covers every 项目 line
    assert sum(xm for _, _, _, xm in LINES) == sum(
        [xm for u, c, jb, xm in LINES if (u, c) in PROJECT_NAMES])
    # 政府采购 items within their projects
    assert PROCURE[0][5] == d["2120501"][2]
    assert PROCURE[2][5] <= [xm for u, c, jb, xm in LINES if (u, c) == ("zf", "2120104")][0]
    assert PROSE_WRONG["2120501"] != d["2120501"][0]
    return True

if __name__ == "__main__":
    check()
    print("total", y(total()), "jb", y(total("jb")), "xm", y(total("xm")), "gp", y(gp_total()))
    print("2024 exec", y(exec2024_total()), "gp2024", y(gp2024()), "growth", pct(total() - exec2024_total(), exec2024_total()))
    print("renyuan", y(renyuan()), "gongyong", y(gongyong()), "units gy", {k: y(v) for k, v in gongyong_unit().items()}, "jgyx", y(jgyx()))
    for u, n in UNITS:
        print(n, y(unit_total(u)), y(unit_total(u, "jb")), y(unit_total(u, "xm")))
    for k, v in sorted(roll(by_xiang("gp"), 3).items()):
        print(k, LEI[k], [y(x) for x in v])
    for k, v in sorted(by_xiang("gp").items()):
        print(k, XIANG[k], [y(x) for x in v], "2024", y(EXEC2024[k]), y(v[0] - EXEC2024[k]), pct(v[0] - EXEC2024[k], EXEC2024[k]))
    print("sangong", y(sangong_total()), [y(sangong_item(i)) for i in range(4)])
    print([ (r[0], y(r[2]), y(r[3])) for r in econ_rows() if r[0]=="30299"])
