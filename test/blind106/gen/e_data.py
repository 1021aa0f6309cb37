# -*- coding: utf-8 -*-
"""濛溪县卫生健康局 2024年度部门决算 (invented). Every amount is an integer number of 0.01 万元 (分 of 万元)."""

def c(x):  # "5716.40" -> 571640
    return int(round(float(x) * 100))

ORG = "濛溪县卫生健康局"
UNITS = ["局机关", "疾控中心", "妇幼保健院", "卫生监督所"]
UNIT_FULL = {"局机关": "濛溪县卫生健康局（本级）", "疾控中心": "濛溪县疾病预防控制中心",
             "妇幼保健院": "濛溪县妇幼保健院", "卫生监督所": "濛溪县卫生监督所"}
# income per unit: 一般公共预算财政拨款, 政府性基金预算财政拨款, 事业收入, 其他收入, 年初结转和结余
INC = {"局机关": [c(2468.35), c(150.00), 0, c(18.60), c(96.40)],
       "疾控中心": [c(1236.80), 0, c(162.45), c(7.25), c(38.70)],
       "妇幼保健院": [c(1580.20), 0, c(2875.60), c(41.30), c(112.30)],
       "卫生监督所": [c(436.15), 0, 0, c(2.10), c(6.20)]}
# expenditure per unit: 基本支出, 项目支出
EXP = {"局机关": [c(612.85), c(1935.30)], "疾控中心": [c(988.40), c(392.60)],
       "妇幼保健院": [c(3716.25), c(805.45)], "卫生监督所": [c(398.90), c(39.25)]}
STAFF = {"局机关": 32, "疾控中心": 58, "妇幼保健院": 246, "卫生监督所": 19}
# assets: 流动资产, 固定资产, 在建工程, 无形资产 ; 车辆(辆), 单价100万元以上专用设备(台)
ASSET = {"局机关": [c(412.30), c(846.50), 0, c(27.60), 3, 0],
         "疾控中心": [c(565.20), c(1702.35), 0, c(81.20), 3, 2],
         "妇幼保健院": [c(2310.45), c(6428.60), c(980.00), c(146.25), 2, 5],
         "卫生监督所": [c(138.90), c(251.30), 0, c(12.40), 1, 0]}
# 三公 决算 per unit: 公务用车运行维护费, 公务接待费 (出国 0, 购置 0)
SANGONG_U = {"局机关": [c(5.60), c(2.65)], "疾控中心": [c(5.90), c(0.50)],
             "妇幼保健院": [c(2.45), c(0.70)], "卫生监督所": [c(0.80), 0]}
SANGONG_BUDGET = {"因公出国（境）费": 0, "公务用车购置费": 0, "公务用车运行维护费": c(18.00), "公务接待费": c(6.00)}
# 支出决算表 by function (项): code, name, 基本, 项目
FUNC = [
    ("208", "社会保障和就业支出", None, None),
    ("20805", "行政事业单位养老支出", None, None),
    ("2080505", "机关事业单位基本养老保险缴费支出", c(486.30), 0),
    ("2080506", "机关事业单位职业年金缴费支出", c(194.52), 0),
    ("210", "卫生健康支出", None, None),
    ("21001", "卫生健康管理事务", None, None),
    ("2100101", "行政运行", c(402.15), 0),
    ("2100199", "其他卫生健康管理事务支出", 0, c(199.20)),
    ("21004", "公共卫生", None, None),
    ("2100401", "疾病预防控制机构", c(742.60), c(318.20)),
    ("2100402", "卫生监督机构", c(305.75), c(39.25)),
    ("2100403", "妇幼保健机构", c(2968.44), c(805.45)),
    ("2100408", "基本公共卫生服务", 0, c(1265.80)),
    ("2100409", "重大公共卫生服务", 0, c(394.70)),
    ("21011", "行政事业单位医疗", None, None),
    ("2101101", "行政单位医疗", c(38.26), 0),
    ("2101102", "事业单位医疗", c(223.48), 0),
    ("221", "住房保障支出", None, None),
    ("22102", "住房改革支出", None, None),
    ("2210201", "住房公积金", c(354.90), 0),
    ("229", "其他支出", None, None),
    ("22960", "彩票公益金安排的支出", None, None),
    ("2296099", "用于其他社会公益事业的彩票公益金支出", 0, c(150.00)),
]
# 一般公共预算财政拨款支出决算表: code, 年初预算, 调整预算, 决算数 (项 rows; 基本, 项目 split of 决算)
GPB = [("2080505", c(480.00), c(486.30), c(486.30), c(486.30), 0),
       ("2080506", c(192.00), c(194.52), c(194.52), c(194.52), 0),
       ("2100101", c(395.00), c(402.15), c(402.15), c(402.15), 0),
       ("2100199", c(120.00), c(205.00), c(199.20), 0, c(199.20)),
       ("2100401", c(880.00), c(975.00), c(960.40), c(642.20), c(318.20)),
       ("2100402", c(330.00), c(345.00), c(345.00), c(305.75), c(39.25)),
       ("2100403", c(820.00), c(890.00), c(873.89), c(873.89), 0),
       ("2100408", c(1180.00), c(1280.00), c(1265.80), 0, c(1265.80)),
       ("2100409", c(300.00), c(420.00), c(394.70), 0, c(394.70)),
       ("2101101", c(38.00), c(38.26), c(38.26), c(38.26), 0),
       ("2101102", c(220.00), c(223.48), c(223.48), c(223.48), 0),
       ("2210201", c(350.00), c(354.90), c(354.90), c(354.90), 0)]
GPB_CARRY_IN = c(84.30)
# 一般公共预算财政拨款基本支出 by 经济科目
ECON = [
    ("301", "工资福利支出", None), ("30101", "基本工资", c(812.40)), ("30102", "津贴补贴", c(436.25)),
    ("30103", "奖金", c(128.60)), ("30107", "绩效工资", c(524.18)),
    ("30108", "机关事业单位基本养老保险缴费", c(486.30)), ("30109", "职业年金缴费", c(194.52)),
    ("30110", "职工基本医疗保险缴费", c(261.74)), ("30112", "其他社会保障缴费", c(18.36)),
    ("30113", "住房公积金", c(354.90)),
    ("302", "商品和服务支出", None), ("30201", "办公费", c(48.60)), ("30205", "水费", c(6.20)),
    ("30206", "电费", c(18.90)), ("30207", "邮电费", c(9.30)), ("30211", "差旅费", c(22.40)),
    ("30213", "维修（护）费", c(15.80)), ("30216", "培训费", c(7.60)), ("30217", "公务接待费", c(3.85)),
    ("30226", "劳务费", c(31.20)), ("30228", "工会经费", c(27.40)), ("30229", "福利费", c(19.60)),
    ("30231", "公务用车运行维护费", c(14.75)), ("30299", "其他商品和服务支出", c(20.20)),
    ("303", "对个人和家庭的补助", None), ("30302", "退休费", c(12.60)), ("30305", "生活补助", c(9.80)),
    ("30309", "奖励金", c(4.20)), ("30399", "其他对个人和家庭的补助", c(31.80)),
]
# 项目支出绩效自评: name, unit, 年初预算, 全年预算, 全年执行, 自评得分, 偏差原因
PERF = [
    ("基本公共卫生服务项目", "局机关", c(1180.00), c(1280.00), c(1265.80), "94.5",
     "部分乡镇卫生院第四季度考核结算滞后，14.20万元结转下年支付"),
    ("重大公共卫生服务项目", "局机关", c(300.00), c(420.00), c(394.70), "91",
     "省级追加资金12月下达，部分采购未能在年内完成"),
    ("妇幼保健院医疗设备购置项目", "妇幼保健院", c(760.00), c(860.00), c(805.45), "89.5",
     "彩色多普勒超声诊断仪招标流标一次，采购延后"),
    ("疾控中心实验室能力提升项目", "疾控中心", c(300.00), c(340.00), c(318.20), "90",
     "PCR实验室改造工程尾款未到支付节点"),
]
LAST_YEAR_INCOME = c(8512.36)   # 上年收入合计, prose only
PROSE_BASIC_WRONG = c(5761.40)  # planted: prose 基本支出 figure (table says 5716.40)


def pct(a, b):
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def compute():
    D = {}
    inc = [sum(INC[u][i] for u in UNITS) for i in range(5)]
    D["inc"] = inc
    D["income_total_u"] = {u: sum(INC[u][:4]) for u in UNITS}
    D["income_total"] = sum(inc[:4])
    assert D["income_total"] == c(8978.80), D["income_total"]
    D["basic"] = sum(EXP[u][0] for u in UNITS)
    D["proj"] = sum(EXP[u][1] for u in UNITS)
    D["exp_total"] = D["basic"] + D["proj"]
    assert (D["basic"], D["proj"], D["exp_total"]) == (c(5716.40), c(3172.60), c(8889.00))
    D["carry_out_u"] = {u: sum(INC[u][:5]) - sum(EXP[u]) for u in UNITS}
    assert all(v >= 0 for v in D["carry_out_u"].values())
    D["carry_out"] = sum(D["carry_out_u"].values())
    assert D["income_total"] + inc[4] == D["exp_total"] + D["carry_out"] == c(9232.40)
    # function table
    leaf = [f for f in FUNC if f[2] is not None]
    assert sum(f[2] for f in leaf) == D["basic"] and sum(f[3] for f in leaf) == D["proj"]
    D["func_sub"] = {}
    for code, name, b, p in FUNC:
        if b is None:
            kids = [f for f in leaf if f[0].startswith(code)]
            D["func_sub"][code] = (sum(f[2] for f in kids), sum(f[3] for f in kids))
    # general public budget appropriation
    gpb_total = sum(g[3] for g in GPB)
    assert gpb_total == c(5738.60)
    for g in GPB:
        assert g[4] + g[5] == g[3]
        f = [x for x in leaf if x[0] == g[0]][0]
        assert g[4] <= f[2] and g[5] <= f[3]
    D["gpb_total"] = gpb_total
    D["gpb_basic"] = sum(g[4] for g in GPB)
    D["gpb_proj"] = sum(g[5] for g in GPB)
    assert D["gpb_basic"] == c(3521.45) and D["gpb_proj"] == c(2217.15)
    D["gpb_budget0"] = sum(g[1] for g in GPB)
    D["gpb_budget1"] = sum(g[2] for g in GPB)
    D["gpb_carry_out"] = inc[0] + GPB_CARRY_IN - gpb_total
    assert D["gpb_carry_out"] == c(67.20)
    # economic classification of basic (appropriation)
    eleaf = [e for e in ECON if e[2] is not None]
    D["econ_sub"] = {k: sum(e[2] for e in eleaf if e[0].startswith(k)) for k in ("301", "302", "303")}
    assert sum(D["econ_sub"].values()) == D["gpb_basic"]
    D["personnel"] = D["econ_sub"]["301"] + D["econ_sub"]["303"]
    D["public"] = D["econ_sub"]["302"]
    assert (D["personnel"], D["public"]) == (c(3275.65), c(245.80))
    # 三公
    car = sum(SANGONG_U[u][0] for u in UNITS); rec = sum(SANGONG_U[u][1] for u in UNITS)
    assert car == [e[2] for e in ECON if e[0] == "30231"][0] and rec == [e[2] for e in ECON if e[0] == "30217"][0]
    D["sangong_u"] = {u: sum(SANGONG_U[u]) for u in UNITS}
    D["sangong"] = car + rec
    D["sangong_car"], D["sangong_rec"] = car, rec
    D["sangong_budget"] = sum(SANGONG_BUDGET.values())
    assert D["sangong"] == c(18.60) and D["sangong_budget"] == c(24.00)
    # assets
    D["asset_u"] = {u: sum(ASSET[u][:4]) for u in UNITS}
    D["asset"] = sum(D["asset_u"].values())
    assert D["asset"] == c(13903.05)
    D["cars"] = sum(ASSET[u][4] for u in UNITS); D["equip"] = sum(ASSET[u][5] for u in UNITS)
    assert D["cars"] == 9 and D["equip"] == 7
    D["staff"] = sum(STAFF.values())
    assert D["staff"] == 355
    # fund
    assert inc[1] == c(150.00) == FUNC[-1][3]
    # projects tie to function rows
    fmap = {f[1]: f for f in leaf}
    assert PERF[0][4] == fmap["基本公共卫生服务"][3] and PERF[1][4] == fmap["重大公共卫生服务"][3]
    assert PERF[2][4] == fmap["妇幼保健机构"][3] and PERF[3][4] == fmap["疾病预防控制机构"][3]
    assert PERF[0][3] - PERF[0][4] == c(14.20)
    D["growth_income"] = pct(D["income_total"] - LAST_YEAR_INCOME, LAST_YEAR_INCOME)
    assert PROSE_BASIC_WRONG != D["basic"]
    return D


if __name__ == "__main__":
    import pprint; pprint.pprint(compute())
