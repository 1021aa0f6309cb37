#!/usr/bin/env python3
"""Write docs/E-chenglan-wangxi-jdb-2025-bmys.docx: a Word file (zip of WordprocessingML written by hand)
with the 部门预算说明 prose first and then ten real Word tables (gridSpan / vMerge)."""
import os, zipfile
from xml.sax.saxutils import escape
import e_data as D
from e_data import y, yuan, pct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-chenglan-wangxi-jdb-2025-bmys.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

body = []

def run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))

def para(text, bold=False, align=None, size=None, style=None, indent=True):
    ppr = ""
    parts = []
    if style:
        parts.append('<w:pStyle w:val="%s"/>' % style)
    if align:
        parts.append('<w:jc w:val="%s"/>' % align)
    elif indent:
        parts.append('<w:ind w:firstLine="420"/>')
    if parts:
        ppr = "<w:pPr>%s</w:pPr>" % "".join(parts)
    body.append("<w:p>%s%s</w:p>" % (ppr, run(text, bold, size) if text else ""))

def cell(text="", span=1, vm=None, bold=False, align=None):
    return {"t": text, "span": span, "vm": vm, "b": bold, "al": align}

def table(widths, rows):
    x = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>']
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side)
    x.append('</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>')
    x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    x.append("</w:tblGrid>")
    for r in rows:
        x.append("<w:tr>")
        col = 0
        for c in r:
            if isinstance(c, str):
                c = cell(c)
            w = sum(widths[col:col + c["span"]])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if c["span"] > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % c["span"]
            if c["vm"] == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif c["vm"] == "cont":
                tcpr += "<w:vMerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            al = c["al"] or ("right" if c["t"][:1].isdigit() and "." in c["t"] and not c["t"].startswith("20") else "center" if col < 1 or c["b"] else "left")
            t = run(c["t"], c["b"], 18) if c["t"] and c["vm"] != "cont" else ""
            x.append('<w:tc><w:tcPr>%s</w:tcPr><w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p></w:tc>' % (tcpr, al, t))
            col += c["span"]
        assert col == len(widths), (col, len(widths), r)
        x.append("</w:tr>")
    x.append("</w:tbl>")
    body.append("".join(x))

def amt(v, blank_zero=False):
    return "" if (blank_zero and v == 0) else y(v)

# ---------------------------------------------------------------- derived figures
tot, jb, xm, gp = D.total(), D.total("jb"), D.total("xm"), D.gp_total()
oth = sum(D.OTHER_INCOME.values())
e24, gp24 = D.exec2024_total(), D.gp2024()
fx = D.by_xiang("gp")
fx_all = D.by_xiang()
lei_gp = D.roll(fx, 3)
lei_all = D.roll(fx_all, 3)
kuan_gp = D.roll(fx, 5)
gyu = D.gongyong_unit()
ren, gong = D.renyuan(), D.gongyong()
sg, sg24 = D.sangong_total(), sum(D.SANGONG_2024)
sgi = [D.sangong_item(i) for i in range(4)]
jg, jg24 = D.jgyx(), D.JGYX_2024_VAL
proc_total = sum(p[5] for p in D.PROCURE)
proc_goods = sum(p[5] for p in D.PROCURE if p[3] == "货物")
proc_serv = sum(p[5] for p in D.PROCURE if p[3] == "服务")
n_proj = len(D.PROJECT_NAMES)
S = D.STAFF

def chg(a, b, unit="万元", money=y):
    d = a - b
    if d > 0:
        return "增加%s%s，增长%s%%" % (money(d), unit, pct(d, b))
    if d < 0:
        return "减少%s%s，下降%s%%" % (money(-d), unit, pct(-d, b))
    return "持平"

# ---------------------------------------------------------------- prose
para("澄岚区望溪街道办事处2025年部门预算", bold=True, align="center", size=36)
para("第一部分  澄岚区望溪街道办事处2025年部门预算说明", bold=True, align="center", size=28)
para("一、部门职责和机构设置", bold=True)
para("（一）部门职责", bold=True)
para("望溪街道办事处是澄岚区人民政府的派出机关，主要职责是：贯彻落实党和国家的路线方针政策及区委、区政府的决策部署；"
     "统筹辖区基层党建、社区建设和社区治理，指导社区居民委员会工作；负责辖区公共服务、公共管理和公共安全，组织实施社会救助、"
     "养老服务、就业创业等民生事务；负责辖区市容环境卫生、城市管理和违法建设治理等综合行政执法工作；承办区委、区政府交办的其他事项。")
para("（二）机构设置", bold=True)
para("望溪街道办事处内设党政综合办公室、党建工作办公室、经济发展办公室、平安建设办公室、社区建设办公室5个职能机构，"
     "下设澄岚区望溪街道社区服务中心（公益一类事业单位）和澄岚区望溪街道综合行政执法队（参照公务员法管理的事业单位）2个单位，"
     "辖%d个社区居民委员会。" % D.COMMUNITIES)
para("纳入望溪街道办事处2025年部门预算编制范围的单位共3个，包括：澄岚区望溪街道办事处本级、澄岚区望溪街道社区服务中心、"
     "澄岚区望溪街道综合行政执法队。")
para("望溪街道办事处核定行政编制%d名、事业编制%d名、参照公务员法管理事业编制%d名；2024年末实有在职人员%d名，其中行政人员%d名、"
     "事业人员%d名、参照公务员法管理人员%d名；退休人员%d名。" % (S["行政编制"], S["事业编制"], S["参公编制"],
     S["行政实有"] + S["事业实有"] + S["参公实有"], S["行政实有"], S["事业实有"], S["参公实有"], S["退休"]))

para("二、收支预算总体情况", bold=True)
para("按照综合预算的原则，望溪街道办事处所有收入和支出均纳入部门预算管理。2025年收支总预算%s万元，比2024年执行数%s万元%s。"
     "收支总预算增加的主要原因是望溪新村片区道路移交街道管理后环卫保洁外包服务面积增加，以及社区工作者薪酬标准提高。"
     % (y(tot), y(e24), chg(tot, e24)))
para("（一）收入预算：一般公共预算拨款收入%s万元，占%s%%；其他收入%s万元，占%s%%，为社区服务中心场地服务收入；"
     "无政府性基金预算拨款收入、国有资本经营预算拨款收入和上年结转。"
     % (y(gp), pct(gp, tot), y(oth), pct(oth, tot)))
para("分单位看：街道本级%s万元，社区服务中心%s万元，综合行政执法队%s万元。"
     % tuple(y(D.unit_total(u)) for u, _ in D.UNITS))
para("（二）支出预算：基本支出%s万元，占%s%%，是为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出；"
     "项目支出%s万元，占%s%%，是为完成特定工作任务和事业发展目标所发生的支出。" % (y(jb), pct(jb, tot), y(xm), pct(xm, tot)))

para("三、一般公共预算当年拨款情况", bold=True)
lei_txt = "；".join("%s%s万元，占%s%%" % (D.LEI[k], y(v[0]), pct(v[0], gp)) for k, v in sorted(lei_gp.items()))
para("2025年一般公共预算当年拨款%s万元，比2024年执行数%s万元%s。按支出功能分类：%s。" % (y(gp), y(gp24), chg(gp, gp24), lei_txt))
para("按功能分类“项”级科目说明如下：")
for i, code in enumerate(sorted(fx), 1):
    v = fx[code][0]
    shown = D.PROSE_WRONG.get(code, v)      # the planted contradiction
    para("%d.%s（%s）%s万元，比2024年执行数%s，%s。" % (i, D.XIANG[code], code, y(shown), chg(v, D.EXEC2024[code]), D.REASONS[code]))

para("四、一般公共预算基本支出情况", bold=True)
para("2025年一般公共预算基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
     "职业年金缴费、职工基本医疗保险缴费、住房公积金、生活补助等；公用经费%s万元，主要包括办公费、水费、电费、邮电费、差旅费、"
     "维修（护）费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用等。" % (y(jb), y(ren), y(gong)))

para("五、“三公”经费预算情况", bold=True)
para("2025年望溪街道办事处“三公”经费预算%s元，比2024年预算%s元%s。其中：因公出国（境）费0元，与2024年预算持平，主要是无因公出国（境）计划；"
     "公务用车购置及运行费%s元（其中：公务用车购置费0元，公务用车运行维护费%s元），比2024年预算%s，主要是街道本级一般公务用车按实际里程核减燃油费；"
     "公务接待费%s元，比2024年预算%s，主要是严格执行公务接待标准，压减接待批次。"
     % (yuan(sg), yuan(sg24), chg(sg, sg24, "元", yuan), yuan(sgi[1] + sgi[2]), yuan(sgi[2]),
        chg(sgi[1] + sgi[2], D.SANGONG_2024[1] + D.SANGONG_2024[2], "元", yuan), yuan(sgi[3]),
        chg(sgi[3], D.SANGONG_2024[3], "元", yuan)))

para("六、机关运行经费", bold=True)
para("2025年街道本级和综合行政执法队机关运行经费预算%s万元，比2024年预算%s万元%s，主要是党群服务中心阵地投入使用后水电、物业等支出增加。"
     % (y(jg), y(jg24), chg(jg, jg24)))

para("七、政府采购情况", bold=True)
para("2025年望溪街道办事处政府采购预算%s万元，其中：货物类采购%s万元，服务类采购%s万元，工程类采购0万元。"
     % (y(proc_total), y(proc_goods), y(proc_serv)))

para("八、国有资产占用情况", bold=True)
para("截至2024年12月31日，望溪街道办事处共有车辆3辆，其中一般公务用车1辆（街道本级）、执法执勤用车2辆（综合行政执法队）；"
     "单位价值50万元以上通用设备0台（套）。2025年部门预算未安排车辆购置。")

para("九、预算绩效目标情况", bold=True)
para("2025年望溪街道办事处%d个项目全部编制了绩效目标，涉及项目支出%s万元，其中一般公共预算拨款%s万元。"
     % (n_proj, y(xm), y(xm - oth)))

para("十、名词解释", bold=True)
para("1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
para("2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
para("3.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。")
para("4.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项公用经费。")

# ---------------------------------------------------------------- tables
para("第二部分  澄岚区望溪街道办事处2025年部门预算表", bold=True, align="center", size=28)

def caption(n, title):
    para("表%d  %s" % (n, title), bold=True, align="center")
    para("部门：澄岚区望溪街道办事处                                    单位：万元", align="right")

# 1 部门收支总表
caption(1, "部门收支总表")
inc = [("一、一般公共预算拨款收入", gp), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
       ("四、财政专户管理资金收入", 0), ("五、事业收入", 0), ("六、事业单位经营收入", 0), ("七、其他收入", oth)]
exp = [("%s、%s" % ("一二三四五"[i], D.LEI[k]), lei_all[k][0]) for i, k in enumerate(sorted(lei_all))]
rows = [[cell("收    入", 2, bold=True), cell("支    出", 2, bold=True)],
        [cell("项    目", bold=True), cell("预算数", bold=True), cell("项    目", bold=True), cell("预算数", bold=True)]]
n = max(len(inc), len(exp))
for i in range(n):
    a = inc[i] if i < len(inc) else ("", None)
    b = exp[i] if i < len(exp) else ("", None)
    rows.append([a[0], "" if a[1] is None else amt(a[1], True), b[0], "" if b[1] is None else amt(b[1], True)])
rows.append(["本年收入合计", y(tot), "本年支出合计", y(tot)])
rows.append(["上年结转", "", "结转下年", ""])
rows.append([cell("收入总计", bold=True), y(tot), cell("支出总计", bold=True), y(tot)])
table([3000, 1600, 3000, 1600], rows)

# 2 部门收入总表
caption(2, "部门收入总表")
hdr = ["单位名称", "合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "其他收入"]
rows = [[cell(h, bold=True) for h in hdr]]
rows.append([cell("合计", bold=True), y(tot), "", y(gp), "", "", "", y(oth)])
for u, name in D.UNITS:
    t = D.unit_total(u)
    o = D.OTHER_INCOME.get(u, 0)
    rows.append([name, y(t), "", y(t - o), "", "", "", amt(o, True)])
table([2600, 900, 800, 1100, 1000, 1000, 700, 800], rows)

# 3 部门支出总表
caption(3, "部门支出总表")
rows = [[cell("单位名称", vm="restart", bold=True), cell("合计", vm="restart", bold=True), cell("基本支出", 3, bold=True),
         cell("项目支出", vm="restart", bold=True), cell("上缴上级支出", vm="restart", bold=True),
         cell("对附属单位补助支出", vm="restart", bold=True)],
        [cell(vm="cont"), cell(vm="cont"), cell("小计", bold=True), cell("人员经费", bold=True), cell("公用经费", bold=True),
         cell(vm="cont"), cell(vm="cont"), cell(vm="cont")]]
rows.append([cell("合计", bold=True), y(tot), y(jb), y(ren), y(gong), y(xm), "", ""])
for u, name in D.UNITS:
    b = D.unit_total(u, "jb")
    rows.append([name, y(D.unit_total(u)), y(b), y(b - gyu[u]), y(gyu[u]), y(D.unit_total(u, "xm")), "", ""])
table([2600, 1000, 1000, 1000, 1000, 1000, 800, 900], rows)

# 4 财政拨款收支总表
caption(4, "财政拨款收支总表")
rows = [[cell("收    入", 2, bold=True), cell("支    出", 5, bold=True)],
        [cell("项    目", bold=True), cell("预算数", bold=True), cell("项    目", bold=True), cell("合计", bold=True),
         cell("一般公共预算", bold=True), cell("政府性基金预算", bold=True), cell("国有资本经营预算", bold=True)]]
inc = [("一、本年收入", gp), ("（一）一般公共预算拨款", gp), ("（二）政府性基金预算拨款", 0), ("（三）国有资本经营预算拨款", 0),
       ("二、上年结转", 0)]
exp = [("一、本年支出", gp)] + [("（%s）%s" % ("一二三四五"[i], D.LEI[k]), lei_gp[k][0]) for i, k in enumerate(sorted(lei_gp))]
n = max(len(inc), len(exp))
for i in range(n):
    a = inc[i] if i < len(inc) else ("", None)
    b = exp[i] if i < len(exp) else ("", None)
    rows.append([a[0], "" if a[1] is None else amt(a[1], True), b[0],
                 "" if b[1] is None else y(b[1]), "" if b[1] is None else y(b[1]), "", ""])
rows.append(["", "", "二、结转下年", "", "", "", ""])
rows.append([cell("收入总计", bold=True), y(gp), cell("支出总计", bold=True), y(gp), y(gp), "", ""])
table([2500, 1100, 2700, 1000, 1100, 1000, 1000], rows)

# 5 一般公共预算支出表
caption(5, "一般公共预算支出表")
rows = [[cell("科目编码", 3, bold=True), cell("科目名称", vm="restart", bold=True), cell("合计", vm="restart", bold=True),
         cell("基本支出", vm="restart", bold=True), cell("项目支出", vm="restart", bold=True)],
        [cell("类", bold=True), cell("款", bold=True), cell("项", bold=True), cell(vm="cont"), cell(vm="cont"), cell(vm="cont"), cell(vm="cont")]]
rows.append(["", "", "", cell("合计", bold=True), y(gp), y(jb), y(xm - oth)])
for lk in sorted(lei_gp):
    v = lei_gp[lk]
    rows.append([lk, "", "", D.LEI[lk], y(v[0]), y(v[1]), y(v[2])])
    for kk in sorted(k for k in kuan_gp if k.startswith(lk)):
        v = kuan_gp[kk]
        rows.append([lk, kk[3:], "", D.KUAN[kk], y(v[0]), y(v[1]), y(v[2])])
        for xk in sorted(k for k in fx if k.startswith(kk)):
            v = fx[xk]
            rows.append([lk, kk[3:], xk[5:], D.XIANG[xk], y(v[0]), y(v[1]), y(v[2])])
table([600, 500, 500, 3800, 1100, 1100, 1100], rows)

# 6 一般公共预算基本支出表
caption(6, "一般公共预算基本支出表")
rows = [[cell("经济分类科目编码", 2, bold=True), cell("科目名称", vm="restart", bold=True), cell("合计", vm="restart", bold=True),
         cell("人员经费", vm="restart", bold=True), cell("公用经费", vm="restart", bold=True)],
        [cell("类", bold=True), cell("款", bold=True), cell(vm="cont"), cell(vm="cont"), cell(vm="cont"), cell(vm="cont")]]
rows.append(["", "", cell("合计", bold=True), y(jb), y(ren), y(gong)])
er = D.econ_rows()
for k in sorted(D.ECON_KUAN):
    sub = [r for r in er if r[0].startswith(k)]
    a, b = sum(r[2] for r in sub), sum(r[3] for r in sub)
    rows.append([k, "", D.ECON_KUAN[k], y(a + b), amt(a, True), amt(b, True)])
    for code, name, a, b in sub:
        rows.append([k, code[3:], name, y(a + b), amt(a, True), amt(b, True)])
table([700, 600, 3600, 1300, 1300, 1300], rows)

# 7 三公
caption(7, "一般公共预算“三公”经费支出表")
rows = [[cell("单位名称", vm="restart", bold=True), cell("合计", vm="restart", bold=True),
         cell("因公出国（境）费", vm="restart", bold=True), cell("公务用车购置及运行费", 3, bold=True),
         cell("公务接待费", vm="restart", bold=True)],
        [cell(vm="cont"), cell(vm="cont"), cell(vm="cont"), cell("小计", bold=True), cell("公务用车购置费", bold=True),
         cell("公务用车运行维护费", bold=True), cell(vm="cont")]]
rows.append([cell("合计", bold=True), y(sg), y(sgi[0]), y(sgi[1] + sgi[2]), y(sgi[1]), y(sgi[2]), y(sgi[3])])
for u, name in D.UNITS:
    v = D.SANGONG[u]
    rows.append([name, y(sum(v)), y(v[0]), y(v[1] + v[2]), y(v[1]), y(v[2]), y(v[3])])
table([2800, 1000, 1100, 1000, 1100, 1200, 1000], rows)

# 8 政府性基金 (empty)
caption(8, "政府性基金预算支出表")
rows = [[cell("科目编码", 3, bold=True), cell("科目名称", vm="restart", bold=True), cell("合计", vm="restart", bold=True),
         cell("基本支出", vm="restart", bold=True), cell("项目支出", vm="restart", bold=True)],
        [cell("类", bold=True), cell("款", bold=True), cell("项", bold=True), cell(vm="cont"), cell(vm="cont"), cell(vm="cont"), cell(vm="cont")],
        ["", "", "", cell("合计", bold=True), "", "", ""]]
table([600, 500, 500, 3800, 1100, 1100, 1100], rows)
para("注：本部门2025年无政府性基金预算拨款安排的支出，故本表无数据。")

# 9 项目支出表
caption(9, "项目支出表")
rows = [[cell("单位名称", vm="restart", bold=True), cell("项目名称", vm="restart", bold=True),
         cell("功能科目", 2, bold=True), cell("合计", vm="restart", bold=True),
         cell("一般公共预算拨款", vm="restart", bold=True), cell("其他收入", vm="restart", bold=True)],
        [cell(vm="cont"), cell(vm="cont"), cell("编码", bold=True), cell("名称", bold=True), cell(vm="cont"), cell(vm="cont"), cell(vm="cont")]]
rows.append([cell("合计", bold=True), "", "", "", y(xm), y(xm - oth), y(oth)])
for u, name in D.UNITS:
    items = [(c, xmv) for uu, c, jbv, xmv in D.LINES if uu == u and xmv]
    for i, (c, v) in enumerate(items):
        o = D.OTHER_FUNDED[2] if (u, c) == D.OTHER_FUNDED[:2] else 0
        first = cell(name, vm="restart") if i == 0 and len(items) > 1 else (cell(name) if len(items) == 1 else cell(vm="cont"))
        rows.append([first, D.PROJECT_NAMES[(u, c)], c, D.XIANG[c], y(v), y(v - o), amt(o, True)])
table([2300, 2600, 900, 1600, 900, 1000, 800], rows)

# 10 政府采购
caption(10, "政府采购预算表")
rows = [[cell("单位名称", bold=True), cell("采购项目", bold=True), cell("采购品目", bold=True), cell("采购类别", bold=True),
         cell("数量", bold=True), cell("预算金额", bold=True), cell("资金来源", bold=True)]]
rows.append([cell("合计", bold=True), "", "", "", "", y(proc_total), ""])
prev = None
for i, (u, item, pm, cls, qty, v) in enumerate(D.PROCURE):
    same_next = i + 1 < len(D.PROCURE) and D.PROCURE[i + 1][0] == u
    if u != prev:
        first = cell(dict(D.UNITS)[u], vm="restart") if same_next else cell(dict(D.UNITS)[u])
    else:
        first = cell(vm="cont")
    prev = u
    rows.append([first, item, pm, cls, qty, y(v), "一般公共预算拨款"])
table([2600, 2000, 1800, 900, 700, 1000, 1500], rows)

# ---------------------------------------------------------------- package
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" '
       'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W, "".join(body))
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
DOCRELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '</Relationships>')
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
          '<w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>澄岚区望溪街道办事处2025年部门预算</dc:title><dc:creator>望溪街道办事处</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-10T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-12T16:20:00Z</dcterms:modified></cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>')

def main():
    D.check()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    fixed = (2025, 2, 12, 16, 20, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", DOC),
                           ("word/_rels/document.xml.rels", DOCRELS), ("word/styles.xml", STYLES),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))

if __name__ == "__main__":
    main()
