"""Invented 湍阳县农业农村局 2024年度部门决算: every amount is integer fen (分)."""
from decimal import Decimal
def W(s): return int(Decimal(s) * 1000000)          # 万元 string -> fen
def fmt(f, comma=True):                               # fen -> 万元 string, two decimals
    s = f"{Decimal(f) / 1000000:,.2f}" if comma else f"{Decimal(f) / 1000000:.2f}"
    return s
def pct(a, b): return f"{(Decimal(a) * 100 / Decimal(b)).quantize(Decimal('0.01'))}%"
COUNTY = "湍阳县"; DEPT = "湍阳县农业农村局"
UNITS = ["湍阳县农业农村局机关", "湍阳县农业技术推广中心", "湍阳县动物疫病预防控制中心"]
U0, U1, U2 = UNITS
NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080502": "事业单位离退休",
         "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
         "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
         "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "2120804": "农村基础设施建设支出",
         "213": "农林水支出", "21301": "农业农村", "2130101": "行政运行", "2130104": "事业运行", "2130106": "科技转化与推广服务",
         "2130108": "病虫害控制", "2130109": "农产品质量安全", "2130122": "农业生产发展", "2130153": "农田建设",
         "2130199": "其他农业农村支出", "21305": "巩固脱贫攻坚成果衔接乡村振兴", "2130505": "生产发展",
         "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
ORDER = ["208", "20805", "2080501", "2080502", "2080505", "2080506", "210", "21011", "2101101", "2101102",
         "212", "21208", "2120804", "213", "21301", "2130101", "2130104", "2130106", "2130108", "2130109", "2130122",
         "2130153", "2130199", "21305", "2130505", "221", "22102", "2210201"]
# 一般公共预算财政拨款 基本支出 决算 (= 调整预算) by unit and code
GBASIC = {U0: {"2080501": W("32.40"), "2080505": W("28.16"), "2080506": W("11.26"), "2101101": W("12.68"), "2130101": W("236.85"), "2210201": W("21.12")},
          U1: {"2080502": W("18.70"), "2080505": W("22.40"), "2080506": W("8.96"), "2101102": W("9.86"), "2130104": W("171.54"), "2210201": W("16.80")},
          U2: {"2080502": W("9.20"), "2080505": W("16.32"), "2080506": W("6.53"), "2101102": W("7.14"), "2130104": W("124.66"), "2210201": W("12.24")}}
# 年初预算 of basic codes where it differs from 决算 (sum over units)
GBASIC_NIANCHU = {"2130101": W("228.50"), "2130104": W("289.60")}
# projects: key, name, unit, code, 年初预算, 调整预算, 决算 (一般公共预算财政拨款)
PROJECTS = [("P1", "高标准农田建设后续管护", U0, "2130153", W("380.00"), W("430.00"), W("412.60")),
            ("P2", "特色产业发展奖补", U0, "2130122", W("220.00"), W("268.30"), W("268.30")),
            ("P3", "衔接资金联农带农产业项目", U0, "2130505", 0, W("356.00"), W("328.40")),
            ("P4", "基层农技推广体系改革与建设", U1, "2130106", W("40.00"), W("46.80"), W("46.80")),
            ("P5", "农作物重大病虫害统防统治", U1, "2130108", W("30.00"), W("38.25"), W("38.25")),
            ("P6", "重大动物疫病强制免疫", U2, "2130108", W("60.00"), W("64.70"), W("61.94")),
            ("P7", "农产品质量安全例行监测", U1, "2130109", W("25.00"), W("22.40"), W("22.40")),
            ("P8", "农村人居环境整治宣传培训", U0, "2130199", W("20.00"), W("15.60"), W("15.60"))]
G_OPEN = {U0: W("46.20"), U1: 0, U2: 0}              # 年初财政拨款结转 (一般公共预算, P2)
# 政府性基金 (国有土地使用权出让收入安排的支出): 局机关 项目
FUND = {"code": "2120804", "unit": U0, "name": "村内道路及小型水利设施建设", "amt": W("38.50")}
# 非财政拨款: 事业收入 / 其他收入 (all spent as 基本支出 in the unit's 运行 code)
SHIYE = {U0: 0, U1: W("18.60"), U2: W("12.40")}
QITA = {U0: W("2.30"), U1: 0, U2: 0}
JINGYING = {U0: 0, U1: 0, U2: 0}
# 一般公共预算财政拨款基本支出 经济分类
PERS = [("30101", "基本工资", W("168.42")), ("30102", "津贴补贴", W("96.35")), ("30103", "奖金", W("14.26")),
        ("30107", "绩效工资", W("132.80")), ("30108", "机关事业单位基本养老保险缴费", W("66.88")), ("30109", "职业年金缴费", W("26.75")),
        ("30110", "职工基本医疗保险缴费", W("29.68")), ("30112", "其他社会保障缴费", W("3.52")), ("30113", "住房公积金", W("50.16")),
        ("30199", "其他工资福利支出", W("26.40")), ("30302", "退休费", W("60.30")), ("30305", "生活补助", W("4.80"))]
PUB = [("30201", "办公费", W("12.30")), ("30205", "水费", W("1.85")), ("30206", "电费", W("6.40")), ("30207", "邮电费", W("2.65")),
       ("30211", "差旅费", W("9.80")), ("30213", "维修（护）费", W("4.20")), ("30215", "会议费", W("1.20")), ("30216", "培训费", W("2.10")),
       ("30217", "公务接待费", W("2.36")), ("30228", "工会经费", W("7.36")), ("30229", "福利费", W("3.10")),
       ("30231", "公务用车运行维护费", W("8.74")), ("30239", "其他交通费用", W("18.60")), ("30299", "其他商品和服务支出", W("5.84"))]
PUB_BY_UNIT = {U0: W("41.28"), U1: W("27.02"), U2: W("18.20")}   # 机关运行经费 = 局机关 公用经费
# 三公: (预算, 决算), 2023年决算
SANGONG = {"出国": (0, 0), "购置": (0, 0), "运行": (W("9.60"), W("8.74")), "接待": (W("3.20"), W("2.36"))}
SANGONG_2023 = {"出国": 0, "购置": 0, "运行": W("9.45"), "接待": W("2.90")}
VEHICLES = {"保有": 6, U0: 2, U1: 2, U2: 2, "购置": 0}
RECEPTION = {"批次": 41, "人次": 268}
STAFF = {U0: ("行政编制", 22, 20), U1: ("事业编制", 30, 27), U2: ("事业编制", 18, 16)}
RETIRED = 38
PRIOR_TOTAL = W("1893.42")          # 2023年度 收入支出总计
PRIOR_GEXP = W("1802.65")           # 2023年度 一般公共预算财政拨款支出决算
PROCURE = {"货物": W("42.60"), "工程": W("96.30"), "服务": W("47.50")}
PROCURE_SME = W("158.20")
PLANTED = {"item": "公务用车运行维护费 决算 (说明 七)", "table": W("8.74"), "prose": W("8.47")}

# ---------------- derived
def gproj(pred=lambda p: True): return [p for p in PROJECTS if pred(p)]
def by_code():
    """决算 by 7-digit code: dict code -> {'jb': basic fen (all funds), 'xm': project fen (all funds), 'g_jb', 'g_xm'}"""
    d = {}
    def add(c, k, v):
        d.setdefault(c, {"jb": 0, "xm": 0, "g_jb": 0, "g_xm": 0, "f": 0})[k] += v
    for u, m in GBASIC.items():
        for c, v in m.items(): add(c, "jb", v); add(c, "g_jb", v)
    for p in PROJECTS: add(p[3], "xm", p[6]); add(p[3], "g_xm", p[6])
    add(FUND["code"], "xm", FUND["amt"]); add(FUND["code"], "f", FUND["amt"])
    runc = {U0: "2130101", U1: "2130104", U2: "2130104"}
    for u in UNITS:
        if SHIYE[u] + QITA[u]: add(runc[u], "jb", SHIYE[u] + QITA[u])
    return d
def roll(d, key):
    out = {}
    for c, v in d.items():
        for k in (c[:3], c[:5], c): out[k] = out.get(k, 0) + v[key]
    return out
def gbudget_by_code():
    """一般公共预算财政拨款: code -> (年初, 调整, 决算)"""
    r = {}
    def add(c, a, b, x):
        o = r.get(c, (0, 0, 0)); r[c] = (o[0] + a, o[1] + b, o[2] + x)
    for u, m in GBASIC.items():
        for c, v in m.items(): add(c, 0, v, v)
    for c in r:
        pass
    basic_codes = {c for m in GBASIC.values() for c in m}
    for c in list(r):
        r[c] = (GBASIC_NIANCHU.get(c, r[c][1]), r[c][1], r[c][2])
    for p in PROJECTS: add(p[3], p[4], p[5], p[6])
    return r
def totals():
    T = {}
    T["g_jb"] = sum(v for m in GBASIC.values() for v in m.values())
    T["g_xm"] = sum(p[6] for p in PROJECTS)
    T["g_exp"] = T["g_jb"] + T["g_xm"]
    T["g_adj"] = T["g_jb"] + sum(p[5] for p in PROJECTS)
    T["g_init"] = sum(v[0] for v in gbudget_by_code().values())
    T["g_open"] = sum(G_OPEN.values())
    T["g_close"] = T["g_adj"] - T["g_exp"]
    T["g_inc"] = T["g_adj"] - T["g_open"]
    T["f"] = FUND["amt"]
    T["sy"] = sum(SHIYE.values()); T["qt"] = sum(QITA.values()); T["jy"] = sum(JINGYING.values())
    T["inc"] = T["g_inc"] + T["f"] + T["sy"] + T["qt"] + T["jy"]
    T["jb"] = T["g_jb"] + T["sy"] + T["qt"]
    T["xm"] = T["g_xm"] + T["f"]
    T["exp"] = T["jb"] + T["xm"]
    T["total"] = T["inc"] + T["g_open"]
    T["pers"] = sum(a for _, _, a in PERS); T["pub"] = sum(a for _, _, a in PUB)
    T["sg_ys"] = sum(v[0] for v in SANGONG.values()); T["sg_js"] = sum(v[1] for v in SANGONG.values())
    T["sg_2023"] = sum(SANGONG_2023.values())
    T["procure"] = sum(PROCURE.values())
    return T
def unit_rows():
    """per unit: (财政拨款收入 incl. 基金, 一般公共预算, 政府性基金, 事业, 经营, 其他, 合计) and G close/open"""
    rows = {}
    for u in UNITS:
        gexp = sum(GBASIC[u].values()) + sum(p[6] for p in PROJECTS if p[2] == u)
        gclose = sum(p[5] - p[6] for p in PROJECTS if p[2] == u)
        ginc = gexp + gclose - G_OPEN[u]
        f = FUND["amt"] if FUND["unit"] == u else 0
        rows[u] = dict(g=ginc, f=f, cz=ginc + f, sy=SHIYE[u], jy=JINGYING[u], qt=QITA[u], tot=ginc + f + SHIYE[u] + JINGYING[u] + QITA[u],
                       gexp=gexp, gclose=gclose, gopen=G_OPEN[u])
    return rows
def check():
    T = totals(); d = by_code(); U = unit_rows()
    assert T["inc"] + T["g_open"] == T["exp"] + T["g_close"] == T["total"]
    assert T["pers"] + T["pub"] == T["g_jb"], (T["pers"], T["pub"], T["g_jb"])
    assert sum(PUB_BY_UNIT.values()) == T["pub"]
    E = {c: a for c, _, a in PERS + PUB}
    def codesum(c): return sum(m.get(c, 0) for m in GBASIC.values())
    assert E["30108"] == codesum("2080505") and E["30109"] == codesum("2080506")
    assert E["30110"] == codesum("2101101") + codesum("2101102") and E["30113"] == codesum("2210201")
    assert E["30302"] == codesum("2080501") + codesum("2080502")
    assert E["30231"] == SANGONG["运行"][1] and E["30217"] == SANGONG["接待"][1]
    assert sum(v["jb"] + v["xm"] for v in d.values()) == T["exp"]
    assert sum(v["jb"] for v in d.values()) == T["jb"] and sum(v["xm"] for v in d.values()) == T["xm"]
    gb = gbudget_by_code()
    assert sum(v[2] for v in gb.values()) == T["g_exp"] and sum(v[1] for v in gb.values()) == T["g_adj"]
    for c, (a, b, x) in gb.items(): assert x <= b, c
    assert sum(r["tot"] for r in U.values()) == T["inc"]
    assert sum(r["g"] for r in U.values()) == T["g_inc"]
    assert sum(r["gclose"] for r in U.values()) == T["g_close"]
    assert T["procure"] >= PROCURE_SME
    assert PLANTED["table"] == SANGONG["运行"][1] and PLANTED["prose"] != PLANTED["table"]
    return T
if __name__ == "__main__":
    T = check()
    for k, v in T.items(): print(k, fmt(v) if isinstance(v, int) and k not in () else v)
    for u, r in unit_rows().items(): print(u, {k: fmt(v) for k, v in r.items()})
