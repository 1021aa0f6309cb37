"""E: 澄岱市生态环境监测中心站 2025年单位预算 (invented). Every amount is integer fen (1 万元 = 1,000,000 fen; 1 元 = 100 fen)."""
W = 1_000_000  # fen per 万元
def w(x): return round(x * W)
ORG = "澄岱市生态环境监测中心站"; CITY = "澄岱市"; BUREAU = "澄岱市生态环境局"
INCOME = {"一般公共预算拨款收入": w(1486.32), "政府性基金预算拨款收入": 0, "国有资本经营预算拨款收入": 0,
          "事业收入": w(86.40), "事业单位经营收入": 0, "其他收入": w(12.00)}
INCOME_PREV = {"一般公共预算拨款收入": w(1441.16), "事业收入": w(92.00), "其他收入": w(10.00)}
# 功能分类 (一般公共预算): code -> (name, basic, project, prev-year total)
FUNC = [
    ("2080505", "机关事业单位基本养老保险缴费支出", w(96.48), 0, w(92.16)),
    ("2080506", "机关事业单位职业年金缴费支出", w(48.24), 0, w(46.08)),
    ("2101102", "事业单位医疗", w(57.66), 0, w(55.10)),
    ("2110104", "生态环境监测与信息", w(627.78), w(559.80), w(1142.70)),
    ("2110199", "其他环境保护管理事务支出", 0, w(24.00), w(36.00)),
    ("2210201", "住房公积金", w(72.36), 0, w(69.12)),
]
KUAN = {"20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "21101": "环境保护管理事务", "22102": "住房改革支出"}
LEI = {"208": "社会保障和就业支出", "210": "卫生健康支出", "211": "节能环保支出", "221": "住房保障支出"}
OWN_FUNDS_BASIC = w(98.40)  # 事业收入 + 其他收入, all to 2110104 basic
PROJECTS = [  # name, func code, amount
    ("监测设备运维", "2110104", w(186.00)),
    ("环境空气质量自动监测站运行", "2110104", w(245.50)),
    ("地表水及土壤环境质量监测", "2110104", w(128.30)),
    ("实验室质量管理体系建设", "2110199", w(24.00)),
]
PERSON = [("30101", "基本工资", 168.72), ("30102", "津贴补贴", 42.60), ("30107", "绩效工资", 236.40),
          ("30108", "机关事业单位基本养老保险缴费", 96.48), ("30109", "职业年金缴费", 48.24),
          ("30110", "职工基本医疗保险缴费", 57.66), ("30112", "其他社会保障缴费", 4.86), ("30113", "住房公积金", 72.36),
          ("30199", "其他工资福利支出", 18.30), ("30302", "退休费", 6.20), ("30305", "生活补助", 3.80)]
PUBLIC = [("30201", "办公费", 18.40), ("30205", "水费", 3.60), ("30206", "电费", 28.50), ("30207", "邮电费", 6.80),
          ("30211", "差旅费", 9.60), ("30213", "维修（护）费", 12.40), ("30215", "会议费", 1.50), ("30216", "培训费", 3.20),
          ("30217", "公务接待费", 0.90), ("30228", "工会经费", 8.95), ("30229", "福利费", 6.72),
          ("30231", "公务用车运行维护费", 7.20), ("30239", "其他交通费用", 10.80), ("30299", "其他商品和服务支出", 28.33)]
PERSON = [(c, n, w(v)) for c, n, v in PERSON]; PUBLIC = [(c, n, w(v)) for c, n, v in PUBLIC]
# 三公 in 元 (fen here too): (item, prev budget, this budget)
SANGONG = [("因公出国（境）费", 0, 0), ("公务用车购置费", 0, 0), ("公务用车运行维护费", 78_000_00, 72_000_00), ("公务接待费", 12_000_00, 9_000_00)]
CARS = 3; CARS_NEW = 0
ORG_RUN = w(146.90); ORG_RUN_PREV = w(152.52)
PROCURE = {"货物": w(96.00), "工程": 0, "服务": w(212.40)}
STAFF = {"编制": 48, "实有": 45, "离退休": 21}
DEPTS = ["办公室", "质量管理科", "空气监测科", "水与土壤监测科", "分析测试科", "应急监测科"]
PERF = ("环境空气质量自动监测站运行", w(245.50), [
    ("产出指标", "数量指标", "运维空气自动监测站数量", "≥14个"),
    ("产出指标", "质量指标", "监测数据有效率", "≥90%"),
    ("产出指标", "时效指标", "数据上传及时率", "100%"),
    ("成本指标", "经济成本指标", "单站年运维成本", "≤17.5万元"),
    ("效益指标", "社会效益指标", "空气质量信息公开发布", "每日发布"),
    ("效益指标", "生态效益指标", "为大气污染防治提供数据支撑", "有效支撑"),
    ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%"),
])
PLANTED_PROSE = "1,178.58"   # prose figure for 2110104; the tables say 1,187.58
def compute():
    d = {}
    d["income_total"] = sum(INCOME.values())
    d["gp"] = INCOME["一般公共预算拨款收入"]
    d["gp_basic"] = sum(f[2] for f in FUNC); d["gp_proj"] = sum(f[3] for f in FUNC)
    d["proj_total"] = sum(p[2] for p in PROJECTS)
    d["basic_total"] = d["gp_basic"] + OWN_FUNDS_BASIC
    d["person"] = sum(x[2] for x in PERSON); d["public"] = sum(x[2] for x in PUBLIC)
    d["gp_prev"] = sum(f[4] for f in FUNC); d["income_prev"] = sum(INCOME_PREV.values())
    d["sg_prev"] = sum(s[1] for s in SANGONG); d["sg"] = sum(s[2] for s in SANGONG)
    d["procure"] = sum(PROCURE.values())
    return d
def check(d):
    assert d["gp"] == d["gp_basic"] + d["gp_proj"] == sum(f[2] + f[3] for f in FUNC)
    assert d["gp_proj"] == d["proj_total"]
    for code in {f[1] for f in PROJECTS}:
        assert sum(p[2] for p in PROJECTS if p[1] == code) == sum(f[3] for f in FUNC if f[0] == code)
    assert d["income_total"] == d["basic_total"] + d["proj_total"]
    assert d["person"] + d["public"] == d["gp_basic"]
    eco = {c: v for c, n, v in PERSON + PUBLIC}; fn = {f[0]: f[2] for f in FUNC}
    assert eco["30108"] == fn["2080505"] and eco["30109"] == fn["2080506"] and eco["30110"] == fn["2101102"] and eco["30113"] == fn["2210201"]
    sg = {s[0]: s[2] for s in SANGONG}
    assert eco["30217"] == sg["公务接待费"] and eco["30231"] == sg["公务用车运行维护费"]
    assert d["gp_prev"] == INCOME_PREV["一般公共预算拨款收入"]
    assert ORG_RUN == d["public"]
    assert PLANTED_PROSE.replace(",", "") != f"{(fn['2110104'] + 559_800_000) / W:.2f}"
    for v in list(INCOME.values()) + [x[2] for x in PERSON + PUBLIC] + [f[4] for f in FUNC]:
        assert v % 10_000 == 0  # exact at two decimals of 万元
    return True
if __name__ == "__main__":
    d = compute(); check(d); print({k: v / W for k, v in d.items()})
