"""Build E: 澜峪县档案馆2025年部门预算, as a Word document exported to HTML and pasted into a CMS."""
import os, re, itertools
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), "docs", "E-lanyu-dag-2025-bmys.html")
T = totals(); F = T["func"]; FB = T["func_basic"]
def pct(a, b): return f"{a * 100 / b:.2f}"
FS = "font-size:16.0pt;font-family:仿宋_GB2312"
_cnt = itertools.count()
def splitnum(m):
    s = m.group(0); i = next(_cnt)
    if i % 3 == 2 or len(s) < 4: return f"<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\"'>{s}</span>"
    k = 2 if i % 3 == 0 else len(s) - 3
    return f"{s[:k]}<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\"'>{s[k:]}</span>"
def runs(text):
    """split a plain paragraph into Word runs: chunks of ~9-14 chars, numbers split inside nested spans"""
    out, i, n = [], 0, 0
    while i < len(text):
        L = 9 + (n * 5) % 6; j = min(len(text), i + L)
        # do not cut inside a number token
        while j < len(text) and re.match(r"[\d.,%]", text[j]) and j > 0 and re.match(r"[\d.,]", text[j - 1]): j += 1
        chunk = text[i:j].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        chunk = re.sub(r"\d[\d,]*\.?\d*", splitnum, chunk)
        out.append(f"<span style='{FS}'>{chunk}</span>"); i = j; n += 1
    return "".join(out)
def P(text, indent=True):
    lead = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>　　</span>" if indent else ""
    return f"<p class=MsoNormal style='text-indent:0pt;line-height:28.0pt'>{lead}{runs(text)}</p>"
def H(text, level=1):
    fam = "黑体" if level == 1 else "楷体_GB2312"
    return (f"<p class=MsoNormal style='line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:{fam}'>"
            f"&nbsp;&nbsp;&nbsp;{text}</span></b></p>")
BLANK = "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>"
PAGEBREAK = "<span lang=EN-US style='font-size:10.5pt'><br clear=all style='page-break-before:always'></span>"
TD = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
def cell(v, align="left", rs=1, cs=1, bold=False, w=None):
    a = f" rowspan={rs}" if rs > 1 else ""; a += f" colspan={cs}" if cs > 1 else ""
    a += f" width={w}" if w else ""
    inner = f"<span style='font-size:10.0pt;font-family:宋体'>{v}</span>"
    if bold: inner = f"<b>{inner}</b>"
    al = f" align={align} style='text-align:{align}'" if align != "left" else ""
    return f"<td{a} valign=middle style='{TD}'><p class=MsoNormal{al}>{inner}</p></td>"
def row(cells): return "<tr style='height:18.0pt'>" + "".join(cells) + "</tr>"
def table(rows, unit="单位：万元"):
    return (f"<p class=MsoNormal align=right style='text-align:right'><span style='font-size:10.0pt;font-family:宋体'>{unit}</span></p>"
            "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            + "".join(rows) + "</table>")
def title(t): return f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt;font-family:方正小标宋简体'>{t}</span></b></p>"
ZERO = {"t1": "&nbsp;", "t2": "—", "t3": "0.00", "t4": "&nbsp;", "t5": "—", "t6": "&nbsp;", "t7": "0.00"}
def amt(v, tb): return w(v) if v else ZERO[tb]

d_all = T["all"] - T["prev_all"]; d_gp = T["gp"] - T["prev_gp"]
cls = lambda pre: sum(v for c, v in F.items() if c.startswith(pre))
C201 = cls("201"); C208 = cls("208"); C210 = cls("210"); C221 = cls("221")
P201 = sum(v for c, v in PREV.items() if c.startswith("201"))
sg25, sg24 = SANGONG["2025"], SANGONG["2024"]
REASON = {"2012604": "主要原因是馆藏档案数字化加工进入二期，加工量增加",
          "2012699": "主要原因是新增乡镇村级档案史料征集编研任务",
          "2080505": "主要原因是新增在编人员1名及缴费基数调整",
          "2080506": "主要原因是缴费基数调整",
          "2101102": "主要原因是缴费基数调整",
          "2210201": "主要原因是缴费基数调整及新增在编人员1名"}
body = []
A = body.append
A(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{ORG}</span><span lang=EN-US style='font-size:22.0pt'>2025</span><span style='font-size:22.0pt;font-family:方正小标宋简体'>年部门预算</span></b></p>")
A(BLANK)
A(H("第一部分　部门概况"))
A(H("一、主要职责", 2))
A(P(f"{ORG}是{COUNTY}人民政府直属的公益一类事业单位，参照公务员法管理，负责集中统一管理全县党政机关、人民团体及其他组织形成的具有永久和长期保存价值的档案资料。主要职责：（一）接收、征集、整理、保管全县重要档案资料；（二）开展馆藏档案数字化、抢救修复和安全保护工作；（三）向社会提供档案查阅利用服务，开展档案编研和宣传教育；（四）承担县委、县人民政府交办的其他任务。"))
A(H("二、机构设置及人员情况", 2))
A(P(f"本馆内设办公室、档案接收征集股、档案保管利用股、信息技术股{STAFF['内设']}个股室。{ORG}2025年部门预算由本馆本级1个预算单位构成，无下属单位。"))
A(P(f"截至2024年12月31日，本馆核定事业编制{STAFF['编制']}名，实有在编人员{STAFF['实有']}人；离退休人员{STAFF['退休']}人（由社保发放，不列入本部门预算）。"))
A(BLANK)
A(H("第二部分　2025年部门预算情况说明"))
A(H("一、收支总体情况", 2))
A(P(f"按照全口径预算编制要求，{ORG}2025年收入总预算{w(T['all'])}万元，支出总预算{w(T['all'])}万元，比上年增加{w(d_all)}万元，增长{pct(d_all, T['prev_all'])}%。主要原因是馆藏档案数字化加工进入二期，项目支出增加，以及人员经费正常增长。"))
A(H("二、收入预算情况", 2))
A(P(f"2025年收入预算{w(T['all'])}万元，其中：一般公共预算拨款收入{w(T['gp'])}万元，占{pct(T['gp'], T['all'])}%；其他收入{w(OTHER_INCOME)}万元，占{pct(OTHER_INCOME, T['all'])}%，为档案复制工本收入；无政府性基金预算拨款收入、国有资本经营预算拨款收入和事业收入，无上年结转。"))
A(H("三、支出预算情况", 2))
A(P(f"2025年支出预算{w(T['all'])}万元，其中：基本支出{w(T['basic'] + OTHER_INCOME)}万元，占{pct(T['basic'] + OTHER_INCOME, T['all'])}%，主要用于保障人员工资福利和机构正常运转；项目支出{w(T['proj'])}万元，占{pct(T['proj'], T['all'])}%，主要用于{PROJECTS[0][0]}{w(PROJECTS[0][1])}万元、{PROJECTS[1][0]}{w(PROJECTS[1][1])}万元、{PROJECTS[2][0]}{w(PROJECTS[2][1])}万元、{PROJECTS[3][0]}{w(PROJECTS[3][1])}万元。"))
A(H("四、财政拨款收支预算情况", 2))
A(P(f"2025年财政拨款收支预算{w(T['gp'])}万元，全部为一般公共预算拨款，比上年增加{w(d_gp)}万元，增长{pct(d_gp, T['prev_gp'])}%。"))
A(H("五、一般公共预算支出情况", 2))
A(P(f"2025年一般公共预算支出{w(T['gp'])}万元，其中：基本支出{w(T['basic'])}万元，比上年增加{w(T['basic'] - PREV_BASIC)}万元；项目支出{w(T['proj'])}万元，比上年增加{w(T['proj'] - PREV_PROJ)}万元。按支出功能分类科目（项级）具体情况如下："))
order = ["2012604", "2012699", "2080505", "2080506", "2101102", "2210201"]
for i, c in enumerate(order, 1):
    val = PLANTED["prose"] if c == PLANTED["code"] else F[c]
    ch = F[c] - PREV[c]
    A(P(f"{i}.{FUNC_NAMES[c]}（{c}）{w(val)}万元，比上年增加{w(ch)}万元，增长{pct(ch, PREV[c])}%，{REASON[c]}。"))
A(H("六、一般公共预算基本支出情况", 2))
A(P(f"2025年一般公共预算基本支出{w(T['basic'])}万元，其中：人员经费{w(T['person'])}万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费{w(T['public'])}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、工会经费、公务用车运行维护费等。"))
A(H("七、“三公”经费预算情况", 2))
d_sg = T["sg"]["2025"] - T["sg"]["2024"]
A(P(f"2025年一般公共预算“三公”经费预算{w(T['sg']['2025'])}万元，比上年减少{w(-d_sg)}万元，下降{pct(-d_sg, T['sg']['2024'])}%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费{w(sg25['购置'] + sg25['运行'])}万元，比上年减少{w(sg24['运行'] - sg25['运行'])}万元，其中公务用车购置费0万元，公务用车运行费{w(sg25['运行'])}万元，下降原因是压缩公务用车出行次数、降低燃油维修支出；公务接待费{w(sg25['接待'])}万元，比上年减少{w(sg24['接待'] - sg25['接待'])}万元，主要原因是严格执行公务接待标准，减少陪餐。截至2024年底，本馆公务用车保有量{STAFF['车辆']}辆，2025年计划购置公务用车0辆。"))
A(H("八、其他重要事项的情况说明", 2))
d_run = T["public"] - PREV_PUBLIC
A(P(f"（一）机关运行经费。2025年{ORG}机关运行经费预算{w(T['public'])}万元，比上年减少{w(-d_run)}万元，下降{pct(-d_run, PREV_PUBLIC)}%，主要原因是落实过紧日子要求，压减办公费和差旅费。"))
A(P(f"（二）政府采购情况。2025年政府采购预算{w(T['procure'])}万元，其中：货物类{w(PROCURE['货物'])}万元，工程类0万元，服务类{w(PROCURE['服务'])}万元。"))
A(P(f"（三）国有资产占有使用情况。截至2024年12月31日，本馆共有车辆{ASSETS['车辆']}辆，其中一般公务用车{ASSETS['车辆']}辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备{ASSETS['专用设备']}台（套），为档案密集架系统和恒温恒湿空调机组。2025年无新增车辆及大型设备购置预算。"))
A(P(f"（四）绩效目标设置情况。2025年本馆实行绩效目标管理的项目4个，涉及一般公共预算资金{w(T['proj'])}万元。其中{PROJECTS[0][0]}项目预算{w(PROJECTS[0][1])}万元，年度目标为完成馆藏档案数字化扫描120万页以上，图像质量抽检合格率不低于98%，查档群众满意度不低于95%，详见表9。"))
A(BLANK)
A(H("第三部分　名词解释"))
A(P("1.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"))
A(P("2.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"))
A(PAGEBREAK)
A(H("第四部分　2025年部门预算公开表"))
# 表1 收支总表 (all funds)
t = "t1"
A(title(f"表1　{ORG}2025年部门收支总表"))
rs = [row([cell("收　　入", "center", cs=2, bold=True), cell("支　　出", "center", cs=2, bold=True)]),
      row([cell("项　　目", "center"), cell("预算数", "center"), cell("项　　目", "center"), cell("预算数", "center")])]
L = [("一、一般公共预算拨款收入", T["gp"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0), ("四、事业收入", 0), ("五、其他收入", OTHER_INCOME)]
R = [("一、一般公共服务支出", C201 + OTHER_INCOME), ("二、社会保障和就业支出", C208), ("三、卫生健康支出", C210), ("四、住房保障支出", C221), ("", None)]
for (a, b), (c, dd) in zip(L, R):
    rs.append(row([cell(a), cell(amt(b, t), "right"), cell(c if c else "&nbsp;"), cell(amt(dd, t) if dd is not None else "&nbsp;", "right")]))
rs.append(row([cell("本年收入合计", "center"), cell(w(T["all"]), "right"), cell("本年支出合计", "center"), cell(w(T["all"]), "right")]))
rs.append(row([cell("上年结转"), cell(amt(0, t), "right"), cell("结转下年"), cell(amt(0, t), "right")]))
rs.append(row([cell("收　入　总　计", "center", bold=True), cell(w(T["all"]), "right", bold=True), cell("支　出　总　计", "center", bold=True), cell(w(T["all"]), "right", bold=True)]))
A(table(rs)); A(BLANK)
# 表2 收入总表, code in one column
t = "t2"
A(title(f"表2　{ORG}2025年部门收入总表"))
rs = [row([cell("科目编码", "center", rs=2), cell("科目名称", "center", rs=2), cell("合计", "center", rs=2), cell("财政拨款", "center", cs=2), cell("事业收入", "center", rs=2), cell("其他收入", "center", rs=2)]),
      row([cell("一般公共预算", "center"), cell("政府性基金预算", "center")])]
def all_by(c): return F[c] + (OTHER_INCOME if c == "2012604" else 0)
lines = [("201", C201 + OTHER_INCOME, C201, OTHER_INCOME), ("20126", C201 + OTHER_INCOME, C201, OTHER_INCOME),
         ("2012604", all_by("2012604"), F["2012604"], OTHER_INCOME), ("2012699", F["2012699"], F["2012699"], 0),
         ("208", C208, C208, 0), ("20805", C208, C208, 0), ("2080505", F["2080505"], F["2080505"], 0), ("2080506", F["2080506"], F["2080506"], 0),
         ("210", C210, C210, 0), ("21011", C210, C210, 0), ("2101102", F["2101102"], F["2101102"], 0),
         ("221", C221, C221, 0), ("22102", C221, C221, 0), ("2210201", F["2210201"], F["2210201"], 0)]
rs.append(row([cell("&nbsp;"), cell("合　　计", "center", bold=True), cell(w(T["all"]), "right"), cell(w(T["gp"]), "right"), cell(ZERO[t], "center"), cell(ZERO[t], "center"), cell(w(OTHER_INCOME), "right")]))
for c, a, g, o in lines:
    nm = ("　" * (len(c) // 2 - 1)) + FUNC_NAMES[c]
    rs.append(row([cell(c), cell(nm), cell(w(a), "right"), cell(w(g), "right"), cell(ZERO[t], "center"), cell(ZERO[t], "center"), cell(amt(o, t), "right")]))
A(table(rs)); A(BLANK)
# 表3 支出总表, code in one column, 3 header rows
t = "t3"
A(title(f"表3　{ORG}2025年部门支出总表"))
rs = [row([cell("科目编码", "center", rs=3), cell("科目名称", "center", rs=3), cell("合计", "center", rs=3), cell("基本支出", "center", cs=3), cell("项目支出", "center", rs=3)]),
      row([cell("小计", "center", rs=2), cell("人员经费", "center", rs=2), cell("公用经费", "center", rs=2)]), row([])]
rs = rs[:2]  # the third header row holds no cell of its own (Word leaves it empty); keep rowspan=3 as exported
rs.append("<tr style='height:0pt'></tr>")
def pers_by(c): return sum(a for _, _, a, k in PERSON if k == c)
def proj_by(c): return sum(a for _, a, k in PROJECTS if k == c)
rs.append(row([cell("&nbsp;"), cell("合　　计", "center", bold=True), cell(w(T["all"]), "right"), cell(w(T["basic"] + OTHER_INCOME), "right"),
               cell(w(T["person"]), "right"), cell(w(T["public"] + OTHER_INCOME), "right"), cell(w(T["proj"]), "right")]))
for c in ["2012604", "2012699", "2080505", "2080506", "2101102", "2210201"]:
    pub = (T["public"] + OTHER_INCOME) if c == "2012604" else 0
    bas = pers_by(c) + pub
    rs.append(row([cell(c), cell(FUNC_NAMES[c]), cell(w(bas + proj_by(c)), "right"), cell(amt(bas, t), "right"), cell(amt(pers_by(c), t), "right"),
                   cell(amt(pub, t), "right"), cell(amt(proj_by(c), t), "right")]))
A(table(rs)); A(BLANK)
# 表4 财政拨款收支总表
t = "t4"
A(title(f"表4　{ORG}2025年财政拨款收支总表"))
rs = [row([cell("收　　入", "center", cs=2, bold=True), cell("支　　出", "center", cs=4, bold=True)]),
      row([cell("项　　目", "center", rs=2), cell("预算数", "center", rs=2), cell("项　　目", "center", rs=2), cell("合计", "center", rs=2), cell("预算数", "center", cs=2)]),
      row([cell("一般公共预算", "center"), cell("政府性基金预算", "center")])]
L = [("一、一般公共预算拨款", T["gp"]), ("二、政府性基金预算拨款", 0), ("三、国有资本经营预算拨款", 0), ("", None)]
R = [("一、一般公共服务支出", C201), ("二、社会保障和就业支出", C208), ("三、卫生健康支出", C210), ("四、住房保障支出", C221)]
for (a, b), (c, dd) in zip(L, R):
    rs.append(row([cell(a or "&nbsp;"), cell(amt(b, t) if b is not None else "&nbsp;", "right"), cell(c), cell(w(dd), "right"), cell(w(dd), "right"), cell(ZERO[t], "right")]))
rs.append(row([cell("收　入　总　计", "center", bold=True), cell(w(T["gp"]), "right"), cell("支　出　总　计", "center", bold=True), cell(w(T["gp"]), "right"), cell(w(T["gp"]), "right"), cell(ZERO[t], "right")]))
A(table(rs)); A(BLANK)
# 表5 一般公共预算支出表, codes split 类/款/项
t = "t5"
A(title(f"表5　{ORG}2025年一般公共预算支出表"))
rs = [row([cell("功能分类科目编码", "center", cs=3), cell("科目名称", "center", rs=2), cell("2024年预算数", "center", rs=2), cell("2025年预算数", "center", cs=3), cell("2025年比2024年增减", "center", rs=2)]),
      row([cell("类", "center"), cell("款", "center"), cell("项", "center"), cell("小计", "center"), cell("基本支出", "center"), cell("项目支出", "center")])]
rs.append(row([cell("&nbsp;", cs=3), cell("合　　计", "center", bold=True), cell(w(T["prev_gp"]), "right"), cell(w(T["gp"]), "right"), cell(w(T["basic"]), "right"), cell(w(T["proj"]), "right"), cell(w(d_gp), "right")]))
def fb(c): return FB.get(c, 0)
groups = [("201", ["20126"], {"20126": ["2012604", "2012699"]}), ("208", ["20805"], {"20805": ["2080505", "2080506"]}),
          ("210", ["21011"], {"21011": ["2101102"]}), ("221", ["22102"], {"22102": ["2210201"]})]
for lei, kuans, xs in groups:
    for lvl, codes in [(1, [lei])] + [(2, [k]) for k in kuans]:
        pass
    def agg(pre, D): return sum(v for c, v in D.items() if c.startswith(pre))
    for code in [lei] + kuans:
        cur, prv, bas = agg(code, F), agg(code, PREV), agg(code, FB)
        a, b = code[:3], code[3:5] if len(code) > 3 else "&nbsp;"
        rs.append(row([cell(a, "center"), cell(b, "center"), cell("&nbsp;"), cell(FUNC_NAMES[code]), cell(w(prv), "right"), cell(w(cur), "right"),
                       cell(amt(bas, t), "right"), cell(amt(cur - bas, t), "right"), cell(w(cur - prv), "right")]))
        if code in xs:
            for x in xs[code]:
                cur, prv, bas = F[x], PREV[x], fb(x)
                rs.append(row([cell(x[:3], "center"), cell(x[3:5], "center"), cell(x[5:], "center"), cell(FUNC_NAMES[x]), cell(w(prv), "right"), cell(w(cur), "right"),
                               cell(amt(bas, t), "right"), cell(amt(cur - bas, t), "right"), cell(w(cur - prv), "right")]))
A(table(rs)); A(BLANK)
# 表6 一般公共预算基本支出表, continues after a page break with header repeated
t = "t6"
A(title(f"表6　{ORG}2025年一般公共预算基本支出表"))
hdr = [row([cell("部门预算支出经济分类科目", "center", cs=2), cell("2025年基本支出", "center", cs=3)]),
       row([cell("科目编码", "center"), cell("科目名称", "center"), cell("合计", "center"), cell("人员经费", "center"), cell("公用经费", "center")])]
items = [("301", "工资福利支出", sum(a for c, _, a, _ in PERSON if c.startswith("301")), "P")] + [(c, n, a, "P") for c, n, a, _ in PERSON if c.startswith("301")]
items += [("302", "商品和服务支出", T["public"], "G")] + [(c, n, a, "G") for c, n, a in PUBLIC]
items += [("303", "对个人和家庭的补助", sum(a for c, _, a, _ in PERSON if c.startswith("303")), "P")] + [(c, n, a, "P") for c, n, a, _ in PERSON if c.startswith("303")]
def r6(c, n, a, k):
    return row([cell(c), cell(n if len(c) == 3 else "　" + n), cell(w(a), "right"), cell(w(a) if k == "P" else ZERO[t], "right"), cell(w(a) if k == "G" else ZERO[t], "right")])
first = items[:14]; rest = items[14:]
rs = hdr + [row([cell("&nbsp;"), cell("合　　计", "center", bold=True), cell(w(T["basic"]), "right"), cell(w(T["person"]), "right"), cell(w(T["public"]), "right")])]
rs += [r6(*it) for it in first]
A(table(rs))
A(PAGEBREAK)
A(f"<p class=MsoNormal><span style='font-size:10.0pt;font-family:宋体'>续表6</span></p>")
A(table(hdr + [r6(*it) for it in rest]))
A(BLANK)
# 表7 三公 (transposed: items as columns, years as rows)
t = "t7"
A(title(f"表7　{ORG}2025年一般公共预算“三公”经费支出表"))
rs = [row([cell("项　　目", "center", rs=3), cell("合计", "center", rs=3), cell("因公出国（境）费", "center", rs=3), cell("公务接待费", "center", rs=3), cell("公务用车购置及运行费", "center", cs=3)]),
      row([cell("小计", "center", rs=2), cell("购置费", "center", rs=2), cell("运行费", "center", rs=2)]), "<tr style='height:0pt'></tr>"]
for lab, s in [("2024年预算", SANGONG["2024"]), ("2025年预算", SANGONG["2025"])]:
    rs.append(row([cell(lab, "center"), cell(w(sum(s.values())), "right"), cell(amt(s["出国"], t), "right"), cell(w(s["接待"]), "right"),
                   cell(w(s["购置"] + s["运行"]), "right"), cell(amt(s["购置"], t), "right"), cell(w(s["运行"]), "right")]))
a, b = SANGONG["2025"], SANGONG["2024"]
rs.append(row([cell("增减", "center"), cell(w(sum(a.values()) - sum(b.values())), "right"), cell(amt(0, t), "right"), cell(w(a["接待"] - b["接待"]), "right"),
               cell(w(a["购置"] + a["运行"] - b["购置"] - b["运行"]), "right"), cell(amt(0, t), "right"), cell(w(a["运行"] - b["运行"]), "right")]))
A(table(rs)); A(BLANK)
# 表8 政府性基金 (empty)
A(title(f"表8　{ORG}2025年政府性基金预算支出表"))
rs = [row([cell("科目编码", "center", rs=2), cell("科目名称", "center", rs=2), cell("本年政府性基金预算支出", "center", cs=3)]),
      row([cell("合计", "center"), cell("基本支出", "center"), cell("项目支出", "center")]),
      row([cell("&nbsp;"), cell("合　　计", "center"), cell("&nbsp;"), cell("&nbsp;"), cell("&nbsp;")])]
A(table(rs))
A(f"<p class=MsoNormal><span style='font-size:10.0pt;font-family:宋体'>注：{ORG}2025年没有使用政府性基金预算拨款安排的支出，故本表无数据。</span></p>")
A(BLANK)
# 表9 项目支出绩效目标表
A(title(f"表9　{ORG}2025年项目支出绩效目标表"))
rs = [row([cell("项目名称", "center"), cell(PROJECTS[0][0], cs=3), cell("主管部门", "center"), cell(f"{ORG}")]),
      row([cell("预算资金（万元）", "center"), cell(w(PROJECTS[0][1]), "right", cs=3), cell("其中：一般公共预算", "center"), cell(w(PROJECTS[0][1]), "right")]),
      row([cell("年度绩效目标", "center"), cell("完成馆藏重点档案数字化扫描、图像处理、著录挂接和质检入库，提升档案利用效率和安全保管水平。", cs=5)]),
      row([cell("一级指标", "center"), cell("二级指标", "center"), cell("三级指标", "center", cs=2), cell("指标值", "center", cs=2)])]
for lvl1, grp in itertools.groupby(PERF, key=lambda r: r[0]):
    grp = list(grp)
    for i, (_, l2, l3, v) in enumerate(grp):
        cs = [cell(lvl1, "center", rs=len(grp))] if i == 0 else []
        rs.append(row(cs + [cell(l2), cell(l3, cs=2), cell(v, cs=2)]))
A(table(rs, unit="&nbsp;"))
html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<title>" + ORG + "2025年部门预算</title>\n"
        "<style>\n<!-- p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;} table.MsoNormalTable {font-size:10.5pt;} -->\n</style>\n</head>\n"
        "<body lang=ZH-CN style='word-wrap:break-word'>\n<div class=WordSection1>\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
open(OUT, "w", encoding="utf-8").write(html)
print(OUT, len(html))
