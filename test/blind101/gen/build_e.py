# -*- coding: utf-8 -*-
"""Build docs/E-chengxian-czj-2026-ysbg.pdf (invented 澄岘区 budget report) and gen/e_text.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
import pdfw

OUT = os.path.join(HERE, "..", "docs", "E-chengxian-czj-2026-ysbg.pdf")
D = E.compute()
pct, gr = E.pct, E.growth
TITLE = "关于澄岘区2025年预算执行情况和2026年预算草案的报告"


def gw(new, old):
    g = gr(new, old)
    return ("下降" + g.lstrip("-") + "%") if g.startswith("-") else ("增长" + g + "%")


F = {c: (n, a, b, x) for c, n, a, b, x in E.FUNC}
T = {r[0]: r for r in E.TAX + E.NONTAX}


def lei(c, reason=""):
    n, a, b, x = F[c]
    shown = E.PLANTED.get(c, x)
    s = f"{n}{shown}万元，为预算的{pct(x, b)}%，{gw(x, a)}"
    return s + ("，" + reason if reason else "")


def tx(name, reason=""):
    _, a, b, x = T[name]
    s = f"{name}{x}万元，为预算的{pct(x, b)}%，{gw(x, a)}"
    return s + ("，" + reason if reason else "")


fund_in = {r[0]: r for r in E.FUND_IN}
fund_out = {r[0]: r for r in E.FUND_OUT}
soe_in = {r[0]: r for r in E.SOE_IN}
dg, ds, dt = D["debt"]["一般债务"], D["debt"]["专项债务"], D["debt"]["合计"]
S26 = E.SANGONG26
rev26 = D["rev_26"]

PROSE = [
    ("h0", "澄岘区第三届人民代表大会第六次会议文件（9）"),
    ("h1", TITLE),
    ("c", "——2026年1月13日在澄岘区第三届人民代表大会第六次会议上"),
    ("c", "澄岘区财政局局长  邵明哲"),
    ("p0", "各位代表："),
    ("p", "受区人民政府委托，现将澄岘区2025年预算执行情况和2026年预算草案提请区三届人大六次会议审议，并请区政协委员和其他列席人员提出意见。"),
    ("p", "本报告由三个部分组成：第一部分为2025年预算执行情况，第二部分为2026年预算草案，第三部分为2026年财政重点工作。报告后附5张附表：表1为2025年一般公共预算收入执行表，表2为2025年一般公共预算支出执行表，表3为2025年政府性基金预算收支执行表，表4为2025年国有资本经营预算收支执行表，表5为2025年政府债务限额和余额情况表。报告和附表中的金额单位均为万元。"),
    ("h2", "一、2025年预算执行情况"),
    ("p", "2025年，在区委的坚强领导下，在区人大及其常委会的监督指导下，全区财政部门坚持稳中求进工作总基调，加强财政资源统筹，兜牢基层“三保”底线，全年预算执行情况总体平稳。"),
    ("h3", "（一）一般公共预算"),
    ("p", f"1．收入情况。全区一般公共预算收入{D['rev_25']}万元，为预算的{pct(D['rev_25'], D['rev_25b'])}%，{gw(D['rev_25'], D['rev_24'])}。其中：税收收入{D['tax_25']}万元，为预算的{pct(D['tax_25'], D['tax_25b'])}%，{gw(D['tax_25'], D['tax_24'])}；非税收入{D['nontax_25']}万元，为预算的{pct(D['nontax_25'], D['nontax_25b'])}%，{gw(D['nontax_25'], D['nontax_24'])}。税收收入占一般公共预算收入的比重为{pct(D['tax_25'], D['rev_25'])}%。"),
    ("p", "主要收入项目完成情况是：——" + tx("增值税", "主要是制造业企业订单增加、开票销售收入增长") + "；——" + tx("企业所得税") + "；——" + tx("土地增值税", "主要是房地产项目清算减少、商品房销售下滑") + "；——" + tx("契税", "主要是二手房和新建商品房交易量下降") + "；——" + tx("国有资源(资产)有偿使用收入", "主要是盘活闲置办公用房和公共停车泊位经营权有偿出让") + "。"),
    ("p", f"2．支出情况。全区一般公共预算支出{D['exp_25']}万元，为预算的{pct(D['exp_25'], D['exp_25b'])}%，{gw(D['exp_25'], D['exp_24'])}。主要支出项目是：——" + lei("205", "主要是新建城东学校投入使用、教师绩效工资标准提高") + "；——" + lei("208", "主要是城乡居民基础养老金标准提高和退役军人优抚补助增加") + "；——" + lei("210", "主要是支持区人民医院胸痛中心建设和基本公共卫生服务补助标准提高") + "；——" + lei("212", "主要是老旧小区改造项目集中在上年完工") + "；——" + lei("213") + "；——" + lei("214", "主要是农村公路提档升级工程上年已完成结算") + "；——" + lei("221") + "。"),
    ("p", f"年初预算安排预备费{F['227'][2]}万元，执行中已全部用于防汛救灾和突发事件处置，在相关支出科目中列支，因此表2中预备费执行数为空。"),
    ("p", f"3．收支平衡情况。全区一般公共预算收入{D['rev_25']}万元，加上级补助收入{D['subsidy']}万元（其中返还性收入{E.SUBSIDY['返还性收入']}万元、一般性转移支付收入{E.SUBSIDY['一般性转移支付收入']}万元、专项转移支付收入{E.SUBSIDY['专项转移支付收入']}万元）、地方政府一般债务转贷收入{D['bond_in']}万元（其中新增一般债券{E.BOND_IN['新增一般债券']}万元、再融资一般债券{E.BOND_IN['再融资一般债券']}万元）、调入资金{D['transfer_in']}万元、上年结转{E.CARRY_IN}万元、动用预算稳定调节基金{E.STAB_USE}万元，收入总计{D['total_in']}万元。一般公共预算支出{D['exp_25']}万元，加上解上级支出{E.UPPAY}万元、地方政府一般债务还本支出{E.REPAY_G}万元、安排预算稳定调节基金{E.STAB_SET}万元、结转下年{D['carry_out']}万元，支出总计{D['total_out']}万元。全区一般公共预算收支平衡。"),
    ("h3", "（二）政府性基金预算"),
    ("p", f"全区政府性基金预算收入{D['fund_in_25']}万元，为预算的{pct(D['fund_in_25'], D['fund_in_25b'])}%，{gw(D['fund_in_25'], D['fund_in_24'])}，主要是国有土地使用权出让收入{fund_in['国有土地使用权出让收入'][3]}万元，{gw(fund_in['国有土地使用权出让收入'][3], fund_in['国有土地使用权出让收入'][1])}，土地市场持续低迷、出让地块减少。加上级补助收入{E.FUND_SUB}万元、专项债券转贷收入{E.FUND_BOND}万元、上年结转{E.FUND_CARRY_IN}万元，收入总计{D['fund_total_in']}万元。全区政府性基金预算支出{D['fund_out_25']}万元，为预算的{pct(D['fund_out_25'], D['fund_out_25b'])}%，其中其他支出（专项债券安排的项目支出）{fund_out['其他支出'][3]}万元，为预算的{pct(fund_out['其他支出'][3], fund_out['其他支出'][2])}%，主要是部分专项债券项目前期手续办理滞后、支出进度慢于计划。调出资金{E.FUND_TRANSFER_OUT}万元补充一般公共预算，结转下年{D['fund_carry_out']}万元。"),
    ("h3", "（三）国有资本经营预算"),
    ("p", f"全区国有资本经营预算收入{D['soe_in_25']}万元，为预算的{pct(D['soe_in_25'], D['soe_in_25b'])}%，{gw(D['soe_in_25'], D['soe_in_24'])}，主要是区城投集团利润上缴增加和一宗闲置厂房产权转让。国有资本经营预算支出{D['soe_out_25']}万元，调出资金{E.SOE_TRANSFER_OUT}万元补充一般公共预算，当年收支平衡。"),
    ("h3", "（四）政府债务情况"),
    ("p", f"经市政府批准，2025年全区政府债务限额{dt[1]}万元，其中一般债务限额{dg[1]}万元、专项债务限额{ds[1]}万元。全年发行新增债券{dt[2]}万元，偿还到期债务本金{dt[3]}万元。2025年末全区政府债务余额{dt[4]}万元，其中一般债务余额{dg[4]}万元、专项债务余额{ds[4]}万元，控制在限额以内。"),
    ("h2", "二、2026年预算草案"),
    ("p", "2026年预算编制坚持量入为出、以收定支，优先保障“三保”支出，严格控制一般性支出，从严从紧安排“三公”经费。"),
    ("p", f"全区一般公共预算收入安排{rev26}万元，{gw(rev26, D['rev_25'])}，其中：税收收入{E.R26['税收收入']}万元，{gw(E.R26['税收收入'], D['tax_25'])}；非税收入{E.R26['非税收入']}万元，{gw(E.R26['非税收入'], D['nontax_25'])}，主要是上年一次性国有资产有偿使用收入较多。全区一般公共预算支出安排{E.E26}万元，{gw(E.E26, D['exp_25'])}。"),
    ("p", f"区级部门预算基本支出{E.BASIC26['total']}万元，其中人员经费{E.BASIC26['person']}万元、公用经费{E.BASIC26['public']}万元。区级“三公”经费预算{S26['total']}万元，比上年预算{E.SANGONG25}万元{gw(S26['total'], E.SANGONG25)}，其中：因公出国（境）费{S26['abroad']}万元，公务用车购置及运行维护费{S26['car']}万元（购置费{S26['car_buy']}万元、运行维护费{S26['car_run']}万元），公务接待费{S26['recep']}万元。"),
    ("h2", "三、2026年财政重点工作"),
    ("p", "一是坚持政府过紧日子，一般性支出在上年基础上再压减6%，新增资产配置从严审核。二是深化预算绩效管理，对28个新增重点项目开展事前绩效评估，评估结果作为预算安排的重要依据。三是防范化解政府债务风险，严格落实专项债券项目穿透式监测，确保不发生新增隐性债务。"),
    ("p", "各位代表，做好2026年财政工作意义重大，我们将在区委的坚强领导下，自觉接受区人大的监督，为澄岘区经济社会高质量发展提供坚实财力保障。"),
]

HDR = ["项目", "2024年执行数", "2025年预算数", "2025年执行数", "完成%", "增长%"]


def row(name, a, b, x):
    c = lambda v: "" if v is None else str(v)
    done = pct(x, b) if (x is not None and b) else "—"
    g = gr(x, a) if (x is not None and a) else "—"
    return [name, c(a), c(b), c(x), done, g]


T1 = [row("一般公共预算收入合计", D["rev_24"], D["rev_25b"], D["rev_25"]),
      row("一、税收收入", D["tax_24"], D["tax_25b"], D["tax_25"])]
T1 += [row(r[0], *r[1:]) for r in E.TAX]
T1 += [row("二、非税收入", D["nontax_24"], D["nontax_25b"], D["nontax_25"])]
T1 += [row(r[0], *r[1:]) for r in E.NONTAX]
T2 = [row("一般公共预算支出合计", D["exp_24"], D["exp_25b"], D["exp_25"])]
T2 += [row(f"{c} {n}", a, b, x) for c, n, a, b, x in E.FUNC]
T3 = [row("收入合计", D["fund_in_24"], D["fund_in_25b"], D["fund_in_25"])] + [row(r[0], *r[1:]) for r in E.FUND_IN]
T3 += [row("支出合计", D["fund_out_24"], D["fund_out_25b"], D["fund_out_25"])] + [row(r[0], *r[1:]) for r in E.FUND_OUT]
T4 = [row("收入合计", D["soe_in_24"], D["soe_in_25b"], D["soe_in_25"])] + [row(r[0], *r[1:]) for r in E.SOE_IN]
T4 += [row("支出合计", D["soe_out_24"], D["soe_out_25b"], D["soe_out_25"])] + [row(r[0], *r[1:]) for r in E.SOE_OUT]
T4 += [row("调出资金", D["soe_in_24"] - D["soe_out_24"], D["soe_in_25b"] - D["soe_out_25b"], E.SOE_TRANSFER_OUT)]
HDR5 = ["项目", "2024年末余额", "2025年限额", "2025年新增债券", "2025年偿还本金", "2025年末余额"]
T5 = [[k] + [str(v) for v in D["debt"][k]] for k in ("一般债务", "专项债务", "合计")]
TABLES = [("表1  2025年一般公共预算收入执行表", HDR, T1), ("表2  2025年一般公共预算支出执行表", HDR, T2),
          ("表3  2025年政府性基金预算收支执行表", HDR, T3), ("表4  2025年国有资本经营预算收支执行表", HDR, T4),
          ("表5  2025年政府债务限额和余额情况表", HDR5, T5)]

# ---------- layout ----------
LM, RM, TOP, BOT = 62.0, 533.0, 780.0, 70.0
SIZE = {"h0": 10.5, "h1": 15, "c": 11, "p0": 11.5, "p": 11.5, "h2": 13, "h3": 12}
LEAD = 1.75


def tokens(s):
    return re.findall(r"[\d][\d.,]*%?|[A-Za-z]+|.", s)


def wrap(s, size, width, indent=0.0):
    lines, cur, w = [], "", indent
    for t in tokens(s):
        tw = pdfw.text_w(t, size)
        if w + tw > width and cur and t not in "，。；、）：”%":
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


doc = pdfw.Doc(TITLE)
pages_text = []
state = {"page": None, "y": TOP, "n": 0}


def new_page():
    state["page"] = doc.new_page()
    state["n"] += 1
    pages_text.append([])
    state["y"] = TOP
    if state["n"] > 1:
        h = "澄岘区2025年预算执行情况和2026年预算草案的报告"
        state["page"].text(LM, 806, h, 9)
        state["page"].line(LM, 800, RM, 800, 0.4)
        pages_text[-1].append(h)
        state["y"] = 770
    f = f"— {state['n']} —"
    state["page"].text((pdfw.W - pdfw.text_w(f, 10)) / 2, 40, f, 10)
    pages_text[-1].append(f)


def put(x, s, size):
    state["page"].text(x, state["y"], s, size)
    pages_text[-1].append(s)


new_page()
for kind, text in PROSE:
    size = SIZE[kind]
    width = RM - LM
    if kind in ("h1", "c", "h0"):
        ls = wrap(text, size, width)
    else:
        ls = wrap(text, size, width, indent=(2 * size if kind == "p" else 0))
    if kind == "h2":
        state["y"] -= 6
    for i, ln in enumerate(ls):
        if state["y"] < BOT + size:
            new_page()
        if kind in ("h1", "c"):
            x = (pdfw.W - pdfw.text_w(ln, size)) / 2
        elif kind == "p" and i == 0:
            x = LM + 2 * size
        else:
            x = LM
        put(x, ln, size)
        state["y"] -= size * LEAD
    if kind == "h1":
        state["y"] -= 8

# tables
COLX = [LM, 258, 318, 378, 438, 488]
COLX5 = [LM, 150, 228, 306, 384, 462]
TS, RH = 9.5, 17.0


def table_header(title, hdr, cx, cont=False):
    t = title + ("（续表）" if cont else "")
    put(LM, t, 12)
    state["y"] -= 16
    put(RM - pdfw.text_w("单位：万元", 9), "单位：万元", 9)
    state["y"] -= 14
    state["page"].line(LM, state["y"] + 12, RM, state["y"] + 12, 0.8)
    cells = []
    for j, h in enumerate(hdr):
        state["page"].text(cx[j], state["y"], h, TS)
        cells.append(h)
    pages_text[-1].append(" ".join(cells))
    state["page"].line(LM, state["y"] - 5, RM, state["y"] - 5, 0.5)
    state["y"] -= RH


new_page()
put(LM, "附表", 14)
state["y"] -= 26
FORCE_BREAK = {}   # 表2 runs over the page end naturally (checked in check.py)
for title, hdr, rows in TABLES:
    cx = COLX5 if hdr is HDR5 else COLX
    if state["y"] < BOT + 80:
        new_page()
    state["y"] -= 8
    table_header(title, hdr, cx)
    for i, r in enumerate(rows):
        if state["y"] < BOT + RH or FORCE_BREAK.get(title) == i:
            state["page"].line(LM, state["y"] + RH - 5, RM, state["y"] + RH - 5, 0.8)
            new_page()
            table_header(title, hdr, cx, cont=True)
        for j, c in enumerate(r):
            if not c:
                continue
            x = cx[j] if j == 0 else cx[j] + (50 - pdfw.text_w(c, TS)) * (1 if hdr is not HDR5 else 0)
            state["page"].text(max(x, cx[j]), state["y"], c, TS)
        pages_text[-1].append(" ".join(c for c in r if c))
        state["y"] -= RH
    state["page"].line(LM, state["y"] + RH - 5, RM, state["y"] + RH - 5, 0.8)
    state["y"] -= 10

os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc.save(OUT)
json.dump({"pages": pages_text, "prose": [t for _, t in PROSE], "tables": {t: rows for t, _, rows in TABLES},
           "npages": state["n"]}, open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote", OUT, state["n"], "pages")
