#!/usr/bin/env python3
"""All figures of the invented 澜沚县棠澳镇人民政府 2024年度部门决算, in fen (integers). check() asserts that they reconcile."""
from decimal import Decimal, ROUND_HALF_UP

def F(s):  # "1,234.56" -> 123456 fen
    s = s.replace(",", "")
    y, _, c = s.partition(".")
    return int(y) * 100 + int((c + "00")[:2])

def yuan(f):  # fen -> "1,234.56"
    neg = f < 0
    f = abs(f)
    s = f"{f // 100:,}.{f % 100:02d}"
    return "-" + s if neg else s

def wan(f):  # fen -> "123.46" (万元, half-up)
    d = (Decimal(f) / Decimal(1000000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d}"

def pct(a, b):  # a/b as "12.34"
    d = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d}"

ORG = "澜沚县棠澳镇人民政府"
UNITS = ["澜沚县棠澳镇人民政府（本级）", "澜沚县棠澳镇农业综合服务中心", "澜沚县棠澳镇文化站"]

# 类 / 款 names
LEI = {"201": "一般公共服务支出", "207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出", "210": "卫生健康支出",
       "212": "城乡社区支出", "213": "农林水支出", "221": "住房保障支出"}
KUAN = {"20101": "人大事务", "20103": "政府办公厅（室）及相关机构事务", "20132": "组织事务", "20701": "文化和旅游",
        "20805": "行政事业单位养老支出", "20808": "抚恤", "20810": "社会福利", "21011": "行政事业单位医疗",
        "21201": "城乡社区管理事务", "21205": "城乡社区环境卫生", "21208": "国有土地使用权出让收入安排的支出",
        "21301": "农业农村", "21303": "水利", "21307": "农村综合改革", "22102": "住房改革支出"}
# 一般公共预算财政拨款 项: code, name, 年初预算, 调整预算, 决算基本, 决算项目
GP = [
 ("2010108", "代表工作", "180,000.00", "186,420.00", "0.00", "186,420.00"),
 ("2010301", "行政运行", "9,650,000.00", "9,880,000.00", "9,864,325.18", "0.00"),
 ("2010399", "其他政府办公厅（室）及相关机构事务支出", "1,000,000.00", "1,300,000.00", "0.00", "1,250,000.00"),
 ("2013299", "其他组织事务支出", "300,000.00", "320,600.00", "0.00", "320,600.00"),
 ("2070109", "群众文化", "1,050,000.00", "1,190,000.00", "736,540.72", "450,000.00"),
 ("2080505", "机关事业单位基本养老保险缴费支出", "1,520,000.00", "1,563,208.64", "1,563,208.64", "0.00"),
 ("2080506", "机关事业单位职业年金缴费支出", "608,000.00", "625,283.46", "625,283.46", "0.00"),
 ("2080801", "死亡抚恤", "0.00", "210,000.00", "210,000.00", "0.00"),
 ("2081002", "老年福利", "450,000.00", "480,000.00", "0.00", "480,000.00"),
 ("2101101", "行政单位医疗", "590,000.00", "612,455.30", "612,455.30", "0.00"),
 ("2101102", "事业单位医疗", "285,000.00", "298,760.12", "298,760.12", "0.00"),
 ("2120199", "其他城乡社区管理事务支出", "3,000,000.00", "3,500,000.00", "0.00", "3,420,000.00"),
 ("2120501", "城乡社区环境卫生", "4,200,000.00", "4,900,000.00", "0.00", "4,860,300.00"),
 ("2130104", "事业运行", "2,900,000.00", "2,960,000.00", "2,954,318.76", "0.00"),
 ("2130126", "农村社会事业", "600,000.00", "820,000.00", "0.00", "800,000.00"),
 ("2130314", "防汛", "300,000.00", "350,000.00", "0.00", "350,000.00"),
 ("2130705", "对村民委员会和村党支部的补助", "5,800,000.00", "5,860,000.00", "0.00", "5,860,000.00"),
 ("2210201", "住房公积金", "1,100,000.00", "1,125,406.18", "1,125,406.18", "0.00"),
]
GP = [(c, n, F(a), F(b), F(x), F(y)) for c, n, a, b, x, y in GP]

GP_CARRY_IN = F("1,035,600.00")   # 一般公共预算 年初结转和结余
GP_CARRY_OUT = F("421,800.00")    # 一般公共预算 年末结转和结余
# 政府性基金: code, name, 年初结转, 本年收入, 本年支出(项目), 年末结转
FUND = [("2120803", "城市建设支出", F("200,000.00"), F("3,100,000.00"), F("3,150,000.00"), F("150,000.00")),
        ("2120804", "农村基础设施建设支出", F("0.00"), F("1,500,000.00"), F("1,500,000.00"), F("0.00"))]
OTHER_INCOME = F("152,380.50")     # 其他收入 (文化站), spent on 2070109 项目支出

# 基本支出 经济分类
PERSON = [("30101", "基本工资", "4,386,420.00"), ("30102", "津贴补贴", "3,256,300.00"), ("30103", "奖金", "612,800.00"),
          ("30107", "绩效工资", None), ("30108", "机关事业单位基本养老保险缴费", "1,563,208.64"),
          ("30109", "职业年金缴费", "625,283.46"), ("30110", "职工基本医疗保险缴费", "911,215.42"),
          ("30113", "住房公积金", "1,125,406.18"), ("30304", "抚恤金", "210,000.00")]
PUBLIC = [("30201", "办公费", "186,350.20"), ("30205", "水费", "23,480.00"), ("30206", "电费", "96,512.36"),
          ("30207", "邮电费", "41,200.00"), ("30211", "差旅费", "65,830.00"), ("30213", "维修（护）费", "78,400.00"),
          ("30215", "会议费", "12,600.00"), ("30216", "培训费", "18,900.00"), ("30217", "公务接待费", "41,236.00"),
          ("30228", "工会经费", "102,360.00"), ("30229", "福利费", "60,000.00"), ("30231", "公务用车运行维护费", "98,650.40"),
          ("30239", "其他交通费用", "312,000.00"), ("30299", "其他商品和服务支出", "84,520.00"), ("31002", "办公设备购置", "36,800.00")]

# 三公: (预算, 决算)
SG = {"出国": (0, 0), "购置": (0, 0), "运行": (F("120,000.00"), F("98,650.40")), "接待": (F("60,000.00"), F("41,236.00"))}
SG_PREV = {"出国": 0, "购置": 0, "运行": F("105,320.00"), "接待": F("52,810.00")}  # 2023 决算 (prose)
SG_CARS = 2; SG_BATCH = 38; SG_PERSONS = 412

# 单位收入
UNIT_FIN = {UNITS[1]: F("3,980,512.40"), UNITS[2]: F("1,302,410.66")}

# 政府采购 / 机关运行经费 / 资产
PROC = {"货物": F("412,300.00"), "工程": F("1,280,000.00"), "服务": F("694,200.00")}
PROC_SME = F("2,120,000.00"); PROC_SMALL = F("1,650,000.00")
JGYX = F("1,236,480.25"); JGYX_PREV = F("1,198,200.00")
CARS_TOTAL = 3; CARS_GEN = 2; CARS_EMERG = 1; ASSETS = F("28,642,310.55")

# 2023 (prose only)
PREV_TOTAL = F("38,962,410.00")      # 2023 收入总计=支出总计
PREV_GP_EXP = F("33,512,046.20")     # 2023 一般公共预算财政拨款支出决算
PREV_FIN_TOTAL = F("38,410,300.00")  # 2023 财政拨款收入支出总计

PLANT_CODE = "2120501"; PLANT_PROSE = F("4,863,000.00")  # prose prints 486.30万元; table 4,860,300.00 (486.03万元)


def derive():
    d = {}
    d["gp_exp"] = sum(x + y for *_, x, y in GP)
    d["gp_basic"] = sum(x for *_, x, y in GP)
    d["gp_proj"] = sum(y for *_, x, y in GP)
    d["gp_init"] = sum(a for _, _, a, b, x, y in GP)
    d["gp_adj"] = sum(b for _, _, a, b, x, y in GP)
    d["gp_inc"] = d["gp_exp"] + GP_CARRY_OUT - GP_CARRY_IN
    d["fund_in"] = sum(r[2] for r in FUND); d["fund_inc"] = sum(r[3] for r in FUND)
    d["fund_exp"] = sum(r[4] for r in FUND); d["fund_out"] = sum(r[5] for r in FUND)
    d["fin_inc"] = d["gp_inc"] + d["fund_inc"]
    d["inc"] = d["fin_inc"] + OTHER_INCOME
    d["carry_in"] = GP_CARRY_IN + d["fund_in"]
    d["total"] = d["inc"] + d["carry_in"]
    d["exp"] = d["gp_exp"] + d["fund_exp"] + OTHER_INCOME
    d["carry_out"] = GP_CARRY_OUT + d["fund_out"]
    d["basic"] = d["gp_basic"]
    d["proj"] = d["gp_proj"] + d["fund_exp"] + OTHER_INCOME
    d["fin_total"] = d["fin_inc"] + d["carry_in"]
    d["fin_exp"] = d["gp_exp"] + d["fund_exp"]
    person_fixed = sum(F(v) for _, _, v in PERSON if v)
    public = sum(F(v) for _, _, v in PUBLIC)
    d["public"] = public
    d["perf"] = d["gp_basic"] - public - person_fixed
    d["person"] = d["gp_basic"] - public
    d["person_items"] = [(c, n, F(v) if v else d["perf"]) for c, n, v in PERSON]
    d["public_items"] = [(c, n, F(v)) for c, n, v in PUBLIC]
    d["sg_budget"] = sum(v[0] for v in SG.values()); d["sg_final"] = sum(v[1] for v in SG.values())
    d["sg_prev"] = sum(SG_PREV.values())
    d["unit_fin"] = dict(UNIT_FIN); d["unit_fin"][UNITS[0]] = d["fin_inc"] - sum(UNIT_FIN.values())
    d["proc"] = sum(PROC.values())
    # by 类 / 款 (一般公共预算)
    lei, kuan = {}, {}
    for c, n, a, b, x, y in GP:
        for key, dd in ((c[:3], lei), (c[:5], kuan)):
            t = dd.setdefault(key, [0, 0, 0, 0])
            t[0] += a; t[1] += b; t[2] += x; t[3] += y
    d["lei"], d["kuan"] = lei, kuan
    return d


def check():
    d = derive()
    assert d["total"] == d["exp"] + d["carry_out"], "收入总计 != 支出总计"
    assert d["fin_total"] == d["fin_exp"] + d["carry_out"]
    assert d["basic"] + d["proj"] == d["exp"]
    assert d["person"] + d["public"] == d["gp_basic"] and d["perf"] > 0
    assert sum(v for _, _, v in d["person_items"]) == d["person"]
    assert d["sg_final"] == SG["运行"][1] + SG["接待"][1]
    assert dict((c, v) for c, _, v in d["public_items"])["30217"] == SG["接待"][1]
    assert dict((c, v) for c, _, v in d["public_items"])["30231"] == SG["运行"][1]
    assert sum(v[2] + v[3] for v in d["lei"].values()) == d["gp_exp"]
    assert sum(v[2] + v[3] for v in d["kuan"].values()) == d["gp_exp"]
    for k, v in d["lei"].items():
        assert v[2] + v[3] == sum(w[2] + w[3] for kk, w in d["kuan"].items() if kk.startswith(k))
    assert all(r[2] + r[3] == r[4] + r[5] for r in FUND)
    assert d["fund_in"] + d["fund_inc"] == d["fund_exp"] + d["fund_out"]
    assert sum(d["unit_fin"].values()) == d["fin_inc"] and min(d["unit_fin"].values()) > 0
    assert PROC_SME <= d["proc"] and PROC_SMALL <= PROC_SME
    assert CARS_GEN + CARS_EMERG == CARS_TOTAL and SG_CARS == CARS_GEN
    plant = [x + y for c, _, a, b, x, y in GP if c == PLANT_CODE][0]
    assert plant != PLANT_PROSE and wan(plant) != wan(PLANT_PROSE)
    return d

if __name__ == "__main__":
    d = check()
    for k in ("total", "inc", "exp", "gp_exp", "gp_inc", "basic", "proj", "person", "public", "perf", "fin_total", "sg_final"):
        print(k, yuan(d[k]), wan(d[k]))
