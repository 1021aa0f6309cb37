"""All figures of E (霁岭县桦沟镇人民政府 2024年度部门决算) in 0.01万元 integers, with reconciliation asserts."""
ORG = "霁岭县桦沟镇人民政府"
# (code, name, basic, project)  -- 本年支出 by 功能分类 (all funds)
FUNC = [
    ("2010108", "代表工作", 0, 840),
    ("2010301", "行政运行", 48655, 0),
    ("2010350", "事业运行", 7230, 0),
    ("2010399", "其他政府办公厅（室）及相关机构事务支出", 0, 4510),
    ("2070109", "群众文化", 0, 1860),
    ("2080505", "机关事业单位基本养老保险缴费支出", 9624, 0),
    ("2080506", "机关事业单位职业年金缴费支出", 3850, 0),
    ("2080801", "死亡抚恤", 1200, 0),
    ("2101101", "行政单位医疗", 4128, 0),
    ("2101102", "事业单位医疗", 1436, 0),
    ("2120501", "城乡社区环境卫生", 0, 18690),
    ("2130104", "事业运行", 12845, 0),
    ("2130505", "生产发展", 0, 9500),
    ("2130705", "对村民委员会和村党支部的补助", 0, 31200),
    ("2210201", "住房公积金", 6218, 0),
    ("2240106", "安全监管", 0, 2250),
]
LEVEL = {"201": "一般公共服务支出", "20101": "人大事务", "20103": "政府办公厅（室）及相关机构事务",
         "207": "文化旅游体育与传媒支出", "20701": "文化和旅游",
         "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "20808": "抚恤",
         "210": "卫生健康支出", "21011": "行政事业单位医疗",
         "212": "城乡社区支出", "21205": "城乡社区环境卫生",
         "213": "农林水支出", "21301": "农业农村", "21305": "巩固脱贫攻坚成果衔接乡村振兴", "21307": "农村综合改革",
         "221": "住房保障支出", "22102": "住房改革支出",
         "224": "灾害防治及应急管理支出", "22401": "应急管理事务"}
OTHER_SPENT = {"2120501": 3560}      # spent from 其他收入 23.60 + 其他资金年初结转 12.00
INCOME_OTHER = 2360
CARRY_IN_FIN, CARRY_IN_OTHER = 5218, 1200
CARRY_OUT = 3866                     # all 财政拨款, code 2130705
CARRY_CODE = "2130705"

def total(i):
    return sum(r[i] for r in FUNC)
BASIC, PROJECT = total(2), total(3)
EXP = BASIC + PROJECT
FIN_EXP = EXP - sum(OTHER_SPENT.values())
FIN_INCOME = FIN_EXP + CARRY_OUT - CARRY_IN_FIN
INCOME = FIN_INCOME + INCOME_OTHER
CARRY_IN = CARRY_IN_FIN + CARRY_IN_OTHER
GRAND = INCOME + CARRY_IN

# 基本支出 by 经济分类 (一般公共预算财政拨款)
PERSON = [("30101", "基本工资", 16842), ("30102", "津贴补贴", 14286), ("30103", "奖金", 3620),
          ("30107", "绩效工资", 8864), ("30108", "机关事业单位基本养老保险缴费", 9624),
          ("30109", "职业年金缴费", 3850), ("30110", "职工基本医疗保险缴费", 5564),
          ("30112", "其他社会保障缴费", 612), ("30113", "住房公积金", 6218),
          ("30199", "其他工资福利支出", 2480),
          ("30302", "退休费", 340), ("30304", "抚恤金", 1200), ("30305", "生活补助", 1450)]
PUBLIC = [("30201", "办公费", 2216), ("30205", "水费", 240), ("30206", "电费", 985), ("30207", "邮电费", 312),
          ("30211", "差旅费", 864), ("30213", "维修（护）费", 630), ("30215", "会议费", 120),
          ("30216", "培训费", 205), ("30217", "公务接待费", 326), ("30228", "工会经费", 710),
          ("30229", "福利费", 480), ("30231", "公务用车运行维护费", 948), ("30239", "其他交通费用", 2160)]
PERSON_T = sum(x[2] for x in PERSON)
PUBLIC_OTHER = BASIC - PERSON_T - sum(x[2] for x in PUBLIC)
PUBLIC.append(("30299", "其他商品和服务支出", PUBLIC_OTHER))
PUBLIC_T = sum(x[2] for x in PUBLIC)
JGYX = 8912   # 机关运行经费 (镇本级 公用经费)

# 三公: (name, budget, final)
SANGONG = [("因公出国（境）费", 0, 0), ("公务用车购置费", 0, 0), ("公务用车运行维护费", 1200, 948), ("公务接待费", 450, 326)]
SG_BUD = sum(x[1] for x in SANGONG); SG_FIN = sum(x[2] for x in SANGONG)
SG_PREV = {"合计": 1492, "公务接待费": 410, "公务用车运行维护费": 1082}
SG_COUNTS = {"团组": 0, "出国人次": 0, "车辆": 4, "批次": 41, "接待人次": 287}
FIN_BUDGET = 152000   # 一般公共预算财政拨款 年初预算
PREV = {"收入总计": 153246, "本年支出合计": 146828, "基本支出": 91840, "项目支出": 54988,
        "213": 41870, "212": 14230}
PROJECTS = [("2010108", "人大代表活动经费", 840), ("2010399", "党建及综合治理工作经费", 4510),
            ("2070109", "村级文化活动经费", 1860), ("2120501", "农村人居环境整治项目", 18690),
            ("2130505", "特色种植产业发展补助", 9500), ("2130705", "村级组织运转经费补助", 31200),
            ("2240106", "安全生产及防汛应急经费", 2250)]
PROC = {"总额": 5840, "货物": 1240, "工程": 0, "服务": 4600}
UNITS = [("霁岭县桦沟镇人民政府（本级）", "行政单位"), ("霁岭县桦沟镇农业综合服务中心", "财政补助事业单位"),
         ("霁岭县桦沟镇社会事务综合服务中心", "财政补助事业单位")]
STAFF = {"行政编制": 32, "事业编制": 18, "在职行政": 30, "在职事业": 17, "退休": 21}

def klass(code): return code[:3]
def kuan(code): return code[:5]
def sum_by(prefix_len, code, col):
    return sum(r[col] for r in FUNC if r[0][:prefix_len] == code[:prefix_len])
def fin_of(code):
    b = [r for r in FUNC if r[0] == code][0]
    return b[2] + b[3] - OTHER_SPENT.get(code, 0)
def pct(a, b):  # change a vs b, in %
    return round((a - b) / b * 100, 2)

def check():
    assert BASIC == 95186 and PROJECT == 68850 and EXP == 164036, (BASIC, PROJECT, EXP)
    assert GRAND == EXP + CARRY_OUT
    assert FIN_INCOME + CARRY_IN_FIN == FIN_EXP + CARRY_OUT
    assert PERSON_T + PUBLIC_T == BASIC and PUBLIC_OTHER > 0
    assert sum(p[2] for p in PROJECTS) == PROJECT
    for code, _, amt in PROJECTS:
        assert [r for r in FUNC if r[0] == code][0][3] == amt
    assert dict((c, a) for c, _, a in PERSON)["30108"] == 9624 == [r for r in FUNC if r[0] == "2080505"][0][2]
    assert dict((c, a) for c, _, a in PERSON)["30110"] == 4128 + 1436
    assert dict((c, a) for c, _, a in PUBLIC)["30217"] == SANGONG[3][2]
    assert dict((c, a) for c, _, a in PUBLIC)["30231"] == SANGONG[2][2]
    assert JGYX < PUBLIC_T
    assert PROC["总额"] == PROC["货物"] + PROC["工程"] + PROC["服务"]
    assert sum(STAFF[k] for k in ("在职行政", "在职事业")) == 47
check()
def f(x): return f"{x/100:,.2f}"
if __name__ == "__main__":
    print("basic", f(BASIC), "project", f(PROJECT), "exp", f(EXP), "fin_exp", f(FIN_EXP), "fin_inc", f(FIN_INCOME),
          "income", f(INCOME), "grand", f(GRAND), "person", f(PERSON_T), "public", f(PUBLIC_T), "other30299", f(PUBLIC_OTHER))
    print("sg", f(SG_BUD), f(SG_FIN))
