# -*- coding: utf-8 -*-
"""Figures of the invented 沣澄区住房和城乡建设局 2025年部门预算. Every amount is an integer in 0.01 万元 (so 1234.56 万元 = 123456).
compute() builds every table from the line items below and asserts that they reconcile."""

ORG = "沣澄区住房和城乡建设局"
UNITS = [("JG", "沣澄区住房和城乡建设局（局机关）"),
         ("ZA", "沣澄区建设工程质量安全服务中心"),
         ("ZS", "沣澄区房屋征收与住房保障服务中心")]

# revenue by unit: 一般公共预算拨款, 政府性基金预算拨款, 事业收入, 其他收入, 上年结转(一般公共预算)
REV = {"JG": (283642, 120000, 0, 0, 0),
       "ZA": (61235, 0, 8500, 1200, 0),
       "ZS": (114860, 265000, 0, 0, 32000)}

FUNC_NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休", "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "212": "城乡社区支出", "21201": "城乡社区管理事务", "2120101": "行政运行", "2120102": "一般行政管理事务",
    "2120106": "工程建设管理", "2120199": "其他城乡社区管理事务支出",
    "21208": "国有土地使用权出让收入安排的支出", "2120801": "征地和拆迁补偿支出", "2120803": "城市建设支出",
    "221": "住房保障支出", "22101": "保障性安居工程支出", "2210103": "棚户区改造", "2210105": "农村危房改造",
    "2210106": "公共租赁住房", "2210108": "老旧小区改造", "22102": "住房改革支出", "2210201": "住房公积金",
}

# line items: (unit, 项 code, 基本/项目, source GPB=一般公共预算 / GF=政府性基金 / OTH=事业及其他收入, amount)
ITEMS = [
    ("JG", "2120101", "基本", "GPB", 104618), ("JG", "2080505", "基本", "GPB", 16840), ("JG", "2080506", "基本", "GPB", 8420),
    ("JG", "2080501", "基本", "GPB", 9860), ("JG", "2101101", "基本", "GPB", 6230), ("JG", "2210201", "基本", "GPB", 14274),
    ("JG", "2120102", "项目", "GPB", 38600), ("JG", "2120199", "项目", "GPB", 24800), ("JG", "2210105", "项目", "GPB", 18000),
    ("JG", "2210108", "项目", "GPB", 42000), ("JG", "2120803", "项目", "GF", 120000),
    ("ZA", "2120106", "基本", "GPB", 37895), ("ZA", "2080505", "基本", "GPB", 7216), ("ZA", "2080506", "基本", "GPB", 3608),
    ("ZA", "2101102", "基本", "GPB", 3040), ("ZA", "2210201", "基本", "GPB", 6476), ("ZA", "2120106", "项目", "GPB", 3000),
    ("ZA", "2120106", "基本", "OTH", 6700), ("ZA", "2120106", "项目", "OTH", 3000),
    ("ZS", "2120199", "基本", "GPB", 28664), ("ZS", "2080505", "基本", "GPB", 7192), ("ZS", "2080506", "基本", "GPB", 3596),
    ("ZS", "2101102", "基本", "GPB", 2860), ("ZS", "2210201", "基本", "GPB", 8048),
    ("ZS", "2210103", "项目", "GPB", 60000), ("ZS", "2210106", "项目", "GPB", 36500), ("ZS", "2120801", "项目", "GF", 265000),
]

# 一般公共预算基本支出 by 经济科目 (department, GPB basic only)
ECON = [
    ("人员经费", "301", "工资福利支出", [("30101", "基本工资", 61240), ("30102", "津贴补贴", 49836), ("30103", "奖金", 8620),
                                   ("30107", "绩效工资", 31280), ("30108", "机关事业单位基本养老保险缴费", 31248),
                                   ("30109", "职业年金缴费", 15624), ("30110", "职工基本医疗保险缴费", 12130),
                                   ("30113", "住房公积金", 28798), ("30199", "其他工资福利支出", 1850)]),
    ("人员经费", "303", "对个人和家庭的补助", [("30302", "退休费", 9860), ("30305", "生活补助", 640)]),
    ("公用经费", "302", "商品和服务支出", [("30201", "办公费", 4260), ("30206", "电费", 1830), ("30207", "邮电费", 980),
                                   ("30211", "差旅费", 2140), ("30213", "维修（护）费", 1250), ("30216", "培训费", 860),
                                   ("30217", "公务接待费", 650), ("30228", "工会经费", 2290), ("30229", "福利费", 1080),
                                   ("30231", "公务用车运行维护费", 1680), ("30299", "其他商品和服务支出", 691)]),
]

# 三公: (因公出国, 公务用车购置, 公务用车运行维护, 公务接待) 2024年预算 and 2025年预算 (department), and 2025 by unit
SANGONG_2024 = (0, 1800, 1920, 730)
SANGONG_2025 = {"JG": (0, 0, 960, 450), "ZA": (0, 0, 420, 120), "ZS": (0, 0, 300, 80)}

# 政府采购预算: (unit, 项目, 品目类别, 数量/单位, amount)
PROCUREMENT = [("JG", "城建档案数字化加工服务", "服务", "1项", 9600), ("JG", "办公设备购置", "货物", "24台（套）", 1850),
               ("ZA", "建设工程质量检测服务", "服务", "1项", 3000),
               ("ZS", "公共租赁住房维修改造工程", "工程", "1项", 21000), ("ZS", "房屋征收评估服务", "服务", "1项", 8500)]

ASSETS = {"JG": 586214, "ZA": 120655, "ZS": 1843027}     # 资产总额 (2024年12月31日)
STAFF = {"JG": 58, "ZA": 21, "ZS": 19}                  # 在职人数 (人)

# 2024年预算 (for the prose's comparisons only)
TOTAL_2024 = 812650
GPB_2024 = 481264
GF_2024 = 302000

# performance targets: (project, unit, 资金 amount, [(一级, 二级, 三级, 指标值)])
PERF = [
    ("老旧小区改造", "JG", 42000, [("产出指标", "数量指标", "改造老旧小区个数", "6个"), ("产出指标", "数量指标", "惠及居民户数", "1280户"),
                             ("产出指标", "时效指标", "完工时间", "2025年11月底前"), ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%")]),
    ("农村危房改造", "JG", 18000, [("产出指标", "数量指标", "完成危房改造户数", "60户"), ("产出指标", "成本指标", "户均补助标准", "3万元"),
                             ("效益指标", "社会效益指标", "改造后房屋安全鉴定合格率", "100%")]),
    ("棚户区改造", "ZS", 60000, [("产出指标", "数量指标", "完成征收户数", "45户"), ("产出指标", "质量指标", "补偿资金兑付率", "100%"),
                            ("满意度指标", "服务对象满意度指标", "被征收户满意度", "≥85%")]),
    ("公共租赁住房运营维护", "ZS", 36500, [("产出指标", "数量指标", "维修公共租赁住房套数", "320套"), ("效益指标", "社会效益指标", "公租房出租率", "≥95%")]),
    ("建设工程质量安全抽检", "ZA", 6000, [("产出指标", "数量指标", "抽检在建工程项目数", "120个"), ("产出指标", "质量指标", "检测报告出具及时率", "100%")]),
    ("城市建设（道路管网提质）", "JG", 120000, [("产出指标", "数量指标", "新改建市政道路长度", "3.2公里"), ("产出指标", "时效指标", "完工时间", "2025年12月底前")]),
]

# the planted contradiction: the prose states 一般公共预算拨款收入 as this (transposed digits); the tables say 4597.37
PROSE_WRONG_GPB = 457937


def y(v):
    """0.01万元 integer -> printed string with two decimals and thousands separators, as in the tables."""
    s = f"{v / 100:,.2f}"
    return s


def pct(a, b):
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def compute():
    D = {}
    units = [u for u, _ in UNITS]
    rev = {u: dict(zip(("GPB", "GF", "SY", "QT", "JZ"), REV[u])) for u in units}
    for u in units:
        rev[u]["ALL"] = sum(REV[u])
    D["rev"] = rev
    dep = {k: sum(rev[u][k] for u in units) for k in ("GPB", "GF", "SY", "QT", "JZ", "ALL")}
    D["rev_dep"] = dep
    assert dep == {"GPB": 459737, "GF": 385000, "SY": 8500, "QT": 1200, "JZ": 32000, "ALL": 886437}, dep
    # spending per unit / source reconcile with revenue
    for u in units:
        it = [i for i in ITEMS if i[0] == u]
        assert sum(i[4] for i in it if i[3] == "GPB") == rev[u]["GPB"] + rev[u]["JZ"], u
        assert sum(i[4] for i in it if i[3] == "GF") == rev[u]["GF"], u
        assert sum(i[4] for i in it if i[3] == "OTH") == rev[u]["SY"] + rev[u]["QT"], u
        assert sum(i[4] for i in it) == rev[u]["ALL"], u
    D["basic_u"] = {u: sum(i[4] for i in ITEMS if i[0] == u and i[2] == "基本") for u in units}
    D["proj_u"] = {u: sum(i[4] for i in ITEMS if i[0] == u and i[2] == "项目") for u in units}
    D["basic"] = sum(D["basic_u"].values())
    D["proj"] = sum(D["proj_u"].values())
    assert D["basic"] + D["proj"] == dep["ALL"]
    assert (D["basic"], D["proj"]) == (275537, 610900)
    # function table (all sources) by 项, 款, 类
    def agg(filter_fn):
        out = {}
        for u, c, k, s, a in ITEMS:
            if not filter_fn(u, c, k, s):
                continue
            for code in (c[:3], c[:5], c):
                row = out.setdefault(code, [0, 0])
                row[0 if k == "基本" else 1] += a
        return out
    D["func_all"] = agg(lambda u, c, k, s: True)
    D["func_gpb"] = agg(lambda u, c, k, s: s == "GPB")
    D["func_gf"] = agg(lambda u, c, k, s: s == "GF")
    D["func_fin"] = agg(lambda u, c, k, s: s in ("GPB", "GF"))
    for F in (D["func_all"], D["func_gpb"], D["func_gf"], D["func_fin"]):
        for code in F:
            if len(code) == 3:
                kuan = [c for c in F if len(c) == 5 and c.startswith(code)]
                assert sum(sum(F[c]) for c in kuan) == sum(F[code]), code
            if len(code) == 5:
                xiang = [c for c in F if len(c) == 7 and c.startswith(code)]
                assert sum(sum(F[c]) for c in xiang) == sum(F[code]), code
    lei = lambda F: sum(sum(v) for c, v in F.items() if len(c) == 3)
    assert lei(D["func_all"]) == dep["ALL"]
    assert lei(D["func_gpb"]) == dep["GPB"] + dep["JZ"] == 491737
    assert lei(D["func_gf"]) == dep["GF"]
    assert lei(D["func_fin"]) == dep["GPB"] + dep["JZ"] + dep["GF"] == 876737
    assert sum(D["func_all"]["212"]) == 632277 and sum(D["func_all"]["221"]) == 185298
    assert sum(D["func_all"]["208"]) == 56732 and sum(D["func_all"]["210"]) == 12130
    # GPB basic by economic class == GPB basic by function
    D["gpb_basic"] = sum(v[0] for c, v in D["func_gpb"].items() if len(c) == 3)
    D["gpb_proj"] = sum(v[1] for c, v in D["func_gpb"].items() if len(c) == 3)
    assert (D["gpb_basic"], D["gpb_proj"]) == (268837, 222900)
    econ_tot = {}
    for grp, code, name, rows in ECON:
        econ_tot[code] = sum(r[2] for r in rows)
    D["econ_tot"] = econ_tot
    D["renyuan"] = econ_tot["301"] + econ_tot["303"]
    D["gongyong"] = econ_tot["302"]
    assert D["renyuan"] + D["gongyong"] == D["gpb_basic"], (D["renyuan"], D["gongyong"])
    assert (D["renyuan"], D["gongyong"]) == (251126, 17711)
    ec = {r[0]: r[2] for _, _, _, rows in ECON for r in rows}
    # economic items match the function items they pay for
    assert ec["30108"] == D["func_gpb"]["2080505"][0]
    assert ec["30109"] == D["func_gpb"]["2080506"][0]
    assert ec["30110"] == sum(D["func_gpb"]["210"])
    assert ec["30113"] == D["func_gpb"]["2210201"][0]
    assert ec["30302"] == D["func_gpb"]["2080501"][0]
    # 三公
    sg25 = [sum(SANGONG_2025[u][i] for u in units) for i in range(4)]
    D["sg25"] = sg25
    D["sg25_u"] = {u: sum(SANGONG_2025[u]) for u in units}
    D["sg25_total"] = sum(sg25)
    D["sg24_total"] = sum(SANGONG_2024)
    assert sg25 == [0, 0, 1680, 650] and D["sg25_total"] == 2330 and D["sg24_total"] == 4450
    assert ec["30231"] == sg25[2] and ec["30217"] == sg25[3]      # 三公 are paid from basic 公用经费
    # procurement
    D["proc_u"] = {u: sum(p[4] for p in PROCUREMENT if p[0] == u) for u in units}
    D["proc"] = sum(D["proc_u"].values())
    assert D["proc"] == 43950
    D["assets"] = sum(ASSETS.values())
    D["staff"] = sum(STAFF.values())
    assert D["assets"] == 2549896 and D["staff"] == 98
    # performance targets' money matches the project rows
    perf = {p[0]: p[2] for p in PERF}
    assert perf["老旧小区改造"] == D["func_all"]["2210108"][1]
    assert perf["农村危房改造"] == D["func_all"]["2210105"][1]
    assert perf["棚户区改造"] == D["func_all"]["2210103"][1]
    assert perf["公共租赁住房运营维护"] == D["func_all"]["2210106"][1]
    assert perf["建设工程质量安全抽检"] == D["func_all"]["2120106"][1]
    assert perf["城市建设（道路管网提质）"] == D["func_all"]["2120803"][1]
    # comparisons in the prose
    assert pct(dep["ALL"] - TOTAL_2024, TOTAL_2024) == "9.08"
    assert pct(GPB_2024 - dep["GPB"], GPB_2024) == "4.47"
    assert pct(dep["GF"] - GF_2024, GF_2024) == "27.48"
    assert PROSE_WRONG_GPB != dep["GPB"]
    return D


if __name__ == "__main__":
    D = compute()
    print("OK", y(D["rev_dep"]["ALL"]), y(D["basic"]), y(D["proj"]))
