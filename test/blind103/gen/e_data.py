# -*- coding: utf-8 -*-
"""Figures of the invented 沁垣县人民医院 2025年单位预算. Every amount is an integer number of hundredths of 万元
(3685140 = 36851.40万元) so that sums are exact; compute() asserts that everything reconciles."""
from decimal import Decimal, ROUND_HALF_UP

ORG = "沁垣县人民医院"


def f2(x):
    """hundredths of 万元 -> '36851.40'"""
    s = "-" if x < 0 else ""
    x = abs(x)
    return f"{s}{x // 100}.{x % 100:02d}"


def pct(a, b, nd=2):
    q = Decimal(1).scaleb(-nd)
    return str((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


def growth(new, old, nd=2):
    return pct(new - old, old, nd)


# ---- income (本年收入) 2025 and 2024 (上年预算) ----
INC = {  # name: (2025, 2024)
    "财政拨款收入": (648260, 593620),
    "事业收入": (3685140, 3523100),
    "其他收入": (41600, 45280),
}
PROSE_WRONG_SHIYE = 3681540   # planted: prose prints 36815.40 where the tables say 36851.40

# ---- projects (项目支出表): name, code, total, 财政拨款, 事业收入 ----
PROJ = [
    ("医疗设备购置项目", "2100201", 186000, 60000, 126000),
    ("县域医共体信息化建设项目", "2100201", 48600, 48600, 0),
    ("重点专科建设项目", "2100201", 32000, 32000, 0),
    ("住院楼附属工程及维修改造项目", "2100201", 74250, 20000, 54250),
    ("医疗废物处置及物业服务项目", "2100201", 58000, 0, 58000),
    ("住院医师规范化培训项目", "2100201", 9580, 9580, 0),
    ("基本公共卫生服务项目", "2100408", 26840, 26840, 0),
    ("重大公共卫生服务项目", "2100409", 15630, 15630, 0),
]

# ---- 支出总表 rows by 功能科目 (项 level): code -> (name, 基本, 财政拨款 share of 基本, 其他收入 share of 基本) ----
# 项目 part of each 项 is the sum of PROJ rows with that code.
ITEM = {
    "2100201": ("综合医院", 3335900, 8700, 41600),
    "2100408": ("基本公共卫生服务", 0, 0, 0),
    "2100409": ("重大公共卫生服务", 0, 0, 0),
    "2101102": ("事业单位医疗", 104620, 104620, 0),
    "2080505": ("机关事业单位基本养老保险缴费支出", 214860, 214860, 0),
    "2080506": ("机关事业单位职业年金缴费支出", 107430, 107430, 0),
    "2210201": ("住房公积金", 161290, 0, 0),
}
KUAN = {"21002": "公立医院", "21004": "公共卫生", "21011": "行政事业单位医疗",
        "20805": "行政事业单位养老支出", "22102": "住房改革支出"}
LEI = {"210": "卫生健康支出", "208": "社会保障和就业支出", "221": "住房保障支出"}
ORDER = ["210", "21002", "2100201", "21004", "2100408", "2100409", "21011", "2101102",
         "208", "20805", "2080505", "2080506", "221", "22102", "2210201"]

# 基本支出 split and last year's
RENYUAN, GONGYONG = 3011860, 912240
JIBEN_2024, XIANGMU_2024 = 3740270, 421730

# ---- 三公 (2025, 2024) ----
SANGONG = {
    "因公出国（境）费": (0, 0),
    "公务用车购置费": (0, 2800),
    "公务用车运行维护费": (1860, 2140),
    "公务接待费": (620, 750),
}

# ---- 政府采购预算: item, 货物, 工程, 服务 ----
PROC = [
    ("医疗设备购置", 186000, 0, 0),
    ("县域医共体信息化建设", 31200, 0, 17400),
    ("住院楼附属工程及维修改造", 0, 74250, 0),
    ("医疗废物处置及物业服务", 0, 0, 58000),
    ("办公设备及办公耗材", 12640, 0, 0),
]
PROC_2024 = 321600

# ---- 项目支出绩效目标表: one indicator a row ----
PERF = [
    ("医疗设备购置项目", "产出指标", "数量指标", "购置医疗设备数量", "26台（套）"),
    ("医疗设备购置项目", "产出指标", "质量指标", "设备验收合格率", "100%"),
    ("医疗设备购置项目", "产出指标", "时效指标", "采购完成时间", "2025年9月底前"),
    ("医疗设备购置项目", "效益指标", "社会效益指标", "大型设备检查平均预约等候时间", "≤3天"),
    ("医疗设备购置项目", "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ("县域医共体信息化建设项目", "产出指标", "数量指标", "接入乡镇卫生院数量", "14家"),
    ("县域医共体信息化建设项目", "产出指标", "质量指标", "系统稳定运行率", "≥98%"),
    ("县域医共体信息化建设项目", "效益指标", "社会效益指标", "远程会诊服务人次", "≥3000人次"),
    ("重点专科建设项目", "产出指标", "数量指标", "新开展临床技术项目", "≥5项"),
    ("重点专科建设项目", "效益指标", "社会效益指标", "县域内住院就诊率", "≥90%"),
    ("住院楼附属工程及维修改造项目", "产出指标", "数量指标", "维修改造面积", "6200平方米"),
    ("住院楼附属工程及维修改造项目", "成本指标", "经济成本指标", "项目总成本", "≤742.50万元"),
    ("住院楼附属工程及维修改造项目", "产出指标", "时效指标", "竣工验收时间", "2025年11月底前"),
    ("基本公共卫生服务项目", "产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥8500人"),
    ("基本公共卫生服务项目", "产出指标", "质量指标", "居民电子健康档案建档率", "≥90%"),
    ("重大公共卫生服务项目", "产出指标", "数量指标", "适龄妇女“两癌”筛查人数", "≥4200人"),
    ("重大公共卫生服务项目", "满意度指标", "服务对象满意度指标", "受检群众满意度", "≥90%"),
]

# ---- unit facts (counts) ----
FACTS = {"编制床位": 520, "实有床位": 600, "在职职工": 648, "离退休人员": 213, "内设科室": 46,
         "公务用车": 3, "百万元以上设备": 12}


def compute():
    D = {}
    inc25 = sum(v[0] for v in INC.values())
    inc24 = sum(v[1] for v in INC.values())
    D["收入_2025"], D["收入_2024"] = inc25, inc24
    assert inc25 == 4375000 and inc24 == 4162000
    # projects
    xm = sum(p[2] for p in PROJ)
    for p in PROJ:
        assert p[2] == p[3] + p[4], p
    D["项目"] = xm
    assert xm == 450900
    D["项目_财政"] = sum(p[3] for p in PROJ)
    D["项目_事业"] = sum(p[4] for p in PROJ)
    # items: 合计, 基本, 项目, 财政, 事业, 其他
    rows = {}
    for code, (name, jb, cz_jb, qt_jb) in ITEM.items():
        x = sum(p[2] for p in PROJ if p[1] == code)
        cz = cz_jb + sum(p[3] for p in PROJ if p[1] == code)
        sy_x = sum(p[4] for p in PROJ if p[1] == code)
        tot = jb + x
        qt = qt_jb
        sy = tot - cz - qt
        assert sy >= 0 and sy >= sy_x
        rows[code] = dict(name=name, 合计=tot, 基本=jb, 项目=x, 财政=cz, 事业=sy, 其他=qt)
    for k, nm in list(KUAN.items()) + list(LEI.items()):
        subs = [c for c in ITEM if c.startswith(k)]
        rows[k] = dict(name=nm, **{f: sum(rows[c][f] for c in subs) for f in ("合计", "基本", "项目", "财政", "事业", "其他")})
    tot = {f: sum(rows[c][f] for c in LEI) for f in ("合计", "基本", "项目", "财政", "事业", "其他")}
    D["rows"], D["tot"] = rows, tot
    assert tot["合计"] == inc25
    assert tot["财政"] == INC["财政拨款收入"][0] and tot["事业"] == INC["事业收入"][0] and tot["其他"] == INC["其他收入"][0]
    assert tot["项目"] == xm and tot["基本"] == RENYUAN + GONGYONG == 3924100
    assert tot["基本"] + tot["项目"] == tot["合计"]
    assert JIBEN_2024 + XIANGMU_2024 == inc24
    for c in rows:
        r = rows[c]
        assert r["合计"] == r["基本"] + r["项目"] == r["财政"] + r["事业"] + r["其他"], c
    # 三公
    D["三公_2025"] = sum(v[0] for v in SANGONG.values())
    D["三公_2024"] = sum(v[1] for v in SANGONG.values())
    assert D["三公_2025"] == 2480 and D["三公_2024"] == 5690
    # 政府采购
    g = sum(p[1] for p in PROC); e = sum(p[2] for p in PROC); s = sum(p[3] for p in PROC)
    D["采购"] = (g + e + s, g, e, s)
    assert D["采购"] == (379490, 229840, 74250, 75400)
    # procurement amounts of the project-backed items equal the project totals
    pmap = {p[0]: p[2] for p in PROJ}
    assert PROC[0][1] == pmap["医疗设备购置项目"]
    assert PROC[1][1] + PROC[1][3] == pmap["县域医共体信息化建设项目"]
    assert PROC[2][2] == pmap["住院楼附属工程及维修改造项目"]
    assert PROC[3][3] == pmap["医疗废物处置及物业服务项目"]
    assert PROJ[3][2] == 74250   # the 成本指标 ≤742.50万元 equals the project's amount
    assert PROSE_WRONG_SHIYE != INC["事业收入"][0]
    return D


if __name__ == "__main__":
    D = compute()
    for c in ORDER:
        r = D["rows"][c]
        print(c, r["name"], f2(r["合计"]), f2(r["基本"]), f2(r["项目"]), f2(r["财政"]), f2(r["事业"]), f2(r["其他"]))
    print("tot", {k: f2(v) for k, v in D["tot"].items()})
