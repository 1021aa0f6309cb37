"""E: 澜峪县档案馆 2025年部门预算 (invented; county 澜峪县 in invented city 黎浦市). Every amount in integer fen."""
def y(s):  # "12.34" 万元 -> fen
    a, b = s.split("."); return int(a) * 1000000 + int(b.ljust(2, "0")) * 10000
def w(f):  # fen -> "12.34" (万元, two decimals, exact)
    assert f % 10000 == 0, f
    return f"{f // 1000000}.{(f % 1000000) // 10000:02d}" if f >= 0 else "-" + w(-f)

ORG = "澜峪县档案馆"; CITY = "黎浦市"; COUNTY = "澜峪县"
STAFF = dict(编制=18, 实有=16, 退休=9, 内设=4, 车辆=1)
# 基本支出 (一般公共预算), 经济分类: code, name, 2025 fen, 功能科目
PERSON = [("30101", "基本工资", y("68.40"), "2012604"), ("30102", "津贴补贴", y("21.36"), "2012604"),
          ("30107", "绩效工资", y("58.92"), "2012604"), ("30108", "机关事业单位基本养老保险缴费", y("26.88"), "2080505"),
          ("30109", "职业年金缴费", y("10.75"), "2080506"), ("30110", "职工基本医疗保险缴费", y("12.10"), "2101102"),
          ("30112", "其他社会保障缴费", y("1.34"), "2012604"), ("30113", "住房公积金", y("20.16"), "2210201"),
          ("30199", "其他工资福利支出", y("2.40"), "2012604"), ("30399", "其他对个人和家庭的补助", y("1.80"), "2012604")]
PUBLIC = [("30201", "办公费", y("6.20")), ("30205", "水费", y("1.10")), ("30206", "电费", y("9.60")), ("30207", "邮电费", y("1.50")),
          ("30211", "差旅费", y("2.40")), ("30213", "维修（护）费", y("3.00")), ("30216", "培训费", y("1.20")),
          ("30217", "公务接待费", y("0.60")), ("30228", "工会经费", y("2.86")), ("30229", "福利费", y("1.44")),
          ("30231", "公务用车运行维护费", y("2.80")), ("30239", "其他交通费用", y("5.76")), ("30299", "其他商品和服务支出", y("1.28"))]
# 项目支出 (一般公共预算): name, fen, 功能科目
PROJECTS = [("馆藏档案数字化加工（二期）", y("96.00"), "2012604"), ("档案库房安全运维及设备维保", y("38.50"), "2012604"),
            ("馆藏破损档案修复", y("24.80"), "2012604"), ("档案征集与史料编研", y("12.60"), "2012699")]
OTHER_INCOME = y("3.20")   # 其他收入 (档案复制工本收入), spent in 基本支出 公用 2012604 (30299) — all-funds tables only
FUNC_NAMES = {"201": "一般公共服务支出", "20126": "档案事务", "2012604": "档案馆", "2012699": "其他档案事务支出",
              "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
              "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
              "2101102": "事业单位医疗", "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
PREV = {"2012604": y("338.46"), "2012699": y("10.00"), "2080505": y("25.44"), "2080506": y("10.18"),
        "2101102": y("11.45"), "2210201": y("19.08")}          # 2024年预算 一般公共预算, by 项
PREV_OTHER = y("2.80")                                         # 2024 其他收入
PREV_BASIC = y("254.61"); PREV_PROJ = y("160.00")              # 2024 一般公共预算 基本/项目
PREV_PUBLIC = y("41.20")                                       # 2024 公用经费 (机关运行经费)
SANGONG = {"2024": dict(出国=0, 接待=y("0.80"), 购置=0, 运行=y("3.20")),
           "2025": dict(出国=0, 接待=y("0.60"), 购置=0, 运行=y("2.80"))}
PROCURE = dict(货物=y("6.80"), 工程=0, 服务=y("134.50"))
ASSETS = dict(车辆=1, 专用设备=2)
PERF = [("产出指标", "数量指标", "完成馆藏档案数字化扫描页数", "≥120万页"),
        ("产出指标", "质量指标", "数字化图像质量抽检合格率", "≥98%"),
        ("产出指标", "时效指标", "项目完成时间", "2025年12月31日前"),
        ("产出指标", "成本指标", "单页数字化加工成本", "≤0.80元/页"),
        ("效益指标", "社会效益指标", "查档群众平均等候时间", "≤10分钟"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥95%")]
# The planted contradiction: prose gives 住房公积金 as 21.06 (table: 20.16); its own 比上年 (+1.08) fits the table.
PLANTED = dict(code="2210201", prose=y("21.06"), table=y("20.16"))

def totals():
    t = {}
    t["person"] = sum(a for _, _, a, _ in PERSON); t["public"] = sum(a for _, _, a in PUBLIC)
    t["basic"] = t["person"] + t["public"]; t["proj"] = sum(a for _, a, _ in PROJECTS)
    t["gp"] = t["basic"] + t["proj"]; t["all"] = t["gp"] + OTHER_INCOME
    f = {}
    for _, _, a, c in PERSON: f[c] = f.get(c, 0) + a
    f["2012604"] += t["public"]
    for _, a, c in PROJECTS: f[c] = f.get(c, 0) + a
    t["func"] = f
    fb = {}  # basic by 项
    for _, _, a, c in PERSON: fb[c] = fb.get(c, 0) + a
    fb["2012604"] += t["public"]; t["func_basic"] = fb
    t["prev_gp"] = sum(PREV.values()); t["prev_all"] = t["prev_gp"] + PREV_OTHER
    t["sg"] = {k: sum(v.values()) for k, v in SANGONG.items()}
    t["procure"] = sum(PROCURE.values())
    return t

def check():
    t = totals()
    assert t["gp"] == sum(t["func"].values())
    assert t["prev_gp"] == PREV_BASIC + PREV_PROJ
    assert t["proj"] == sum(a for _, a, _ in PROJECTS)
    for c in PREV: assert c in t["func"]
    assert t["func"][PLANTED["code"]] == PLANTED["table"] != PLANTED["prose"]
    assert dict((c, a) for c, _, a in PUBLIC)["30217"] == SANGONG["2025"]["接待"]
    assert dict((c, a) for c, _, a in PUBLIC)["30231"] == SANGONG["2025"]["运行"]
    assert PROCURE["服务"] == PROJECTS[0][1] + PROJECTS[1][1]
    assert PROCURE["货物"] < PROJECTS[2][1]
    assert PROJECTS[0][1] == 1200000 * 80  # 120万页 × 0.80元 = 96万元
    for v in [OTHER_INCOME, t["all"], t["prev_all"]]: w(v)
    return t

if __name__ == "__main__":
    t = check()
    for k in ["person", "public", "basic", "proj", "gp", "all", "prev_gp", "prev_all", "procure"]: print(k, w(t[k]))
    for c, v in sorted(t["func"].items()): print(c, w(v), "prev", w(PREV[c]), "chg", w(v - PREV[c]))
    print("sg", {k: w(v) for k, v in t["sg"].items()})
