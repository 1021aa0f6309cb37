# -*- coding: utf-8 -*-
"""Write docs/E-danchuan-wjj-2025-bmys.docx (OOXML written with zipfile, stdlib only) and gen/e_text.json."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
from e_data import f, pct, growth, c

OUT = os.path.join(HERE, "..", "docs", "E-danchuan-wjj-2025-bmys.docx")
D = E.compute()
U = {u[0]: u for u in E.UNITS}
GPI = {i[0]: i for i in E.GP_ITEMS}
blocks = []      # ("p", style, text) | ("t", title, rows, spec)
prose = []


def P(text, style=None):
    blocks.append(("p", style, text))
    if style is None:
        prose.append(text)


def T(title, header_rows, rows, widths, note=None, spans=None):
    """header_rows: list of rows of cells; a cell may be (text, gridSpan, vmerge) with vmerge in (None,'restart','continue')."""
    blocks.append(("t", title, header_rows, rows, widths, note))


def pg(v):  # growth text
    return growth(v[1], v[0]) if v[0] else "—"


# ------------------------------------------------------------------ text
P("澹川县卫生健康局2025年部门预算", "Title")
P("第一部分 部门概况", "H1")
P("一、主要职能", "H2")
P("澹川县卫生健康局是县人民政府工作部门，主要负责贯彻执行国民健康政策和卫生健康法律法规，拟订全县卫生健康事业发展规划并组织实施；"
  "协调推进深化医药卫生体制改革；组织实施疾病预防控制规划、免疫规划和重大公共卫生问题干预措施；负责妇幼健康、基层卫生、"
  "老龄健康和职业健康等工作；负责职责范围内的卫生健康监督执法工作。")
P("二、部门预算单位构成", "H2")
P("澹川县卫生健康局2025年部门预算为汇总预算，包括局机关本级和所属3个二级预算单位：澹川县疾病预防控制中心、澹川县妇幼保健院、"
  "澹川县卫生健康综合监督执法大队。其中局机关为行政单位，其余3个单位为事业单位。")
P("三、人员情况", "H2")
P(f"截至2024年底，本部门核定编制{sum(u[3] for u in E.UNITS)}人，实有在职人员{sum(u[4] for u in E.UNITS)}人，其中：局机关编制{U['U0'][3]}人、实有{U['U0'][4]}人；"
  f"县疾病预防控制中心编制{U['U1'][3]}人、实有{U['U1'][4]}人；县妇幼保健院编制{U['U2'][3]}人、实有{U['U2'][4]}人；"
  f"县卫生健康综合监督执法大队编制{U['U3'][3]}人、实有{U['U3'][4]}人。另有退休人员{E.RETIRED}人。")
P("四、部门预算单位收支情况一览", "H2")
rows = []
for u in E.UNITS:
    rows.append([u[1], f(u[5] + u[6] + u[7]), f(u[5]), f(u[6]), f(u[8] + u[9]), f(u[10])])
rows.append(["合计", f(D["in"]), f(D["gp"]), f(D["sy"]), f(D["out"]), f(D["sg"])])
T("部门预算单位收支情况一览表", [["单位名称", "收入合计", "一般公共预算拨款", "事业收入", "支出合计", "“三公”经费"]], rows,
  [2900, 1300, 1500, 1200, 1300, 1200], note="单位：万元")
P("注：县妇幼保健院收入合计中含其他收入94.64万元，本表未单列。", "Note")

P("第二部分 2025年部门预算表", "H1")
# 表1 收支总表
inc = [("一、一般公共预算拨款收入", D["gp"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
       ("四、事业收入", D["sy"]), ("五、其他收入", D["qt"])]
exp = [(f"{name}", D["lei"][code][1]) for code, name in E.LEI]
rows = []
for k in range(max(len(inc), len(exp))):
    a = inc[k] if k < len(inc) else ("", None)
    b = exp[k] if k < len(exp) else ("", None)
    rows.append([a[0], "" if a[1] is None else f(a[1]), b[0], "" if b[1] is None else f(b[1])])
rows += [["本年收入合计", f(D["in"]), "本年支出合计", f(D["out"])], ["上年结转", "0.00", "结转下年", "0.00"],
         ["收入总计", f(D["in"]), "支出总计", f(D["out"])]]
T("表1 部门收支总表", [["收入项目", "预算数", "支出项目", "预算数"]], rows, [3000, 1500, 3000, 1500], note="单位：万元")

# 表2 收入总表 (header over two rows)
hdr = [[("单位名称", 1, "restart"), ("合计", 1, "restart"), ("上年结转", 1, "restart"), ("本年收入", 4, None)],
       [("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"), "一般公共预算拨款", "政府性基金预算拨款", "事业收入", "其他收入"]]
rows = [["合计", f(D["in"]), "0.00", f(D["gp"]), "0.00", f(D["sy"]), f(D["qt"])]]
for u in E.UNITS:
    rows.append([u[1], f(u[5] + u[6] + u[7]), "0.00", f(u[5]), "0.00", f(u[6]), f(u[7])])
T("表2 部门收入总表", hdr, rows, [2700, 1100, 900, 1300, 1200, 1100, 1000], note="单位：万元")

# 表3 支出总表 (all funds)
def all_item(i):
    ng = E.NONGP.get(i[0], (0, 0))
    return i[4] + ng[0], i[5] + ng[1]


rows = [["", "合计", f(D["out"]), f(D["jb"]), f(D["xm"])]]
for lcode, lname in E.LEI:
    items = [i for i in E.GP_ITEMS if i[0].startswith(lcode)]
    jb = sum(all_item(i)[0] for i in items); xm = sum(all_item(i)[1] for i in items)
    rows.append([lcode, lname, f(jb + xm), f(jb), f(xm)])
    for kcode, kname in E.KUAN:
        if not kcode.startswith(lcode):
            continue
        its = [i for i in items if i[0].startswith(kcode)]
        jb = sum(all_item(i)[0] for i in its); xm = sum(all_item(i)[1] for i in its)
        rows.append([kcode, kname, f(jb + xm), f(jb), f(xm)])
        for i in its:
            jb, xm = all_item(i)
            rows.append([i[0], i[1], f(jb + xm), f(jb), f(xm)])
T("表3 部门支出总表", [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], rows, [1300, 3600, 1400, 1400, 1400], note="单位：万元")

# 表4 财政拨款收支总表
exp = [(name, D["lei"][code][0]) for code, name in E.LEI]
inc = [("一、一般公共预算拨款", D["gp"]), ("二、政府性基金预算拨款", 0), ("三、国有资本经营预算拨款", 0)]
rows = [[a[0], f(a[1]), b[0], f(b[1])] for a, b in zip(inc, exp)]
rows += [["收入总计", f(D["gp"]), "支出总计", f(D["gp"])]]
T("表4 财政拨款收支总表", [["收入项目", "预算数", "支出项目", "预算数"]], rows, [3000, 1500, 3000, 1500], note="单位：万元")

# 表5 一般公共预算支出表
rows = [["", "合计", f(D["gp_old"]), f(D["gp"]), growth(D["gp"], D["gp_old"])]]
for lcode, lname in E.LEI:
    items = [i for i in E.GP_ITEMS if i[0].startswith(lcode)]
    o = sum(i[2] for i in items); n = sum(i[3] for i in items)
    rows.append([lcode, lname, f(o), f(n), growth(n, o)])
    for kcode, kname in E.KUAN:
        if not kcode.startswith(lcode):
            continue
        its = [i for i in items if i[0].startswith(kcode)]
        o = sum(i[2] for i in its); n = sum(i[3] for i in its)
        rows.append([kcode, kname, f(o), f(n), growth(n, o)])
        for i in its:
            rows.append([i[0], i[1], f(i[2]), f(i[3]), growth(i[3], i[2])])
T("表5 一般公共预算支出表", [["科目编码", "科目名称", "上年预算数", "本年预算数", "增减%"]], rows, [1300, 3600, 1400, 1400, 1100], note="单位：万元")

# 表6 基本支出表
rows = [["", "合计", f(D["gp_jb"]), f(D["econ"]["301"] + D["econ"]["303"]), f(D["econ"]["302"])]]
for code, name, items in E.ECON:
    person = code in ("301", "303")
    tot = D["econ"][code]
    rows.append([code, name, f(tot), f(tot) if person else "", "" if person else f(tot)])
    for ic, iname, v in items:
        rows.append([ic, iname, f(v), f(v) if person else "", "" if person else f(v)])
T("表6 一般公共预算基本支出表", [["经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费"]], rows, [1700, 3400, 1400, 1400, 1400], note="单位：万元")

# 表7 三公
S = E.SANGONG
car = (S["购置"][0] + S["运行"][0], S["购置"][1] + S["运行"][1])
tot = (D["sg_old"], D["sg"])
def sgrow(name, v):
    return [name, f(v[0]), f(v[1]), f(v[1] - v[0]), pg(v)]
rows = [sgrow("合计", tot), sgrow("1.因公出国（境）费", S["出国"]), sgrow("2.公务用车购置及运行维护费", car),
        sgrow("（1）公务用车购置费", S["购置"]), sgrow("（2）公务用车运行维护费", S["运行"]), sgrow("3.公务接待费", S["接待"])]
T("表7 一般公共预算“三公”经费支出表", [["项目", "上年预算数", "本年预算数", "增减额", "增减%"]], rows, [3800, 1400, 1400, 1300, 1100], note="单位：万元")

# 表8 政府性基金
T("表8 政府性基金预算支出表", [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], [["", "合计", "", "", ""]],
  [1300, 3600, 1400, 1400, 1400], note="单位：万元")
P("注：本部门2025年无政府性基金预算拨款安排的支出，本表为空表。", "Note")

# 表9 项目支出绩效目标表
rows = []
for name, unit, amt, gp, inds in E.PROJECTS:
    for k, (ind, val) in enumerate(inds):
        if k == 0:
            rows.append([(name, 1, "restart" if len(inds) > 1 else None), (unit, 1, "restart" if len(inds) > 1 else None),
                         (f(amt), 1, "restart" if len(inds) > 1 else None), (f(gp), 1, "restart" if len(inds) > 1 else None), ind, val])
        else:
            rows.append([("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"), ind, val])
T("表9 项目支出绩效目标表", [["项目名称", "实施单位", "预算金额", "其中：一般公共预算拨款", "绩效指标", "指标值"]], rows,
  [2500, 1200, 1100, 1300, 2600, 1000], note="单位：万元")

# ------------------------------------------------------------------ 情况说明 (prose)
P("第三部分 2025年部门预算情况说明", "H1")
P("一、关于2025年收支预算情况的总体说明", "H2")
P(f"按照综合预算的原则，澹川县卫生健康局所有收入和支出均纳入部门预算管理。2025年部门收入预算总计{f(D['in'])}万元，支出预算总计{f(D['out'])}万元，"
  f"与2024年预算{f(E.PRIOR_TOTAL)}万元相比，收、支总计各增加{f(D['in'] - E.PRIOR_TOTAL)}万元，增长{growth(D['in'], E.PRIOR_TOTAL)}%。"
  "主要原因：一是基本公共卫生服务人均财政补助标准提高；二是县妇幼保健院门诊和住院业务量增长，事业收入预算相应增加。")
P("二、关于2025年收入预算情况说明", "H2")
P(f"本部门2025年收入预算{f(D['in'])}万元，其中：一般公共预算拨款{f(D['gp'])}万元，占{pct(D['gp'], D['in'])}%；政府性基金预算拨款0万元；"
  f"事业收入{f(D['sy'])}万元，占{pct(D['sy'], D['in'])}%；其他收入{f(D['qt'])}万元，占{pct(D['qt'], D['in'])}%，为县妇幼保健院房屋出租收入；上年结转0万元。")
P("三、关于2025年支出预算情况说明", "H2")
P(f"本部门2025年支出预算{f(D['out'])}万元，其中：基本支出{f(D['jb'])}万元，占{pct(D['jb'], D['out'])}%；项目支出{f(D['xm'])}万元，占{pct(D['xm'], D['out'])}%。"
  f"按单位分：局机关{f(U['U0'][8] + U['U0'][9])}万元，县疾病预防控制中心{f(U['U1'][8] + U['U1'][9])}万元，县妇幼保健院{f(U['U2'][8] + U['U2'][9])}万元，"
  f"县卫生健康综合监督执法大队{f(U['U3'][8] + U['U3'][9])}万元。")
P("四、关于2025年财政拨款收支预算情况的总体说明", "H2")
P(f"2025年财政拨款收支总预算{f(D['gp'])}万元，全部为一般公共预算拨款，比上年增加{f(D['gp'] - D['gp_old'])}万元，增长{growth(D['gp'], D['gp_old'])}%。"
  "本部门无政府性基金预算拨款和国有资本经营预算拨款。")
P("五、关于2025年一般公共预算拨款支出情况说明", "H2")
P(f"2025年一般公共预算拨款支出{f(D['gp'])}万元，比上年预算{f(D['gp_old'])}万元增加{f(D['gp'] - D['gp_old'])}万元，增长{growth(D['gp'], D['gp_old'])}%。主要用于以下方面：")


def item_sentence(k, code, reason):
    i = GPI[code]
    amount = E.PROSE_WRONG.get(code, i[3])
    d = i[3] - i[2]
    word = "增加" if d >= 0 else "减少"
    word2 = "增长" if d >= 0 else "下降"
    return (f"{k}.{i[1]}（{code}）{f(amount)}万元，比上年{word}{f(abs(d))}万元，{word2}{growth(i[3], i[2]).lstrip('-')}%，{reason}")


lei208 = D["lei"]["208"][0]
P(f"1.社会保障和就业支出{f(lei208)}万元，其中机关事业单位基本养老保险缴费支出{f(GPI['2080505'][3])}万元、机关事业单位职业年金缴费支出{f(GPI['2080506'][3])}万元，"
  f"比上年增加{f(lei208 - D['kuan']['20805'][0])}万元，主要是缴费基数按规定调整。")
P(item_sentence(2, "2100101", "主要是人员正常晋级晋档增加工资支出。"))
P(item_sentence(3, "2100199", "主要是2024年安排的全民健康信息平台升级一次性项目已完成。"))
P(item_sentence(4, "2100401", "主要是新增县疾病预防控制中心检验检测能力提升项目。"))
P(item_sentence(5, "2100402", "主要是执法装备更新。"))
P(item_sentence(6, "2100403", "主要是县妇幼保健院事业收入增加，相应压减财政补助。"))
P(item_sentence(7, "2100408", "主要是基本公共卫生服务人均财政补助标准提高。"))
P(item_sentence(8, "2100409", "主要是新增适龄女生HPV疫苗免费接种项目。"))
P(f"9.行政事业单位医疗{f(D['kuan']['21011'][1])}万元，其中行政单位医疗{f(GPI['2101101'][3])}万元、事业单位医疗{f(GPI['2101102'][3])}万元，主要用于职工基本医疗保险缴费。")
P(item_sentence(10, "2210201", "主要是缴存基数调整。"))
P("六、关于2025年一般公共预算基本支出情况说明", "H2")
P(f"2025年一般公共预算基本支出{f(D['gp_jb'])}万元，其中：人员经费{f(D['econ']['301'] + D['econ']['303'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
  f"社会保障缴费、住房公积金、退休费和生活补助等；公用经费{f(D['econ']['302'])}万元，主要包括办公费、水电费、差旅费、公务接待费、工会经费、"
  "公务用车运行维护费和其他交通费用等。")
P("七、关于2025年一般公共预算“三公”经费预算情况说明", "H2")
P(f"2025年一般公共预算“三公”经费预算{f(D['sg'])}万元，比上年预算{f(D['sg_old'])}万元减少{f(D['sg_old'] - D['sg'])}万元，下降{growth(D['sg'], D['sg_old']).lstrip('-')}%。其中：")
P("1.因公出国（境）费0万元，与上年持平，本部门2025年无因公出国（境）计划。")
P(f"2.公务用车购置及运行维护费{f(car[1])}万元，比上年减少{f(car[0] - car[1])}万元。其中：公务用车购置费0万元；公务用车运行维护费{f(S['运行'][1])}万元，"
  f"主要是局机关1辆公务用车报废后不再更新，公务用车保有量由{E.PRIOR_SANGONG_CARS}辆减少到{E.CARS}辆。")
P(f"3.公务接待费{f(S['接待'][1])}万元，比上年减少{f(S['接待'][0] - S['接待'][1])}万元，主要是严格执行公务接待标准，压减接待批次。")
P(f"按单位分：局机关{f(U['U0'][10])}万元，县疾病预防控制中心{f(U['U1'][10])}万元，县妇幼保健院{f(U['U2'][10])}万元，县卫生健康综合监督执法大队{f(U['U3'][10])}万元。")
P("八、关于2025年政府性基金预算支出情况说明", "H2")
P("本部门2025年无政府性基金预算拨款安排的支出。")
P("九、其他重要事项的情况说明", "H2")
P(f"（一）机关运行经费。2025年局机关本级机关运行经费预算{f(E.JGYX[1])}万元，比上年减少{f(E.JGYX[0] - E.JGYX[1])}万元，下降{growth(E.JGYX[1], E.JGYX[0]).lstrip('-')}%，"
  "主要是落实过紧日子要求，压减办公费和差旅费。")
P(f"（二）政府采购情况。2025年本部门政府采购预算{f(E.ZFCG[0] + E.ZFCG[1])}万元，其中：货物类{f(E.ZFCG[0])}万元，服务类{f(E.ZFCG[1])}万元，无工程类采购。")
P(f"（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆{E.CARS}辆，其中一般公务用车2辆、执法执勤用车1辆、特种专业技术用车3辆；"
  "单位价值50万元以上通用设备2台（套），单位价值100万元以上专用设备5台（套）。")
P(f"（四）预算绩效目标设置情况。2025年本部门项目支出全部实行绩效目标管理，涉及项目{len(E.PROJECTS)}个，金额{f(D['xm'])}万元，绩效目标详见表9。")
P("第四部分 名词解释", "H1")
P("1.一般公共预算拨款收入：指县财政当年拨付的资金。")
P("2.事业收入：指事业单位开展专业业务活动及辅助活动取得的收入，本部门主要为县妇幼保健院医疗收入和县疾病预防控制中心检验检测收入。")
P("3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
P("4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
P("5.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
P("6.机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算安排的基本支出中的公用经费支出。")


# ------------------------------------------------------------------ OOXML
def run(text, bold=False, sz=None):
    rpr = ""
    if bold or sz:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>' if sz else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, jc=None, bold=False, sz=None):
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    return f"<w:p>{ppr}{run(text, bold, sz) if text else ''}</w:p>"


def cell(spec, width, header=False, align=None):
    if isinstance(spec, tuple):
        text, span, vm = spec
    else:
        text, span, vm = spec, 1, None
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    if vm == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vm == "continue":
        tcpr += "<w:vMerge/>"
    tcpr += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{para(text, jc=align or ('center' if header else None), bold=header, sz=18)}</w:tc>"


def table(header_rows, rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
         f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for hi, r in enumerate(header_rows):
        x.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>')
        col = 0
        for spec in r:
            span = spec[1] if isinstance(spec, tuple) else 1
            x.append(cell(spec, sum(widths[col:col + span]), header=True))
            col += span
        x.append("</w:tr>")
    for r in rows:
        x.append("<w:tr>")
        for k, spec in enumerate(r):
            txt = spec[0] if isinstance(spec, tuple) else spec
            num = txt.replace(".", "").replace("-", "").isdigit() and k >= 1
            x.append(cell(spec, widths[k], align="right" if num else None))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


body = []
etext = {"blocks": [], "prose": prose, "tables": {}}
for b in blocks:
    if b[0] == "p":
        _, style, text = b
        st = {"Title": "Title", "H1": "Heading1", "H2": "Heading2", "Note": None}.get(style) if style else None
        body.append(para(text, st, jc="center" if style == "Title" else None, sz=18 if style == "Note" else None))
        etext["blocks"].append(["p", text])
    else:
        _, title, hdr, rows, widths, note = b
        body.append(para(title, "Heading3", jc="center"))
        if note:
            body.append(para(note, jc="right", sz=18))
        body.append(table(hdr, rows, widths))
        body.append(para(""))
        flat_hdr = [[(s[0] if isinstance(s, tuple) else s) for s in r] for r in hdr]
        flat = [[(s[0] if isinstance(s, tuple) else s) for s in r] for r in rows]
        etext["blocks"].append(["p", title])
        if note:
            etext["blocks"].append(["p", note])
        etext["blocks"].append(["t", flat_hdr + flat])
        etext["tables"][title] = {"header": flat_hdr, "rows": flat}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" '
            'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')


def style(sid, name, sz, bold=False, based="Normal", ptype="paragraph"):
    return (f'<w:style w:type="{ptype}" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:qFormat/>'
            f'<w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>')


styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
          '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          + style("Title", "Title", 36, True) + style("Heading1", "heading 1", 32, True) + style("Heading2", "heading 2", 28, True)
          + style("Heading3", "heading 3", 24, True) +
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
          '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
          '</w:tblBorders></w:tblPr></w:style></w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>澹川县卫生健康局2025年部门预算</dc:title><dc:creator>澹川县卫生健康局</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-18T09:00:00Z</dcterms:created></cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>')

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", docrels),
                       ("word/document.xml", document), ("word/styles.xml", styles), ("docProps/core.xml", core), ("docProps/app.xml", app)):
        zi = zipfile.ZipInfo(name, date_time=(2025, 2, 18, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as fh:
    json.dump(etext, fh, ensure_ascii=False, indent=1)
print("wrote", OUT, len(blocks), "blocks", len(prose), "prose paragraphs")
