# -*- coding: utf-8 -*-
"""Invented E: 汭溪市教育局 2024年度部门决算 (局机关 + 3 schools). Amounts kept as integer 分 (cents); the sheets show 元
with two decimals and thousands separators, the prose sheet shows 万元 with two decimals. compute() asserts every sum."""
from decimal import Decimal, ROUND_HALF_UP

DEPT = "汭溪市教育局"
UNITS = [("JG", "汭溪市教育局（局机关）"), ("YZ", "汭溪市第一中学"), ("SX", "汭溪市实验小学"), ("TJ", "汭溪市特殊教育学校")]
UNAME = dict(UNITS)


def c(s):
    """'1,234.56' -> 123456 (分)"""
    return int((Decimal(s.replace(",", "")) * 100).to_integral_value())


def yuan(v):
    """分 -> '1,234.56'"""
    neg = v < 0
    v = abs(v)
    s = f"{v // 100:,}.{v % 100:02d}"
    return ("-" if neg else "") + s


def wan(v):
    """分 -> '1234.57' (万元, 2 decimals, half up)"""
    d = (Decimal(v) / Decimal(1000000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d}"


def pct(a, b, nd=2):
    q = Decimal("0.01") if nd == 2 else Decimal("0.1")
    return f"{(Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP)}"


# function codes (一般公共预算): code -> name ; 类/款 parents
NAMES = {
    "205": "教育支出", "20501": "教育管理事务", "2050101": "行政运行", "2050199": "其他教育管理事务支出",
    "20502": "普通教育", "2050202": "小学教育", "2050203": "初中教育", "2050204": "高中教育",
    "20507": "特殊教育", "2050701": "特殊学校教育", "20508": "进修及培训", "2050803": "培训支出",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
    "229": "其他支出", "22960": "彩票公益金安排的支出", "2296003": "用于教育事业的彩票公益金支出",
}
ORDER = ["205", "20501", "2050101", "2050199", "20502", "2050202", "2050203", "2050204", "20507", "2050701",
         "20508", "2050803", "208", "20805", "2080501", "2080505", "2080506", "210", "21011", "2101101", "2101102",
         "221", "22102", "2210201"]

# 一般公共预算财政拨款支出: (unit, code, 基本, 项目)
GP = [
    ("JG", "2050101", "6,284,310.52", "0"), ("JG", "2050199", "0", "4,865,200.00"), ("JG", "2050803", "0", "1,326,000.00"),
    ("JG", "2080501", "1,258,470.00", "0"), ("JG", "2080505", "1,046,880.00", "0"), ("JG", "2080506", "523,440.00", "0"),
    ("JG", "2101101", "412,650.00", "0"), ("JG", "2210201", "785,300.00", "0"),
    ("YZ", "2050203", "18,652,418.36", "2,145,000.00"), ("YZ", "2050204", "24,318,906.20", "5,872,600.00"),
    ("YZ", "2080505", "3,968,520.00", "0"), ("YZ", "2080506", "1,984,260.00", "0"), ("YZ", "2101102", "1,652,300.00", "0"),
    ("YZ", "2210201", "2,976,400.00", "0"),
    ("SX", "2050202", "27,346,812.45", "3,268,500.00"), ("SX", "2080505", "2,462,880.00", "0"),
    ("SX", "2080506", "1,231,440.00", "0"), ("SX", "2101102", "1,028,700.00", "0"), ("SX", "2210201", "1,847,160.00", "0"),
    ("TJ", "2050701", "5,286,473.18", "1,642,000.00"), ("TJ", "2080505", "598,560.00", "0"),
    ("TJ", "2080506", "299,280.00", "0"), ("TJ", "2101102", "246,900.00", "0"), ("TJ", "2210201", "448,920.00", "0"),
]
# 政府性基金预算财政拨款 (彩票公益金): unit -> (收入, 项目支出)
GF = {"YZ": ("1,200,000.00", "1,100,000.00"), "TJ": ("600,000.00", "550,000.00")}
# 财政拨款(一般公共预算) 年初结转 / 年末结转
GP_OPEN = {"JG": "512,300.00", "YZ": "1,286,450.30", "SX": "645,120.00", "TJ": "138,600.00"}
GP_CLOSE = {"JG": "233,230.00", "YZ": "904,316.74", "SX": "418,260.55", "TJ": "96,300.00"}
# 非财政拨款资金: unit -> (事业收入, 其他收入, 年初结余, [(code, 基本, 项目)])
OTHER = {
    "JG": ("0", "35,200.00", "0", [("2050101", "35,200.00", "0")]),
    "YZ": ("8,765,430.00", "412,800.00", "1,056,780.50", [("2050204", "3,215,600.00", "5,684,320.00")]),
    "SX": ("0", "126,500.00", "42,300.00", [("2050202", "0", "118,000.00")]),
    "TJ": ("0", "18,300.00", "0", [("2050701", "18,300.00", "0")]),
}
# 一般公共预算财政拨款支出决算表: 年初预算数, 调整预算数 for each 项 (决算数 comes from GP)
BUDGET = {
    "2050101": ("6,150,000.00", "6,350,000.00"), "2050199": ("4,500,000.00", "5,120,000.00"),
    "2050803": ("1,200,000.00", "1,380,000.00"), "2050202": ("29,800,000.00", "31,000,000.00"),
    "2050203": ("20,100,000.00", "21,050,000.00"), "2050204": ("28,600,000.00", "30,500,000.00"),
    "2050701": ("6,500,000.00", "7,100,000.00"), "2080501": ("1,260,000.00", "1,260,000.00"),
    "2080505": ("8,000,000.00", "8,100,000.00"), "2080506": ("4,000,000.00", "4,050,000.00"),
    "2101101": ("410,000.00", "415,000.00"), "2101102": ("2,900,000.00", "2,930,000.00"),
    "2210201": ("6,000,000.00", "6,060,000.00"),
}
# 一般公共预算财政拨款基本支出 by economic class: 人员经费 items (one balancing: 30199), 公用经费 items (balancing: 30299)
PERSONNEL = [("30101", "基本工资", "31,862,540.00"), ("30102", "津贴补贴", "12,468,300.00"), ("30103", "奖金", "3,126,480.00"),
             ("30107", "绩效工资", "22,845,600.00")]
PERSONNEL_TOTAL = "94,208,662.06"
PUBLIC = [("30201", "办公费", "1,286,420.35"), ("30205", "水费", "468,230.10"), ("30206", "电费", "1,352,860.42"),
          ("30207", "邮电费", "186,540.00"), ("30211", "差旅费", "326,480.60"), ("30213", "维修（护）费", "1,865,300.00"),
          ("30216", "培训费", "412,600.00"), ("30228", "工会经费", "1,236,540.00"), ("30229", "福利费", "684,210.00")]
# 三公 (一般公共预算财政拨款): unit -> (出国, 购置, 运行, 接待) 决算; department 预算
SG = {"JG": ("0", "0", "52,180.40", "28,946.00"), "YZ": ("0", "0", "18,672.00", "9,860.00"),
      "SX": ("0", "0", "0", "2,580.00"), "TJ": ("0", "0", "15,500.00", "0")}
SG_BUDGET = ("0", "0", "98,000.00", "60,000.00")
SG_2023 = "139,520.60"
# 国有资产: unit -> (流动资产, 固定资产, 无形资产, 车辆, 50万元以上设备)
ASSET = {"JG": ("3,215,460.18", "12,486,300.00", "235,000.00", 2, 0),
         "YZ": ("6,842,150.66", "186,452,780.40", "8,650,000.00", 1, 3),
         "SX": ("2,116,830.25", "98,364,210.75", "4,120,000.00", 0, 1),
         "TJ": ("684,215.40", "26,875,430.10", "1,260,000.00", 1, 0)}
STAFF = {"JG": 42, "YZ": 286, "SX": 198, "TJ": 47}
PUPILS = {"JG": 0, "YZ": 3860, "SX": 2945, "TJ": 126}
TOTAL_2023 = "131,562,480.35"     # 2023 收入总计 (= 支出总计), prose only
GP_EXP_2023 = "118,436,920.18"    # 2023 一般公共预算财政拨款支出, prose only
PLANTED = {"code": "2050204", "prose_wan": "3109.15"}   # the prose's 高中教育 figure (table: 3019.15万元)


def parent(code):
    return code[:3] if len(code) == 5 else code[:5]


def compute():
    D = {}
    gp = {}           # (unit, code) -> (基本, 项目)
    for u, code, b, p in GP:
        gp[(u, code)] = (c(b), c(p))
    # per code 一般公共 决算 (基本, 项目)
    leaf = {}
    for (u, code), (b, p) in gp.items():
        x = leaf.setdefault(code, [0, 0])
        x[0] += b
        x[1] += p
    # subtotal rows
    rows = {}
    for code in ORDER:
        if len(code) == 7:
            rows[code] = tuple(leaf[code])
    for code in ORDER:
        if len(code) == 5:
            rows[code] = tuple(sum(rows[k][i] for k in ORDER if len(k) == 7 and k.startswith(code)) for i in (0, 1))
    for code in ORDER:
        if len(code) == 3:
            rows[code] = tuple(sum(rows[k][i] for k in ORDER if len(k) == 5 and k.startswith(code)) for i in (0, 1))
            assert rows[code] == tuple(sum(rows[k][i] for k in ORDER if len(k) == 7 and k.startswith(code)) for i in (0, 1))
    D["gp_rows"] = rows
    gp_base = sum(v[0] for v in leaf.values())
    gp_proj = sum(v[1] for v in leaf.values())
    gp_total = gp_base + gp_proj
    assert gp_total == sum(sum(rows[k]) for k in ORDER if len(k) == 3)
    D["gp_base"], D["gp_proj"], D["gp_total"] = gp_base, gp_proj, gp_total
    # budgets: 类/款 sums of 项
    bud = {}
    for code in ORDER:
        if len(code) == 7:
            bud[code] = (c(BUDGET[code][0]), c(BUDGET[code][1]))
    for ln in (5, 3):
        for code in ORDER:
            if len(code) == ln:
                bud[code] = tuple(sum(bud[k][i] for k in ORDER if len(k) == 7 and k.startswith(code)) for i in (0, 1))
    D["budget"] = bud
    D["bud_total"] = tuple(sum(bud[k][i] for k in ORDER if len(k) == 3) for i in (0, 1))
    # per unit
    U = {}
    for u, _ in UNITS:
        x = {}
        x["gp_base"] = sum(b for (uu, _), (b, p) in gp.items() if uu == u)
        x["gp_proj"] = sum(p for (uu, _), (b, p) in gp.items() if uu == u)
        x["gp_exp"] = x["gp_base"] + x["gp_proj"]
        x["gp_open"], x["gp_close"] = c(GP_OPEN[u]), c(GP_CLOSE[u])
        x["gp_inc"] = x["gp_exp"] + x["gp_close"] - x["gp_open"]
        assert x["gp_inc"] > 0
        gi, ge = GF.get(u, ("0", "0"))
        x["gf_inc"], x["gf_exp"] = c(gi), c(ge)
        x["gf_close"] = x["gf_inc"] - x["gf_exp"]
        sy, qt, op, sp = OTHER[u]
        x["sy"], x["qt"], x["o_open"] = c(sy), c(qt), c(op)
        x["o_base"] = sum(c(b) for _, b, _ in sp)
        x["o_proj"] = sum(c(p) for _, _, p in sp)
        x["o_close"] = x["o_open"] + x["sy"] + x["qt"] - x["o_base"] - x["o_proj"]
        assert x["o_close"] >= 0, u
        x["fin_inc"] = x["gp_inc"] + x["gf_inc"]
        x["inc"] = x["fin_inc"] + x["sy"] + x["qt"]
        x["open"] = x["gp_open"] + x["o_open"]
        x["base"] = x["gp_base"] + x["o_base"]
        x["proj"] = x["gp_proj"] + x["gf_exp"] + x["o_proj"]
        x["exp"] = x["base"] + x["proj"]
        x["close"] = x["gp_close"] + x["gf_close"] + x["o_close"]
        x["total_in"] = x["inc"] + x["open"]
        x["total_out"] = x["exp"] + x["close"]
        assert x["total_in"] == x["total_out"], u
        sg = [c(v) for v in SG[u]]
        x["sg"] = sg
        x["sg_total"] = sum(sg)
        a = ASSET[u]
        x["liudong"], x["guding"], x["wuxing"] = c(a[0]), c(a[1]), c(a[2])
        x["asset"] = x["liudong"] + x["guding"] + x["wuxing"]
        x["cars"], x["equip"] = a[3], a[4]
        x["staff"], x["pupils"] = STAFF[u], PUPILS[u]
        U[u] = x
    D["U"] = U
    T = {k: sum(U[u][k] for u, _ in UNITS) for k in U["JG"] if k != "sg"}
    T["sg"] = [sum(U[u]["sg"][i] for u, _ in UNITS) for i in range(4)]
    D["T"] = T
    assert T["gp_exp"] == gp_total and T["gp_base"] == gp_base and T["gp_proj"] == gp_proj
    assert T["total_in"] == T["total_out"] == T["inc"] + T["open"] == T["exp"] + T["close"]
    assert T["inc"] == T["fin_inc"] + T["sy"] + T["qt"]
    assert T["exp"] == T["base"] + T["proj"]
    assert T["gp_open"] + T["gp_inc"] == T["gp_exp"] + T["gp_close"]
    assert T["gf_inc"] == T["gf_exp"] + T["gf_close"]
    # 支出决算表 (all funds) by code: 基本, 项目
    allf = {code: list(rows[code]) for code in ORDER if len(code) == 7}
    for u, (sy, qt, op, sp) in OTHER.items():
        for code, b, p in sp:
            allf[code][0] += c(b)
            allf[code][1] += c(p)
    allf["2296003"] = [0, T["gf_exp"]]
    ORD2 = ORDER + ["229", "22960", "2296003"]
    full = {}
    for code in ORD2:
        if len(code) == 7:
            full[code] = tuple(allf[code])
    for ln in (5, 3):
        for code in ORD2:
            if len(code) == ln:
                full[code] = tuple(sum(full[k][i] for k in ORD2 if len(k) == 7 and k.startswith(code)) for i in (0, 1))
    D["all_rows"], D["ORD2"] = full, ORD2
    assert sum(sum(full[k]) for k in ORD2 if len(k) == 3) == T["exp"]
    assert sum(full[k][0] for k in ORD2 if len(k) == 3) == T["base"]
    # economic classification of 一般公共 基本支出
    soc = {k: rows[k][0] for k in ("2080501", "2080505", "2080506", "2101101", "2101102", "2210201")}
    pers = [(a, b, c(v)) for a, b, v in PERSONNEL]
    pers += [("30108", "机关事业单位基本养老保险缴费", soc["2080505"]), ("30109", "职业年金缴费", soc["2080506"]),
             ("30110", "职工基本医疗保险缴费", soc["2101101"] + soc["2101102"]), ("30113", "住房公积金", soc["2210201"])]
    pers_total = c(PERSONNEL_TOTAL)
    retire = soc["2080501"]
    bal = pers_total - retire - sum(v for _, _, v in pers)
    assert bal > 0, bal
    pers.append(("30199", "其他工资福利支出", bal))
    pers.append(("30302", "退休费", retire))
    pub_total = gp_base - pers_total
    pub = [(a, b, c(v)) for a, b, v in PUBLIC]
    pub += [("30217", "公务接待费", T["sg"][3]), ("30231", "公务用车运行维护费", T["sg"][2])]
    bal2 = pub_total - sum(v for _, _, v in pub)
    assert bal2 > 0, bal2
    pub.append(("30299", "其他商品和服务支出", bal2))
    pub.sort()
    D["pers"], D["pub"], D["pers_total"], D["pub_total"] = pers, pub, pers_total, pub_total
    assert sum(v for _, _, v in pers) == pers_total and sum(v for _, _, v in pub) == pub_total
    assert pers_total + pub_total == gp_base
    D["sg_budget"] = [c(v) for v in SG_BUDGET]
    D["sg_2023"] = c(SG_2023)
    assert sum(T["sg"]) == T["sg_total"]
    D["total_2023"], D["gp_2023"] = c(TOTAL_2023), c(GP_EXP_2023)
    assert T["asset"] == T["liudong"] + T["guding"] + T["wuxing"]
    return D


if __name__ == "__main__":
    D = compute()
    T = D["T"]
    for k in ("total_in", "inc", "fin_inc", "gp_inc", "gf_inc", "sy", "qt", "open", "exp", "base", "proj", "close",
              "gp_exp", "gp_base", "gp_proj", "sg_total", "asset"):
        print(k, yuan(T[k]), wan(T[k]))
    print("pub", yuan(D["pub_total"]), "pers", yuan(D["pers_total"]))
    for code in ORDER:
        r = D["gp_rows"][code]; b = D["budget"][code]
        print(code, NAMES[code], yuan(b[0]), yuan(b[1]), yuan(sum(r)), pct(sum(r), b[1]))
    for u, n in UNITS:
        x = D["U"][u]; print(n, yuan(x["inc"]), yuan(x["exp"]), yuan(x["o_close"]), yuan(x["gp_inc"]))
    print(D["pers"][-2:], D["pub"][-3:])
