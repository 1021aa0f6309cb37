#!/usr/bin/env python3
"""Invented 2025 部门预算 of 汐澜县水利局 (本级 + 2 所属单位). Every amount is an int in 0.01 万元.
check() asserts every reconciliation; run as a script to check."""
ORG = "汐澜县水利局"
UNITS = ["汐澜县水利局（本级）", "汐澜县水土保持监测站", "汐澜县灌区管理所"]

def W(x):  # "1234.56" -> 123456
    return int(round(float(x) * 100))

def F(v, comma=False):
    s = f"{v/100:,.2f}" if comma else f"{v/100:.2f}"
    return s

# 收入 by unit: 一般公共预算拨款, 政府性基金, 国有资本经营, 事业收入, 其他收入, 上年结转
INC = {
 UNITS[0]: dict(gen=W(1286.40), fund=0, soe=0, biz=0, oth=W(12.00), carry=W(45.60)),
 UNITS[1]: dict(gen=W(312.75), fund=0, soe=0, biz=W(18.50), oth=0, carry=0),
 UNITS[2]: dict(gen=W(648.33), fund=0, soe=0, biz=W(96.20), oth=W(4.80), carry=W(10.00)),
}
# 支出 by unit: 人员经费, 公用经费 (基本), 项目支出
EXP = {
 UNITS[0]: dict(pers=W(768.90), pub=W(123.50), proj=W(451.60)),
 UNITS[1]: dict(pers=W(226.05), pub=W(25.20), proj=W(80.00)),
 UNITS[2]: dict(pers=W(487.13), pub=W(52.20), proj=W(220.00)),
}
# 一般公共预算支出 by 功能分类 项: code, name, 基本, 项目 ; plus non-fiscal project money (部门支出总表 only)
FUNC = [
 ("208", "社会保障和就业支出", None), ("20805", "行政事业单位养老支出", None),
 ("2080501", "行政单位离退休", (W(38.40), 0, 0)),
 ("2080502", "事业单位离退休", (W(22.80), 0, 0)),
 ("2080505", "机关事业单位基本养老保险缴费支出", (W(138.62), 0, 0)),
 ("210", "卫生健康支出", None), ("21011", "行政事业单位医疗", None),
 ("2101101", "行政单位医疗", (W(40.15), 0, 0)),
 ("2101102", "事业单位医疗", (W(31.20), 0, 0)),
 ("213", "农林水支出", None), ("21303", "水利", None),
 ("2130301", "行政运行", (W(642.17), 0, 0)),
 ("2130304", "水利行业业务管理", (W(665.36), 0, 0)),
 ("2130306", "水利工程运行与维护", (0, W(186.00), W(111.00))),
 ("2130310", "水土保持", (0, W(68.00), W(18.50))),
 ("2130311", "水资源节约管理与保护", (0, W(42.50), 0)),
 ("2130314", "防汛", (0, W(95.00), 0)),
 ("2130335", "农村供水", (0, W(128.00), 0)),
 ("2130399", "其他水利支出", (0, W(45.00), W(57.60))),
 ("221", "住房保障支出", None), ("22102", "住房改革支出", None),
 ("2210201", "住房公积金", (W(104.28), 0, 0)),
]
# 一般公共预算基本支出 by 经济分类: code, name, 人员经费, 公用经费
ECON = [
 ("301", "工资福利支出", None),
 ("30101", "基本工资", (W(462.30), 0)), ("30102", "津贴补贴", (W(318.75), 0)),
 ("30107", "绩效工资", (W(255.40), 0)), ("30108", "机关事业单位基本养老保险缴费", (W(138.62), 0)),
 ("30110", "职工基本医疗保险缴费", (W(71.35), 0)), ("30113", "住房公积金", (W(104.28), 0)),
 ("30199", "其他工资福利支出", (W(47.86), 0)),
 ("302", "商品和服务支出", None),
 ("30201", "办公费", (0, W(38.60))), ("30205", "水费", (0, W(6.20))), ("30206", "电费", (0, W(14.80))),
 ("30211", "差旅费", (0, W(22.40))), ("30213", "维修（护）费", (0, W(18.50))), ("30215", "会议费", (0, W(3.20))),
 ("30216", "培训费", (0, W(6.80))), ("30217", "公务接待费", (0, W(4.60))), ("30228", "工会经费", (0, W(19.64))),
 ("30231", "公务用车运行维护费", (0, W(21.50))), ("30239", "其他交通费用", (0, W(28.36))),
 ("30299", "其他商品和服务支出", (0, W(11.80))),
 ("303", "对个人和家庭的补助", None),
 ("30302", "退休费", (W(61.20), 0)), ("30305", "生活补助", (W(22.32), 0)),
 ("310", "资本性支出", None),
 ("31002", "办公设备购置", (0, W(4.50))),
]
# 三公 2025 and 2024
SANGONG = dict(abroad=0, recep=W(4.60), car_buy=0, car_run=W(21.50))
SANGONG_24 = dict(abroad=0, recep=W(5.20), car_buy=0, car_run=W(23.80))
# 2024 comparatives (prose only)
PREV = dict(total=W(2318.76), gen=W(2150.30), basic=W(1650.12), proj=W(668.64), rural_water=W(80.00), flood=W(110.00))
# planted contradiction: prose states 住房公积金 as 104.82 while 表5/表6 say 104.28
PROSE_HOUSING = W(104.82)


def leaf_rows(table):
    return [r for r in table if r[2] is not None]

def func_total(code, which):  # which: 0 基本 1 项目(一般) 2 非财政项目
    return sum(r[2][which] for r in leaf_rows(FUNC) if r[0].startswith(code))

def econ_total(code, which):
    return sum(r[2][which] for r in leaf_rows(ECON) if r[0].startswith(code))

def totals():
    t = {}
    for k in ("gen", "fund", "soe", "biz", "oth", "carry"):
        t[k] = sum(INC[u][k] for u in UNITS)
    t["year_inc"] = t["gen"] + t["fund"] + t["soe"] + t["biz"] + t["oth"]
    t["inc_total"] = t["year_inc"] + t["carry"]
    t["pers"] = sum(EXP[u]["pers"] for u in UNITS)
    t["pub"] = sum(EXP[u]["pub"] for u in UNITS)
    t["basic"] = t["pers"] + t["pub"]
    t["proj"] = sum(EXP[u]["proj"] for u in UNITS)
    t["exp_total"] = t["basic"] + t["proj"]
    t["gen_basic"] = func_total("", 0)
    t["gen_proj"] = func_total("", 1)
    t["nonfis_proj"] = func_total("", 2)
    t["sangong"] = sum(SANGONG.values())
    t["sangong_24"] = sum(SANGONG_24.values())
    return t

def unit_inc(u):
    d = INC[u]; return d["gen"] + d["fund"] + d["soe"] + d["biz"] + d["oth"] + d["carry"]

def unit_exp(u):
    d = EXP[u]; return d["pers"] + d["pub"] + d["proj"]

def pct(a, b):
    return round(a * 100.0 / b, 2)

def check():
    t = totals()
    for u in UNITS:
        assert unit_inc(u) == unit_exp(u), u
    assert t["inc_total"] == t["exp_total"] == W(2434.58), t
    assert t["gen"] == t["gen_basic"] + t["gen_proj"] == W(2247.48)
    assert t["basic"] == t["gen_basic"] == W(1682.98)          # 基本支出全部由一般公共预算安排
    assert t["proj"] == t["gen_proj"] + t["nonfis_proj"]
    assert t["nonfis_proj"] == t["biz"] + t["oth"] + t["carry"]
    assert econ_total("", 0) == t["pers"] and econ_total("", 1) == t["pub"]
    # economic items that mirror functional items
    assert econ_total("30108", 0) == func_total("2080505", 0)
    assert econ_total("30110", 0) == func_total("21011", 0)
    assert econ_total("30113", 0) == func_total("2210201", 0)
    assert econ_total("30302", 0) == func_total("2080501", 0) + func_total("2080502", 0)
    assert SANGONG["recep"] == econ_total("30217", 1) and SANGONG["car_run"] == econ_total("30231", 1)
    assert PREV["basic"] + PREV["proj"] == PREV["total"]
    assert PROSE_HOUSING != func_total("2210201", 0)
    return t

if __name__ == "__main__":
    t = check()
    for k, v in t.items():
        print(k, F(v))
    print("growth total", pct(t["exp_total"] - PREV["total"], PREV["total"]),
          "gen", pct(t["gen"] - PREV["gen"], PREV["gen"]), "sangong", pct(t["sangong"] - t["sangong_24"], t["sangong_24"]))
