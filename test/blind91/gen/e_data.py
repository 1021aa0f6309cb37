#!/usr/bin/env python3
"""Figures of the invented 澴溪县第二高级中学 2024年度单位决算.  Every amount is an integer number of fen (分);
derived totals are computed here and check() asserts that everything reconciles."""
from decimal import Decimal, ROUND_HALF_UP

ORG = "澴溪县第二高级中学"
SUP = "澴溪县教育局"


def Y(s):
    """'1,234.56' -> fen"""
    return int(Decimal(s.replace(",", "")) * 100)


def fmt(fen):
    """fen -> '1,234.56' (元, thousands separators)"""
    neg = fen < 0
    fen = abs(fen)
    s = f"{fen // 100:,}.{fen % 100:02d}"
    return "-" + s if neg else s


def wan(fen):
    """fen -> '1234.56' (万元, two decimals, half up)"""
    return str((Decimal(fen) / Decimal(1000000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a, b, nd=1):
    q = Decimal("0.1") if nd == 1 else Decimal("0.01")
    return str((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- functional subjects (类/款/项)
CLS = {"205": "教育支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
KUAN = {"20502": "普通教育", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "22102": "住房改革支出"}
XIANG = {"2050204": "高中教育", "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
         "2080506": "机关事业单位职业年金缴费支出", "2101102": "事业单位医疗", "2210201": "住房公积金"}
CODES = list(XIANG)

# 一般公共预算财政拨款 by 项: 年初预算数, 调整预算数, 决算 基本, 决算 项目
FIN = {
    "2050204": dict(ny=Y("26,812,000.00"), base=None, proj=None),  # base/proj filled below from economic detail/projects
    "2080502": dict(ny=Y("598,000.00"), base=Y("612,840.00"), proj=0),
    "2080505": dict(ny=Y("2,985,000.00"), base=Y("3,046,521.60"), proj=0),
    "2080506": dict(ny=Y("1,194,000.00"), base=Y("1,218,608.64"), proj=0),
    "2101102": dict(ny=Y("1,620,000.00"), base=Y("1,642,309.80"), proj=0),
    "2210201": dict(ny=Y("2,280,000.00"), base=Y("2,316,840.00"), proj=0),
}

# ---------------------------------------------------------------- projects (一般公共预算财政拨款, all under 2050204)
PROJ = [
    dict(name="高中教学楼维修改造项目", ny=Y("1,918,000.00"), carry=Y("862,000.00"), full=Y("2,780,000.00"),
         done=Y("2,460,000.00"), score="91.85", grade="优",
         ind=[("产出指标", "数量指标", "教学楼维修改造面积", "≥4200平方米", "4350平方米", 20, "20"),
              ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 20, "20"),
              ("产出指标", "时效指标", "按期完工率", "≥90%", "85%", 10, "5"),
              ("产出指标", "成本指标", "工程造价控制数", "≤278万元", "246万元", 10, "10"),
              ("效益指标", "社会效益指标", "受益学生人数", "≥2400人", "2460人", 20, "20"),
              ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "87.6%", 10, "8")]),
    dict(name="普通高中国家助学金", ny=Y("1,526,000.00"), carry=0, full=Y("1,526,000.00"),
         done=Y("1,526,000.00"), score="98", grade="优",
         ind=[("产出指标", "数量指标", "资助学生人数", "≥750人", "763人", 25, "25"),
              ("产出指标", "时效指标", "资助资金发放及时率", "100%", "100%", 20, "20"),
              ("产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", 15, "15"),
              ("效益指标", "社会效益指标", "家庭经济困难学生就学保障", "有效保障", "有效保障", 20, "18"),
              ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", "97.2%", 10, "10")]),
]
# execution-rate points (分值 10) of each project: 10 × 执行数/全年预算数, two decimals
for p in PROJ:
    p["rate"] = pct(p["done"], p["full"], 2)
    p["rate_pts"] = str((Decimal(p["done"]) * 10 / Decimal(p["full"])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

# ---------------------------------------------------------------- 一般公共预算财政拨款基本支出 by economic class
PERSON = [  # 人员经费
    ("30101", "基本工资", Y("7,286,400.00")),
    ("30102", "津贴补贴", Y("3,104,520.00")),
    ("30103", "奖金", Y("612,300.00")),
    ("30107", "绩效工资", None),  # residual so that 高中教育 基本 reconciles
    ("30108", "机关事业单位基本养老保险缴费", FIN["2080505"]["base"]),
    ("30109", "职业年金缴费", FIN["2080506"]["base"]),
    ("30110", "职工基本医疗保险缴费", FIN["2101102"]["base"]),
    ("30112", "其他社会保障缴费", Y("98,612.40")),
    ("30113", "住房公积金", FIN["2210201"]["base"]),
    ("30302", "退休费", FIN["2080502"]["base"]),
    ("30305", "生活补助", Y("45,600.00")),
]
PUBLIC = [  # 公用经费
    ("30201", "办公费", Y("412,360.00")),
    ("30205", "水费", Y("186,420.50")),
    ("30206", "电费", Y("528,930.00")),
    ("30207", "邮电费", Y("48,600.00")),
    ("30211", "差旅费", Y("96,240.00")),
    ("30213", "维修（护）费", Y("265,180.00")),
    ("30216", "培训费", Y("84,500.00")),
    ("30217", "公务接待费", Y("6,840.00")),
    ("30226", "劳务费", Y("212,000.00")),
    ("30228", "工会经费", Y("263,400.00")),
    ("30229", "福利费", Y("75,000.00")),
    ("30299", "其他商品和服务支出", None),  # residual
    ("31002", "办公设备购置", Y("118,600.00")),
]
PUBLIC_TOTAL = Y("2,386,215.50")
HS_BASE = Y("24,318,452.36")  # 高中教育 基本支出 (一般公共预算财政拨款)

# fill residuals
_pub_known = sum(v for _, _, v in PUBLIC if v is not None)
PUBLIC = [(c, n, v if v is not None else PUBLIC_TOTAL - _pub_known) for c, n, v in PUBLIC]
_hs_person_known = sum(v for c, _, v in PERSON if v is not None and c in ("30101", "30102", "30103", "30112", "30305"))
_merit = HS_BASE - PUBLIC_TOTAL - _hs_person_known
PERSON = [(c, n, v if v is not None else _merit) for c, n, v in PERSON]
PERSON_TOTAL = sum(v for _, _, v in PERSON)

FIN["2050204"]["base"] = HS_BASE
FIN["2050204"]["proj"] = sum(p["done"] for p in PROJ)
for c, d in FIN.items():
    d["total"] = d["base"] + d["proj"]
# 调整预算数: 决算 plus unspent project money (only 2050204 has any)
FIN_CARRY_IN = sum(p["carry"] for p in PROJ)            # 年初财政拨款结转 862,000.00
FIN_CARRY_OUT = sum(p["full"] - p["done"] for p in PROJ)  # 年末财政拨款结转 320,000.00
for c, d in FIN.items():
    d["adj"] = d["total"] + (FIN_CARRY_OUT if c == "2050204" else 0)

FIN_EXP = sum(d["total"] for d in FIN.values())
FIN_BASE = sum(d["base"] for d in FIN.values())
FIN_PROJ = sum(d["proj"] for d in FIN.values())
FIN_NY = sum(d["ny"] for d in FIN.values())
FIN_ADJ = sum(d["adj"] for d in FIN.values())
FIN_INC = FIN_EXP - FIN_CARRY_IN + FIN_CARRY_OUT        # 一般公共预算财政拨款收入

# ---------------------------------------------------------------- non-fiscal money (事业收入, 其他收入)
TUITION = Y("3,936,000.00")   # 学费: 2,460 人 × 1,600 元
LODGING = Y("1,350,400.00")   # 住宿费: 1,688 人 × 800 元
BIZ_INC = TUITION + LODGING
OTHER_INC = Y("126,358.72")
NF_CARRY_IN = Y("342,530.60")
NF_BASE = Y("4,962,318.45")   # spent on 2050204 基本支出 (公用经费, 临聘人员)
NF_PROJ = Y("286,000.00")     # 学生公寓设施更新 (住宿费), 2050204 项目支出
NF_CARRY_OUT = BIZ_INC + OTHER_INC + NF_CARRY_IN - NF_BASE - NF_PROJ

INC_YEAR = FIN_INC + BIZ_INC + OTHER_INC
CARRY_IN = FIN_CARRY_IN + NF_CARRY_IN
INC_TOTAL = INC_YEAR + CARRY_IN
EXP_BASE = FIN_BASE + NF_BASE
EXP_PROJ = FIN_PROJ + NF_PROJ
EXP_YEAR = EXP_BASE + EXP_PROJ
CARRY_OUT = FIN_CARRY_OUT + NF_CARRY_OUT
EXP_TOTAL = EXP_YEAR + CARRY_OUT

# all-funds spending by 项 (支出决算表)
ALL = {c: dict(base=d["base"], proj=d["proj"]) for c, d in FIN.items()}
ALL["2050204"]["base"] += NF_BASE
ALL["2050204"]["proj"] += NF_PROJ
for d in ALL.values():
    d["total"] = d["base"] + d["proj"]
# income by 项 (收入决算表)
INC = {c: dict(fin=FIN[c]["total"], biz=0, tui=0, lod=0, oth=0) for c in CODES}
INC["2050204"]["fin"] += FIN_CARRY_OUT - FIN_CARRY_IN
INC["2050204"].update(biz=BIZ_INC, tui=TUITION, lod=LODGING, oth=OTHER_INC)
for d in INC.values():
    d["total"] = d["fin"] + d["biz"] + d["oth"]


def by(prefix_len, table, key):
    out = {}
    for c in CODES:
        out[c[:prefix_len]] = out.get(c[:prefix_len], 0) + table[c][key]
    return out


# ---------------------------------------------------------------- 三公 (一般公共预算财政拨款), 元 in fen
SG_BUDGET = dict(total=Y("8,000.00"), abroad=0, car=0, car_buy=0, car_run=0, recep=Y("8,000.00"))
SG_FINAL = dict(total=Y("6,840.00"), abroad=0, car=0, car_buy=0, car_run=0, recep=Y("6,840.00"))
SG_BATCH, SG_PERSONS = 12, 96
SG_2023 = Y("8,142.00")

# ---------------------------------------------------------------- 政府采购, 国有资产
GP = dict(total=None, goods=Y("386,260.00"), works=Y("2,245,600.00"), service=Y("241,600.00"),
          sme=Y("2,732,860.00"), micro=Y("1,958,300.00"))
GP["total"] = GP["goods"] + GP["works"] + GP["service"]
VEHICLES = 0
BIG_EQUIP = 1            # 单价100万元（含）以上设备 台（套）
BIG_EQUIP_NAME = "智慧录播教室系统"
ASSET_TOTAL = Y("86,452,310.27")
HOUSE_AREA = "38,620"    # 平方米

# ---------------------------------------------------------------- 2023 (上年) figures used in the prose
Y2023 = dict(inc_total=Y("40,356,218.44"), inc_year=Y("39,118,630.20"), exp_year=Y("38,902,476.66"),
             fin_total=Y("35,120,406.15"), fin_exp=Y("34,258,406.15"))

# ---------------------------------------------------------------- people
STAFF_QUOTA, STAFF, RETIRED = 186, 179, 64
STUDENTS, CLASSES, BOARDERS = 2460, 48, 1688

# planted contradiction: the prose prints 住房公积金 决算 as 213.68万元; the tables say 2,316,840.00 元 (231.68万元)
PLANTED_CODE = "2210201"
PLANTED_PROSE = "213.68"


def check():
    # income side = expenditure side
    assert INC_TOTAL == EXP_TOTAL, (INC_TOTAL, EXP_TOTAL)
    # 基本 = 人员 + 公用 (financial)
    assert FIN_BASE == PERSON_TOTAL + PUBLIC_TOTAL, (FIN_BASE, PERSON_TOTAL, PUBLIC_TOTAL)
    assert sum(v for _, _, v in PUBLIC) == PUBLIC_TOTAL
    assert _merit > 0 and PUBLIC[-2][2] > 0
    # economic classes tie to functional 项
    eco = {c: v for c, _, v in PERSON + PUBLIC}
    assert eco["30108"] == FIN["2080505"]["base"] and eco["30109"] == FIN["2080506"]["base"]
    assert eco["30110"] == FIN["2101102"]["base"] and eco["30113"] == FIN["2210201"]["base"]
    assert eco["30302"] == FIN["2080502"]["base"]
    assert eco["30217"] == SG_FINAL["recep"]
    # financial totals
    assert FIN_INC + FIN_CARRY_IN == FIN_EXP + FIN_CARRY_OUT
    assert sum(INC[c]["fin"] for c in CODES) == FIN_INC
    assert sum(INC[c]["total"] for c in CODES) == INC_YEAR
    assert sum(ALL[c]["total"] for c in CODES) == EXP_YEAR
    assert FIN_ADJ - FIN_EXP == FIN_CARRY_OUT
    # projects
    for p in PROJ:
        assert p["ny"] + p["carry"] == p["full"], p["name"]
        pts = sum(i[5] for i in p["ind"]) + 10
        assert pts == 100, (p["name"], pts)
        got = Decimal(p["rate_pts"]) + sum(Decimal(i[6]) for i in p["ind"])
        assert got == Decimal(p["score"]), (p["name"], got)
    assert sum(p["ny"] for p in PROJ) + FIN["2050204"]["ny"] - sum(p["ny"] for p in PROJ) == FIN["2050204"]["ny"]
    # 三公
    for d in (SG_BUDGET, SG_FINAL):
        assert d["car"] == d["car_buy"] + d["car_run"]
        assert d["total"] == d["abroad"] + d["car"] + d["recep"]
    # 政府采购
    assert GP["sme"] <= GP["total"] and GP["micro"] <= GP["sme"]
    assert TUITION == STUDENTS * 160000 and LODGING == BOARDERS * 80000
    assert NF_CARRY_OUT > 0
    # contradiction differs from table
    assert wan(FIN[PLANTED_CODE]["total"]) != PLANTED_PROSE
    return True


if __name__ == "__main__":
    check()
    print("E data OK", fmt(INC_TOTAL), fmt(EXP_YEAR), fmt(FIN_INC), fmt(FIN_EXP), fmt(_merit), fmt(PUBLIC[-2][2]))
