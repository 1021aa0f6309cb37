# -*- coding: utf-8 -*-
"""Figures of E (濑桐县退役军人事务局 2024年度部门决算). Every amount is an integer number of 元 and a multiple of 100,
so the 万元 sheets (two decimals) are exact and every sheet reconciles with every other."""

ORG = "濑桐县退役军人事务局"
YEAR = 2024

# 功能分类 项: code, name, fiscal_basic, fiscal_project, other_project (非财政拨款, 其他收入/结余 funded),
#              年初预算 (一般公共预算财政拨款), 全年预算 (一般公共预算财政拨款)
ITEMS = [
    ("2080501", "行政单位离退休",                 1286400, 0,       0,      1290000, 1286400),
    ("2080505", "机关事业单位基本养老保险缴费支出", 1532800, 0,       0,      1548000, 1532800),
    ("2080506", "机关事业单位职业年金缴费支出",     612900,  0,       0,      619200,  612900),
    ("2080801", "死亡抚恤",                       0,       468000,  0,      420000,  468000),
    ("2080802", "伤残抚恤",                       0,       6834600, 0,      6520000, 6834600),
    ("2080803", "在乡复员、退伍军人生活补助",       0,       4217300, 0,      4300000, 4217300),
    ("2080805", "义务兵优待",                     0,       3960000, 0,      2860000, 3960000),
    ("2080899", "其他优抚支出",                   0,       925500,  0,      980000,  925500),
    ("2080901", "退役士兵安置",                   0,       2146000, 0,      2600000, 2558700),
    ("2080902", "军队移交政府的离退休人员安置",     0,       835200,  0,      850000,  835200),
    ("2080904", "退役士兵管理教育",               0,       318600,  0,      300000,  318600),
    ("2082801", "行政运行",                       2974300, 0,       0,      3012000, 2974300),
    ("2082802", "一般行政管理事务",               0,       586700,  120000, 600000,  586700),
    ("2082804", "拥军优属",                       0,       742000,  0,      650000,  742000),
    ("2082850", "事业运行",                       1368900, 0,       0,      1380000, 1368900),
    ("2082899", "其他退役军人事务管理支出",         0,       214500,  78500,  200000,  214500),
    ("2101101", "行政单位医疗",                   418600,  0,       0,      420000,  418600),
    ("2101102", "事业单位医疗",                   162300,  0,       0,      165000,  162300),
    ("2210201", "住房公积金",                     734200,  0,       0,      738000,  734200),
]
LEI = {"208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
KUAN = {"20805": "行政事业单位养老支出", "20808": "抚恤", "20809": "退役安置", "20828": "退役军人管理事务",
        "21011": "行政事业单位医疗", "22102": "住房改革支出"}

# carry-overs, attributed to 项
FISCAL_CARRY_IN = {"2080805": 1203000}     # 年初财政拨款结转（一般公共预算）
FISCAL_CARRY_OUT = {"2080901": 412700}     # 年末财政拨款结转
OTHER_CARRY_IN = {"2082899": 51300}        # 年初非财政拨款结转
OTHER_CARRY_OUT = {"2082802": 39200}       # 年末非财政拨款结转

# 基本支出 by economic class (一般公共预算财政拨款); 30199 is derived so that the halves add up
RENYUAN = [
    ("30101", "基本工资", 1384200), ("30102", "津贴补贴", 926500), ("30103", "奖金", 282800),
    ("30107", "绩效工资", 908600), ("30108", "机关事业单位基本养老保险缴费", 1532800),
    ("30109", "职业年金缴费", 612900), ("30110", "职工基本医疗保险缴费", 580900),
    ("30112", "其他社会保障缴费", 41700), ("30113", "住房公积金", 734200),
    ("30199", "其他工资福利支出", None), ("30302", "退休费", 1286400), ("30309", "奖励金", 12000),
]
GONGYONG = [
    ("30201", "办公费", 128600), ("30205", "水费", 14200), ("30206", "电费", 46800), ("30207", "邮电费", 21300),
    ("30211", "差旅费", 62400), ("30213", "维修（护）费", 18500), ("30215", "会议费", 9800), ("30216", "培训费", 24600),
    ("30217", "公务接待费", 36200), ("30228", "工会经费", 48300), ("30229", "福利费", 30000),
    ("30231", "公务用车运行维护费", 68400), ("30239", "其他交通费用", 112800), ("30299", "其他商品和服务支出", 21500),
    ("31002", "办公设备购置", 43200),
]

# 三公 (一般公共预算财政拨款), 元
SANGONG_YS = {"出国": 0, "购置": 0, "运行": 75000, "接待": 40000}
SANGONG_JS = {"出国": 0, "购置": 0, "运行": 68400, "接待": 36200}
SANGONG_2023 = 119300
JIEDAI_PICI, JIEDAI_RENCI, CHELIANG = 27, 213, 2

# 2023 comparison figures (元)
PREV = {"收支总计": 28173500, "财政拨款收支总计": 27906600, "一般公共预算财政拨款支出": 27823600}

OTHER_INCOME = 186400

# the planted contradiction: the prose states this figure for 伤残抚恤 (table: 6834600)
PROSE_WRONG = {"2080802": 6384600}


def wan(x):
    return f"{x / 10000:.2f}"


def yuan(x):
    return f"{x:,.2f}"


def derived():
    d = {}
    it = {c: dict(code=c, name=n, fb=fb, fp=fp, op=op, nc=nc, qn=qn) for c, n, fb, fp, op, nc, qn in ITEMS}
    for c, r in it.items():
        r["fiscal"] = r["fb"] + r["fp"]
        r["total"] = r["fiscal"] + r["op"]
        r["basic"] = r["fb"]
        r["project"] = r["fp"] + r["op"]
        r["inc_fiscal"] = r["fiscal"] - FISCAL_CARRY_IN.get(c, 0) + FISCAL_CARRY_OUT.get(c, 0)
        r["inc_other"] = r["op"] - OTHER_CARRY_IN.get(c, 0) + OTHER_CARRY_OUT.get(c, 0)
        r["inc_total"] = r["inc_fiscal"] + r["inc_other"]
    d["items"] = it
    gy = sum(v for _, _, v in GONGYONG)
    basic = sum(r["basic"] for r in it.values())
    ry_known = sum(v for _, _, v in RENYUAN if v is not None)
    plug = basic - gy - ry_known
    d["renyuan"] = [(c, n, v if v is not None else plug) for c, n, v in RENYUAN]
    d["gongyong"] = list(GONGYONG)
    d["ry_total"] = sum(v for _, _, v in d["renyuan"])
    d["gy_total"] = gy
    d["basic"] = basic
    d["fiscal_project"] = sum(r["fp"] for r in it.values())
    d["fiscal"] = sum(r["fiscal"] for r in it.values())
    d["other_spend"] = sum(r["op"] for r in it.values())
    d["spend"] = sum(r["total"] for r in it.values())
    d["project"] = sum(r["project"] for r in it.values())
    d["inc_fiscal"] = sum(r["inc_fiscal"] for r in it.values())
    d["inc_other"] = sum(r["inc_other"] for r in it.values())
    d["income"] = d["inc_fiscal"] + d["inc_other"]
    d["carry_in_f"] = sum(FISCAL_CARRY_IN.values())
    d["carry_in_o"] = sum(OTHER_CARRY_IN.values())
    d["carry_out_f"] = sum(FISCAL_CARRY_OUT.values())
    d["carry_out_o"] = sum(OTHER_CARRY_OUT.values())
    d["carry_in"] = d["carry_in_f"] + d["carry_in_o"]
    d["carry_out"] = d["carry_out_f"] + d["carry_out_o"]
    d["in_total"] = d["income"] + d["carry_in"]
    d["out_total"] = d["spend"] + d["carry_out"]
    d["f_total"] = d["inc_fiscal"] + d["carry_in_f"]
    d["nc_total"] = sum(r["nc"] for r in it.values())
    d["qn_total"] = sum(r["qn"] for r in it.values())
    # subtotals by 类 and 款 (every measure)
    keys = ["fb", "fp", "op", "fiscal", "total", "basic", "project", "inc_fiscal", "inc_other", "inc_total", "nc", "qn"]
    grp = {}
    for r in it.values():
        for g in (r["code"][:3], r["code"][:5]):
            s = grp.setdefault(g, {k: 0 for k in keys})
            for k in keys:
                s[k] += r[k]
    d["grp"] = grp
    d["sg_ys"] = sum(SANGONG_YS.values())
    d["sg_js"] = sum(SANGONG_JS.values())
    return d


def check():
    d = derived()
    assert all(v % 100 == 0 for _, _, *vs in ITEMS for v in vs), "amounts must be multiples of 100 元"
    assert d["in_total"] == d["out_total"], (d["in_total"], d["out_total"])
    assert d["f_total"] == d["fiscal"] + d["carry_out_f"]
    assert d["inc_other"] == OTHER_INCOME
    assert d["carry_in_o"] + d["inc_other"] == d["other_spend"] + d["carry_out_o"]
    assert d["basic"] + d["project"] == d["spend"]
    assert d["ry_total"] + d["gy_total"] == d["basic"]
    assert min(v for _, _, v in d["renyuan"]) > 0
    # 人员 items tied to functional rows
    ry = {c: v for c, _, v in d["renyuan"]}
    it = d["items"]
    assert ry["30108"] == it["2080505"]["fb"] and ry["30109"] == it["2080506"]["fb"]
    assert ry["30110"] == it["2101101"]["fb"] + it["2101102"]["fb"]
    assert ry["30113"] == it["2210201"]["fb"] and ry["30302"] == it["2080501"]["fb"]
    wages = sum(v for c, _, v in d["renyuan"] if c in ("30101", "30102", "30103", "30107", "30112", "30199", "30309"))
    assert wages + d["gy_total"] == it["2082801"]["fb"] + it["2082850"]["fb"]
    # 三公 tied to 公用经费
    gy = {c: v for c, _, v in d["gongyong"]}
    assert SANGONG_JS["接待"] == gy["30217"] and SANGONG_JS["运行"] == gy["30231"]
    # 全年预算 = 决算 + 年末结转 (fiscal)
    assert d["qn_total"] == d["fiscal"] + d["carry_out_f"] == d["f_total"]
    for c, r in it.items():
        assert r["qn"] == r["fiscal"] + FISCAL_CARRY_OUT.get(c, 0), c
    # 类 = sum of 款 = sum of 项
    for lei in LEI:
        kuans = [k for k in KUAN if k.startswith(lei)]
        for key in ("total", "fiscal", "inc_total", "nc"):
            assert d["grp"][lei][key] == sum(d["grp"][k][key] for k in kuans)
    return d


if __name__ == "__main__":
    d = check()
    for k in ("in_total", "income", "inc_fiscal", "inc_other", "carry_in", "spend", "basic", "project", "fiscal",
              "carry_out", "f_total", "nc_total", "qn_total", "ry_total", "gy_total", "sg_ys", "sg_js"):
        print(k, yuan(d[k]), wan(d[k]))
    print(d["renyuan"])
    for g, s in sorted(d["grp"].items()):
        print(g, wan(s["total"]), wan(s["fiscal"]))
