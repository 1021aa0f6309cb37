"""祁澜县水利局 2024年部门决算 (invented). Every amount is integer fen; w('1,234.56') converts 万元 text to fen."""
def w(s):
    return round(float(s.replace(",", "")) * 1_000_000)
ORG = "祁澜县水利局"
UNITS = ["祁澜县水利局（局机关）", "祁澜县水利工程管理站", "祁澜县水土保持站"]
STAFF = {"编制": (18, 20, 10), "实有": (16, 19, 9), "离退休": (9, 8, 4)}
NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
         "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
         "2101101": "行政单位医疗", "2101102": "事业单位医疗", "213": "农林水支出", "21303": "水利",
         "2130301": "行政运行", "2130305": "水利工程建设", "2130306": "水利工程运行与维护", "2130310": "水土保持",
         "2130314": "防汛", "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
LEAVES = ["2080505", "2080506", "2101101", "2101102", "2130301", "2130305", "2130306", "2130310", "2130314", "2210201"]
# 一般公共预算财政拨款 basic spending by code
BASIC_GP = {"2080505": w("86.42"), "2080506": w("21.60"), "2101101": w("9.85"), "2101102": w("15.20"),
            "2130301": w("210.36"), "2130306": w("268.74"), "2130310": w("121.58"), "2210201": w("58.30")}
# projects (all 一般公共预算财政拨款): name, unit, code, 决算数
PROJECTS = [("小型水库除险加固工程", UNITS[1], "2130305", w("386.40")),
            ("2024年度防汛抗旱经费", UNITS[0], "2130314", w("52.80")),
            ("坡耕地水土流失综合治理", UNITS[2], "2130310", w("148.65"))]
# 年初预算数 (一般公共预算财政拨款) by code
BUDGET = {"2080505": w("84.00"), "2080506": w("21.00"), "2101101": w("9.60"), "2101102": w("14.80"),
          "2130301": w("198.50"), "2130305": w("300.00"), "2130306": w("262.40"), "2130310": w("285.00"),
          "2130314": w("40.00"), "2210201": w("57.20")}
# non-财政 funds (basic, spent in the same year)
SHIYE = w("32.50")   # 事业收入: 水利工程管理站 供水水费, spent under 2130306
QITA = w("4.20")     # 其他收入: 局机关, spent under 2130301
CARRY_IN = w("18.60")   # 年初结转和结余 (财政拨款, 小型水库除险加固工程)
CARRY_OUT = w("12.35")  # 年末结转和结余 (财政拨款)
LAST_YEAR_TOTAL = w("1,296.48")   # 2023年 收入支出决算总计
LAST_YEAR_GP = w("1,248.33")      # 2023年 一般公共预算财政拨款支出
# 经济分类 of 一般公共预算 basic spending
PERSON = [("30101", "基本工资", w("218.64")), ("30102", "津贴补贴", w("96.30")), ("30103", "奖金", w("18.20")),
          ("30107", "绩效工资", w("120.48")), ("30108", "机关事业单位基本养老保险缴费", w("86.42")),
          ("30109", "职业年金缴费", w("21.60")), ("30110", "职工基本医疗保险缴费", w("25.05")),
          ("30113", "住房公积金", w("58.30")), ("30199", "其他工资福利支出", w("6.40")),
          ("30302", "退休费", w("12.60")), ("30305", "生活补助", w("3.18"))]
PUBLIC = [("30201", "办公费", w("18.60")), ("30205", "水费", w("2.40")), ("30206", "电费", w("9.80")),
          ("30207", "邮电费", w("3.20")), ("30211", "差旅费", w("12.45")), ("30213", "维修（护）费", w("16.30")),
          ("30215", "会议费", w("1.80")), ("30216", "培训费", w("2.60")), ("30217", "公务接待费", w("3.26")),
          ("30228", "工会经费", w("9.84")), ("30229", "福利费", w("6.90")), ("30231", "公务用车运行维护费", w("14.52")),
          ("30239", "其他交通费用", w("10.80")), ("30299", "其他商品和服务支出", w("12.41"))]
# 三公 in 元 -> fen: (预算数, 决算数)
SANGONG = {"因公出国（境）费": (0, 0), "公务用车购置费": (0, 0),
           "公务用车运行维护费": (16000000, 14520000), "公务接待费": (4000000, 3260000)}
CARS = (2, 2, 1)
RECEPTION = (28, 196)             # 批次, 人次
RECEPTION_BUDGET_NOTE = None
JGYX, JGYX_LAST = w("48.36"), w("51.20")   # 机关运行经费
PROCURE = {"货物": w("46.80"), "工程": w("352.60"), "服务": w("28.40")}
PROCURE_SME = w("398.50")
EQUIP_50 = 1
PERF = ("小型水库除险加固工程", 92.5)
PLANTED = ("2130306", w("286.74"))   # prose misstates 水利工程运行与维护 财政拨款决算数 (tables: 268.74)

def compute():
    d = {}
    proj_by_code = {}
    for _, _, c, v in PROJECTS:
        proj_by_code[c] = proj_by_code.get(c, 0) + v
    gp = {c: BASIC_GP.get(c, 0) + proj_by_code.get(c, 0) for c in LEAVES}
    basic_all = dict(BASIC_GP); basic_all["2130306"] += SHIYE; basic_all["2130301"] += QITA
    tot_all = {c: basic_all.get(c, 0) + proj_by_code.get(c, 0) for c in LEAVES}
    d.update(proj_by_code=proj_by_code, gp=gp, basic_all=basic_all, tot_all=tot_all)
    d["gp_total"] = sum(gp.values()); d["gp_basic"] = sum(BASIC_GP.values()); d["proj"] = sum(proj_by_code.values())
    d["fiscal_income"] = d["gp_total"] - CARRY_IN + CARRY_OUT
    d["income"] = d["fiscal_income"] + SHIYE + QITA
    d["spend"] = sum(tot_all.values()); d["basic"] = sum(basic_all.values())
    d["total"] = d["income"] + CARRY_IN
    d["budget_total"] = sum(BUDGET.values())
    d["person"] = sum(v for _, _, v in PERSON); d["public"] = sum(v for _, _, v in PUBLIC)
    d["sg_budget"] = sum(v[0] for v in SANGONG.values()); d["sg_final"] = sum(v[1] for v in SANGONG.values())
    d["procure"] = sum(PROCURE.values())
    def roll(m):
        out = {}
        for c, v in m.items():
            for k in (c[:3], c[:5], c):
                out[k] = out.get(k, 0) + v
        return out
    d["roll"] = roll; d["gp_roll"] = roll(gp); d["all_roll"] = roll(tot_all); d["basic_roll"] = roll(basic_all)
    d["proj_roll"] = roll(proj_by_code); d["budget_roll"] = roll(BUDGET); d["gpbasic_roll"] = roll(BASIC_GP)
    return d

def check(d):
    assert d["total"] == d["spend"] + CARRY_OUT, "收入总计 != 支出总计"
    assert d["spend"] == d["basic"] + d["proj"]
    assert d["gp_total"] == d["gp_basic"] + d["proj"]
    assert d["person"] + d["public"] == d["gp_basic"], (d["person"], d["public"], d["gp_basic"])
    assert dict(PERSON and [(n, v) for _, n, v in PERSON])["机关事业单位基本养老保险缴费"] == BASIC_GP["2080505"]
    assert dict((n, v) for _, n, v in PERSON)["职业年金缴费"] == BASIC_GP["2080506"]
    assert dict((n, v) for _, n, v in PERSON)["职工基本医疗保险缴费"] == BASIC_GP["2101101"] + BASIC_GP["2101102"]
    assert dict((n, v) for _, n, v in PERSON)["住房公积金"] == BASIC_GP["2210201"]
    pub = dict((n, v) for _, n, v in PUBLIC)
    assert pub["公务接待费"] == SANGONG["公务接待费"][1] and pub["公务用车运行维护费"] == SANGONG["公务用车运行维护费"][1]
    assert sum(CARS) == 5 and PROCURE_SME <= d["procure"]
    assert PLANTED[1] != d["gp"][PLANTED[0]]
    assert d["spend"] == d["gp_total"] + SHIYE + QITA
    return True

if __name__ == "__main__":
    d = compute(); check(d)
    for k in ("fiscal_income", "income", "total", "spend", "basic", "proj", "gp_total", "gp_basic", "budget_total", "person", "public", "procure"):
        print(k, d[k] / 1e6)
