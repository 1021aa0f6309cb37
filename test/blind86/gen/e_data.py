#!/usr/bin/env python3
"""Figures of the invented 沅屏县人民医院 2024年度单位决算. Amounts are integers in hundredths of 万元
(28415.62万元 -> 2841562) so every sum is exact; the 三公 table is in 元 (integer 元*100 -> here whole 元).
check() asserts that everything reconciles."""

ORG = "沅屏县人民医院"
SUPER = "沅屏县卫生健康局"
YEAR = 2024

# ---- income (本年收入) ----
INC = {  # 收入支出决算总表, 收入 side
    "一般公共预算财政拨款收入": 328645,
    "政府性基金预算财政拨款收入": 0,
    "国有资本经营预算财政拨款收入": 0,
    "上级补助收入": 0,
    "事业收入": 2841562,
    "经营收入": 0,
    "附属单位上缴收入": 0,
    "其他收入": 51238,
}
INC_TOTAL = 3221445          # 本年收入合计
SHIYE_JIJIN = 38620          # 用事业基金弥补收支差额
NIANCHU = 104217             # 年初结转和结余
GRAND = 3364282              # 收入总计 = 支出总计

# ---- functional subjects: code -> name (类/款/项) ----
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21002": "公立医院", "2100201": "综合医院",
    "21004": "公共卫生", "2100409": "重大公共卫生服务",
    "21011": "行政事业单位医疗", "2101102": "事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}
XIANG = ["2080505", "2080506", "2100201", "2100409", "2101102", "2210201"]

# 支出决算表 (all funds): 项 -> (基本支出, 项目支出, 经营支出)
EXP = {
    "2080505": (146820, 0, 0),
    "2080506": (58728, 0, 0),
    "2100201": (2585460, 258211, 0),
    "2100409": (0, 31240, 0),
    "2101102": (69836, 0, 0),
    "2210201": (126790, 0, 0),
}
JIBEN, XIANGMU, JINGYING = 2987634, 289451, 0
EXP_TOTAL = 3277085
JIEYU_FENPEI = 0
NIANMO = 87197               # 年末结转和结余

# 收入决算表 by 项: (财政拨款收入, 事业收入, 经营收入, 其他收入)
INCF = {
    "2080505": (78645, 68175, 0, 0),
    "2080506": (31458, 27270, 0, 0),
    "2100201": (114870, 2621923, 0, 51238),
    "2100409": (31240, 0, 0, 0),
    "2101102": (35622, 34214, 0, 0),
    "2210201": (36810, 89980, 0, 0),
}

# 财政拨款 (一般公共预算 only)
CZ_INC = 328645
CZ_NIANCHU = 12530
CZ_NIANMO = 5840
# 一般公共预算财政拨款支出决算表: 项 -> (年初预算, 调整预算, 决算: 基本, 项目)
CZ = {
    "2080505": (77200, 78645, 78645, 0),
    "2080506": (30880, 31458, 31458, 0),
    "2100201": (98000, 124000, 35560, 86000),
    "2100409": (26000, 32000, 0, 31240),
    "2101102": (35000, 35622, 35622, 0),
    "2210201": (37200, 36810, 36810, 0),
}
CZ_TOTAL = 335335
CZ_JIBEN, CZ_XIANGMU = 218095, 117240

# 一般公共预算财政拨款基本支出决算表 (经济分类)
RENYUAN = [  # 人员经费
    ("301", "工资福利支出", 206095),
    ("30101", "基本工资", 14230),
    ("30102", "津贴补贴", 5870),
    ("30107", "绩效工资", 3460),
    ("30108", "机关事业单位基本养老保险缴费", 78645),
    ("30109", "职业年金缴费", 31458),
    ("30110", "职工基本医疗保险缴费", 35622),
    ("30113", "住房公积金", 36810),
    ("303", "对个人和家庭的补助", 0),
]
GONGYONG = [  # 公用经费
    ("302", "商品和服务支出", 12000),
    ("30201", "办公费", 1840),
    ("30205", "水费", 960),
    ("30206", "电费", 3680),
    ("30211", "差旅费", 620),
    ("30213", "维修（护）费", 2250),
    ("30231", "公务用车运行维护费", 836),
    ("30299", "其他商品和服务支出", 1814),
    ("310", "资本性支出", 0),
]
RENYUAN_TOTAL, GONGYONG_TOTAL = 206095, 12000

# 三公 (元): (预算数, 决算数)
SANGONG = {
    "因公出国（境）费": (0, 0),
    "公务用车购置费": (0, 0),
    "公务用车运行维护费": (90000, 83600),
    "公务接待费": (0, 0),
}
SANGONG_TOTAL = (90000, 83600)
SANGONG_LAST = 91200       # 2023年 公务用车运行维护费决算 (元)
GONGCHE_COUNT = 3          # 公务用车保有量

# 2023 comparisons (hundredths of 万元)
LAST = {"收支总计": 3240873, "收入合计": 3056218, "支出合计": 3120544,
        "事业收入": 2680240, "财政拨款收入": 296820, "财政拨款支出": 301876}

# 政府采购
CAIGOU = {"货物": 168530, "服务": 37250, "工程": 8900}
CAIGOU_TOTAL = 214680
CAIGOU_ZXQY = 120460       # 授予中小企业合同金额

# 国有资产 / 基本情况
CHELIANG, JIUHUCHE, GONGWU_CHE, QITA_CHE = 14, 9, 3, 2
SHEBEI_100W = 11
BIANZHI_CHUANG, KAIFANG_CHUANG = 450, 520
ZAIZHI, BIANNEI, BIANWAI, LITUIXIU = 682, 415, 267, 138

# planted contradiction: prose prints this for 2100201 综合医院 财政拨款支出 (table: 121560)
PLANTED_PROSE = 125160


def w(v):
    """hundredths of 万元 -> '1234.56'"""
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100}.{v % 100:02d}"


def wc(v):
    """with thousands commas, as the spreadsheet prints"""
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100:,}.{v % 100:02d}"


def pct(a, b):
    """a/b as a percentage string, two decimals, half-up"""
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def kuan_sum(prefix, table, idx=None):
    tot = 0
    for c in XIANG:
        if c.startswith(prefix):
            v = table[c]
            tot += sum(v) if idx is None else (sum(v[i] for i in idx) if isinstance(idx, (list, tuple)) else v[idx])
    return tot


def check():
    assert sum(INC.values()) == INC_TOTAL
    assert INC_TOTAL + SHIYE_JIJIN + NIANCHU == GRAND
    assert sum(sum(v) for v in EXP.values()) == EXP_TOTAL
    assert sum(v[0] for v in EXP.values()) == JIBEN and sum(v[1] for v in EXP.values()) == XIANGMU
    assert JIBEN + XIANGMU + JINGYING == EXP_TOTAL
    assert EXP_TOTAL + JIEYU_FENPEI + NIANMO == GRAND
    # 收入决算表 columns = 总表 income items
    assert sum(v[0] for v in INCF.values()) == INC["一般公共预算财政拨款收入"]
    assert sum(v[1] for v in INCF.values()) == INC["事业收入"]
    assert sum(v[2] for v in INCF.values()) == INC["经营收入"]
    assert sum(v[3] for v in INCF.values()) == INC["其他收入"]
    assert sum(sum(v) for v in INCF.values()) == INC_TOTAL
    # 财政拨款
    assert sum(v[2] + v[3] for v in CZ.values()) == CZ_TOTAL
    assert sum(v[2] for v in CZ.values()) == CZ_JIBEN and sum(v[3] for v in CZ.values()) == CZ_XIANGMU
    assert CZ_INC + CZ_NIANCHU == CZ_TOTAL + CZ_NIANMO
    assert CZ_INC == INC["一般公共预算财政拨款收入"]
    for c in XIANG:   # fiscal spending never exceeds all-funds spending of the same 项
        assert CZ[c][2] <= EXP[c][0] and CZ[c][3] <= EXP[c][1], c
    # 基本支出 = 人员 + 公用
    assert RENYUAN[0][2] == sum(x[2] for x in RENYUAN[1:8]) and RENYUAN_TOTAL == RENYUAN[0][2] + RENYUAN[-1][2]
    assert GONGYONG[0][2] == sum(x[2] for x in GONGYONG[1:8]) and GONGYONG_TOTAL == GONGYONG[0][2] + GONGYONG[-1][2]
    assert RENYUAN_TOTAL + GONGYONG_TOTAL == CZ_JIBEN
    # economic items tie to functional 项
    assert dict((a, c) for a, _, c in RENYUAN)["30108"] == CZ["2080505"][2]
    assert dict((a, c) for a, _, c in RENYUAN)["30109"] == CZ["2080506"][2]
    assert dict((a, c) for a, _, c in RENYUAN)["30110"] == CZ["2101102"][2]
    assert dict((a, c) for a, _, c in RENYUAN)["30113"] == CZ["2210201"][2]
    # 三公 (元) and its link to 30231 (万元*100 == 元/100)
    assert sum(v[0] for v in SANGONG.values()) == SANGONG_TOTAL[0]
    assert sum(v[1] for v in SANGONG.values()) == SANGONG_TOTAL[1]
    assert SANGONG["公务用车运行维护费"][1] == dict((a, c) for a, _, c in GONGYONG)["30231"] * 100
    # 采购, 车辆
    assert sum(CAIGOU.values()) == CAIGOU_TOTAL and CAIGOU_ZXQY < CAIGOU_TOTAL
    assert JIUHUCHE + GONGWU_CHE + QITA_CHE == CHELIANG and GONGWU_CHE == GONGCHE_COUNT
    assert BIANNEI + BIANWAI == ZAIZHI
    assert GRAND - LAST["收支总计"] > 0
    assert PLANTED_PROSE != CZ["2100201"][2] + CZ["2100201"][3]
    return True


if __name__ == "__main__":
    check()
    print("e_data OK")
