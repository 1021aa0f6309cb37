# All amounts in 0.01 万元 (integers). 澜州市卫生健康委员会 2025年部门预算 (fictional city 澜州市).
U = ["委机关", "澜州市疾病预防控制中心", "澜州市卫生监督所", "澜州市紧急医疗救援中心"]
UK = ["本级", "疾控", "监督", "急救"]
NAMES = {
 "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
 "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
 "210": "卫生健康支出", "21001": "卫生健康管理事务", "2100101": "行政运行", "2100199": "其他卫生健康管理事务支出",
 "21004": "公共卫生", "2100401": "疾病预防控制机构", "2100402": "卫生监督机构", "2100408": "基本公共卫生服务",
 "2100409": "重大公共卫生服务", "2100410": "突发公共卫生事件应急处理",
 "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
 "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
 "229": "其他支出", "22960": "彩票公益金安排的支出", "2296002": "用于社会福利的彩票公益金支出",
}
# basic (一般公共预算) by unit and code
BASIC = {
 0: {"2100101": 61248, "2080505": 6820, "2080506": 2728, "2101101": 3015, "2210201": 4536},
 1: {"2100401": 128674, "2080505": 13240, "2080506": 5296, "2101102": 5862, "2210201": 8830},
 2: {"2100402": 43890, "2080505": 4960, "2080506": 1984, "2101101": 2170, "2210201": 3245},
 3: {"2100410": 35620, "2080505": 3680, "2080506": 1472, "2101102": 1638, "2210201": 2410},
}
# 公用经费 inside the unit's 行政运行/机构 line (一般公共预算 basic)
GONGYONG = {0: 9640, 1: 16830, 2: 6250, 3: 5820}
# projects: (unit, code, name, 一般公共预算 current, 政府性基金, 上年结转(一般公共预算))
PROJ = [
 (0, "2100408", "基本公共卫生服务项目市级配套", 86000, 0, 0),
 (0, "2100199", "卫生健康信息化平台运维", 12650, 0, 0),
 (0, "2296002", "医养结合示范项目(彩票公益金)", 0, 4500, 0),
 (1, "2100409", "免疫规划及传染病监测", 34280, 0, 0),
 (1, "2100401", "实验室检测设备购置", 18500, 0, 0),
 (2, "2100402", "卫生监督执法专项", 6840, 0, 0),
 (2, "2100402", "执法执勤用车更新", 2800, 0, 0),
 (3, "2100410", "急救站点建设及救护车购置", 21000, 0, 3000),
]
SHIYE = {1: ("2100401", 12000)}   # 事业收入 funds 疾控 basic
QITA = {3: ("2100410", 1500)}     # 其他收入 funds 急救 basic
# 三公 2025 (一般公共预算财政拨款) per unit: 出国, 购置, 运行, 接待
SANGONG = {0: (0, 0, 650, 420), 1: (0, 0, 820, 180), 2: (0, 2800, 960, 100), 3: (0, 0, 300, 50)}
SANGONG_2024 = (0, 0, 2910, 840)
VEH = {"保有量": 11, "购置": 1}
# 2024 comparison
TOTAL_2024 = 522318         # 2024年收支预算总计
GPB_2024 = 495118           # 2024年一般公共预算拨款
# economic breakdown of 人员经费 (一般公共预算 basic), 30102 is the remainder
REN_FIXED = {"30101": 98640, "30107": 112300, "30199": 3160}
GONG_FIXED = {"30201": 6420, "30205": 1380, "30206": 3150, "30211": 4260, "30228": 3050, "30229": 2140}
ECON_NAMES = {"301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30107": "绩效工资",
 "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
 "30113": "住房公积金", "30199": "其他工资福利支出", "302": "商品和服务支出", "30201": "办公费",
 "30205": "水费", "30206": "电费", "30211": "差旅费", "30217": "公务接待费", "30228": "工会经费",
 "30229": "福利费", "30231": "公务用车运行维护费", "30299": "其他商品和服务支出"}
PROCURE = [(1, "实验室检测设备购置", "荧光定量PCR仪等检测设备", "4台", 18500),
           (3, "急救站点建设及救护车购置", "救护车", "4辆", 15200),
           (2, "执法执勤用车更新", "执法执勤用车", "1辆", 2800),
           (0, "卫生健康信息化平台运维", "信息系统运行维护服务", "1项", 12650)]

def agg():
    d = {}
    gpb = {}  # code -> [basic, project]
    for u, m in BASIC.items():
        for c, v in m.items():
            gpb.setdefault(c, [0, 0])[0] += v
    for u, c, n, g, f, j in PROJ:
        if g:
            gpb.setdefault(c, [0, 0])[1] += g
    d["gpb"] = gpb
    allf = {}  # all funds code -> [basic, project]
    for c, (b, p) in gpb.items():
        allf.setdefault(c, [0, 0]); allf[c][0] += b; allf[c][1] += p
    for u, (c, v) in list(SHIYE.items()) + list(QITA.items()):
        allf.setdefault(c, [0, 0])[0] += v
    for u, c, n, g, f, j in PROJ:
        if f or j:
            allf.setdefault(c, [0, 0])[1] += f + j
    d["all"] = allf
    return d

def check():
    d = agg()
    gpb_total = sum(b + p for b, p in d["gpb"].values())
    fund = sum(f for *_, f, j in PROJ)
    jz = sum(j for *_, j in PROJ)
    shiye = sum(v for c, v in SHIYE.values()); qita = sum(v for c, v in QITA.values())
    total = gpb_total + fund + shiye + qita + jz
    all_total = sum(b + p for b, p in d["all"].values())
    assert total == all_total, (total, all_total)
    # per unit
    per = []
    for u in range(4):
        b = sum(BASIC[u].values()) + (SHIYE.get(u, (0, 0))[1]) + (QITA.get(u, (0, 0))[1])
        p = sum(g + f + j for uu, c, n, g, f, j in PROJ if uu == u)
        per.append((b, p))
    assert sum(b + p for b, p in per) == total
    # economic
    basic_gpb = sum(sum(m.values()) for m in BASIC.values())
    gong = sum(GONGYONG.values())
    ren = basic_gpb - gong
    sg = [sum(SANGONG[u][i] for u in range(4)) for i in range(4)]
    e = dict(REN_FIXED)
    e["30108"] = sum(BASIC[u].get("2080505", 0) for u in range(4))
    e["30109"] = sum(BASIC[u].get("2080506", 0) for u in range(4))
    e["30110"] = sum(BASIC[u].get("2101101", 0) + BASIC[u].get("2101102", 0) for u in range(4))
    e["30113"] = sum(BASIC[u].get("2210201", 0) for u in range(4))
    e["30102"] = ren - sum(e.values())
    assert e["30102"] > 0
    g = dict(GONG_FIXED); g["30217"] = sg[3]; g["30231"] = sg[2]
    g["30299"] = gong - sum(g.values())
    assert g["30299"] > 0
    # 公务用车购置 is in project 执法执勤用车更新
    assert sg[1] == 2800
    assert sum(a for *_, a in PROCURE) == 49150
    return dict(total=total, gpb_total=gpb_total, fund=fund, jz=jz, shiye=shiye, qita=qita, per=per,
                basic_gpb=basic_gpb, ren=ren, gong=gong, econ_ren=e, econ_gong=g, sg=sg,
                jiguan=GONGYONG[0] + GONGYONG[2], agg=d)

if __name__ == "__main__":
    r = check()
    for k, v in r.items():
        if k != "agg": print(k, v)
