# -*- coding: utf-8 -*-
"""Invented document E: 沄溪县疾病预防控制中心 2025年单位预算.  Every amount in 万元 kept as integer fen-of-万元
(hundredths) to make sums exact; check() asserts the reconciliations."""

ORG = "沄溪县疾病预防控制中心"
SUP = "沄溪县卫生健康局"
C = lambda x: round(x * 100)          # 万元 -> hundredths
F = lambda n: n / 100                 # back

# ---- income (2025) ----
INC = {  # name: amount
    "一般公共预算拨款收入": C(1586.42),
    "政府性基金预算拨款收入": C(300.00),
    "国有资本经营预算拨款收入": 0,
    "财政专户管理资金收入": 0,
    "事业收入": C(126.80),
    "事业单位经营收入": 0,
    "上级补助收入": 0,
    "附属单位上缴收入": 0,
    "其他收入": C(12.00),
}
CARRY = C(85.36)                       # 上年结转 (一般公共预算, 重大传染病防控)
INC_YEAR = sum(INC.values())           # 本年收入合计
INC_TOTAL = INC_YEAR + CARRY           # 收入总计

# ---- functional classification: (code, name, basic, project, funding) at 项 level ----
# funding of each 项 row: dict source -> (basic, project)
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", {"gen": (C(118.40), 0)}),
    ("2080506", "机关事业单位职业年金缴费支出", {"gen": (C(47.36), 0)}),
    ("2100401", "疾病预防控制机构", {"gen": (C(923.75), 0), "shiye": (C(6.20), C(120.60)), "other": (C(12.00), 0)}),
    ("2100408", "基本公共卫生服务", {"gen": (0, C(186.00))}),
    ("2100409", "重大公共卫生服务", {"gen": (0, C(129.94)), "carry": (0, C(85.36))}),
    ("2100410", "突发公共卫生事件应急处理", {"gen": (0, C(48.00))}),
    ("2101102", "事业单位医疗", {"gen": (C(56.83), 0)}),
    ("2210201", "住房公积金", {"gen": (C(76.14), 0)}),
    ("2290402", "其他地方自行试点项目收益专项债券收入安排的支出", {"fund": (0, C(300.00))}),
]
CLASS = {"208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出", "229": "其他支出"}
KUAN = {"20805": "行政事业单位养老支出", "21004": "公共卫生", "21011": "行政事业单位医疗",
        "22102": "住房改革支出", "22904": "其他政府性基金及对应专项债务收入安排的支出"}

def row_amounts(item, sources=None):
    b = p = 0
    for src, (bb, pp) in item[2].items():
        if sources is None or src in sources:
            b += bb; p += pp
    return b, p

def grouped(sources=None):
    """[(code, name, total, basic, project)] with 类/款 subtotal rows, in order; rows that are all zero omitted."""
    out = []
    for cls in sorted(CLASS):
        its = [i for i in ITEMS if i[0].startswith(cls)]
        rows = []
        for kuan in sorted(k for k in KUAN if k.startswith(cls)):
            kits = [i for i in its if i[0].startswith(kuan)]
            xs = [(i[0], i[1]) + row_amounts(i, sources) for i in kits]
            xs = [(c, n, b + p, b, p) for c, n, b, p in xs if b + p]
            if xs:
                kb = sum(x[3] for x in xs); kp = sum(x[4] for x in xs)
                rows.append((kuan, KUAN[kuan], kb + kp, kb, kp))
                rows += xs
        if rows:
            cb = sum(r[3] for r in rows if len(r[0]) == 5); cp = sum(r[4] for r in rows if len(r[0]) == 5)
            out.append((cls, CLASS[cls], cb + cp, cb, cp))
            out += rows
    return out

# ---- basic expenditure by economic class (all funds) ----
PERSON = [("301", "工资福利支出", [
    ("30101", "基本工资", C(286.20)), ("30102", "津贴补贴", C(142.56)), ("30103", "奖金", C(23.85)),
    ("30107", "绩效工资", C(312.40)), ("30108", "机关事业单位基本养老保险缴费", C(118.40)),
    ("30109", "职业年金缴费", C(47.36)), ("30110", "职工基本医疗保险缴费", C(56.83)),
    ("30113", "住房公积金", C(76.14)), ("30199", "其他工资福利支出", C(12.30))]),
    ("303", "对个人和家庭的补助", [("30305", "生活补助", C(6.19)), ("30309", "奖励金", C(26.00))])]
PUBLIC = [("302", "商品和服务支出", [
    ("30201", "办公费", C(18.60)), ("30202", "印刷费", C(4.20)), ("30205", "水费", C(3.80)),
    ("30206", "电费", C(21.50)), ("30207", "邮电费", C(6.40)), ("30211", "差旅费", C(14.30)),
    ("30213", "维修（护）费", C(9.85)), ("30215", "会议费", C(1.20)), ("30216", "培训费", C(4.50)),
    ("30217", "公务接待费", C(1.80)), ("30218", "专用材料费", C(12.00)), ("30228", "工会经费", C(10.20)),
    ("30229", "福利费", C(8.40)), ("30231", "公务用车运行维护费", C(7.60)), ("30239", "其他交通费用", C(5.40)),
    ("30299", "其他商品和服务支出", C(2.70))])]
PERSON_T = sum(a for _, _, xs in PERSON for _, _, a in xs)
PUBLIC_T = sum(a for _, _, xs in PUBLIC for _, _, a in xs)

# ---- 三公 ----
SANGONG = {  # name: (2024, 2025)
    "因公出国（境）费": (0, 0),
    "公务用车购置费": (0, 0),
    "公务用车运行维护费": (C(8.00), C(7.60)),
    "公务接待费": (C(2.20), C(1.80)),
}
CARS_2024, CARS_2025 = 3, 2

# ---- last year (2024 预算) for prose comparisons ----
LAST = {"收入总计": C(1968.25), "一般公共预算拨款收入": C(1512.90), "政府性基金预算拨款收入": C(200.00),
        "基本支出": C(1198.36), "项目支出": C(769.89)}

# ---- projects ----
PROJECTS = [  # name, code, gen, fund, carry, shiye, target
    ("基本公共卫生服务项目（疾控部分）", "2100408", C(186.00), 0, 0, 0,
     "适龄儿童国家免疫规划疫苗接种率≥95%；居民健康素养水平≥28%；传染病疫情报告及时率≥98%"),
    ("重大传染病防控项目", "2100409", C(129.94), 0, C(85.36), 0,
     "肺结核患者成功治疗率≥90%；艾滋病抗病毒治疗覆盖率≥95%；免疫规划冷链温度实时监测覆盖率100%"),
    ("突发公共卫生事件应急物资储备", "2100410", C(48.00), 0, 0, 0,
     "应急物资储备品种≥30种；开展卫生应急演练≥2次；突发公共卫生事件规范处置率100%"),
    ("检验检测能力建设（设备购置）", "2100401", 0, 0, 0, C(120.60),
     "新增检验检测项目≥40项；实验室间比对合格率100%"),
    ("沄溪县疾控中心实验室能力提升工程", "2290402", 0, C(300.00), 0, 0,
     "2025年底前完成生物安全二级实验室（BSL-2）改造并通过验收；工程质量合格率100%"),
]
BOND = "2025年沄溪县公共卫生体系建设专项债券"

# ---- government procurement ----
PROCURE = [  # project, 品目, 类别, 方式, 数量, amount, 资金来源
    ("检验检测能力建设（设备购置）", "气相色谱-质谱联用仪等检验设备", "货物", "公开招标", "1批", C(120.60), "事业收入"),
    ("重大传染病防控项目", "疫苗冷链温度监测设备", "货物", "竞争性磋商", "60套", C(18.00), "一般公共预算"),
    ("沄溪县疾控中心实验室能力提升工程", "实验室改造工程", "工程", "公开招标", "1项", C(280.00), "政府性基金（专项债券）"),
    ("沄溪县疾控中心实验室能力提升工程", "工程监理服务", "服务", "竞争性磋商", "1项", C(20.00), "政府性基金（专项债券）"),
]

# ---- the planted contradiction ----
PLANT_ROW = "住房公积金"
PLANT_TABLE = C(76.14)
PLANT_PROSE = C(67.14)

def pct(a, b):
    return round(a * 100.0 / b, 2)

def check():
    g_all = grouped()
    top = [r for r in g_all if len(r[0]) == 3]
    exp_total = sum(r[2] for r in top)
    basic = sum(r[3] for r in top); proj = sum(r[4] for r in top)
    assert INC_TOTAL == exp_total == C(2110.58), (INC_TOTAL, exp_total)
    assert INC_YEAR == C(2025.22)
    assert basic == PERSON_T + PUBLIC_T == C(1240.68), basic
    assert PERSON_T == C(1108.23) and PUBLIC_T == C(132.45)
    assert proj == C(869.90)
    # 类 = Σ款, 款 = Σ项 (inside grouped by construction) - recheck explicitly
    for r in g_all:
        if len(r[0]) in (3, 5):
            kids = [x for x in g_all if x[0].startswith(r[0]) and len(x[0]) == len(r[0]) + 2]
            assert sum(k[2] for k in kids) == r[2] and sum(k[3] for k in kids) == r[3], r
    # funding: general budget this year, carry, fund, shiye, other
    def src_sum(s):
        return sum(sum(row_amounts(i, {s})) for i in ITEMS)
    assert src_sum("gen") == INC["一般公共预算拨款收入"]
    assert src_sum("carry") == CARRY
    assert src_sum("fund") == INC["政府性基金预算拨款收入"]
    assert src_sum("shiye") == INC["事业收入"]
    assert src_sum("other") == INC["其他收入"]
    # basic by economic class vs functional rows
    econ = {c: a for _, _, xs in PERSON + PUBLIC for c, _, a in xs}
    assert econ["30108"] == row_amounts(ITEMS[0])[0]
    assert econ["30109"] == row_amounts(ITEMS[1])[0]
    assert econ["30110"] == row_amounts(ITEMS[6])[0]
    assert econ["30113"] == row_amounts(ITEMS[7])[0] == PLANT_TABLE
    # 2100401 basic = persons other than insurance/fund + all public
    p401 = PERSON_T - econ["30108"] - econ["30109"] - econ["30110"] - econ["30113"]
    assert row_amounts(ITEMS[2])[0] == p401 + PUBLIC_T == C(941.95)
    # general budget 2100401 basic = 809.50 人员 + 114.25 公用
    assert p401 == C(809.50) and C(923.75) - p401 == C(114.25)
    assert PUBLIC_T - C(6.20) - C(12.00) == C(114.25)
    # 三公
    s24 = sum(v[0] for v in SANGONG.values()); s25 = sum(v[1] for v in SANGONG.values())
    assert (s24, s25) == (C(10.20), C(9.40))
    assert SANGONG["公务接待费"][1] == econ["30217"] and SANGONG["公务用车运行维护费"][1] == econ["30231"]
    # projects
    for n, code, g, f, ca, sh, _ in PROJECTS:
        it = [i for i in ITEMS if i[0] == code][0]
        assert row_amounts(it)[1] == g + f + ca + sh, n
    assert sum(g + f + ca + sh for _, _, g, f, ca, sh, _ in PROJECTS) == proj
    # procurement
    assert sum(x[5] for x in PROCURE) == C(438.60)
    assert sum(x[5] for x in PROCURE if x[2] == "货物") == C(138.60)
    # last year
    assert LAST["基本支出"] + LAST["项目支出"] == LAST["收入总计"]
    assert pct(INC_TOTAL - LAST["收入总计"], LAST["收入总计"]) == 7.23
    assert pct(INC["一般公共预算拨款收入"] - LAST["一般公共预算拨款收入"], LAST["一般公共预算拨款收入"]) == 4.86
    assert pct(basic - LAST["基本支出"], LAST["基本支出"]) == 3.53
    assert pct(proj - LAST["项目支出"], LAST["项目支出"]) == 12.99
    assert pct(basic, INC_TOTAL) == 58.78 and pct(proj, INC_TOTAL) == 41.22
    assert pct(s24 - s25, s24) == 7.84
    assert PLANT_PROSE != PLANT_TABLE
    return True

if __name__ == "__main__":
    print(check())
