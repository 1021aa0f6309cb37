#!/usr/bin/env python3
"""Write docs/E-xiuchuan-njtg-2025-dwys.docx: a hand-made WordprocessingML package (zip of XML written here):
headings and prose as paragraphs (单位预算编制说明 first, sections 一、…十、), then the 公开表 as Word tables with
two-row headers using gridSpan and vMerge, amounts in 万元 with two decimals, 注 lines under some tables."""
import os, zipfile
from xml.sax.saxutils import escape
import e_data as D
from e_data import F, FC, PCT, W

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-xiuchuan-njtg-2025-dwys.docx")
PLANT_TABLE = D.proj_gp("2130108")   # 96.50, what every table says
PLANT_PROSE = W("69.50")             # the prose figure (planted contradiction)

body = []


def run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, bold=False, center=False, size=None):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    body.append(f"<w:p>{ppr}{run(text, bold, size)}</w:p>")


def cell(text, span=1, vmerge=None, bold=False, width=1200, right=False):
    tcpr = f'<w:tcW w:w="{width * span}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += "<w:vMerge/>"
    jc = '<w:pPr><w:jc w:val="right"/></w:pPr>' if right else ""
    content = run(text, bold) if text else ""
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p>{jc}{content}</w:p></w:tc>"


def table(ncols, header_rows, rows, widths=None):
    """header_rows: list of lists of (text, span, vmerge); rows: list of lists of str (numbers right-aligned)"""
    widths = widths or [1200] * ncols
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for hr in header_rows:
        out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>')
        col = 0
        for text, span, vm in hr:
            out.append(cell(text, span, vm, bold=True, width=widths[col]))
            col += span
        out.append("</w:tr>")
    for r in rows:
        out.append("<w:tr>")
        col = 0
        for t in r:
            span = 1
            if isinstance(t, tuple):
                t, span = t
            num = bool(t) and (t[0].isdigit() or t[0] == "-") and "." in t and not t.startswith("20")
            out.append(cell(t, span=span, width=widths[col], right=num))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    body.append("".join(out))


def z(n):
    return F(n)


# ------------------------------------------------------------------ prose
ORG, YEAR = D.ORG, D.YEAR
para(f"{ORG}", center=True, bold=True, size=36)
para(f"{YEAR}年单位预算", center=True, bold=True, size=36)
para("目录", style="Heading2")
for t in ["第一部分 2025年单位预算编制说明", "第二部分 2025年单位预算公开表",
          "表1 收支预算总表", "表2 收入预算表", "表3 支出预算表", "表4 财政拨款收支预算总表", "表5 一般公共预算支出预算表",
          "表6 一般公共预算基本支出预算表", "表7 一般公共预算“三公”经费支出预算表", "表8 政府性基金预算支出表",
          "表9 项目支出绩效目标表"]:
    para(t)
para("第一部分 2025年单位预算编制说明", style="Heading1")

para("一、单位基本情况", style="Heading2")
para(f"{ORG}是{D.DEPT}所属公益一类事业单位，主要职责是：承担全县农业新技术、新品种的引进、试验、示范和推广；"
     "负责农作物病虫害监测预警和防治技术指导；承担耕地质量监测、测土配方施肥和化肥农药减量增效技术推广；"
     "开展农产品质量安全检测和农业技术培训服务。中心内设办公室、推广站、植保站、土肥站和检测站5个股室，"
     "在柘塘镇、白石镇设2个区域农技服务站。")
para(f"中心核定事业编制{D.STAFF['编制']}名，2024年末实有在职人员{D.STAFF['实有']}人，退休人员{D.STAFF['退休']}人；"
     f"公务用车保有量{D.STAFF['车辆']}辆。本单位预算为{ORG}本级预算，无下属预算单位。")

para("二、收支预算总体情况", style="Heading2")
para(f"按照综合预算的原则，{ORG}所有收入和支出均纳入单位预算管理。2025年收入总计{F(D.INC_TOTAL)}万元，"
     f"其中本年收入{F(D.INC_YEAR)}万元，包括：一般公共预算拨款收入{F(D.INC_GP)}万元，政府性基金预算拨款收入{F(D.INC_FUND)}万元，"
     f"事业收入{F(D.INC_BIZ)}万元，其他收入{F(D.INC_OTHER)}万元；上年结转结余{F(D.CARRY)}万元"
     f"（其中财政拨款结转{F(D.CARRY_GP)}万元，单位资金结转{F(D.CARRY_OTHER)}万元）。")
d_tot = D.INC_TOTAL - D.PREV["INC_TOTAL"]
para(f"2025年支出总计{F(D.EXP_TOTAL)}万元，其中：基本支出{F(D.BASIC)}万元，占{PCT(D.BASIC, D.EXP_TOTAL)}%；"
     f"项目支出{F(D.PROJ_T)}万元，占{PCT(D.PROJ_T, D.EXP_TOTAL)}%。收支总预算比2024年预算{F(D.PREV['INC_TOTAL'])}万元增加{F(d_tot)}万元，"
     f"增长{PCT(d_tot, D.PREV['INC_TOTAL'])}%，主要原因是新增耕地地力保护与化肥减量增效示范项目，以及农田宜机化改造技术指导任务增加。")

para("三、财政拨款收支预算情况", style="Heading2")
d_gp = D.INC_GP - D.PREV["INC_GP"]
d_fund = D.INC_FUND - D.PREV["INC_FUND"]
para(f"2025年财政拨款收支总预算{F(D.FIN_IN)}万元。收入包括：一般公共预算拨款{F(D.INC_GP)}万元，政府性基金预算拨款{F(D.INC_FUND)}万元，"
     f"上年结转一般公共预算拨款{F(D.CARRY_GP)}万元；支出包括：社会保障和就业支出{F(D.gp_total('208'))}万元，卫生健康支出{F(D.gp_total('210'))}万元，"
     f"城乡社区支出{F(D.INC_FUND)}万元，农林水支出{F(D.gp_total('213'))}万元，住房保障支出{F(D.gp_total('221'))}万元。")
para(f"一般公共预算拨款收入比2024年预算{F(D.PREV['INC_GP'])}万元增加{F(d_gp)}万元，增长{PCT(d_gp, D.PREV['INC_GP'])}%，"
     "主要原因是落实工资调整政策增加人员经费，以及新增耕地地力保护与化肥减量增效示范项目。")

para("四、一般公共预算支出情况", style="Heading2")
para(f"2025年一般公共预算支出{F(D.GP_EXP)}万元（含上年结转{F(D.CARRY_GP)}万元），其中基本支出{F(D.BASIC)}万元，"
     f"项目支出{F(D.GP_EXP - D.BASIC)}万元。按支出功能分类科目划分：")
para(f"（一）社会保障和就业支出（类）行政事业单位养老支出（款）{F(D.gp_total('20805'))}万元，占{PCT(D.gp_total('208'), D.GP_EXP)}%。"
     f"其中：机关事业单位基本养老保险缴费支出（2080505）{F(D.E2080505)}万元，机关事业单位职业年金缴费支出（2080506）{F(D.E2080506)}万元，"
     "主要用于按规定为在职职工缴纳的基本养老保险费和职业年金。")
para(f"（二）卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）（2101102）{F(D.E2101102)}万元，占{PCT(D.gp_total('210'), D.GP_EXP)}%，"
     "主要用于在职职工基本医疗保险缴费。")
para(f"（三）农林水支出（类）农业农村（款）{F(D.gp_total('21301'))}万元，占{PCT(D.gp_total('213'), D.GP_EXP)}%。其中："
     f"事业运行（2130104）{F(D.RUN)}万元，主要用于保障中心正常运转的人员工资福利和日常公用经费；"
     f"科技转化与推广服务（2130106）{F(D.proj_gp('2130106'))}万元，主要用于基层农技推广体系改革与建设补助项目；"
     f"病虫害控制（2130108）{F(PLANT_PROSE)}万元，主要用于农作物重大病虫害统防统治项目，其中上年结转{F(D.CARRY_GP)}万元；"
     f"农业生产发展（2130122）{F(D.proj_gp('2130122'))}万元，主要用于耕地地力保护与化肥减量增效示范项目。")
para(f"（四）住房保障支出（类）住房改革支出（款）住房公积金（项）（2210201）{F(D.E2210201)}万元，占{PCT(D.gp_total('221'), D.GP_EXP)}%，"
     "主要用于按规定为职工缴存的住房公积金。")

para("五、一般公共预算基本支出情况", style="Heading2")
d_basic = D.BASIC - D.PREV["BASIC"]
para(f"2025年一般公共预算基本支出{F(D.BASIC)}万元，比2024年预算{F(D.PREV['BASIC'])}万元增加{F(d_basic)}万元，"
     f"增长{PCT(d_basic, D.PREV['BASIC'])}%，主要原因是落实工资调整政策。其中：")
para(f"人员经费{F(D.PERSON_T)}万元，占基本支出的{PCT(D.PERSON_T, D.BASIC)}%，主要包括：基本工资、津贴补贴、绩效工资、"
     "机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、生活补助。")
para(f"公用经费{F(D.PUBLIC_T)}万元，占基本支出的{PCT(D.PUBLIC_T, D.BASIC)}%，主要包括：办公费、水费、电费、邮电费、差旅费、维修（护）费、"
     "会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。")

para("六、“三公”经费预算情况", style="Heading2")
s24, s25 = D.SANGONG[2024], D.SANGONG[2025]
d_sg = D.sg_total(2024) - D.sg_total(2025)
para(f"2025年一般公共预算财政拨款安排“三公”经费{F(D.sg_total(2025))}万元，比2024年预算{F(D.sg_total(2024))}万元减少{F(d_sg)}万元，"
     f"下降{PCT(d_sg, D.sg_total(2024))}%，主要原因是严格落实过紧日子要求，压减公务用车运行维护费和公务接待费。其中：")
para(f"1．因公出国（境）费{F(s25[0])}万元，与2024年持平，2025年无因公出国（境）计划。")
para(f"2．公务用车购置及运行维护费{F(D.sg_car(2025))}万元，其中：公务用车购置费{F(s25[1])}万元，无购置计划；"
     f"公务用车运行维护费{F(s25[2])}万元，比2024年预算减少{F(s24[2] - s25[2])}万元，下降{PCT(s24[2] - s25[2], s24[2])}%，"
     "主要原因是加强车辆使用管理，压减燃油和维修费用。")
para(f"3．公务接待费{F(s25[3])}万元，比2024年预算减少{F(s24[3] - s25[3])}万元，下降{PCT(s24[3] - s25[3], s24[3])}%，"
     "主要原因是严格执行公务接待标准，减少接待批次。")

para("七、政府性基金预算支出情况", style="Heading2")
para(f"2025年政府性基金预算拨款支出{F(D.INC_FUND)}万元，全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）"
     f"农业生产发展支出（项）（2120814），用于农田宜机化改造技术指导项目。比2024年预算{F(D.PREV['INC_FUND'])}万元增加{F(d_fund)}万元，"
     f"增长{PCT(d_fund, D.PREV['INC_FUND'])}%，主要原因是县级下达的农田宜机化改造技术指导任务增加。")

para("八、国有资本经营预算支出情况", style="Heading2")
para(f"{ORG}2025年无国有资本经营预算拨款安排的支出。")

para("九、其他重要事项的情况说明", style="Heading2")
para("（一）机关运行经费。本单位为公益一类事业单位，不属于行政单位和参照公务员法管理的事业单位，不涉及机关运行经费。")
g, e_, s_ = D.PROCURE
para(f"（二）政府采购情况。2025年政府采购预算{F(g + e_ + s_)}万元，其中：货物类{F(g)}万元，工程类{F(e_)}万元，服务类{F(s_)}万元，"
     "主要用于植保无人机、土壤养分速测仪等专用设备购置和检测服务采购。")
para(f"（三）国有资产占用情况。截至2024年12月31日，本单位共有车辆{D.STAFF['车辆']}辆，均为一般公务用车；单位价值50万元以上专用设备1台（套）。"
     "2025年单位预算未安排购置车辆。")
pt = D.proj_total("2130106") + D.proj_total("2130108")
para(f"（四）预算绩效目标情况。2025年实行绩效目标管理的项目2个，涉及一般公共预算拨款{F(pt)}万元，"
     "分别为基层农技推广体系改革与建设补助项目和农作物重大病虫害统防统治项目，绩效目标详见表9。")

para("十、名词解释", style="Heading2")
para("1．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
para("2．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
para("3．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")

# ------------------------------------------------------------------ tables
para("第二部分 2025年单位预算公开表", style="Heading1")
UNIT = f"单位名称：{ORG}　　　　　　　　　　单位：万元"

# 表1 收支预算总表
para("表1 收支预算总表", style="Heading2", center=True)
para(UNIT)
inc = [("一、一般公共预算拨款收入", FC(D.INC_GP)), ("二、政府性基金预算拨款收入", FC(D.INC_FUND)),
       ("三、国有资本经营预算拨款收入", "0.00"), ("四、财政专户管理资金收入", "0.00"), ("五、事业收入", FC(D.INC_BIZ)),
       ("六、事业单位经营收入", "0.00"), ("七、其他收入", FC(D.INC_OTHER))]
exp = [("一、社会保障和就业支出", FC(D.func_total("208", D.m_all))), ("二、卫生健康支出", FC(D.func_total("210", D.m_all))),
       ("三、城乡社区支出", FC(D.func_total("212", D.m_all))), ("四、农林水支出", FC(D.func_total("213", D.m_all))),
       ("五、住房保障支出", FC(D.func_total("221", D.m_all))), ("", ""), ("", "")]
rows = [[a, b, c, d] for (a, b), (c, d) in zip(inc, exp)]
rows += [["本年收入合计", FC(D.INC_YEAR), "本年支出合计", FC(D.EXP_TOTAL)],
         ["上年结转结余", FC(D.CARRY), "年终结转结余", "0.00"],
         ["收入总计", FC(D.INC_TOTAL), "支出总计", FC(D.EXP_TOTAL)]]
table(4, [[("收入", 2, None), ("支出", 2, None)], [("项目", 1, None), ("预算数", 1, None), ("项目", 1, None), ("预算数", 1, None)]],
      rows, widths=[3000, 1500, 3000, 1500])
para("注：本单位无国有资本经营预算拨款收入和财政专户管理资金收入，相关栏次为零。")

# 表2 收入预算表 (codes and names in separate columns)
para("表2 收入预算表", style="Heading2", center=True)
para(UNIT)


def inc_row_sources(code):
    """(合计, 一般公共, 基金, 事业, 其他, 上年结转) over leaves under code"""
    tot = [0] * 6
    for r in D.LEAVES:
        c = r[0]
        if not c.startswith(code):
            continue
        if c in D.PROJ:
            p = D.PROJ[c]
            v = [0, p[2], p[4], p[5], p[6], p[3] + p[7]]
        else:
            v = [0, D.m_basic(r), 0, 0, 0, 0]
        v[0] = sum(v[1:])
        tot = [a + b for a, b in zip(tot, v)]
    return tot


rows = [["", "合计"] + [F(x) for x in inc_row_sources("")]]
for code, name, _ in D.FUNC:
    rows.append([code, name] + [F(x) for x in inc_row_sources(code)])
table(8, [[("科目", 2, None), ("合计", 1, "restart"), ("本年收入", 4, None), ("上年结转结余", 1, "restart")],
          [("科目编码", 1, None), ("科目名称", 1, None), ("", 1, "cont"), ("一般公共预算拨款", 1, None), ("政府性基金预算拨款", 1, None),
           ("事业收入", 1, None), ("其他收入", 1, None), ("", 1, "cont")]],
      rows, widths=[1100, 2900, 1100, 1300, 1300, 1000, 1000, 1200])

# 表3 支出预算表 (one column "code name")
para("表3 支出预算表", style="Heading2", center=True)
para(UNIT)
rows = [["合计", F(D.EXP_TOTAL), F(D.BASIC), F(D.PERSON_T), F(D.PUBLIC_T), F(D.PROJ_T)]]
for code, name, _ in D.FUNC:
    rows.append([f"{code} {name}", F(D.func_total(code, D.m_all)), F(D.func_total(code, D.m_basic)), F(D.func_total(code, D.m_person)),
                 F(D.func_total(code, D.m_public)), F(D.func_total(code, D.m_proj))])
table(6, [[("科目编码及名称", 1, "restart"), ("合计", 1, "restart"), ("基本支出", 3, None), ("项目支出", 1, "restart")],
          [("", 1, "cont"), ("", 1, "cont"), ("小计", 1, None), ("人员经费", 1, None), ("公用经费", 1, None), ("", 1, "cont")]],
      rows, widths=[4000, 1200, 1200, 1200, 1200, 1200])

# 表4 财政拨款收支预算总表
para("表4 财政拨款收支预算总表", style="Heading2", center=True)
para(UNIT)
inc = [("一、本年收入", FC(D.INC_GP + D.INC_FUND)), ("（一）一般公共预算拨款", FC(D.INC_GP)), ("（二）政府性基金预算拨款", FC(D.INC_FUND)),
       ("（三）国有资本经营预算拨款", "0.00"), ("二、上年结转", FC(D.CARRY_GP)), ("（一）一般公共预算拨款", FC(D.CARRY_GP)),
       ("（二）政府性基金预算拨款", "0.00")]
exp = [("一、本年支出", FC(D.FIN_IN), FC(D.GP_EXP), FC(D.INC_FUND))]
for code, name in (("208", "（一）社会保障和就业支出"), ("210", "（二）卫生健康支出"), ("212", "（三）城乡社区支出"),
                   ("213", "（四）农林水支出"), ("221", "（五）住房保障支出")):
    gpv = D.gp_total(code)
    fv = D.INC_FUND if code == "212" else 0
    exp.append((name, FC(gpv + fv), FC(gpv), FC(fv)))
exp.append(("二、年终结转结余", "0.00", "0.00", "0.00"))
rows = [[a, b, c, d, e, f] for (a, b), (c, d, e, f) in zip(inc, exp)]
rows.append(["收入总计", FC(D.FIN_IN), "支出总计", FC(D.FIN_IN), FC(D.GP_EXP), FC(D.INC_FUND)])
table(6, [[("收入", 2, None), ("支出", 4, None)],
          [("项目", 1, None), ("预算数", 1, None), ("项目", 1, None), ("合计", 1, None), ("一般公共预算", 1, None), ("政府性基金预算", 1, None)]],
      rows, widths=[2600, 1200, 2600, 1200, 1300, 1300])

# 表5 一般公共预算支出预算表 (类 / 款 / 项 columns)
para("表5 一般公共预算支出预算表", style="Heading2", center=True)
para(UNIT)
rows = [["", "", "", "合计", F(D.GP_EXP), F(D.BASIC), F(D.GP_EXP - D.BASIC)]]
for code, name, _ in D.FUNC:
    tot = D.gp_total(code)
    if not tot:
        continue
    lei, kuan, xiang = code[:3], code[3:5], code[5:7]
    rows.append([lei, kuan, xiang, name, F(tot), F(D.gp_total(code, D.gp_basic)), F(D.gp_total(code, D.gp_proj))])
table(7, [[("科目编码", 3, None), ("科目名称", 1, "restart"), ("合计", 1, "restart"), ("基本支出", 1, "restart"), ("项目支出", 1, "restart")],
          [("类", 1, None), ("款", 1, None), ("项", 1, None), ("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont")]],
      rows, widths=[700, 700, 700, 3300, 1200, 1200, 1200])
para(f"注：本表含上年结转的一般公共预算财政拨款{F(D.CARRY_GP)}万元，全部用于病虫害控制（2130108）。")

# 表6 一般公共预算基本支出预算表 (经济分类)
para("表6 一般公共预算基本支出预算表", style="Heading2", center=True)
para(UNIT)
rows = [["", "合计", F(D.BASIC), F(D.PERSON_T), F(D.PUBLIC_T)]]
for c, n, v in D.PERSON:
    val = D.econ_sum(D.PERSON, c) if v is None else v
    rows.append([c, n, F(val), F(val), ""])
for c, n, v in D.PUBLIC:
    val = D.econ_sum(D.PUBLIC, c) if v is None else v
    rows.append([c, n, F(val), "", F(val)])
table(5, [[("经济分类科目", 2, None), ("2025年基本支出", 3, None)],
          [("科目编码", 1, None), ("科目名称", 1, None), ("合计", 1, None), ("人员经费", 1, None), ("公用经费", 1, None)]],
      rows, widths=[1200, 3600, 1400, 1400, 1400])

# 表7 三公
para("表7 一般公共预算“三公”经费支出预算表", style="Heading2", center=True)
para(UNIT)
rows = []
for y in (2024, 2025):
    s = D.SANGONG[y]
    rows.append([f"{y}年预算数", F(D.sg_total(y)), F(s[0]), F(D.sg_car(y)), F(s[1]), F(s[2]), F(s[3])])
table(7, [[("年度", 1, "restart"), ("合计", 1, "restart"), ("因公出国（境）费", 1, "restart"), ("公务用车购置及运行维护费", 3, None),
           ("公务接待费", 1, "restart")],
          [("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont"), ("小计", 1, None), ("公务用车购置费", 1, None), ("公务用车运行维护费", 1, None),
           ("", 1, "cont")]],
      rows, widths=[1500, 1100, 1300, 1100, 1300, 1500, 1200])
para(f"注：“三公”经费为一般公共预算财政拨款安排的支出；2025年本单位公务用车保有量{D.STAFF['车辆']}辆，无购置计划。")

# 表8 政府性基金
para("表8 政府性基金预算支出表", style="Heading2", center=True)
para(UNIT)
rows = [["", "合计", F(D.INC_FUND), "0.00", F(D.INC_FUND)]]
for code, name in (("212", "城乡社区支出"), ("21208", "国有土地使用权出让收入安排的支出"), ("2120814", "农业生产发展支出")):
    rows.append([code, name, F(D.INC_FUND), "0.00", F(D.INC_FUND)])
table(5, [[("科目", 2, None), ("2025年预算数", 3, None)],
          [("科目编码", 1, None), ("科目名称", 1, None), ("合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]],
      rows, widths=[1200, 3800, 1400, 1400, 1400])

# 表9 绩效目标
for i, code in enumerate(("2130106", "2130108"), 1):
    p = D.PROJ[code]
    para(f"表9-{i} 项目支出绩效目标表（{p[1]}）", style="Heading2", center=True)
    para(f"单位名称：{ORG}　　　　　　　　　　单位：万元")
    tot = D.proj_total(code)
    hdr = [[("项目名称", 1, None), (p[1], 3, None)]]
    rows = [["主管部门", D.DEPT, "实施单位", ORG],
            ["年度资金总额", F(tot), "其中：财政拨款", F(tot)],
            ["年度绩效目标", (D.PERF[code]["target"], 3)],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    table(4, hdr, rows, widths=[1800, 2400, 2400, 2400])
    # indicator block as its own table with vMerge on 一级指标
    inds = D.PERF[code]["ind"]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           '</w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/></w:tblGrid>']
    prev = None
    for a, b, c, d in inds:
        out.append("<w:tr>")
        out.append(cell(a if a != prev else "", vmerge="restart" if a != prev else "cont", width=1800))
        out.append(cell(b, width=2400) + cell(c, width=2400) + cell(d, width=2400))
        out.append("</w:tr>")
        prev = a
    out.append("</w:tbl>")
    body.append("".join(out))

# ------------------------------------------------------------------ package
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DOC = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(body) +
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" '
       'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''
CORE = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{ORG}2025年单位预算</dc:title><dc:creator>{ORG}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-18T09:00:00Z</dcterms:created>
</cp:coreProperties>'''


def main():
    D.check()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOCRELS),
                           ("word/document.xml", DOC), ("word/styles.xml", STYLES), ("docProps/core.xml", CORE)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    main()
