"""Invented data for 泷潭县水利局 2025年部门预算 (fictional county). All amounts are integer fen (0.01 元)."""
Y = lambda s: int(round(float(s.replace(",", "")) * 100))

ORG = "泷潭县水利局"
U1 = "泷潭县水利局（机关）"
U2 = "泷潭县水土保持站"

# economic classification of 一般公共预算 basic expenditure, per unit: code -> (name, fen)
ECON_NAMES = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费", "30113": "住房公积金", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费",
    "30211": "差旅费", "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费",
    "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30305": "生活补助",
}
BASIC = {
    U1: {"30101": Y("1,236,480.00"), "30102": Y("1,015,320.00"), "30103": Y("302,860.00"),
         "30108": Y("402,155.52"), "30109": Y("160,862.21"), "30110": Y("218,745.36"), "30112": Y("24,630.18"),
         "30113": Y("301,616.64"), "30199": Y("45,000.00"),
         "30201": Y("62,000.00"), "30205": Y("8,000.00"), "30206": Y("36,000.00"), "30207": Y("12,000.00"),
         "30211": Y("48,000.00"), "30213": Y("20,000.00"), "30215": Y("10,000.00"), "30216": Y("15,000.00"),
         "30217": Y("25,000.00"), "30228": Y("27,800.00"), "30229": Y("18,000.00"), "30231": Y("42,000.00"),
         "30239": Y("96,000.00"), "30299": Y("30,000.00"),
         "30305": Y("14,400.00")},
    U2: {"30101": Y("486,240.00"), "30102": Y("68,400.00"), "30107": Y("398,760.00"),
         "30108": Y("152,704.32"), "30109": Y("61,081.73"), "30110": Y("81,312.48"), "30112": Y("9,160.26"),
         "30113": Y("114,528.00"),
         "30201": Y("18,000.00"), "30206": Y("9,000.00"), "30211": Y("16,000.00"), "30213": Y("8,000.00"),
         "30217": Y("5,000.00"), "30228": Y("9,500.00"), "30231": Y("12,000.00"), "30299": Y("8,000.00")},
}
# 其他收入 of 局机关 spent as basic (商品和服务) under 2130301, not in the 一般公共预算 tables
OTHER_INCOME_U1 = Y("40,000.00")
# 事业收入 of 水保站 spent on project P5
SHIYE_U2 = Y("120,000.00")

FUNC_NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "213": "农林水支出", "21303": "水利", "2130301": "行政运行", "2130304": "水利行业业务管理",
    "2130306": "水利工程运行与维护", "2130310": "水土保持", "2130314": "防汛", "2130335": "农村供水",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}

# projects: id, name, unit, func code, 一般公共预算 fen, 事业收入 fen
PROJECTS = [
    ("P1", "山洪灾害防治及防汛物资储备", U1, "2130314", Y("680,000.00"), 0),
    ("P2", "农村饮水安全工程维修养护", U1, "2130335", Y("1,200,000.00"), 0),
    ("P3", "小型水库安全运行管护", U1, "2130306", Y("856,000.00"), 0),
    ("P4", "河湖长制工作经费", U1, "2130304", Y("260,000.00"), 0),
    ("P5", "水土流失动态监测", U2, "2130310", Y("185,000.00"), SHIYE_U2),
]

# 2024 comparison figures (printed in the prose only)
PREV = {"total": Y("8,412,300.00"), "ggys": Y("8,282,300.00"), "basic": Y("5,480,200.00"),
        "project": Y("2,932,100.00"), "sangong": Y("96,000.00"), "sg_car": Y("60,000.00"),
        "sg_recv": Y("36,000.00"), "jgyx": Y("471,600.00"), "vehicles": 5}
STAFF = {U1: dict(bz=18, sy=17, tx=9), U2: dict(bz=9, sy=8, tx=5)}
SANGONG_STATS = dict(vehicles=4, v_u1=3, v_u2=1, recv_batches=60, recv_people=420, trips=0)

# 政府采购: (项目, 品目, 类别, 数量, 金额 fen)
PURCHASE = [
    ("山洪灾害防治及防汛物资储备", "防汛物资（救生衣、编织袋、移动泵等）", "货物", "1批", Y("350,000.00")),
    ("农村饮水安全工程维修养护", "农村供水管网及设施维修", "工程", "1项", Y("600,000.00")),
    ("水土流失动态监测", "水土流失遥感监测技术服务", "服务", "1项", Y("150,000.00")),
]


def func_of(unit, econ):
    if econ == "30108": return "2080505"
    if econ == "30109": return "2080506"
    if econ == "30110": return "2101101" if unit == U1 else "2101102"
    if econ == "30113": return "2210201"
    return "2130301" if unit == U1 else "2130310"


def is_personnel(econ):
    return econ.startswith("301") or econ.startswith("303")


def compute():
    d = {}
    # per function code: [ggys_basic_person, ggys_basic_public, ggys_project, other_basic, shiye_project]
    f = {}
    def add(code, idx, v):
        f.setdefault(code, [0, 0, 0, 0, 0])[idx] += v
    for u, items in BASIC.items():
        for e, v in items.items():
            add(func_of(u, e), 0 if is_personnel(e) else 1, v)
    add("2130301", 3, OTHER_INCOME_U1)
    for pid, name, u, code, g, s in PROJECTS:
        add(code, 2, g)
        add(code, 4, s)
    d["func"] = f
    unit = {}
    for u in (U1, U2):
        b = sum(BASIC[u].values())
        p = sum(g for _, _, uu, _, g, _ in PROJECTS if uu == u)
        unit[u] = dict(ggys=b + p, basic_g=b, proj_g=p,
                       shiye=SHIYE_U2 if u == U2 else 0, other=OTHER_INCOME_U1 if u == U1 else 0)
        unit[u]["total"] = unit[u]["ggys"] + unit[u]["shiye"] + unit[u]["other"]
        unit[u]["person"] = sum(v for e, v in BASIC[u].items() if is_personnel(e))
        unit[u]["public"] = sum(v for e, v in BASIC[u].items() if not is_personnel(e))
    d["unit"] = unit
    d["ggys"] = sum(x["ggys"] for x in unit.values())
    d["shiye"] = SHIYE_U2
    d["other"] = OTHER_INCOME_U1
    d["total"] = d["ggys"] + d["shiye"] + d["other"]
    d["basic_g"] = sum(x["basic_g"] for x in unit.values())
    d["basic_all"] = d["basic_g"] + OTHER_INCOME_U1
    d["proj_g"] = sum(x["proj_g"] for x in unit.values())
    d["proj_all"] = d["proj_g"] + SHIYE_U2
    d["person"] = sum(x["person"] for x in unit.values())
    d["public"] = sum(x["public"] for x in unit.values())
    econ = {}
    for u, items in BASIC.items():
        for e, v in items.items():
            econ[e] = econ.get(e, 0) + v
    d["econ"] = econ
    d["sg_car"] = BASIC[U1]["30231"] + BASIC[U2]["30231"]
    d["sg_recv"] = BASIC[U1]["30217"] + BASIC[U2]["30217"]
    d["sangong"] = d["sg_car"] + d["sg_recv"]
    d["jgyx"] = unit[U1]["public"]  # 机关运行经费 = 行政单位公用经费 (局机关 only; 水保站 is 公益一类)
    d["purchase"] = sum(x[4] for x in PURCHASE)
    return d


def check(d):
    f = d["func"]
    assert d["total"] == sum(sum(v) for v in f.values())
    assert d["ggys"] == sum(v[0] + v[1] + v[2] for v in f.values())
    assert d["basic_g"] == d["person"] + d["public"]
    assert d["ggys"] == d["basic_g"] + d["proj_g"]
    assert d["total"] == d["basic_all"] + d["proj_all"]
    assert sum(d["econ"].values()) == d["basic_g"]
    assert f["2080505"][0] == d["econ"]["30108"] and f["2080506"][0] == d["econ"]["30109"]
    assert f["2101101"][0] + f["2101102"][0] == d["econ"]["30110"]
    assert f["2210201"][0] == d["econ"]["30113"]
    assert d["sangong"] == d["econ"]["30217"] + d["econ"]["30231"]
    assert d["total"] == sum(u["total"] for u in d["unit"].values())
    # purchases funded within projects
    pj = {name: g + s for _, name, _, _, g, s in PROJECTS}
    for p, _, _, _, v in PURCHASE:
        assert v <= pj[p]
    assert PREV["basic"] + PREV["project"] == PREV["total"]
    assert PREV["sg_car"] + PREV["sg_recv"] == PREV["sangong"]
    return True


if __name__ == "__main__":
    d = compute(); check(d)
    fm = lambda v: f"{v/100:,.2f}"
    for k in ("total", "ggys", "shiye", "other", "basic_g", "basic_all", "proj_g", "proj_all", "person", "public", "sangong", "jgyx", "purchase"):
        print(k, fm(d[k]), f"{d[k]/1e6:.4f}万")
    for u, x in d["unit"].items():
        print(u, {k: fm(v) for k, v in x.items()})
    for c in sorted(d["func"]):
        print(c, [fm(v) for v in d["func"][c]])
