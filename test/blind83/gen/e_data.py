# -*- coding: utf-8 -*-
"""All figures of E (蘅溪县文化广电旅游体育局 2024年度部门决算), integer 元 (multiples of 100,
so 万元 with two decimals is exact).  check() asserts every reconciliation."""

ORG = "蘅溪县文化广电旅游体育局"
UNITS = ["蘅溪县文化广电旅游体育局（本级）", "蘅溪县图书馆", "蘅溪县文化馆", "蘅溪县博物馆"]
YEAR = 2024

# 类/款 names
LEI = {"207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
KUAN = {"20701": "文化和旅游", "20702": "文物", "20703": "体育", "20708": "广播电视",
        "20805": "行政事业单位养老支出", "20808": "抚恤", "21011": "行政事业单位医疗", "22102": "住房改革支出"}

# 项: code, name, basic (all funds), project (all funds), 年初预算数 (一般公共预算财政拨款)
XIANG = [
 ("2070101", "行政运行",                     3856200,       0, 3792000),
 ("2070102", "一般行政管理事务",                   0,  612400,  580000),
 ("2070104", "图书馆",                       2468300,  678500, 2950000),
 ("2070108", "文化活动",                           0, 1285600, 1400000),
 ("2070109", "群众文化",                     1902700,  831800, 2600000),
 ("2070112", "文化和旅游市场管理",                  0,  318900,  300000),
 ("2070113", "旅游宣传",                           0,  864000,  500000),
 ("2070204", "文物保护",                           0, 1527300, 1200000),
 ("2070205", "博物馆",                       1486900,  728500, 2080000),
 ("2070307", "体育场馆",                           0,  946200, 1150000),
 ("2070308", "群众体育",                           0, 1173800, 1100000),
 ("2070808", "广播电视事务",                        0,  537600,  560000),
 ("2080501", "行政单位离退休",                 286400,       0,  280000),
 ("2080502", "事业单位离退休",                 412700,       0,  400000),
 ("2080505", "机关事业单位基本养老保险缴费支出", 1218600,       0, 1230000),
 ("2080506", "机关事业单位职业年金缴费支出",    487400,       0,  492000),
 ("2080801", "死亡抚恤",                        96000,       0,       0),
 ("2101101", "行政单位医疗",                   238500,       0,  240000),
 ("2101102", "事业单位医疗",                   472300,       0,  476000),
 ("2210201", "住房公积金",                     934800,       0,  940000),
]

# non-财政拨款 money (all spent on projects): code -> (事业收入, 其他收入, 年初非财政结转, spent, 年末非财政结转)
NONFIN = {
 "2070205": (186400, 0, 0, 168200, 18200),      # 博物馆 文创/讲解 事业收入
 "2070104": (0, 52300, 24600, 76200, 700),       # 图书馆 其他收入 (捐赠)
}
# 财政拨款 carry-overs: code -> (年初, 年末)
FINCARRY = {"2070113": (312500, 0), "2070307": (0, 205800)}

# 基本支出 by economic class (all 一般公共预算财政拨款)
PERSON = [  # 人员经费
 ("301", "工资福利支出", None),
 ("30101", "基本工资", 2986400), ("30102", "津贴补贴", 1624800), ("30103", "奖金", 412600),
 ("30107", "绩效工资", 2768300), ("30108", "机关事业单位基本养老保险缴费", 1218600),
 ("30109", "职业年金缴费", 487400), ("30110", "职工基本医疗保险缴费", 710800),
 ("30112", "其他社会保障缴费", 96500), ("30113", "住房公积金", 934800), ("30199", "其他工资福利支出", 541900),
 ("303", "对个人和家庭的补助", None),
 ("30302", "退休费", 699100), ("30304", "抚恤金", 96000),
]
PUBLIC = [  # 公用经费
 ("302", "商品和服务支出", None),
 ("30201", "办公费", 186300), ("30205", "水费", 42800), ("30206", "电费", 168500), ("30207", "邮电费", 36200),
 ("30209", "物业管理费", 214600), ("30211", "差旅费", 97400), ("30213", "维修（护）费", 126800),
 ("30215", "会议费", 18600), ("30216", "培训费", 32400), ("30217", "公务接待费", 28600),
 ("30228", "工会经费", 104900), ("30229", "福利费", 47300), ("30231", "公务用车运行维护费", 64500),
 ("30239", "其他交通费用", 58700), ("30299", "其他商品和服务支出", 23400),
 ("310", "资本性支出", None),
 ("31002", "办公设备购置", 32600),
]

# 三公 (元): 预算数 and 决算数
SANGONG = {
 "预算数": {"出国": 0, "购置": 0, "运行": 70000, "接待": 35000},
 "决算数": {"出国": 0, "购置": 0, "运行": 64500, "接待": 28600},
}
SANGONG_2023 = {"出国": 0, "购置": 0, "运行": 68200, "接待": 34200}
CARS = 3; RECEP_BATCH = 41; RECEP_PERSON = 287

# 2023 comparison figures (元)
Y2023 = {
 "income_total": 21588700,      # 本年收入合计 2023
 "expend_total": 21702900,      # 本年支出合计 2023
 "fin_expend": 21437400,        # 一般公共预算财政拨款支出 2023
 "basic": 13284600, "project": 8418300,
 "lei": {"207": 17436800, "208": 2398700, "210": 689400, "221": 912500},  # 财政拨款 by 类 2023
 "jiguan": 521700,              # 机关运行经费 2023
}
JIGUAN = 486300                  # 机关运行经费 2024 (本级, 行政单位)
# 政府采购 (元)
PROC = {"货物": 583200, "工程": 964000, "服务": 599600, "中小企业": 1832500}
# 国有资产
ASSET = {"total": 68423700, "cars": 3, "big_equip": 1}
# 绩效
PERF = {"items": 12, "key_item": "全民阅读推广", "score": "92.5"}

# ---------------------------------------------------------------- derived
def xiang_rows():
    out = []
    for code, name, b, p, plan in XIANG:
        nf = NONFIN.get(code, (0, 0, 0, 0, 0))
        fc = FINCARRY.get(code, (0, 0))
        total = b + p
        fin_spend = total - nf[3]
        fin_proj = p - nf[3]
        fin_income = fin_spend - fc[0] + fc[1]
        out.append(dict(code=code, name=name, basic=b, project=p, total=total, plan=plan,
                        fin=fin_spend, fin_basic=b, fin_project=fin_proj, fin_income=fin_income,
                        shiye=nf[0], qita=nf[1], income=fin_income + nf[0] + nf[1]))
    return out

def agg(rows, key, prefix):
    return sum(r[key] for r in rows if r["code"].startswith(prefix))

def tree(rows):
    """ordered list of (level, code, name) for 类, 款, 项"""
    out = []; seen = set()
    for r in rows:
        c = r["code"]
        if c[:3] not in seen:
            seen.add(c[:3]); out.append((1, c[:3], LEI[c[:3]]))
        if c[:5] not in seen:
            seen.add(c[:5]); out.append((2, c[:5], KUAN[c[:5]]))
        out.append((3, c, r["name"]))
    return out

def totals():
    rows = xiang_rows()
    T = {}
    T["expend"] = sum(r["total"] for r in rows)
    T["basic"] = sum(r["basic"] for r in rows)
    T["project"] = sum(r["project"] for r in rows)
    T["fin_expend"] = sum(r["fin"] for r in rows)
    T["fin_basic"] = sum(r["fin_basic"] for r in rows)
    T["fin_project"] = sum(r["fin_project"] for r in rows)
    T["fin_income"] = sum(r["fin_income"] for r in rows)
    T["shiye"] = sum(v[0] for v in NONFIN.values())
    T["qita"] = sum(v[1] for v in NONFIN.values())
    T["income"] = T["fin_income"] + T["shiye"] + T["qita"]
    T["fin_begin"] = sum(v[0] for v in FINCARRY.values())
    T["fin_end"] = sum(v[1] for v in FINCARRY.values())
    T["nf_begin"] = sum(v[2] for v in NONFIN.values())
    T["nf_end"] = sum(v[4] for v in NONFIN.values())
    T["begin"] = T["fin_begin"] + T["nf_begin"]
    T["end"] = T["fin_end"] + T["nf_end"]
    T["grand"] = T["income"] + T["begin"]
    T["plan"] = sum(r["plan"] for r in rows)
    T["person"] = sum(v for _, _, v in PERSON if v)
    T["public"] = sum(v for _, _, v in PUBLIC if v)
    T["sg_budget"] = sum(SANGONG["预算数"].values())
    T["sg_final"] = sum(SANGONG["决算数"].values())
    T["sg_2023"] = sum(SANGONG_2023.values())
    T["proc"] = PROC["货物"] + PROC["工程"] + PROC["服务"]
    return T

def econ_sum(items, prefix):
    return sum(v for c, _, v in items if v and c.startswith(prefix))

def wan(x):  # 元 -> '123.45'
    return f"{x/10000:.2f}"

def yuan(x):  # 元 -> '1,234,500'
    return f"{x:,}"

def pct(a, b):
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

def check():
    rows = xiang_rows(); T = totals()
    assert all(v % 100 == 0 for r in rows for v in (r["basic"], r["project"], r["plan"]))
    # 收 = 支
    assert T["grand"] == T["expend"] + T["end"], (T["grand"], T["expend"] + T["end"])
    # 财政拨款 收 = 支
    assert T["fin_income"] + T["fin_begin"] == T["fin_expend"] + T["fin_end"]
    # non-fin
    assert T["shiye"] + T["qita"] + T["nf_begin"] == sum(v[3] for v in NONFIN.values()) + T["nf_end"]
    assert T["expend"] == T["basic"] + T["project"] == T["fin_expend"] + sum(v[3] for v in NONFIN.values())
    # 基本支出 = 人员 + 公用 (all 财政拨款)
    assert T["fin_basic"] == T["basic"] == T["person"] + T["public"], (T["basic"], T["person"] + T["public"])
    P = dict((c, v) for c, _, v in PERSON + PUBLIC)
    g = dict((r["code"], r) for r in rows)
    assert P["30108"] == g["2080505"]["basic"] and P["30109"] == g["2080506"]["basic"]
    assert P["30110"] == g["2101101"]["basic"] + g["2101102"]["basic"]
    assert P["30113"] == g["2210201"]["basic"]
    assert P["30302"] == g["2080501"]["basic"] + g["2080502"]["basic"]
    assert P["30304"] == g["2080801"]["basic"]
    wages = sum(P[c] for c in ("30101", "30102", "30103", "30107", "30112", "30199"))
    runs = sum(g[c]["basic"] for c in ("2070101", "2070104", "2070109", "2070205"))
    assert wages + T["public"] == runs, (wages + T["public"], runs)
    # 三公
    for k in ("预算数", "决算数"):
        s = SANGONG[k]; assert sum(s.values()) == s["出国"] + s["购置"] + s["运行"] + s["接待"]
    assert SANGONG["决算数"]["接待"] == P["30217"] and SANGONG["决算数"]["运行"] == P["30231"]
    # 2023
    assert Y2023["basic"] + Y2023["project"] == Y2023["expend_total"]
    assert sum(Y2023["lei"].values()) == Y2023["fin_expend"]
    assert PROC["中小企业"] <= T["proc"]
    return T

if __name__ == "__main__":
    T = check()
    for k, v in T.items():
        print(k, yuan(v), wan(v))
