"""Write docs/E-fengling-wjj-2025-bmys.docx (WordprocessingML by hand, standard library only) from e_data.
Also writes gen/e_text.txt (the document's text, one paragraph / table row a line) for the checker."""
import os, zipfile
from xml.sax.saxutils import escape
import e_data as d
from e_data import W

d.check()
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "docs", "E-fengling-wjj-2025-bmys.docx")
PLANTED_SHIYE = "62.40"  # the prose figure for 事业收入 (table: W(d.SHIYE_ALL) = 64.20) — the one planted contradiction

body = []   # xml chunks
text = []   # plain text lines


def run(t, bold=False, size=None):
    rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
    if bold: rpr += "<w:b/>"
    if size: rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(t, bold=False, size=None, align=None, indent=True, style=None):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>'
    if align: ppr += f'<w:jc w:val="{align}"/>'
    elif indent: ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
    body.append(f"<w:p><w:pPr>{ppr}</w:pPr>{run(t, bold, size)}</w:p>")
    text.append(t)


def heading(t, lvl=1):
    para(t, bold=True, size=32 if lvl == 0 else (28 if lvl == 1 else 24), align="center" if lvl <= 1 else None,
         indent=False, style=f"Heading{max(lvl, 1)}")


def pagebreak():
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


def cell(t, w, bold=False, span=1, align=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr>{jc}</w:pPr>{run(t, bold, 21)}</w:p></w:tc>'


def table(rows, widths, header_rows=1):
    """rows: list of lists of str or (str, span)."""
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
         f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
         + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for i, r in enumerate(rows):
        cells, col, line = [], 0, []
        for c in r:
            t, span = (c if isinstance(c, tuple) else (c, 1))
            w = sum(widths[col:col + span]); col += span
            num = any(ch.isdigit() for ch in t) and t.replace(",", "").replace(".", "").isdigit()
            cells.append(cell(t, w, bold=i < header_rows, span=span, align="right" if num else None))
            line.append(t)
        x.append("<w:tr>" + "".join(cells) + "</w:tr>")
        text.append(" | ".join(line))
    x.append("</w:tbl>")
    body.append("".join(x))
    body.append("<w:p/>")


def unit_line():
    para("单位：万元", align="right", indent=False)


def pct(a, b):
    return f"{a / b * 100:.2f}%"


def code_cell(c):
    return f"{c} {d.FUNC_NAMES[c]}"


def econ_cell(c):
    return f"{c} {d.ECON_NAMES[c]}"


# ------------------------------------------------------------------ cover and 目录
heading("沣岭县卫生健康局2025年部门预算", 0)
para("沣岭县卫生健康局", align="center", indent=False)
para("二〇二五年二月", align="center", indent=False)
pagebreak()
heading("目  录", 1)
TOC = ["第一部分  沣岭县卫生健康局概况", "一、主要职责", "二、机构设置", "三、人员情况",
       "第二部分  沣岭县卫生健康局2025年部门预算情况说明", "一、收支预算总体情况", "二、收入预算情况", "三、支出预算情况",
       "四、财政拨款收支预算情况", "五、一般公共预算支出情况", "六、一般公共预算基本支出情况",
       "七、“三公”经费预算情况", "八、机关运行经费", "九、政府采购预算情况", "十、国有资产占用情况",
       "十一、预算绩效目标情况", "第三部分  2025年部门预算表",
       "表1 收支总表", "表2 收入总表", "表3 支出总表", "表4 财政拨款收支总表", "表5 一般公共预算支出表",
       "表6 一般公共预算基本支出表", "表7 一般公共预算“三公”经费支出表", "表8 政府性基金预算支出表",
       "表9 项目支出绩效目标表"]
for t in TOC:
    para(t, indent=not t.startswith("第"), bold=t.startswith("第"))
pagebreak()

# ------------------------------------------------------------------ 第一部分
heading("第一部分  沣岭县卫生健康局概况", 1)
heading("一、主要职责", 2)
for t in ["（一）贯彻执行国家和省、市卫生健康工作方针政策和法律法规，拟订全县卫生健康事业发展规划并组织实施，统筹规划全县卫生健康资源配置。",
          "（二）协调推进深化医药卫生体制改革，组织推进公立医院综合改革，推动卫生健康公共服务提供主体多元化。",
          "（三）负责全县疾病预防控制工作，组织实施免疫规划和重大传染病防控，组织指导突发公共卫生事件的预防控制和医疗卫生救援。",
          "（四）组织实施国家基本公共卫生服务项目，指导乡镇卫生院、村卫生室和社区卫生服务机构建设。",
          "（五）负责妇幼健康和人口监测工作，组织实施妇女儿童健康筛查等妇幼卫生项目。",
          "（六）负责医疗机构、公共场所、学校卫生、生活饮用水卫生等的监督管理，依法查处违法行为。",
          "（七）完成县委、县政府交办的其他任务。"]:
    para(t)
heading("二、机构设置", 2)
para("沣岭县卫生健康局为县政府工作部门，局机关内设办公室、规划发展与信息化股、医政医管股、基层卫生健康股、疾病预防控制股、"
     "妇幼健康股共6个股室。纳入本部门2025年部门预算编制范围的单位共3个：沣岭县卫生健康局（机关），为行政单位；"
     "沣岭县疾病预防控制中心、沣岭县妇幼保健计划生育服务中心，均为公益一类事业单位。")
heading("三、人员情况", 2)
tot = [sum(u[i] for u in d.UNITS) for i in (3, 4, 5)]
para(f"截至2024年12月31日，本部门编制人数{tot[0]}人，实有在职人员{tot[1]}人，退休人员{tot[2]}人。其中："
     + "；".join(f"{n}编制{a}人、实有{b}人、退休{c}人" for k, n, kind, a, b, c in d.UNITS) + "。")
pagebreak()

# ------------------------------------------------------------------ 第二部分
heading("第二部分  沣岭县卫生健康局2025年部门预算情况说明", 1)
heading("一、收支预算总体情况", 2)
para(f"按照综合预算的原则，沣岭县卫生健康局所有收入和支出均纳入部门预算管理。2025年收入总计{W(d.TOTAL)}万元，"
     f"支出总计{W(d.TOTAL)}万元。与2024年预算{W(d.TOTAL_2024)}万元相比，收支总计各减少{W(d.TOTAL_2024 - d.TOTAL)}万元，"
     f"下降{pct(d.TOTAL_2024 - d.TOTAL, d.TOTAL_2024)}，主要原因是2024年安排的疾病预防控制中心冷链运输车辆购置等一次性项目2025年不再安排，"
     "以及基本公共卫生服务项目按上级补助标准调整。")
heading("二、收入预算情况", 2)
para(f"2025年收入预算{W(d.TOTAL)}万元，其中：一般公共预算拨款收入{W(d.GENERAL_ALL)}万元，占{pct(d.GENERAL_ALL, d.TOTAL)}；"
     f"事业收入{PLANTED_SHIYE}万元，占{pct(d.SHIYE_ALL, d.TOTAL)}，为沣岭县妇幼保健计划生育服务中心开展妇女儿童健康筛查取得的收入；"
     "政府性基金预算拨款收入、国有资本经营预算拨款收入、其他收入及上年结转均为0万元。")
heading("三、支出预算情况", 2)
fa = dict(d.rollup(d.FUNC_ALL))
para(f"2025年支出预算{W(d.TOTAL)}万元，其中：基本支出{W(d.BASIC_ALL)}万元，占{pct(d.BASIC_ALL, d.TOTAL)}，"
     f"主要用于保障在职和退休人员工资福利及机构日常运转；项目支出{W(d.PROJ_ALL)}万元，占{pct(d.PROJ_ALL, d.TOTAL)}，"
     "主要用于基本公共卫生服务、免疫规划及重大传染病防控、卫生健康综合监督执法和妇女儿童健康筛查等。"
     f"按支出功能分类：社会保障和就业支出{W(sum(fa['208']))}万元，卫生健康支出{W(sum(fa['210']))}万元，"
     f"住房保障支出{W(sum(fa['221']))}万元。")
heading("四、财政拨款收支预算情况", 2)
para(f"2025年财政拨款收支总预算{W(d.GENERAL_ALL)}万元，全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算拨款。"
     f"与2024年财政拨款预算{W(d.GENERAL_2024)}万元相比，减少{W(d.GENERAL_2024 - d.GENERAL_ALL)}万元，"
     f"下降{pct(d.GENERAL_2024 - d.GENERAL_ALL, d.GENERAL_2024)}，主要原因同上。")
heading("五、一般公共预算支出情况", 2)
fg = dict(d.rollup(d.FUNC_GEN))
para(f"2025年一般公共预算支出{W(d.GENERAL_ALL)}万元，其中基本支出{W(d.BASIC_ALL)}万元，项目支出{W(d.PROJ_G_ALL)}万元。主要支出项目如下：")
for c, why in [("2100101", "主要用于局机关在职人员工资福利和日常运转"),
               ("2100401", "主要用于县疾病预防控制中心人员经费和日常运转"),
               ("2100403", "主要用于县妇幼保健计划生育服务中心人员经费、日常运转及妇女儿童健康筛查项目中由财政安排的部分"),
               ("2100408", "主要用于按人均标准拨付乡镇卫生院、村卫生室开展国家基本公共卫生服务"),
               ("2100409", "主要用于免疫规划及重大传染病防控"),
               ("2210201", "主要用于按规定为职工缴纳住房公积金")]:
    para(f"{d.FUNC_NAMES[c]}（{c}）{W(sum(fg[c]))}万元，{why}。")
heading("六、一般公共预算基本支出情况", 2)
para(f"2025年一般公共预算基本支出{W(d.BASIC_ALL)}万元，其中：人员经费{W(d.PERS_ALL)}万元，主要包括基本工资、津贴补贴、奖金、"
     "绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费和生活补助等；"
     f"公用经费{W(d.PUB_ALL)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、"
     "工会经费、福利费、公务用车运行维护费和其他交通费用等。")
heading("七、“三公”经费预算情况", 2)
sg, s4 = d.SANGONG_ALL, d.SANGONG_2024
rc = [sum(v[i] for v in d.RECEPTION.values()) for i in (0, 1)]
para(f"2025年本部门一般公共预算“三公”经费预算{W(d.SANGONG_TOTAL)}万元，比2024年预算{W(d.SANGONG_2024_TOTAL)}万元减少"
     f"{W(d.SANGONG_2024_TOTAL - d.SANGONG_TOTAL)}万元，下降{pct(d.SANGONG_2024_TOTAL - d.SANGONG_TOTAL, d.SANGONG_2024_TOTAL)}。其中：")
para(f"（一）因公出国（境）费{W(sg['cg'])}万元，与2024年持平，本部门2025年无因公出国（境）计划。")
para(f"（二）公务用车购置及运行维护费{W(sg['gz'] + sg['yx'])}万元，其中：公务用车购置费{W(sg['gz'])}万元，比2024年预算减少"
     f"{W(s4['gz'] - sg['gz'])}万元，主要原因是2024年县疾病预防控制中心更新冷链运输车1辆，2025年无车辆购置计划；"
     f"公务用车运行维护费{W(sg['yx'])}万元，与2024年预算持平。2025年本部门公务用车保有量{sum(d.CARS.values())}辆，其中局机关"
     f"{d.CARS['jg']}辆、县疾病预防控制中心{d.CARS['jk']}辆、县妇幼保健计划生育服务中心{d.CARS['fy']}辆。")
para(f"（三）公务接待费{W(sg['jd'])}万元，比2024年预算减少{W(s4['jd'] - sg['jd'])}万元，主要原因是严格执行公务接待管理规定，"
     f"压减接待批次。2025年计划国内公务接待{rc[0]}批次、{rc[1]}人次，其中局机关{d.RECEPTION['jg'][0]}批次、{d.RECEPTION['jg'][1]}人次。")
heading("八、机关运行经费", 2)
para(f"2025年本部门局机关（行政单位）机关运行经费预算{W(d.JGYX)}万元，比2024年预算{W(d.JGYX_2024)}万元减少"
     f"{W(d.JGYX_2024 - d.JGYX)}万元，主要原因是压减一般性支出。两个事业单位不统计机关运行经费。")
heading("九、政府采购预算情况", 2)
para(f"2025年本部门政府采购预算{W(d.PROC_TOTAL)}万元，其中：货物类{W(d.PROC['货物'])}万元，主要为疫苗冷链监测设备和妇幼筛查试剂；"
     f"服务类{W(d.PROC['服务'])}万元，主要为基本公共卫生服务信息系统运维和健康筛查检测服务。")
heading("十、国有资产占用情况", 2)
para(f"截至2024年12月31日，本部门共有车辆{sum(d.CARS.values())}辆，其中一般公务用车{d.CARS['jg']}辆，"
     f"特种专业技术用车{d.CARS['jk'] + d.CARS['fy']}辆；单位价值100万元以上设备2台（套）。2025年部门预算未安排购置车辆及单位价值100万元以上设备。")
heading("十一、预算绩效目标情况", 2)
para(f"2025年本部门实行绩效目标管理的项目{len(d.PROJECTS)}个，涉及预算资金{W(d.PROJ_ALL)}万元，占项目支出预算的100%。"
     "各项目绩效目标详见表9。")
pagebreak()

# ------------------------------------------------------------------ 第三部分 tables
heading("第三部分  2025年部门预算表", 1)
# 表1 收支总表
heading("表1 收支总表", 2); unit_line()
fa3 = {k: sum(v) for k, v in fa.items()}
rows = [["收入项目", "预算数", "支出项目", "预算数"],
        ["一、一般公共预算拨款收入", W(d.GENERAL_ALL), "一、社会保障和就业支出", W(fa3["208"])],
        ["二、政府性基金预算拨款收入", "0.00", "二、卫生健康支出", W(fa3["210"])],
        ["三、国有资本经营预算拨款收入", "0.00", "三、住房保障支出", W(fa3["221"])],
        ["四、事业收入", W(d.SHIYE_ALL), "", ""],
        ["五、事业单位经营收入", "0.00", "", ""],
        ["六、其他收入", "0.00", "", ""],
        ["本年收入合计", W(d.TOTAL), "本年支出合计", W(d.TOTAL)],
        ["上年结转", "0.00", "结转下年", "0.00"],
        ["收入总计", W(d.TOTAL), "支出总计", W(d.TOTAL)]]
table(rows, [2700, 1500, 2700, 1500])
# 表2 收入总表
heading("表2 收入总表", 2); unit_line()
rows = [["单位名称", "合计", "一般公共预算拨款", "政府性基金预算拨款", "事业收入", "其他收入", "上年结转"],
        ["合计", W(d.TOTAL), W(d.GENERAL_ALL), "0.00", W(d.SHIYE_ALL), "0.00", "0.00"]]
for k, n, *_ in d.UNITS:
    rows.append([n, W(d.UNIT_TOTAL[k]), W(d.GENERAL[k]), "0.00", W(d.SHIYE[k]), "0.00", "0.00"])
table(rows, [2600, 1100, 1200, 1100, 1000, 900, 900])
# 表3 支出总表
heading("表3 支出总表", 2); unit_line()
rows = [["科目编码及名称", "合计", "基本支出", "项目支出"], ["合计", W(d.TOTAL), W(d.BASIC_ALL), W(d.PROJ_ALL)]]
for c, v in d.rollup(d.FUNC_ALL):
    rows.append([code_cell(c), W(sum(v)), W(v[0] + v[1]), W(v[2])])
table(rows, [3900, 1500, 1500, 1500])
# 表4 财政拨款收支总表
heading("表4 财政拨款收支总表", 2); unit_line()
fg3 = {k: sum(v) for k, v in fg.items()}
rows = [["收入项目", "预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算"],
        ["一、本年收入", W(d.GENERAL_ALL), "一、社会保障和就业支出", W(fg3["208"]), W(fg3["208"]), "0.00"],
        ["（一）一般公共预算拨款", W(d.GENERAL_ALL), "二、卫生健康支出", W(fg3["210"]), W(fg3["210"]), "0.00"],
        ["（二）政府性基金预算拨款", "0.00", "三、住房保障支出", W(fg3["221"]), W(fg3["221"]), "0.00"],
        ["（三）国有资本经营预算拨款", "0.00", "", "", "", ""],
        ["二、上年结转", "0.00", "二、结转下年", "0.00", "0.00", "0.00"],
        ["收入总计", W(d.GENERAL_ALL), "支出总计", W(d.GENERAL_ALL), W(d.GENERAL_ALL), "0.00"]]
table(rows, [2100, 1100, 2100, 1100, 1100, 1100])
# 表5 一般公共预算支出表
heading("表5 一般公共预算支出表", 2); unit_line()
rows = [["科目编码及名称", "合计", "人员经费", "公用经费", "项目支出"],
        ["合计", W(d.GENERAL_ALL), W(d.PERS_ALL), W(d.PUB_ALL), W(d.PROJ_G_ALL)]]
for c, v in d.rollup(d.FUNC_GEN):
    rows.append([code_cell(c), W(sum(v)), W(v[0]), W(v[1]), W(v[2])])
table(rows, [3600, 1200, 1200, 1200, 1200])
# 表6 一般公共预算基本支出表
heading("表6 一般公共预算基本支出表", 2); unit_line()
econ = {}
for u in d.BASIC:
    for c, v in d.BASIC[u].items():
        econ[c] = econ.get(c, 0) + v
rows = [["经济分类科目", "合计", "人员经费", "公用经费"], ["合计", W(d.BASIC_ALL), W(d.PERS_ALL), W(d.PUB_ALL)]]
for cls in ("301", "302", "303"):
    tot_c = sum(v for c, v in econ.items() if c.startswith(cls))
    rows.append([econ_cell(cls), W(tot_c), W(0 if cls == "302" else tot_c), W(tot_c if cls == "302" else 0)])
    for c in sorted(k for k in econ if k.startswith(cls)):
        rows.append([econ_cell(c), W(econ[c]), W(0 if cls == "302" else econ[c]), W(econ[c] if cls == "302" else 0)])
table(rows, [3900, 1500, 1500, 1500])
# 表7 三公
heading("表7 一般公共预算“三公”经费支出表", 2); unit_line()
rows = [["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"]]
def sg_row(name, s):
    return [name, W(sum(s.values())), W(s["cg"]), W(s["gz"] + s["yx"]), W(s["gz"]), W(s["yx"]), W(s["jd"])]
rows.append(sg_row("2025年预算合计", d.SANGONG_ALL))
for k, n, *_ in d.UNITS:
    rows.append(sg_row(n, d.SANGONG[k]))
rows.append(sg_row("2024年预算数", d.SANGONG_2024))
table(rows, [2500, 900, 1000, 1200, 1000, 1000, 900])
# 表8 政府性基金
heading("表8 政府性基金预算支出表", 2); unit_line()
table([["科目编码及名称", "合计", "基本支出", "项目支出"]], [3900, 1500, 1500, 1500])
para("注：沣岭县卫生健康局2025年没有使用政府性基金预算拨款安排的支出，本表无数据。", indent=False)
# 表9 绩效目标
heading("表9 项目支出绩效目标表", 2)
for i, (k, name, u, f, g, s, goal, inds) in enumerate(d.PROJECTS, 1):
    para(f"（{i}）{name}", bold=True, indent=False); unit_line()
    rows = [[("项目名称", 1), (name, 3)], [("主管部门", 1), (d.DEPT, 1), ("实施单位", 1), (d.UNAME[u], 1)],
            [("项目资金", 1), ("年度资金总额", 1), ("其中：财政拨款", 1), ("其他资金", 1)],
            [("", 1), (W(g + s), 1), (W(g), 1), (W(s), 1)],
            [("年度绩效目标", 1), (goal, 3)],
            [("一级指标", 1), ("二级指标", 1), ("三级指标", 1), ("指标值", 1)]]
    rows += [[a, b, c, v] for a, b, c, v in inds]
    table(rows, [1800, 2000, 2800, 1800], header_rows=0)

# ------------------------------------------------------------------ package
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
       + "".join(body) +
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" '
       'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
          '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '</w:styles>')
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
DOCRELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '</Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>沣岭县卫生健康局2025年部门预算</dc:title><dc:creator>沣岭县卫生健康局</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-18T09:00:00Z</dcterms:created></cp:coreProperties>')
FIXED = (2025, 2, 18, 9, 0, 0)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", DOC),
                       ("word/_rels/document.xml.rels", DOCRELS), ("word/styles.xml", STYLES), ("docProps/core.xml", CORE)]:
        zi = zipfile.ZipInfo(name, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode("utf-8"))
open(os.path.join(HERE, "e_text.txt"), "w", encoding="utf-8").write("\n".join(text) + "\n")
print("wrote", OUT, len(text), "lines")
