"""Build docs/E-…pdf (invented 鹤川县交通运输局 2025年部门预算) with reportlab and the WenQuanYi Zen Hei TrueType collection."""
import os
from decimal import Decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-hechuan-jtysj-2025-bmys.pdf")
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
B = ParagraphStyle("b", fontName="ZH", fontSize=10.5, leading=17, firstLineIndent=21)
H1 = ParagraphStyle("h1", fontName="ZH", fontSize=15, leading=24, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="ZH", fontSize=11.5, leading=19, spaceBefore=5, spaceAfter=2)
TT = ParagraphStyle("tt", fontName="ZH", fontSize=12.5, leading=18, alignment=TA_CENTER, spaceAfter=2)
UNIT = ParagraphStyle("u", fontName="ZH", fontSize=9, leading=12, alignment=TA_RIGHT)
DEP = ParagraphStyle("d", fontName="ZH", fontSize=9, leading=12)
CELL = ParagraphStyle("c", fontName="ZH", fontSize=8, leading=10)
COVER = ParagraphStyle("cv", fontName="ZH", fontSize=26, leading=40, alignment=TA_CENTER)
COVER2 = ParagraphStyle("cv2", fontName="ZH", fontSize=14, leading=22, alignment=TA_CENTER)
f = fmt
def pct(a, b): return f"{Decimal(a) * 100 / Decimal(b):.2f}%"
GA, AA = agg(GEN), agg(ALL)
JB = agg(lambda u, c, k, fd: k == "基本"); XM = agg(lambda u, c, k, fd: k == "项目")
GJB = agg(lambda u, c, k, fd: fd == "G" and k == "基本"); GXM = agg(lambda u, c, k, fd: fd == "G" and k == "项目")
TOT, GTOT = total(ALL), total(GEN)
TJB, TXM = total(lambda u, c, k, fd: k == "基本"), total(lambda u, c, k, fd: k == "项目")
GTJB, GTXM = total(lambda u, c, k, fd: fd == "G" and k == "基本"), total(lambda u, c, k, fd: fd == "G" and k == "项目")
PR = dict(PRIOR)
for c in list(PRIOR):
    for k in (c[:3], c[:5]): PR[k] = PR.get(k, 0) + PRIOR[c]
PTOT = sum(PRIOR.values())
FUNDTOT = total(lambda u, c, k, fd: fd == "F")
E = dict((c, a) for c, n, a in ECON)
PERS = sum(a for c, n, a in ECON if a and c[:3] in ("301", "303")); PUB = sum(a for c, n, a in ECON if a and c[:3] == "302")
S24 = sum(v[0] for v in SANGONG.values()); S25 = sum(v[1] for v in SANGONG.values())
ALL24 = W("2982.63")
story = []
P = lambda t, s=B: story.append(Paragraph(t, s))
# cover
story += [Spacer(1, 60 * mm), Paragraph(DEPT, COVER), Spacer(1, 8 * mm), Paragraph("2025年部门预算", COVER), Spacer(1, 70 * mm),
          Paragraph("鹤川县交通运输局", COVER2), Paragraph("二〇二五年二月", COVER2), PageBreak()]
# contents
P("目  录", H1)
for t in ["第一部分 单位概况", "　一、主要职责", "　二、机构设置", "　三、人员情况", "第二部分 2025年部门预算情况说明",
          "　一、收支预算总体情况", "　二、收入预算情况", "　三、支出预算情况", "　四、财政拨款收支预算总体情况",
          "　五、一般公共预算当年拨款情况", "　六、一般公共预算基本支出情况", "　七、一般公共预算“三公”经费预算情况",
          "　八、政府性基金预算支出情况", "　九、国有资本经营预算支出情况", "　十、机关运行经费安排情况", "　十一、政府采购预算情况",
          "　十二、国有资产占用情况", "　十三、预算绩效目标情况", "第三部分 名词解释", "第四部分 2025年部门预算表",
          "　表1 部门收支总表", "　表2 部门收入总表", "　表3 部门支出总表", "　表4 财政拨款收支总表", "　表5 一般公共预算支出表",
          "　表6 一般公共预算基本支出表", "　表7 一般公共预算“三公”经费支出表", "　表8 政府性基金预算支出表",
          "　表9 国有资本经营预算支出表", "　表10 项目支出绩效目标表"]:
    P(t, ParagraphStyle("toc", fontName="ZH", fontSize=10.5, leading=18))
story.append(PageBreak())
# part 1
P("第一部分 单位概况", H1)
P("一、主要职责", H2)
P("鹤川县交通运输局是县人民政府工作部门，主要职责是：贯彻执行国家和省、市有关交通运输的法律法规和方针政策；组织拟订全县公路、道路运输发展规划并监督实施；"
  "负责农村公路建设、养护和路政管理的监督指导；负责道路运输市场、机动车维修和驾驶员培训的行业管理；负责全县交通运输安全生产和应急保障工作；承办县委、县政府交办的其他事项。")
P("二、机构设置", H2)
P("本部门2025年部门预算由3个预算单位组成：鹤川县交通运输局机关（行政单位，内设办公室、规划建设股、安全应急股、运输管理股4个股室）、"
  "鹤川县公路管理所（全额拨款事业单位）、鹤川县道路运输服务中心（差额拨款事业单位）。")
P("三、人员情况", H2)
s0, s1, s2 = STAFF[UNITS[0]], STAFF[UNITS[1]], STAFF[UNITS[2]]
P(f"本部门核定编制{s0[1] + s1[1] + s2[1]}人，其中：局机关行政编制{s0[1]}人，公路管理所事业编制{s1[1]}人，道路运输服务中心事业编制{s2[1]}人；"
  f"实有在职人员{s0[2] + s1[2] + s2[2]}人，其中：局机关{s0[2]}人，公路管理所{s1[2]}人，道路运输服务中心{s2[2]}人。另有离退休人员{RETIRED}人。")
story.append(PageBreak())
# part 2
P("第二部分 2025年部门预算情况说明", H1)
P("一、收支预算总体情况", H2)
P(f"按照综合预算的原则，鹤川县交通运输局所有收入和支出均纳入部门预算管理。2025年收入预算总计{f(TOT)}万元，支出预算总计{f(TOT)}万元，"
  f"与2024年预算{f(ALL24)}万元相比，收支预算总计各增加{f(TOT - ALL24)}万元，增长{pct(TOT - ALL24, ALL24)}。主要原因是新增农村公路列养里程，"
  "公路养护投入增加，以及更新购置1辆公路应急巡查车。")
P("二、收入预算情况", H2)
g = sum(v[0] for v in INCOME.values()); fd = sum(v[1] for v in INCOME.values()); sy = sum(v[3] for v in INCOME.values()); qt = sum(v[4] for v in INCOME.values())
P(f"2025年本部门收入预算合计{f(TOT)}万元，其中：一般公共预算拨款收入{f(g)}万元，占{pct(g, TOT)}；政府性基金预算拨款收入{f(fd)}万元，占{pct(fd, TOT)}；"
  f"国有资本经营预算拨款收入0.00万元；事业收入{f(sy)}万元，占{pct(sy, TOT)}；其他收入{f(qt)}万元，占{pct(qt, TOT)}。上年结转0.00万元。")
P("三、支出预算情况", H2)
P(f"2025年本部门支出预算合计{f(TOT)}万元，其中：基本支出{f(TJB)}万元，占{pct(TJB, TOT)}；项目支出{f(TXM)}万元，占{pct(TXM, TOT)}。"
  f"按支出功能分类，社会保障和就业支出{f(AA['208'])}万元，卫生健康支出{f(AA['210'])}万元，交通运输支出{f(AA['214'])}万元，住房保障支出{f(AA['221'])}万元。")
P("四、财政拨款收支预算总体情况", H2)
P(f"2025年本部门财政拨款收支预算总计{f(g + fd)}万元，其中：一般公共预算拨款{f(g)}万元，政府性基金预算拨款{f(fd)}万元，国有资本经营预算拨款0.00万元。"
  f"财政拨款支出{f(g + fd)}万元，与财政拨款收入相等。")
P("五、一般公共预算当年拨款情况", H2)
P(f"2025年本部门一般公共预算当年拨款{f(GTOT)}万元，比2024年预算{f(PTOT)}万元增加{f(GTOT - PTOT)}万元，增长{pct(GTOT - PTOT, PTOT)}。其中：基本支出{f(GTJB)}万元，项目支出{f(GTXM)}万元。主要支出科目情况如下：")
def line(c, extra=""):
    name = NAMES[c]; amt = PLANTED["prose"] if c == PLANTED["code"] else GA[c]
    return f"{c}{name}{f(amt)}万元{extra}"
d06 = GA["2140106"] - PRIOR["2140106"]; d12 = PRIOR["2140112"] - GA["2140112"]; d99 = GA["2140199"] - PRIOR["2140199"]
P("1." + line("2140101", "，主要用于局机关人员工资和日常运转。"))
P("2." + line("2140106", f"，比2024年增加{f(d06)}万元，主要原因是2025年新增农村公路列养里程86公里，日常养护和路面病害处治工程量增加。"))
P("3." + line("2140112", f"，比2024年减少{f(d12)}万元，主要原因是道路运输信息化平台升级改造已于2024年完工，2025年只安排运维经费。"))
P("4." + line("2140199", f"，比2024年增加{f(d99)}万元，主要原因是安排交通运输安全应急保障项目，含更新购置公路应急巡查车1辆。"))
P(f"5.2080505机关事业单位基本养老保险缴费支出{f(GA['2080505'])}万元、2080506机关事业单位职业年金缴费支出{f(GA['2080506'])}万元，"
  f"2101101行政单位医疗{f(GA['2101101'])}万元、2101102事业单位医疗{f(GA['2101102'])}万元，2210201住房公积金{f(GA['2210201'])}万元，均按规定比例和缴费基数测算，随工资基数调整略有增加。")
P("六、一般公共预算基本支出情况", H2)
P(f"2025年本部门一般公共预算基本支出{f(GTJB)}万元，其中：人员经费{f(PERS)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保险缴费、住房公积金、生活补助等；"
  f"公用经费{f(PUB)}万元，主要包括办公费、水电费、取暖费、差旅费、维修（护）费、工会经费、公务用车运行维护费等。")
P("七、一般公共预算“三公”经费预算情况", H2)
P(f"2025年本部门一般公共预算“三公”经费预算{f(S25)}万元，比2024年预算{f(S24)}万元增加{f(S25 - S24)}万元。其中：因公出国（境）费0.00万元，与上年持平；"
  f"公务用车购置费{f(SANGONG['购置'][1])}万元，比上年增加{f(SANGONG['购置'][1])}万元，主要原因是1辆公路应急巡查车已超过使用年限并报废，按规定更新购置1辆；"
  f"公务用车运行维护费{f(SANGONG['运行'][1])}万元，比上年减少{f(SANGONG['运行'][0] - SANGONG['运行'][1])}万元；"
  f"公务接待费{f(SANGONG['接待'][1])}万元，比上年减少{f(SANGONG['接待'][0] - SANGONG['接待'][1])}万元，主要原因是严格执行公务接待标准，压减接待批次。"
  f"2025年本部门公务用车保有量{VEHICLES['保有']}辆（局机关{VEHICLES['局机关']}辆、公路管理所{VEHICLES['公路管理所']}辆、道路运输服务中心{VEHICLES['运输服务中心']}辆），"
  f"计划购置公务用车{VEHICLES['购置']}辆；计划国内公务接待{RECEPTION['批次']}批次、{RECEPTION['人次']}人次。")
P("八、政府性基金预算支出情况", H2)
P(f"2025年本部门政府性基金预算支出{f(FUNDTOT)}万元，全部为车辆通行费安排的支出，用于政府还贷公路养护（科目2146202），比2024年持平。")
P("九、国有资本经营预算支出情况", H2)
P("本部门2025年无国有资本经营预算拨款安排的支出。")
P("十、机关运行经费安排情况", H2)
P(f"2025年局机关机关运行经费预算{f(JGYX[1])}万元，比2024年预算{f(JGYX[0])}万元减少{f(JGYX[0] - JGYX[1])}万元，下降{pct(JGYX[0] - JGYX[1], JGYX[0])}。"
  "主要原因是落实过紧日子要求，压减一般性支出。公路管理所、道路运输服务中心为事业单位，不统计机关运行经费。")
P("十一、政府采购预算情况", H2)
P(f"2025年本部门政府采购预算总额{f(sum(PROCURE.values()))}万元，其中：货物类{f(PROCURE['货物'])}万元，工程类{f(PROCURE['工程'])}万元，服务类{f(PROCURE['服务'])}万元。")
P("十二、国有资产占用情况", H2)
P(f"截至2024年12月31日，本部门共有车辆{VEHICLES['保有']}辆，其中：一般公务用车2辆，执法执勤用车4辆，特种专业技术用车3辆；"
  "单价50万元以上通用设备2台（套），单价100万元以上专用设备1台（套）（沥青路面综合养护车）。2025年部门预算安排购置车辆1辆（更新）。")
P("十三、预算绩效目标情况", H2)
P(f"2025年本部门实行绩效目标管理的项目{len(PROJECTS)}个，涉及项目支出预算{f(TXM)}万元，全部设定了绩效目标。"
  f"其中农村公路养护工程、交通运输安全应急保障、道路运输信息化运维3个重点项目的绩效目标（涉及资金{f(sum(p[3] for p in PROJECTS[:3]))}万元）见表10。")
story.append(PageBreak())
P("第三部分 名词解释", H1)
for t in ["1.一般公共预算拨款收入：指县级财政当年拨付的一般公共预算资金。",
          "2.政府性基金预算拨款收入：指县级财政当年拨付的政府性基金预算资金，本部门为车辆通行费收入安排的资金。",
          "3.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
          "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "7.机关运行经费：指行政单位使用一般公共预算安排的基本支出中的公用经费支出。",
          "8.公路养护（2140106）：反映公路养护方面的支出。"]:
    P(t)
story.append(PageBreak())
# ---------- tables
TS = TableStyle([("FONTNAME", (0, 0), (-1, -1), "ZH"), ("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEADING", (0, 0), (-1, -1), 10)])
def head(title):
    story.append(Paragraph(title, TT)); story.append(Table([[Paragraph(f"部门：{DEPT}", DEP), Paragraph("单位：万元", UNIT)]], colWidths=[120 * mm, 60 * mm]))
def tab(rows, widths, nhead=1, extra=()):
    rows = [[Paragraph(c, CELL) if isinstance(c, str) and len(c) > 14 else c for c in r] for r in rows]
    t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=nhead)
    st = TableStyle(list(TS.getCommands()) + [("ALIGN", (0, nhead), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, nhead - 1), "CENTER")] + list(extra))
    t.setStyle(st); story.append(t)
z = lambda a: f(a) if a else ""
# 表1
head("表1 部门收支总表")
inc_rows = [("一、一般公共预算拨款收入", g), ("二、政府性基金预算拨款收入", fd), ("三、国有资本经营预算拨款收入", 0), ("四、事业收入", sy), ("五、其他收入", qt)]
exp_rows = [("一、社会保障和就业支出", AA["208"]), ("二、卫生健康支出", AA["210"]), ("三、交通运输支出", AA["214"]), ("四、住房保障支出", AA["221"]), ("", None)]
rows = [["收入", "", "支出", ""], ["项目", "2025年预算数", "项目", "2025年预算数"]]
for (a, x), (b, y) in zip(inc_rows, exp_rows): rows.append([a, f(x), b, f(y) if y is not None else ""])
rows += [["本年收入合计", f(TOT), "本年支出合计", f(TOT)], ["上年结转", "0.00", "结转下年", "0.00"], ["收入总计", f(TOT), "支出总计", f(TOT)]]
tab(rows, [55, 35, 55, 35], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("ALIGN", (0, 2), (0, -1), "LEFT"), ("ALIGN", (2, 2), (2, -1), "LEFT")])
story.append(PageBreak())
# 表2
head("表2 部门收入总表")
rows = [["单位名称", "合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "其他收入"]]
rows.append(["合计", f(TOT), "0.00", f(g), f(fd), "0.00", f(sy), f(qt)])
for u in UNITS:
    v = INCOME[u]; rows.append([u, f(sum(v)), "0.00", f(v[0]), f(v[1]), f(v[2]), f(v[3]), f(v[4])])
tab(rows, [42, 20, 16, 22, 22, 22, 17, 17], 1, [("ALIGN", (0, 1), (0, -1), "LEFT")])
story.append(PageBreak())
# 表3 (split over two pages, header repeated)
def coderow(c, cols):
    lv = len(c)
    cells = [c[:3], c[3:5] if lv >= 5 else "", c[5:7] if lv == 7 else ""]
    name = NAMES[c] if lv == 7 else ("  " + NAMES[c] if lv == 5 else NAMES[c])
    return cells + [name] + cols
h3 = [["功能分类科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"], ["类", "款", "项", "", "", "", ""]]
sp3 = [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1)),
       ("ALIGN", (0, 2), (3, -1), "LEFT")]
body3 = [["", "", "", "合计", f(TOT), f(TJB), f(TXM)]] + [coderow(c, [f(AA.get(c, 0)), f(JB.get(c, 0)), f(XM.get(c, 0))]) for c in ORDER]
head("表3 部门支出总表")
tab(h3 + body3[:12], [12, 10, 10, 62, 28, 28, 28], 2, sp3)
story.append(Paragraph("（续下页）", UNIT)); story.append(PageBreak())
head("表3 部门支出总表（续）")
tab(h3 + body3[12:], [12, 10, 10, 62, 28, 28, 28], 2, sp3)
story.append(PageBreak())
# 表4
head("表4 财政拨款收支总表")
rows = [["收入", "", "支出", "", "", ""], ["项目", "2025年预算数", "项目", "合计", "一般公共预算", "政府性基金预算"]]
left = [("一、一般公共预算拨款", f(g)), ("二、政府性基金预算拨款", f(fd)), ("三、国有资本经营预算拨款", "0.00"), ("", "")]
right = [("一、社会保障和就业支出", "208"), ("二、卫生健康支出", "210"), ("三、交通运输支出", "214"), ("四、住房保障支出", "221")]
FA = agg(lambda u, c, k, fd_: fd_ == "F")
for (a, x), (b, c) in zip(left, right): rows.append([a, x, b, f(GA.get(c, 0) + FA.get(c, 0)), f(GA.get(c, 0)), z(FA.get(c, 0))])
rows += [["本年收入合计", f(g + fd), "本年支出合计", f(g + fd), f(g), f(fd)], ["上年结转", "0.00", "结转下年", "0.00", "", ""], ["收入总计", f(g + fd), "支出总计", f(g + fd), f(g), f(fd)]]
tab(rows, [42, 22, 42, 24, 25, 25], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (5, 0)), ("ALIGN", (0, 2), (0, -1), "LEFT"), ("ALIGN", (2, 2), (2, -1), "LEFT")])
story.append(PageBreak())
# 表5
head("表5 一般公共预算支出表")
h5 = [["功能分类科目编码", "", "", "科目名称", "2024年预算数", "2025年预算数", "", "", "增减额", "增减率"],
      ["类", "款", "项", "", "", "小计", "基本支出", "项目支出", "", ""]]
sp5 = [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (7, 0)), ("SPAN", (8, 0), (8, 1)),
       ("SPAN", (9, 0), (9, 1)), ("ALIGN", (0, 2), (3, -1), "LEFT")]
rows = [["", "", "", "合计", f(PTOT), f(GTOT), f(GTJB), f(GTXM), f(GTOT - PTOT), pct(GTOT - PTOT, PTOT)]]
for c in ORDER:
    if c not in GA or GA[c] == 0: continue
    p, n = PR.get(c, 0), GA[c]
    rows.append(coderow(c, [f(p), f(n), f(GJB.get(c, 0)), f(GXM.get(c, 0)), f(n - p), pct(n - p, p)]))
tab(h5 + rows, [9, 8, 8, 47, 19, 19, 18, 18, 17, 15], 2, sp5)
story.append(PageBreak())
# 表6
head("表6 一般公共预算基本支出表")
rows = [["经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["", "合计", f(GTJB), f(PERS), f(PUB)]]
for c, n, a in ECON:
    if a is None:
        sub = sum(x for cc, nn, x in ECON if x and cc[:3] == c)
        rows.append([c, n, f(sub), f(sub) if c != "302" else "", f(sub) if c == "302" else ""])
    else:
        rows.append([c, "  " + n, f(a), f(a) if c[:3] != "302" else "", f(a) if c[:3] == "302" else ""])
tab(rows, [28, 62, 30, 30, 30], 1, [("ALIGN", (0, 1), (1, -1), "LEFT")])
story.append(PageBreak())
# 表7
head("表7 一般公共预算“三公”经费支出表")
rows = [["项目", "2024年预算数", "2025年预算数", "增减额"]]
def r7(name, a, b): rows.append([name, f(a), f(b), f(b - a)])
r7("合计", S24, S25); r7("1.因公出国（境）费", *SANGONG["出国"])
r7("2.公务用车购置及运行维护费", SANGONG["购置"][0] + SANGONG["运行"][0], SANGONG["购置"][1] + SANGONG["运行"][1])
r7("  （1）公务用车购置费", *SANGONG["购置"]); r7("  （2）公务用车运行维护费", *SANGONG["运行"]); r7("3.公务接待费", *SANGONG["接待"])
rows += [["公务用车保有量（辆）", "9", str(VEHICLES["保有"]), "0"], ["公务用车购置数（辆）", "0", str(VEHICLES["购置"]), "1"],
         ["国内公务接待批次（批次）", "52", str(RECEPTION["批次"]), "-7"], ["国内公务接待人次（人次）", "430", str(RECEPTION["人次"]), "-50"]]
tab(rows, [70, 35, 35, 35], 1, [("ALIGN", (0, 1), (0, -1), "LEFT")])
story.append(PageBreak())
# 表8
head("表8 政府性基金预算支出表")
rows = h3 + [["", "", "", "合计", f(FUNDTOT), "0.00", f(FUNDTOT)]] + [coderow(c, [f(FA[c]), "0.00", f(FA[c])]) for c in ("214", "21462", "2146202")]
tab(rows, [12, 10, 10, 62, 28, 28, 28], 2, sp3)
story.append(PageBreak())
# 表9
head("表9 国有资本经营预算支出表")
rows = h3 + [["", "", "", "合计", "", "", ""], ["", "", "", "", "", "", ""]]
tab(rows, [12, 10, 10, 62, 28, 28, 28], 2, sp3)
story.append(Paragraph("注：本部门2025年无国有资本经营预算拨款安排的支出，本表为空表。", DEP))
story.append(PageBreak())
# 表10
head("表10 项目支出绩效目标表")
KPI = {
 "农村公路养护工程": ("对全县农村公路实施日常养护和路面病害处治，保持路况稳定，保障农村群众安全便捷出行。",
   [("产出指标", "数量指标", "农村公路列养里程", "≥1286公里"), ("产出指标", "数量指标", "路面病害修补面积", "≥42000平方米"),
    ("产出指标", "质量指标", "优良中等路比例", "≥80%"), ("产出指标", "时效指标", "病害处置及时率", "≥95%"),
    ("产出指标", "成本指标", "项目总成本", "≤966.18万元"), ("效益指标", "社会效益指标", "农村公路安全畅通率", "≥98%"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]),
 "交通运输安全应急保障": ("开展交通运输安全隐患排查和应急演练，更新公路应急巡查车辆，提升突发事件应急处置能力。",
   [("产出指标", "数量指标", "安全隐患排查点位", "≥120处"), ("产出指标", "数量指标", "应急演练次数", "≥4次"),
    ("产出指标", "数量指标", "更新应急巡查车辆", "1辆"), ("产出指标", "时效指标", "应急响应到达现场时间", "≤2小时"),
    ("效益指标", "社会效益指标", "较大及以上交通运输安全事故", "0起"), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
 "道路运输信息化运维": ("保障道路运输管理信息系统稳定运行，实现重点营运车辆动态监控全覆盖。",
   [("产出指标", "数量指标", "运维信息系统数量", "6个"), ("产出指标", "数量指标", "重点营运车辆动态监控数量", "≥860辆"),
    ("产出指标", "质量指标", "系统正常运行率", "≥99%"), ("效益指标", "社会效益指标", "道路运输业务网上办理率", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "经营业户满意度", "≥90%")])}
for name, ui, code, amt in PROJECTS[:3]:
    goal, kp = KPI[name]
    rows = [["项目名称", name, "实施单位", UNITS[ui]], ["预算金额", f(amt), "支出功能科目", f"{code}{NAMES[code]}"],
            ["年度目标", Paragraph(goal, CELL), "", ""], ["一级指标", "二级指标", "三级指标", "指标值"]]
    rows += [list(k) for k in kp]
    t = Table(rows, colWidths=[30 * mm, 40 * mm, 60 * mm, 45 * mm])
    t.setStyle(TableStyle(list(TS.getCommands()) + [("SPAN", (1, 2), (3, 2)), ("ALIGN", (0, 0), (-1, -1), "LEFT")]))
    story.append(t); story.append(Spacer(1, 5 * mm))
def footer(c, d):
    c.saveState(); c.setFont("ZH", 9); c.drawCentredString(A4[0] / 2, 10 * mm, f"- {d.page} -"); c.restoreState()
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                        title="鹤川县交通运输局2025年部门预算", author="鹤川县交通运输局", subject="部门预算公开", creator="鹤川县交通运输局")
doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=footer)
print("written", OUT)
