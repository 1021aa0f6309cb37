"""Data for E (invented): 鹤川县交通运输局 2025年部门预算. Every amount is an integer number of fen (1 万元 = 1,000,000 fen);
the document prints 万元 with two decimals, so every amount is a multiple of 10,000 fen. check() asserts that all totals reconcile."""
from decimal import Decimal
def W(s): 
    f = int(Decimal(s) * 1000000); assert f % 10000 == 0; return f
def fmt(f):  # fen -> '1,234.56'
    assert f % 10000 == 0
    return f"{Decimal(f) / 1000000:,.2f}"
DEPT = "鹤川县交通运输局"
UNITS = ["鹤川县交通运输局机关", "鹤川县公路管理所", "鹤川县道路运输服务中心"]
# income by unit: (一般公共预算拨款, 政府性基金预算拨款, 国有资本经营, 事业收入, 其他收入)
INCOME = {UNITS[0]: (W("612.40"), 0, 0, 0, 0),
          UNITS[1]: (W("1845.30"), W("260.00"), 0, 0, W("12.00")),
          UNITS[2]: (W("398.75"), 0, 0, W("45.00"), 0)}
CARRY = 0  # 上年结转
# spending lines: (unit, code, 基本 or 项目, fund, amount); fund: G 一般公共预算, F 政府性基金, S 事业收入, O 其他收入
LINES = [
 (0, "2140101", "基本", "G", W("356.18")), (0, "2080505", "基本", "G", W("48.60")), (0, "2080506", "基本", "G", W("19.44")),
 (0, "2101101", "基本", "G", W("22.86")), (0, "2210201", "基本", "G", W("36.45")), (0, "2140199", "项目", "G", W("128.87")),
 (1, "2140106", "基本", "G", W("642.86")), (1, "2080505", "基本", "G", W("96.30")), (1, "2080506", "基本", "G", W("38.52")),
 (1, "2101102", "基本", "G", W("41.20")), (1, "2210201", "基本", "G", W("72.24")), (1, "2140106", "项目", "G", W("954.18")),
 (1, "2140106", "项目", "O", W("12.00")), (1, "2146202", "项目", "F", W("260.00")),
 (2, "2140112", "基本", "G", W("216.37")), (2, "2080505", "基本", "G", W("30.24")), (2, "2080506", "基本", "G", W("12.10")),
 (2, "2101102", "基本", "G", W("13.86")), (2, "2210201", "基本", "G", W("22.68")), (2, "2140112", "项目", "G", W("103.50")),
 (2, "2140112", "基本", "S", W("45.00")),
]
NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
 "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗",
 "2101102": "事业单位医疗", "214": "交通运输支出", "21401": "公路水路运输", "2140101": "行政运行", "2140106": "公路养护",
 "2140112": "公路运输管理", "2140199": "其他公路水路运输支出", "21462": "车辆通行费安排的支出", "2146202": "政府还贷公路养护",
 "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
ORDER = ["208", "20805", "2080505", "2080506", "210", "21011", "2101101", "2101102", "214", "21401", "2140101", "2140106",
         "2140112", "2140199", "21462", "2146202", "221", "22102", "2210201"]
# 2024 一般公共预算 预算数 per 项
PRIOR = {"2080505": W("168.90"), "2080506": W("67.56"), "2101101": W("22.10"), "2101102": W("53.40"), "2140101": W("348.72"),
         "2140106": W("1478.30"), "2140112": W("331.45"), "2140199": W("96.50"), "2210201": W("126.80")}
# 一般公共预算 基本支出 by economic code (department total)
ECON = [("301", "工资福利支出", None), ("30101", "基本工资", W("318.46")), ("30102", "津贴补贴", W("262.80")), ("30103", "奖金", W("26.54")),
 ("30107", "绩效工资", W("298.40")), ("30108", "机关事业单位基本养老保险缴费", W("175.14")), ("30109", "职业年金缴费", W("70.06")),
 ("30110", "职工基本医疗保险缴费", W("77.92")), ("30113", "住房公积金", W("131.37")), ("30199", "其他工资福利支出", W("18.20")),
 ("302", "商品和服务支出", None), ("30201", "办公费", W("38.60")), ("30205", "水费", W("4.20")), ("30206", "电费", W("18.40")),
 ("30207", "邮电费", W("6.80")), ("30208", "取暖费", W("42.50")), ("30211", "差旅费", W("24.30")), ("30213", "维修（护）费", W("22.00")),
 ("30215", "会议费", W("3.20")), ("30216", "培训费", W("5.60")), ("30217", "公务接待费", W("6.80")), ("30228", "工会经费", W("15.46")),
 ("30229", "福利费", W("9.35")), ("30231", "公务用车运行维护费", W("38.40")), ("30239", "其他交通费用", W("41.60")),
 ("303", "对个人和家庭的补助", None), ("30305", "生活补助", W("12.60")), ("30309", "奖励金", W("1.20"))]
# 三公 (一般公共预算财政拨款): 2024 预算, 2025 预算
SANGONG = {"出国": (0, 0), "购置": (0, W("26.00")), "运行": (W("41.20"), W("38.40")), "接待": (W("7.50"), W("6.80"))}
VEHICLES = {"保有": 9, "购置": 1, "局机关": 2, "公路管理所": 6, "运输服务中心": 1}
RECEPTION = {"批次": 45, "人次": 380}
JGYX = (W("70.10"), W("68.52"))  # 机关运行经费 (局机关, 2024 / 2025)
PROCURE = {"货物": W("46.60"), "工程": W("180.00"), "服务": W("86.00")}
STAFF = {UNITS[0]: ("行政编制", 18, 16), UNITS[1]: ("事业编制", 52, 47), UNITS[2]: ("事业编制", 15, 13)}
RETIRED = 31
# projects: (name, unit, code, amount, fund description)
PROJECTS = [("农村公路养护工程", 1, "2140106", W("966.18")), ("交通运输安全应急保障", 0, "2140199", W("128.87")),
            ("道路运输信息化运维", 2, "2140112", W("103.50")), ("政府还贷公路养护", 1, "2146202", W("260.00"))]
# planted contradiction: prose figure for 2140106 一般公共预算
PLANTED = {"code": "2140106", "prose": W("1579.04")}

def agg(pred):
    out = {}
    for u, c, kind, fund, a in LINES:
        if not pred(u, c, kind, fund): continue
        for k in (c[:3], c[:5], c):
            out[k] = out.get(k, 0) + a
    return out
def total(pred): return sum(a for u, c, k, f, a in LINES if pred(u, c, k, f))
ALL = lambda u, c, k, f: True
GEN = lambda u, c, k, f: f == "G"

def check():
    inc = sum(sum(v) for v in INCOME.values())
    assert inc == total(ALL) == W("3173.45"), fmt(inc)
    for i, u in enumerate(UNITS):
        assert sum(INCOME[u]) == total(lambda uu, c, k, f: uu == i)
        g, fnd, _, s, o = INCOME[u]
        assert g == total(lambda uu, c, k, f: uu == i and f == "G")
        assert fnd == total(lambda uu, c, k, f: uu == i and f == "F")
        assert s == total(lambda uu, c, k, f: uu == i and f == "S")
        assert o == total(lambda uu, c, k, f: uu == i and f == "O")
    gen = total(GEN); assert gen == W("2856.45")
    jb = total(lambda u, c, k, f: k == "基本"); xm = total(lambda u, c, k, f: k == "项目")
    assert jb + xm == inc and jb == W("1714.90") and xm == W("1458.55")
    gjb = total(lambda u, c, k, f: f == "G" and k == "基本"); assert gjb == W("1669.90")
    econ = sum(a for c, n, a in ECON if a)
    assert econ == gjb, fmt(econ)
    e = dict((c, a) for c, n, a in ECON)
    ga = agg(GEN)
    assert e["30108"] == ga["2080505"] and e["30109"] == ga["2080506"] and e["30110"] == ga["21011"] and e["30113"] == ga["2210201"]
    assert e["30217"] == SANGONG["接待"][1] and e["30231"] == SANGONG["运行"][1]
    assert sum(PRIOR.values()) == W("2693.73")
    assert set(PRIOR) == {c for c in ga if len(c) == 7}
    assert sum(p[3] for p in PROJECTS) == xm
    assert PROJECTS[0][3] == total(lambda u, c, k, f: c == "2140106" and k == "项目")
    assert sum(PROCURE.values()) == W("312.60")
    assert PROCURE["货物"] >= SANGONG["购置"][1]
    assert VEHICLES["局机关"] + VEHICLES["公路管理所"] + VEHICLES["运输服务中心"] == VEHICLES["保有"]
    assert PLANTED["prose"] != ga[PLANTED["code"]] == W("1597.04")
    return True
if __name__ == "__main__":
    print(check())
    ga = agg(GEN); aa = agg(ALL)
    for c in ORDER: print(c, NAMES[c], fmt(aa.get(c, 0)), fmt(ga.get(c, 0)), fmt(PRIOR.get(c, 0)) if len(c) == 7 else "")
    print("2024 gen", fmt(sum(PRIOR.values())), "2025", fmt(total(GEN)))
    s24 = sum(v[0] for v in SANGONG.values()); s25 = sum(v[1] for v in SANGONG.values()); print("sangong", fmt(s24), fmt(s25))
