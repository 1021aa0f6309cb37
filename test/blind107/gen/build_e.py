# -*- coding: utf-8 -*-
"""Write docs/E-huamei-czj-2025-jsca.pdf (invented 桦湄区财政局 2025年决算(草案) report with 附表 1-7) and gen/e_text.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
from e_data import pct
import pdfw

D = E.compute()
F = {r[0]: r for r in E.FUNC}
TX = {r[0]: r for r in E.TAX + E.NONTAX}
OUT = os.path.join(HERE, "..", "docs", "E-huamei-czj-2025-jsca.pdf")


def chg(a, b):
    """决算 a against 调整预算 b: 增加/减少 N万元."""
    return f"增加{a - b}万元" if a >= b else f"减少{b - a}万元"


def fz(code, reason):
    c, n, b, a, x = F[code][:5]
    return f"{n}{x}万元，为调整预算的{pct(x, a)}%，{reason}。"


P = []
P += [("h0", "关于桦湄区2025年财政决算（草案）的报告"),
      ("h1", "——2026年7月28日在桦湄区第三届人民代表大会常务委员会第二十四次会议上"),
      ("h1", "桦湄区财政局局长  韦书亭"),
      ("h2", "主任、各位副主任、各位委员："),
      ("p", "受区人民政府委托，现将桦湄区2025年财政决算（草案）的情况报告如下，请予审议。"),
      ("p", "2025年，全区财政部门在区委的坚强领导和区人大及其常委会的监督支持下，严格执行区三届人大五次会议批准的预算和区人大常委会批准的预算调整方案，"
            "加强收入征管，优化支出结构，兜牢“三保”底线，全区财政运行总体平稳。2025年全区财政决算情况如下："),
      ("h2", "一、一般公共预算决算情况"),
      ("h2", "（一）收入决算"),
      ("p", f"全区一般公共预算收入决算{D['收入_全区_决算']}万元，为调整预算{D['收入_全区_调整']}万元的{pct(D['收入_全区_决算'], D['收入_全区_调整'])}%，"
            f"比年初预算{D['收入_全区_预算']}万元减少{D['收入_全区_预算'] - D['收入_全区_决算']}万元。其中：税收收入{D['税收_全区_决算']}万元，为调整预算的{pct(D['税收_全区_决算'], D['税收_全区_调整'])}%；"
            f"非税收入{D['非税_全区_决算']}万元，为调整预算的{pct(D['非税_全区_决算'], D['非税_全区_调整'])}%。"
            f"区本级一般公共预算收入决算{D['收入_区本级_决算']}万元，为调整预算的{pct(D['收入_区本级_决算'], D['收入_区本级_调整'])}%。"),
      ("p", f"税收收入未完成调整预算的主要原因：一是房地产市场持续低迷，土地增值税完成{TX['土地增值税'][3]}万元、契税完成{TX['契税'][3]}万元，分别为调整预算的"
            f"{pct(TX['土地增值税'][3], TX['土地增值税'][2])}%和{pct(TX['契税'][3], TX['契税'][2])}%；二是部分重点企业经营效益下滑，企业所得税完成{TX['企业所得税'][3]}万元，"
            f"为调整预算的{pct(TX['企业所得税'][3], TX['企业所得税'][2])}%。非税收入超过调整预算，主要是盘活闲置国有资产，国有资源(资产)有偿使用收入完成"
            f"{TX['国有资源(资产)有偿使用收入'][3]}万元，为调整预算的{pct(TX['国有资源(资产)有偿使用收入'][3], TX['国有资源(资产)有偿使用收入'][2])}%。"),
      ("h2", "（二）支出决算"),
      ("p", f"全区一般公共预算支出决算{D['支出_全区_决算']}万元，为调整预算{D['支出_全区_调整']}万元的{pct(D['支出_全区_决算'], D['支出_全区_调整'])}%。"
            f"区本级一般公共预算支出决算{D['支出_区本级_决算']}万元，为调整预算的{pct(D['支出_区本级_决算'], D['支出_区本级_调整'])}%。主要支出项目决算情况："),
      ("p", "——" + fz("205", "主要是部分校舍维修项目结转下年实施")),
      ("p", "——" + fz("208", "主要是城乡低保等救助对象动态调整")),
      ("p", f"——卫生健康支出{E.PROSE_WRONG['210']}万元，为调整预算的{pct(F['210'][4], F['210'][3])}%，主要是基层医疗卫生机构设备购置按实际采购价结算。"),
      ("p", "——" + fz("212", "主要是部分老旧小区改造项目按进度拨付")),
      ("p", "——" + fz("213", "主要是高标准农田建设资金部分结转")),
      ("p", "——" + fz("206", "主要是企业研发费用后补助按审核结果兑付，部分企业未通过审核")),
      ("p", "——" + fz("211", "主要是上级追加的大气污染防治资金下达较晚，部分项目结转下年实施")),
      ("p", f"年初预算安排预备费{F['227'][2]}万元，调整预算{F['227'][3]}万元，已全部调剂用于防汛救灾和应急处置，在相关科目中列支，决算数为0。"),
      ("h2", "（三）收支平衡情况"),
      ("p", f"全区一般公共预算收入{D['收入_全区_决算']}万元，加上级补助收入{D['上级补助']}万元、债务转贷收入{D['债务转贷收入']}万元、调入资金{D['调入资金']}万元、"
            f"上年结转{E.JIEZHUAN_IN}万元，收入总计{D['总计_全区']}万元。全区一般公共预算支出{D['支出_全区_决算']}万元，加上解上级支出{E.SHANGJIE}万元、"
            f"债务还本支出{E.HUANBEN_GEN}万元、结转下年{E.JIEZHUAN_OUT}万元，支出总计{D['总计_全区']}万元，收支平衡。"),
      ("p", f"区本级收入总计{D['总计_区本级']}万元，支出总计{D['总计_区本级']}万元（含补助街道支出{D['补助街道']}万元），收支平衡。"),
      ("h2", "（四）转移支付情况"),
      ("p", f"2025年上级补助收入{D['上级补助']}万元，为调整预算的{pct(D['上级补助'], sum(v[1] for v in E.GRANT_BUDGET.values()))}%。其中：返还性收入{D['返还性']}万元，"
            f"一般性转移支付收入{D['一般性']}万元，专项转移支付收入{D['专项']}万元。区对街道转移支付{D['补助街道']}万元，主要用于街道基本运转和社区服务。"),
      ("h2", "二、政府性基金预算决算情况"),
      ("p", f"全区政府性基金预算收入决算{D['基金收入']}万元，为调整预算{D['基金收入_调整']}万元的{pct(D['基金收入'], D['基金收入_调整'])}%，"
            f"主要是土地出让计划未全部完成，国有土地使用权出让收入{E.FUND_IN[0][3]}万元，为调整预算的{pct(E.FUND_IN[0][3], E.FUND_IN[0][2])}%。"
            f"加上级补助收入{E.FUND_UP}万元、专项债务转贷收入{E.FUND_BOND_NEW + E.FUND_BOND_REF}万元、上年结转{E.FUND_JZ_IN}万元，收入总计{D['基金收入总计']}万元。"
            f"全区政府性基金预算支出决算{D['基金支出']}万元，为调整预算的{pct(D['基金支出'], D['基金支出_调整'])}%，加调出资金{E.FUND_TIAOCHU}万元、"
            f"专项债务还本支出{E.FUND_HUANBEN}万元、结转下年{E.FUND_JZ_OUT}万元，支出总计{D['基金收入总计']}万元。区本级政府性基金决算与全区一致。"),
      ("h2", "三、国有资本经营预算决算情况"),
      ("p", f"全区国有资本经营预算收入决算{D['国资收入']}万元，为调整预算的{pct(D['国资收入'], D['国资收入_调整'])}%；支出决算{D['国资支出']}万元，"
            f"其中国有企业资本金注入{E.SOE_OUT[0][3]}万元；调出资金{D['国资调出']}万元补充一般公共预算。"),
      ("h2", "四、社会保险基金预算决算情况"),
      ("p", f"全区社会保险基金收入决算{D['社保收入']}万元，支出决算{D['社保支出']}万元，本年收支结余{D['社保结余']}万元，年末滚存结余{D['社保滚存']}万元。"
            f"其中：城乡居民基本养老保险基金收入{E.SSF[0][1][2]}万元、支出{E.SSF[0][2][2]}万元；机关事业单位基本养老保险基金收入{E.SSF[1][1][2]}万元、支出{E.SSF[1][2][2]}万元。"),
      ("h2", "五、政府债务情况"),
      ("p", f"2025年末，全区政府债务余额{D['债务余额']}万元，其中一般债务{D['债务余额_一般']}万元、专项债务{D['债务余额_专项']}万元，"
            f"控制在省核定的债务限额{D['债务限额']}万元以内。全年发行新增债券{E.BOND_GEN_NEW + E.FUND_BOND_NEW}万元、再融资债券{E.BOND_GEN_REF + E.FUND_BOND_REF}万元，"
            f"偿还到期债务本金{E.HUANBEN_GEN + E.FUND_HUANBEN}万元，支付债务利息{D['付息']}万元。"),
      ("h2", "六、需要说明的事项"),
      ("p", "以上决算数为草案数，待上级财政部门审核批复后，如有变动再向区人大常委会报告。2025年决算收支科目按照《2025年政府收支分类科目》填列。"),
      ]


def r6(name, t, pre=""):
    """row of 8 numeric cells: 全区 (预算 调整 决算 %) | 区本级 (预算 调整 决算 %)."""
    b, a, x, bb, ab, xb = t
    return [pre + name, str(b), str(a), str(x), pct(x, a), str(bb), str(ab), str(xb), pct(xb, ab)]


def tot(rows, name):
    s = [sum(r[i] for r in rows) for i in range(1, 7)]
    return r6(name, s)


G2 = ["全区", "区本级"]
C4 = ["预算数", "调整预算数", "决算数", "为调整预算%"]
T = []
rows1 = [r6(n, r[1:]) for n, *_ in E.TAX for r in [TX[n]]]
rows1 = [tot(E.TAX, "一、税收收入")] + [r6(r[0], r[1:], "  ") for r in E.TAX] + [tot(E.NONTAX, "二、非税收入")] + \
        [r6(r[0], r[1:], "  ") for r in E.NONTAX] + [tot(E.TAX + E.NONTAX, "一般公共预算收入合计")]
T.append(dict(title="附表1  桦湄区2025年一般公共预算收入决算表", groups=G2, cols=C4, rows=rows1))
rows2 = [r6(f"{c} {n}", r) for c, n, *r in E.FUNC] + [tot([(c, *r) for c, n, *r in E.FUNC], "一般公共预算支出合计")]
T.append(dict(title="附表2  桦湄区2025年一般公共预算支出决算表", groups=G2, cols=C4, rows=rows2))
fund_out = [("212", "城乡社区支出", E.FUND_212_BUDGET[0], E.FUND_212_BUDGET[1], D["基金212"])] + list(E.FUND_OUT_FIXED)
rows3 = [r6(n, (b, a, x, b, a, x)) for n, b, a, x in E.FUND_IN] + \
        [r6("政府性基金预算收入合计", (D["基金收入_预算"], D["基金收入_调整"], D["基金收入"]) * 2)] + \
        [r6(f"{c} {n}", (b, a, x, b, a, x)) for c, n, b, a, x in fund_out] + \
        [r6("政府性基金预算支出合计", (D["基金支出_预算"], D["基金支出_调整"], D["基金支出"]) * 2)]
T.append(dict(title="附表3  桦湄区2025年政府性基金预算收支决算表", groups=G2, cols=C4, rows=rows3))
si = [sum(r[i] for r in E.SOE_IN) for i in (1, 2, 3)]
so = [sum(r[i] for r in E.SOE_OUT) for i in (1, 2, 3)]
rows4 = [r6(n, (b, a, x, b, a, x)) for n, b, a, x in E.SOE_IN] + [r6("国有资本经营预算收入合计", tuple(si) * 2)] + \
        [r6(n, (b, a, x, b, a, x)) for n, b, a, x in E.SOE_OUT] + [r6("国有资本经营预算支出合计", tuple(so) * 2)] + \
        [r6("调出资金", (si[0] - so[0], si[1] - so[1], D["国资调出"]) * 2)]
T.append(dict(title="附表4  桦湄区2025年国有资本经营预算收支决算表", groups=G2, cols=C4, rows=rows4))
rows5 = []
for n, i, o, prev in E.SSF:
    rows5.append(r6(n + "收入", i * 2))
for n, i, o, prev in E.SSF:
    rows5.append(r6(n + "支出", o * 2))
ti = [sum(s[1][k] for s in E.SSF) for k in range(3)]
to = [sum(s[2][k] for s in E.SSF) for k in range(3)]
rows5 = [r6("社会保险基金收入合计", tuple(ti) * 2)] + rows5[:2] + [r6("社会保险基金支出合计", tuple(to) * 2)] + rows5[2:] + \
        [r6("本年收支结余", tuple(a - b for a, b in zip(ti, to)) * 2)]
T.append(dict(title="附表5  桦湄区2025年社会保险基金预算收支决算表", groups=G2, cols=C4, rows=rows5))
DG = ["一般债务", "专项债务", "合计"]


def r3(name, a, b):
    return [name, str(a), str(b), str(a + b)]


rows6 = [r3("2025年政府债务限额", *E.DEBT["限额"]), r3("2024年末政府债务余额", *E.DEBT["上年末余额"]),
         r3("2025年新增债券", *E.DEBT["新增债券"]), r3("2025年再融资债券", *E.DEBT["再融资债券"]),
         r3("2025年偿还债务本金", *E.DEBT["还本"]), r3("2025年末政府债务余额", D["债务余额_一般"], D["债务余额_专项"])]
T.append(dict(title="附表6  桦湄区2025年政府债务限额和余额情况表（全区，区本级同）", groups=None, cols=DG, rows=rows6))
gb = E.GRANT_BUDGET
gx = {"返还性收入": D["返还性"], "一般性转移支付收入": D["一般性"], "专项转移支付收入": D["专项"]}
rows7 = [[n, str(gb[n][0]), str(gb[n][1]), str(gx[n]), pct(gx[n], gb[n][1])] for n in gb]
sb = [sum(v[0] for v in gb.values()), sum(v[1] for v in gb.values())]
rows7.append(["上级补助收入合计", str(sb[0]), str(sb[1]), str(D["上级补助"]), pct(D["上级补助"], sb[1])])
rows7.append(["区对街道转移支付", "12600", "13500", str(D["补助街道"]), pct(D["补助街道"], 13500)])
T.append(dict(title="附表7  桦湄区2025年转移支付决算表", groups=None, cols=C4, rows=rows7))

# ---------- layout ----------
L, R, TOP, BOT = 50.0, 545.0, 790.0, 70.0
doc = pdfw.Doc("关于桦湄区2025年财政决算（草案）的报告")
pages_text = []
state = {"pg": None, "y": TOP, "n": 0}


def new_page():
    pg = doc.new_page()
    state["n"] += 1
    state["pg"] = pg
    state["y"] = TOP
    pages_text.append([])
    if state["n"] > 1:
        hdr = "桦湄区2025年财政决算（草案）的报告"
        put(L, 812, hdr, 8)
        pg.line(L, 808, R, 808, 0.4)
    put((L + R) / 2 - pdfw.text_w(f"— {state['n']} —", 9) / 2, 40, f"— {state['n']} —", 9)
    return pg


def put(x, y, s, size):
    state["pg"].text(x, y, s, size)
    pages_text[-1].append(s)


def wrap(s, size, width):
    out, cur, w = [], "", 0.0
    for ch in s:
        cw = pdfw.char_w(ch) * size
        if w + cw > width and cur:
            # keep digits together: move a trailing number to the next line
            k = len(cur)
            while k > 0 and (cur[k - 1].isdigit() or cur[k - 1] == ".") and (ch.isdigit() or ch == "."):
                k -= 1
            if 0 < k < len(cur):
                out.append(cur[:k]); cur = cur[k:]
            else:
                out.append(cur); cur = ""
            w = pdfw.text_w(cur, size)
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def need(h):
    if state["y"] - h < BOT:
        new_page()


new_page()
for kind, s in P:
    if kind == "h0":
        need(30); put((L + R) / 2 - pdfw.text_w(s, 16) / 2, state["y"], s, 16); state["y"] -= 28
    elif kind == "h1":
        need(20); put((L + R) / 2 - pdfw.text_w(s, 10.5) / 2, state["y"], s, 10.5); state["y"] -= 18
    elif kind == "h2":
        need(40); state["y"] -= 4; put(L, state["y"], s, 11.5); state["y"] -= 20
    else:
        lines = wrap("\u3000\u3000" + s, 10.5, R - L)
        for ln in lines:
            need(17); put(L, state["y"], ln, 10.5); state["y"] -= 17
        state["y"] -= 3

# tables
RH, FS = 16.0, 7.5
LABW = 135.0
cont = {"n": 0}


def header(t, cont_flag):
    ttl = t["title"] + ("（续表）" if cont_flag else "")
    put(L, state["y"], ttl, 10); state["y"] -= 15
    put(R - pdfw.text_w("单位：万元", 8), state["y"], "单位：万元", 8); state["y"] -= 13
    ncol = len(t["cols"]) * (len(t["groups"]) if t["groups"] else 1)
    cw = (R - L - LABW) / ncol
    top = state["y"] + 10
    state["pg"].line(L, top, R, top)
    if t["groups"]:
        for gi, g in enumerate(t["groups"]):
            x0 = L + LABW + gi * 4 * cw
            put(x0 + 2 * cw - pdfw.text_w(g, FS + 0.5) / 2, state["y"], g, FS + 0.5)
        state["y"] -= RH - 3
    put(L + 2, state["y"], "项目", FS)
    for i in range(ncol):
        c = t["cols"][i % len(t["cols"])]
        put(L + LABW + (i + 1) * cw - 3 - pdfw.text_w(c, FS), state["y"], c, FS)
    state["pg"].line(L, state["y"] - 5, R, state["y"] - 5)
    state["y"] -= RH
    return cw


for ti, t in enumerate(T):
    if ti in (0, 2, 5):
        new_page()
    else:
        state["y"] -= 12
        need(90)
    cw = header(t, False)
    for row in t["rows"]:
        if state["y"] < BOT:
            new_page(); cont["n"] += 1
            cw = header(t, True)
        put(L + 2, state["y"], row[0], FS)
        for i, c in enumerate(row[1:]):
            put(L + LABW + (i + 1) * cw - 3 - pdfw.text_w(c, FS), state["y"], c, FS)
        state["y"] -= RH
    state["pg"].line(L, state["y"] + RH - 5, R, state["y"] + RH - 5)

assert cont["n"] >= 1, "no table continues over a page break"
os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc.save(OUT)
json.dump({"prose": [s for k, s in P if k == "p"], "headings": [s for k, s in P if k != "p"],
           "tables": T, "pages": pages_text, "npages": state["n"]},
          open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote", OUT, state["n"], "pages; continued tables:", cont["n"])
