#!/usr/bin/env python3
"""Figures of the invented document E: 岫川县农业技术推广中心 2025年单位预算 (万元, two decimals).
Every amount is kept as an integer number of hundredths of 万元 so that sums are exact; check() asserts that
everything reconciles. The planted contradiction (prose 2130108 = 69.50 while every table says 96.50) lives in
build_e.py and is verified by check.py."""
from decimal import Decimal

ORG = "岫川县农业技术推广中心"
DEPT = "岫川县农业农村局"
YEAR = 2025


def W(s):
    """'98.40' -> 9840 (hundredths of 万元)"""
    return int(Decimal(s) * 100)


def F(n):
    """9840 -> '98.40'; 0 -> '0.00'"""
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 100}.{n % 100:02d}"


def FC(n):
    """with thousands separator: 118439 -> '1,184.39'"""
    s = F(n)
    ip, dp = s.split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    ip = f"{int(ip):,}"
    return ("-" if neg else "") + ip + "." + dp


def PCT(a, b):
    """a/b as a percentage string with two decimals (half up)"""
    q = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    return f"{q}"


# ---- 基本支出 by economic classification (一般公共预算财政拨款 only) ----
PERSON = [  # 人员经费: 301 工资福利支出, 303 对个人和家庭的补助
    ("301", "工资福利支出", None),
    ("30101", "基本工资", W("186.24")),
    ("30102", "津贴补贴", W("42.60")),
    ("30107", "绩效工资", W("248.50")),
    ("30108", "机关事业单位基本养老保险缴费", W("98.40")),
    ("30109", "职业年金缴费", W("39.36")),
    ("30110", "职工基本医疗保险缴费", W("52.18")),
    ("30112", "其他社会保障缴费", W("6.35")),
    ("30113", "住房公积金", W("59.04")),
    ("30199", "其他工资福利支出", W("12.80")),
    ("303", "对个人和家庭的补助", None),
    ("30302", "退休费", W("8.60")),
    ("30305", "生活补助", W("3.12")),
]
PUBLIC = [  # 公用经费: 302 商品和服务支出
    ("302", "商品和服务支出", None),
    ("30201", "办公费", W("9.80")),
    ("30205", "水费", W("1.60")),
    ("30206", "电费", W("5.40")),
    ("30207", "邮电费", W("2.30")),
    ("30211", "差旅费", W("8.60")),
    ("30213", "维修（护）费", W("4.20")),
    ("30215", "会议费", W("1.20")),
    ("30216", "培训费", W("3.50")),
    ("30217", "公务接待费", W("1.80")),
    ("30228", "工会经费", W("7.46")),
    ("30229", "福利费", W("5.20")),
    ("30231", "公务用车运行维护费", W("6.40")),
    ("30239", "其他交通费用", W("12.60")),
    ("30299", "其他商品和服务支出", W("3.14")),
]


def econ_sum(rows, prefix):
    return sum(v for c, _, v in rows if v is not None and c.startswith(prefix))


P301 = econ_sum(PERSON, "301")
P303 = econ_sum(PERSON, "303")
PERSON_T = P301 + P303
PUBLIC_T = econ_sum(PUBLIC, "302")
BASIC = PERSON_T + PUBLIC_T

# economic items that are their own functional 项
E2080505 = W("98.40")   # = 30108
E2080506 = W("39.36")   # = 30109
E2101102 = W("52.18")   # = 30110
E2210201 = W("59.04")   # = 30113
RUN_PERSON = PERSON_T - E2080505 - E2080506 - E2101102 - E2210201   # 人员经费 in 2130104 事业运行
RUN = RUN_PERSON + PUBLIC_T                                          # 2130104 事业运行

# ---- projects ----
PROJ = {
    # code: (name, project name, 一般公共本年, 一般公共结转, 基金, 事业收入, 其他收入, 非财政结转)
    "2130106": ("科技转化与推广服务", "基层农技推广体系改革与建设补助项目", W("168.00"), 0, 0, 0, 0, 0),
    "2130108": ("病虫害控制", "农作物重大病虫害统防统治项目", W("66.00"), W("30.50"), 0, 0, 0, 0),
    "2130122": ("农业生产发展", "耕地地力保护与化肥减量增效示范项目", W("120.00"), 0, 0, 0, 0, 0),
    "2130109": ("农产品质量安全", "农产品质量安全检测项目", 0, 0, 0, W("42.60"), W("6.20"), W("7.30")),
    "2120814": ("农业生产发展支出", "农田宜机化改造技术指导项目", 0, 0, W("85.00"), 0, 0, 0),
}


def proj_total(code):
    p = PROJ[code]
    return sum(p[2:])


def proj_gp(code):  # 一般公共预算财政拨款 (本年 + 结转)
    p = PROJ[code]
    return p[2] + p[3]


# ---- functional rows: code -> (name, 基本 人员, 基本 公用, 项目; sources) ----
# all-funds view
FUNC = [
    # (code, name, person, public, project)
    ("208", "社会保障和就业支出", None),
    ("20805", "行政事业单位养老支出", None),
    ("2080505", "机关事业单位基本养老保险缴费支出", (E2080505, 0, 0)),
    ("2080506", "机关事业单位职业年金缴费支出", (E2080506, 0, 0)),
    ("210", "卫生健康支出", None),
    ("21011", "行政事业单位医疗", None),
    ("2101102", "事业单位医疗", (E2101102, 0, 0)),
    ("212", "城乡社区支出", None),
    ("21208", "国有土地使用权出让收入安排的支出", None),
    ("2120814", "农业生产发展支出", (0, 0, proj_total("2120814"))),
    ("213", "农林水支出", None),
    ("21301", "农业农村", None),
    ("2130104", "事业运行", (RUN_PERSON, PUBLIC_T, 0)),
    ("2130106", "科技转化与推广服务", (0, 0, proj_total("2130106"))),
    ("2130108", "病虫害控制", (0, 0, proj_total("2130108"))),
    ("2130109", "农产品质量安全", (0, 0, proj_total("2130109"))),
    ("2130122", "农业生产发展", (0, 0, proj_total("2130122"))),
    ("221", "住房保障支出", None),
    ("22102", "住房改革支出", None),
    ("2210201", "住房公积金", (E2210201, 0, 0)),
]

LEAVES = [r for r in FUNC if r[2] is not None]


def func_total(code, measure):
    """measure(leaf_tuple_row) summed over leaves under code"""
    return sum(measure(r) for r in LEAVES if r[0].startswith(code))


def m_all(r):
    return sum(r[2])


def m_person(r):
    return r[2][0]


def m_public(r):
    return r[2][1]


def m_basic(r):
    return r[2][0] + r[2][1]


def m_proj(r):
    return r[2][2]


# 一般公共预算财政拨款 view (本年 + 上年结转)
def gp_of(code):
    if code in ("2080505", "2080506", "2101102", "2210201", "2130104"):
        r = [x for x in LEAVES if x[0] == code][0]
        return m_basic(r)
    if code in PROJ:
        return proj_gp(code)
    return 0


def gp_basic(code):
    if code in ("2080505", "2080506", "2101102", "2210201", "2130104"):
        return gp_of(code)
    return 0


def gp_proj(code):
    return proj_gp(code) if code in PROJ else 0


GP_LEAVES = [r for r in LEAVES if gp_of(r[0])]


def gp_total(prefix, f=gp_of):
    return sum(f(r[0]) for r in LEAVES if r[0].startswith(prefix))


# ---- income ----
INC_GP = sum(p[2] for p in PROJ.values()) + BASIC                 # 一般公共预算拨款收入 (本年)
CARRY_GP = sum(p[3] for p in PROJ.values())                        # 上年结转 财政拨款 (一般公共)
INC_FUND = sum(p[4] for p in PROJ.values())                        # 政府性基金预算拨款收入
INC_BIZ = sum(p[5] for p in PROJ.values())                         # 事业收入
INC_OTHER = sum(p[6] for p in PROJ.values())                       # 其他收入
CARRY_OTHER = sum(p[7] for p in PROJ.values())                     # 上年结转 非财政拨款
INC_YEAR = INC_GP + INC_FUND + INC_BIZ + INC_OTHER                 # 本年收入合计
CARRY = CARRY_GP + CARRY_OTHER                                     # 上年结转结余
INC_TOTAL = INC_YEAR + CARRY                                       # 收入总计
PROJ_T = sum(proj_total(c) for c in PROJ)
EXP_TOTAL = BASIC + PROJ_T                                         # 支出总计
FIN_IN = INC_GP + INC_FUND + CARRY_GP                              # 财政拨款收入总计
GP_EXP = BASIC + sum(proj_gp(c) for c in PROJ)                     # 一般公共预算支出 (含结转)

# ---- 2024 (上年预算) for comparisons ----
PREV = {
    "INC_TOTAL": W("1287.64"),
    "INC_GP": W("1150.20"),
    "INC_FUND": W("60.00"),
    "BASIC": W("801.56"),
}

# ---- 三公 ----
SANGONG = {
    # (出国, 购置, 运行, 接待)
    2024: (0, 0, W("7.20"), W("2.10")),
    2025: (0, 0, W("6.40"), W("1.80")),
}


def sg_total(y):
    return sum(SANGONG[y])


def sg_car(y):
    return SANGONG[y][1] + SANGONG[y][2]


PROCURE = (W("22.40"), 0, W("16.20"))  # 货物, 工程, 服务
STAFF = {"编制": 58, "实有": 55, "退休": 12, "车辆": 2}

PERF = {
    "2130106": {
        "target": "完善基层农技推广服务体系，建设农业科技示范基地，开展农技人员和高素质农民培训，推广农业主推技术，提升农技服务能力。",
        "ind": [
            ("产出指标", "数量指标", "培训农技人员人次", "≥120人次"),
            ("产出指标", "数量指标", "建设农业科技示范基地个数", "≥6个"),
            ("产出指标", "质量指标", "主推技术到位率", "≥95%"),
            ("产出指标", "时效指标", "项目完成时间", "2025年12月底前"),
            ("效益指标", "社会效益指标", "带动农户应用新技术户数", "≥1500户"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    },
    "2130108": {
        "target": "开展农作物重大病虫害监测预警和专业化统防统治，控制病虫害发生危害，保障粮食生产安全。",
        "ind": [
            ("产出指标", "数量指标", "统防统治面积", "≥8.5万亩"),
            ("产出指标", "数量指标", "扶持专业化服务组织个数", "≥14个"),
            ("产出指标", "质量指标", "病虫害危害损失率", "≤5%"),
            ("产出指标", "时效指标", "防治任务完成时间", "2025年10月底前"),
            ("效益指标", "经济效益指标", "挽回粮食损失", "≥3000吨"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
        ],
    },
}


def check():
    assert P301 == W("745.47"), F(P301)
    assert PERSON_T == W("757.19"), F(PERSON_T)
    assert PUBLIC_T == W("73.20"), F(PUBLIC_T)
    assert BASIC == W("830.39"), F(BASIC)
    assert RUN == W("581.41"), F(RUN)
    # economic items equal their functional 项
    eco = {c: v for c, _, v in PERSON + PUBLIC}
    assert eco["30108"] == E2080505 and eco["30109"] == E2080506 and eco["30110"] == E2101102 and eco["30113"] == E2210201
    # 三公 items equal their economic items
    assert SANGONG[2025][2] == eco["30231"] and SANGONG[2025][3] == eco["30217"]
    # income = expenditure
    assert INC_TOTAL == EXP_TOTAL, (F(INC_TOTAL), F(EXP_TOTAL))
    assert INC_GP == W("1184.39"), F(INC_GP)
    assert INC_TOTAL == W("1355.99"), F(INC_TOTAL)
    # functional 类 = Σ款 = Σ项 for every measure
    for code, _, v in FUNC:
        if v is None:
            kids = [r for r in FUNC if r[0].startswith(code) and len(r[0]) == len(code) + 2]
            for m in (m_all, m_person, m_public, m_basic, m_proj):
                assert func_total(code, m) == sum(func_total(k[0], m) for k in kids), code
    assert sum(func_total(c, m_all) for c in ("208", "210", "212", "213", "221")) == EXP_TOTAL
    assert sum(func_total(c, m_basic) for c in ("208", "210", "212", "213", "221")) == BASIC
    assert sum(func_total(c, m_person) for c in ("208", "210", "212", "213", "221")) == PERSON_T
    assert sum(func_total(c, m_public) for c in ("208", "210", "212", "213", "221")) == PUBLIC_T
    # 一般公共预算 view
    assert gp_total("") == GP_EXP == INC_GP + CARRY_GP
    assert gp_total("", gp_basic) + gp_total("", gp_proj) == GP_EXP
    assert gp_total("", gp_basic) == BASIC
    # 财政拨款 收 = 支
    assert FIN_IN == GP_EXP + INC_FUND
    # non-财政 sources only fund 2130109
    assert INC_BIZ + INC_OTHER + CARRY_OTHER == proj_total("2130109")
    # 三公 totals
    assert sg_total(2025) == W("8.20") and sg_total(2024) == W("9.30")
    return True


if __name__ == "__main__":
    check()
    for k in ("P301", "P303", "PERSON_T", "PUBLIC_T", "BASIC", "RUN", "RUN_PERSON", "INC_GP", "CARRY_GP", "INC_FUND",
              "INC_BIZ", "INC_OTHER", "CARRY_OTHER", "INC_YEAR", "CARRY", "INC_TOTAL", "PROJ_T", "EXP_TOTAL", "FIN_IN", "GP_EXP"):
        print(k, F(globals()[k]))
    print("2130108 gp", F(proj_gp("2130108")), "213", F(func_total("213", m_all)), "21301 gp", F(gp_total("21301")))
