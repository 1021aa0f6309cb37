# -*- coding: utf-8 -*-
"""Figures of the invented 澄岘区 report (all integer 万元). compute() asserts every sum the document states."""
from decimal import Decimal, ROUND_HALF_UP

# 表1 一般公共预算收入执行表: name, 2024年执行数, 2025年预算数, 2025年执行数
TAX = [
    ("增值税", 21480, 22600, 22915),
    ("企业所得税", 8320, 8700, 8412),
    ("个人所得税", 2150, 2300, 2268),
    ("资源税", 640, 700, 655),
    ("城市维护建设税", 2960, 3100, 3146),
    ("房产税", 1820, 1900, 1967),
    ("印花税", 930, 980, 1012),
    ("城镇土地使用税", 1460, 1500, 1433),
    ("土地增值税", 3250, 3000, 2486),
    ("车船税", 540, 560, 571),
    ("耕地占用税", 1180, 1000, 842),
    ("契税", 2870, 2800, 2395),
    ("环境保护税", 210, 220, 236),
]
NONTAX = [
    ("专项收入", 3120, 3200, 3288),
    ("行政事业性收费收入", 1940, 1900, 1826),
    ("罚没收入", 1560, 1500, 1472),
    ("国有资源(资产)有偿使用收入", 4280, 4500, 5136),
    ("政府住房基金收入", 310, 300, 294),
    ("其他收入", 820, 800, 1017),
]
# 表2 一般公共预算支出执行表 (by 类): code, name, 2024年执行数, 2025年预算数, 2025年执行数 (None = blank)
FUNC = [
    ("201", "一般公共服务支出", 28460, 27800, 28135),
    ("203", "国防支出", 310, 300, 296),
    ("204", "公共安全支出", 14280, 14600, 14952),
    ("205", "教育支出", 61230, 63500, 64418),
    ("206", "科学技术支出", 3870, 4200, 4365),
    ("207", "文化旅游体育与传媒支出", 4120, 4000, 3861),
    ("208", "社会保障和就业支出", 42650, 44800, 46237),
    ("210", "卫生健康支出", 17920, 18300, 18640),
    ("211", "节能环保支出", 5360, 5000, 4718),
    ("212", "城乡社区支出", 31480, 29500, 27964),
    ("213", "农林水支出", 22740, 23500, 24106),
    ("214", "交通运输支出", 6830, 6000, 5572),
    ("215", "资源勘探工业信息等支出", 2950, 3100, 3247),
    ("216", "商业服务业等支出", 1240, 1100, 1063),
    ("220", "自然资源海洋气象等支出", 1860, 1900, 1794),
    ("221", "住房保障支出", 9470, 9800, 10126),
    ("222", "粮油物资储备支出", 520, 500, 487),
    ("224", "灾害防治及应急管理支出", 2130, 2200, 2316),
    ("227", "预备费", None, 2500, None),
    ("229", "其他支出", 1570, 1200, 938),
    ("232", "债务付息支出", 5840, 6200, 6175),
    ("233", "债务发行费用支出", 40, 50, 46),
]
PLANTED = {"210": 18460}          # prose figure for 卫生健康支出 2025年执行数; 表2 says 18640

# 一般公共预算 2025 平衡 (执行)
SUBSIDY = {"返还性收入": 5260, "一般性转移支付收入": 175740, "专项转移支付收入": 21380}
BOND_IN = {"新增一般债券": 8000, "再融资一般债券": 6500}
STAB_USE = 4000          # 动用预算稳定调节基金
CARRY_IN = 5310          # 上年结转
UPPAY = 9860             # 上解上级支出
REPAY_G = 6500           # 一般债务还本支出
STAB_SET = 3000          # 安排预算稳定调节基金

# 表3 政府性基金预算收支执行表: name, 2024执行, 2025预算, 2025执行
FUND_IN = [
    ("国有土地使用权出让收入", 46820, 42000, 38640),
    ("城市基础设施配套费收入", 2460, 2300, 2118),
    ("污水处理费收入", 1080, 1100, 1126),
    ("其他政府性基金收入", 390, 400, 412),
]
FUND_OUT = [
    ("城乡社区支出", 41260, 38600, 36875),
    ("其他支出", 22350, 25000, 15400),
    ("债务付息支出", 7120, 7600, 7548),
    ("债务发行费用支出", 60, 70, 64),
    ("债务还本支出", 4800, 9200, 9200),
]
FUND_SUB = 1850           # 上级补助收入 2025
FUND_BOND = 25000         # 专项债券转贷收入 2025 (新增)
FUND_CARRY_IN = 6230
FUND_TRANSFER_OUT = 4600  # 调出资金 -> 一般公共预算
FUND_REPAY = 0            # 专项债务还本 from 再融资 (not in this account)

# 表4 国有资本经营预算收支执行表
SOE_IN = [
    ("利润收入", 1160, 1200, 1284),
    ("股利、股息收入", 240, 250, 236),
    ("产权转让收入", 0, 300, 310),
    ("其他国有资本经营预算收入", 40, 50, 42),
]
SOE_OUT = [
    ("解决历史遗留问题及改革成本支出", 520, 600, 578),
    ("国有企业资本金注入", 380, 500, 494),
]
SOE_TRANSFER_OUT = 800    # 调出资金 2025 执行

# 表5 政府债务限额和余额情况表: 2024年末余额, 2025年限额, 2025年新增债券, 2025年偿还本金, 2025年末余额
DEBT = {
    "一般债务": (152300, 168500, 8000, 6500),
    "专项债务": (268400, 301200, 25000, 9200),
}
DEBT_REFI_SPECIAL = 9200  # 专项债务还本由再融资专项债券偿还 (in 偿还本金 column, new+refi shown net)

# 2026 草案 (prose only)
R26 = {"一般公共预算收入": None, "税收收入": 49800, "非税收入": 12100}
E26 = 276300
SANGONG26 = dict(total=386, abroad=0, car=248, car_buy=40, car_run=208, recep=138)
SANGONG25 = 400
BASIC26 = dict(total=126480, person=111260, public=15220)


def pct(a, b):
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def growth(new, old):
    return str(((Decimal(new) - Decimal(old)) * 100 / Decimal(old)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def compute():
    D = {}
    for i, k in ((1, "24"), (2, "25b"), (3, "25")):
        D["tax_" + k] = sum(r[i] for r in TAX)
        D["nontax_" + k] = sum(r[i] for r in NONTAX)
        D["rev_" + k] = D["tax_" + k] + D["nontax_" + k]
        D["exp_" + k] = sum((r[i + 1] or 0) for r in FUNC)
    D["subsidy"] = sum(SUBSIDY.values())
    D["bond_in"] = sum(BOND_IN.values())
    D["transfer_in"] = FUND_TRANSFER_OUT + SOE_TRANSFER_OUT
    D["total_in"] = D["rev_25"] + D["subsidy"] + D["bond_in"] + D["transfer_in"] + CARRY_IN + STAB_USE
    D["carry_out"] = D["total_in"] - (D["exp_25"] + UPPAY + REPAY_G + STAB_SET)
    assert 0 < D["carry_out"] < 10000, D["carry_out"]
    assert REPAY_G == BOND_IN["再融资一般债券"]
    D["total_out"] = D["exp_25"] + UPPAY + REPAY_G + STAB_SET + D["carry_out"]
    assert D["total_out"] == D["total_in"]
    # fund
    for i, k in ((1, "24"), (2, "25b"), (3, "25")):
        D["fund_in_" + k] = sum(r[i] for r in FUND_IN)
        D["fund_out_" + k] = sum(r[i] for r in FUND_OUT)
    D["fund_total_in"] = D["fund_in_25"] + FUND_SUB + FUND_BOND + FUND_CARRY_IN
    D["fund_carry_out"] = D["fund_total_in"] - D["fund_out_25"] - FUND_TRANSFER_OUT
    assert 0 < D["fund_carry_out"] < 10000, D["fund_carry_out"]
    # soe
    for i, k in ((1, "24"), (2, "25b"), (3, "25")):
        D["soe_in_" + k] = sum(r[i] for r in SOE_IN)
        D["soe_out_" + k] = sum(r[i] for r in SOE_OUT)
    assert D["soe_in_25"] == D["soe_out_25"] + SOE_TRANSFER_OUT, (D["soe_in_25"], D["soe_out_25"])
    # debt
    D["debt"] = {}
    for k, (b0, lim, new, rep) in DEBT.items():
        end = b0 + new - rep
        assert end <= lim, k
        D["debt"][k] = (b0, lim, new, rep, end)
    D["debt"]["合计"] = tuple(sum(D["debt"][k][j] for k in DEBT) for j in range(5))
    assert DEBT["一般债务"][2] == BOND_IN["新增一般债券"] and DEBT["一般债务"][3] == REPAY_G
    assert DEBT["专项债务"][2] == FUND_BOND and DEBT["专项债务"][3] == FUND_OUT[-1][3]
    # 2026
    D["rev_26"] = R26["税收收入"] + R26["非税收入"]
    s = SANGONG26
    assert s["total"] == s["abroad"] + s["car"] + s["recep"] and s["car"] == s["car_buy"] + s["car_run"]
    assert BASIC26["total"] == BASIC26["person"] + BASIC26["public"]
    return D


if __name__ == "__main__":
    import json
    print(json.dumps(compute(), ensure_ascii=False, indent=1))
