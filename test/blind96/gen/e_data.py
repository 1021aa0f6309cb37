# -*- coding: utf-8 -*-
"""Invented 汀溆县人民法院 2025年部门预算: every amount in 元 (multiples of 100, so 万元 has two exact decimals).
compute() asserts that the tables reconcile; the prose figures are derived from the same numbers, except the one
planted contradiction (PROSE_WRONG)."""
from decimal import Decimal, ROUND_HALF_UP

ORG = "汀溆县人民法院"

# 功能科目 项: code, name, 2025 其中一般公共预算拨款, 2025 其他收入, 2024 一般公共预算拨款 (上年预算数), basic?
ITEMS = [
    ("2040501", "行政运行",                 31846500,      0, 30512300, True),
    ("2040502", "一般行政管理事务",           2356000,      0,  2918000, False),
    ("2040504", "案件审判",                   3120000, 380000,  2760000, False),
    ("2040505", "案件执行",                   1485000,      0,  1270000, False),
    ("2040506", "和谐社会建设",                420000,      0,   380000, False),
    ("2040550", "事业运行",                   1208600,      0,  1163400, True),
    ("2040599", "其他法院支出",                720000,      0,  1400000, False),
    ("2080505", "机关事业单位基本养老保险缴费支出", 3612400, 0,  3475800, True),
    ("2080506", "机关事业单位职业年金缴费支出",     1806200, 0,  1737900, True),
    ("2080801", "死亡抚恤",                        0,      0,   215600, True),
    ("2101101", "行政单位医疗",               1962300,      0,  1884500, True),
    ("2101103", "公务员医疗补助",              548200,      0,   522600, True),
    ("2210201", "住房公积金",                 2709300,      0,  2606700, True),
]
NAMES = {"204": "公共安全支出", "20405": "法院",
         "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "20808": "抚恤",
         "210": "卫生健康支出", "21011": "行政事业单位医疗",
         "221": "住房保障支出", "22102": "住房改革支出"}
for c, n, *_ in ITEMS:
    NAMES[c] = n

# 一般公共预算基本支出 by 经济分类 (2025)
ECON = [
    ("301", "工资福利支出", None),
    ("30101", "基本工资", 9326400), ("30102", "津贴补贴", 7884300), ("30103", "奖金", 777200),
    ("30107", "绩效工资", 4662000), ("30108", "机关事业单位基本养老保险缴费", 3612400),
    ("30109", "职业年金缴费", 1806200), ("30110", "职工基本医疗保险缴费", 1962300),
    ("30111", "公务员医疗补助缴费", 548200), ("30112", "其他社会保障缴费", 186500),
    ("30113", "住房公积金", 2709300), ("30199", "其他工资福利支出", 412000),
    ("302", "商品和服务支出", None),
    ("30201", "办公费", 1120000), ("30202", "印刷费", 386000), ("30205", "水费", 142000),
    ("30206", "电费", 468000), ("30207", "邮电费", 652000), ("30211", "差旅费", 1045000),
    ("30213", "维修（护）费", 520000), ("30215", "会议费", 96000), ("30216", "培训费", 285000),
    ("30217", "公务接待费", 126000), ("30226", "劳务费", 980000), ("30228", "工会经费", 512300),
    ("30229", "福利费", 366400), ("30231", "公务用车运行维护费", 498000), ("30239", "其他交通费用", 870000),
    ("30299", "其他商品和服务支出", 348000),
    ("303", "对个人和家庭的补助", None),
    ("30302", "退休费", 1254000), ("30305", "生活补助", 96000), ("30309", "奖励金", 42000),
]

SANGONG = {  # 元
    "y2025": {"因公出国": 0, "购置": 0, "运行": 498000, "接待": 126000},
    "y2024": {"因公出国": 0, "购置": 280000, "运行": 536000, "接待": 148000},
}
OTHER_INCOME_2024 = 380000
JIGUAN_2024 = 8736500          # 2024 机关运行经费
PROCUREMENT = {"货物": 1126000, "服务": 460000}
VEHICLES = {"一般公务用车": 2, "执法执勤用车": 7}
STAFF = {"政法专项编制": 86, "事业编制": 6, "实有人员": 88, "聘用制书记员": 34, "退休人员": 23}
CASES_TARGET = 8600            # 绩效目标: 审（执）结案件
# planted contradiction: the prose gives 案件审判 as 321.00万元; the 公开05表 row 2040504 has 3,120,000.00 元
PROSE_WRONG = {"2040504": 3210000}


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def wan(yuan):
    """元 -> '5217.45' (万元, two decimals)."""
    assert yuan % 100 == 0, yuan
    return f"{Decimal(yuan) / Decimal(10000):.2f}"


def yuan(v):
    return f"{v:,.2f}"


def pct(a, b):
    return str(q2(Decimal(a) * 100 / Decimal(b)))


def compute():
    D = {}
    gp25 = {c: g for c, n, g, o, p, b in ITEMS}
    ot25 = {c: o for c, n, g, o, p, b in ITEMS}
    gp24 = {c: p for c, n, g, o, p, b in ITEMS}
    basic = {c: b for c, n, g, o, p, b in ITEMS}
    for c in list(gp25):
        assert len(c) == 7 and c[:3] in NAMES and c[:5] in NAMES
    tree = {}
    for lvl in (3, 5):
        for c in gp25:
            k = c[:lvl]
            tree.setdefault(k, {"gp25": 0, "ot25": 0, "gp24": 0, "basic": 0, "proj": 0})
            tree[k]["gp25"] += gp25[c]
            tree[k]["ot25"] += ot25[c]
            tree[k]["gp24"] += gp24[c]
            tot = gp25[c] + ot25[c]
            tree[k]["basic" if basic[c] else "proj"] += tot
    for c in gp25:
        tot = gp25[c] + ot25[c]
        tree[c] = {"gp25": gp25[c], "ot25": ot25[c], "gp24": gp24[c],
                   "basic": tot if basic[c] else 0, "proj": 0 if basic[c] else tot}
    # 类 = Σ款, 款 = Σ项
    for k, v in tree.items():
        kids = [x for x in tree if len(x) == len(k) + (2 if len(k) == 3 else 2) and x.startswith(k)]
        if len(k) < 7 and kids:
            for f in v:
                assert v[f] == sum(tree[x][f] for x in kids), (k, f)
    D["tree"] = tree
    D["gp25"] = sum(gp25.values())
    D["ot25"] = sum(ot25.values())
    D["gp24"] = sum(gp24.values())
    D["total25"] = D["gp25"] + D["ot25"]
    D["total24"] = D["gp24"] + OTHER_INCOME_2024
    D["basic"] = sum(tree[k]["basic"] for k in tree if len(k) == 3)
    D["proj"] = sum(tree[k]["proj"] for k in tree if len(k) == 3)
    assert D["basic"] + D["proj"] == D["total25"]
    assert D["gp25"] == sum(tree[k]["gp25"] for k in tree if len(k) == 3)
    # 基本支出 all from 一般公共预算 (其他收入 is all 项目支出)
    gp_basic = sum(gp25[c] for c in gp25 if basic[c])
    assert gp_basic == D["basic"]
    D["gp_proj"] = D["gp25"] - gp_basic
    # 经济分类
    econ = {}
    cur = None
    for c, n, v in ECON:
        if v is None:
            cur = c
            econ[c] = 0
        else:
            assert c.startswith(cur)
            econ[c] = v
            econ[cur] += v
    D["econ"] = econ
    assert econ["301"] + econ["302"] + econ["303"] == D["basic"], (econ, D["basic"])
    # social-security items match the 功能 items
    assert econ["30108"] == gp25["2080505"] and econ["30109"] == gp25["2080506"]
    assert econ["30110"] == gp25["2101101"] and econ["30111"] == gp25["2101103"]
    assert econ["30113"] == gp25["2210201"]
    D["renyuan"] = econ["301"] + econ["303"]
    D["gongyong"] = econ["302"]
    assert D["renyuan"] + D["gongyong"] == D["basic"]
    # 三公
    for y in ("y2025", "y2024"):
        s = SANGONG[y]
        D["sg_" + y] = s["因公出国"] + s["购置"] + s["运行"] + s["接待"]
    assert SANGONG["y2025"]["运行"] == econ["30231"] and SANGONG["y2025"]["接待"] == econ["30217"]
    D["jiguan"] = D["gongyong"]
    D["proc"] = sum(PROCUREMENT.values())
    assert PROSE_WRONG["2040504"] != gp25["2040504"]
    return D


if __name__ == "__main__":
    D = compute()
    for k in ("gp25", "ot25", "gp24", "total25", "total24", "basic", "proj", "gp_proj", "renyuan", "gongyong", "sg_y2025", "sg_y2024", "proc"):
        print(k, D[k], wan(D[k]))
    for k in sorted(D["tree"]):
        print(k, D["tree"][k])
