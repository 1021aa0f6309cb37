# -*- coding: utf-8 -*-
"""Invented 澂川市卫生健康委员会 2025年部门预算. Every amount is an integer in 0.01 万元 (i.e. 100 元)."""
from decimal import Decimal

def C(s):  # "1286.40" -> 128640
    return int((Decimal(s) * 100).to_integral_value())

def F(v):  # 128640 -> "1286.40"
    neg = v < 0
    v = abs(v)
    return ("-" if neg else "") + "%d.%02d" % (v // 100, v % 100)

def FC(v):  # with thousands separators
    neg = v < 0
    v = abs(v)
    return ("-" if neg else "") + "{:,}".format(v // 100) + ".%02d" % (v % 100)

DEPT = "澂川市卫生健康委员会"
UNITS = [("bj", "澂川市卫生健康委员会本级", "行政"), ("cdc", "澂川市疾病预防控制中心", "事业"), ("wsjd", "澂川市卫生监督所", "参公")]
UNIT_NAME = {k: n for k, n, _ in UNITS}

ECON = {  # code: name
    "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金", "30199": "其他工资福利支出", "30302": "退休费",
    "30201": "办公费", "30205": "水费", "30206": "电费", "30207": "邮电费", "30211": "差旅费",
    "30213": "维修（护）费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费",
    "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
}
ECON_GROUP = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助"}
PERSON = {"30101", "30102", "30103", "30107", "30108", "30109", "30110", "30113", "30199", "30302"}

BASIC = {  # unit -> {econ: amount}
 "bj": {"30101": "268.40", "30102": "352.16", "30103": "22.37", "30108": "98.56", "30109": "39.42", "30110": "46.80",
        "30113": "73.92", "30199": "12.00", "30302": "18.60",
        "30201": "18.40", "30205": "2.10", "30206": "9.60", "30207": "4.20", "30211": "12.00", "30213": "6.50",
        "30215": "3.00", "30216": "4.50", "30217": "3.20", "30228": "9.20", "30229": "4.60", "30231": "6.00",
        "30239": "28.80", "30299": "7.90"},
 "cdc": {"30101": "312.50", "30102": "95.30", "30107": "286.40", "30108": "112.64", "30109": "45.06", "30110": "53.20",
         "30113": "84.48", "30199": "10.50", "30302": "22.40",
         "30201": "22.00", "30205": "3.60", "30206": "18.50", "30207": "5.40", "30211": "15.00", "30213": "12.00",
         "30216": "6.00", "30217": "1.50", "30228": "10.60", "30231": "12.50", "30299": "9.80"},
 "wsjd": {"30101": "128.60", "30102": "41.20", "30107": "118.30", "30108": "46.08", "30109": "18.43", "30110": "21.60",
          "30113": "34.56", "30302": "8.20",
          "30201": "7.20", "30205": "1.20", "30206": "4.80", "30207": "2.40", "30211": "6.00", "30213": "3.50",
          "30216": "2.00", "30217": "0.80", "30228": "4.30", "30231": "8.40", "30239": "11.52", "30299": "3.28"},
}
BASIC = {u: {k: C(v) for k, v in d.items()} for u, d in BASIC.items()}

FUNC = {  # code -> name (类 3 digits, 款 5, 项 7)
 "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080502": "事业单位离退休",
 "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
 "210": "卫生健康支出", "21001": "卫生健康管理事务", "2100101": "行政运行", "2100199": "其他卫生健康管理事务支出",
 "21004": "公共卫生", "2100401": "疾病预防控制机构", "2100402": "卫生监督机构", "2100408": "基本公共卫生服务",
 "2100409": "重大公共卫生服务", "2100410": "突发公共卫生事件应急处理",
 "21007": "计划生育事务", "2100717": "计划生育服务",
 "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
 "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
 "229": "其他支出", "22960": "彩票公益金安排的支出", "2296002": "用于社会福利的彩票公益金支出",
}
RUN_CODE = {"bj": "2100101", "cdc": "2100401", "wsjd": "2100402"}

def basic_func(unit, econ):
    if econ == "30108": return "2080505"
    if econ == "30109": return "2080506"
    if econ == "30110": return "2101101" if unit == "bj" else "2101102"
    if econ == "30113": return "2210201"
    if econ == "30302": return "2080501" if unit == "bj" else "2080502"
    return RUN_CODE[unit]

SRC = {"gp": "一般公共预算拨款收入", "fund": "政府性基金预算拨款收入", "shiye": "事业收入", "other": "其他收入"}
# projects: id, unit, name, func code, source, amount
PROJECTS = [
 ("P1", "bj", "基本公共卫生服务项目", "2100408", "gp", C("1286.40")),
 ("P2", "bj", "计划生育家庭奖励扶助", "2100717", "gp", C("452.30")),
 ("P3", "bj", "卫生健康信息化建设", "2100199", "gp", C("210.00")),
 ("P4", "bj", "老年健康服务（彩票公益金）", "2296002", "fund", C("60.00")),
 ("P5", "cdc", "重大传染病防控项目", "2100409", "gp", C("368.50")),
 ("P6", "cdc", "突发公共卫生事件应急物资储备", "2100410", "gp", C("95.00")),
 ("P7", "cdc", "检验检测能力提升", "2100401", "shiye", C("145.00")),
 ("P8", "cdc", "职业卫生技术服务", "2100401", "other", C("20.00")),
 ("P9", "wsjd", "卫生监督执法能力建设", "2100402", "gp", C("85.60")),
]

# 2024 comparison figures (2024年预算)
Y24 = dict(
 total=C("5948.62"), gp=C("5633.62"), fund=C("45.00"), shiye=C("250.00"), other=C("20.00"),
 basic=C("2598.45"), proj=C("3350.17"),
 p1=C("1198.20"), p5=C("412.80"), p9=C("62.00"), p2=C("468.50"), p3=C("150.00"),
 sg_abroad=0, sg_buy=C("28.00"), sg_run=C("29.60"), sg_recep=C("6.80"),
 run_bj_wsjd=C("196.80"),
)

# government procurement rows: unit, project, item, kind, qty, amount
PROCURE = [
 ("bj", "卫生健康信息化建设", "全民健康信息平台运维服务", "服务", "1项", C("168.00")),
 ("bj", "卫生健康信息化建设", "服务器及存储设备", "货物", "4台", C("36.00")),
 ("bj", "基本公共卫生服务项目", "家庭医生签约服务宣传品印制", "服务", "1批", C("18.60")),
 ("cdc", "检验检测能力提升", "全自动核酸提取仪", "货物", "2台", C("58.00")),
 ("cdc", "检验检测能力提升", "检测试剂及耗材", "货物", "1批", C("62.40")),
 ("cdc", "突发公共卫生事件应急物资储备", "应急防护物资", "货物", "1批", C("95.00")),
 ("wsjd", "卫生监督执法能力建设", "执法记录仪", "货物", "30台", C("12.60")),
 ("wsjd", "卫生监督执法能力建设", "快速检测设备", "货物", "6台", C("27.00")),
]

# performance targets: project id -> (goal, rows of (一级, 二级, 三级, 指标值, 度量单位))
PERF = {
 "P1": ("为全市常住居民免费提供国家基本公共卫生服务，规范管理重点人群健康，提高居民健康素养水平。", [
   ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90", "%"),
   ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥4.2", "万人"),
   ("产出指标", "质量指标", "高血压患者规范管理率", "≥65", "%"),
   ("产出指标", "时效指标", "补助资金拨付及时率", "100", "%"),
   ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "94", "元"),
   ("效益指标", "社会效益指标", "居民健康素养水平", "≥28", "%"),
   ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90", "%")]),
 "P5": ("落实艾滋病、结核病、免疫规划等重大传染病防控措施，有效控制传染病疫情。", [
   ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95", "%"),
   ("产出指标", "数量指标", "重点人群艾滋病检测人次", "≥6.5", "万人次"),
   ("产出指标", "质量指标", "肺结核患者成功治疗率", "≥90", "%"),
   ("产出指标", "时效指标", "传染病报告及时率", "≥99", "%"),
   ("效益指标", "社会效益指标", "甲乙类传染病报告发病率", "≤180", "1/10万"),
   ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85", "%")]),
 "P9": ("开展公共场所、生活饮用水、医疗机构等监督检查，提升卫生监督执法装备水平。", [
   ("产出指标", "数量指标", "监督检查单位户次", "≥3200", "户次"),
   ("产出指标", "数量指标", "配备执法记录仪", "30", "台"),
   ("产出指标", "质量指标", "“双随机”抽查任务完成率", "100", "%"),
   ("效益指标", "社会效益指标", "投诉举报按时办结率", "≥98", "%"),
   ("满意度指标", "服务对象满意度指标", "被监督单位满意度", "≥90", "%")]),
}

PLANT = dict(code="2100408", table=C("1286.40"), prose=C("1268.40"))

def compute():
    d = {}
    # functional by (code) -> {"basic":..,"proj":..,"gp":..,"fund":..,"shiye":..,"other":..} all funds; gp view separately
    func = {}
    def add(code, kind, src, unit, amt):
        e = func.setdefault(code, {"basic": 0, "proj": 0, "gp_basic": 0, "gp_proj": 0, "fund": 0, "shiye": 0, "other": 0, "gp": 0})
        e[kind] += amt
        e[src] += amt
        if src == "gp":
            e["gp_" + kind] += amt
    unit_tot = {u: {"basic": 0, "proj": 0, "person": 0, "public": 0, "gp": 0, "fund": 0, "shiye": 0, "other": 0} for u, _, _ in UNITS}
    for u, items in BASIC.items():
        for econ, amt in items.items():
            add(basic_func(u, econ), "basic", "gp", u, amt)
            unit_tot[u]["basic"] += amt
            unit_tot[u]["gp"] += amt
            unit_tot[u]["person" if econ in PERSON else "public"] += amt
    for pid, u, name, code, src, amt in PROJECTS:
        add(code, "proj", src, u, amt)
        unit_tot[u]["proj"] += amt
        unit_tot[u][src] += amt
    d["func"] = func
    d["unit"] = unit_tot
    tot = {k: sum(t[k] for t in unit_tot.values()) for k in ("basic", "proj", "person", "public", "gp", "fund", "shiye", "other")}
    tot["income"] = tot["gp"] + tot["fund"] + tot["shiye"] + tot["other"]
    tot["spend"] = tot["basic"] + tot["proj"]
    assert tot["income"] == tot["spend"], tot
    assert tot["basic"] == tot["person"] + tot["public"]
    for u in unit_tot.values():
        assert u["basic"] + u["proj"] == u["gp"] + u["fund"] + u["shiye"] + u["other"]
    d["tot"] = tot
    # 类/款 rollups (all funds and gp)
    def roll(field):
        r = {}
        for code, e in func.items():
            v = e[field] if field != "all" else e["basic"] + e["proj"]
            for c in (code[:3], code[:5], code):
                r[c] = r.get(c, 0) + v
        return r
    d["roll_all"] = roll("all")
    d["roll_gp"] = roll("gp")
    d["roll_gp_basic"] = roll("gp_basic")
    d["roll_gp_proj"] = roll("gp_proj")
    d["roll_fund"] = roll("fund")
    assert sum(v for c, v in d["roll_all"].items() if len(c) == 3) == tot["spend"]
    assert sum(v for c, v in d["roll_gp"].items() if len(c) == 3) == tot["gp"]
    for c in d["roll_gp"]:
        assert d["roll_gp"][c] == d["roll_gp_basic"][c] + d["roll_gp_proj"][c]
    # 三公 2025
    sg = dict(abroad=0, buy=0, run=sum(BASIC[u].get("30231", 0) for u in BASIC), recep=sum(BASIC[u].get("30217", 0) for u in BASIC))
    sg["car"] = sg["buy"] + sg["run"]
    sg["total"] = sg["abroad"] + sg["car"] + sg["recep"]
    d["sg"] = sg
    sg24 = dict(abroad=Y24["sg_abroad"], buy=Y24["sg_buy"], run=Y24["sg_run"], recep=Y24["sg_recep"])
    sg24["car"] = sg24["buy"] + sg24["run"]
    sg24["total"] = sg24["abroad"] + sg24["car"] + sg24["recep"]
    d["sg24"] = sg24
    # 机关运行经费 (本级 + 卫生监督所 公用经费)
    d["run_exp"] = unit_tot["bj"]["public"] + unit_tot["wsjd"]["public"]
    d["procure"] = sum(r[5] for r in PROCURE)
    d["procure_kind"] = {k: sum(r[5] for r in PROCURE if r[3] == k) for k in ("货物", "服务", "工程")}
    # 2024 consistency
    assert Y24["total"] == Y24["gp"] + Y24["fund"] + Y24["shiye"] + Y24["other"] == Y24["basic"] + Y24["proj"]
    # planted: table value for 2100408 is the project amount
    assert d["roll_all"][PLANT["code"]] == PLANT["table"] != PLANT["prose"]
    return d

def pct(a, b):  # growth of a over b, 2 decimals, as string
    return "%.2f" % (round((a - b) * 10000 / b) / 100.0) if b else "—"

def share(a, b):
    return "%.2f" % (round(a * 10000 / b) / 100.0)

if __name__ == "__main__":
    d = compute()
    t = d["tot"]
    for k, v in t.items(): print(k, F(v))
    for k, v in d["unit"].items(): print(k, {a: F(b) for a, b in v.items()})
    print("sg", {a: F(b) for a, b in d["sg"].items()}, "sg24", {a: F(b) for a, b in d["sg24"].items()})
    print("run_exp", F(d["run_exp"]), "procure", F(d["procure"]), {a: F(b) for a, b in d["procure_kind"].items()})
    for c in sorted(d["roll_all"]): print(c, FUNC[c], F(d["roll_all"][c]), F(d["roll_gp"].get(c, 0)))
