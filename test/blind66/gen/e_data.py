"""Data of the invented document E (沣岭县卫生健康局2025年部门预算). Every amount is integer fen.
check() asserts that every total reconciles. Tables are printed in 万元 with two decimals (fen -> 万元 rounding)."""
from decimal import Decimal


def Y(s):
    """'1,234.56' (yuan) -> fen"""
    return int(Decimal(s.replace(",", "")) * 100)


def W(fen):
    """fen -> '万元' string with two decimals (half-up)"""
    d = (Decimal(fen) / Decimal(1000000)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    return f"{d:,.2f}"


COUNTY = "沣岭县"
DEPT = "沣岭县卫生健康局"
UNITS = [  # key, name, kind, 编制, 实有, 退休
    ("jg", "沣岭县卫生健康局（机关）", "行政单位", 18, 16, 9),
    ("jk", "沣岭县疾病预防控制中心", "公益一类事业单位", 32, 29, 14),
    ("fy", "沣岭县妇幼保健计划生育服务中心", "公益一类事业单位", 26, 24, 11),
]
UNAME = {k: n for k, n, *_ in UNITS}

ECON_NAMES = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费", "30211": "差旅费",
    "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费", "30228": "工会经费",
    "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用", "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30302": "退休费", "30305": "生活补助",
}

# basic spending, all from 一般公共预算拨款, by unit and economic code (yuan strings)
BASIC = {
    "jg": {"30101": "742,560.00", "30102": "896,400.00", "30103": "61,880.00", "30108": "278,323.20",
           "30109": "111,329.28", "30110": "139,161.60", "30113": "208,742.40", "30199": "24,000.00",
           "30201": "48,000.00", "30205": "6,000.00", "30206": "18,000.00", "30207": "12,000.00", "30211": "36,000.00",
           "30213": "15,000.00", "30215": "8,000.00", "30216": "12,000.00", "30217": "30,000.00", "30228": "27,200.00",
           "30229": "20,400.00", "30231": "60,000.00", "30239": "128,640.00", "30299": "20,000.00",
           "30302": "36,000.00", "30305": "24,000.00"},
    "jk": {"30101": "1,148,400.00", "30102": "412,800.00", "30107": "1,392,000.00", "30108": "476,496.00",
           "30109": "190,598.40", "30110": "238,248.00", "30113": "357,372.00", "30199": "18,000.00",
           "30201": "36,000.00", "30205": "9,000.00", "30206": "42,000.00", "30207": "10,800.00", "30211": "28,000.00",
           "30213": "22,000.00", "30216": "10,000.00", "30217": "12,000.00", "30228": "34,800.00", "30229": "26,100.00",
           "30231": "45,000.00", "30299": "16,000.00", "30302": "21,000.00", "30305": "12,000.00"},
    "fy": {"30101": "936,000.00", "30102": "336,000.00", "30107": "1,123,200.00", "30108": "383,616.00",
           "30109": "153,446.40", "30110": "191,808.00", "30113": "287,712.00", "30199": "12,000.00",
           "30201": "24,000.00", "30205": "7,200.00", "30206": "30,000.00", "30207": "8,400.00", "30211": "16,000.00",
           "30213": "12,000.00", "30216": "6,000.00", "30217": "6,000.00", "30228": "28,800.00", "30229": "21,600.00",
           "30231": "18,000.00", "30299": "10,000.00", "30302": "18,000.00", "30305": "9,000.00"},
}
BASIC = {u: {c: round(Y(v) / 10000) * 10000 for c, v in d.items()} for u, d in BASIC.items()}  # whole hundreds of 元, exact in 万元

FUNC_NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21001": "卫生健康管理事务", "2100101": "行政运行", "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生", "2100401": "疾病预防控制机构", "2100403": "妇幼保健机构", "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}
MAIN_FUNC = {"jg": "2100101", "jk": "2100401", "fy": "2100403"}


def func_of(unit, econ):
    if econ == "30108": return "2080505"
    if econ == "30109": return "2080506"
    if econ == "30110": return "2101101" if unit == "jg" else "2101102"
    if econ == "30113": return "2210201"
    if econ.startswith("303"): return "2080501" if unit == "jg" else "2080502"
    return MAIN_FUNC[unit]


# projects: key, name, unit, function code, 一般公共预算 fen, 事业收入 fen, goal, indicators
PROJECTS = [
    ("P1", "基本公共卫生服务项目", "jg", "2100408", Y("3,862,400.00"), 0,
     "按人均服务经费标准，为全县常住人口免费提供国家基本公共卫生服务项目，规范管理高血压、糖尿病等慢性病患者，提高居民健康素养。",
     [("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥9800人"),
      ("产出指标", "数量指标", "高血压患者规范管理人数", "≥7200人"),
      ("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%"),
      ("产出指标", "时效指标", "资金拨付及时率", "100%"),
      ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "≥94元"),
      ("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小"),
      ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%")]),
    ("P2", "免疫规划及重大传染病防控项目", "jk", "2100409", Y("684,000.00"), 0,
     "做好适龄儿童国家免疫规划疫苗接种、冷链运转和重点传染病监测处置，有效控制传染病流行。",
     [("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种剂次", "≥26000剂次"),
      ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%"),
      ("产出指标", "时效指标", "传染病疫情报告及时率", "100%"),
      ("效益指标", "社会效益指标", "甲乙类传染病报告发病率", "控制在全省平均水平以下"),
      ("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥92%")]),
    ("P3", "卫生健康综合监督执法项目", "jg", "2100199", Y("215,000.00"), 0,
     "开展医疗机构、公共场所、学校卫生和生活饮用水卫生监督检查，依法查处违法行为。",
     [("产出指标", "数量指标", "监督检查单位户次", "≥1200户次"),
      ("产出指标", "质量指标", "案件查处合规率", "100%"),
      ("效益指标", "社会效益指标", "群众就医环境", "持续改善"),
      ("满意度指标", "服务对象满意度指标", "被监督单位满意度", "≥85%")]),
    ("P4", "妇女儿童健康筛查项目", "fy", "2100403", Y("328,000.00"), Y("642,000.00"),
     "开展农村妇女“两癌”筛查、孕产妇产前筛查和新生儿疾病筛查，提高出生人口素质和妇女健康水平。",
     [("产出指标", "数量指标", "农村妇女“两癌”筛查人数", "≥6000人"),
      ("产出指标", "数量指标", "新生儿疾病筛查人数", "≥2100人"),
      ("产出指标", "质量指标", "新生儿疾病筛查率", "≥98%"),
      ("效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万"),
      ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%")]),
]

SHIYE = {"jg": 0, "jk": 0, "fy": Y("642,000.00")}  # 事业收入 by unit (funds P4 only)

# 三公 2025 by unit (fen): 出国, 购置, 运行维护, 接待 ; must equal 30231 / 30217 of BASIC
SANGONG = {u: {"cg": 0, "gz": 0, "yx": BASIC[u]["30231"], "jd": BASIC[u]["30217"]} for u in BASIC}
SANGONG_2024 = {"cg": 0, "gz": Y("180,000.00"), "yx": Y("123,000.00"), "jd": Y("58,000.00")}
JGYX_2024 = Y("465,000.00")
CARS = {"jg": 2, "jk": 3, "fy": 1}           # 公务用车保有量 (辆)
RECEPTION = {"jg": (60, 420), "jk": (24, 150), "fy": (12, 80)}  # 国内公务接待 批次, 人次 (2025 计划)

# 2024 department budget (for prose comparisons only)
TOTAL_2024 = Y("17,023,600.00")
GENERAL_2024 = Y("16,411,600.00")
SHIYE_2024 = Y("612,000.00")
BASIC_2024 = Y("11,026,800.00")
PROC = {"货物": Y("436,000.00"), "服务": Y("750,000.00")}  # 政府采购预算

# ------------------------------------------------------------------ derived


def basic_by(unit, prefix):
    return sum(v for c, v in BASIC[unit].items() if c.startswith(prefix))


def personnel(unit):  # 人员经费 = 301 + 303
    return basic_by(unit, "301") + basic_by(unit, "303")


def public(unit):  # 公用经费 = 302
    return basic_by(unit, "302")


def basic_total(unit):
    return basic_by(unit, "3")


def proj_total(unit, src=None):
    out = 0
    for k, n, u, f, g, s, *_ in PROJECTS:
        if u == unit:
            out += {None: g + s, "g": g, "s": s}[src]
    return out


GENERAL = {u: basic_total(u) + proj_total(u, "g") for u in BASIC}
UNIT_TOTAL = {u: GENERAL[u] + SHIYE[u] for u in BASIC}
TOTAL = sum(UNIT_TOTAL.values())
GENERAL_ALL = sum(GENERAL.values())
SHIYE_ALL = sum(SHIYE.values())
BASIC_ALL = sum(basic_total(u) for u in BASIC)
PROJ_ALL = sum(proj_total(u) for u in BASIC)
PROJ_G_ALL = sum(proj_total(u, "g") for u in BASIC)
PERS_ALL = sum(personnel(u) for u in BASIC)
PUB_ALL = sum(public(u) for u in BASIC)


def func_table(general_only):
    """{code7: [basic_personnel, basic_public, project]} for 项 rows"""
    rows = {}
    for u in BASIC:
        for c, v in BASIC[u].items():
            f = func_of(u, c)
            r = rows.setdefault(f, [0, 0, 0])
            r[1 if c.startswith("302") else 0] += v
    for k, n, u, f, g, s, *_ in PROJECTS:
        r = rows.setdefault(f, [0, 0, 0])
        r[2] += g if general_only else g + s
    return dict(sorted(rows.items()))


def rollup(rows):
    """add 类 (3-digit) and 款 (5-digit) subtotal rows; return ordered list of (code, [p, c, proj])"""
    out = {}
    for code, v in rows.items():
        for key in (code[:3], code[:5], code):
            r = out.setdefault(key, [0, 0, 0])
            for i in range(3):
                r[i] += v[i]
    return sorted(out.items())


FUNC_ALL = func_table(False)
FUNC_GEN = func_table(True)

SANGONG_ALL = {k: sum(SANGONG[u][k] for u in SANGONG) for k in ("cg", "gz", "yx", "jd")}
SANGONG_TOTAL = sum(SANGONG_ALL.values())
SANGONG_2024_TOTAL = sum(SANGONG_2024.values())
JGYX = public("jg")  # 机关运行经费 = 局机关 公用经费
PROC_TOTAL = sum(PROC.values())


def check():
    assert TOTAL == GENERAL_ALL + SHIYE_ALL == BASIC_ALL + PROJ_ALL
    assert sum(sum(v) for v in FUNC_ALL.values()) == TOTAL
    assert sum(sum(v) for v in FUNC_GEN.values()) == GENERAL_ALL
    assert GENERAL_ALL == BASIC_ALL + PROJ_G_ALL
    assert BASIC_ALL == PERS_ALL + PUB_ALL
    for u in BASIC:
        assert UNIT_TOTAL[u] == basic_total(u) + proj_total(u)
        assert SANGONG[u]["yx"] == BASIC[u]["30231"] and SANGONG[u]["jd"] == BASIC[u]["30217"]
    # 项 rows roll up
    r = dict(rollup(FUNC_ALL))
    for k in r:
        if len(k) == 3:
            assert r[k] == [sum(x) for x in zip(*[v for c, v in FUNC_ALL.items() if c.startswith(k)])]
    # econ-table to function-table links
    assert sum(FUNC_GEN["2210201"]) == sum(BASIC[u]["30113"] for u in BASIC)
    assert sum(FUNC_GEN["2080505"]) == sum(BASIC[u]["30108"] for u in BASIC)
    assert sum(FUNC_GEN["2101101"]) + sum(FUNC_GEN["2101102"]) == sum(BASIC[u]["30110"] for u in BASIC)
    assert SANGONG_TOTAL == sum(BASIC[u]["30217"] + BASIC[u]["30231"] for u in BASIC)
    # 万元 display: components of printed 万元 totals add up after rounding? (all amounts are whole 元 or .xx; check)
    assert PROC_TOTAL <= PROJ_ALL + PUB_ALL
    assert TOTAL_2024 == GENERAL_2024 + SHIYE_2024
    for u in BASIC:
        for v in BASIC[u].values(): assert v % 10000 == 0
    return True


if __name__ == "__main__":
    check()
    print("TOTAL", W(TOTAL), "GENERAL", W(GENERAL_ALL), "SHIYE", W(SHIYE_ALL))
    print("BASIC", W(BASIC_ALL), "PERS", W(PERS_ALL), "PUB", W(PUB_ALL), "PROJ", W(PROJ_ALL), "PROJ_G", W(PROJ_G_ALL))
    for u in BASIC:
        print(u, "unit", W(UNIT_TOTAL[u]), "gen", W(GENERAL[u]), "basic", W(basic_total(u)), "pers", W(personnel(u)),
              "pub", W(public(u)), "proj", W(proj_total(u)))
    for c, v in rollup(FUNC_ALL):
        print("ALL", c, FUNC_NAMES[c], W(sum(v)), W(v[0] + v[1]), W(v[2]))
    for c, v in rollup(FUNC_GEN):
        print("GEN", c, FUNC_NAMES[c], W(sum(v)), W(v[0]), W(v[1]), W(v[2]))
    print("SANGONG", {k: W(v) for k, v in SANGONG_ALL.items()}, W(SANGONG_TOTAL), "2024", W(SANGONG_2024_TOTAL))
    print("JGYX", W(JGYX), "PROC", W(PROC_TOTAL), "2024", W(TOTAL_2024), W(GENERAL_2024))
    print("change total", W(TOTAL - TOTAL_2024), "change gen", W(GENERAL_ALL - GENERAL_2024))
