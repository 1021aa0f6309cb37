"""Data of the invented document E: 雁沣县农业农村局2025年部门预算 (fictional county 雁沣县).

Every amount is an integer in 元; the document prints 万元 with four decimals (1元 = 0.0001万元).
check() asserts that the tables reconcile.  The one planted prose error lives in build_e.py
(PLANTED) and is not part of this data.
"""

DEPT = "雁沣县农业农村局"
YEAR, PREV = 2025, 2024

UNITS = [  # key, name, nature
    ("bj", "雁沣县农业农村局（本级）", "行政单位"),
    ("tg", "雁沣县农业技术推广中心", "公益一类事业单位"),
    ("yk", "雁沣县动物疫病预防控制中心", "公益一类事业单位"),
    ("jg", "雁沣县农村合作经济经营管理站", "公益一类事业单位"),
]
UNAME = {k: n for k, n, _ in UNITS}
SHORT = {"bj": "局本级", "tg": "农技推广中心", "yk": "动物疫控中心", "jg": "农经站"}

# staff: 编制 (行政, 事业), 在职实有, 退休
STAFF = {
    "bj": dict(xz=28, sy=0, zz=26, tx=18),
    "tg": dict(xz=0, sy=35, zz=33, tx=14),
    "yk": dict(xz=0, sy=22, zz=21, tx=9),
    "jg": dict(xz=0, sy=9, zz=8, tx=3),
}
NEISHE = ["办公室", "计划财务股", "农业产业发展股", "农村社会事业促进股", "农田建设管理股",
          "种植业管理股", "畜牧兽医股", "农村合作经济指导股", "法规与执法监督股"]
CARS = {"bj": 2, "tg": 1, "yk": 3, "jg": 0}  # 公务用车保有量

ECON_NAMES = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费", "30113": "住房公积金", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30211": "差旅费",
    "30215": "会议费", "30216": "培训费", "30217": "公务接待费", "30228": "工会经费", "30229": "福利费",
    "30231": "公务用车运行维护费", "30239": "其他交通费用", "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30302": "退休费", "30305": "生活补助",
}

ECON = {  # 基本支出 by 经济分类 (all 一般公共预算拨款)
    "bj": {"30101": 1862437, "30102": 2418652, "30103": 155203, "30108": 768312, "30109": 384156,
           "30110": 412587, "30112": 38426, "30113": 576234, "30199": 86045, "30302": 312568, "30305": 48600,
           "30201": 156040, "30205": 12000, "30206": 46218, "30211": 98000, "30215": 24000, "30216": 36000,
           "30217": 42000, "30228": 52016, "30229": 39012, "30231": 64000, "30239": 187200, "30299": 58512},
    "tg": {"30101": 1985724, "30102": 386415, "30107": 2236810, "30108": 829656, "30109": 414828,
           "30110": 446713, "30112": 41268, "30113": 622242, "30305": 36000,
           "30201": 84000, "30205": 6000, "30206": 28134, "30211": 76000, "30216": 18000, "30217": 12000,
           "30228": 39616, "30229": 29712, "30231": 28000, "30299": 45208},
    "yk": {"30101": 1263618, "30102": 245703, "30107": 1421436, "30108": 527148, "30109": 263574,
           "30110": 284126, "30112": 26247, "30113": 395361, "30305": 24000,
           "30201": 52000, "30205": 5000, "30206": 21067, "30211": 48000, "30216": 12000, "30217": 8000,
           "30228": 25208, "30229": 18906, "30231": 42000, "30299": 31642},
    "jg": {"30101": 482416, "30102": 93621, "30107": 544838, "30108": 200928, "30109": 100464,
           "30110": 108226, "30112": 9984, "30113": 150696,
           "30201": 18000, "30205": 2000, "30206": 7035, "30211": 16000, "30216": 6000, "30217": 3000,
           "30228": 9604, "30229": 7203, "30299": 12418},
}

FUNC_NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "2120816": "农业农村生态环境支出",
    "213": "农林水支出", "21301": "农业农村", "2130101": "行政运行", "2130104": "事业运行",
    "2130106": "科技转化与推广服务", "2130108": "病虫害控制", "2130109": "农产品质量安全",
    "2130110": "执法监管", "2130119": "防灾救灾", "2130122": "农业生产发展", "2130153": "农田建设",
    "2130199": "其他农业农村支出", "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出", "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}

# 项目支出: unit, name, 功能科目, source (gen=一般公共预算, fund=政府性基金, carry=上年结转, biz=事业收入), amount
PROJECTS = [
    ("bj", "高标准农田建设县级配套资金", "2130153", "gen", 18642300),
    ("bj", "村级组织运转经费补助", "2130705", "gen", 6528000),
    ("bj", "巩固脱贫成果产业帮扶项目", "2130599", "gen", 4215650),
    ("bj", "耕地保护与农业生产发展资金", "2130122", "gen", 2376480),
    ("bj", "农业防灾减灾专项", "2130119", "gen", 800000),
    ("bj", "农业综合行政执法与农资监管", "2130110", "gen", 384500),
    ("bj", "农村人居环境整治提升项目", "2120816", "fund", 5600000),
    ("bj", "设施农业提升项目（上年结转）", "2130122", "carry", 1250000),
    ("tg", "农业技术推广与高素质农民培训", "2130106", "gen", 1684520),
    ("tg", "基层农技推广体系改革与建设", "2130106", "gen", 936000),
    ("tg", "农业技术服务（事业收入安排）", "2130106", "biz", 320000),
    ("yk", "重大动物疫病强制免疫", "2130108", "gen", 2148760),
    ("yk", "动物疫病监测与流行病学调查", "2130108", "gen", 562300),
    ("yk", "农产品质量安全监测", "2130109", "gen", 487650),
    ("jg", "农村集体“三资”监管与承包地确权成果应用", "2130199", "gen", 368400),
]

# 政府采购预算: unit, project, category, amount
PROCUREMENT = [
    ("bj", "高标准农田建设工程", "工程", 15280000),
    ("bj", "农村人居环境整治设备", "货物", 1860000),
    ("tg", "高素质农民培训服务", "服务", 426000),
    ("yk", "动物疫苗及免疫物资", "货物", 1635400),
    ("yk", "农产品检测试剂", "货物", 218600),
]

# 2024年预算数 (一般公共预算 by 项), 2024 other sources, 2024 三公, 2024 机关运行经费
PREV_GEN = {
    "2080501": 298400, "2080505": 2245000, "2080506": 1122500, "2101101": 398000, "2101102": 812000,
    "2210201": 1702000, "2130101": 5480000, "2130104": 9350000, "2130106": 2420000, "2130108": 2910000,
    "2130109": 452000, "2130110": 360000, "2130119": 1200000, "2130122": 2186000, "2130153": 12430000,
    "2130199": 352000, "2130599": 5120000, "2130705": 6528000,
}
PREV_FUND, PREV_BIZ, PREV_CARRY = 4200000, 300000, 0
PREV_BASIC, PREV_PROJ = 21285000, 0  # PREV_PROJ filled in below (total - basic)
PREV_SANGONG = {"abroad": 0, "buy": 280000, "run": 144000, "recv": 81000}
PREV_JGYX = 812000  # 2024 机关运行经费


def basic_func(unit):
    """Map one unit's 基本支出 onto 功能科目 codes."""
    e = ECON[unit]
    out = {}
    def add(code, v):
        if v:
            out[code] = out.get(code, 0) + v
    add("2080505", e.get("30108", 0))
    add("2080506", e.get("30109", 0))
    add("2101101" if unit == "bj" else "2101102", e.get("30110", 0))
    add("2210201", e.get("30113", 0))
    add("2080501", e.get("30302", 0))
    rest = sum(v for k, v in e.items() if k not in ("30108", "30109", "30110", "30113", "30302"))
    add("2130101" if unit == "bj" else "2130104", rest)
    return out


def person(unit):
    return sum(v for k, v in ECON[unit].items() if k.startswith("301") or k.startswith("303"))


def public(unit):
    return sum(v for k, v in ECON[unit].items() if k.startswith("302"))


def basic(unit):
    return person(unit) + public(unit)


def func_table(sources=("gen", "fund", "carry", "biz")):
    """{code: [basic, project]} over all units for the given sources (基本支出 is all 'gen')."""
    t = {}
    if "gen" in sources:
        for u, *_ in UNITS:
            for c, v in basic_func(u).items():
                t.setdefault(c, [0, 0])[0] += v
    for u, name, c, s, v in PROJECTS:
        if s in sources:
            t.setdefault(c, [0, 0])[1] += v
    return t


def by_source(unit=None):
    out = {"gen": 0, "fund": 0, "carry": 0, "biz": 0}
    for u, *_ in UNITS:
        if unit and u != unit:
            continue
        out["gen"] += basic(u)
    for u, name, c, s, v in PROJECTS:
        if unit and u != unit:
            continue
        out[s] += v
    return out


def proj_total(unit=None, sources=("gen", "fund", "carry", "biz")):
    return sum(v for u, n, c, s, v in PROJECTS if (unit is None or u == unit) and s in sources)


def sangong(unit=None):
    us = [u for u, *_ in UNITS if unit is None or u == unit]
    run = sum(ECON[u].get("30231", 0) for u in us)
    recv = sum(ECON[u].get("30217", 0) for u in us)
    return {"abroad": 0, "buy": 0, "run": run, "recv": recv}


def totals():
    s = by_source()
    T = {}
    T["gen"], T["fund"], T["carry"], T["biz"] = s["gen"], s["fund"], s["carry"], s["biz"]
    T["income_year"] = s["gen"] + s["fund"] + s["biz"]
    T["total"] = T["income_year"] + s["carry"]
    T["basic"] = sum(basic(u) for u, *_ in UNITS)
    T["person"] = sum(person(u) for u, *_ in UNITS)
    T["public"] = sum(public(u) for u, *_ in UNITS)
    T["proj"] = proj_total()
    T["proj_gen"] = proj_total(sources=("gen",))
    T["fiscal"] = s["gen"] + s["fund"] + s["carry"]  # 财政拨款 (含上年结转)
    T["prev_gen"] = sum(PREV_GEN.values())
    T["prev_total"] = T["prev_gen"] + PREV_FUND + PREV_BIZ + PREV_CARRY
    T["prev_proj"] = T["prev_total"] - PREV_BASIC
    T["jgyx"] = public("bj")  # 机关运行经费 = 行政单位公用经费
    T["proc"] = sum(v for *_, v in PROCUREMENT)
    T["sangong"] = sangong()
    T["prev_sangong"] = dict(PREV_SANGONG)
    return T


def check():
    T = totals()
    ft = func_table()
    # 收支平衡
    assert T["total"] == sum(b + p for b, p in ft.values())
    assert T["basic"] + T["proj"] == T["total"]
    assert T["person"] + T["public"] == T["basic"]
    # 一般公共预算 = 表五 合计
    fg = func_table(("gen",))
    assert sum(b + p for b, p in fg.values()) == T["gen"]
    # per unit
    assert sum(sum(by_source(u).values()) for u, *_ in UNITS) == T["total"]
    # economic/functional ties
    allE = {}
    for u, *_ in UNITS:
        for k, v in ECON[u].items():
            allE[k] = allE.get(k, 0) + v
    assert allE["30108"] == ft["2080505"][0]
    assert allE["30109"] == ft["2080506"][0]
    assert allE["30110"] == ft["2101101"][0] + ft["2101102"][0]
    assert allE["30113"] == ft["2210201"][0]
    assert allE["30302"] == ft["2080501"][0]
    # 三公 = 30217 + 30231 (no purchase, no abroad)
    sg = T["sangong"]
    assert sg["recv"] == allE["30217"] and sg["run"] == allE["30231"]
    # vehicles: units with 运行费 have cars
    for u, *_ in UNITS:
        assert (ECON[u].get("30231", 0) > 0) == (CARS[u] > 0)
    # 政府性基金 table
    assert T["fund"] == sum(v for u, n, c, s, v in PROJECTS if s == "fund")
    # procurement within projects
    assert T["proc"] < T["proj"]
    # 2024 totals
    assert T["prev_total"] > 0 and T["prev_proj"] > 0
    # staff
    assert sum(STAFF[u]["zz"] for u in STAFF) == 88
    return T


if __name__ == "__main__":
    T = check()
    w = lambda v: f"{v/10000:.4f}"
    for k, v in T.items():
        if isinstance(v, int):
            print(k, w(v))
        else:
            print(k, {a: w(b) for a, b in v.items()})
    for c, (b, p) in sorted(func_table().items()):
        print(c, FUNC_NAMES[c], w(b), w(p))
