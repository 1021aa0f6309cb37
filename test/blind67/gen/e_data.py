"""All amounts of E (泓屿市汀澜区鹭湖街道办事处 2024年部门决算) as integer fen; check() asserts every total reconciles."""
ORG = "泓屿市汀澜区鹭湖街道办事处"
U1, U2 = "泓屿市汀澜区鹭湖街道办事处本级", "泓屿市汀澜区鹭湖街道综合服务中心"
def y(s): return round(float(s.replace(",", "")) * 100)
ECON = {  # code: (name, 本级, 中心)
 "30101": ("基本工资", "1,426,380.00", "480,240.00"), "30102": ("津贴补贴", "1,873,512.00", "126,000.00"),
 "30103": ("奖金", "318,200.00", "0"), "30107": ("绩效工资", "0", "612,830.00"),
 "30108": ("机关事业单位基本养老保险缴费", "512,346.24", "186,412.16"), "30109": ("职业年金缴费", "204,938.50", "74,564.86"),
 "30110": ("职工基本医疗保险缴费", "268,417.36", "97,655.94"), "30112": ("其他社会保障缴费", "21,563.80", "7,850.00"),
 "30113": ("住房公积金", "470,160.00", "171,036.00"), "30199": ("其他工资福利支出", "96,500.00", "22,000.00"),
 "30302": ("退休费", "38,400.00", "0"), "30305": ("生活补助", "12,600.00", "0"),
 "30201": ("办公费", "148,326.50", "42,160.00"), "30205": ("水费", "12,480.00", "3,600.00"), "30206": ("电费", "86,742.30", "21,380.00"),
 "30207": ("邮电费", "24,318.00", "6,900.00"), "30211": ("差旅费", "31,260.00", "5,420.00"), "30213": ("维修（护）费", "52,400.00", "12,800.00"),
 "30215": ("会议费", "8,600.00", "0"), "30216": ("培训费", "15,300.00", "4,200.00"), "30217": ("公务接待费", "9,860.00", "0"),
 "30228": ("工会经费", "54,216.00", "19,540.00"), "30229": ("福利费", "38,400.00", "12,600.00"),
 "30231": ("公务用车运行维护费", "41,235.60", "0"), "30239": ("其他交通费用", "176,000.00", "0"),
 "30299": ("其他商品和服务支出", "63,927.40", "18,330.00")}
ECON = {k: (n, y(a), y(b)) for k, (n, a, b) in ECON.items()}
PERSON = [k for k in ECON if k.startswith("301") or k.startswith("303")]
PUBLIC = [k for k in ECON if k.startswith("302")]
NAMES = {"201": "一般公共服务支出", "20101": "人大事务", "2010108": "代表工作", "20103": "政府办公厅（室）及相关机构事务",
 "2010301": "行政运行", "2010350": "事业运行", "2010399": "其他政府办公厅（室）及相关机构事务支出",
 "207": "文化旅游体育与传媒支出", "20701": "文化和旅游", "2070109": "群众文化",
 "208": "社会保障和就业支出", "20802": "民政管理事务", "2080208": "基层政权建设和社区治理",
 "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
 "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
 "2101101": "行政单位医疗", "2101102": "事业单位医疗", "212": "城乡社区支出", "21201": "城乡社区管理事务",
 "2120199": "其他城乡社区管理事务支出", "21205": "城乡社区环境卫生", "2120501": "城乡社区环境卫生",
 "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
# projects: code, name, unit, 一般公共预算 amount, 其他收入 amount
PROJ = [("2080208", "社区治理和服务项目", 1, y("1,856,000.00"), 0),
        ("2120501", "辖区环境卫生保洁项目", 1, y("2,734,580.00"), 0),
        ("2010108", "人大代表履职经费", 1, y("48,000.00"), 0),
        ("2010399", "党建阵地及档案数字化项目", 1, y("215,600.00"), 0),
        ("2070109", "群众文化活动项目", 2, y("126,500.00"), 0),
        ("2120199", "城市管理综合服务项目", 2, y("555,918.75"), y("86,400.00"))]
OTHER_INCOME = y("86,400.00")      # 综合服务中心 场地使用收入, used in 2120199
CARRY_IN = y("312,500.00")         # 财政拨款 年初结转和结余 (本级)
CARRY_OUT = y("211,420.00")         # 财政拨款 年末结转和结余 (本级) = unspent 调整预算 of 2120501, 2080208, 2010399
def basic_by_code():
    b = {}
    def add(k, v): b[k] = b.get(k, 0) + v
    for u in (1, 2):
        for k, row in ECON.items():
            v = row[u]
            if k == "30108": add("2080505", v)
            elif k == "30109": add("2080506", v)
            elif k == "30110": add("2101101" if u == 1 else "2101102", v)
            elif k == "30113": add("2210201", v)
            elif k in ("30302", "30305"): add("2080501", v)
            else: add("2010301" if u == 1 else "2010350", v)
    return b
def totals():
    b = basic_by_code()
    basic = sum(b.values())
    person = sum(ECON[k][1] + ECON[k][2] for k in PERSON); public = sum(ECON[k][1] + ECON[k][2] for k in PUBLIC)
    proj_gp = sum(p[3] for p in PROJ); proj_oth = sum(p[4] for p in PROJ)
    gp_spend = basic + proj_gp
    gp_income = gp_spend - CARRY_IN + CARRY_OUT
    u1_basic = sum(r[1] for r in ECON.values()); u2_basic = sum(r[2] for r in ECON.values())
    u1_proj = sum(p[3] + p[4] for p in PROJ if p[2] == 1); u2_proj = sum(p[3] + p[4] for p in PROJ if p[2] == 2)
    u1_spend = u1_basic + u1_proj; u2_spend = u2_basic + u2_proj
    # income by unit: 本级 gets carry in/out; 中心 spends all it receives
    u2_gp = u2_spend - OTHER_INCOME; u1_gp = gp_income - u2_gp
    return dict(basic=basic, person=person, public=public, proj_gp=proj_gp, proj_oth=proj_oth, proj=proj_gp + proj_oth,
                gp_spend=gp_spend, gp_income=gp_income, income=gp_income + OTHER_INCOME, spend=gp_spend + proj_oth,
                grand=gp_income + OTHER_INCOME + CARRY_IN, u1_basic=u1_basic, u2_basic=u2_basic, u1_proj=u1_proj, u2_proj=u2_proj,
                u1_spend=u1_spend, u2_spend=u2_spend, u1_gp=u1_gp, u2_gp=u2_gp,
                u1_public=sum(ECON[k][1] for k in PUBLIC), u1_person=sum(ECON[k][1] for k in PERSON),
                sangong=ECON["30217"][1] + ECON["30231"][1])
def spend_by_code():
    """all funds: code -> (basic, project)"""
    d = {k: [v, 0] for k, v in basic_by_code().items()}
    for c, n, u, g, o in PROJ: d.setdefault(c, [0, 0]); d[c][1] += g + o
    return d
def gp_by_code():
    d = {k: [v, 0] for k, v in basic_by_code().items()}
    for c, n, u, g, o in PROJ: d.setdefault(c, [0, 0]); d[c][1] += g
    return d
# 年初预算 and 调整预算 (一般公共预算财政拨款) per 项 code, fen
BUDGET = {"2010108": (y("50,000.00"), y("48,000.00")), "2010301": (y("4,380,000.00"), y("4,499,221.60")),
          "2010350": (y("1,300,000.00"), y("1,395,850.00")), "2010399": (y("180,000.00"), y("235,600.00")),
          "2070109": (y("150,000.00"), y("126,500.00")), "2080208": (y("1,600,000.00"), y("1,912,000.00")),
          "2080501": (y("51,000.00"), y("51,000.00")), "2080505": (y("690,000.00"), y("698,758.40")),
          "2080506": (y("276,000.00"), y("279,503.36")), "2101101": (y("262,000.00"), y("268,417.36")),
          "2101102": (y("95,000.00"), y("97,655.94")), "2120199": (y("600,000.00"), y("555,918.75")),
          "2120501": (y("2,500,000.00"), y("2,870,000.00")), "2210201": (y("630,000.00"), y("641,196.00"))}
SANGONG_BUDGET = {"接待": y("15,000.00"), "运行": y("48,000.00"), "购置": 0, "出国": 0}
SANGONG_2023 = {"total": y("58,420.30"), "接待": y("12,140.00"), "运行": y("46,280.30")}
TOTAL_2023 = y("10,386,215.77")   # 2023年 收入支出总计 (prose only)
PROC = {"goods": y("236,400.00"), "works": 0, "services": y("2,729,400.00"), "sme": y("2,812,600.00")}
PEOPLE = {"u1_bz": 28, "u2_bz": 12, "u1_real": 27, "u2_real": 11, "retired": 9}
def check():
    t = totals(); s = spend_by_code(); g = gp_by_code()
    assert t["income"] + CARRY_IN == t["spend"] + CARRY_OUT == t["grand"], "收支总计"
    assert t["spend"] == t["basic"] + t["proj"] == t["u1_spend"] + t["u2_spend"]
    assert t["basic"] == t["person"] + t["public"] == t["u1_basic"] + t["u2_basic"]
    assert sum(a + b for a, b in s.values()) == t["spend"]
    assert sum(a + b for a, b in g.values()) == t["gp_spend"] == t["gp_income"] + CARRY_IN - CARRY_OUT
    assert t["u1_gp"] + t["u2_gp"] == t["gp_income"]
    assert s["2080505"][0] == ECON["30108"][1] + ECON["30108"][2] and s["2210201"][0] == ECON["30113"][1] + ECON["30113"][2]
    assert s["2101101"][0] + s["2101102"][0] == ECON["30110"][1] + ECON["30110"][2]
    assert set(BUDGET) == set(g)
    for k, (b0, b1) in BUDGET.items(): assert sum(g[k]) <= b1, k
    assert PROC["goods"] + PROC["works"] + PROC["services"] <= t["proj"] + t["public"] and PROC["sme"] <= PROC["goods"] + PROC["services"]
    assert t["sangong"] == ECON["30217"][1] + ECON["30231"][1]
    assert sum(b[1] for b in BUDGET.values()) - t["gp_spend"] == CARRY_OUT
    return t
if __name__ == "__main__":
    t = check()
    for k, v in t.items(): print(k, f"{v/100:,.2f}")
    print("budget total", f"{sum(b[0] for b in BUDGET.values())/100:,.2f}", f"{sum(b[1] for b in BUDGET.values())/100:,.2f}")
    for k, v in sorted(gp_by_code().items()): print(k, NAMES[k], f"{sum(v)/100:,.2f}", f"{BUDGET[k][0]/100:,.2f}", f"{BUDGET[k][1]/100:,.2f}")
