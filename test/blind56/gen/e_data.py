"""E: 临澄市澄溪区卫生健康委员会2024年度部门决算 (invented). Amounts in 0.01万元 integers."""
ORG = "临澄市澄溪区卫生健康委员会"
UNITS = ["澄溪区卫生健康委员会机关", "澄溪区疾病预防控制中心", "澄溪区东湖社区卫生服务中心"]
def c(x): return int(round(x * 100))
# function rows: code, name, per unit dict idx-> (fin_basic, fin_proj, oth_basic, oth_proj, fund_proj), (年初预算, 调整预算) of 一般公共预算财政拨款
F = [
 ("2080505", "机关事业单位基本养老保险缴费支出", {0: (52.80,0,0,0,0), 1: (38.60,0,0,0,0), 2: (71.40,0,0,0,0)}, (160.00, 162.80)),
 ("2080506", "机关事业单位职业年金缴费支出", {0: (26.40,0,0,0,0), 1: (19.30,0,0,0,0), 2: (35.70,0,0,0,0)}, (80.00, 81.40)),
 ("2100101", "行政运行", {0: (612.30,0,0,0,0)}, (598.00, 615.00)),
 ("2100199", "其他卫生健康管理事务支出", {0: (0,86.40,0,0,0)}, (70.00, 95.00)),
 ("2100303", "城市社区卫生机构", {2: (598.20,140.00,912.60,45.00,0)}, (720.00, 740.00)),
 ("2100401", "疾病预防控制机构", {1: (502.15,0,30.30,0,0)}, (490.00, 505.00)),
 ("2100403", "重大公共卫生服务", {1: (0,168.00,0,0,0)}, (150.00, 172.00)),
 ("2100408", "基本公共卫生服务", {2: (0,420.00,0,0,0)}, (400.00, 420.00)),
 ("2100409", "突发公共卫生事件应急处理", {1: (0,36.50,0,0,0)}, (10.00, 38.00)),
 ("2100717", "计划生育服务", {0: (0,210.00,0,0,0)}, (230.00, 215.00)),
 ("2101101", "行政单位医疗", {0: (30.20,0,0,0,0)}, (30.00, 30.20)),
 ("2101102", "事业单位医疗", {1: (22.10,0,0,0,0), 2: (40.80,0,0,0,0)}, (62.00, 62.90)),
 ("2210201", "住房公积金", {0: (45.60,0,0,0,0), 1: (33.20,0,0,0,0), 2: (61.30,0,0,0,0)}, (138.00, 140.10)),
 ("2296099", "用于其他社会公益事业的彩票公益金支出", {0: (0,0,0,0,60.00)}, (0, 0)),
]
CLASS = {"208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出", "229": "其他支出"}
KUAN = {"20805": "行政事业单位养老支出", "21001": "卫生健康管理事务", "21003": "基层医疗卫生机构", "21004": "公共卫生",
        "21007": "计划生育事务", "21011": "行政事业单位医疗", "22102": "住房改革支出", "22960": "彩票公益金安排的支出"}
CARRY_IN = c(25.00)   # 年初结转和结余: 机关, 一般公共预算财政拨款, used in 2100199
CARRY_OUT = c(12.00)  # 年末结转和结余: 社区, 事业收入 unspent
OTHER_INC = {2: c(18.20)}  # 其他收入
FUND_INC = {0: c(60.00)}
# 三公 per unit: (年初, 调整, 决算)
SANGONG = {
 "因公出国（境）费": {0: (0,0,0), 1: (0,0,0), 2: (0,0,0)},
 "公务用车购置费": {0: (0,0,0), 1: (0,22.00,21.86), 2: (0,0,0)},
 "公务用车运行维护费": {0: (4.00,4.00,3.62), 1: (6.00,6.50,6.27), 2: (0,0,0)},
 "公务接待费": {0: (3.20,2.80,2.46), 1: (1.50,1.50,1.12), 2: (0.80,0.60,0.38)},
}
RECEPTION = {0: (18, 156), 1: (9, 64), 2: (4, 27)}  # 批次, 人次
VEHICLES = {0: 2, 1: 3, 2: 0}
# 基本支出 经济分类 (一般公共预算财政拨款), 30299 computed as balance
ECON_P = [("30101","基本工资",420.36),("30102","津贴补贴",268.44),("30103","奖金",96.20),("30107","绩效工资",512.68),
          ("30108","机关事业单位基本养老保险缴费",162.80),("30109","职业年金缴费",81.40),("30110","职工基本医疗保险缴费",93.10),
          ("30112","其他社会保障缴费",8.65),("30113","住房公积金",140.10),("30199","其他工资福利支出",22.30),
          ("30302","退休费",6.80),("30305","生活补助",3.20),("30309","奖励金",1.50)]
ECON_G = [("30201","办公费",38.60),("30205","水费",6.20),("30206","电费",28.40),("30207","邮电费",9.80),("30211","差旅费",12.30),
          ("30213","维修（护）费",15.60),("30216","培训费",7.40),("30217","公务接待费",3.96),("30228","工会经费",24.10),
          ("30229","福利费",18.20),("30231","公务用车运行维护费",9.89),("30239","其他交通费用",30.50)]
# 项目 (unit, name, code, 决算数, source)
PROJ = [(0,"卫生健康综合监督执法经费（含上年结转25.00万元）","2100199",86.40,"一般公共预算"),
        (0,"计划生育家庭奖励扶助","2100717",210.00,"一般公共预算"),
        (0,"医养结合示范项目","2296099",60.00,"政府性基金预算"),
        (1,"重大传染病防控及免疫规划经费","2100403",168.00,"一般公共预算"),
        (1,"突发公共卫生事件应急处置能力提升（含应急车辆更新）","2100409",36.50,"一般公共预算"),
        (2,"基本公共卫生服务项目","2100408",420.00,"一般公共预算"),
        (2,"家庭医生签约服务","2100303",140.00,"一般公共预算"),
        (2,"诊疗设备更新","2100303",45.00,"事业收入")]

def rows():
    out = []
    for code, name, per, bud in F:
        t = [0]*5; pu = {}
        for u, v in per.items():
            vv = [c(x) for x in v]; pu[u] = vv
            t = [a+b for a, b in zip(t, vv)]
        out.append(dict(code=code, name=name, per=pu, t=t, b0=c(bud[0]), b1=c(bud[1])))
    return out

def derive():
    R = rows(); d = {}
    fin_b = sum(r["t"][0] for r in R); fin_p = sum(r["t"][1] for r in R)
    oth_b = sum(r["t"][2] for r in R); oth_p = sum(r["t"][3] for r in R); fund = sum(r["t"][4] for r in R)
    d.update(fin_b=fin_b, fin_p=fin_p, oth_b=oth_b, oth_p=oth_p, fund=fund)
    d["fin_exp"] = fin_b + fin_p
    d["fin_inc"] = d["fin_exp"] - CARRY_IN
    unit = {}
    for u in range(3):
        s = [sum(r["per"].get(u, [0]*5)[k] for r in R) for k in range(5)]
        fi = s[0] + s[1] - (CARRY_IN if u == 0 else 0)
        oth = s[2] + s[3] + (CARRY_OUT if u == 2 else 0)
        shiye = oth - OTHER_INC.get(u, 0)
        unit[u] = dict(s=s, fin_inc=fi, shiye=shiye, other=OTHER_INC.get(u, 0), fund=FUND_INC.get(u, 0),
                       basic=s[0]+s[2], proj=s[1]+s[3]+s[4], carry_in=CARRY_IN if u == 0 else 0, carry_out=CARRY_OUT if u == 2 else 0)
        unit[u]["inc"] = fi + shiye + unit[u]["other"] + unit[u]["fund"]
        unit[u]["exp"] = unit[u]["basic"] + unit[u]["proj"]
    d["unit"] = unit
    d["shiye"] = sum(unit[u]["shiye"] for u in range(3)); d["other"] = sum(OTHER_INC.values())
    d["inc"] = d["fin_inc"] + fund + d["shiye"] + d["other"]
    d["exp"] = fin_b + fin_p + oth_b + oth_p + fund
    d["basic"] = fin_b + oth_b; d["proj"] = fin_p + oth_p + fund
    d["total"] = d["inc"] + CARRY_IN
    econ_p = sum(c(x[2]) for x in ECON_P); econ_g0 = sum(c(x[2]) for x in ECON_G)
    d["econ_p"] = econ_p; d["econ_299"] = fin_b - econ_p - econ_g0; d["econ_g"] = fin_b - econ_p
    d["rows"] = R
    sg = {k: [sum(c(v[u][i]) for u in range(3)) for i in range(3)] for k, v in SANGONG.items()}
    d["sg"] = sg; d["sg_total"] = [sum(sg[k][i] for k in sg) for i in range(3)]
    d["fin_b0"] = sum(r["b0"] for r in R); d["fin_b1"] = sum(r["b1"] for r in R)
    return d

def check():
    d = derive(); R = d["rows"]
    assert d["total"] == d["exp"] + CARRY_OUT, (d["total"], d["exp"])
    assert sum(d["unit"][u]["inc"] for u in range(3)) == d["inc"]
    for u in range(3):
        U = d["unit"][u]; assert U["inc"] + U["carry_in"] == U["exp"] + U["carry_out"], u
    assert d["econ_299"] > 0
    assert c(162.80) == sum(r["t"][0] for r in R if r["code"] == "2080505")
    assert c(81.40) == sum(r["t"][0] for r in R if r["code"] == "2080506")
    assert c(93.10) == sum(r["t"][0] for r in R if r["code"] in ("2101101", "2101102"))
    assert c(140.10) == sum(r["t"][0] for r in R if r["code"] == "2210201")
    assert d["sg"]["公务接待费"][2] == c(3.96) and d["sg"]["公务用车运行维护费"][2] == c(9.89)
    assert sum(c(p[3]) for p in PROJ) == d["proj"]
    for code in {p[2] for p in PROJ}:
        r = [r for r in R if r["code"] == code][0]
        assert sum(c(p[3]) for p in PROJ if p[2] == code) == r["t"][1] + r["t"][3] + r["t"][4], code
    return d

if __name__ == "__main__":
    d = check()
    for k, v in d.items():
        if isinstance(v, int): print(k, v/100)
    for u in range(3): print(UNITS[u], {k: (v/100 if isinstance(v, int) else [x/100 for x in v]) for k, v in d["unit"][u].items()})
    print("sg", {k: [x/100 for x in v] for k, v in d["sg"].items()}, [x/100 for x in d["sg_total"]])
    print("ok")
