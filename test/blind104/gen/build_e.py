# -*- coding: utf-8 -*-
"""Build docs/E-fengcheng-zjj-2025-bmys.docx (OOXML written with zipfile) and gen/e_text.json from e_data."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e_data as E

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-fengcheng-zjj-2025-bmys.docx")
D = E.compute()
U = [u for u, _ in E.UNITS]
N = dict(E.UNITS)


def m(v):
    """0.01万元 -> '1234.56' (tables and prose print two decimals, no separators)."""
    neg = v < 0
    v = abs(v)
    s = f"{v // 100}.{v % 100:02d}"
    return "-" + s if neg else s


rv = D["rev_dep"]
F = D["func_all"]
G = D["func_gpb"]
sg24 = E.SANGONG_2024
sg25 = D["sg25"]

# ---------------- prose ----------------
P = []   # list of (style, text)
def para(t, style="p"):
    P.append((style, t))

para("沣澄区住房和城乡建设局2025年部门预算", "title")
para("目  录", "h2")
for t in ("第一部分  部门概况", "第二部分  2025年部门预算情况说明", "第三部分  名词解释", "第四部分  2025年部门预算表"):
    para(t)
para("第一部分  部门概况", "h1")
para("一、主要职能", "h2")
para("沣澄区住房和城乡建设局是区政府工作部门，主要负责贯彻执行住房和城乡建设方面的法律法规和政策；拟订全区住房保障、城市建设、村镇建设、建筑业和房地产业发展规划并组织实施；承担全区建设工程质量安全监督管理责任；负责国有土地上房屋征收与补偿的组织实施和公共租赁住房的管理；指导老旧小区改造和农村危房改造工作；完成区委、区政府交办的其他任务。")
para("二、部门预算单位构成")
para("纳入本部门2025年部门预算编制范围的单位共3个，包括：沣澄区住房和城乡建设局（局机关）、沣澄区建设工程质量安全服务中心、沣澄区房屋征收与住房保障服务中心。局机关内设办公室、计划财务股、住房保障股、城市建设股、建筑业管理股、房地产市场监管股6个股室。")
para(f"截至2024年12月31日，本部门在职人员{D['staff']}人，其中：局机关{E.STAFF['JG']}人，质量安全服务中心{E.STAFF['ZA']}人，房屋征收与住房保障服务中心{E.STAFF['ZS']}人；离退休人员17人。")
para("第二部分  2025年部门预算情况说明", "h1")
para("一、收支预算总体情况", "h2")
inc = rv["ALL"] - E.TOTAL_2024
para(f"按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2025年本部门收支总预算{m(rv['ALL'])}万元，比2024年预算{m(E.TOTAL_2024)}万元增加{m(inc)}万元，增长{E.pct(inc, E.TOTAL_2024)}%，主要是房屋征收与住房保障服务中心承担的征地和拆迁补偿项目增加。")
para(f"收入预算{m(rv['ALL'])}万元，其中：一般公共预算拨款收入{m(E.PROSE_WRONG_GPB)}万元，比上年减少{m(E.GPB_2024 - rv['GPB'])}万元，下降{E.pct(E.GPB_2024 - rv['GPB'], E.GPB_2024)}%，主要是上年一次性安排的执法执勤用车购置经费和城建档案馆布展经费不再安排；政府性基金预算拨款收入{m(rv['GF'])}万元，比上年增加{m(rv['GF'] - E.GF_2024)}万元，增长{E.pct(rv['GF'] - E.GF_2024, E.GF_2024)}%；事业收入{m(rv['SY'])}万元；其他收入{m(rv['QT'])}万元；上年结转{m(rv['JZ'])}万元，为房屋征收与住房保障服务中心上年未支付完毕的棚户区改造资金。")
para(f"支出预算{m(rv['ALL'])}万元，其中：基本支出{m(D['basic'])}万元，占{E.pct(D['basic'], rv['ALL'])}%，主要用于保障人员工资福利和机构正常运转；项目支出{m(D['proj'])}万元，占{E.pct(D['proj'], rv['ALL'])}%，主要用于征地和拆迁补偿、城市建设、棚户区改造、老旧小区改造、公共租赁住房运营维护等。")
para("二、财政拨款收支预算情况", "h2")
fin = rv["GPB"] + rv["GF"] + rv["JZ"]
para(f"2025年财政拨款收支总预算{m(fin)}万元。收入包括：一般公共预算拨款{m(rv['GPB'])}万元，政府性基金预算拨款{m(rv['GF'])}万元，上年结转{m(rv['JZ'])}万元；支出包括：社会保障和就业支出{m(sum(D['func_fin']['208']))}万元，卫生健康支出{m(sum(D['func_fin']['210']))}万元，城乡社区支出{m(sum(D['func_fin']['212']))}万元，住房保障支出{m(sum(D['func_fin']['221']))}万元。")
para("三、一般公共预算支出情况", "h2")
gpb_tot = rv["GPB"] + rv["JZ"]
para(f"2025年一般公共预算支出{m(gpb_tot)}万元（含上年结转{m(rv['JZ'])}万元），其中：基本支出{m(D['gpb_basic'])}万元，项目支出{m(D['gpb_proj'])}万元。按支出功能分类：")
para(f"（一）社会保障和就业支出{m(sum(G['208']))}万元，主要用于离退休人员经费和机关事业单位基本养老保险、职业年金缴费。")
para(f"（二）卫生健康支出{m(sum(G['210']))}万元，主要用于在职人员基本医疗保险缴费。")
para(f"（三）城乡社区支出{m(sum(G['212']))}万元，主要用于局机关行政运行{m(sum(G['2120101']))}万元、一般行政管理事务{m(sum(G['2120102']))}万元、工程建设管理{m(sum(G['2120106']))}万元和其他城乡社区管理事务支出{m(sum(G['2120199']))}万元。")
para(f"（四）住房保障支出{m(sum(G['221']))}万元，主要用于棚户区改造{m(sum(G['2210103']))}万元、公共租赁住房{m(sum(G['2210106']))}万元、老旧小区改造{m(sum(G['2210108']))}万元、农村危房改造{m(sum(G['2210105']))}万元和住房公积金{m(sum(G['2210201']))}万元。")
para("四、一般公共预算基本支出情况", "h2")
para(f"2025年一般公共预算基本支出{m(D['gpb_basic'])}万元，其中：人员经费{m(D['renyuan'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费和生活补助等；公用经费{m(D['gongyong'])}万元，主要包括办公费、电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、工会经费、福利费和公务用车运行维护费等。")
para("五、“三公”经费预算情况", "h2")
s24, s25 = sum(sg24), D["sg25_total"]
para(f"2025年“三公”经费财政拨款预算{m(s25)}万元，比上年预算{m(s24)}万元减少{m(s24 - s25)}万元，下降{E.pct(s24 - s25, s24)}%。其中：因公出国（境）费{m(sg25[0])}万元，与上年持平；公务用车购置费{m(sg25[1])}万元，比上年减少{m(sg24[1] - sg25[1])}万元，主要是上年已完成执法执勤用车更新，今年不再安排购置；公务用车运行维护费{m(sg25[2])}万元，比上年减少{m(sg24[2] - sg25[2])}万元，主要是车辆保有量减少、严格用车管理；公务接待费{m(sg25[3])}万元，比上年减少{m(sg24[3] - sg25[3])}万元，主要是落实过紧日子要求，压减接待批次和人数。")
para("六、政府性基金预算支出情况", "h2")
para(f"2025年政府性基金预算拨款支出{m(rv['GF'])}万元，全部为国有土地使用权出让收入安排的支出，其中：征地和拆迁补偿支出{m(sum(F['2120801']))}万元，用于城东片区棚改项目征地拆迁补偿；城市建设支出{m(sum(F['2120803']))}万元，用于城区道路管网提质改造。")
para("七、国有资本经营预算支出情况", "h2")
para("本部门2025年无国有资本经营预算拨款安排的支出，国有资本经营预算支出表为空表。")
para("八、其他重要事项的情况说明", "h2")
para("（一）机关运行经费。2025年局机关机关运行经费预算106.45万元，比上年减少3.20万元，下降2.92%，主要是压减一般性支出。")
goods = sum(p[4] for p in E.PROCUREMENT if p[2] == "货物")
works = sum(p[4] for p in E.PROCUREMENT if p[2] == "工程")
serv = sum(p[4] for p in E.PROCUREMENT if p[2] == "服务")
assert goods + works + serv == D["proc"]
para(f"（二）政府采购情况。2025年本部门政府采购预算{m(D['proc'])}万元，其中：货物类{m(goods)}万元，工程类{m(works)}万元，服务类{m(serv)}万元。面向中小企业预留采购份额{m(D['proc'] * 60 // 100)}万元，占政府采购预算的60%。")
assert D["proc"] * 60 % 100 == 0
para(f"（三）国有资产占用情况。截至2024年12月31日，本部门资产总额{m(D['assets'])}万元，其中：局机关{m(E.ASSETS['JG'])}万元，质量安全服务中心{m(E.ASSETS['ZA'])}万元，房屋征收与住房保障服务中心{m(E.ASSETS['ZS'])}万元（主要为公共租赁住房）。本部门共有公务用车5辆，均为执法执勤用车。")
perf_tot = sum(p[2] for p in E.PERF)
para(f"（四）预算绩效目标情况。2025年本部门纳入绩效目标管理的项目{len(E.PERF)}个，涉及资金{m(perf_tot)}万元，绩效目标详见项目支出绩效目标表。")
para("第三部分  名词解释", "h1")
para("1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
para("2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
para("3.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
para("4.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。")
para("第四部分  2025年部门预算表", "h1")

# ---------------- tables ----------------
T = []   # each: dict(title, unit, header (list of rows of (text, span, vmerge)), rows)


def table(title, header, rows, unit="单位：万元"):
    T.append(dict(title=title, unit=unit, header=header, rows=rows))


# 表1 收支总表: two columns per side, two-row header
lei = [("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("212", "城乡社区支出"), ("221", "住房保障支出")]
cn = "一二三四五六"
inc_rows = [("一、一般公共预算拨款收入", rv["GPB"]), ("二、政府性基金预算拨款收入", rv["GF"]), ("三、国有资本经营预算拨款收入", 0),
            ("四、事业收入", rv["SY"]), ("五、事业单位经营收入", 0), ("六、其他收入", rv["QT"])]
out_rows = [(f"{cn[i]}、{n}", sum(F[c])) for i, (c, n) in enumerate(lei)]
rows = []
for i in range(6):
    a = inc_rows[i]
    b = out_rows[i] if i < len(out_rows) else ("", None)
    rows.append([a[0], m(a[1]), b[0], "" if b[1] is None else m(b[1])])
year_in = rv["ALL"] - rv["JZ"]
rows += [["本年收入合计", m(year_in), "本年支出合计", m(rv["ALL"])],
         ["上年结转", m(rv["JZ"]), "结转下年", m(0)],
         ["收入总计", m(rv["ALL"]), "支出总计", m(rv["ALL"])]]
table("表1  部门收支总表", [[("收    入", 2, None), ("支    出", 2, None)], [("项目", 1, None), ("预算数", 1, None), ("项目", 1, None), ("预算数", 1, None)]], rows)

# 表2 收入总表
hdr = [[("单位名称", 1, None), ("合计", 1, None), ("一般公共预算拨款", 1, None), ("政府性基金预算拨款", 1, None), ("事业收入", 1, None), ("其他收入", 1, None), ("上年结转", 1, None)]]
rows = [["合计", m(rv["ALL"]), m(rv["GPB"]), m(rv["GF"]), m(rv["SY"]), m(rv["QT"]), m(rv["JZ"])]]
for u in U:
    r = D["rev"][u]
    rows.append([N[u], m(r["ALL"]), m(r["GPB"]), m(r["GF"]), m(r["SY"]), m(r["QT"]), m(r["JZ"])])
table("表2  部门收入总表", hdr, rows)


def func_rows(Fx):
    out = [["", "合计", m(sum(sum(v) for c, v in Fx.items() if len(c) == 3)),
            m(sum(v[0] for c, v in Fx.items() if len(c) == 3)), m(sum(v[1] for c, v in Fx.items() if len(c) == 3))]]
    for c in sorted(Fx):
        b, p = Fx[c]
        out.append([c, E.FUNC_NAMES[c], m(b + p), m(b), m(p)])
    return out


fhdr = [[("科目编码", 1, None), ("科目名称", 1, None), ("合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]]
table("表3  部门支出总表（按支出功能分类科目）", fhdr, func_rows(F))

# 表4 财政拨款收支总表
FF, GF_ = D["func_fin"], D["func_gf"]
rows = []
inc4 = [("一、一般公共预算拨款", rv["GPB"]), ("二、政府性基金预算拨款", rv["GF"]), ("三、国有资本经营预算拨款", 0), ("上年结转", rv["JZ"])]
for i in range(4):
    c, n = lei[i]
    g = sum(G[c]) if c in G else 0
    f = sum(GF_[c]) if c in GF_ else 0
    rows.append([inc4[i][0], m(inc4[i][1]), f"{cn[i]}、{n}", m(g + f), m(g), m(f)])
rows.append(["收入总计", m(fin), "支出总计", m(fin), m(gpb_tot), m(rv["GF"])])
table("表4  财政拨款收支总表", [[("项目", 1, None), ("预算数", 1, None), ("项目", 1, None), ("合计", 1, None), ("一般公共预算", 1, None), ("政府性基金预算", 1, None)]], rows)

table("表5  一般公共预算支出表", fhdr, func_rows(G))

# 表6 一般公共预算基本支出表（按经济分类）
rows = [["", "合计", m(D["gpb_basic"]), m(D["renyuan"]), m(D["gongyong"])]]
for grp, code, name, items in E.ECON:
    tot = D["econ_tot"][code]
    rows.append([code, name, m(tot), m(tot) if grp == "人员经费" else m(0), m(tot) if grp == "公用经费" else m(0)])
    for c, nm, a in items:
        rows.append([c, nm, m(a), m(a) if grp == "人员经费" else m(0), m(a) if grp == "公用经费" else m(0)])
table("表6  一般公共预算基本支出表（按经济分类科目）", [[("科目编码", 1, None), ("科目名称", 1, None), ("合计", 1, None), ("人员经费", 1, None), ("公用经费", 1, None)]], rows)

# 表7 三公: header spans two rows (vMerge) with a gridSpan group
hdr = [[("年度", 1, "restart"), ("合计", 1, "restart"), ("因公出国（境）费", 1, "restart"), ("公务用车购置及运行维护费", 3, None), ("公务接待费", 1, "restart")],
       [("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont"), ("小计", 1, None), ("购置费", 1, None), ("运行维护费", 1, None), ("", 1, "cont")]]
def sgrow(label, s):
    return [label, m(sum(s)), m(s[0]), m(s[1] + s[2]), m(s[1]), m(s[2]), m(s[3])]
diff = [sg25[i] - sg24[i] for i in range(4)]
rows = [sgrow("2024年预算数", sg24), sgrow("2025年预算数", sg25), sgrow("增减额", diff)]
table("表7  财政拨款“三公”经费支出表", hdr, rows)

rows = func_rows(GF_)
table("表8  政府性基金预算支出表", fhdr, rows)

# 表9 政府采购预算表
rows = [["合计", "", "", "", m(D["proc"])]]
for u, item, cat, qty, a in E.PROCUREMENT:
    rows.append([N[u], item, cat, qty, m(a)])
table("表9  政府采购预算表", [[("单位名称", 1, None), ("采购项目", 1, None), ("采购品目类别", 1, None), ("数量", 1, None), ("预算金额", 1, None)]], rows)

# 表10 项目支出绩效目标表
rows = []
for proj, u, a, inds in E.PERF:
    for i, (l1, l2, l3, val) in enumerate(inds):
        rows.append([proj if i == 0 else "", N[u] if i == 0 else "", m(a) if i == 0 else "", l1, l2, l3, val])
table("表10  项目支出绩效目标表", [[("项目名称", 1, None), ("实施单位", 1, None), ("资金（万元）", 1, None), ("一级指标", 1, None), ("二级指标", 1, None), ("三级指标", 1, None), ("指标值", 1, None)]], rows, unit="")

# 表11 units side by side, mixed subjects, last column 部门合计
short = {"JG": "局机关", "ZA": "质量安全服务中心", "ZS": "房屋征收与住房保障服务中心"}
def urow(label, per, tot, money=True):
    f = m if money else str
    return [label] + [f(per[u]) for u in U] + [f(tot)]
rows = [urow("收入合计", {u: D["rev"][u]["ALL"] for u in U}, rv["ALL"]),
        urow("其中：一般公共预算拨款", {u: D["rev"][u]["GPB"] for u in U}, rv["GPB"]),
        urow("政府性基金预算拨款", {u: D["rev"][u]["GF"] for u in U}, rv["GF"]),
        urow("基本支出", D["basic_u"], D["basic"]),
        urow("项目支出", D["proj_u"], D["proj"]),
        urow("“三公”经费", D["sg25_u"], D["sg25_total"]),
        urow("政府采购预算", D["proc_u"], D["proc"]),
        urow("资产总额", E.ASSETS, D["assets"]),
        urow("在职人数（人）", E.STAFF, D["staff"], money=False)]
table("表11  部门及所属单位主要指标对照表", [[("指标", 1, None)] + [(short[u], 1, None) for u in U] + [("部门合计", 1, None)]], rows, unit="单位：万元（在职人数除外）")
para("注：本部门2025年无国有资本经营预算拨款安排的支出，国有资本经营预算支出表未列示。", "note")

# ---------------- OOXML ----------------
def run(t, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def p_xml(t, style="p"):
    if style == "title":
        return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(t, True, 36)}</w:p>'
    if style == "h1":
        return f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run(t, True, 30)}</w:p>'
    if style == "h2":
        return f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{run(t, True, 26)}</w:p>'
    return f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/></w:pPr>{run(t)}</w:p>'


def cell(t, span=1, vmerge=None, bold=False):
    tcpr = ""
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += "<w:vMerge/>"
    body = f'<w:p>{run(t, bold) if t else ""}</w:p>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def tbl_xml(tb):
    ncol = sum(s for _, s, _ in tb["header"][0])
    grid = "".join('<w:gridCol w:w="1300"/>' for _ in range(ncol))
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for hr in tb["header"]:
        x.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(t, s, v, True) for t, s, v in hr) + "</w:tr>")
    for r in tb["rows"]:
        assert len(r) == ncol, (tb["title"], r)
        x.append("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


body = [p_xml(t, s) for s, t in P if s != "note"]
for tb in T:
    body.append(p_xml(tb["title"], "h2"))
    if tb["unit"]:
        body.append(f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{run(tb["unit"])}</w:p>')
    body.append(tbl_xml(tb))
body.append(p_xml([t for s, t in P if s == "note"][0]))
sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="SimSun" w:eastAsia="SimSun" w:hAnsi="SimSun"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '</w:styles>')
ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>沣澄区住房和城乡建设局2025年部门预算</dc:title><dc:creator>沣澄区住房和城乡建设局</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-10T09:00:00Z</dcterms:created></cp:coreProperties>')

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                       ("word/document.xml", document), ("word/styles.xml", styles), ("docProps/core.xml", core)):
        zi = zipfile.ZipInfo(name, date_time=(2025, 2, 10, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
json.dump({"prose": [t for s, t in P], "tables": [dict(title=t["title"], unit=t["unit"], header=[[c[0] for c in hr] for hr in t["header"]], rows=t["rows"]) for t in T]},
          open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote", OUT, len(P), "paragraphs", len(T), "tables")
