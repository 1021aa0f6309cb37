# -*- coding: utf-8 -*-
"""Invented 霁原市文化和旅游局 2024年部门决算: every amount in 分之万元 (hundredths of 万元) as int.
compute() asserts that the document's figures reconcile (the one planted prose error is kept out of here)."""
from decimal import Decimal, ROUND_HALF_UP

ORG = "霁原市文化和旅游局"
UNITS = ["局机关", "霁原市文化馆", "霁原市图书馆", "霁原市博物馆"]
UNIT_KIND = {"局机关": "行政单位", "霁原市文化馆": "公益一类事业单位", "霁原市图书馆": "公益一类事业单位",
             "霁原市博物馆": "公益一类事业单位"}
STAFF = {"局机关": (32, 29), "霁原市文化馆": (21, 19), "霁原市图书馆": (24, 23), "霁原市博物馆": (22, 20)}  # 编制, 实有


def c(x):
    """'612.48' -> 61248"""
    return int(Decimal(x) * 100)


def f(v):
    """61248 -> '612.48'"""
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100}.{v % 100:02d}"


def pct(a, b):
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP))


# 一般公共预算财政拨款支出 by 项: code, name, 年初预算, 基本支出, 项目支出, {unit: amount}
GP = [
    ("2070101", "行政运行", "472.50", "486.32", "0.00", {"局机关": "486.32"}),
    ("2070104", "图书馆", "580.00", "398.60", "213.88", {"霁原市图书馆": "612.48"}),
    ("2070108", "文化活动", "180.00", "0.00", "156.40", {"霁原市文化馆": "156.40"}),
    ("2070109", "群众文化", "390.00", "301.25", "101.50", {"霁原市文化馆": "402.75"}),
    ("2070112", "文化和旅游市场管理", "75.00", "0.00", "68.90", {"局机关": "68.90"}),
    ("2070113", "旅游宣传", "160.00", "0.00", "235.60", {"局机关": "235.60"}),
    ("2070199", "其他文化和旅游支出", "0.00", "0.00", "42.30", {"局机关": "42.30"}),
    ("2070204", "文物保护", "350.00", "0.00", "318.20", {"霁原市博物馆": "318.20"}),
    ("2070205", "博物馆", "510.00", "356.46", "171.40", {"霁原市博物馆": "527.86"}),
    ("2080505", "机关事业单位基本养老保险缴费支出", "166.80", "168.24", "0.00",
     {"局机关": "58.30", "霁原市文化馆": "36.12", "霁原市图书馆": "38.46", "霁原市博物馆": "35.36"}),
    ("2080506", "机关事业单位职业年金缴费支出", "54.00", "52.18", "0.00",
     {"局机关": "18.06", "霁原市文化馆": "11.20", "霁原市图书馆": "11.92", "霁原市博物馆": "11.00"}),
    ("2101101", "行政单位医疗", "30.90", "31.46", "0.00", {"局机关": "31.46"}),
    ("2101102", "事业单位医疗", "57.60", "58.72", "0.00",
     {"霁原市文化馆": "19.40", "霁原市图书馆": "20.16", "霁原市博物馆": "19.16"}),
    ("2210201", "住房公积金", "131.50", "132.96", "0.00",
     {"局机关": "46.08", "霁原市文化馆": "28.52", "霁原市图书馆": "30.24", "霁原市博物馆": "28.12"}),
]
# 类/款 names
LEI = {"207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
KUAN = {"20701": "文化和旅游", "20702": "文物", "20707": "国家电影事业发展专项资金安排的支出",
        "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "22102": "住房改革支出"}
# 政府性基金预算财政拨款 (all project, 文化馆)
FUND = [("2070701", "资助国产影片放映", "18.60", {"霁原市文化馆": "18.60"})]
# 非财政拨款 (事业收入/其他收入) spending, project: code -> {unit: amount}
NONFISCAL = {"2070104": {"霁原市图书馆": "52.40"}, "2070205": {"霁原市博物馆": "61.20"},
             "2070109": {"霁原市文化馆": "15.30"}}
# income side
GP_INCOME = "3280.17"          # 一般公共预算财政拨款收入
GP_CARRY_IN = "36.40"          # 年初财政拨款结转和结余 (一般公共预算, all 2070204 文物保护)
GP_CARRY_OUT = "22.20"         # 年末财政拨款结转和结余 (2070204)
CARRY_CODE = "2070204"
SHIYE = {"2070104": ("霁原市图书馆", "40.00"), "2070205": ("霁原市博物馆", "86.50")}   # 事业收入
QITA = {"2070109": ("霁原市文化馆", "15.30")}                                   # 其他收入
NF_CARRY_IN = "20.00"          # 年初非财政拨款结转和结余
NF_CARRY_OUT = "32.90"
PREV = {"收入总计": "3312.45", "一般公共预算财政拨款支出": "3105.62", "三公": "21.86", "机关运行经费": "91.20"}

# 基本支出 economic classification (一般公共预算财政拨款)
RENYUAN = [("30101", "基本工资", "412.36"), ("30102", "津贴补贴", "298.54"), ("30103", "奖金", "36.20"),
           ("30107", "绩效工资", "494.38"), ("30108", "机关事业单位基本养老保险缴费", "168.24"),
           ("30109", "职业年金缴费", "52.18"), ("30110", "职工基本医疗保险缴费", "90.18"),
           ("30113", "住房公积金", "132.96"), ("30199", "其他工资福利支出", "20.40"), ("30305", "生活补助", "12.30")]
GONGYONG = [("30201", "办公费", "38.60"), ("30205", "水费", "6.42"), ("30206", "电费", "32.18"),
            ("30207", "邮电费", "8.96"), ("30208", "取暖费", "45.30"), ("30211", "差旅费", "12.74"),
            ("30213", "维修（护）费", "18.50"), ("30215", "会议费", "2.80"), ("30216", "培训费", "4.60"),
            ("30217", "公务接待费", "3.56"), ("30226", "劳务费", "22.40"), ("30228", "工会经费", "24.15"),
            ("30229", "福利费", "10.20"), ("30231", "公务用车运行维护费", "9.84"), ("30239", "其他交通费用", "21.60"),
            ("30299", "其他商品和服务支出", "6.60")]
# 三公 (一般公共预算财政拨款): 预算 and 决算; per unit 决算 (运行维护, 接待)
SANGONG_BUDGET = {"因公出国（境）费": "0.00", "公务用车购置费": "0.00", "公务用车运行维护费": "16.00", "公务接待费": "7.50"}
SANGONG_UNIT = {"局机关": ("8.62", "3.86"), "霁原市文化馆": ("2.40", "0.52"), "霁原市图书馆": ("0.00", "0.30"),
                "霁原市博物馆": ("3.24", "0.50")}
JIEDAI = (46, 318)             # 国内公务接待 批次, 人次
CARS = {"局机关": 2, "霁原市文化馆": 1, "霁原市图书馆": 0, "霁原市博物馆": 1}
JGYX = "86.35"                 # 机关运行经费 (局机关)
CAIGOU = {"总额": "286.40", "货物": "98.60", "工程": "120.00", "服务": "67.80", "中小企业": "241.30", "小微企业": "180.50"}
ASSET = {"资产总额": "5826.74", "车辆": 4, "大型设备": 2}
PERF = {"项目数": 8, "整体得分": "93.6", "重点项目": "公共文化服务体系建设", "重点得分": "95.2", "重点资金": "258.00"}
# planted: prose says 621.48 for 2070104 图书馆 while the table has 612.48 (prose % 105.60 matches the table)
PROSE_WRONG = {"2070104": "621.48"}


def compute():
    D = {}
    gp = {r[0]: dict(name=r[1], budget=c(r[2]), basic=c(r[3]), proj=c(r[4]), units={u: c(v) for u, v in r[5].items()})
          for r in GP}
    for code, r in gp.items():
        r["total"] = r["basic"] + r["proj"]
        assert sum(r["units"].values()) == r["total"], code
    D["gp"] = gp
    gp_basic = sum(r["basic"] for r in gp.values())
    gp_proj = sum(r["proj"] for r in gp.values())
    gp_total = gp_basic + gp_proj
    gp_budget = sum(r["budget"] for r in gp.values())
    D.update(gp_basic=gp_basic, gp_proj=gp_proj, gp_total=gp_total, gp_budget=gp_budget)
    assert (gp_basic, gp_proj, gp_total, gp_budget) == (198619, 130818, 329437, 315830)
    # fiscal balance
    assert c(GP_INCOME) + c(GP_CARRY_IN) - c(GP_CARRY_OUT) == gp_total
    fund_total = sum(c(x[2]) for x in FUND)
    D["fund_total"] = fund_total
    nf_total = sum(c(v) for d in NONFISCAL.values() for v in d.values())
    shiye = sum(c(v[1]) for v in SHIYE.values())
    qita = sum(c(v[1]) for v in QITA.values())
    assert shiye + qita + c(NF_CARRY_IN) - c(NF_CARRY_OUT) == nf_total
    D.update(nf_total=nf_total, shiye=shiye, qita=qita)
    inc_total_year = c(GP_INCOME) + fund_total + shiye + qita
    carry_in = c(GP_CARRY_IN) + c(NF_CARRY_IN)
    carry_out = c(GP_CARRY_OUT) + c(NF_CARRY_OUT)
    exp_year = gp_total + fund_total + nf_total
    D.update(inc_year=inc_total_year, carry_in=carry_in, carry_out=carry_out, exp_year=exp_year,
             inc_all=inc_total_year + carry_in, exp_all=exp_year + carry_out)
    assert D["inc_all"] == D["exp_all"] == 349697, (D["inc_all"], D["exp_all"])
    D["basic_all"] = gp_basic
    D["proj_all"] = gp_proj + fund_total + nf_total
    assert D["basic_all"] + D["proj_all"] == exp_year
    # 基本支出 economic classes
    ry = sum(c(x[2]) for x in RENYUAN)
    gy = sum(c(x[2]) for x in GONGYONG)
    assert ry + gy == gp_basic, (ry, gy, gp_basic)
    D.update(renyuan=ry, gongyong=gy)
    # 类/款 totals for 一般公共预算 (决算, 预算)
    lei, kuan = {}, {}
    for code, r in gp.items():
        for k, d in ((code[:3], lei), (code[:5], kuan)):
            x = d.setdefault(k, dict(budget=0, basic=0, proj=0, total=0))
            for key in ("budget", "basic", "proj", "total"):
                x[key] += r[key]
    D.update(lei=lei, kuan=kuan)
    assert sum(x["total"] for x in lei.values()) == gp_total
    # 全口径 expenditure per 项 and income per 项
    allx = {}
    for code, r in gp.items():
        allx[code] = dict(name=r["name"], basic=r["basic"], proj=r["proj"])
    for code, name, amt, _ in FUND:
        allx[code] = dict(name=name, basic=0, proj=c(amt))
    for code, d in NONFISCAL.items():
        allx[code]["proj"] += sum(c(v) for v in d.values())
    for code in allx:
        allx[code]["total"] = allx[code]["basic"] + allx[code]["proj"]
    assert sum(x["total"] for x in allx.values()) == exp_year
    inc = {}
    for code, r in gp.items():
        fin = r["total"] - (c(GP_CARRY_IN) - c(GP_CARRY_OUT) if code == CARRY_CODE else 0)
        inc[code] = dict(name=r["name"], fin=fin, shiye=0, qita=0)
    for code, name, amt, _ in FUND:
        inc[code] = dict(name=name, fin=c(amt), shiye=0, qita=0)
    for code, (u, v) in SHIYE.items():
        inc[code]["shiye"] += c(v)
    for code, (u, v) in QITA.items():
        inc[code]["qita"] += c(v)
    for code in inc:
        inc[code]["total"] = inc[code]["fin"] + inc[code]["shiye"] + inc[code]["qita"]
    assert sum(x["total"] for x in inc.values()) == inc_total_year
    assert sum(x["fin"] for x in inc.values()) == c(GP_INCOME) + fund_total
    D.update(allx=allx, inc=inc)
    # per unit
    U = {u: dict(inc=0, exp=0, basic=0, proj=0) for u in UNITS}
    for code, r in gp.items():
        for u, v in r["units"].items():
            U[u]["exp"] += v
            if r["proj"] == 0:
                U[u]["basic"] += v
            elif r["basic"] == 0:
                U[u]["proj"] += v
            else:           # single-unit 项 with both parts
                U[u]["basic"] += r["basic"]
                U[u]["proj"] += r["proj"]
            fin = v - (c(GP_CARRY_IN) - c(GP_CARRY_OUT) if code == CARRY_CODE else 0)
            U[u]["inc"] += fin
    for code, name, amt, units in FUND:
        for u, v in units.items():
            U[u]["exp"] += c(v); U[u]["proj"] += c(v); U[u]["inc"] += c(v)
    for code, d in NONFISCAL.items():
        for u, v in d.items():
            U[u]["exp"] += c(v); U[u]["proj"] += c(v)
    for code, (u, v) in list(SHIYE.items()) + list(QITA.items()):
        U[u]["inc"] += c(v)
    assert sum(x["exp"] for x in U.values()) == exp_year
    assert sum(x["inc"] for x in U.values()) == inc_total_year
    assert sum(x["basic"] for x in U.values()) == D["basic_all"]
    for u in UNITS:
        assert U[u]["basic"] + U[u]["proj"] == U[u]["exp"], u
    # 三公
    run = sum(c(v[0]) for v in SANGONG_UNIT.values())
    rec = sum(c(v[1]) for v in SANGONG_UNIT.values())
    for u, (a, b) in SANGONG_UNIT.items():
        U[u]["sg"] = c(a) + c(b)
    sg = run + rec
    sgb = sum(c(v) for v in SANGONG_BUDGET.values())
    assert (run, rec, sg, sgb) == (1426, 518, 1944, 2350)
    assert c("9.84") <= run and c("3.56") <= rec     # basic parts within the totals
    D.update(U=U, sg_run=run, sg_rec=rec, sg=sg, sg_budget=sgb)
    cg = {k: c(v) for k, v in CAIGOU.items()}
    assert cg["货物"] + cg["工程"] + cg["服务"] == cg["总额"] and cg["小微企业"] <= cg["中小企业"] <= cg["总额"]
    assert sum(CARS.values()) == ASSET["车辆"]
    return D


if __name__ == "__main__":
    D = compute()
    print({k: f(v) for k, v in D.items() if isinstance(v, int)})
    for u, x in D["U"].items():
        print(u, {k: f(v) for k, v in x.items()})
