#!/usr/bin/env python3
"""Figures of the invented 椋川县教育局 2025年部门预算 (本级 + 椋川县第一中学 + 椋川县实验小学).
All amounts are integer hundredths of 万元 (i.e. 100 元); check() asserts that everything reconciles."""

def c(s):  # "98.40" -> 9840
    a, _, b = s.partition(".")
    return int(a) * 100 + int((b + "00")[:2])

def f(v):  # 9840 -> "98.40"
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100}.{v % 100:02d}"

def pct(a, b):  # a/b in %, two decimals, half up
    if b == 0:
        return None
    q = (abs(a) * 100000 // abs(b) + 5) // 10  # hundredths of a percent
    s = "-" if (a < 0) != (b < 0) and a != 0 else ""
    return f"{s}{q // 100}.{q % 100:02d}"

ORG = "椋川县教育局"
UNITS = ["本级", "一中", "小学"]
UNIT_NAME = {"本级": "椋川县教育局本级", "一中": "椋川县第一中学", "小学": "椋川县实验小学"}

# 功能分类 names
FUNC = {
    "205": "教育支出", "20501": "教育管理事务", "2050101": "行政运行", "2050199": "其他教育管理事务支出",
    "20502": "普通教育", "2050201": "学前教育", "2050202": "小学教育", "2050203": "初中教育", "2050204": "高中教育",
    "2050299": "其他普通教育支出", "20508": "进修及培训", "2050803": "培训支出",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
    "229": "其他支出", "22960": "彩票公益金安排的支出", "2296004": "用于教育事业的彩票公益金支出",
}

# 经济分类 names
ECON = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费",
    "30211": "差旅费", "30213": "维修(护)费", "30216": "培训费", "30217": "公务接待费", "30228": "工会经费",
    "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用", "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30302": "退休费",
}

# 基本支出 (all 一般公共预算拨款): unit -> list of (功能项, 经济款, amount)
BASIC_SRC = {
    "本级": [("2050101", e, a) for e, a in [
        ("30101", "98.40"), ("30102", "126.70"), ("30103", "12.30"), ("30199", "4.20"),
        ("30201", "8.60"), ("30205", "0.90"), ("30206", "3.40"), ("30207", "1.80"), ("30211", "6.20"),
        ("30213", "2.50"), ("30216", "1.60"), ("30217", "1.80"), ("30228", "4.10"), ("30229", "2.70"),
        ("30231", "6.00"), ("30239", "9.80"), ("30299", "3.10")]] + [
        ("2080505", "30108", "38.72"), ("2080506", "30109", "15.49"), ("2101101", "30110", "18.96"),
        ("2210201", "30113", "29.05"), ("2080501", "30302", "8.60")],
    "一中": [("2050203", e, a) for e, a in [
        ("30101", "410.20"), ("30102", "55.30"), ("30107", "612.40"), ("30199", "8.50"),
        ("30201", "36.20"), ("30205", "18.60"), ("30206", "42.30"), ("30207", "4.50"), ("30211", "6.80"),
        ("30213", "28.40"), ("30216", "9.20"), ("30228", "16.10"), ("30229", "10.40"), ("30299", "12.30")]] + [
        ("2050204", e, a) for e, a in [
        ("30101", "356.80"), ("30102", "48.10"), ("30107", "531.90"), ("30199", "7.30"),
        ("30201", "31.50"), ("30205", "16.20"), ("30206", "37.70"), ("30207", "3.90"), ("30211", "5.90"),
        ("30213", "24.60"), ("30216", "8.00"), ("30217", "0.80"), ("30228", "14.00"), ("30229", "9.10"),
        ("30231", "3.20"), ("30299", "10.70")]] + [
        ("2080505", "30108", "296.18"), ("2080506", "30109", "118.47"), ("2101102", "30110", "145.02"),
        ("2210201", "30113", "222.14"), ("2080502", "30302", "14.30")],
    "小学": [("2050202", e, a) for e, a in [
        ("30101", "265.40"), ("30102", "35.60"), ("30107", "398.70"), ("30199", "5.20"),
        ("30201", "22.80"), ("30205", "12.40"), ("30206", "26.50"), ("30207", "2.60"), ("30211", "3.40"),
        ("30213", "15.30"), ("30216", "5.60"), ("30217", "0.40"), ("30228", "10.20"), ("30229", "6.60"),
        ("30299", "7.90")]] + [
        ("2080505", "30108", "112.53"), ("2080506", "30109", "45.01"), ("2101102", "30110", "55.09"),
        ("2210201", "30113", "84.41"), ("2080502", "30302", "6.20")],
}
BASIC = {u: [(fn, e, c(a)) for fn, e, a in rows] for u, rows in BASIC_SRC.items()}

# 项目支出: id, unit, name, 功能项, sources {gen: 一般公共预算本年, jz: 上年结转(一般公共预算), fund: 政府性基金, sy: 事业收入, qt: 其他收入}
PROJ_SRC = [
    ("P1", "本级", "学前教育资助及公办幼儿园生均公用经费补助", "2050201", {"gen": "186.00"}),
    ("P2", "本级", "教育质量监测与督导评估", "2050199", {"gen": "24.50"}),
    ("P3", "本级", "义务教育家庭经济困难学生生活补助", "2050299", {"gen": "158.30"}),
    ("P4", "本级", "中小学教师全员培训", "2050803", {"gen": "34.00", "jz": "8.00"}),
    ("P5", "一中", "高中理化生实验室及教学设备购置", "2050204", {"gen": "96.00", "sy": "60.00"}),
    ("P6", "一中", "学生宿舍维修改造", "2050203", {"gen": "78.50"}),
    ("P7", "一中", "运动场塑胶跑道改造", "2296004", {"fund": "35.00"}),
    ("P8", "小学", "义务教育学校生均公用经费", "2050202", {"gen": "132.60"}),
    ("P9", "小学", "校园安全及智慧校园建设", "2050202", {"gen": "48.00", "qt": "12.00"}),
]
SRCKEYS = ["gen", "jz", "fund", "sy", "qt"]
PROJ = [dict(id=i, unit=u, name=n, func=fn, **{k: c(s.get(k, "0")) for k in SRCKEYS}) for i, u, n, fn, s in PROJ_SRC]
for p in PROJ:
    p["total"] = sum(p[k] for k in SRCKEYS)

# 政府采购 (by project): 货物/工程/服务
PURCH = {"P5": ("货物", c("156.00")), "P6": ("工程", c("78.50")), "P7": ("工程", c("35.00")),
         "P9a": ("货物", c("44.00")), "P9b": ("服务", c("16.00"))}

# 三公 (2024 预算, 2025 预算) per unit: 出国, 购置, 运行, 接待
SANGONG = {
    "本级": {"2024": (0, 0, c("6.00"), c("2.20")), "2025": (0, 0, c("6.00"), c("1.80"))},
    "一中": {"2024": (0, c("18.00"), c("3.20"), c("1.00")), "2025": (0, 0, c("3.20"), c("0.80"))},
    "小学": {"2024": (0, 0, 0, c("0.50")), "2025": (0, 0, 0, c("0.40"))},
}

# 2024 一般公共预算财政拨款 by 项 (for the prose comparison) and the reason of each change
GEN2024_SRC = {
    "2050101": "281.30", "2050199": "30.00", "2050201": "172.00", "2050202": "958.40", "2050203": "1286.10",
    "2050204": "1172.40", "2050299": "166.90", "2050803": "40.00", "2080501": "9.10", "2080502": "23.70",
    "2080505": "441.60", "2080506": "176.64", "2101101": "18.20", "2101102": "196.30", "2210201": "327.00",
}
GEN2024 = {k: c(v) for k, v in GEN2024_SRC.items()}
FUND2024 = c("40.00")
SY2024 = c("55.00")
QT2024 = c("10.00")
JZ2024 = 0
JGYX2024 = c("49.50")  # 2024 机关运行经费

REASON = {
    "2050101": "主要是局机关1名工作人员调入，人员经费相应增加",
    "2050199": "主要是2024年一次性安排的义务教育优质均衡发展督导评估迎检经费不再安排",
    "2050201": "主要是公办幼儿园生均公用经费补助标准由每生每年600元提高到650元",
    "2050202": "主要是实验小学新增教职工4人，以及生均公用经费按在校生人数增加相应增加",
    "2050203": "主要是一中初中部安排学生宿舍维修改造项目",
    "2050204": "主要是一中高中部新增理化生实验室及教学设备购置项目，同时高中教师绩效工资标准调整",
    "2050299": "主要是享受生活补助的家庭经济困难学生人数减少",
    "2050803": "主要是上年结转的教师培训资金8.00万元继续使用；当年新安排34.00万元，因部分培训改为线上开展而有所减少",
    "2080501": "主要是局机关退休人员减少1人",
    "2080502": "主要是两所学校部分退休人员退休费由养老保险基金发放",
    "2080505": "主要是缴费基数调整",
    "2080506": "主要是缴费基数调整",
    "2101101": "主要是缴费基数调整",
    "2101102": "主要是缴费基数调整",
    "2210201": "主要是缴费基数调整",
}

# planted contradiction: the prose of 三（一般公共预算财政拨款支出）gives 高中教育 as 1250.70, the tables 1205.70
PLANT_CODE = "2050204"
PLANT_PROSE = c("1250.70")


def lvl(code):
    return {3: "类", 5: "款", 7: "项"}[len(code)]


def compute():
    D = {}
    # basic by unit/func/econ
    basic_u = {u: sum(a for _, _, a in BASIC[u]) for u in UNITS}
    person_u = {u: sum(a for _, e, a in BASIC[u] if e[:3] in ("301", "303")) for u in UNITS}
    public_u = {u: sum(a for _, e, a in BASIC[u] if e[:3] == "302") for u in UNITS}
    D.update(basic_u=basic_u, person_u=person_u, public_u=public_u)
    # by 项 and source: items[(unit, func)] = dict(basic, proj, gen, jz, fund, sy, qt)
    items = {}
    def add(u, fn, **kw):
        d = items.setdefault((u, fn), dict(basic=0, proj=0, gen=0, jz=0, fund=0, sy=0, qt=0))
        for k, v in kw.items():
            d[k] += v
    for u in UNITS:
        for fn, e, a in BASIC[u]:
            add(u, fn, basic=a, gen=a)
    for p in PROJ:
        add(p["unit"], p["func"], proj=p["total"], **{k: p[k] for k in SRCKEYS})
    D["items"] = items
    xiang = sorted({fn for _, fn in items})
    D["xiang"] = xiang
    def agg(filterfn, key):
        return sum(d[key] for (u, fn), d in items.items() if filterfn(u, fn))
    D["agg"] = agg
    # per code (类/款/项) totals for all units
    codes = sorted({fn[:3] for fn in xiang} | {fn[:5] for fn in xiang} | set(xiang))
    D["codes"] = codes
    tot = {}
    for code in codes:
        tot[code] = {k: agg(lambda u, fn, code=code: fn.startswith(code), k) for k in ["basic", "proj", "gen", "jz", "fund", "sy", "qt"]}
        tot[code]["total"] = tot[code]["basic"] + tot[code]["proj"]
        tot[code]["fin"] = tot[code]["gen"] + tot[code]["jz"] + tot[code]["fund"]
        tot[code]["genall"] = tot[code]["gen"] + tot[code]["jz"]  # 一般公共预算财政拨款 (含结转)
    D["tot"] = tot
    # general-budget-only view (一般公共预算支出表): basic + gen/jz part of projects
    gb = {}
    for code in codes:
        b = agg(lambda u, fn, code=code: fn.startswith(code), "basic")
        g = agg(lambda u, fn, code=code: fn.startswith(code), "gen") + agg(lambda u, fn, code=code: fn.startswith(code), "jz")
        gb[code] = dict(basic=b, proj=g - b, total=g)
    D["gb"] = gb
    # unit totals
    U = {}
    for u in UNITS:
        d = {k: agg(lambda uu, fn, u=u: uu == u, k) for k in ["basic", "proj", "gen", "jz", "fund", "sy", "qt"]}
        d["total"] = d["basic"] + d["proj"]
        d["income_year"] = d["gen"] + d["fund"] + d["sy"] + d["qt"]
        U[u] = d
    D["U"] = U
    T = {k: sum(U[u][k] for u in UNITS) for k in U["本级"]}
    D["T"] = T
    # economic classification totals (basic only)
    econ = {}
    for u in UNITS:
        for _, e, a in BASIC[u]:
            econ[e] = econ.get(e, 0) + a
    D["econ"] = econ
    D["econ_class"] = {k: sum(v for e, v in econ.items() if e.startswith(k)) for k in ["301", "302", "303"]}
    # 三公
    sg = {}
    for y in ("2024", "2025"):
        items_y = [sum(SANGONG[u][y][i] for u in UNITS) for i in range(4)]
        sg[y] = dict(cg=items_y[0], gz=items_y[1], yx=items_y[2], jd=items_y[3],
                     car=items_y[1] + items_y[2], total=sum(items_y))
    D["sg"] = sg
    D["sg_unit"] = {u: {y: sum(SANGONG[u][y]) for y in ("2024", "2025")} for u in UNITS}
    # 机关运行经费 = 本级 公用经费
    D["jgyx"] = public_u["本级"]
    # 2024 totals
    gen24 = sum(GEN2024.values())
    D["gen24"] = gen24
    D["total24"] = gen24 + FUND2024 + SY2024 + QT2024 + JZ2024
    D["purch"] = {k: sum(v for t, v in PURCH.values() if t == k) for k in ("货物", "工程", "服务")}
    D["purch_total"] = sum(v for _, v in PURCH.values())
    return D


def check(D=None):
    D = D or compute()
    T, U, tot = D["T"], D["U"], D["tot"]
    # 收 = 支
    assert T["gen"] + T["jz"] + T["fund"] + T["sy"] + T["qt"] == T["total"], "income != spending"
    for u in UNITS:
        assert U[u]["gen"] + U[u]["jz"] + U[u]["fund"] + U[u]["sy"] + U[u]["qt"] == U[u]["total"]
        assert D["person_u"][u] + D["public_u"][u] == D["basic_u"][u] == U[u]["basic"]
    # 类 = Σ款 = Σ项
    for code in D["codes"]:
        if len(code) < 7:
            kids = [k for k in D["codes"] if k.startswith(code) and len(k) == len(code) + 2]
            for key in ("basic", "proj", "total", "gen", "fund"):
                assert tot[code][key] == sum(tot[k][key] for k in kids), (code, key)
            for key in ("basic", "proj", "total"):
                assert D["gb"][code][key] == sum(D["gb"][k][key] for k in kids), (code, key)
    classes = [k for k in D["codes"] if len(k) == 3]
    assert sum(tot[k]["total"] for k in classes) == T["total"]
    assert sum(D["gb"][k]["total"] for k in classes) == T["gen"] + T["jz"]
    assert sum(D["gb"][k]["basic"] for k in classes) == T["basic"]
    # econ
    assert sum(D["econ_class"].values()) == T["basic"]
    assert D["econ_class"]["301"] + D["econ_class"]["303"] == sum(D["person_u"].values())
    assert D["econ_class"]["302"] == sum(D["public_u"].values())
    # 三公 items
    for y in ("2024", "2025"):
        s = D["sg"][y]
        assert s["total"] == s["cg"] + s["car"] + s["jd"] and s["car"] == s["gz"] + s["yx"]
        assert s["total"] == sum(D["sg_unit"][u][y] for u in UNITS)
    # 2025 三公 运行/接待 equal the 30231/30217 budget rows
    assert D["sg"]["2025"]["yx"] == D["econ"]["30231"] and D["sg"]["2025"]["jd"] == D["econ"]["30217"]
    # projects
    assert sum(p["total"] for p in PROJ) == T["proj"]
    # purchase covers projects
    assert PURCH["P9a"][1] + PURCH["P9b"][1] == [p for p in PROJ if p["id"] == "P9"][0]["total"]
    # the general-budget 项 list equals the 2024 list
    gx = [k for k in D["codes"] if len(k) == 7 and D["gb"][k]["total"]]
    assert sorted(gx) == sorted(GEN2024), (gx, sorted(GEN2024))
    assert D["gb"][PLANT_CODE]["total"] != PLANT_PROSE
    return True


if __name__ == "__main__":
    D = compute()
    check(D)
    T = D["T"]
    print("total", f(T["total"]), "basic", f(T["basic"]), "proj", f(T["proj"]), "gen", f(T["gen"]), "jz", f(T["jz"]),
          "fund", f(T["fund"]), "sy", f(T["sy"]), "qt", f(T["qt"]))
    for u in UNITS:
        print(u, {k: f(v) for k, v in D["U"][u].items()}, "person", f(D["person_u"][u]), "public", f(D["public_u"][u]))
    for k in D["codes"]:
        print(k, FUNC[k], f(D["tot"][k]["total"]), "gb", f(D["gb"][k]["total"]), f(D["gb"][k]["basic"]), f(D["gb"][k]["proj"]),
              "24:", f(GEN2024.get(k, 0)))
    print("sg", {y: {k: f(v) for k, v in D["sg"][y].items()} for y in D["sg"]})
    print("jgyx", f(D["jgyx"]), "gen24", f(D["gen24"]), "total24", f(D["total24"]))
    print("econ", {k: f(v) for k, v in D["econ_class"].items()})
