#!/usr/bin/env python3
"""Data of the invented document E: 榄州市芸溪区住房和城乡建设局2024年度部门决算.

Every amount is an integer number of fen (0.01 元).  Budgets (年初预算数, 调整预算数) and the
final figures (决算数) are built bottom-up from the member units' basic-expenditure items and the
department's projects, so every table total is a sum of the same parts.  check() asserts the
reconciliation; build_e.py only lays the figures out.
"""
from collections import OrderedDict, defaultdict

ORG = "榄州市芸溪区住房和城乡建设局"
SHORT = "芸溪区住房和城乡建设局"
YEAR = 2024

UNITS = OrderedDict([
    ("U1", "榄州市芸溪区住房和城乡建设局（本级）"),
    ("U2", "榄州市芸溪区建设工程质量安全监督站"),
    ("U3", "榄州市芸溪区住房保障服务中心"),
    ("U4", "榄州市芸溪区市政园林服务中心"),
])
UNIT_SHORT = {"U1": "局本级", "U2": "质量安全监督站", "U3": "住房保障服务中心", "U4": "市政园林服务中心"}
UNIT_KIND = {"U1": "行政单位", "U2": "参照公务员法管理的事业单位", "U3": "公益一类事业单位", "U4": "公益二类事业单位"}
# staffing: 编制 (名) and 实有在职 (人)
BIANZHI = {"U1": 16, "U2": 12, "U3": 15, "U4": 28}
SHIYOU = {"U1": 15, "U2": 11, "U3": 14, "U4": 25}
LITUIXIU = 33            # 离退休人员 (人)
CARS = {"U1": 3, "U2": 2, "U3": 0, "U4": 1}   # 公务用车保有量 (辆)
JIEDAI_PICI = 38         # 国内公务接待批次 (批次)
JIEDAI_RENCI = 262       # 国内公务接待人次 (人次)

ECON_NAMES = OrderedDict([
    ("301", "工资福利支出"),
    ("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30107", "绩效工资"),
    ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"), ("30110", "职工基本医疗保险缴费"),
    ("30111", "公务员医疗补助缴费"), ("30112", "其他社会保障缴费"), ("30113", "住房公积金"),
    ("30199", "其他工资福利支出"),
    ("302", "商品和服务支出"),
    ("30201", "办公费"), ("30205", "水费"), ("30206", "电费"), ("30207", "邮电费"), ("30211", "差旅费"),
    ("30213", "维修（护）费"), ("30215", "会议费"), ("30216", "培训费"), ("30217", "公务接待费"),
    ("30226", "劳务费"), ("30228", "工会经费"), ("30229", "福利费"), ("30231", "公务用车运行维护费"),
    ("30239", "其他交通费用"), ("30299", "其他商品和服务支出"),
    ("303", "对个人和家庭的补助"),
    ("30302", "退休费"), ("30305", "生活补助"),
])


def y(s):
    """'1,234.56' -> fen"""
    s = s.replace(",", "")
    a, _, b = s.partition(".")
    return int(a) * 100 + int((b + "00")[:2])


# 基本支出 决算数 per unit and economic item (元).  All funded by 一般公共预算财政拨款 except the
# U4 劳务费 marked "qt" (其他收入).
BASIC = {
    "U1": OrderedDict([
        ("30101", "1,152,600.00"), ("30102", "1,438,920.00"), ("30103", "286,500.00"),
        ("30108", "548,734.08"), ("30109", "219,493.63"), ("30110", "357,677.15"), ("30111", "68,795.20"),
        ("30112", "34,127.46"), ("30113", "411,550.56"), ("30199", "48,600.00"),
        ("30201", "86,450.00"), ("30205", "11,860.00"), ("30206", "78,935.20"), ("30207", "21,430.00"),
        ("30211", "58,760.00"), ("30213", "27,640.00"), ("30215", "7,800.00"), ("30216", "23,500.00"),
        ("30217", "16,840.00"), ("30228", "52,380.00"), ("30229", "30,000.00"), ("30231", "84,615.30"),
        ("30239", "187,200.00"), ("30299", "39,870.00"),
        ("30302", "76,320.00"), ("30305", "21,600.00"),
    ]),
    "U2": OrderedDict([
        ("30101", "812,400.00"), ("30102", "1,016,280.00"), ("30103", "203,100.00"),
        ("30108", "389,652.48"), ("30109", "155,860.99"), ("30110", "253,976.06"), ("30111", "48,851.52"),
        ("30112", "24,233.29"), ("30113", "292,239.36"), ("30199", "31,200.00"),
        ("30201", "42,380.00"), ("30205", "6,240.00"), ("30206", "35,760.00"), ("30207", "12,850.00"),
        ("30211", "46,920.00"), ("30213", "18,360.00"), ("30216", "14,800.00"), ("30217", "6,380.00"),
        ("30228", "36,920.00"), ("30229", "22,000.00"), ("30231", "52,106.40"), ("30239", "137,280.00"),
        ("30299", "21,540.00"),
    ]),
    "U3": OrderedDict([
        ("30101", "896,700.00"), ("30102", "312,480.00"), ("30107", "1,104,660.00"),
        ("30108", "402,318.72"), ("30109", "160,927.49"), ("30110", "262,179.84"),
        ("30112", "25,015.10"), ("30113", "301,727.52"), ("30199", "28,400.00"),
        ("30201", "38,260.00"), ("30205", "5,480.00"), ("30206", "31,940.00"), ("30207", "10,680.00"),
        ("30211", "24,350.00"), ("30213", "12,600.00"), ("30216", "9,800.00"), ("30228", "32,440.00"),
        ("30229", "19,000.00"), ("30299", "16,780.00"),
        ("30302", "58,240.00"),
    ]),
    "U4": OrderedDict([
        ("30101", "1,528,500.00"), ("30102", "536,400.00"), ("30107", "1,882,750.00"),
        ("30108", "686,743.20"), ("30109", "274,697.28"), ("30110", "447,558.00"),
        ("30112", "42,704.33"), ("30113", "515,091.84"), ("30199", "62,400.00"),
        ("30201", "47,320.00"), ("30205", "18,640.00"), ("30206", "64,290.00"), ("30207", "15,380.00"),
        ("30211", "21,460.00"), ("30213", "46,780.00"), ("30216", "8,600.00"), ("30217", "3,120.00"),
        ("30226", "86,400.00"), ("30228", "57,960.00"), ("30229", "34,000.00"), ("30231", "41,286.50"),
        ("30299", "28,910.00"),
        ("30302", "94,080.00"), ("30305", "18,000.00"),
    ]),
}
QT_FUNDED = {("U4", "30226")}          # 其他收入 pays this item
# explicit 年初预算数 / 调整预算数 for the 三公 items (元); other items follow budget_for()
BASIC_BUDGET = {
    ("U1", "30217"): ("20,000.00", "20,000.00"), ("U2", "30217"): ("8,000.00", "8,000.00"),
    ("U4", "30217"): ("4,000.00", "4,000.00"),
    ("U1", "30231"): ("96,000.00", "96,000.00"), ("U2", "30231"): ("56,000.00", "56,000.00"),
    ("U4", "30231"): ("45,000.00", "45,000.00"),
}


def budget_for(unit, econ, final):
    """(年初预算数, 调整预算数) of a basic item, in fen."""
    if (unit, econ) in BASIC_BUDGET:
        a, b = BASIC_BUDGET[(unit, econ)]
        return y(a), y(b)
    if econ.startswith("301"):
        adj = final                                   # 调整预算 = 决算 (工资按实调整)
        ini = (final * 94 // 100) // 10000 * 10000     # 年初 94%, rounded down to 100 元
        return ini, adj
    if econ.startswith("302"):
        adj = -(-final // 100000) * 100000             # rounded up to 1,000 元
        return adj, adj
    return final, final                                 # 303


# function code of each basic item
def basic_code(unit, econ):
    if econ == "30108":
        return "2080505"
    if econ == "30109":
        return "2080506"
    if econ == "30110":
        return "2101101" if unit in ("U1", "U2") else "2101102"
    if econ == "30111":
        return "2101103"
    if econ == "30113":
        return "2210201"
    if econ.startswith("303"):
        return "2080501" if unit == "U1" else "2080502"
    return {"U1": "2120101", "U2": "2120106", "U3": "2120199", "U4": "2120199"}[unit]


# projects: id, name, unit, code, fund, 年初预算数, 调整预算数, 决算数 (元)
PROJECTS = [
    ("P1", "建设工程质量安全监督检测经费", "U2", "2120106", "gp", "680,000.00", "720,000.00", "698,350.00"),
    ("P2", "保障性住房租金补贴", "U3", "2210107", "gp", "3,000,000.00", "3,300,000.00", "3,214,600.00"),
    ("P3", "老旧小区改造配套资金", "U1", "2210108", "gp", "5,000,000.00", "6,850,000.00", "6,426,780.00"),
    ("P4", "农村危房改造补助", "U1", "2210105", "gp", "960,000.00", "1,184,000.00", "1,184,000.00"),
    ("P5", "城区市政道路及设施维护", "U4", "2120399", "gp", "2,800,000.00", "2,650,000.00", "2,587,416.50"),
    ("P6", "城区园林绿化养护", "U4", "2120399", "gp", "3,600,000.00", "3,600,000.00", "3,512,908.40"),
    ("P7", "物业管理及房地产市场监管工作经费", "U1", "2120109", "gp", "300,000.00", "280,000.00", "263,540.00"),
    ("P8", "建筑市场信息化监管平台运维", "U1", "2120102", "gp", "450,000.00", "450,000.00", "438,000.00"),
    ("P9", "城市更新片区基础设施建设", "U1", "2120803", "gf", "12,000,000.00", "9,500,000.00", "8,967,325.00"),
    ("P10", "城市排水管网配套建设", "U4", "2121301", "gf", "2,000,000.00", "2,600,000.00", "2,581,260.00"),
]
# 事业收入 also pays part of P6 (not in any 财政拨款 table)
P6_SHIYE = y("420,000.00")
SHIYE_INCOME = {"U4": P6_SHIYE}
P6_SHIYE_BUDGET = (y("400,000.00"), y("420,000.00"))   # 年初预算数, 调整预算数 of the 事业收入 part
QITA_BUDGET = (y("80,000.00"), y("86,400.00"))         # 其他收入 (U4 劳务费)
QITA_INCOME = {"U4": y("86,400.00")}

# carry-overs of 一般公共预算财政拨款 (fen): 年初 and 年末, by project
GP_CARRY_IN = {"P3": y("1,850,000.00")}
GP_CARRY_OUT = {"P3": y("423,220.00"), "P2": y("85,400.00")}
GF_CARRY_IN = {}
GF_CARRY_OUT = {"P9": y("532,675.00"), "P10": y("18,740.00")}

CODE_NAMES = OrderedDict([
    ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"),
    ("2080501", "行政单位离退休"), ("2080502", "事业单位离退休"),
    ("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出"),
    ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"),
    ("2101101", "行政单位医疗"), ("2101102", "事业单位医疗"), ("2101103", "公务员医疗补助"),
    ("212", "城乡社区支出"), ("21201", "城乡社区管理事务"),
    ("2120101", "行政运行"), ("2120102", "一般行政管理事务"), ("2120106", "工程建设管理"),
    ("2120109", "住宅建设与房地产市场监管"), ("2120199", "其他城乡社区管理事务支出"),
    ("21203", "城乡社区公共设施"), ("2120399", "其他城乡社区公共设施支出"),
    ("21208", "国有土地使用权出让收入安排的支出"), ("2120803", "城市建设支出"),
    ("21213", "城市基础设施配套费安排的支出"), ("2121301", "城市公共设施"),
    ("221", "住房保障支出"), ("22101", "保障性安居工程支出"),
    ("2210105", "农村危房改造"), ("2210107", "保障性住房租金补贴"), ("2210108", "老旧小区改造"),
    ("22102", "住房改革支出"), ("2210201", "住房公积金"),
])

# 2023 决算 figures used in the prose comparisons (元)
PREV = {
    "income": y("36,984,215.62"),       # 2023 本年收入合计
    "expend": y("37,406,583.19"),       # 2023 本年支出合计
    "czbk": y("36,520,147.05"),         # 2023 财政拨款支出
    "gp": y("27,935,802.47"),           # 2023 一般公共预算财政拨款支出
    "gf": y("8,584,344.58"),            # 2023 政府性基金预算财政拨款支出
    "basic": y("18,861,720.36"),        # 2023 基本支出
    "sg_che": y("191,327.60"),          # 2023 公务用车运行维护费
    "sg_jd": y("31,536.00"),            # 2023 公务接待费
    "jgyx": y("1,301,526.84"),          # 2023 机关运行经费
}

# 政府采购 (元), 国有资产
ZFCG = {"huowu": y("512,860.00"), "gongcheng": y("6,184,300.00"), "fuwu": y("3,096,410.00"),
        "zhongxiao": y("8,937,120.00")}
ASSETS = {"total": y("86,352,947.18"), "house_m2": 3120, "cars": 6, "big_equipment": 0}


# ---------------------------------------------------------------- derived figures
def build():
    D = {}
    # basic items: (unit, econ) -> (ini, adj, fin) for gp-funded; qt-funded separately
    basic_gp = OrderedDict()
    basic_qt = OrderedDict()
    for u, items in BASIC.items():
        for e, v in items.items():
            fin = y(v)
            if (u, e) in QT_FUNDED:
                basic_qt[(u, e)] = fin
                continue
            ini, adj = budget_for(u, e, fin)
            assert adj >= fin, (u, e)
            basic_gp[(u, e)] = (ini, adj, fin)
    D["basic_gp"] = basic_gp
    D["basic_qt"] = basic_qt
    proj = OrderedDict()
    for pid, name, u, code, fund, a, b, c in PROJECTS:
        proj[pid] = dict(name=name, unit=u, code=code, fund=fund, ini=y(a), adj=y(b), fin=y(c))
    D["proj"] = proj

    # per code (gp only): ini, adj, fin ; and (all funds) basic / project
    gp_code = defaultdict(lambda: [0, 0, 0])
    all_code = defaultdict(lambda: [0, 0])       # basic, project
    for (u, e), (ini, adj, fin) in basic_gp.items():
        c = basic_code(u, e)
        gp_code[c][0] += ini; gp_code[c][1] += adj; gp_code[c][2] += fin
        all_code[c][0] += fin
    for (u, e), fin in basic_qt.items():
        all_code[basic_code(u, e)][0] += fin
    gf_code = defaultdict(lambda: [0, 0, 0])
    for pid, p in proj.items():
        tgt = gp_code if p["fund"] == "gp" else gf_code
        tgt[p["code"]][0] += p["ini"]; tgt[p["code"]][1] += p["adj"]; tgt[p["code"]][2] += p["fin"]
        all_code[p["code"]][1] += p["fin"]
    all_code["2120399"][1] += P6_SHIYE
    D["gp_code"], D["gf_code"], D["all_code"] = dict(gp_code), dict(gf_code), dict(all_code)

    # econ totals (gp basic): econ -> (ini, adj, fin)
    econ = defaultdict(lambda: [0, 0, 0])
    for (u, e), t in basic_gp.items():
        for i in range(3):
            econ[e][i] += t[i]
    D["econ"] = dict(econ)

    # unit figures
    unit = {}
    for u in UNITS:
        b_gp = sum(t[2] for (uu, e), t in basic_gp.items() if uu == u)
        b_qt = sum(v for (uu, e), v in basic_qt.items() if uu == u)
        p_gp = sum(p["fin"] for p in proj.values() if p["unit"] == u and p["fund"] == "gp")
        p_gf = sum(p["fin"] for p in proj.values() if p["unit"] == u and p["fund"] == "gf")
        p_sy = P6_SHIYE if u == "U4" else 0
        cin_gp = sum(v for k, v in GP_CARRY_IN.items() if proj[k]["unit"] == u)
        cout_gp = sum(v for k, v in GP_CARRY_OUT.items() if proj[k]["unit"] == u)
        cout_gf = sum(v for k, v in GF_CARRY_OUT.items() if proj[k]["unit"] == u)
        inc_gp = b_gp + p_gp + cout_gp - cin_gp
        inc_gf = p_gf + cout_gf
        inc_sy = SHIYE_INCOME.get(u, 0)
        inc_qt = QITA_INCOME.get(u, 0)
        assert inc_sy == p_sy and inc_qt == b_qt
        unit[u] = dict(basic=b_gp + b_qt, project=p_gp + p_gf + p_sy, inc_gp=inc_gp, inc_gf=inc_gf,
                       inc_sy=inc_sy, inc_qt=inc_qt, cin=cin_gp, cout=cout_gp + cout_gf,
                       cout_gp=cout_gp, cout_gf=cout_gf)
        unit[u]["income"] = inc_gp + inc_gf + inc_sy + inc_qt
        unit[u]["expend"] = unit[u]["basic"] + unit[u]["project"]
    D["unit"] = unit

    T = {}
    T["inc_gp"] = sum(v["inc_gp"] for v in unit.values())
    T["inc_gf"] = sum(v["inc_gf"] for v in unit.values())
    T["inc_sy"] = sum(v["inc_sy"] for v in unit.values())
    T["inc_qt"] = sum(v["inc_qt"] for v in unit.values())
    T["income"] = T["inc_gp"] + T["inc_gf"] + T["inc_sy"] + T["inc_qt"]
    T["cin_gp"] = sum(GP_CARRY_IN.values()); T["cin_gf"] = sum(GF_CARRY_IN.values())
    T["cin"] = T["cin_gp"] + T["cin_gf"]
    T["cout_gp"] = sum(GP_CARRY_OUT.values()); T["cout_gf"] = sum(GF_CARRY_OUT.values())
    T["cout"] = T["cout_gp"] + T["cout_gf"]
    T["basic"] = sum(v["basic"] for v in unit.values())
    T["project"] = sum(v["project"] for v in unit.values())
    T["expend"] = T["basic"] + T["project"]
    T["total"] = T["income"] + T["cin"]
    assert T["total"] == T["expend"] + T["cout"]
    T["gp_basic"] = sum(t[2] for t in basic_gp.values())
    T["gp_basic_ini"] = sum(t[0] for t in basic_gp.values())
    T["gp_basic_adj"] = sum(t[1] for t in basic_gp.values())
    T["gp_proj"] = sum(p["fin"] for p in proj.values() if p["fund"] == "gp")
    T["gf_proj"] = sum(p["fin"] for p in proj.values() if p["fund"] == "gf")
    T["gp_exp"] = T["gp_basic"] + T["gp_proj"]
    T["gp_ini"] = sum(v[0] for v in gp_code.values())
    T["gp_adj"] = sum(v[1] for v in gp_code.values())
    T["gf_ini"] = sum(v[0] for v in gf_code.values())
    T["gf_adj"] = sum(v[1] for v in gf_code.values())
    T["czbk_exp"] = T["gp_exp"] + T["gf_proj"]
    T["czbk_inc"] = T["inc_gp"] + T["inc_gf"]
    # personnel / public
    T["renyuan"] = sum(t[2] for (u, e), t in basic_gp.items() if e.startswith("301") or e.startswith("303"))
    T["gongyong"] = sum(t[2] for (u, e), t in basic_gp.items() if e.startswith("302"))
    T["jgyx"] = sum(t[2] for (u, e), t in basic_gp.items() if e.startswith("302") and u in ("U1", "U2"))
    # 三公
    T["sg_che_ini"] = sum(basic_gp[(u, "30231")][0] for u in UNITS if (u, "30231") in basic_gp)
    T["sg_che_adj"] = sum(basic_gp[(u, "30231")][1] for u in UNITS if (u, "30231") in basic_gp)
    T["sg_che"] = econ["30231"][2]
    T["sg_jd_ini"] = sum(basic_gp[(u, "30217")][0] for u in UNITS if (u, "30217") in basic_gp)
    T["sg_jd_adj"] = sum(basic_gp[(u, "30217")][1] for u in UNITS if (u, "30217") in basic_gp)
    T["sg_jd"] = econ["30217"][2]
    T["sg"] = T["sg_che"] + T["sg_jd"]
    T["sg_ini"] = T["sg_che_ini"] + T["sg_jd_ini"]
    T["sg_adj"] = T["sg_che_adj"] + T["sg_jd_adj"]
    T["zfcg"] = ZFCG["huowu"] + ZFCG["gongcheng"] + ZFCG["fuwu"]
    D["T"] = T
    return D


def rate(fin, adj):
    """完成率(%) with two decimals, half up"""
    if adj == 0:
        return None
    return (fin * 10000 * 2 + adj) // (2 * adj) / 100.0


def wan(fen):
    """fen -> 万元 string with two decimals, half up (prose style, no separators)"""
    q, r = divmod(fen * 2 + 10000, 20000)   # round half up to 0.01 万元 = 100 元 = 10000 fen
    return f"{q / 100:.2f}"


def yuan(fen):
    s = f"{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
    return "-" + s if fen < 0 else s


def check():
    D = build()
    T = D["T"]
    # 1-5 total = basic (gp) + project (gp)
    assert sum(v[2] for v in D["gp_code"].values()) == T["gp_exp"]
    # 1-6 total = basic gp
    assert sum(v[2] for v in D["econ"].values()) == T["gp_basic"]
    # 1-3 = all expenditure
    assert sum(a + b for a, b in D["all_code"].values()) == T["expend"]
    # income side
    assert T["inc_gp"] == T["gp_exp"] + T["cout_gp"] - T["cin_gp"]
    assert T["inc_gf"] == T["gf_proj"] + T["cout_gf"] - T["cin_gf"]
    # pension/medical/公积金 codes = econ items
    gc = D["gp_code"]
    assert gc["2080505"][2] == D["econ"]["30108"][2]
    assert gc["2080506"][2] == D["econ"]["30109"][2]
    assert gc["2101101"][2] + gc["2101102"][2] == D["econ"]["30110"][2]
    assert gc["2101103"][2] == D["econ"]["30111"][2]
    assert gc["2210201"][2] == D["econ"]["30113"][2]
    assert gc["2080501"][2] + gc["2080502"][2] == D["econ"]["30302"][2] + D["econ"]["30305"][2]
    # 三公
    assert T["sg"] == D["econ"]["30231"][2] + D["econ"]["30217"][2]
    # cars
    assert sum(CARS.values()) == ASSETS["cars"]
    assert T["renyuan"] + T["gongyong"] == T["gp_basic"]
    return D


if __name__ == "__main__":
    D = check()
    T = D["T"]
    for k, v in T.items():
        print(f"{k:12s} {yuan(v):>18s}  {wan(v)}万元")
    for u, v in D["unit"].items():
        print(u, {k: yuan(x) for k, x in v.items()})


def check_prose_sums():
    """Parts stated in the prose (万元, two decimals) add up to the stated totals."""
    D = build()
    T = D["T"]
    w = lambda f: round(float(wan(f)) * 100)
    pairs = [
        (["inc_gp", "inc_gf", "inc_sy", "inc_qt"], "income"), (["basic", "project"], "expend"),
        (["cout_gp", "cout_gf"], "cout"), (["renyuan", "gongyong"], "gp_basic"), (["sg_che", "sg_jd"], "sg"),
    ]
    for parts, tot in pairs:
        assert sum(w(T[p]) for p in parts) == w(T[tot]), (parts, tot)
    assert sum(w(v["expend"]) for v in D["unit"].values()) == w(T["expend"])
    lei = {}
    for c, v in D["gp_code"].items():
        lei[c[:3]] = lei.get(c[:3], 0) + v[2]
    assert sum(w(v) for v in lei.values()) == w(T["gp_exp"])
    assert sum(w(D["proj"][p]["fin"]) for p in ("P9", "P10")) == w(T["gf_proj"])
    assert w(ZFCG["huowu"]) + w(ZFCG["gongcheng"]) + w(ZFCG["fuwu"]) == w(T["zfcg"])
    assert w(PREV["sg_che"] - T["sg_che"]) + w(PREV["sg_jd"] - T["sg_jd"]) == w(PREV["sg_che"] + PREV["sg_jd"] - T["sg"])
    return True
