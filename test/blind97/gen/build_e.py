# -*- coding: utf-8 -*-
"""Write docs/E-jiyuan-whlyj-2024-bmjs.docx (OOXML by hand, zipfile only) and gen/e_text.json
(the paragraphs and table cells as laid out), from e_data.py."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
from e_data import c, f, pct

OUT = os.path.join(HERE, "..", "docs", "E-jiyuan-whlyj-2024-bmjs.docx")
D = E.compute()
ORG = E.ORG
BODY = []        # xml chunks
TEXT = {"paras": [], "tables": {}}


def para(text, style=None, bold=False, center=False):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    BODY.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    TEXT["paras"].append(text)


def cell(text, w, span=1, vmerge=None, bold=False, right=False):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    pr += '<w:vAlign w:val="center"/>'
    jc = '<w:jc w:val="right"/>' if right else '<w:jc w:val="center"/>' if bold else ""
    rpr = "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr>{jc}<w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>{run}</w:p></w:tc>"


def table(key, title, unitline, widths, header_rows, rows, note=None):
    """header_rows: list of lists of (text, span, vmerge); rows: list of lists of str (numbers right-aligned)."""
    para(title, style="TableTitle", center=True)
    para(unitline)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
         + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + f'</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for hr in header_rows:
        tcs, col = [], 0
        for text, span, vm in hr:
            w = sum(widths[col:col + span])
            tcs.append(cell(text, w, span, vm, bold=True))
            col += span
        x.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(tcs) + "</w:tr>")
    for r in rows:
        assert len(r) == len(widths), (key, r)
        tcs = [cell(t, widths[i], right=(i >= 2 or (i == 1 and len(widths) == 2)) and bool(t) and t[0].isdigit() or t == "—")
               for i, t in enumerate(r)]
        x.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    x.append("</w:tbl>")
    BODY.append("".join(x))
    TEXT["tables"][key] = dict(title=title, header=[[h[0] for h in hr] for hr in header_rows], rows=rows)
    if note:
        para(note)


W = "万元"
gp, U = D["gp"], D["U"]
lei, kuan = D["lei"], D["kuan"]
prev = {k: c(v) for k, v in E.PREV.items()}


def ch(a, b):
    """change text pieces: (abs diff, pct, 增加/减少, 增长/下降)"""
    d = a - b
    return f(abs(d)), pct(abs(d), b), ("增加" if d >= 0 else "减少"), ("增长" if d >= 0 else "下降")


# ---------------------------------------------------------------- prose
para(f"{ORG}2024年度部门决算", style="Title", center=True)
para("目  录", center=True, bold=True)
for t in ["第一部分 部门概况", "一、主要职责", "二、部门决算单位构成",
          "第二部分 2024年度部门决算情况说明", "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明",
          "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明",
          "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算财政拨款支出决算情况说明", "九、国有资本经营预算财政拨款支出决算情况说明",
          "十、其他重要事项的情况说明", "第三部分 名词解释", "第四部分 2024年度部门决算表"]:
    para(t)

para("第一部分 部门概况", style="Heading1")
para("一、主要职责", style="Heading2")
for t in ["1.贯彻落实党和国家关于文化和旅游工作的方针政策，拟订全市文化和旅游发展规划并组织实施。",
          "2.统筹规划全市文化事业、文化产业和旅游业发展，推进文化和旅游融合发展。",
          "3.负责全市公共文化服务体系建设，指导图书馆、文化馆、博物馆等公共文化设施建设和管理。",
          "4.负责全市文物保护和博物馆管理工作，组织实施文物保护修缮项目。",
          "5.负责全市文化和旅游市场监管，组织开展文化和旅游宣传推广。"]:
    para(t)
para("二、部门决算单位构成", style="Heading2")
ns = sum(v[0] for v in E.STAFF.values()); na = sum(v[1] for v in E.STAFF.values())
para(f"从预算单位构成看，纳入{ORG}2024年度部门决算编制范围的单位共4个，包括：局机关（行政单位）和所属霁原市文化馆、"
     f"霁原市图书馆、霁原市博物馆3个公益一类事业单位。截至2024年底，部门编制人数{ns}人，实有人数{na}人。")
table("units0", "决算单位构成表", "", [3200, 2600, 1500, 1500],
      [[("单位名称", 1, None), ("单位性质", 1, None), ("编制人数（人）", 1, None), ("实有人数（人）", 1, None)]],
      [[u, E.UNIT_KIND[u], str(E.STAFF[u][0]), str(E.STAFF[u][1])] for u in E.UNITS]
      + [["合计", "", str(ns), str(na)]])

para("第二部分 2024年度部门决算情况说明", style="Heading1")
para("一、收入支出决算总体情况说明", style="Heading2")
a, p_, w1, w2 = ch(D["inc_all"], prev["收入总计"])
para(f"2024年度收、支总计均为{f(D['inc_all'])}万元。与上年相比，收、支总计各{w1}{a}万元，{w2}{p_}%。"
     f"主要原因：一是年中追加“冰雪旅游季”文旅推介和文旅消费券补助资金；二是人员工资调标及社会保险缴费基数调整，人员经费增加。")
para("分单位看，各单位2024年度收入支出决算情况如下表：")
table("units", "2024年度各单位收入支出及“三公”经费决算情况表", "单位：万元", [2400, 1500, 1250, 1250, 1150, 1150, 1250],
      [[("单位名称", 1, None), ("单位性质", 1, None), ("本年收入合计", 1, None), ("本年支出合计", 1, None),
        ("基本支出", 1, None), ("项目支出", 1, None), ("“三公”经费决算数", 1, None)]],
      [[u, E.UNIT_KIND[u], f(U[u]["inc"]), f(U[u]["exp"]), f(U[u]["basic"]), f(U[u]["proj"]), f(U[u]["sg"])] for u in E.UNITS]
      + [["合计", "", f(D["inc_year"]), f(D["exp_year"]), f(D["basic_all"]), f(D["proj_all"]), f(D["sg"])]])
share = {u: pct(U[u]["exp"], D["exp_year"]) for u in E.UNITS}
para("其中，局机关本年支出" + f(U["局机关"]["exp"]) + "万元，占部门本年支出合计的" + share["局机关"] + "%；霁原市文化馆本年支出"
     + f(U["霁原市文化馆"]["exp"]) + "万元，占" + share["霁原市文化馆"] + "%；霁原市图书馆本年支出" + f(U["霁原市图书馆"]["exp"])
     + "万元，占" + share["霁原市图书馆"] + "%；霁原市博物馆本年支出" + f(U["霁原市博物馆"]["exp"]) + "万元，占" + share["霁原市博物馆"] + "%。")

para("二、收入决算情况说明", style="Heading2")
iy = D["inc_year"]
para(f"2024年度本年收入合计{f(iy)}万元，其中：一般公共预算财政拨款收入{E.GP_INCOME}万元，占{pct(c(E.GP_INCOME), iy)}%；"
     f"政府性基金预算财政拨款收入{f(D['fund_total'])}万元，占{pct(D['fund_total'], iy)}%；国有资本经营预算财政拨款收入0.00万元，占0.00%；"
     f"上级补助收入0.00万元，占0.00%；事业收入{f(D['shiye'])}万元，占{pct(D['shiye'], iy)}%；经营收入0.00万元，占0.00%；"
     f"附属单位上缴收入0.00万元，占0.00%；其他收入{f(D['qita'])}万元，占{pct(D['qita'], iy)}%。"
     f"事业收入主要是霁原市博物馆文创产品及讲解服务收入和霁原市图书馆培训服务收入。")

para("三、支出决算情况说明", style="Heading2")
ey = D["exp_year"]
para(f"2024年度本年支出合计{f(ey)}万元，其中：基本支出{f(D['basic_all'])}万元，占{pct(D['basic_all'], ey)}%；"
     f"项目支出{f(D['proj_all'])}万元，占{pct(D['proj_all'], ey)}%；上缴上级支出0.00万元，占0.00%；经营支出0.00万元，占0.00%；"
     f"对附属单位补助支出0.00万元，占0.00%。")

para("四、财政拨款收入支出决算总体情况说明", style="Heading2")
fin_in = c(E.GP_INCOME) + D["fund_total"]; fin_out = D["gp_total"] + D["fund_total"]
fin_all = fin_in + c(E.GP_CARRY_IN)
assert fin_all == fin_out + c(E.GP_CARRY_OUT)
para(f"2024年度财政拨款收、支总计均为{f(fin_all)}万元。其中：本年财政拨款收入{f(fin_in)}万元（一般公共预算财政拨款收入{E.GP_INCOME}万元，"
     f"政府性基金预算财政拨款收入{f(D['fund_total'])}万元），年初财政拨款结转和结余{E.GP_CARRY_IN}万元；本年财政拨款支出{f(fin_out)}万元，"
     f"年末财政拨款结转和结余{E.GP_CARRY_OUT}万元。年末结转主要是文物保护修缮项目跨年度实施。")

para("五、一般公共预算财政拨款支出决算情况说明", style="Heading2")
para("（一）一般公共预算财政拨款支出决算总体情况", style="Heading3")
a, p_, w1, w2 = ch(D["gp_total"], prev["一般公共预算财政拨款支出"])
para(f"2024年度一般公共预算财政拨款支出{f(D['gp_total'])}万元，占本年支出合计的{pct(D['gp_total'], ey)}%。"
     f"与上年相比，一般公共预算财政拨款支出{w1}{a}万元，{w2}{p_}%。主要原因是年中追加文旅推介活动经费和“城市书房”建设补助资金。")
para("（二）一般公共预算财政拨款支出决算结构情况", style="Heading3")
para("2024年度一般公共预算财政拨款支出" + f(D["gp_total"]) + "万元，主要用于以下方面："
     + "；".join(f"{E.LEI[k]}{f(lei[k]['total'])}万元，占{pct(lei[k]['total'], D['gp_total'])}%" for k in sorted(lei)) + "。")
para("（三）一般公共预算财政拨款支出决算具体情况", style="Heading3")
para(f"2024年度一般公共预算财政拨款支出年初预算为{f(D['gp_budget'])}万元，支出决算为{f(D['gp_total'])}万元，"
     f"完成年初预算的{pct(D['gp_total'], D['gp_budget'])}%。决算数大于年初预算数的主要原因是年中追加了文旅推介、文旅消费券补助和“城市书房”建设资金。其中：")
REASON = {
    "2070101": "决算数大于年初预算数的主要原因是人员工资调标及社会保险缴费基数调整",
    "2070104": "决算数大于年初预算数的主要原因是年中追加“城市书房”建设补助资金",
    "2070108": "决算数小于年初预算数的主要原因是部分文化惠民演出活动调整为线上举办，支出减少",
    "2070109": "决算数大于年初预算数的主要原因是人员增资",
    "2070112": "决算数小于年初预算数的主要原因是执法装备采购实行政府采购，资金有所节约",
    "2070113": "决算数大于年初预算数的主要原因是年中追加“冰雪旅游季”文旅推介活动经费",
    "2070199": "年初未安排预算，支出主要是年中追加的文旅消费券补助资金",
    "2070204": "决算数小于年初预算数的主要原因是部分文物修缮项目跨年度实施，资金结转下年使用",
    "2070205": "决算数大于年初预算数的主要原因是新增两期临时展览布展经费",
    "2080505": "决算数大于年初预算数的主要原因是缴费基数调整",
    "2080506": "决算数小于年初预算数的主要原因是年内有人员退休，缴费人数减少",
    "2101101": "决算数大于年初预算数的主要原因是缴费基数调整",
    "2101102": "决算数大于年初预算数的主要原因是缴费基数调整",
    "2210201": "决算数大于年初预算数的主要原因是缴存基数调整",
}
for i, (code, r) in enumerate(gp.items(), 1):
    shown = E.PROSE_WRONG.get(code, f(r["total"]))          # the planted figure for 2070104
    head = f"{i}.{E.LEI[code[:3]]}（类）{E.KUAN[code[:5]]}（款）{r['name']}（项）。"
    if r["budget"]:
        para(head + f"年初预算为{f(r['budget'])}万元，支出决算为{shown}万元，完成年初预算的{pct(r['total'], r['budget'])}%，{REASON[code]}。")
    else:
        para(head + f"年初预算为0.00万元，支出决算为{shown}万元，{REASON[code]}。")

para("六、一般公共预算财政拨款基本支出决算情况说明", style="Heading2")
para(f"2024年度一般公共预算财政拨款基本支出{f(D['gp_basic'])}万元，其中：人员经费{f(D['renyuan'])}万元，主要包括基本工资、津贴补贴、奖金、"
     f"绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、生活补助；"
     f"公用经费{f(D['gongyong'])}万元，主要包括办公费、水费、电费、邮电费、取暖费、差旅费、维修（护）费、会议费、培训费、公务接待费、"
     f"劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。")

para("七、财政拨款“三公”经费支出决算情况说明", style="Heading2")
para("（一）“三公”经费财政拨款支出决算总体情况说明", style="Heading3")
a, p_, w1, w2 = ch(D["sg"], prev["三公"])
para(f"2024年度“三公”经费财政拨款支出预算为{f(D['sg_budget'])}万元，支出决算为{f(D['sg'])}万元，完成预算的{pct(D['sg'], D['sg_budget'])}%。"
     f"与上年相比{w1}{a}万元，{w2}{p_}%。决算数小于预算数的主要原因是严格落实过“紧日子”要求，压减公务接待和公务用车支出。")
para("（二）“三公”经费财政拨款支出决算具体情况说明", style="Heading3")
b = {k: c(v) for k, v in E.SANGONG_BUDGET.items()}
para("1.因公出国（境）费。2024年度预算为0.00万元，支出决算为0.00万元，本部门全年未安排因公出国（境）团组。")
para(f"2.公务用车购置及运行维护费。2024年度预算为{f(b['公务用车购置费'] + b['公务用车运行维护费'])}万元，支出决算为{f(D['sg_run'])}万元，"
     f"完成预算的{pct(D['sg_run'], b['公务用车购置费'] + b['公务用车运行维护费'])}%。其中：公务用车购置费0.00万元，本年未购置公务用车；"
     f"公务用车运行维护费{f(D['sg_run'])}万元，主要用于文物安全巡查、文化市场执法检查和送文化下乡等工作所需的公务用车燃料费、维修费、过路过桥费、保险费等支出。"
     f"截至2024年12月31日，公务用车保有量{E.ASSET['车辆']}辆。")
para(f"3.公务接待费。2024年度预算为{f(b['公务接待费'])}万元，支出决算为{f(D['sg_rec'])}万元，完成预算的{pct(D['sg_rec'], b['公务接待费'])}%。"
     f"主要用于接待上级部门文化和旅游工作检查调研等。全年国内公务接待{E.JIEDAI[0]}批次、{E.JIEDAI[1]}人次，无外事接待。")
sgu = E.SANGONG_UNIT
parts = []
for u in E.UNITS:
    run, rec = sgu[u]
    parts.append(f"{u}{f(U[u]['sg'])}万元（公务用车运行维护费{run}万元、公务接待费{rec}万元），占{pct(U[u]['sg'], D['sg'])}%")
para("（三）分单位情况。" + "；".join(parts) + "。霁原市图书馆未配备公务用车。")

para("八、政府性基金预算财政拨款支出决算情况说明", style="Heading2")
para(f"2024年度政府性基金预算财政拨款支出{f(D['fund_total'])}万元，全部为国家电影事业发展专项资金安排的资助国产影片放映支出，"
     f"由霁原市文化馆用于农村公益电影放映，年初、年末均无结转和结余。")
para("九、国有资本经营预算财政拨款支出决算情况说明", style="Heading2")
para("2024年度本部门无国有资本经营预算财政拨款支出。")

para("十、其他重要事项的情况说明", style="Heading2")
para("（一）机关运行经费支出情况", style="Heading3")
a, p_, w1, w2 = ch(c(E.JGYX), prev["机关运行经费"])
para(f"2024年度局机关运行经费支出{E.JGYX}万元，比上年{w1}{a}万元，{w2}{p_}%。主要原因是压减办公费和差旅费支出。"
     f"所属3个事业单位不涉及机关运行经费。")
para("（二）政府采购支出情况", style="Heading3")
cg = {k: c(v) for k, v in E.CAIGOU.items()}
para(f"2024年度政府采购支出总额{E.CAIGOU['总额']}万元，其中：政府采购货物支出{E.CAIGOU['货物']}万元、政府采购工程支出{E.CAIGOU['工程']}万元、"
     f"政府采购服务支出{E.CAIGOU['服务']}万元。主要用于图书购置、博物馆展陈提升改造和文化活动服务采购。授予中小企业合同金额{E.CAIGOU['中小企业']}万元，"
     f"占政府采购支出总额的{pct(cg['中小企业'], cg['总额'])}%，其中：授予小微企业合同金额{E.CAIGOU['小微企业']}万元，"
     f"占政府采购支出总额的{pct(cg['小微企业'], cg['总额'])}%。")
para("（三）国有资产占用情况", style="Heading3")
para(f"截至2024年12月31日，本部门共有车辆{E.ASSET['车辆']}辆，其中：局机关2辆、霁原市文化馆1辆、霁原市博物馆1辆，均为一般公务用车；"
     f"单位价值100万元以上设备{E.ASSET['大型设备']}台（套），为霁原市博物馆恒温恒湿文物库房设备和数字化展示系统。部门资产总额{E.ASSET['资产总额']}万元。")
para("（四）预算绩效情况说明", style="Heading3")
para(f"本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目{E.PERF['项目数']}个，资金{f(D['gp_proj'])}万元，"
     f"占一般公共预算项目支出总额的100%。部门整体支出绩效自评得分{E.PERF['整体得分']}分，自评等级为“优”。"
     f"重点项目“{E.PERF['重点项目']}”全年预算{E.PERF['重点资金']}万元，自评得分{E.PERF['重点得分']}分。"
     f"发现的主要问题是部分项目绩效指标设置不够细化，下一步将加强绩效目标管理。")

para("第三部分 名词解释", style="Heading1")
for t in ["1.财政拨款收入：指本级财政当年拨付的资金。",
          "2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
          "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "7.机关运行经费：指为保障行政单位运行用于购买货物和服务等的各项公用经费。"]:
    para(t)

# ---------------------------------------------------------------- tables
para("第四部分 2024年度部门决算表", style="Heading1")
# 01
lei_all = {}
for code, x in D["allx"].items():
    lei_all[code[:3]] = lei_all.get(code[:3], 0) + x["total"]
L = sorted(lei_all)
inc_rows = [("一、一般公共预算财政拨款收入", c(E.GP_INCOME)), ("二、政府性基金预算财政拨款收入", D["fund_total"]),
            ("三、国有资本经营预算财政拨款收入", None), ("四、上级补助收入", None), ("五、事业收入", D["shiye"]),
            ("六、经营收入", None), ("七、附属单位上缴收入", None), ("八、其他收入", D["qita"])]
cn = "一二三四五六七八"
exp_rows = [(f"{cn[i]}、{E.LEI[k]}", lei_all[k]) for i, k in enumerate(L)]
rows = []
for i in range(len(inc_rows)):
    a1, v1 = inc_rows[i]
    a2, v2 = exp_rows[i] if i < len(exp_rows) else ("", None)
    rows.append([a1, f(v1) if v1 is not None else "", a2, f(v2) if v2 is not None else ""])
rows += [["本年收入合计", f(D["inc_year"]), "本年支出合计", f(D["exp_year"])],
         ["使用非财政拨款结余", "", "结余分配", ""],
         ["年初结转和结余", f(D["carry_in"]), "年末结转和结余", f(D["carry_out"])],
         ["总计", f(D["inc_all"]), "总计", f(D["exp_all"])]]
table("t01", "收入支出决算总表", f"公开01表    部门：{ORG}    2024年度    单位：万元", [3300, 1500, 3300, 1500],
      [[("收入", 2, None), ("支出", 2, None)], [("项目", 1, None), ("决算数", 1, None), ("项目", 1, None), ("决算数", 1, None)]], rows)


def tree(leaf_rows):
    """leaf_rows: {code: row values list}; returns [[code, name, *vals]] with 类/款 subtotals, sorted."""
    out, codes = [], sorted(leaf_rows)
    n = len(next(iter(leaf_rows.values())))
    def tot(prefix):
        return [sum(leaf_rows[k][i] for k in codes if k.startswith(prefix)) for i in range(n)]
    seen = set()
    for k in codes:
        for pre, name in ((k[:3], E.LEI.get(k[:3])), (k[:5], E.KUAN.get(k[:5]))):
            if pre not in seen:
                seen.add(pre); out.append([pre, name, *tot(pre)])
        out.append([k, (D["allx"].get(k) or {}).get("name") or gp[k]["name"], *leaf_rows[k]])
    return out, [sum(leaf_rows[k][i] for k in codes) for i in range(n)]


inc = D["inc"]
tr, tt = tree({k: [x["total"], x["fin"], x["shiye"], x["qita"]] for k, x in inc.items()})
fmt = lambda vals: [f(v) if v else "" for v in vals]
table("t02", "收入决算表", f"公开02表    部门：{ORG}    2024年度    单位：万元", [1100, 3400, 1300, 1300, 1200, 1200],
      [[("科目编码", 1, None), ("科目名称", 1, None), ("本年收入合计", 1, None), ("财政拨款收入", 1, None), ("事业收入", 1, None), ("其他收入", 1, None)]],
      [["", "合计", *fmt(tt)]] + [[r[0], r[1], *fmt(r[2:])] for r in tr])
assert tt[0] == D["inc_year"]
tr, tt = tree({k: [x["total"], x["basic"], x["proj"]] for k, x in D["allx"].items()})
table("t03", "支出决算表", f"公开03表    部门：{ORG}    2024年度    单位：万元", [1100, 3800, 1500, 1500, 1500],
      [[("科目编码", 1, None), ("科目名称", 1, None), ("本年支出合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]],
      [["", "合计", *fmt(tt)]] + [[r[0], r[1], *fmt(r[2:])] for r in tr])
assert tt == [D["exp_year"], D["basic_all"], D["proj_all"]]
# 04
fin_lei = {k: lei[k]["total"] for k in lei}
fund_lei = {"207": D["fund_total"]}
rows = [["一、一般公共预算财政拨款", E.GP_INCOME, "一、" + E.LEI["207"], f(fin_lei["207"] + fund_lei["207"]), f(fin_lei["207"]), f(fund_lei["207"])],
        ["二、政府性基金预算财政拨款", f(D["fund_total"]), "二、" + E.LEI["208"], f(fin_lei["208"]), f(fin_lei["208"]), ""],
        ["三、国有资本经营预算财政拨款", "", "三、" + E.LEI["210"], f(fin_lei["210"]), f(fin_lei["210"]), ""],
        ["", "", "四、" + E.LEI["221"], f(fin_lei["221"]), f(fin_lei["221"]), ""],
        ["本年收入合计", f(fin_in), "本年支出合计", f(fin_out), f(D["gp_total"]), f(D["fund_total"])],
        ["年初财政拨款结转和结余", E.GP_CARRY_IN, "年末财政拨款结转和结余", E.GP_CARRY_OUT, E.GP_CARRY_OUT, ""],
        ["总计", f(fin_all), "总计", f(fin_all), f(D["gp_total"] + c(E.GP_CARRY_OUT)), f(D["fund_total"])]]
table("t04", "财政拨款收入支出决算总表", f"公开04表    部门：{ORG}    2024年度    单位：万元", [2700, 1200, 2900, 1100, 1300, 1300],
      [[("收入", 2, None), ("支出", 4, None)],
       [("项目", 1, None), ("决算数", 1, None), ("项目", 1, None), ("合计", 1, None), ("一般公共预算财政拨款", 1, None), ("政府性基金预算财政拨款", 1, None)]], rows)
# 05 (merged header: two header rows, vMerge + gridSpan)
rows = []
def r05(code, name, x):
    return [code, name, f(x["budget"]), f(x["total"]), f(x["basic"]) if x["basic"] else "", f(x["proj"]) if x["proj"] else "",
            pct(x["total"], x["budget"]) if x["budget"] else "—"]
seen = set()
for code, r in gp.items():
    for pre, name, src in ((code[:3], E.LEI[code[:3]], lei), (code[:5], E.KUAN[code[:5]], kuan)):
        if pre not in seen:
            seen.add(pre); rows.append(r05(pre, name, src[pre]))
    rows.append(r05(code, r["name"], r))
tot = dict(budget=D["gp_budget"], total=D["gp_total"], basic=D["gp_basic"], proj=D["gp_proj"])
table("t05", "一般公共预算财政拨款支出决算表", f"公开05表    部门：{ORG}    2024年度    单位：万元", [1000, 3100, 1200, 1200, 1200, 1200, 1300],
      [[("科目编码", 1, "restart"), ("科目名称", 1, "restart"), ("年初预算数", 1, "restart"), ("决算数", 3, None), ("决算数占年初预算数%", 1, "restart")],
       [("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont"), ("合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None), ("", 1, "cont")]],
      [r05("", "合计", tot)] + rows)
# 06
rows = [["301", "工资福利支出", f(sum(c(x[2]) for x in E.RENYUAN if x[0].startswith("301")))]]
rows += [[k, n, v] for k, n, v in E.RENYUAN if k.startswith("301")]
rows += [["303", "对个人和家庭的补助", f(sum(c(x[2]) for x in E.RENYUAN if x[0].startswith("303")))]]
rows += [[k, n, v] for k, n, v in E.RENYUAN if k.startswith("303")]
rows += [["302", "商品和服务支出", f(D["gongyong"])]] + [[k, n, v] for k, n, v in E.GONGYONG]
rows += [["", "人员经费合计", f(D["renyuan"])], ["", "公用经费合计", f(D["gongyong"])], ["", "基本支出合计", f(D["gp_basic"])]]
table("t06", "一般公共预算财政拨款基本支出决算表", f"公开06表    部门：{ORG}    2024年度    单位：万元", [1500, 5000, 2000],
      [[("经济分类科目编码", 1, None), ("科目名称", 1, None), ("决算数", 1, None)]], rows)
# 07
bb = b["公务用车购置费"] + b["公务用车运行维护费"]
rows = [["合计", f(D["sg_budget"]), f(D["sg"])], ["1.因公出国（境）费", "0.00", "0.00"],
        ["2.公务用车购置及运行维护费", f(bb), f(D["sg_run"])], ["（1）公务用车购置费", "0.00", "0.00"],
        ["（2）公务用车运行维护费", f(b["公务用车运行维护费"]), f(D["sg_run"])], ["3.公务接待费", f(b["公务接待费"]), f(D["sg_rec"])]]
table("t07", "财政拨款“三公”经费支出决算表", f"公开07表    部门：{ORG}    2024年度    单位：万元", [4500, 2000, 2000],
      [[("项目", 1, None), ("预算数", 1, None), ("决算数", 1, None)]], rows)
# 08
rows = [["207", E.LEI["207"], "", f(D["fund_total"]), f(D["fund_total"]), "", f(D["fund_total"]), ""],
        ["20707", E.KUAN["20707"], "", f(D["fund_total"]), f(D["fund_total"]), "", f(D["fund_total"]), ""]]
rows += [[k, n, "", v, v, "", v, ""] for k, n, v, _ in E.FUND]
table("t08", "政府性基金预算财政拨款收入支出决算表", f"公开08表    部门：{ORG}    2024年度    单位：万元", [900, 2700, 1000, 1000, 1000, 1000, 1000, 1000],
      [[("科目编码", 1, None), ("科目名称", 1, None), ("年初结转和结余", 1, None), ("本年收入", 1, None), ("本年支出合计", 1, None),
        ("基本支出", 1, None), ("项目支出", 1, None), ("年末结转和结余", 1, None)]], rows)
table("t09", "国有资本经营预算财政拨款支出决算表", f"公开09表    部门：{ORG}    2024年度    单位：万元", [1500, 3500, 1500, 1500, 1500],
      [[("科目编码", 1, None), ("科目名称", 1, None), ("本年支出合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]],
      [["", "合计", "", "", ""]], note="注：本部门2024年度没有国有资本经营预算财政拨款支出，故本表无数据。")

# ---------------------------------------------------------------- OOXML
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(BODY)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1080" w:bottom="1440" w:left="1080" '
              'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')


def style(sid, name, size, bold=False, based="Normal", kind="paragraph", center=False):
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:qFormat/>'
            + ('<w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="120"/></w:pPr>' if center else '<w:pPr><w:spacing w:before="180" w:after="60"/></w:pPr>')
            + f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr></w:style>')


styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
          '<w:sz w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          + style("Title", "Title", 36, True, center=True) + style("Heading1", "heading 1", 30, True)
          + style("Heading2", "heading 2", 26, True) + style("Heading3", "heading 3", 23, True)
          + style("TableTitle", "Table Title", 24, True, center=True)
          + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          + "".join(f'<w:{x} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for x in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + '</w:tblBorders></w:tblPr></w:style></w:styles>')
ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
        f'<dc:title>{ORG}2024年度部门决算</dc:title><dc:creator>{ORG}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-18T09:00:00Z</dcterms:created></cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>')
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                       ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", styles),
                       ("docProps/core.xml", core), ("docProps/app.xml", app)):
        info = zipfile.ZipInfo(name, date_time=(2025, 9, 18, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as fh:
    json.dump(TEXT, fh, ensure_ascii=False, indent=1)
print("wrote", OUT, len(TEXT["paras"]), "paragraphs", len(TEXT["tables"]), "tables")
