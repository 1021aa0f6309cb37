# -*- coding: utf-8 -*-
"""Figures of E (澹川县卫生健康局2025年部门预算), every amount an integer in 0.01 万元 (百元).
compute() asserts that every table reconciles; the one planted prose error is PROSE_WRONG."""
from decimal import Decimal, ROUND_HALF_UP

COUNTY = "澹川县"
DEPT = "澹川县卫生健康局"


def c(s):
    """'1036.84' -> 103684"""
    a, _, b = s.partition(".")
    return int(a) * 100 + int((b + "00")[:2])


def f(v):
    """103684 -> '1036.84'"""
    sign = "-" if v < 0 else ""
    v = abs(v)
    return f"{sign}{v // 100}.{v % 100:02d}"


def pct(a, b):
    """a / b * 100, 2 decimals, half up (a, b in cents)"""
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def growth(new, old):
    return pct(new - old, old)


# units: key, name, short, 编制, 实有, GP, 事业收入, 其他收入, 基本支出, 项目支出, 三公
UNITS = [
    ("U0", "澹川县卫生健康局（本级）", "局机关", 32, 29, c("3268.45"), 0, 0, c("1046.45"), c("2222.00"), c("18.60")),
    ("U1", "澹川县疾病预防控制中心", "疾控中心", 45, 41, c("1582.70"), c("236.00"), 0, c("1618.70"), c("200.00"), c("6.20")),
    ("U2", "澹川县妇幼保健院", "妇幼保健院", 128, 121, c("1245.36"), c("5860.00"), c("94.64"), c("6380.00"), c("820.00"), c("4.80")),
    ("U3", "澹川县卫生健康综合监督执法大队", "监督执法大队", 18, 16, c("498.19"), 0, 0, c("438.19"), c("60.00"), c("3.40")),
]

# 一般公共预算 by 项: code, name, 上年预算数, 本年预算数, 本年基本, 本年项目 ; plus all-funds (non-GP) basic / project
GP_ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", c("398.10"), c("412.36"), c("412.36"), 0),
    ("2080506", "机关事业单位职业年金缴费支出", c("162.40"), c("168.20"), c("168.20"), 0),
    ("2100101", "行政运行", c("842.30"), c("865.49"), c("865.49"), 0),
    ("2100199", "其他卫生健康管理事务支出", c("260.00"), c("180.00"), 0, c("180.00")),
    ("2100401", "疾病预防控制机构", c("968.50"), c("1036.84"), c("916.84"), c("120.00")),
    ("2100402", "卫生监督机构", c("371.20"), c("386.59"), c("326.59"), c("60.00")),
    ("2100403", "妇幼保健机构", c("905.00"), c("812.52"), c("562.52"), c("250.00")),
    ("2100408", "基本公共卫生服务", c("1520.00"), c("1680.00"), 0, c("1680.00")),
    ("2100409", "重大公共卫生服务", c("210.00"), c("362.00"), 0, c("362.00")),
    ("2101101", "行政单位医疗", c("95.30"), c("98.60"), c("98.60"), 0),
    ("2101102", "事业单位医疗", c("170.40"), c("176.10"), c("176.10"), 0),
    ("2210201", "住房公积金", c("402.00"), c("416.00"), c("416.00"), 0),
]
# funds other than 一般公共预算 (事业收入 + 其他收入) by 项: code -> (基本, 项目)
NONGP = {"2100401": (c("156.00"), c("80.00")), "2100403": (c("5384.64"), c("570.00"))}

LEI = [("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("221", "住房保障支出")]
KUAN = [("20805", "行政事业单位养老支出"), ("21001", "卫生健康管理事务"), ("21004", "公共卫生"),
        ("21011", "行政事业单位医疗"), ("22102", "住房改革支出")]

# 基本支出 (一般公共预算) by economic class
ECON = [
    ("301", "工资福利支出", [("30101", "基本工资", c("812.60")), ("30102", "津贴补贴", c("486.30")), ("30103", "奖金", c("96.40")),
                         ("30107", "绩效工资", c("1053.44")), ("30108", "机关事业单位基本养老保险缴费", c("412.36")),
                         ("30109", "职业年金缴费", c("168.20")), ("30110", "职工基本医疗保险缴费", c("274.70")),
                         ("30113", "住房公积金", c("416.00"))]),
    ("302", "商品和服务支出", [("30201", "办公费", c("40.20")), ("30205", "水费", c("5.80")), ("30206", "电费", c("17.60")),
                          ("30211", "差旅费", c("15.90")), ("30217", "公务接待费", c("9.00")), ("30228", "工会经费", c("31.20")),
                          ("30231", "公务用车运行维护费", c("24.00")), ("30239", "其他交通费用", c("7.00"))]),
    ("303", "对个人和家庭的补助", [("30302", "退休费", c("18.00")), ("30305", "生活补助", c("12.00")),
                            ("30399", "其他对个人和家庭的补助", c("42.00"))]),
]

# 三公: (上年预算数, 本年预算数)
SANGONG = {"出国": (0, 0), "购置": (0, 0), "运行": (c("28.50"), c("24.00")), "接待": (c("10.00"), c("9.00"))}

# projects: name, unit short, 预算金额, GP part, [(indicator, value)]
PROJECTS = [
    ("基本公共卫生服务项目", "局机关", c("1680.00"), c("1680.00"),
     [("居民规范化电子健康档案覆盖率", "≥64%"), ("65岁及以上老年人城乡社区规范健康管理服务率", "≥62%")]),
    ("重大公共卫生服务项目", "局机关", c("362.00"), c("362.00"),
     [("适龄儿童国家免疫规划疫苗接种率", "≥90%"), ("适龄女生HPV疫苗接种人数", "≥1800人")]),
    ("卫生健康事业发展专项", "局机关", c("180.00"), c("180.00"), [("基层卫生人员培训人次", "≥600人次")]),
    ("检验检测能力提升项目", "疾控中心", c("200.00"), c("120.00"), [("新增检测项目数", "≥15项")]),
    ("农村妇女“两癌”筛查及出生缺陷防治项目", "妇幼保健院", c("820.00"), c("250.00"), [("“两癌”筛查人数", "≥8000人")]),
    ("卫生监督执法专项", "监督执法大队", c("60.00"), c("60.00"), [("“双随机”抽检任务完成率", "100%")]),
]

PRIOR_TOTAL = c("12316.90")      # 2024年部门收支预算总计
PRIOR_SANGONG_CARS = 7           # 2024年末公务用车保有量
CARS = 6
JGYX = (c("72.10"), c("68.30"))  # 机关运行经费 上年, 本年 (局机关)
ZFCG = (c("198.20"), c("88.30"))  # 政府采购预算: 货物, 服务
RETIRED = 63

# planted contradiction: prose states 1063.84 for 2100401 while the tables say 1036.84
PROSE_WRONG = {"2100401": c("1063.84")}


def compute():
    D = {}
    D["gp"] = sum(u[5] for u in UNITS)
    D["sy"] = sum(u[6] for u in UNITS)
    D["qt"] = sum(u[7] for u in UNITS)
    D["in"] = D["gp"] + D["sy"] + D["qt"]
    D["jb"] = sum(u[8] for u in UNITS)
    D["xm"] = sum(u[9] for u in UNITS)
    D["out"] = D["jb"] + D["xm"]
    assert D["in"] == D["out"] == c("12785.34"), (D["in"], D["out"])
    for u in UNITS:
        assert u[5] + u[6] + u[7] == u[8] + u[9], u[0]
    D["sg"] = sum(u[10] for u in UNITS)
    assert D["sg"] == sum(v[1] for v in SANGONG.values()) == c("33.00")
    D["sg_old"] = sum(v[0] for v in SANGONG.values())
    # GP items
    D["gp_items"] = sum(i[3] for i in GP_ITEMS)
    D["gp_old"] = sum(i[2] for i in GP_ITEMS)
    assert D["gp_items"] == D["gp"] == c("6594.70")
    for i in GP_ITEMS:
        assert i[4] + i[5] == i[3], i[0]
    D["gp_jb"] = sum(i[4] for i in GP_ITEMS)
    D["gp_xm"] = sum(i[5] for i in GP_ITEMS)
    assert D["gp_jb"] == c("3942.70") and D["gp_xm"] == c("2652.00")
    ng_jb = sum(v[0] for v in NONGP.values())
    ng_xm = sum(v[1] for v in NONGP.values())
    assert ng_jb + ng_xm == D["sy"] + D["qt"]
    assert D["gp_jb"] + ng_jb == D["jb"] and D["gp_xm"] + ng_xm == D["xm"]
    # per-unit non-GP split matches units
    assert sum(NONGP["2100401"]) == UNITS[1][6] + UNITS[1][7]
    assert sum(NONGP["2100403"]) == UNITS[2][6] + UNITS[2][7]
    # projects
    assert sum(p[2] for p in PROJECTS) == D["xm"]
    assert sum(p[3] for p in PROJECTS) == D["gp_xm"]
    for key, short, amt in (("U0", "局机关", None), ("U1", "疾控中心", None), ("U2", "妇幼保健院", None), ("U3", "监督执法大队", None)):
        u = [x for x in UNITS if x[0] == key][0]
        assert sum(p[2] for p in PROJECTS if p[1] == short) == u[9], key
    # economic classes
    D["econ"] = {k: sum(x[2] for x in items) for k, _, items in ECON}
    assert sum(D["econ"].values()) == D["gp_jb"]
    assert D["econ"]["301"] == c("3720.00") and D["econ"]["302"] == c("150.70") and D["econ"]["303"] == c("72.00")
    e302 = dict((x[0], x[2]) for x in ECON[1][2])
    assert e302["30217"] == SANGONG["接待"][1] and e302["30231"] == SANGONG["运行"][1]
    e301 = dict((x[0], x[2]) for x in ECON[0][2])
    gpi = dict((i[0], i[3]) for i in GP_ITEMS)
    assert e301["30108"] == gpi["2080505"] and e301["30109"] == gpi["2080506"]
    assert e301["30110"] == gpi["2101101"] + gpi["2101102"] and e301["30113"] == gpi["2210201"]
    # 类 / 款 sums
    D["lei"] = {}
    for code, _ in LEI:
        D["lei"][code] = (sum(i[3] for i in GP_ITEMS if i[0].startswith(code)),
                          sum(i[3] + sum(NONGP.get(i[0], (0, 0))) for i in GP_ITEMS if i[0].startswith(code)))
    assert sum(v[1] for v in D["lei"].values()) == D["out"]
    D["kuan"] = {}
    for code, _ in KUAN:
        D["kuan"][code] = (sum(i[2] for i in GP_ITEMS if i[0].startswith(code)), sum(i[3] for i in GP_ITEMS if i[0].startswith(code)),
                           sum(i[3] + sum(NONGP.get(i[0], (0, 0))) for i in GP_ITEMS if i[0].startswith(code)))
    assert sum(v[1] for v in D["kuan"].values()) == D["gp"]
    assert ZFCG[0] + ZFCG[1] == c("286.50")
    assert sum(u[3] for u in UNITS) == 223 and sum(u[4] for u in UNITS) == 207
    return D


if __name__ == "__main__":
    D = compute()
    print({k: (f(v) if isinstance(v, int) else v) for k, v in D.items() if not isinstance(v, dict)})
    print("gp growth", growth(D["gp"], D["gp_old"]), "total growth", growth(D["in"], PRIOR_TOTAL), f(D["in"] - PRIOR_TOTAL))
    print("sg", f(D["sg_old"]), growth(D["sg"], D["sg_old"]))
    for i in GP_ITEMS:
        print(i[0], i[1], f(i[2]), f(i[3]), f(i[3] - i[2]), growth(i[3], i[2]))
    print(D["lei"], D["kuan"])
    print(pct(D["gp"], D["in"]), pct(D["sy"], D["in"]), pct(D["qt"], D["in"]), pct(D["jb"], D["out"]), pct(D["xm"], D["out"]))
