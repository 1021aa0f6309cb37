#!/usr/bin/env python3
"""Write docs/E-lanzhi-tangao-2024-bmjs.html: an invented town government's 2024年度部门决算 as a CMS page,
twelve tables first (元, thousands separators), then the prose 情况说明 in 万元."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e_data import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-lanzhi-tangao-2024-bmjs.html")
d = check()

def y(f, blank_zero=False):
    return "" if (blank_zero and f == 0) else yuan(f)

def td(s, **kw):
    a = "".join(f' {k}="{v}"' for k, v in kw.items())
    return f"<td{a}>{s}</td>"

def num(f, blank_zero=False):
    return f'<td class="num">{y(f, blank_zero)}</td>'

def row(cells):
    return "<tr>" + "".join(cells) + "</tr>"

def table(caption, unit, header_rows, body_rows, note=None, cls="tb"):
    h = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4">',
         f"<caption>{caption}</caption>"]
    h.append(row([td(f"编制单位：{ORG}", colspan=99, **{"class": "unitline"})]))
    h.append(row([td(f"单位：{unit}", colspan=99, **{"class": "unitline r"})]))
    h += header_rows + body_rows
    if note:
        h.append(row([td(note, colspan=99, **{"class": "note"})]))
    h.append("</table>")
    return "\n".join(h)

GPD = {c: (n, a, b, x, yy) for c, n, a, b, x, yy in GP}
parts = []

# ---------- 表1 收入支出决算总表 ----------
lei_all = {}
for k, v in d["lei"].items():
    lei_all[k] = v[2] + v[3]
lei_all["207"] += OTHER_INCOME
lei_all["212"] += d["fund_exp"]
LEI_ORDER = ["201", "207", "208", "210", "212", "213", "221"]
CN = "一二三四五六七八九十"
left = [("一、一般公共预算财政拨款收入", d["gp_inc"]), ("二、政府性基金预算财政拨款收入", d["fund_inc"]),
        ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0),
        ("七、附属单位上缴收入", 0), ("八、其他收入", OTHER_INCOME)]
right = [(f"{CN[i]}、{LEI[k]}", lei_all[k]) for i, k in enumerate(LEI_ORDER)]
n = max(len(left), len(right))
hdr = [row([td("收入", colspan=3), td("支出", colspan=3)]),
       row([td("项目"), td("行次"), td("金额"), td("项目"), td("行次"), td("金额")]),
       row([td("栏次"), td(""), td("1"), td("栏次"), td(""), td("2")])]
body = []
for i in range(n):
    l = left[i] if i < len(left) else ("", None)
    r = right[i] if i < len(right) else ("", None)
    body.append(row([td(l[0]), td(str(i + 1) if l[0] else ""), num(l[1]) if l[1] is not None else td(""),
                     td(r[0]), td(str(i + 20) if r[0] else ""), num(r[1]) if r[1] is not None else td("")]))
body.append(row([td("本年收入合计"), td("9"), num(d["inc"]), td("本年支出合计"), td("27"), num(d["exp"])]))
body.append(row([td("使用非财政拨款结余"), td("10"), num(0), td("结余分配"), td("28"), num(0)]))
body.append(row([td("年初结转和结余"), td("11"), num(d["carry_in"]), td("年末结转和结余"), td("29"), num(d["carry_out"])]))
body.append(row([td("总计"), td("12"), num(d["total"]), td("总计"), td("30"), num(d["total"])]))
parts.append(table("公开01表　收入支出决算总表", "元", hdr, body))

# ---------- 表2 收入决算表 (by unit) ----------
hdr = [row([td("单位名称", rowspan=2), td("本年收入合计", rowspan=2), td("财政拨款收入", rowspan=2), td("上级补助收入", rowspan=2),
            td("事业收入", rowspan=2), td("经营收入", rowspan=2), td("附属单位上缴收入", rowspan=2), td("其他收入", colspan=2)]),
       row([td("小计"), td("其中：捐赠收入")]),
       row([td("栏次")] + [td(str(i)) for i in range(1, 9)])]
body = [row([td("合计"), num(d["inc"]), num(d["fin_inc"]), num(0), num(0), num(0), num(0), num(OTHER_INCOME), num(0)])]
for u in UNITS:
    oth = OTHER_INCOME if u == UNITS[2] else 0
    body.append(row([td(u), num(d["unit_fin"][u] + oth), num(d["unit_fin"][u]), td(""), td(""), td(""), td(""),
                     num(oth, True), td("")]))
parts.append(table("公开02表　收入决算表", "元", hdr, body, note="注：本表按决算单位列示，财政拨款收入含一般公共预算财政拨款收入和政府性基金预算财政拨款收入。"))

# ---------- 表3 支出决算表 (all funds, joined 7-digit codes) ----------
allrows = {}
for c, nme, a, b, x, yy in GP:
    allrows[c] = [nme, x, yy]
allrows["2070109"][2] += OTHER_INCOME
for c, nme, ci, inc, ex, co in FUND:
    allrows[c] = [nme, 0, ex]
def lines_by_code(rows):
    out = []
    leis = sorted({c[:3] for c in rows})
    for l in leis:
        tl = [sum(v[i] for c, v in rows.items() if c.startswith(l)) for i in (1, 2)]
        out.append((l, LEI[l], tl[0], tl[1], 1))
        for k in sorted({c[:5] for c in rows if c.startswith(l)}):
            tk = [sum(v[i] for c, v in rows.items() if c.startswith(k)) for i in (1, 2)]
            out.append((k, KUAN[k], tk[0], tk[1], 2))
            for c in sorted(c for c in rows if c.startswith(k)):
                out.append((c, rows[c][0], rows[c][1], rows[c][2], 3))
    return out
hdr = [row([td("科目编码"), td("科目名称"), td("本年支出合计"), td("基本支出"), td("项目支出"), td("上缴上级支出"), td("经营支出"), td("对附属单位补助支出")]),
       row([td("栏次"), td(""), td("1"), td("2"), td("3"), td("4"), td("5"), td("6")])]
body = [row([td("合计", colspan=2), num(d["exp"]), num(d["basic"]), num(d["proj"]), num(0), num(0), num(0)])]
for code, nme, b_, p_, lvl in lines_by_code(allrows):
    body.append(row([td(code), td(("　" * (lvl - 1)) + nme), num(b_ + p_), num(b_, True), num(p_, True), td(""), td(""), td("")]))
parts.append(table("公开03表　支出决算表", "元", hdr, body))

# ---------- 表4 财政拨款收入支出决算总表 ----------
hdr = [row([td("收入", colspan=2), td("支出", colspan=5)]),
       row([td("项目"), td("金额"), td("项目"), td("合计"), td("一般公共预算财政拨款"),
            td("政府性基金预算财政拨款"), td("国有资本经营预算财政拨款")]),
       row([td("栏次"), td("1"), td("栏次"), td("2"), td("3"), td("4"), td("5")])]
lin = [("一、一般公共预算财政拨款", d["gp_inc"]), ("二、政府性基金预算财政拨款", d["fund_inc"]), ("三、国有资本经营预算财政拨款", 0)]
rin = []
for i, k in enumerate(LEI_ORDER):
    gp = d["lei"][k][2] + d["lei"][k][3]
    fd = d["fund_exp"] if k == "212" else 0
    rin.append((f"{CN[i]}、{LEI[k]}", gp + fd, gp, fd))
body = []
for i in range(max(len(lin), len(rin))):
    l = lin[i] if i < len(lin) else ("", None)
    r = rin[i]
    body.append(row([td(l[0]), num(l[1]) if l[1] is not None else td(""), td(r[0]), num(r[1]), num(r[2], True), num(r[3], True), td("")]))
body.append(row([td("本年收入合计"), num(d["fin_inc"]), td("本年支出合计"), num(d["fin_exp"]), num(d["gp_exp"]), num(d["fund_exp"]), num(0)]))
body.append(row([td("年初财政拨款结转和结余"), num(d["carry_in"]), td("年末财政拨款结转和结余"), num(d["carry_out"]), num(GP_CARRY_OUT), num(d["fund_out"]), num(0)]))
body.append(row([td("　一般公共预算财政拨款"), num(GP_CARRY_IN), td(""), td(""), td(""), td(""), td("")]))
body.append(row([td("　政府性基金预算财政拨款"), num(d["fund_in"]), td(""), td(""), td(""), td(""), td("")]))
body.append(row([td("　国有资本经营预算财政拨款"), num(0), td(""), td(""), td(""), td(""), td("")]))
body.append(row([td("总计"), num(d["fin_total"]), td("总计"), num(d["fin_total"]), num(d["gp_exp"] + GP_CARRY_OUT), num(d["fund_exp"] + d["fund_out"]), num(0)]))
parts.append(table("公开04表　财政拨款收入支出决算总表", "元", hdr, body))

# ---------- 表5 一般公共预算财政拨款支出决算表 (类/款/项 columns; split in two) ----------
def hdr5():
    return [row([td("科目编码", colspan=3), td("科目名称", rowspan=2), td("年初预算数", rowspan=2), td("调整预算数", rowspan=2), td("决算数", colspan=3)]),
            row([td("类"), td("款"), td("项"), td("小计"), td("基本支出"), td("项目支出")]),
            row([td("栏次", colspan=4), td("1"), td("2"), td("3"), td("4"), td("5")])]
rows5 = []
for l in LEI_ORDER:
    v = d["lei"][l]
    rows5.append((l, row([td(l), td(""), td(""), td(LEI[l]), num(v[0]), num(v[1]), num(v[2] + v[3]), num(v[2], True), num(v[3], True)])))
    for k in sorted(kk for kk in d["kuan"] if kk.startswith(l)):
        v = d["kuan"][k]
        rows5.append((l, row([td(l), td(k[3:5]), td(""), td("　" + KUAN[k]), num(v[0]), num(v[1]), num(v[2] + v[3]), num(v[2], True), num(v[3], True)])))
        for c, nme, a, b, x, yy in GP:
            if c.startswith(k):
                rows5.append((l, row([td(c[:3]), td(c[3:5]), td(c[5:7]), td("　　" + nme), num(a, True), num(b), num(x + yy), num(x, True), num(yy, True)])))
tot5 = row([td("合计", colspan=4), num(d["gp_init"]), num(d["gp_adj"]), num(d["gp_exp"]), num(d["gp_basic"]), num(d["gp_proj"])])
first = [r for l, r in rows5 if l in ("201", "207", "208")]
second = [r for l, r in rows5 if l not in ("201", "207", "208")]
parts.append(table("公开05表　一般公共预算财政拨款支出决算表", "元", hdr5(), [tot5] + first))
parts.append(table("公开05表　一般公共预算财政拨款支出决算表（续表）", "元", hdr5(), second,
                   note="注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"))

# ---------- 表6 一般公共预算财政拨款基本支出决算表 (人员经费 | 公用经费 side by side) ----------
pi, ui = d["person_items"], d["public_items"]
hdr = [row([td("人员经费", colspan=3), td("公用经费", colspan=3)]),
       row([td("科目编码"), td("科目名称"), td("决算数"), td("科目编码"), td("科目名称"), td("决算数")])]
body = []
for i in range(max(len(pi), len(ui))):
    a = pi[i] if i < len(pi) else None
    b = ui[i] if i < len(ui) else None
    body.append(row(([td(a[0]), td(a[1]), num(a[2])] if a else [td(""), td(""), td("")]) +
                    ([td(b[0]), td(b[1]), num(b[2])] if b else [td(""), td(""), td("")])))
body.append(row([td("人员经费合计", colspan=2), num(d["person"]), td("公用经费合计", colspan=2), num(d["public"])]))
body.append(row([td("基本支出合计", colspan=5), num(d["gp_basic"])]))
parts.append(table("公开06表　一般公共预算财政拨款基本支出决算表", "元", hdr, body))

# ---------- 表7 一般公共预算财政拨款项目支出决算表 ----------
hdr = [row([td("科目编码"), td("科目名称"), td("年初预算数"), td("决算数")]), row([td("栏次"), td(""), td("1"), td("2")])]
body = [row([td("合计", colspan=2), num(sum(a for _, _, a, b, x, yy in GP if yy)), num(d["gp_proj"])])]
for c, nme, a, b, x, yy in GP:
    if yy:
        body.append(row([td(c), td(nme), num(a, True), num(yy)]))
parts.append(table("公开07表　一般公共预算财政拨款项目支出决算表", "元", hdr, body))

# ---------- 表8 政府性基金预算财政拨款收入支出决算表 ----------
hdr = [row([td("科目编码", rowspan=2), td("科目名称", rowspan=2), td("年初结转和结余", rowspan=2), td("本年收入", rowspan=2),
            td("本年支出", colspan=3), td("年末结转和结余", rowspan=2)]),
       row([td("小计"), td("基本支出"), td("项目支出")]),
       row([td("栏次", colspan=2), td("1"), td("2"), td("3"), td("4"), td("5"), td("6")])]
body = [row([td("合计", colspan=2), num(d["fund_in"]), num(d["fund_inc"]), num(d["fund_exp"]), num(0), num(d["fund_exp"]), num(d["fund_out"])]),
        row([td("212"), td(LEI["212"]), num(d["fund_in"]), num(d["fund_inc"]), num(d["fund_exp"]), td(""), num(d["fund_exp"]), num(d["fund_out"])]),
        row([td("21208"), td("　" + KUAN["21208"]), num(d["fund_in"]), num(d["fund_inc"]), num(d["fund_exp"]), td(""), num(d["fund_exp"]), num(d["fund_out"])])]
for c, nme, ci, inc, ex, co in FUND:
    body.append(row([td(c), td("　　" + nme), num(ci), num(inc), num(ex), td(""), num(ex), num(co)]))
parts.append(table("公开08表　政府性基金预算财政拨款收入支出决算表", "元", hdr, body))

# ---------- 表9 国有资本经营预算 (empty) ----------
hdr = [row([td("科目编码", rowspan=2), td("科目名称", rowspan=2), td("年初结转和结余", rowspan=2), td("本年收入", rowspan=2),
            td("本年支出", colspan=3), td("年末结转和结余", rowspan=2)]),
       row([td("小计"), td("基本支出"), td("项目支出")]),
       row([td("栏次", colspan=2), td("1"), td("2"), td("3"), td("4"), td("5"), td("6")])]
body = [row([td("合计", colspan=2), td(""), td(""), td(""), td(""), td(""), td("")]),
        row([td(""), td(""), td(""), td(""), td(""), td(""), td(""), td("")])]
parts.append(table("公开09表　国有资本经营预算财政拨款收入支出决算表", "元", hdr, body,
                   note="本部门2024年度无国有资本经营预算财政拨款收支，故本表为空表。"))

# ---------- 表10 三公 ----------
hdr = [row([td("预算数", colspan=6), td("决算数", colspan=6)]),
       row([td("合计", rowspan=2), td("因公出国（境）费", rowspan=2), td("公务用车购置及运行费", colspan=3), td("公务接待费", rowspan=2),
            td("合计", rowspan=2), td("因公出国（境）费", rowspan=2), td("公务用车购置及运行费", colspan=3), td("公务接待费", rowspan=2)]),
       row([td("小计"), td("公务用车购置费"), td("公务用车运行费")] * 1 + [td("小计"), td("公务用车购置费"), td("公务用车运行费")]),
       row([td(str(i)) for i in range(1, 13)])]
def sgcells(i):
    car = SG["购置"][i] + SG["运行"][i]
    tot = SG["出国"][i] + car + SG["接待"][i]
    return [num(tot), num(SG["出国"][i]), num(car), num(SG["购置"][i]), num(SG["运行"][i]), num(SG["接待"][i])]
body = [row(sgcells(0) + sgcells(1))]
parts.append(table("公开10表　财政拨款“三公”经费支出决算表", "元", hdr, body,
                   note="注：“三公”经费均为一般公共预算财政拨款安排，政府性基金预算和国有资本经营预算财政拨款未安排“三公”经费。"))

# ---------- 表11 政府采购情况表 ----------
hdr = [row([td("采购计划金额", colspan=4), td("实际采购金额", colspan=4), td("授予中小企业合同金额", rowspan=2), td("其中：授予小微企业合同金额", rowspan=2)]),
       row([td("合计"), td("货物"), td("工程"), td("服务"), td("合计"), td("货物"), td("工程"), td("服务")]),
       row([td(str(i)) for i in range(1, 11)])]
plan = {"货物": F("430,000.00"), "工程": F("1,300,000.00"), "服务": F("720,000.00")}
body = [row([num(sum(plan.values())), num(plan["货物"]), num(plan["工程"]), num(plan["服务"]),
             num(d["proc"]), num(PROC["货物"]), num(PROC["工程"]), num(PROC["服务"]), num(PROC_SME), num(PROC_SMALL)])]
parts.append(table("公开11表　政府采购情况表", "元", hdr, body))

# ---------- 表12 机关运行经费及国有资产占用情况表 ----------
hdr = [row([td("项目"), td("单位"), td("数量/金额")])]
body = [row([td("一、机关运行经费支出"), td("元"), num(JGYX)]),
        row([td("二、资产总额"), td("元"), num(ASSETS)]),
        row([td("三、车辆数"), td("辆"), td(str(CARS_TOTAL), **{"class": "num"})]),
        row([td("　其中：一般公务用车"), td("辆"), td(str(CARS_GEN), **{"class": "num"})]),
        row([td("　　　　应急保障用车"), td("辆"), td(str(CARS_EMERG), **{"class": "num"})]),
        row([td("四、单位价值100万元以上设备"), td("台（套）"), td("0", **{"class": "num"})])]
parts.append(table("公开12表　机关运行经费及国有资产占用情况表", "元", hdr, body))

# ---------- prose (万元) ----------
W = wan
def chg(a, b):  # a this year, b last year
    diff = a - b
    word = "增加" if diff >= 0 else "减少"
    word2 = "增长" if diff >= 0 else "下降"
    return f"{word}{W(abs(diff))}万元，{word2}{pct(abs(diff), b)}%"
g = lambda c: GPD[c]
def item(c, reason):
    nme, a, b, x, yy = g(c)
    fin = x + yy
    shown = PLANT_PROSE if c == PLANT_CODE else fin
    s = f"{nme}（{c[:3]}{c[3:5]}{c[5:7]}）：年初预算为{W(a)}万元，支出决算为{W(shown)}万元，完成年初预算的{pct(fin, a)}%。"
    s += f"决算数大于年初预算数的主要原因是{reason}"
    return s
lei_share = [(k, d["lei"][k][2] + d["lei"][k][3]) for k in LEI_ORDER]
P = []
P.append("<h2>第一部分　澜沚县棠澳镇人民政府概况</h2>")
P.append("<h3>一、部门职责</h3>")
for t in ["（一）贯彻执行党和国家的路线方针政策及上级党委、政府的决议、决定，推进镇域经济社会发展。",
          "（二）负责本镇经济发展规划的编制和实施，统筹推进乡村振兴、农业产业发展和农村集体经济发展。",
          "（三）负责辖区社会事业、公共服务、民生保障工作，组织开展群众性文化体育活动。",
          "（四）负责辖区城乡环境卫生、圩镇管理、防汛防台、安全生产和社会治安综合治理工作。",
          "（五）完成县委、县政府交办的其他任务。"]:
    P.append(f"<p>{t}</p>")
P.append("<h3>二、机构设置及决算单位构成</h3>")
P.append("<p>纳入澜沚县棠澳镇人民政府2024年度部门决算编制范围的单位共3个，包括：镇本级（行政单位）、澜沚县棠澳镇农业综合服务中心（全额拨款事业单位）、澜沚县棠澳镇文化站（全额拨款事业单位）。"
         "截至2024年末，本部门核定行政编制46名、事业编制18名，实有在职人员61人。</p>")
P.append("<h2>第二部分　2024年度部门决算情况说明</h2>")
P.append("<h3>一、收入支出决算总体情况说明</h3>")
P.append(f"<p>2024年度收入、支出决算总计均为{W(d['total'])}万元。与2023年度相比，收、支总计各{chg(d['total'], PREV_TOTAL)}。"
         "主要原因是城乡社区环境卫生、农村社会事业等项目支出增加，以及政府性基金预算安排的城市建设支出增加。</p>")
P.append("<h3>二、收入决算情况说明</h3>")
P.append(f"<p>2024年度本年收入合计{W(d['inc'])}万元，其中：一般公共预算财政拨款收入{W(d['gp_inc'])}万元，占本年收入合计的{pct(d['gp_inc'], d['inc'])}%；"
         f"政府性基金预算财政拨款收入{W(d['fund_inc'])}万元，占{pct(d['fund_inc'], d['inc'])}%；"
         f"其他收入{W(OTHER_INCOME)}万元，占{pct(OTHER_INCOME, d['inc'])}%，为文化站取得的社会赞助活动经费。本年无上级补助收入、事业收入和经营收入。</p>")
P.append("<h3>三、支出决算情况说明</h3>")
P.append(f"<p>2024年度本年支出合计{W(d['exp'])}万元，其中：基本支出{W(d['basic'])}万元，占本年支出合计的{pct(d['basic'], d['exp'])}%；"
         f"项目支出{W(d['proj'])}万元，占{pct(d['proj'], d['exp'])}%。年末结转和结余{W(d['carry_out'])}万元。</p>")
P.append("<h3>四、财政拨款收入支出决算总体情况说明</h3>")
P.append(f"<p>2024年度财政拨款收入、支出决算总计均为{W(d['fin_total'])}万元。与2023年度相比，财政拨款收、支总计各{chg(d['fin_total'], PREV_FIN_TOTAL)}。"
         "主要原因是上级追加环境整治和农村厕所改造补助资金，以及国有土地使用权出让收入安排的城市建设资金增加。</p>")
P.append("<h3>五、一般公共预算财政拨款支出决算情况说明</h3>")
P.append(f"<p>（一）总体情况。2024年度一般公共预算财政拨款支出{W(d['gp_exp'])}万元，占本年支出合计的{pct(d['gp_exp'], d['exp'])}%。"
         f"与2023年度相比，一般公共预算财政拨款支出{chg(d['gp_exp'], PREV_GP_EXP)}，主要原因是农村环境卫生整治投入加大和人员经费调标。</p>")
P.append("<p>（二）结构情况。" + "；".join(f"{LEI[k]}{W(v)}万元，占{pct(v, d['gp_exp'])}%" for k, v in lei_share) + "。</p>")
P.append(f"<p>（三）具体情况。2024年度一般公共预算财政拨款支出年初预算为{W(d['gp_init'])}万元，支出决算为{W(d['gp_exp'])}万元，完成年初预算的{pct(d['gp_exp'], d['gp_init'])}%。其中：</p>")
reasons = [("2010301", "年内执行工资调标政策及新增录用人员3名。"),
           ("2010399", "年中追加村（社区）换届选举及镇便民服务中心运转经费。"),
           ("2070109", "新增“村晚”展演和文化下乡活动经费。"),
           ("2120199", "增加圩镇“脏乱差”综合整治经费。"),
           ("2120501", "农村生活垃圾收运处理范围扩大至全镇14个行政村，新增保洁服务外包。"),
           ("2130104", "农业综合服务中心人员经费调标。"),
           ("2130126", "年中追加农村户厕改造补助资金。"),
           ("2130705", "村干部基本报酬标准提高。")]
for i, (c, r) in enumerate(reasons, 1):
    P.append(f"<p>{i}．{item(c, r)}</p>")
nme, a, b, x, yy = g("2080801")
P.append(f"<p>{len(reasons) + 1}．{nme}（2080801）：年初预算为0万元，支出决算为{W(x + yy)}万元，主要原因是年度内发生在职人员死亡抚恤2人，据实列支。</p>")
P.append("<h3>六、一般公共预算财政拨款基本支出决算情况说明</h3>")
P.append(f"<p>2024年度一般公共预算财政拨款基本支出{W(d['gp_basic'])}万元，其中：人员经费{W(d['person'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
         f"机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、抚恤金；公用经费{W(d['public'])}万元，主要包括办公费、水费、电费、邮电费、"
         "差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出、办公设备购置。</p>")
P.append("<h3>七、财政拨款“三公”经费支出决算情况说明</h3>")
P.append(f"<p>2024年度“三公”经费财政拨款支出预算为{W(d['sg_budget'])}万元，支出决算为{W(d['sg_final'])}万元，完成预算的{pct(d['sg_final'], d['sg_budget'])}%。"
         f"与2023年度相比，“三公”经费支出{chg(d['sg_final'], d['sg_prev'])}。决算数小于预算数的主要原因是认真落实过紧日子要求，严控一般性支出。</p>")
P.append("<p>（一）因公出国（境）费支出决算为0万元，全年无因公出国（境）团组。</p>")
P.append("<p>（二）公务用车购置费支出决算为0万元，本年度未购置公务用车。</p>")
P.append(f"<p>（三）公务用车运行维护费支出决算为{W(SG['运行'][1])}万元，完成预算的{pct(SG['运行'][1], SG['运行'][0])}%，比2023年度{chg(SG['运行'][1], SG_PREV['运行'])}。"
         f"主要原因是2023年底报废处置1辆超过使用年限的公务用车，公务用车保有量由3辆减为{SG_CARS}辆，燃料费和维修费相应减少。</p>")
P.append(f"<p>（四）公务接待费支出决算为{W(SG['接待'][1])}万元，完成预算的{pct(SG['接待'][1], SG['接待'][0])}%，比2023年度{chg(SG['接待'][1], SG_PREV['接待'])}。"
         f"全年国内公务接待{SG_BATCH}批次、{SG_PERSONS}人次，主要为上级部门业务检查指导和兄弟乡镇交流学习。减少的主要原因是严格执行公务接待标准，压减接待批次和陪餐人数。</p>")
P.append("<h3>八、政府性基金预算财政拨款收入支出决算情况说明</h3>")
P.append(f"<p>2024年度政府性基金预算财政拨款年初结转和结余{W(d['fund_in'])}万元，本年收入{W(d['fund_inc'])}万元，本年支出{W(d['fund_exp'])}万元，年末结转和结余{W(d['fund_out'])}万元。"
         f"支出全部为国有土地使用权出让收入安排的支出，其中：城市建设支出（2120803）{W(FUND[0][4])}万元，主要用于圩镇道路提升改造；"
         f"农村基础设施建设支出（2120804）{W(FUND[1][4])}万元，主要用于村道硬化和村级排水设施建设。</p>")
P.append("<h3>九、国有资本经营预算财政拨款支出决算情况说明</h3>")
P.append("<p>本部门2024年度无国有资本经营预算财政拨款支出。</p>")
P.append("<h3>十、机关运行经费支出说明</h3>")
P.append(f"<p>2024年度本部门机关运行经费支出{W(JGYX)}万元，比2023年度{chg(JGYX, JGYX_PREV)}，主要原因是镇机关办公楼防水维修及水电费用增加。</p>")
P.append("<h3>十一、政府采购支出说明</h3>")
P.append(f"<p>2024年度本部门政府采购支出总额{W(d['proc'])}万元，其中：政府采购货物支出{W(PROC['货物'])}万元、政府采购工程支出{W(PROC['工程'])}万元、政府采购服务支出{W(PROC['服务'])}万元。"
         f"授予中小企业合同金额{W(PROC_SME)}万元，占政府采购支出总额的{pct(PROC_SME, d['proc'])}%，其中：授予小微企业合同金额{W(PROC_SMALL)}万元，占政府采购支出总额的{pct(PROC_SMALL, d['proc'])}%。</p>")
P.append("<h3>十二、国有资产占用情况说明</h3>")
P.append(f"<p>截至2024年12月31日，本部门资产总额{W(ASSETS)}万元；共有车辆{CARS_TOTAL}辆，其中：一般公务用车{CARS_GEN}辆、应急保障用车{CARS_EMERG}辆；无单位价值100万元以上设备。</p>")
P.append("<h3>十三、预算绩效情况说明</h3>")
P.append("<p>根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出开展绩效自评，共涉及项目12个，自评结果均为“优”或“良”。"
         "农村生活垃圾收运处理项目全年清运生活垃圾约1.2万吨，群众满意度达到95%以上。</p>")
P.append("<h2>第三部分　名词解释</h2>")
for t in ["1．财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
          "2．其他收入：指单位取得的除上述收入以外的各项收入。",
          "3．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "4．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
          "7．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项公用经费。"]:
    P.append(f"<p>{t}</p>")

HEAD = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>澜沚县棠澳镇人民政府2024年度部门决算_部门决算_澜沚县人民政府门户网站</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;margin:0}}
.top{{background:#b3261e;color:#fff;padding:6px 20px;font-size:12px}} .nav a{{margin:0 10px;color:#fff}}
.nav{{background:#c9302c;padding:8px 20px}} .crumb{{padding:8px 20px;color:#666}}
.main{{width:1100px;margin:0 auto}} table.meta td{{border:1px solid #ddd;padding:4px 8px}}
table.tb{{border-collapse:collapse;margin:14px 0;width:100%;font-size:12px}} table.tb td{{border:1px solid #999}}
td.num{{text-align:right}} td.unitline{{border:none!important}} td.r{{text-align:right}} td.note{{font-size:12px;color:#555}}
caption{{font-weight:bold;font-size:16px;padding:8px}} .foot{{background:#eee;padding:12px;text-align:center;font-size:12px;margin-top:30px}}
</style>
</head>
<body>
<div class="top">您好，欢迎访问澜沚县人民政府门户网站！　　无障碍浏览　|　长者模式　|　繁體版</div>
<div class="nav"><a href="#">首页</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进澜沚</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 部门决算</div>
<div class="main">
<table class="meta">
<tr><td>索引号</td><td>LZ0117-0203-2025-00046</td><td>发布机构</td><td>澜沚县棠澳镇人民政府</td></tr>
<tr><td>主题分类</td><td>财政、预算、决算</td><td>发布日期</td><td>2025-09-26</td></tr>
</table>
<h1>澜沚县棠澳镇人民政府2024年度部门决算</h1>
<div class="info">发布时间：2025-09-26 16:42　来源：棠澳镇　浏览次数：　【字号：大 中 小】</div>
<div class="content">
<h2>2024年度部门决算公开表</h2>
"""
TAIL = """</div>
</div>
<div class="foot">主办：澜沚县人民政府办公室　　网站标识码：3311270017　　【打印本页】【关闭窗口】</div>
</body>
</html>
"""
html_text = HEAD + "\n".join(parts) + "\n<h2>2024年度部门决算情况说明</h2>\n" + "\n".join(P) + "\n" + TAIL
with open(OUT, "w", encoding="utf-8") as f:
    f.write(html_text)
print("wrote", os.path.basename(OUT))
