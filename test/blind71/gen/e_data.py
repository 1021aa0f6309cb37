"""泠川市文化广电旅游局 2025年部门预算 (invented). Every amount is integer fen; w('1,234.56') converts 万元 text to fen."""
def w(s):  # 万元 string -> fen
    return round(float(s.replace(",", "")) * 1_000_000)
def y(n):  # 元 integer -> fen
    return n * 100
CITY, ORG = "泠川市", "泠川市文化广电旅游局"
UNITS = ["泠川市文化广电旅游局（本级）", "泠川市图书馆", "泠川市文化馆", "泠川市博物馆"]
# 本年收入 by unit: 一般公共预算拨款, 事业收入, 其他收入 (no 政府性基金, no 上年结转)
INCOME = {UNITS[0]: (w("1862.40"), 0, 0), UNITS[1]: (w("968.35"), w("12.00"), w("3.50")),
          UNITS[2]: (w("742.18"), w("25.60"), 0), UNITS[3]: (w("1105.27"), w("48.30"), w("6.20"))}
# projects (all 一般公共预算): name, unit, code, amount
PROJECTS = [("公共文化服务体系建设补助", UNITS[0], "2070199", w("620.00")),
            ("图书馆数字资源采购及运维", UNITS[1], "2070104", w("186.50")),
            ("群众文化活动及非遗保护", UNITS[2], "2070109", w("248.00")),
            ("博物馆馆藏文物保护修复", UNITS[3], "2070205", w("395.60"))]
# 一般公共预算 basic spending by unit and code (the unit's own 项 absorbs the rest: see compute())
BASIC_SOCIAL = {  # 2080505, 2080506, 2101101/2101102, 2210201
    UNITS[0]: {"2080505": w("112.40"), "2080506": w("28.10"), "2101101": w("31.34"), "2210201": w("60.00")},
    UNITS[1]: {"2080505": w("72.30"), "2080506": w("18.08"), "2101102": w("20.16"), "2210201": w("38.40")},
    UNITS[2]: {"2080505": w("48.20"), "2080506": w("12.05"), "2101102": w("13.44"), "2210201": w("25.60")},
    UNITS[3]: {"2080505": w("66.80"), "2080506": w("16.70"), "2101102": w("18.62"), "2210201": w("35.60")}}
OWN_CODE = {UNITS[0]: "2070101", UNITS[1]: "2070104", UNITS[2]: "2070109", UNITS[3]: "2070205"}
NAMES = {"207": "文化旅游体育与传媒支出", "20701": "文化和旅游", "2070101": "行政运行", "2070104": "图书馆",
         "2070109": "群众文化", "2070199": "其他文化和旅游支出", "20702": "文物", "2070205": "博物馆",
         "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
         "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
         "2101101": "行政单位医疗", "2101102": "事业单位医疗", "221": "住房保障支出", "22102": "住房改革支出",
         "2210201": "住房公积金"}
LAST_YEAR = {"2070101": w("1036.20"), "2070104": w("702.33"), "2070109": w("655.10"), "2070199": w("580.00"),
             "2070205": w("905.47"), "2080505": w("291.80"), "2080506": w("72.96"), "2101101": w("30.90"),
             "2101102": w("50.84"), "2210201": w("155.00")}
# 经济分类 of 一般公共预算 basic spending; 30299 balances
ECON_PERSON = [("30101", "基本工资", w("842.36")), ("30102", "津贴补贴", w("538.50")), ("30103", "奖金", w("96.20")),
               ("30107", "绩效工资", w("496.84")), ("30108", "机关事业单位基本养老保险缴费", None),
               ("30109", "职业年金缴费", None), ("30110", "职工基本医疗保险缴费", None), ("30113", "住房公积金", None),
               ("30199", "其他工资福利支出", w("42.00")), ("30302", "退休费", w("36.00")), ("30305", "生活补助", w("8.40"))]
ECON_PUBLIC = [("30201", "办公费", w("58.20")), ("30205", "水费", w("12.40")), ("30206", "电费", w("86.30")),
               ("30207", "邮电费", w("14.60")), ("30211", "差旅费", w("22.80")), ("30213", "维修（护）费", w("48.50")),
               ("30215", "会议费", w("6.00")), ("30216", "培训费", w("9.20")), ("30217", "公务接待费", w("6.50")),
               ("30226", "劳务费", w("52.30")), ("30227", "委托业务费", w("40.00")), ("30228", "工会经费", w("24.60")),
               ("30229", "福利费", w("21.00")), ("30231", "公务用车运行维护费", w("18.00")),
               ("30239", "其他交通费用", w("68.40")), ("30299", "其他商品和服务支出", None)]
# 三公 in 元: (上年预算, 本年预算)
SANGONG = {"因公出国（境）费": (y(0), y(0)), "公务用车购置费": (y(260000), y(0)),
           "公务用车运行维护费": (y(196000), y(180000)), "公务接待费": (y(72000), y(65000))}
CARS = 5
JIGUAN_YUNXING = w("286.45")       # 机关运行经费 (本级 公用经费)
JIGUAN_YUNXING_LAST = w("301.12")
PROCURE = {"货物": w("312.40"), "工程": w("186.00"), "服务": w("438.75")}
STAFF = {"编制": 132, "实有": 121, "退休": 38}
PLANTED = ("2070205", w("976.55"))   # the prose misstates 博物馆 (table: 967.55)

def compute():
    d = {}
    gp = {}       # 一般公共预算 by 项 code
    basic_gp = {}  # 一般公共预算 basic by code
    nonfis = {}   # non-财政 basic by code (unit's own code)
    unit_tot, unit_basic, unit_proj = {}, {}, {}
    for u, (gpa, shiye, qita) in INCOME.items():
        proj = sum(p[3] for p in PROJECTS if p[1] == u)
        basic_gp_u = gpa - proj
        social = BASIC_SOCIAL[u]
        own = basic_gp_u - sum(social.values())
        for c, v in list(social.items()) + [(OWN_CODE[u], own)]:
            basic_gp[c] = basic_gp.get(c, 0) + v
        nonfis[OWN_CODE[u]] = nonfis.get(OWN_CODE[u], 0) + shiye + qita
        unit_tot[u] = gpa + shiye + qita
        unit_proj[u] = proj
        unit_basic[u] = unit_tot[u] - proj
    proj_by_code = {}
    for _, _, c, v in PROJECTS:
        proj_by_code[c] = proj_by_code.get(c, 0) + v
    codes = sorted(set(basic_gp) | set(proj_by_code))
    for c in codes:
        gp[c] = basic_gp.get(c, 0) + proj_by_code.get(c, 0)
    d.update(gp=gp, basic_gp=basic_gp, proj_by_code=proj_by_code, nonfis=nonfis, unit_tot=unit_tot,
             unit_basic=unit_basic, unit_proj=unit_proj, codes=codes)
    d["gp_total"] = sum(v[0] for v in INCOME.values())
    d["shiye"] = sum(v[1] for v in INCOME.values()); d["qita"] = sum(v[2] for v in INCOME.values())
    d["total"] = d["gp_total"] + d["shiye"] + d["qita"]
    d["proj_total"] = sum(p[3] for p in PROJECTS)
    d["basic_total"] = d["total"] - d["proj_total"]
    d["basic_gp_total"] = sum(basic_gp.values())
    d["last_total"] = sum(LAST_YEAR.values())
    # all-funds by code (支出总表)
    allf = {c: gp[c] + nonfis.get(c, 0) for c in codes}
    d["all_by_code"] = allf
    d["all_basic_by_code"] = {c: basic_gp.get(c, 0) + nonfis.get(c, 0) for c in codes}
    def lvl(codes_map, n):
        out = {}
        for c, v in codes_map.items():
            out[c[:n]] = out.get(c[:n], 0) + v
        return out
    d["gp_kuan"], d["gp_lei"] = lvl(gp, 5), lvl(gp, 3)
    d["all_kuan"], d["all_lei"] = lvl(allf, 5), lvl(allf, 3)
    d["all_basic_kuan"], d["all_basic_lei"] = lvl(d["all_basic_by_code"], 5), lvl(d["all_basic_by_code"], 3)
    d["proj_kuan"], d["proj_lei"] = lvl(proj_by_code, 5), lvl(proj_by_code, 3)
    # economic
    fill = {"30108": basic_gp["2080505"], "30109": basic_gp["2080506"],
            "30110": basic_gp["2101101"] + basic_gp["2101102"], "30113": basic_gp["2210201"]}
    person = [(c, n, v if v is not None else fill[c]) for c, n, v in ECON_PERSON]
    d["person_total"] = sum(v for _, _, v in person)
    d["public_total"] = d["basic_gp_total"] - d["person_total"]
    known = sum(v for _, _, v in ECON_PUBLIC if v is not None)
    public = [(c, n, v if v is not None else d["public_total"] - known) for c, n, v in ECON_PUBLIC]
    d["person"], d["public"] = person, public
    d["sg_last"] = sum(v[0] for v in SANGONG.values()); d["sg_this"] = sum(v[1] for v in SANGONG.values())
    d["procure_total"] = sum(PROCURE.values())
    return d

def check(d):
    assert d["total"] == d["basic_total"] + d["proj_total"]
    assert sum(d["unit_tot"].values()) == d["total"]
    assert sum(d["unit_basic"].values()) == d["basic_total"] and sum(d["unit_proj"].values()) == d["proj_total"]
    assert sum(d["gp"].values()) == d["gp_total"]
    assert sum(d["all_by_code"].values()) == d["total"]
    assert sum(d["gp_lei"].values()) == d["gp_total"] and sum(d["all_lei"].values()) == d["total"]
    assert d["basic_gp_total"] + d["proj_total"] == d["gp_total"]
    assert d["person_total"] + d["public_total"] == d["basic_gp_total"]
    assert sum(v for _, _, v in d["person"]) + sum(v for _, _, v in d["public"]) == d["basic_gp_total"]
    assert 0 < dict((c, v) for c, _, v in d["public"])["30299"] < w("100")
    pub = dict((c, v) for c, _, v in d["public"])
    assert pub["30217"] == SANGONG["公务接待费"][1] and pub["30231"] == SANGONG["公务用车运行维护费"][1]
    assert JIGUAN_YUNXING < d["public_total"]
    assert all(v >= 0 for v in d["gp"].values())
    assert PLANTED[1] != d["gp"][PLANTED[0]]
    for v in list(d["gp"].values()) + list(d["all_by_code"].values()) + [d["total"]]:
        assert v % 10000 == 0  # two-decimal 万元 exact
    return True

if __name__ == "__main__":
    d = compute(); check(d)
    f = lambda v: f"{v/1_000_000:,.2f}"
    print("total", f(d["total"]), "gp", f(d["gp_total"]), "basic", f(d["basic_total"]), "proj", f(d["proj_total"]))
    print("basic_gp", f(d["basic_gp_total"]), "person", f(d["person_total"]), "public", f(d["public_total"]), "last", f(d["last_total"]))
    for c in d["codes"]: print(c, NAMES[c], f(d["gp"][c]), f(d["all_by_code"][c]), f(LAST_YEAR[c]), f(d["gp"][c]-LAST_YEAR[c]))
    print({u: f(v) for u, v in d["unit_basic"].items()})
    print(dict((c, f(v)) for c, _, v in d["public"] if c == "30299"), f(d["procure_total"]), d["sg_last"]/100, d["sg_this"]/100)
