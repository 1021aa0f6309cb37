#!/usr/bin/env python3
"""Figures of the invented document E (溱安市公安局 2024年度部门决算). Every amount is an integer number of fen
(分), so sums are exact; check() asserts that everything reconciles."""

ORG = "溱安市公安局"
UNITS = ["溱安市公安局（本级）", "溱安市公安局泓川分局", "溱安市公安局交通警察支队", "溱安市公安局特警支队"]


def Y(s):
    """'1,234.56' -> 123456 fen"""
    s = s.replace(",", "")
    a, _, b = s.partition(".")
    return int(a) * 100 + int((b + "00")[:2])


# 一般公共预算财政拨款 by 项: code, name, basic, project, 年初预算, 调整预算
ITEMS = [
    ("2040201", "行政运行", Y("198,326,415.36"), 0, Y("192,450,000.00"), Y("199,120,000.00")),
    ("2040202", "一般行政管理事务", 0, Y("21,458,300.00"), Y("18,600,000.00"), Y("22,300,000.00")),
    ("2040203", "机关服务", Y("3,215,680.40"), 0, Y("3,300,000.00"), Y("3,300,000.00")),
    ("2040219", "信息化建设", 0, Y("26,874,105.20"), Y("30,000,000.00"), Y("28,500,000.00")),
    ("2040220", "执法办案", 0, Y("18,765,432.10"), Y("16,500,000.00"), Y("19,200,000.00")),
    ("2040221", "特别业务", 0, Y("9,683,210.00"), Y("9,800,000.00"), Y("9,800,000.00")),
    ("2040222", "特勤业务", 0, Y("12,406,800.00"), Y("8,200,000.00"), Y("12,600,000.00")),
    ("2040299", "其他公安支出", 0, Y("7,321,560.80"), 0, Y("7,500,000.00")),
    ("2080501", "行政单位离退休", Y("4,512,300.00"), 0, Y("4,600,000.00"), Y("4,600,000.00")),
    ("2080505", "机关事业单位基本养老保险缴费支出", Y("24,681,230.56"), 0, Y("24,000,000.00"), Y("24,700,000.00")),
    ("2080506", "机关事业单位职业年金缴费支出", Y("9,872,492.22"), 0, Y("9,600,000.00"), Y("9,880,000.00")),
    ("2080801", "死亡抚恤", Y("1,203,560.00"), 0, 0, Y("1,210,000.00")),
    ("2101101", "行政单位医疗", Y("11,235,678.90"), 0, Y("11,000,000.00"), Y("11,240,000.00")),
    ("2101103", "公务员医疗补助", Y("2,406,820.00"), 0, Y("2,400,000.00"), Y("2,410,000.00")),
    ("2210201", "住房公积金", Y("19,745,320.48"), 0, Y("19,500,000.00"), Y("19,750,000.00")),
    ("2210203", "购房补贴", Y("3,562,840.00"), 0, Y("3,600,000.00"), Y("3,600,000.00")),
]
LEI = {"204": "公共安全支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
KUAN = {"20402": "公安", "20805": "行政事业单位养老支出", "20808": "抚恤", "21011": "行政事业单位医疗",
        "22102": "住房改革支出"}
# spending from 其他收入 (non-appropriation), all 项目支出 in 2040202
OTHER_SPEND = {"2040202": Y("1,862,450.00")}

# carry-overs
OPEN_FIN, OPEN_OTHER = Y("1,685,400.00"), Y("450,000.00")      # 年初结转和结余
CLOSE_FIN, CLOSE_OTHER = Y("2,398,160.00"), Y("550,000.00")    # 年末结转和结余

# income by unit: (财政拨款收入, 其他收入); 本级 is the remainder
UNIT_INCOME_FIXED = {
    "溱安市公安局泓川分局": (Y("96,480,315.20"), Y("412,600.00")),
    "溱安市公安局交通警察支队": (Y("84,106,742.35"), Y("1,186,250.00")),
    "溱安市公安局特警支队": (Y("41,263,508.90"), Y("0.00")),
}

# 基本支出 by economic class: 人员经费 (301 工资福利支出 + 303 对个人和家庭的补助), 公用经费 (302 商品和服务支出)
PERSONNEL_FIXED = [
    ("30101", "基本工资", Y("49,356,820.00")),
    ("30102", "津贴补贴", Y("88,264,380.00")),
    ("30103", "奖金", Y("24,645,200.00")),
    ("30106", "伙食补助费", Y("3,256,400.00")),
    ("30108", "机关事业单位基本养老保险缴费", Y("24,681,230.56")),
    ("30109", "职业年金缴费", Y("9,872,492.22")),
    ("30110", "职工基本医疗保险缴费", Y("11,235,678.90")),
    ("30111", "公务员医疗补助缴费", Y("2,406,820.00")),
    ("30112", "其他社会保障缴费", Y("1,024,560.00")),
    ("30113", "住房公积金", Y("19,745,320.48")),
    ("30114", "医疗费", Y("386,200.00")),
    # 30199 其他工资福利支出 = balancing item (computed)
    ("30302", "退休费", Y("4,512,300.00")),
    ("30304", "抚恤金", Y("1,203,560.00")),
    ("30399", "其他对个人和家庭的补助", Y("3,562,840.00")),
]
SANGONG_BUDGET = {"出国": 0, "购置": Y("480,000.00"), "运行": Y("3,200,000.00"), "接待": Y("260,000.00")}
CARS = [("警用执法执勤车辆（越野型）", Y("268,000.00")), ("警用执法执勤车辆（轿车型）", Y("186,000.00"))]
SANGONG = {"出国": 0, "购置": sum(p for _, p in CARS), "运行": Y("2,987,650.40"), "接待": Y("213,480.60")}
SANGONG_PREV = {"出国": 0, "购置": 0, "运行": Y("3,168,420.00"), "接待": Y("244,140.00")}
RECEPTION = (86, 712)  # 批次, 人次
PUBLIC_FIXED = [
    ("30201", "办公费", Y("1,865,420.30")),
    ("30205", "水费", Y("412,360.00")),
    ("30206", "电费", Y("2,386,540.12")),
    ("30207", "邮电费", Y("3,102,450.00")),
    ("30209", "物业管理费", Y("2,845,600.00")),
    ("30211", "差旅费", Y("1,203,874.50")),
    ("30213", "维修（护）费", Y("2,654,310.00")),
    ("30215", "会议费", Y("186,420.00")),
    ("30216", "培训费", Y("863,250.00")),
    ("30217", "公务接待费", SANGONG["接待"]),
    ("30226", "劳务费", Y("1,532,800.00")),
    ("30228", "工会经费", Y("1,856,320.00")),
    ("30229", "福利费", Y("1,245,600.00")),
    ("30231", "公务用车运行维护费", SANGONG["运行"]),
    ("30239", "其他交通费用", Y("3,456,780.00")),
    ("30299", "其他商品和服务支出", Y("1,927,604.28")),
]

# previous year (2023) figures used in the prose
PREV = {"收入合计": Y("352,816,430.60"), "支出合计": Y("351,947,208.35"), "财政拨款支出": Y("349,876,512.40"),
        "机关运行经费": Y("30,104,265.70")}

# 政府采购
PROC = {"货物": Y("31,264,500.00"), "工程": Y("12,480,000.00"), "服务": Y("14,897,810.00")}
PROC_SME = Y("46,325,400.00")
PROC_SMALL = Y("28,764,300.00")
PROC_SME_GOODS = Y("22,318,600.00")

# 国有资产: vehicles by kind, equipment
VEHICLES = [("机要通信用车", 2), ("应急保障用车", 6), ("执法执勤用车", 142), ("特种专业技术用车", 31),
            ("离退休干部服务用车", 1), ("其他用车", 4)]
BIG_EQUIP = 7  # 单价100万元（含）以上设备（不含车辆）台（套）

# 绩效评价: two projects
PERF = [
    {"name": "道路交通技术监控设备运维项目", "unit": "溱安市公安局交通警察支队", "budget": Y("6,800,000.00"),
     "spent": Y("6,523,600.00"), "score": "93.5", "grade": "优"},
    {"name": "特警装备购置项目", "unit": "溱安市公安局特警支队", "budget": Y("4,200,000.00"),
     "spent": Y("3,689,000.00"), "score": "84", "grade": "良"},
]
PERF_COUNT, PERF_MONEY = 23, Y("96,509,408.10")  # projects under 自评 and their money (= 项目支出财政拨款)

STAFF = {"编制": 1286, "在职": 1241, "离退休": 387}


def derived():
    d = {}
    d["fin_by_item"] = {c: b + p for c, n, b, p, _, _ in ITEMS}
    d["basic"] = sum(b for _, _, b, _, _, _ in ITEMS)
    d["project_fin"] = sum(p for _, _, _, p, _, _ in ITEMS)
    d["fin_spend"] = d["basic"] + d["project_fin"]
    d["other_spend"] = sum(OTHER_SPEND.values())
    d["project"] = d["project_fin"] + d["other_spend"]
    d["spend"] = d["fin_spend"] + d["other_spend"]
    d["fin_income"] = d["fin_spend"] + CLOSE_FIN - OPEN_FIN
    d["other_income"] = d["other_spend"] + CLOSE_OTHER - OPEN_OTHER
    d["income"] = d["fin_income"] + d["other_income"]
    d["open"] = OPEN_FIN + OPEN_OTHER
    d["close"] = CLOSE_FIN + CLOSE_OTHER
    d["total"] = d["income"] + d["open"]
    # unit income
    uf = {u: v for u, v in UNIT_INCOME_FIXED.items()}
    ben = (d["fin_income"] - sum(v[0] for v in uf.values()), d["other_income"] - sum(v[1] for v in uf.values()))
    d["unit_income"] = {UNITS[0]: ben, **uf}
    # totals by 类 / 款 (appropriation and all funds)
    d["lei"], d["kuan"], d["lei_all"], d["kuan_all"] = {}, {}, {}, {}
    d["lei_b"], d["lei_p"], d["kuan_b"], d["kuan_p"] = {}, {}, {}, {}
    for c, n, b, p, y0, y1 in ITEMS:
        o = OTHER_SPEND.get(c, 0)
        for key, agg in ((c[:3], "lei"), (c[:5], "kuan")):
            d[agg][key] = d[agg].get(key, 0) + b + p
            d[agg + "_all"][key] = d[agg + "_all"].get(key, 0) + b + p + o
            d[agg + "_b"][key] = d[agg + "_b"].get(key, 0) + b
            d[agg + "_p"][key] = d[agg + "_p"].get(key, 0) + p + o
    d["y0"] = sum(i[4] for i in ITEMS)
    d["y1"] = sum(i[5] for i in ITEMS)
    d["lei_y0"], d["lei_y1"], d["kuan_y0"], d["kuan_y1"] = {}, {}, {}, {}
    for c, n, b, p, y0, y1 in ITEMS:
        for key, agg in ((c[:3], "lei"), (c[:5], "kuan")):
            d[agg + "_y0"][key] = d[agg + "_y0"].get(key, 0) + y0
            d[agg + "_y1"][key] = d[agg + "_y1"].get(key, 0) + y1
    # economic classification of 基本支出
    wages = sum(v for _, _, v in PERSONNEL_FIXED)
    public = sum(v for _, _, v in PUBLIC_FIXED)
    d["w30199"] = d["basic"] - wages - public
    d["personnel"] = wages + d["w30199"]
    d["public"] = public
    d["sangong"] = sum(SANGONG.values())
    d["sangong_budget"] = sum(SANGONG_BUDGET.values())
    d["sangong_prev"] = sum(SANGONG_PREV.values())
    d["proc"] = sum(PROC.values())
    d["vehicles"] = sum(n for _, n in VEHICLES)
    d["jgyx"] = d["public"]  # 机关运行经费 = 基本支出中的公用经费 (all four units are administrative)
    return d


def check():
    d = derived()
    assert d["income"] + d["open"] == d["spend"] + d["close"], "收 = 支"
    assert d["basic"] + d["project"] == d["spend"]
    assert d["personnel"] + d["public"] == d["basic"], "基本 = 人员 + 公用"
    assert 0 < d["w30199"] < Y("10,000,000.00"), d["w30199"]
    ui = d["unit_income"]
    assert sum(v[0] for v in ui.values()) == d["fin_income"] and sum(v[1] for v in ui.values()) == d["other_income"]
    assert all(v[0] > 0 and v[1] >= 0 for v in ui.values())
    assert sum(d["lei"].values()) == d["fin_spend"] and sum(d["kuan"].values()) == d["fin_spend"]
    for k, v in d["kuan"].items():
        assert sum(b + p for c, n, b, p, _, _ in ITEMS if c.startswith(k)) == v
    for k, v in d["lei"].items():
        assert sum(vv for kk, vv in d["kuan"].items() if kk.startswith(k)) == v
    assert sum(d["lei_all"].values()) == d["spend"]
    assert d["sangong"] == sum(SANGONG.values()) and SANGONG["购置"] == sum(p for _, p in CARS)
    assert d["proc"] == sum(PROC.values()) and PROC_SME <= d["proc"] and PROC_SMALL <= PROC_SME
    assert PROC_SME_GOODS <= PROC["货物"]
    assert PERF_MONEY == d["project_fin"], (PERF_MONEY, d["project_fin"])
    for p in PERF:
        assert p["spent"] <= p["budget"]
    assert d["vehicles"] == 186
    # 公务用车购置 (project spending, 2040202) must fit there
    assert SANGONG["购置"] < [p for c, n, b, p, _, _ in ITEMS if c == "2040202"][0]
    return d


if __name__ == "__main__":
    d = check()
    for k in ("income", "spend", "total", "fin_income", "fin_spend", "basic", "project", "personnel", "public",
              "w30199", "sangong", "proc"):
        print(k, d[k] / 100)
    print("unit income", {k: (v[0] / 100, v[1] / 100) for k, v in d["unit_income"].items()})
