"""Invented document E: 栖沅市市场监督管理局 2024年度部门决算. Every amount is integer fen (all multiples of 100 元,
so 万元 with two decimals is exact). check() asserts that every total reconciles."""
Y = lambda yuan: int(round(yuan * 100))
CITY = "栖沅市"; DEPT = "栖沅市市场监督管理局"
U = ["栖沅市市场监督管理局（本级）", "栖沅市产品质量检验检测中心", "栖沅市食品药品稽查支队", "栖沅市市场监管信息中心"]
UKIND = ["行政单位", "公益二类事业单位", "参照公务员法管理的事业单位", "公益一类事业单位"]
STAFF = [dict(bz=98, sy=92, tx=41), dict(bz=46, sy=43, tx=17), dict(bz=32, sy=30, tx=9), dict(bz=15, sy=14, tx=3)]
ECON = {"30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资", "30108": "机关事业单位基本养老保险缴费",
        "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费", "30112": "其他社会保障缴费", "30113": "住房公积金",
        "30199": "其他工资福利支出", "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费", "30211": "差旅费",
        "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费", "30218": "专用材料费",
        "30226": "劳务费", "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
        "30299": "其他商品和服务支出"}
# 一般公共预算财政拨款 basic spending by unit, 经济分类 (元)
FIN_BASIC = [
    {"30101": 5862000, "30102": 7315400, "30103": 1208600, "30108": 2431800, "30109": 1215900, "30110": 1167300, "30112": 96400,
     "30113": 1838200, "30199": 152300, "30201": 286400, "30205": 38200, "30206": 214600, "30207": 96800, "30211": 312500,
     "30213": 178300, "30215": 42600, "30216": 86900, "30217": 48600, "30228": 251300, "30229": 128700, "30231": 236800,
     "30239": 1104000, "30299": 165400},
    {"30101": 1826400, "30102": 312500, "30107": 2046800, "30108": 742300, "30109": 371100, "30110": 356200, "30112": 28900,
     "30113": 561400, "30201": 68200, "30206": 186500, "30211": 54300, "30213": 92400, "30228": 72600, "30231": 38400, "30299": 46700},
    {"30101": 1562300, "30102": 1486200, "30103": 286400, "30108": 568200, "30109": 284100, "30110": 272600, "30112": 21800,
     "30113": 432700, "30201": 52600, "30211": 96400, "30217": 8200, "30228": 61300, "30231": 84600, "30239": 311600, "30299": 38900},
    {"30101": 612800, "30102": 98600, "30107": 684300, "30108": 245600, "30109": 122800, "30110": 118400, "30112": 9600,
     "30113": 186300, "30201": 21400, "30206": 64800, "30207": 126500, "30228": 23600, "30299": 18200},
]
FIN_BASIC = [{k: Y(v) for k, v in d.items()} for d in FIN_BASIC]
# non-财政拨款 basic spending (事业收入/其他收入), 检验检测中心 only
NF_BASIC = [{}, {"30107": Y(1126500), "30218": Y(612400), "30226": Y(486300)}, {}, {}]
# projects: (unit index, name, function code, 财政拨款 spent, non-fin spent, 财政 年初预算, 财政 调整预算)
PROJ = [
    (0, "食品安全监督抽检监测", "2013816", Y(2865000), 0, Y(2300000), Y(3303200)),
    (0, "特种设备安全监管", "2013815", Y(1246000), 0, Y(1246000), Y(1246000)),
    (0, "市场主体登记注册服务", "2013804", Y(386000), 0, Y(420000), Y(386000)),
    (0, "12315投诉举报热线运行", "2013802", Y(512000), Y(120000), Y(512000), Y(512000)),
    (0, "药品化妆品医疗器械安全监管", "2013812", Y(648000), 0, Y(600000), Y(648000)),
    (1, "检验检测能力提升（设备购置）", "2013815", Y(1380000), 0, Y(1380000), Y(1380000)),
    (2, "市场秩序综合执法专项（含执法车辆更新）", "2013805", Y(734000), 0, Y(480000), Y(734000)),
    (3, "智慧市场监管平台运维", "2013899", Y(968000), 0, Y(1094000), Y(1094000)),
]
FNAME = {"201": "一般公共服务支出", "20138": "市场监督管理事务", "2013801": "行政运行", "2013802": "一般行政管理事务",
         "2013804": "市场主体管理", "2013805": "市场秩序执法", "2013812": "药品事务", "2013815": "质量安全监管",
         "2013816": "食品安全监管", "2013850": "事业运行", "2013899": "其他市场监督管理事务",
         "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
         "2080506": "机关事业单位职业年金缴费支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
         "2101101": "行政单位医疗", "2101102": "事业单位医疗", "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}
LEAVES = ["2013801", "2013802", "2013804", "2013805", "2013812", "2013815", "2013816", "2013850", "2013899",
          "2080505", "2080506", "2101101", "2101102", "2210201"]
PERSON = lambda c: c.startswith("301") or c.startswith("303")
def fcode(u, econ):
    if econ == "30108": return "2080505"
    if econ == "30109": return "2080506"
    if econ == "30110": return "2101101" if u in (0, 2) else "2101102"
    if econ == "30113": return "2210201"
    return "2013801" if u in (0, 2) else "2013850"
# 年初预算 for basic spending per leaf code (财政拨款); 调整预算 for basic = 决算 (salary adjustment added mid-year)
BASIC_BUDGET0 = {"2013801": Y(21324000), "2013850": Y(6286000), "2080505": Y(3880000), "2080506": Y(1940000),
                 "2101101": Y(1420000), "2101102": Y(460000), "2210201": Y(2980000)}
CARRY_IN_FIN = [Y(1084600), 0, 0, 0]      # 年初财政拨款结转 (食品安全抽检 2023 结转)
CARRY_OUT_FIN = [Y(438200), 0, 0, Y(126000)]
CARRY_IN_NF = [0, Y(200000), 0, 0]
CARRY_OUT_NF = [0, Y(326600), 0, 0]
SHIYE = [0, Y(2306500), 0, 0]             # 事业收入
OTHER_IN = [Y(120000), Y(45300), 0, 0]    # 其他收入
# 三公 (元): 预算 and 决算
SG_BUDGET = dict(cg=0, gz=Y(260000), yx=Y(386000), jd=Y(65000))
SG_PREV = dict(total=Y(728400), cg=0, gz=0, yx=Y(402600), jd=Y(75800))   # 2023 决算 (prose only)
CARS = dict(buy=1, hold=27, zf=22, tz=3, yb=2); RECEP = dict(pc=73, rc=512)
# 政府采购 (元): per unit (货物, 工程, 服务, 授予中小企业)
CG = [(Y(426800), 0, Y(1685400), Y(1796300)), (Y(1376500), 0, Y(168200), Y(1263900)),
      (Y(258000), Y(386500), Y(96600), Y(645100)), (Y(0), 0, Y(466600), Y(466600))]
PREV = dict(total=Y(46218700), runexp=Y(3568400))   # 2023 收支总计, 2023 机关运行经费 (prose only)
ASSET = dict(total=Y(68426300), house=Y(31862500), area=12680, equip50=6)

def compute():
    d = {}
    f = {c: [0, 0, 0] for c in LEAVES}         # 财政拨款: 人员, 公用, 项目
    nf = {c: [0, 0, 0] for c in LEAVES}        # non-fin: 人员, 公用, 项目
    unit_fin = [0] * 4; unit_nf = [0] * 4; unit_basic = [0] * 4; unit_proj = [0] * 4
    econ = {}
    for u in range(4):
        for e, v in FIN_BASIC[u].items():
            f[fcode(u, e)][0 if PERSON(e) else 1] += v; unit_fin[u] += v; unit_basic[u] += v
            econ[e] = econ.get(e, 0) + v
        for e, v in NF_BASIC[u].items():
            nf[fcode(u, e)][0 if PERSON(e) else 1] += v; unit_nf[u] += v; unit_basic[u] += v
    for u, name, code, fv, nv, b0, b1 in PROJ:
        f[code][2] += fv; nf[code][2] += nv; unit_fin[u] += fv; unit_nf[u] += nv; unit_proj[u] += fv + nv
    d.update(f=f, nf=nf, econ=econ, unit_fin=unit_fin, unit_nf=unit_nf, unit_basic=unit_basic, unit_proj=unit_proj)
    d["fin_in"] = [unit_fin[u] + CARRY_OUT_FIN[u] - CARRY_IN_FIN[u] for u in range(4)]
    d["unit_in"] = [d["fin_in"][u] + SHIYE[u] + OTHER_IN[u] for u in range(4)]
    d["unit_spend"] = [unit_fin[u] + unit_nf[u] for u in range(4)]
    d["in_total"] = sum(d["unit_in"]); d["fin_total_in"] = sum(d["fin_in"])
    d["spend"] = sum(d["unit_spend"]); d["fin_spend"] = sum(unit_fin)
    d["basic"] = sum(unit_basic); d["proj"] = sum(unit_proj)
    d["carry_in"] = sum(CARRY_IN_FIN) + sum(CARRY_IN_NF); d["carry_out"] = sum(CARRY_OUT_FIN) + sum(CARRY_OUT_NF)
    d["grand"] = d["in_total"] + d["carry_in"]
    d["person"] = sum(v for e, v in econ.items() if PERSON(e)); d["public"] = sum(v for e, v in econ.items() if not PERSON(e))
    # budgets per leaf (财政拨款): 年初 / 调整
    b0 = {c: BASIC_BUDGET0.get(c, 0) for c in LEAVES}; b1 = {c: f[c][0] + f[c][1] for c in LEAVES}
    for u, name, code, fv, nv, p0, p1 in PROJ:
        b0[code] += p0; b1[code] += p1
    d["b0"], d["b1"] = b0, b1
    d["sg"] = dict(cg=0, gz=Y(258000), yx=econ["30231"], jd=econ["30217"])
    d["sg"]["total"] = sum(d["sg"].values()); SG_BUDGET["total"] = sum(v for k, v in SG_BUDGET.items() if k != "total")
    d["runexp"] = sum(v for u in (0, 2) for e, v in FIN_BASIC[u].items() if not PERSON(e))
    d["cg"] = [sum(x[:3]) for x in CG]; d["cg_total"] = sum(d["cg"]); d["cg_sme"] = sum(x[3] for x in CG)
    d["cg_goods"] = sum(x[0] for x in CG); d["cg_works"] = sum(x[1] for x in CG); d["cg_serv"] = sum(x[2] for x in CG)
    return d

def check(d):
    f, nf = d["f"], d["nf"]
    assert d["grand"] == d["spend"] + d["carry_out"], (d["grand"], d["spend"], d["carry_out"])
    assert d["spend"] == d["basic"] + d["proj"]
    assert d["fin_spend"] == sum(sum(v) for v in f.values())
    assert d["spend"] - d["fin_spend"] == sum(sum(v) for v in nf.values())
    assert d["fin_spend"] == d["fin_total_in"] + sum(CARRY_IN_FIN) - sum(CARRY_OUT_FIN)
    assert d["person"] + d["public"] == sum(f[c][0] + f[c][1] for c in LEAVES)
    assert d["person"] == sum(f[c][0] for c in LEAVES) and d["public"] == sum(f[c][1] for c in LEAVES)
    e = d["econ"]
    assert e["30108"] == f["2080505"][0] and e["30109"] == f["2080506"][0] and e["30113"] == f["2210201"][0]
    assert e["30110"] == f["2101101"][0] + f["2101102"][0]
    assert sum(d["b1"].values()) - d["fin_spend"] == sum(CARRY_OUT_FIN)
    for c in LEAVES: assert d["b1"][c] >= f[c][0] + f[c][1] + f[c][2]
    assert d["sg"]["total"] == d["sg"]["gz"] + e["30231"] + e["30217"]
    assert d["sg"]["gz"] <= [p for p in PROJ if p[2] == "2013805"][0][3]
    assert d["cg_total"] == d["cg_goods"] + d["cg_works"] + d["cg_serv"] and d["cg_sme"] <= d["cg_total"]
    assert d["cg_total"] <= d["spend"]
    for x in list(f.values()) + list(nf.values()):
        for v in x: assert v % 10000 == 0
    return True

if __name__ == "__main__":
    d = compute(); check(d)
    w = lambda v: f"{v/1e6:,.2f}"
    for k in ["in_total", "fin_total_in", "grand", "spend", "fin_spend", "basic", "proj", "person", "public", "carry_in", "carry_out", "runexp", "cg_total", "cg_sme"]:
        print(k, w(d[k]))
    print("unit_in", [w(x) for x in d["unit_in"]], "unit_spend", [w(x) for x in d["unit_spend"]])
    print("b0", w(sum(d["b0"].values())), "b1", w(sum(d["b1"].values())))
    print("sg", {k: v / 100 for k, v in d["sg"].items()}, SG_BUDGET)
