# -*- coding: utf-8 -*-
"""Figures of the invented 朔禾市教育局 2024年度部门决算 (元, two decimals, kept as Decimal). compute() asserts the sums."""
from decimal import Decimal as D, ROUND_HALF_UP

ORG = "朔禾市教育局"
UNITS = [  # name, 本年收入合计, 基本支出, 项目支出, 三公(运行费, 接待费)
    ("朔禾市教育局机关", D("21846530.40"), D("6284915.62"), D("15239410.35"), (D("148260.00"), D("38160.00"))),
    ("朔禾市第一中学", D("58930214.76"), D("49872306.18"), D("9057908.58"), (D("16800.00"), D("6800.00"))),
    ("朔禾市实验中学", D("36418772.05"), D("33106540.27"), D("3312231.78"), (D("0.00"), D("8950.00"))),
    ("朔禾市城南小学", D("24705118.33"), D("22918604.90"), D("1786513.43"), (D("0.00"), D("4200.00"))),
    ("朔禾市东关小学", D("19362840.51"), D("18120377.06"), D("1242463.45"), (D("0.00"), D("3860.00"))),
]
CARRY_IN = D("1260000.00")          # 年初结转和结余 (局机关, 一般公共预算财政拨款)
FUND = D("600000.00")               # 政府性基金预算财政拨款收入 = 支出 (2296003)
SHIYE = D("4836500.00")             # 事业收入 (第一中学)
OTHER = {"2050204": D("152318.60"), "2050203": D("48900.00")}   # 其他收入
NONFISCAL_BASIC = {"2050204": D("3400000.00")}
NONFISCAL_PROJ = {"2050204": D("1588818.60"), "2050203": D("48900.00")}

# 项-level rows: code, name, basic(all funds), project(all funds), 年初预算(一般公共预算财政拨款); None = balancing
XIANG = [
    ("2050101", "行政运行", D("4120376.50"), D("0"), D("4050000.00")),
    ("2050199", "其他教育管理事务支出", D("0"), None, D("11800000.00")),
    ("2050202", "小学教育", D("35642118.27"), D("2361905.40"), D("37200000.00")),
    ("2050203", "初中教育", D("27906433.12"), D("2987604.33"), D("30100000.00")),
    ("2050204", "高中教育", None, D("8402117.90"), D("36500000.00")),
    ("2050299", "其他普通教育支出", D("0"), D("3150000.00"), D("3000000.00")),
    ("2050803", "培训支出", D("0"), D("486250.00"), D("520000.00")),
    ("2080505", "机关事业单位基本养老保险缴费支出", D("10318426.56"), D("0"), D("10100000.00")),
    ("2080506", "机关事业单位职业年金缴费支出", D("4127370.62"), D("0"), D("4050000.00")),
    ("2101101", "行政单位医疗", D("298417.80"), D("0"), D("300000.00")),
    ("2101102", "事业单位医疗", D("5634208.45"), D("0"), D("5500000.00")),
    ("2210201", "住房公积金", D("7612980.36"), D("0"), D("7450000.00")),
    ("2296003", "用于教育事业的彩票公益金支出", D("0"), D("600000.00"), None),
]
KUAN = [("205", "教育支出"), ("20501", "教育管理事务"), ("20502", "普通教育"), ("20508", "进修及培训"),
        ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("210", "卫生健康支出"),
        ("21011", "行政事业单位医疗"), ("221", "住房保障支出"), ("22102", "住房改革支出"),
        ("229", "其他支出"), ("22960", "彩票公益金安排的支出")]
# 基本支出决算表 (一般公共预算财政拨款): 人员经费 items (30101 balancing), 公用经费 items
RENYUAN = [("30101", "基本工资", None), ("30102", "津贴补贴", D("14862035.40")), ("30103", "奖金", D("1208640.00")),
           ("30107", "绩效工资", D("21936470.15")), ("30108", "机关事业单位基本养老保险缴费", D("10318426.56")),
           ("30109", "职业年金缴费", D("4127370.62")), ("30110", "职工基本医疗保险缴费", D("5932626.25")),
           ("30112", "其他社会保障缴费", D("386215.70")), ("30113", "住房公积金", D("7612980.36")),
           ("30199", "其他工资福利支出", D("1450322.80")), ("30302", "退休费", D("628400.00")),
           ("30305", "生活补助", D("214560.00"))]
GONGYONG = [("30201", "办公费", D("1186420.35")), ("30205", "水费", D("612308.40")), ("30206", "电费", D("1954216.88")),
            ("30207", "邮电费", D("238150.62")), ("30209", "物业管理费", D("1320600.00")), ("30211", "差旅费", D("402318.50")),
            ("30213", "维修（护）费", D("1068945.27")), ("30216", "培训费", D("296480.00")), ("30217", "公务接待费", D("61970.00")),
            ("30228", "工会经费", D("1472306.19")), ("30229", "福利费", D("318560.00")), ("30231", "公务用车运行维护费", D("165060.00")),
            ("30239", "其他交通费用", D("846200.00")), ("30299", "其他商品和服务支出", D("1163428.74"))]
SANGONG_BUDGET = {"出国": D("0"), "购置": D("0"), "运行": D("180000.00"), "接待": D("62000.00")}
SANGONG_BATCH = (138, 1046)   # 国内公务接待批次, 人次
CARS = 4
# the planted contradiction: the prose states this figure for 2050202 小学教育 (一般公共预算财政拨款支出决算)
PROSE_WRONG = {"2050202": D("38404023.67")}


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def wan(x):
    """元 -> 万元 string with two decimals (prose)."""
    return str(q2(x / D(10000)))


def pct(a, b):
    return str((D(100) * a / b).quantize(D("0.1"), rounding=ROUND_HALF_UP))


def yuan(x):
    return f"{q2(x):,.2f}"


def compute():
    R = {}
    inc = sum(u[1] for u in UNITS)
    basic = sum(u[2] for u in UNITS)
    proj = sum(u[3] for u in UNITS)
    spend = basic + proj
    jg = UNITS[0]
    carry_out = CARRY_IN + jg[1] - jg[2] - jg[3]
    for u in UNITS[1:]:
        assert u[1] == u[2] + u[3], u[0]
    assert inc - spend == carry_out - CARRY_IN
    rows = {}
    fb = sum(r[2] for r in XIANG if r[2] is not None)
    fp = sum(r[3] for r in XIANG if r[3] is not None)
    for code, name, b, p, bud in XIANG:
        if b is None:
            b = basic - fb
        if p is None:
            p = proj - fp
        assert b >= 0 and p >= 0
        nb = NONFISCAL_BASIC.get(code, D(0))
        npj = NONFISCAL_PROJ.get(code, D(0))
        fund = FUND if code == "2296003" else D(0)
        gb = b - nb                       # 一般公共预算财政拨款 basic
        gp = p - npj - fund
        rows[code] = dict(name=name, basic=b, proj=p, total=b + p, gb=gb, gp=gp, g=gb + gp, fund=fund,
                          budget=bud, shiye=SHIYE if code == "2050204" else D(0), other=OTHER.get(code, D(0)))
    assert sum(r["basic"] for r in rows.values()) == basic and sum(r["proj"] for r in rows.values()) == proj
    # income by code
    for code, r in rows.items():
        r["g_inc"] = r["g"] + (carry_out - CARRY_IN if code == "2050199" else D(0))
        r["inc"] = r["g_inc"] + r["fund"] + r["shiye"] + r["other"]
        assert r["shiye"] + r["other"] == NONFISCAL_BASIC.get(code, D(0)) + NONFISCAL_PROJ.get(code, D(0))
    g_inc = sum(r["g_inc"] for r in rows.values())
    assert sum(r["inc"] for r in rows.values()) == inc
    assert g_inc == inc - FUND - SHIYE - sum(OTHER.values())
    g_spend = sum(r["g"] for r in rows.values())
    assert g_inc + CARRY_IN == g_spend + carry_out
    g_basic = sum(r["gb"] for r in rows.values())
    g_proj = sum(r["gp"] for r in rows.values())
    # 类/款 aggregates
    agg = {}
    for k, name in KUAN:
        sub = [r for c, r in rows.items() if c.startswith(k)]
        agg[k] = {f: sum(r[f] for r in sub if r[f] is not None) for f in ("basic", "proj", "total", "gb", "gp", "g", "fund", "inc", "g_inc", "shiye", "other")}
        agg[k]["budget"] = sum(r["budget"] for r in sub if r["budget"] is not None)
        agg[k]["name"] = name
    # 基本支出决算表
    fixed = sum(v for _, _, v in RENYUAN if v is not None)
    gy = sum(v for _, _, v in GONGYONG)
    b30101 = g_basic - gy - fixed
    assert b30101 > 0
    ry = fixed + b30101
    assert ry + gy == g_basic
    assert dict((c, v) for c, _, v in RENYUAN)["30108"] == rows["2080505"]["gb"]
    assert dict((c, v) for c, _, v in RENYUAN)["30109"] == rows["2080506"]["gb"]
    assert dict((c, v) for c, _, v in RENYUAN)["30110"] == rows["2101101"]["gb"] + rows["2101102"]["gb"]
    assert dict((c, v) for c, _, v in RENYUAN)["30113"] == rows["2210201"]["gb"]
    # 三公
    yx = sum(u[4][0] for u in UNITS)
    jd = sum(u[4][1] for u in UNITS)
    sg = yx + jd
    assert dict((c, v) for c, _, v in GONGYONG)["30217"] == jd
    assert dict((c, v) for c, _, v in GONGYONG)["30231"] == yx
    sg_bud = sum(SANGONG_BUDGET.values())
    g_budget = sum(r["budget"] for r in rows.values() if r["budget"] is not None)
    R.update(inc=inc, basic=basic, proj=proj, spend=spend, carry_out=carry_out, rows=rows, agg=agg, g_inc=g_inc,
             g_spend=g_spend, g_basic=g_basic, g_proj=g_proj, b30101=b30101, ry=ry, gy=gy, yx=yx, jd=jd, sg=sg,
             sg_bud=sg_bud, g_budget=g_budget, total_in=inc + CARRY_IN, total_out=spend + carry_out)
    assert R["total_in"] == R["total_out"]
    assert PROSE_WRONG["2050202"] != rows["2050202"]["g"]
    assert pct(rows["2050202"]["g"], rows["2050202"]["budget"]) != pct(PROSE_WRONG["2050202"], rows["2050202"]["budget"])
    return R


if __name__ == "__main__":
    R = compute()
    for k in ("inc", "basic", "proj", "spend", "carry_out", "g_inc", "g_spend", "g_basic", "g_proj", "b30101", "ry", "gy", "yx", "jd", "sg", "sg_bud", "g_budget", "total_in"):
        print(k, yuan(R[k]), wan(R[k]))
    for c, r in R["rows"].items():
        print(c, r["name"], yuan(r["total"]), yuan(r["g"]), r["budget"] and pct(r["g"], r["budget"]))
