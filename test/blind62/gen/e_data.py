"""All figures of the invented document E (元, integers) and the reconciliation asserts."""
ORG = "桐阜市澧川区教育局"
YEAR = 2025
UNITS = [  # code, name, kind, 教育 function code for basic spending, medical code
    ("301001", "桐阜市澧川区教育局（本级）", "行政单位", "2050101", "2101101"),
    ("301002", "桐阜市澧川区第一中学", "公益一类事业单位", "2050204", "2101102"),
    ("301003", "桐阜市澧川区实验小学", "公益一类事业单位", "2050202", "2101102"),
    ("301004", "桐阜市澧川区第二幼儿园", "公益二类事业单位", "2050201", "2101102"),
    ("301005", "桐阜市澧川区职业技术学校", "公益二类事业单位", "2050302", "2101102"),
]
ECON = {  # code: name
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30211": "差旅费",
    "30213": "维修（护）费", "30216": "培训费", "30217": "公务接待费", "30228": "工会经费", "30229": "福利费",
    "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "303": "对个人和家庭的补助", "30305": "生活补助", "30309": "奖励金",
}
E_CODES = ["30101", "30102", "30103", "30107", "30108", "30109", "30110", "30113", "30199",
           "30201", "30205", "30206", "30211", "30213", "30216", "30217", "30228", "30229", "30231", "30239",
           "30305", "30309"]
BASIC = {  # unit code -> amounts in E_CODES order
    "301001": [1286400, 1652800, 107200, 0, 642880, 321440, 381960, 482160, 0,
               86000, 12000, 38000, 45000, 30000, 20000, 18000, 44800, 39200, 96000, 256000, 21600, 0],
    "301002": [6842400, 3120000, 570200, 7536000, 2943800, 1471900, 1620450, 2207850, 186000,
               320000, 210000, 486000, 64000, 280000, 96000, 6000, 221500, 193800, 24000, 0, 48000, 120000],
    "301003": [4318800, 1962000, 359900, 4752000, 1860540, 930270, 1023300, 1395405, 94000,
               210000, 126000, 298000, 32000, 180000, 60000, 0, 139500, 122100, 0, 0, 36000, 80000],
    "301004": [1156800, 528000, 96400, 1272000, 497760, 248880, 273770, 373320, 312000,
               68000, 54000, 92000, 8000, 60000, 24000, 0, 37400, 32700, 0, 0, 0, 0],
    "301005": [2604000, 1188000, 217000, 2868000, 1122760, 561380, 617520, 842070, 126000,
               150000, 98000, 236000, 36000, 120000, 40000, 4000, 84200, 73700, 18000, 0, 24000, 60000],
}
SOURCES = ["一般公共预算", "政府性基金", "事业收入", "其他收入"]
PROJECTS = [  # unit, name, function code, source, amount, 政府采购 (品目, 类别) or None
    ("301001", "教育信息化平台运维", "2050199", "一般公共预算", 1260000, ("信息系统运行维护服务", "服务")),
    ("301001", "中小学教师培训专项", "2050199", "一般公共预算", 850000, None),
    ("301001", "执法执勤用车更新", "2050199", "一般公共预算", 160000, ("乘用车", "货物")),
    ("301001", "家庭经济困难学生资助（彩票公益金）", "2296006", "政府性基金", 600000, None),
    ("301002", "高中教学设备购置", "2050204", "一般公共预算", 1480000, ("教学仪器设备", "货物")),
    ("301002", "普通高中学生资助", "2050204", "一般公共预算", 730000, None),
    ("301002", "住宿费收入安排的宿舍运行", "2050204", "事业收入", 1120000, None),
    ("301003", "校舍维修改造", "2050202", "一般公共预算", 960000, ("房屋修缮", "工程")),
    ("301003", "课后服务", "2050202", "事业收入", 540000, None),
    ("301004", "学前教育保教补助", "2050201", "一般公共预算", 420000, None),
    ("301004", "保育教育费收入安排的运转", "2050201", "事业收入", 680000, None),
    ("301005", "实训基地建设", "2050302", "一般公共预算", 1850000, ("教学专用仪器", "货物")),
    ("301005", "中等职业学校学生资助", "2050302", "一般公共预算", 460000, None),
    ("301005", "社会培训服务", "2050302", "事业收入", 760000, None),
    ("301005", "校企合作实训", "2050302", "其他收入", 240000, None),
]
FUNC_NAMES = {
    "205": "教育支出", "20501": "教育管理事务", "2050101": "行政运行", "2050199": "其他教育管理事务支出",
    "20502": "普通教育", "2050201": "学前教育", "2050202": "小学教育", "2050204": "高中教育",
    "20503": "职业教育", "2050302": "中等职业教育",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
    "229": "其他支出", "22960": "彩票公益金安排的支出", "2296006": "用于教育事业的彩票公益金支出",
}
CLASSES = ["205", "208", "210", "221", "229"]

def econ_of(uc):
    return dict(zip(E_CODES, BASIC[uc]))

def basic_func(uc):
    """function code -> basic amount for one unit (all 一般公共预算)."""
    e = econ_of(uc)
    u = [x for x in UNITS if x[0] == uc][0]
    out = {"2080505": e["30108"], "2080506": e["30109"], u[4]: e["30110"], "2210201": e["30113"]}
    out[u[3]] = sum(v for k, v in e.items() if k not in ("30108", "30109", "30110", "30113"))
    return out

def unit_basic(uc): return sum(BASIC[uc])
def unit_person(uc):
    e = econ_of(uc); return sum(v for k, v in e.items() if k.startswith("301") or k.startswith("303"))
def unit_public(uc):
    e = econ_of(uc); return sum(v for k, v in e.items() if k.startswith("302"))
def unit_proj(uc, src=None): return sum(p[4] for p in PROJECTS if p[0] == uc and (src is None or p[3] == src))
def unit_income(uc, src):
    return (unit_basic(uc) if src == "一般公共预算" else 0) + unit_proj(uc, src)
def unit_total(uc): return unit_basic(uc) + unit_proj(uc)

# function-code level totals: (basic, project) by source filter
def func_amounts(src=None):
    d = {}
    for u in UNITS:
        if src in (None, "一般公共预算"):
            for c, v in basic_func(u[0]).items():
                d.setdefault(c, [0, 0])[0] += v
    for p in PROJECTS:
        if src is None or p[3] == src:
            d.setdefault(p[2], [0, 0])[1] += p[4]
    return d

ALL = func_amounts()
GP = func_amounts("一般公共预算")
def cls(code_prefix, d=ALL):
    return sum(sum(v) for c, v in d.items() if c.startswith(code_prefix))

INCOME = {s: sum(unit_income(u[0], s) for u in UNITS) for s in SOURCES}
TOTAL = sum(INCOME.values())
BASIC_T = sum(unit_basic(u[0]) for u in UNITS)
PROJ_T = sum(unit_proj(u[0]) for u in UNITS)
PERSON_T = sum(unit_person(u[0]) for u in UNITS)
PUBLIC_T = sum(unit_public(u[0]) for u in UNITS)
ECON_T = {c: sum(econ_of(u[0])[c] for u in UNITS) for c in E_CODES}
GP_PROJ = unit_proj_gp = sum(p[4] for p in PROJECTS if p[3] == "一般公共预算")

# 三公 (2025 and 2024)
SG = {"出国": 0, "接待": ECON_T["30217"], "购置": 160000, "运行": ECON_T["30231"]}
SG_T = sum(SG.values())
SG24 = {"出国": 0, "接待": 36000, "购置": 120000, "运行": 142000}
SG24_T = sum(SG24.values())
VEHICLES = 4
# 2024 comparison figures (printed in prose)
PREV = {"total": 74960230, "205": 0, "208": 0, "210": 0, "221": 0, "229": 800000, "gp": 0, "basic": 0, "proj": 0}
DELTA_CLS = {"205": 2263600, "208": -183860, "210": 96500, "221": 118905, "229": -200000}
for k, v in DELTA_CLS.items():
    PREV[k] = cls(k) - v
PREV["total"] = sum(PREV[k] for k in CLASSES)
ORUN = unit_public("301001")  # 机关运行经费 = 局机关 公用经费
PROC = [(p[0], p[1], p[5][0], p[5][1], p[4]) for p in PROJECTS if p[5]]
PROC_T = sum(x[4] for x in PROC)
STAFF = {"301001": (30, 28), "301002": (196, 191), "301003": (138, 136), "301004": (36, 33), "301005": (82, 79)}
PLANT_WRONG_221 = 5030805  # prose figure (planted); table figure is cls("221")

def check():
    assert TOTAL == sum(unit_total(u[0]) for u in UNITS) == BASIC_T + PROJ_T
    assert TOTAL == sum(cls(k) for k in CLASSES)
    assert BASIC_T == PERSON_T + PUBLIC_T == sum(ECON_T.values())
    assert INCOME["一般公共预算"] == BASIC_T + GP_PROJ == cls("2", GP)
    assert INCOME["政府性基金"] == cls("229") == 600000
    assert cls("208") == ECON_T["30108"] + ECON_T["30109"]
    assert cls("210") == ECON_T["30110"] and cls("221") == ECON_T["30113"]
    assert SG["接待"] + SG["运行"] == ECON_T["30217"] + ECON_T["30231"]
    assert PLANT_WRONG_221 != cls("221")
    for u in UNITS:
        assert unit_total(u[0]) == sum(unit_income(u[0], s) for s in SOURCES)
    return True

if __name__ == "__main__":
    check()
    print("TOTAL", TOTAL, "income", INCOME, "basic", BASIC_T, "proj", PROJ_T, "person", PERSON_T, "public", PUBLIC_T)
    for k in CLASSES: print(k, cls(k), "gp", cls(k, GP), "prev", PREV[k], "delta", cls(k) - PREV[k])
    print("prev total", PREV["total"], "delta", TOTAL - PREV["total"])
    print("SG", SG, SG_T, "SG24", SG24_T, "ORUN", ORUN, "PROC", PROC_T)
    for u in UNITS: print(u[0], unit_total(u[0]), [unit_income(u[0], s) for s in SOURCES], unit_basic(u[0]), unit_person(u[0]), unit_public(u[0]), unit_proj(u[0]))
    for c in sorted(ALL): print(c, ALL[c], GP.get(c))
