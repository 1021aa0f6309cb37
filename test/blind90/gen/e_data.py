#!/usr/bin/env python3
"""Invented 澜沂县住房和城乡建设局 2025年部门预算. Every amount is an integer number of 元;
tables print 万元 with four decimals (元/10000), prose prints 万元 with two decimals (half up)."""

ORG = "澜沂县住房和城乡建设局"
UNITS = [  # code, name, kind, 编制, 实有, 离退休
    ("129001", "澜沂县住房和城乡建设局（本级）", "行政单位", 18, 17, 6),
    ("129002", "澜沂县住房保障服务中心", "公益一类事业单位", 9, 9, 2),
    ("129003", "澜沂县建设工程质量安全服务站", "公益二类事业单位", 12, 11, 3),
]

ECON_NAMES = {
    "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费", "30113": "住房公积金", "30199": "其他工资福利支出",
    "30302": "退休费",
    "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费", "30211": "差旅费",
    "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费",
    "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
}
PERSON = ["30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113", "30199", "30302"]
PUBLIC = ["30201", "30205", "30206", "30207", "30211", "30213", "30215", "30216", "30217", "30228", "30229",
          "30231", "30239", "30299"]

# 基本支出 by 经济分类, per unit (元)
BASIC = {
    "129001": {"30101": 1126800, "30102": 1352400, "30103": 93900, "30108": 452352, "30109": 226176,
               "30110": 197904, "30112": 12860, "30113": 339264, "30199": 48000, "30302": 286500,
               "30201": 86000, "30205": 6800, "30206": 38500, "30207": 12600, "30211": 42000, "30213": 25000,
               "30215": 8000, "30216": 15000, "30217": 18000, "30228": 38600, "30229": 21700, "30231": 36000,
               "30239": 112800, "30299": 27450},
    "129002": {"30101": 412560, "30102": 118800, "30107": 396000, "30108": 186234, "30109": 93117,
               "30110": 81479, "30112": 5300, "30113": 139676, "30302": 98400,
               "30201": 32000, "30205": 3200, "30206": 14800, "30207": 4800, "30211": 12000, "30213": 18000,
               "30216": 6000, "30217": 2000, "30228": 11300, "30229": 6400, "30299": 8600},
    "129003": {"30101": 568320, "30102": 162000, "30107": 540000, "30108": 254453, "30109": 127226,
               "30110": 111324, "30112": 7200, "30113": 190839, "30302": 132600,
               "30201": 41000, "30205": 4500, "30206": 22600, "30207": 6900, "30211": 26000, "30213": 15000,
               "30216": 9000, "30217": 3000, "30228": 15500, "30229": 8800, "30231": 24000, "30299": 36700},
}
SHIYE = {"129003": 600000}  # 事业收入 (检测服务), spent on the station's 基本支出

FUNC_NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "212": "城乡社区支出", "21201": "城乡社区管理事务", "2120101": "行政运行",
    "2120105": "工程建设标准规范编制与监管", "2120199": "其他城乡社区管理事务支出",
    "221": "住房保障支出", "22101": "保障性安居工程支出", "2210106": "公共租赁住房", "2210108": "老旧小区改造",
    "22102": "住房改革支出", "2210201": "住房公积金",
}
MAIN_FUNC = {"129001": "2120101", "129002": "2120199", "129003": "2120105"}

PROJECTS = [
    {"name": "城镇老旧小区改造项目管理经费", "unit": "129001", "func": "2210108", "amount": 1864500,
     "econ": "30227 委托业务费", "period": "2025年1月—12月",
     "goal": "完成城东片区12个老旧小区改造的前期设计审查、第三方巡查和竣工验收组织，改善居民居住条件。",
     "ind": [("产出指标", "数量指标", "改造老旧小区个数", "≥12个"),
             ("产出指标", "数量指标", "惠及住户数", "≥2860户"),
             ("产出指标", "质量指标", "竣工验收合格率", "100%"),
             ("产出指标", "时效指标", "改造工程完工时间", "2025年11月底前"),
             ("效益指标", "社会效益指标", "小区公共设施完好率", "≥95%"),
             ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%")]},
    {"name": "公共租赁住房运营维护经费", "unit": "129002", "func": "2210106", "amount": 923800,
     "econ": "30213 维修（护）费", "period": "2025年1月—12月",
     "goal": "保障全县1460套公共租赁住房正常运营，及时完成报修维修，提高保障对象居住质量。",
     "ind": [("产出指标", "数量指标", "维护公共租赁住房套数", "1460套"),
             ("产出指标", "质量指标", "报修维修及时率", "≥95%"),
             ("成本指标", "经济成本指标", "项目总成本", "≤92.38万元"),
             ("效益指标", "社会效益指标", "保障对象入住率", "≥92%"),
             ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%")]},
]

PROCUREMENT = [  # unit, 品目, 类别, 元
    ("129001", "台式计算机、打印设备", "货物", 86000),
    ("129001", "老旧小区改造第三方巡查服务", "服务", 820000),
    ("129002", "公共租赁住房物业维修服务", "服务", 380000),
    ("129003", "工程质量检测仪器", "货物", 100000),
    ("129003", "检测仪器计量校准服务", "服务", 42000),
]
VEHICLES = {  # unit: (一般公务用车, 执法执勤用车, 特种专业技术用车, 其他用车)
    "129001": (1, 1, 0, 0), "129002": (0, 0, 0, 0), "129003": (0, 0, 2, 0)}

# 2024 figures (上年预算) used in prose comparisons (元)
PREV = {"total": 12587300, "fiscal": 11961800, "sangong": 92000, "jiedai": 28000, "yunxing": 64000,
        "jiguan": 0}  # jiguan set below from a fixed figure
PREV["jiguan"] = 471800
PLANTED = {"func": "2210108", "prose_amount": 1684500}  # prose says 168.45 for 老旧小区改造; table says 186.4500


def unit_basic(u):
    return sum(BASIC[u].values())


def unit_person(u):
    return sum(v for k, v in BASIC[u].items() if k in PERSON)


def unit_public(u):
    return sum(v for k, v in BASIC[u].items() if k in PUBLIC)


def func_basic_by_unit():
    """{unit: {项 code: basic 元}} all funds."""
    out = {}
    for u, _, kind, *_ in UNITS:
        b = BASIC[u]
        d = {}
        d["2080501" if kind == "行政单位" else "2080502"] = b.get("30302", 0)
        d["2080505"] = b.get("30108", 0)
        d["2080506"] = b.get("30109", 0)
        d["2101101" if kind == "行政单位" else "2101102"] = b.get("30110", 0)
        d["2210201"] = b.get("30113", 0)
        d[MAIN_FUNC[u]] = unit_basic(u) - sum(d.values())
        out[u] = d
    return out


def func_rows(gpb_only=False):
    """{项 code: (basic, project)}; gpb_only subtracts 事业收入 from the station's main 项."""
    rows = {}
    for u, d in func_basic_by_unit().items():
        for c, v in d.items():
            if gpb_only and c == MAIN_FUNC[u]:
                v -= SHIYE.get(u, 0)
            b, p = rows.get(c, (0, 0))
            rows[c] = (b + v, p)
    for pj in PROJECTS:
        b, p = rows.get(pj["func"], (0, 0))
        rows[pj["func"]] = (b, p + pj["amount"])
    return rows


def rollup(rows):
    """Add 类 (3 digits) and 款 (5 digits) sums; returns ordered list of (code, basic, project)."""
    agg = {}
    for c, (b, p) in rows.items():
        for k in (c[:3], c[:5], c):
            ab, ap = agg.get(k, (0, 0))
            agg[k] = (ab + b, ap + p)
    return [(k, *agg[k]) for k in sorted(agg)]


def totals():
    basic = sum(unit_basic(u) for u in BASIC)
    proj = sum(p["amount"] for p in PROJECTS)
    shiye = sum(SHIYE.values())
    gpb = basic + proj - shiye
    return {"basic": basic, "proj": proj, "total": basic + proj, "shiye": shiye, "gpb": gpb,
            "person": sum(unit_person(u) for u in BASIC), "public": sum(unit_public(u) for u in BASIC),
            "jiedai": sum(BASIC[u].get("30217", 0) for u in BASIC),
            "yunxing": sum(BASIC[u].get("30231", 0) for u in BASIC),
            "jiguan": unit_public("129001"),
            "proc_goods": sum(a for _, _, k, a in PROCUREMENT if k == "货物"),
            "proc_serv": sum(a for _, _, k, a in PROCUREMENT if k == "服务")}


def w4(y):  # 元 -> 万元 four decimals
    return f"{y // 10000}.{y % 10000:04d}" if y >= 0 else "-" + w4(-y)


def w2(y):  # 元 -> 万元 two decimals, half up
    h = (abs(y) + 50) // 100
    s = f"{h // 100}.{h % 100:02d}"
    return s if y >= 0 else "-" + s


def pct(a, b):  # a/b*100, two decimals half up
    n = a * 100000 // b if a >= 0 else -((-a) * 100000 // b)
    n = (abs(n) + 5) // 10
    s = f"{n // 100}.{n % 100:02d}"
    return s if a >= 0 else "-" + s


def check():
    t = totals()
    assert t["person"] + t["public"] == t["basic"]
    for u in BASIC:
        assert unit_person(u) + unit_public(u) == unit_basic(u)
        assert set(BASIC[u]) <= set(PERSON) | set(PUBLIC)
    allrows = rollup(func_rows())
    gpbrows = rollup(func_rows(True))
    tot_all = sum(b + p for c, b, p in allrows if len(c) == 3)
    tot_gpb = sum(b + p for c, b, p in gpbrows if len(c) == 3)
    assert tot_all == t["total"], (tot_all, t["total"])
    assert tot_gpb == t["gpb"]
    for rows in (allrows, gpbrows):
        d = {c: (b, p) for c, b, p in rows}
        for c in d:
            if len(c) in (3, 5):
                kids = [k for k in d if len(k) == len(c) + (2 if len(c) == 3 else 2) and k.startswith(c)]
                assert sum(d[k][0] for k in kids) == d[c][0] and sum(d[k][1] for k in kids) == d[c][1], c
    assert t["gpb"] + t["shiye"] == t["total"]
    assert t["proc_goods"] + t["proc_serv"] == sum(a for *_, a in PROCUREMENT)
    assert all(v > 0 for r in gpbrows for v in r[1:2] if False) or True
    return t


if __name__ == "__main__":
    t = check()
    for k, v in t.items():
        print(k, w4(v))
