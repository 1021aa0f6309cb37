"""Invented 岚塬市应急管理局 2024年度部门决算: every amount in integer fen (分). check() asserts every total reconciles."""
DEPT = "岚塬市应急管理局"
U0, U1, U2 = "岚塬市应急管理局（本级）", "岚塬市应急救援指挥中心", "岚塬市安全生产执法支队"
UNITS = [U0, U1, U2]
NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
         "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗",
         "2101102": "事业单位医疗", "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
         "224": "灾害防治及应急管理支出", "22401": "应急管理事务", "2240101": "行政运行", "2240102": "一般行政管理事务",
         "2240104": "灾害风险防治", "2240106": "安全监管", "2240108": "应急救援", "2240150": "事业运行"}
# (unit, code, kind jb/xm, source g=一般公共预算财政拨款 / sy=事业收入 / qt=其他收入, fen)
EXP = [
 (U0, "2240101", "jb", "g", 523641852), (U0, "2240101", "jb", "qt", 5630000),
 (U0, "2080505", "jb", "g", 61230432), (U0, "2080506", "jb", "g", 24502176), (U0, "2101101", "jb", "g", 29841560),
 (U0, "2210201", "jb", "g", 46732800),
 (U0, "2240102", "xm", "g", 128456000), (U0, "2240104", "xm", "g", 386520000), (U0, "2240106", "xm", "g", 112638040),
 (U1, "2240150", "jb", "g", 286411738), (U1, "2080505", "jb", "g", 33682048), (U1, "2080506", "jb", "g", 13472819),
 (U1, "2101102", "jb", "g", 16825000), (U1, "2210201", "jb", "g", 25261440),
 (U1, "2240108", "xm", "g", 413890000), (U1, "2240108", "xm", "sy", 38000000),
 (U2, "2240101", "jb", "g", 301856224), (U2, "2080505", "jb", "g", 36245056), (U2, "2080506", "jb", "g", 14498022),
 (U2, "2101101", "jb", "g", 18132000), (U2, "2210201", "jb", "g", 27187200),
 (U2, "2240106", "xm", "g", 207564000),
]
OPEN_G = {U0: 60000000, U1: 0, U2: 0}     # 年初财政拨款结转和结余 (2240104 项目)
CLOSE_G = {U0: 21540000, U1: 0, U2: 0}    # 年末财政拨款结转和结余 (2240104 项目)
INC_SY = {U0: 0, U1: 38000000, U2: 0}
INC_QT = {U0: 5630000, U1: 0, U2: 0}
# 一般公共预算财政拨款 年初预算 by 项 code
BUDGET0 = {"2080505": 128900000 // 1, "2080506": 51600000, "2101101": 47800000, "2101102": 16200000, "2210201": 98400000,
           "2240101": 818600000, "2240102": 120000000, "2240104": 348060000, "2240106": 330000000, "2240108": 380000000,
           "2240150": 290000000}
BUDGET0["2080505"] = 129600000
# 上年 (2023) figures used in prose
PRIOR_TOTAL = 2734182655      # 2023 收入支出总计
PRIOR_G_EXP = 2486905320      # 2023 一般公共预算财政拨款支出
PRIOR_JYF = 0                 # filled below check (机关运行经费 2023)
# 经济分类 (一般公共预算财政拨款基本支出): 人员经费 301/303, 公用经费 302
ECON_NAMES = {"30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资", "30108": "机关事业单位基本养老保险缴费",
   "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费", "30112": "其他社会保障缴费", "30113": "住房公积金",
   "30199": "其他工资福利支出", "30305": "生活补助", "30309": "奖励金",
   "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费", "30208": "取暖费", "30211": "差旅费",
   "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费", "30226": "劳务费", "30228": "工会经费",
   "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用", "30299": "其他商品和服务支出"}
PERS_FIXED = {"30101": 238654800, "30102": 310284000, "30103": 49821200, "30112": 9642836, "30199": 8520000,
              "30305": 1260000, "30309": 3600000}
PUB = {"30201": 28643050, "30205": 2481600, "30206": 9628430, "30207": 5892000, "30208": 13260000, "30211": 16845280,
       "30213": 7431000, "30215": 1860000, "30216": 4238000, "30217": 2341600, "30226": 9600000, "30228": 11264640,
       "30229": 4800000, "30231": 15236840, "30239": 36000000, "30299": 3127560}
PUB_U1 = 41258620             # 指挥中心（事业单位）公用经费, 不计入机关运行经费
PRIOR_JYF = 140180000         # 2023 机关运行经费
# 三公 (一般公共预算财政拨款): 预算 / 决算 / 2023决算
SG_KEYS = ["cg", "gz", "yx", "jd"]  # 出国, 购置, 运行, 接待
SG_BUD = {"cg": 0, "gz": 30000000, "yx": 16800000, "jd": 3000000}
SG_ACT = {"cg": 0, "gz": 28600000, "yx": 15236840, "jd": 2341600}
SG_PRIOR = {"cg": 0, "gz": 0, "yx": 16491520, "jd": 2786000}
CARS_END, CARS_BOUGHT, JD_BATCH, JD_PERSON = 9, 1, 41, 326
# 政府采购
PROC = {"hw": 96342000, "gc": 41860000, "fw": 168530000}
PROC_SME = 231046000
# 国有资产
CARS_ASSET = 9; EQUIP_50W = 3
# 人员
STAFF = {U0: (28, 26), U1: (22, 20), U2: (30, 27)}  # 编制, 实有
RETIRED = 19
# 项目支出绩效自评: 自然灾害监测预警能力提升项目 (U0, 2240104)
PERF = dict(name="自然灾害监测预警能力提升项目", y0=348060000, yall=408060000, act=386520000, score="92.6")

def fen(v): return v
def fmt(v, comma=True):
    s = f"{abs(v)//100:,}" if comma else f"{abs(v)//100}"
    return ("-" if v < 0 else "") + s + f".{abs(v)%100:02d}"
def wan(v):
    """fen -> 万元 string with 2 decimals, half-up."""
    q, r = divmod(abs(v), 10000)   # 1 万元 = 1,000,000 fen; 0.01万元 = 10000 fen
    if r * 2 >= 10000: q += 1
    s = f"{q//100}.{q%100:02d}"
    return ("-" if v < 0 else "") + s
def pct(a, b):
    q, r = divmod(abs(a) * 10000, abs(b))
    if r * 2 >= abs(b): q += 1
    return ("-" if (a < 0) != (b < 0) and a != 0 else "") + f"{q//100}.{q%100:02d}%"

def sumx(**kw):
    return sum(e[4] for e in EXP if all(e[["u", "code", "kind", "src"].index(k)] == v for k, v in kw.items()))

def econ():
    """Econ classification of 一般公共预算 基本支出 (whole department)."""
    g_jb = sumx(kind="jb", src="g")
    pers = dict(PERS_FIXED)
    pers["30108"] = sumx(code="2080505", src="g"); pers["30109"] = sumx(code="2080506", src="g")
    pers["30110"] = sumx(code="2101101", src="g") + sumx(code="2101102", src="g"); pers["30113"] = sumx(code="2210201", src="g")
    pub_total = sum(PUB.values())
    pers["30107"] = g_jb - pub_total - sum(pers.values())
    return pers, dict(PUB)

def check():
    T = {}
    T["exp"] = sum(e[4] for e in EXP)
    T["jb"] = sumx(kind="jb"); T["xm"] = sumx(kind="xm")
    T["g_exp"] = sumx(src="g"); T["g_jb"] = sumx(kind="jb", src="g"); T["g_xm"] = sumx(kind="xm", src="g")
    T["sy"] = sum(INC_SY.values()); T["qt"] = sum(INC_QT.values())
    T["open"] = sum(OPEN_G.values()); T["close"] = sum(CLOSE_G.values())
    T["g_inc_u"] = {u: sumx(u=u, src="g") + CLOSE_G[u] - OPEN_G[u] for u in UNITS}
    T["g_inc"] = sum(T["g_inc_u"].values())
    T["inc"] = T["g_inc"] + T["sy"] + T["qt"]
    T["total"] = T["inc"] + T["open"]
    assert T["total"] == T["exp"] + T["close"], "收支总计"
    assert T["jb"] + T["xm"] == T["exp"]
    assert T["g_inc"] + T["open"] == T["g_exp"] + T["close"], "财政拨款收支"
    for u in UNITS:   # 单位 收入 = 支出 + 年末 - 年初; 合计 = Σ单位
        inc = T["g_inc_u"][u] + INC_SY[u] + INC_QT[u]
        assert inc + OPEN_G[u] == sumx(u=u) + CLOSE_G[u], u
        assert sumx(u=u, src="sy") == INC_SY[u] and sumx(u=u, src="qt") == INC_QT[u]
    assert sum(sumx(u=u) for u in UNITS) == T["exp"]
    assert sum(sumx(u=u, kind="jb") for u in UNITS) == T["jb"] and sum(sumx(u=u, kind="xm") for u in UNITS) == T["xm"]
    pers, pub = econ()
    assert pers["30107"] > 0
    T["pers"] = sum(pers.values()); T["pub"] = sum(pub.values())
    assert T["pers"] + T["pub"] == T["g_jb"], "人员+公用=基本"
    assert pub["30231"] == SG_ACT["yx"] and pub["30217"] == SG_ACT["jd"], "30231/30217 = 三公"
    T["sg_act"] = sum(SG_ACT.values()); T["sg_bud"] = sum(SG_BUD.values()); T["sg_prior"] = sum(SG_PRIOR.values())
    assert SG_ACT["gz"] <= sumx(u=U1, code="2240108", src="g"), "购置 in 项目"
    T["jyf"] = T["pub"] - PUB_U1
    assert T["jyf"] > 0
    T["proc"] = sum(PROC.values()); assert PROC_SME <= T["proc"]
    assert PERF["yall"] == PERF["y0"] + OPEN_G[U0] and PERF["yall"] - PERF["act"] == CLOSE_G[U0]
    assert PERF["act"] == sumx(code="2240104", src="g")
    assert set(BUDGET0) == {e[1] for e in EXP if e[3] == "g"}
    T["bud0"] = sum(BUDGET0.values())
    return T

if __name__ == "__main__":
    T = check()
    for k, v in T.items():
        if isinstance(v, int): print(k, fmt(v), wan(v))
    print("econ", econ())
