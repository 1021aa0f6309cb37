# -*- coding: utf-8 -*-
"""Figures of the invented E document (泖川县槿湾街道办事处 2025年部门预算), all in 分 (integer cents) to keep sums exact."""

ORG = "泖川县槿湾街道办事处"
COUNTY = "泖川县"
CENTER = "泖川县槿湾街道社区服务中心"
BJ = "泖川县槿湾街道办事处(本级)"
YEAR = 2025

def Y(x):  # yuan -> fen
    return round(x * 100)

# economic items of 基本支出 (一般公共预算): code, name, {unit: yuan}, functional code per unit
# unit keys: "bj" (本级, 行政) and "zx" (社区服务中心, 事业)
ECON_KUAN = [
 # 301 工资福利支出
 ("30101", "基本工资", {"bj": 2316480.00, "zx": 782640.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30102", "津贴补贴", {"bj": 3105600.00, "zx": 96000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30103", "奖金", {"bj": 486000.00}, {"bj": "2010301"}),
 ("30107", "绩效工资", {"zx": 1038720.00}, {"zx": "2010350"}),
 ("30108", "机关事业单位基本养老保险缴费", {"bj": 1012856.64, "zx": 328716.80}, {"bj": "2080505", "zx": "2080505"}),
 ("30109", "职业年金缴费", {"bj": 506428.32, "zx": 164358.40}, {"bj": "2080506", "zx": "2080506"}),
 ("30110", "职工基本医疗保险缴费", {"bj": 538212.40, "zx": 172486.00}, {"bj": "2101101", "zx": "2101102"}),
 ("30112", "其他社会保障缴费", {"bj": 42310.00, "zx": 13860.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30113", "住房公积金", {"bj": 885960.00, "zx": 286740.00}, {"bj": "2210201", "zx": "2210201"}),
 ("30199", "其他工资福利支出", {"bj": 1226400.00}, {"bj": "2010301"}),
 # 302 商品和服务支出
 ("30201", "办公费", {"bj": 186000.00, "zx": 48000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30205", "水费", {"bj": 24000.00, "zx": 9600.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30206", "电费", {"bj": 96000.00, "zx": 36000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30207", "邮电费", {"bj": 38400.00, "zx": 12000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30211", "差旅费", {"bj": 72000.00, "zx": 18000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30213", "维修(护)费", {"bj": 60000.00, "zx": 24000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30215", "会议费", {"bj": 18000.00}, {"bj": "2010301"}),
 ("30216", "培训费", {"bj": 36000.00, "zx": 12000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30217", "公务接待费", {"bj": 24000.00}, {"bj": "2010301"}),
 ("30228", "工会经费", {"bj": 96384.00, "zx": 30000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30229", "福利费", {"bj": 57600.00, "zx": 18000.00}, {"bj": "2010301", "zx": "2010350"}),
 ("30231", "公务用车运行维护费", {"bj": 72000.00}, {"bj": "2010301"}),
 ("30239", "其他交通费用", {"bj": 288000.00}, {"bj": "2010301"}),
 ("30299", "其他商品和服务支出", {"bj": 45616.00, "zx": 8000.00}, {"bj": "2010301", "zx": "2010350"}),
 # 303 对个人和家庭的补助
 ("30302", "退休费", {"bj": 378000.00}, {"bj": "2080501"}),
 ("30305", "生活补助", {"bj": 62400.00}, {"bj": "2080501"}),
]
ECON_LEI = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助"}

# projects: name, unit, functional code, {source: yuan}, procurement {kind: yuan, "item": 品目}
PROJECTS = [
 {"name": "网格化社会治理经费", "unit": "bj", "func": "2010302",
  "src": {"gg": 1260000.00}, "proc_item": "网格员服务外包", "proc": {"服务": 600000.00},
  "goal": "覆盖辖区6个社区、48个网格，网格事件按期办结率不低于95%"},
 {"name": "老旧小区环境整治提升", "unit": "bj", "func": "2120199",
  "src": {"gg": 2300000.00, "qt": 50000.00}, "proc_item": "小区道路及雨污管网改造、垃圾分类设施", "proc": {"工程": 1800000.00, "货物": 260000.00},
  "goal": "完成槿湾一村、槿湾三村等4个老旧小区整治，居民满意度不低于90%"},
 {"name": "社区居家养老服务", "unit": "zx", "func": "2081002",
  "src": {"gg": 500000.00, "sy": 180000.00}, "proc_item": "居家养老上门服务", "proc": {"服务": 450000.00},
  "goal": "为辖区80岁以上及失能半失能老人提供上门服务不少于6000人次"},
]
# a basic-expenditure procurement row (办公设备, 本级 公用经费)
PROC_BASIC = {"name": "日常办公设备购置(基本支出)", "unit": "bj", "proc_item": "台式计算机、打印机", "proc": {"货物": 86000.00}}

FUNC_NAMES = {
 "201": "一般公共服务支出", "20103": "政府办公厅(室)及相关机构事务", "2010301": "行政运行", "2010302": "一般行政管理事务", "2010350": "事业运行",
 "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
 "2080506": "机关事业单位职业年金缴费支出", "20810": "社会福利", "2081002": "老年福利",
 "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
 "212": "城乡社区支出", "21201": "城乡社区管理事务", "2120199": "其他城乡社区管理事务支出",
 "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}

# 2024 comparison figures (yuan), used in prose
PREV = {
 "gg_total": 17655200.00,      # 2024年一般公共预算当年拨款
 "total": 17905200.00,         # 2024年收支总预算
 "2120199": 1600000.00,        # 2024 其他城乡社区管理事务支出 (一般公共预算)
 "2010302": 1380000.00,        # 2024 一般行政管理事务
 "jgyx": 1201600.00,           # 2024 机关运行经费 (本级公用经费)
 "proc": 2480000.00,           # 2024 政府采购预算
}
SANGONG_2024 = {"cg": 0.0, "jd": 30000.00, "gc": 0.0, "yx": 78000.00}

PEOPLE = {"bj_bz": 36, "bj_sy": 41, "zx_bz": 22, "zx_sy": 22, "tx": 9, "cars": 2}

# planted contradiction: the prose writes this row's 一般公共预算 amount as 162.00万元 while 表3/表5/表9 say 1,260,000.00
PLANT_CODE = "2010302"
PLANT_PROSE_WAN = "162.00"


def compute():
    d = {}
    units = ("bj", "zx")
    # basic by econ and by unit
    basic_econ = {}
    for code, name, amt, fmap in ECON_KUAN:
        basic_econ[code] = {u: Y(amt.get(u, 0)) for u in units}
    d["basic_econ"] = basic_econ
    lei_of = lambda c: c[:3]
    # functional: basic per (func, unit), project per (func, unit, source)
    func_basic = {}
    for code, name, amt, fmap in ECON_KUAN:
        for u, v in amt.items():
            f = fmap[u]
            func_basic[(f, u)] = func_basic.get((f, u), 0) + Y(v)
    d["func_basic"] = func_basic
    func_proj = {}
    for p in PROJECTS:
        for s, v in p["src"].items():
            key = (p["func"], p["unit"], s)
            func_proj[key] = func_proj.get(key, 0) + Y(v)
    d["func_proj"] = func_proj
    # totals
    basic_unit = {u: sum(v[u] for v in basic_econ.values()) for u in units}
    person = sum(v[u] for c, v in basic_econ.items() for u in units if c[:3] in ("301", "303"))
    public = sum(v[u] for c, v in basic_econ.items() for u in units if c[:3] == "302")
    d["basic_unit"], d["person"], d["public"] = basic_unit, person, public
    d["basic"] = person + public
    proj_src = {}
    for p in PROJECTS:
        for s, v in p["src"].items():
            proj_src[s] = proj_src.get(s, 0) + Y(v)
    d["proj_src"] = proj_src
    d["proj"] = sum(proj_src.values())
    # income
    gg_unit = {u: basic_unit[u] + sum(Y(p["src"].get("gg", 0)) for p in PROJECTS if p["unit"] == u) for u in units}
    sy_unit = {u: sum(Y(p["src"].get("sy", 0)) for p in PROJECTS if p["unit"] == u) for u in units}
    qt_unit = {u: sum(Y(p["src"].get("qt", 0)) for p in PROJECTS if p["unit"] == u) for u in units}
    d["gg_unit"], d["sy_unit"], d["qt_unit"] = gg_unit, sy_unit, qt_unit
    d["gg"] = sum(gg_unit.values())
    d["sy"] = sum(sy_unit.values())
    d["qt"] = sum(qt_unit.values())
    d["total"] = d["gg"] + d["sy"] + d["qt"]
    assert d["total"] == d["basic"] + d["proj"], "收 != 支"
    # functional rows for all funds (支出总表/收支总表) and for 一般公共预算 (表5)
    def rows(sources):
        leaf = {}
        for (f, u), v in func_basic.items():
            leaf.setdefault(f, [0, 0])[0] += v
        for (f, u, s), v in func_proj.items():
            if s in sources:
                leaf.setdefault(f, [0, 0])[1] += v
        agg = {}
        for f, (b, p) in leaf.items():
            for k in (f[:3], f[:5], f):
                a = agg.setdefault(k, [0, 0])
                a[0] += b; a[1] += p
        return agg
    d["func_all"] = rows({"gg", "sy", "qt"})
    d["func_gg"] = rows({"gg"})
    # checks: 类 = sum 款, 款 = sum 项
    for agg in (d["func_all"], d["func_gg"]):
        for k, v in agg.items():
            kids = [c for c in agg if len(c) == (5 if len(k) == 3 else 7) and c.startswith(k) and len(k) in (3, 5)]
            if kids:
                assert [sum(agg[c][i] for c in kids) for i in (0, 1)] == v, k
        lei = [k for k in agg if len(k) == 3]
        tot = [sum(agg[k][i] for k in lei) for i in (0, 1)]
    assert sum(sum(d["func_gg"][k]) for k in d["func_gg"] if len(k) == 3) == d["gg"]
    assert sum(sum(d["func_all"][k]) for k in d["func_all"] if len(k) == 3) == d["total"]
    # 三公 (from econ 30217 + 30231, all 本级; no purchase, no 出国)
    jd = sum(basic_econ["30217"].values()); yx = sum(basic_econ["30231"].values())
    d["sangong"] = {"cg": 0, "jd": jd, "gc": 0, "yx": yx}
    d["sangong_total"] = jd + yx
    d["sangong_2024"] = {k: Y(v) for k, v in SANGONG_2024.items()}
    d["sangong_2024_total"] = sum(d["sangong_2024"].values())
    # 机关运行经费 = 本级公用经费
    d["jgyx"] = sum(v["bj"] for c, v in basic_econ.items() if c[:3] == "302")
    # procurement
    proc_rows = []
    for p in PROJECTS + [PROC_BASIC]:
        r = {k: Y(p["proc"].get(k, 0)) for k in ("货物", "工程", "服务")}
        proc_rows.append((p, r))
    d["proc_rows"] = proc_rows
    d["proc_kind"] = {k: sum(r[k] for _, r in proc_rows) for k in ("货物", "工程", "服务")}
    d["proc"] = sum(d["proc_kind"].values())
    d["prev"] = {k: Y(v) for k, v in PREV.items()}
    return d


def wan(fen):
    """fen -> 万元 string with two decimals"""
    return "%.2f" % (fen / 1000000.0)


def yuan(fen):
    return "{:,.2f}".format(fen / 100.0)


def pct(a, b):
    return "%.2f" % (100.0 * a / b)


if __name__ == "__main__":
    d = compute()
    for k in ("gg", "sy", "qt", "total", "basic", "person", "public", "proj", "sangong_total", "jgyx", "proc"):
        print(k, yuan(d[k]), wan(d[k]))
    print(d["func_gg"]["2120199"], d["func_all"]["2120199"])
