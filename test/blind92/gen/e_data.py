#!/usr/bin/env python3
"""Invented data for E: 潆川县农业农村局 2024年度部门决算 (本级 + 三个下属单位).

All amounts are integer fen (分, 1/100 元). Tables print 元 with thousands separators; prose prints 万元 with
two decimals. Every table total is derived here from its parts, so totals reconcile by construction; check()
re-asserts the identities.
"""

COUNTY = "潆川县"
DEPT = "潆川县农业农村局"
UNITS = ["本级", "站", "中心", "所"]
UNIT_NAME = {
    "本级": "潆川县农业农村局（本级）",
    "站": "潆川县农业技术推广站",
    "中心": "潆川县农村经营服务中心",
    "所": "潆川县动物疫病预防控制所",
}


def Y(x):
    """元 (float or int with at most 2 decimals) -> fen."""
    return int(round(x * 100))


# ---- economic classification of 基本支出 (一般公共预算财政拨款), per unit, 元 ----
PERSON_ITEMS = [  # code, name
    ("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30107", "绩效工资"),
    ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"), ("30110", "职工基本医疗保险缴费"),
    ("30112", "其他社会保障缴费"), ("30113", "住房公积金"), ("30199", "其他工资福利支出"), ("30305", "生活补助"),
]
PUBLIC_ITEMS = [
    ("30201", "办公费"), ("30205", "水费"), ("30206", "电费"), ("30207", "邮电费"), ("30211", "差旅费"),
    ("30213", "维修（护）费"), ("30216", "培训费"), ("30217", "公务接待费"), ("30226", "劳务费"),
    ("30228", "工会经费"), ("30229", "福利费"), ("30231", "公务用车运行维护费"), ("30239", "其他交通费用"),
    ("30299", "其他商品和服务支出"),
]
ECON = {
    "本级": {
        "30101": 1013600.00, "30102": 1246200.00, "30103": 312500.00, "30107": 0,
        "30108": 402384.00, "30109": 160952.00, "30110": 218960.00, "30112": 21300.00, "30113": 301800.00,
        "30199": 56000.00, "30305": 36000.00,
        "30201": 98400.00, "30205": 8600.00, "30206": 46300.00, "30207": 18800.00, "30211": 66500.00,
        "30213": 21200.00, "30216": 12000.00, "30217": 28600.00, "30226": 32000.00, "30228": 41800.00,
        "30229": 29000.00, "30231": 38400.00, "30239": 216000.00, "30299": 22300.00,
    },
    "站": {
        "30101": 486300.00, "30102": 98400.00, "30103": 0, "30107": 402600.00,
        "30108": 158016.00, "30109": 63206.40, "30110": 86920.00, "30112": 8400.00, "30113": 118500.00,
        "30199": 12000.00, "30305": 0,
        "30201": 26500.00, "30205": 3200.00, "30206": 14800.00, "30207": 5600.00, "30211": 28700.00,
        "30213": 8400.00, "30216": 6000.00, "30217": 0, "30226": 18000.00, "30228": 13200.00,
        "30229": 9000.00, "30231": 0, "30239": 0, "30299": 9800.00,
    },
    "中心": {
        "30101": 312800.00, "30102": 61200.00, "30103": 0, "30107": 258400.00,
        "30108": 101536.00, "30109": 40614.40, "30110": 55870.00, "30112": 5300.00, "30113": 76100.00,
        "30199": 8000.00, "30305": 0,
        "30201": 18200.00, "30205": 2100.00, "30206": 9600.00, "30207": 4200.00, "30211": 15300.00,
        "30213": 3000.00, "30216": 4000.00, "30217": 0, "30226": 12000.00, "30228": 8400.00,
        "30229": 6000.00, "30231": 0, "30239": 0, "30299": 5200.00,
    },
    "所": {
        "30101": 402900.00, "30102": 80300.00, "30103": 0, "30107": 334800.00,
        "30108": 130880.00, "30109": 52352.00, "30110": 72010.00, "30112": 6900.00, "30113": 98200.00,
        "30199": 10000.00, "30305": 0,
        "30201": 21900.00, "30205": 2600.00, "30206": 16300.00, "30207": 4900.00, "30211": 22600.00,
        "30213": 11300.00, "30216": 5000.00, "30217": 4200.00, "30226": 16000.00, "30228": 10900.00,
        "30229": 7500.00, "30231": 16200.00, "30239": 0, "30299": 7400.00,
    },
}
ECON = {u: {k: Y(v) for k, v in d.items()} for u, d in ECON.items()}
PERSON_CODES = [c for c, _ in PERSON_ITEMS]
PUBLIC_CODES = [c for c, _ in PUBLIC_ITEMS]

# ---- functional classification (类/款/项) ----
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "2120804": "农村基础设施建设支出",
    "213": "农林水支出", "21301": "农业农村", "2130101": "行政运行", "2130104": "事业运行",
    "2130106": "科技转化与推广服务", "2130108": "病虫害控制", "2130109": "农产品质量安全",
    "2130110": "执法监管", "2130119": "防灾救灾", "2130122": "农业生产发展", "2130124": "农村合作经济",
    "2130153": "农田建设", "2130199": "其他农业农村支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴", "2130504": "农村基础设施建设",
    "21307": "农村综合改革", "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}

# project spending (一般公共预算财政拨款), 元
PROJ_GP = {
    ("本级", "2130122"): 3286500.00, ("本级", "2130153"): 12456300.00, ("本级", "2130110"): 186000.00,
    ("本级", "2130119"): 420000.00, ("本级", "2130705"): 2640000.00, ("本级", "2130504"): 1980000.00,
    ("本级", "2130199"): 358700.00,
    ("站", "2130106"): 1124800.00, ("站", "2130108"): 468200.00,
    ("中心", "2130124"): 536400.00,
    ("所", "2130108"): 1352600.00, ("所", "2130109"): 284500.00,
}
PROJ_GP = {k: Y(v) for k, v in PROJ_GP.items()}
# project spending from other sources
PROJ_GF = {("本级", "2120804"): Y(1860000.00)}            # 政府性基金预算财政拨款
PROJ_SY = {("所", "2130109"): Y(214600.00)}               # 事业收入
PROJ_QT = {("中心", "2130124"): Y(38500.00)}              # 其他收入

GP_CARRY_IN = {"本级": Y(426000.00)}    # 年初结转和结余 (一般公共预算财政拨款)
GP_CARRY_OUT = {"本级": Y(157300.00)}   # 年末结转和结余


def basic_by_func(u):
    """Allocate a unit's 基本支出 (GP) to 项 codes."""
    e = ECON[u]
    out = {"2080505": e["30108"], "2080506": e["30109"], "2210201": e["30113"]}
    out["2101101" if u == "本级" else "2101102"] = e["30110"]
    rest = sum(e[c] for c in PERSON_CODES if c not in ("30108", "30109", "30110", "30113")) + \
        sum(e[c] for c in PUBLIC_CODES)
    out["2130101" if u == "本级" else "2130104"] = rest
    return {k: v for k, v in out.items() if v}


def rows():
    """(unit, 项code, kind 基本/项目, source GP/GF/SY/QT, fen)"""
    r = []
    for u in UNITS:
        for c, v in basic_by_func(u).items():
            r.append((u, c, "基本", "GP", v))
    for (u, c), v in PROJ_GP.items():
        r.append((u, c, "项目", "GP", v))
    for src, d in (("GF", PROJ_GF), ("SY", PROJ_SY), ("QT", PROJ_QT)):
        for (u, c), v in d.items():
            r.append((u, c, "项目", src, v))
    return r


ROWS = rows()


def tot(unit=None, code=None, kind=None, src=None):
    s = 0
    for u, c, k, sr, v in ROWS:
        if unit and u != unit:
            continue
        if code and not c.startswith(code):
            continue
        if kind and k != kind:
            continue
        if src and (sr not in src if isinstance(src, (tuple, list, set)) else sr != src):
            continue
        s += v
    return s


def person(u=None):
    us = [u] if u else UNITS
    return sum(ECON[x][c] for x in us for c in PERSON_CODES)


def public(u=None):
    us = [u] if u else UNITS
    return sum(ECON[x][c] for x in us for c in PUBLIC_CODES)


def econ_total(code):
    return sum(ECON[u][code] for u in UNITS)


# ---- income by unit ----
def income(u):
    gp = tot(u, src="GP") - GP_CARRY_IN.get(u, 0) + GP_CARRY_OUT.get(u, 0)
    return {"GP": gp, "GF": tot(u, src="GF"), "SY": tot(u, src="SY"), "QT": tot(u, src="QT")}


INC = {u: income(u) for u in UNITS}
INC_ALL = {k: sum(INC[u][k] for u in UNITS) for k in ("GP", "GF", "SY", "QT")}
INC_TOTAL = sum(INC_ALL.values())                       # 本年收入合计
CARRY_IN = sum(GP_CARRY_IN.values())
CARRY_OUT = sum(GP_CARRY_OUT.values())
EXP_TOTAL = tot()                                       # 本年支出合计
GRAND = INC_TOTAL + CARRY_IN                            # 收入总计 = 支出总计

# functional codes present
def codes_present(src=None):
    s = set()
    for u, c, k, sr, v in ROWS:
        if src and (sr not in src if isinstance(src, (tuple, list, set)) else sr != src):
            continue
        s.update([c[:3], c[:5], c])
    return sorted(s)


CLASSES = ["208", "210", "212", "213", "221"]

# ---- 年初预算数 (收入支出决算总表) ----
BUD_INC = {"GP": Y(26480000.00), "GF": 0, "SY": Y(200000.00), "QT": 0}
BUD_EXP = {"208": Y(1120000.00), "210": Y(430000.00), "212": 0, "213": Y(24536000.00), "221": Y(594000.00)}
# 一般公共预算财政拨款 年初预算 by selected 项 (used in prose)
BUD_ITEM = {"2130101": Y(3280000.00), "2130153": Y(9800000.00), "2130122": Y(3300000.00),
            "2130108": Y(1650000.00), "2130106": Y(1100000.00), "2130705": Y(2640000.00)}

# ---- 三公 ----
SG_BUD = {"出国": 0, "购置": 0, "运行": Y(60000.00), "接待": Y(36000.00)}
SG_ACT = {"出国": 0, "购置": 0, "运行": econ_total("30231"), "接待": econ_total("30217")}
SG_2023 = {"运行": Y(61200.00), "接待": Y(30400.00)}     # 2023 决算 (prose only)
RECEPTION = {"批次": 41, "人次": 286}
VEHICLES = {"总数": 3, "一般公务用车": 1, "执法执勤用车": 1, "特种专业技术用车": 1, "其他用车": 0}
EQUIP_50W = 1          # 单位价值50万元以上通用设备 台（套）
EQUIP_100W = 0         # 单位价值100万元以上专用设备

# ---- prose-only figures ----
Y2023 = {
    "INC_TOTAL": Y(24168500.00),      # 2023 本年收入合计
    "EXP_TOTAL": Y(24501900.00),      # 2023 本年支出合计
    "GP_EXP": Y(23812600.00),         # 2023 一般公共预算财政拨款支出
    "RUN": Y(708500.00),              # 2023 机关运行经费
}
PROC = {"货物": Y(486000.00), "工程": Y(11240000.00), "服务": Y(312000.00)}   # 政府采购支出
PROC_SME = Y(11526000.00)              # 授予中小企业合同金额
PERF = {"整体得分": "93.5", "等级": "优", "项目数": 12, "项目平均分": "91.8", "农田得分": "95",
        "农田亩": "2.6", "防疫得分": "92"}

# planted contradiction: prose states 农田建设 as this many 元 (table: PROJ_GP[('本级','2130153')])
PROSE_NONGTIAN = Y(12546300.00)


def wan(f):
    """fen -> '1234.56' (万元, two decimals)"""
    return f"{f / 1e6:.2f}"


def yuan(f):
    """fen -> '12,345.67'"""
    neg = f < 0
    f = abs(f)
    s = f"{f // 100:,}.{f % 100:02d}"
    return ("-" if neg else "") + s


def pct(a, b):
    return f"{a * 100 / b:.2f}"


def check():
    # income == expenditure
    assert GRAND == EXP_TOTAL + CARRY_OUT, (GRAND, EXP_TOTAL + CARRY_OUT)
    # class sums
    assert sum(tot(code=c) for c in CLASSES) == EXP_TOTAL
    assert tot(kind="基本") + tot(kind="项目") == EXP_TOTAL
    # GP: income + carry in - carry out == spending
    assert INC_ALL["GP"] + CARRY_IN - CARRY_OUT == tot(src="GP")
    # basic GP = person + public
    assert tot(kind="基本", src="GP") == person() + public()
    for u in UNITS:
        assert tot(u, kind="基本") == person(u) + public(u)
    # 项 sums to 款 to 类
    for c5 in {c[:5] for c in codes_present()}:
        items = [c for c in codes_present() if len(c) == 7 and c.startswith(c5)]
        assert sum(tot(code=i) for i in items) == tot(code=c5)
    # budget totals balance
    assert sum(BUD_INC.values()) == sum(BUD_EXP.values()), (sum(BUD_INC.values()), sum(BUD_EXP.values()))
    # 三公
    assert sum(SG_ACT.values()) == SG_ACT["出国"] + SG_ACT["购置"] + SG_ACT["运行"] + SG_ACT["接待"]
    assert VEHICLES["总数"] == sum(v for k, v in VEHICLES.items() if k != "总数")
    assert PROC_SME <= sum(PROC.values())
    assert PROSE_NONGTIAN != PROJ_GP[("本级", "2130153")]
    return True


if __name__ == "__main__":
    check()
    print("本年收入合计", wan(INC_TOTAL), INC_ALL, "年初结转", wan(CARRY_IN), "收入总计", wan(GRAND))
    print("本年支出合计", wan(EXP_TOTAL), "基本", wan(tot(kind="基本")), "项目", wan(tot(kind="项目")), "年末结转", wan(CARRY_OUT))
    print("GP 支出", wan(tot(src="GP")), "人员", wan(person()), "公用", wan(public()))
    for c in CLASSES:
        print(c, NAMES[c], wan(tot(code=c)), "GP", wan(tot(code=c, src="GP")))
    print("budget inc", wan(sum(BUD_INC.values())), "exp", wan(sum(BUD_EXP.values())))
    print("三公", {k: wan(v) for k, v in SG_ACT.items()}, "机关运行(本级公用)", wan(public("本级")))
    for u in UNITS:
        print(u, {k: wan(v) for k, v in INC[u].items()}, "支出", wan(tot(u)))
