"""E (invented): 岚沣县 2024年预算执行情况和2025年预算草案的报告. Every amount is an integer 万元.
check() asserts every total and balance reconciles."""
from decimal import Decimal, ROUND_HALF_UP
COUNTY, CITY = "岚沣县", "汀嵩市"
# (name, 2024预算, 2024执行, 2023执行, 2025预算); None = blank cell
TAX = [("增值税", 38000, 38650, 36920, 40200), ("企业所得税", 13000, 12480, 13150, 12900),
       ("个人所得税", 3200, 3265, 3108, 3400), ("城市维护建设税", 5700, 5820, 5590, 6050),
       ("房产税", 4100, 4160, 3985, 4300), ("印花税", 1900, 1935, 1802, 2000),
       ("城镇土地使用税", 2950, 2870, 3040, 2900), ("土地增值税", 7000, 6150, 7420, 6000),
       ("车船税", 1250, 1240, 1196, 1280), ("耕地占用税", 2600, 2310, 2985, 2200),
       ("契税", 8200, 7830, 8760, 7600), ("环境保护税", 350, 365, 342, 380)]
NONTAX = [("专项收入", 6300, 6420, 6105, 6600), ("行政事业性收费收入", 3700, 3580, 3760, 3500),
          ("罚没收入", 3000, 2960, 3215, 2800), ("国有资源（资产）有偿使用收入", 10000, 10840, 8930, 11500),
          ("捐赠收入", None, 86, 0, None), ("其他收入", 1200, 1156, 1380, 1000)]
# 功能分类 类: (code, name, 2024预算, 2024执行, 2023执行, 2025预算)
EXP = [("201", "一般公共服务支出", 25800, 26940, 25310, 26300), ("203", "国防支出", 420, 386, 402, 410),
       ("204", "公共安全支出", 11600, 11920, 11350, 12100), ("205", "教育支出", 68500, 70215, 66830, 71800),
       ("206", "科学技术支出", 6200, 5870, 5640, 6500), ("207", "文化旅游体育与传媒支出", 4300, 4105, 4460, 4200),
       ("208", "社会保障和就业支出", 52400, 54380, 50920, 56700), ("210", "卫生健康支出", 31800, 32950, 30180, 33600),
       ("211", "节能环保支出", 8600, 7940, 9210, 7800), ("212", "城乡社区支出", 27500, 25860, 28940, 24600),
       ("213", "农林水支出", 45200, 47830, 44120, 46500), ("214", "交通运输支出", 9800, 10560, 12380, 9600),
       ("215", "资源勘探工业信息等支出", 3900, 3620, 3480, 3800), ("216", "商业服务业等支出", 1200, 1050, 1320, 1100),
       ("220", "自然资源海洋气象等支出", 2600, 2380, 2510, 2400), ("221", "住房保障支出", 12300, 12860, 12140, 12900),
       ("222", "粮油物资储备支出", 650, 610, 580, 640), ("224", "灾害防治及应急管理支出", 2900, 3140, 2760, 3100),
       ("227", "预备费", 4000, None, None, 4500), ("229", "其他支出", 2100, 1890, 2350, 1800),
       ("232", "债务付息支出", 9300, 9260, 8750, 9800), ("233", "债务发行费用支出", 60, 48, 42, 50)]
PLANTED = {"code": "205", "table": 70215, "prose": 70251}   # the one contradiction: prose misstates 教育支出执行数
# 2024 transfers (执行)
SUB = {"返还性收入": 9860, "一般性转移支付收入": 164320, "专项转移支付收入": 28360}
BOND_NEW, BOND_REFI = 16000, 12000                # 一般债券 新增 / 再融资 (债务转贷收入)
FUND_OUT, SOE_OUT = 14900, 700                   # 调入资金 = 基金调出 + 国资调出
CARRY_IN_24, STAB_USE_24 = 8420, 6000
UPPAY_24, REPAY_GEN_24, STAB_SET_24 = 6850, 24000, 3200
# 2025 budget transfers
BOND_REFI_25, FUND_OUT_25, SOE_OUT_25, STAB_USE_25, UPPAY_25, REPAY_GEN_25 = 15000, 13000, 800, 3200, 6900, 15000
ONE_OFF_23 = 1980   # 2023年一次性土地增值税清算入库 (同口径 base)
SANBAO = {"保基本民生": 142680, "保工资": 78540, "保运转": 12360}
# 政府性基金: (name, 2024预算, 2024执行, 2023执行, 2025预算)
FUND_IN = [("国有土地使用权出让收入", 95000, 78650, 102340, 82000), ("城市基础设施配套费收入", 3200, 2860, 3540, 3000),
           ("污水处理费收入", 1100, 1145, 1080, 1150), ("其他政府性基金收入", 600, 512, 690, 550)]
FUND_EXP = [("208", "社会保障和就业支出", 300, 320, 310), ("212", "城乡社区支出", 72000, 61240, 60500),
            ("229", "其他支出", 40000, 38460, 36000), ("232", "债务付息支出", 9900, 9870, 10400),
            ("233", "债务发行费用支出", 45, 42, 40)]           # (code, name, 2024预算, 2024执行, 2025预算)
FUND_SUB_24, FUND_BOND_24, FUND_CARRY_IN_24, FUND_REPAY_24 = 4350, 42000, 5630, 8000
FUND_SUB_25, FUND_BOND_25 = 3800, 36000
SOE = {"budget24": 1100, "exec24": 1180, "exec23": 1040, "profit": 860, "transfer": 320, "exp24": 480, "budget25": 1250, "exp25": 450}
SSF = {"in24": 98760, "out24": 91230, "bal24": 64250, "in25": 103400, "out25": 97650}
DEBT = {"一般债务": {"bal23": 154360, "new": BOND_NEW + BOND_REFI, "repay": REPAY_GEN_24, "bal24": 158360, "limit": 162000},
        "专项债务": {"bal23": 257470, "new": FUND_BOND_24, "repay": FUND_REPAY_24, "bal24": 291470, "limit": 298000}}

def s(rows, i): return sum(r[i] or 0 for r in rows)
def pct(a, b, nd=1):
    """a/b as a percent string rounded half-up, e.g. pct(1,3) -> '33.3'."""
    q = Decimal(a) * 100 / Decimal(b)
    return str(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))
def yi(w): return str((Decimal(w) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

def totals():
    t = {}
    t["tax"] = [s(TAX, i) for i in (1, 2, 3, 4)]; t["nontax"] = [s(NONTAX, i) for i in (1, 2, 3, 4)]
    t["rev"] = [a + b for a, b in zip(t["tax"], t["nontax"])]
    t["exp"] = [s(EXP, i) for i in (2, 3, 4, 5)]
    t["sub24"] = sum(SUB.values()); t["bond24"] = BOND_NEW + BOND_REFI; t["in24"] = FUND_OUT + SOE_OUT
    t["total_in24"] = t["rev"][1] + t["sub24"] + t["bond24"] + t["in24"] + CARRY_IN_24 + STAB_USE_24
    t["carry_out24"] = t["total_in24"] - (t["exp"][1] + UPPAY_24 + REPAY_GEN_24 + STAB_SET_24)
    t["total_out25"] = t["exp"][3] + UPPAY_25 + REPAY_GEN_25
    t["in25"] = FUND_OUT_25 + SOE_OUT_25
    t["sub25"] = t["total_out25"] - (t["rev"][3] + BOND_REFI_25 + t["in25"] + t["carry_out24"] + STAB_USE_25)
    t["fin"] = [s(FUND_IN, i) for i in (1, 2, 3, 4)]; t["fexp"] = [s(FUND_EXP, i) for i in (2, 3, 4)]
    t["ftotal_in24"] = t["fin"][1] + FUND_SUB_24 + FUND_BOND_24 + FUND_CARRY_IN_24
    t["fcarry_out24"] = t["ftotal_in24"] - (t["fexp"][1] + FUND_OUT + FUND_REPAY_24)
    t["ftotal_in25"] = t["fin"][3] + FUND_SUB_25 + FUND_BOND_25 + t["fcarry_out24"]
    t["frepay25"] = t["ftotal_in25"] - (t["fexp"][2] + FUND_OUT_25)
    t["sanbao"] = sum(SANBAO.values())
    return t

def check():
    t = totals()
    assert t["carry_out24"] > 0 and 150000 < t["sub25"] < 230000 and t["fcarry_out24"] > 0 and t["frepay25"] > 0, t
    assert t["total_in24"] == t["exp"][1] + UPPAY_24 + REPAY_GEN_24 + STAB_SET_24 + t["carry_out24"]
    assert t["rev"][3] + t["sub25"] + BOND_REFI_25 + t["in25"] + t["carry_out24"] + STAB_USE_25 == t["total_out25"]
    assert SOE["profit"] + SOE["transfer"] == SOE["exec24"] == SOE["exp24"] + SOE_OUT          # 国资 收=支+调出
    assert SOE["budget25"] == SOE["exp25"] + SOE_OUT_25
    for k, d in DEBT.items(): assert d["bal23"] + d["new"] - d["repay"] == d["bal24"] <= d["limit"], k
    assert t["sanbao"] < t["exp"][1]
    assert [r for r in EXP if r[0] == PLANTED["code"]][0][3] == PLANTED["table"] != PLANTED["prose"]
    assert SSF["bal24"] + SSF["in25"] - SSF["out25"] == 70000
    return t

if __name__ == "__main__":
    t = check()
    for k, v in t.items(): print(k, v)
