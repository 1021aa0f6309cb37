"""Build docs/E-tuanyang-nyncj-2024-bmjs.pdf (invented 湍阳县农业农村局 2024年度部门决算): portrait prose, landscape tables."""
import os
from decimal import Decimal
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak, NextPageTemplate)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-tuanyang-nyncj-2024-bmjs.pdf")
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
B = ParagraphStyle("b", fontName="ZH", fontSize=10.5, leading=17, firstLineIndent=21)
H1 = ParagraphStyle("h1", fontName="ZH", fontSize=15, leading=24, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="ZH", fontSize=11.5, leading=19, spaceBefore=5, spaceAfter=2)
TT = ParagraphStyle("tt", fontName="ZH", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=2)
UNIT = ParagraphStyle("u", fontName="ZH", fontSize=9, leading=12, alignment=TA_RIGHT)
DEP = ParagraphStyle("d", fontName="ZH", fontSize=9, leading=12)
CELL = ParagraphStyle("c", fontName="ZH", fontSize=8, leading=10)
COVER = ParagraphStyle("cv", fontName="ZH", fontSize=26, leading=40, alignment=TA_CENTER)
COVER2 = ParagraphStyle("cv2", fontName="ZH", fontSize=14, leading=22, alignment=TA_CENTER)
f = lambda a: fmt(a, comma=False)      # prose: no thousands separator
t = lambda a: fmt(a)                   # tables: thousands separator
T = check(); D = by_code(); GB = gbudget_by_code(); UR = unit_rows()
R_JB, R_XM, R_G_JB, R_G_XM, R_F = roll(D, "jb"), roll(D, "xm"), roll(D, "g_jb"), roll(D, "g_xm"), roll(D, "f")
def gb_roll(i):
    out = {}
    for c, v in GB.items():
        for k in (c[:3], c[:5], c): out[k] = out.get(k, 0) + v[i]
    return out
GB0, GB1, GB2 = gb_roll(0), gb_roll(1), gb_roll(2)
P = {p[0]: p for p in PROJECTS}
story = []
def para(x, s=B): story.append(Paragraph(x, s))
# ---- cover + contents (portrait)
story += [Spacer(1, 60 * mm), Paragraph(DEPT, COVER), Spacer(1, 8 * mm), Paragraph("2024年度部门决算", COVER), Spacer(1, 70 * mm),
          Paragraph("二〇二五年八月", COVER2), PageBreak()]
para("目  录", H1)
for x in ["第一部分 部门概况", "　一、部门职责", "　二、机构设置", "　三、人员情况", "第二部分 2024年度部门决算情况说明",
          "　一、收入支出决算总体情况说明", "　二、收入决算情况说明", "　三、支出决算情况说明", "　四、财政拨款收入支出决算总体情况说明",
          "　五、一般公共预算财政拨款支出决算情况说明", "　六、一般公共预算财政拨款基本支出决算情况说明",
          "　七、财政拨款“三公”经费支出决算情况说明", "　八、政府性基金预算财政拨款收入支出决算情况说明", "　九、机关运行经费支出情况说明",
          "　十、政府采购支出情况说明", "　十一、国有资产占用情况说明", "　十二、预算绩效情况说明", "第三部分 名词解释", "第四部分 2024年度部门决算表"]:
    para(x, ParagraphStyle("toc", fontName="ZH", fontSize=10.5, leading=18))
story.append(PageBreak())
para("第一部分 部门概况", H1)
para("一、部门职责", H2)
para("湍阳县农业农村局是县人民政府工作部门，主要职责是：贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展战略、中长期规划；"
     "负责种植业、畜牧业、渔业等农业各产业的监督管理；负责农田建设和耕地质量管理；负责农产品质量安全监督管理；负责农业防灾减灾、农作物重大病虫害防治和动物疫病防控工作；"
     "负责农业技术推广和农业科技体系建设；牵头组织巩固拓展脱贫攻坚成果同乡村振兴有效衔接相关产业发展工作；完成县委、县政府交办的其他任务。")
para("二、机构设置", H2)
para("纳入本部门2024年度部门决算编制范围的单位共3个，分别是：湍阳县农业农村局机关（行政单位，内设办公室、农村经济股、种植业管理股、畜牧水产股、农田建设股、法规股6个股室）、"
     "湍阳县农业技术推广中心（公益一类事业单位）、湍阳县动物疫病预防控制中心（公益一类事业单位）。")
para("三、人员情况", H2)
s0, s1, s2 = STAFF[U0], STAFF[U1], STAFF[U2]
para(f"截至2024年末，本部门核定编制{s0[1] + s1[1] + s2[1]}人，其中局机关行政编制{s0[1]}人，农业技术推广中心事业编制{s1[1]}人，动物疫病预防控制中心事业编制{s2[1]}人；"
     f"实有在职人员{s0[2] + s1[2] + s2[2]}人，其中局机关{s0[2]}人，农业技术推广中心{s1[2]}人，动物疫病预防控制中心{s2[2]}人；离退休人员{RETIRED}人（均为退休人员）。")
story.append(PageBreak())
para("第二部分 2024年度部门决算情况说明", H1)
para("一、收入支出决算总体情况说明", H2)
d = T["total"] - PRIOR_TOTAL
para(f"2024年度收入、支出总计均为{f(T['total'])}万元。与2023年度{f(PRIOR_TOTAL)}万元相比，收、支总计各增加{f(d)}万元，增长{pct(d, PRIOR_TOTAL)}。"
     "主要原因是上级下达巩固拓展脱贫攻坚成果衔接乡村振兴补助资金增加，以及年中追加高标准农田建设后续管护资金。")
para("二、收入决算情况说明", H2)
para(f"2024年度收入合计{f(T['inc'])}万元，其中：财政拨款收入{f(T['g_inc'] + T['f'])}万元，占{pct(T['g_inc'] + T['f'], T['inc'])}"
     f"（一般公共预算财政拨款收入{f(T['g_inc'])}万元，政府性基金预算财政拨款收入{f(T['f'])}万元）；事业收入{f(T['sy'])}万元，占{pct(T['sy'], T['inc'])}；"
     f"经营收入0.00万元；其他收入{f(T['qt'])}万元，占{pct(T['qt'], T['inc'])}。另有年初结转和结余{f(T['g_open'])}万元。"
     "事业收入为农业技术推广中心技术服务收入和动物疫病预防控制中心检测服务收入。")
para("三、支出决算情况说明", H2)
para(f"2024年度支出合计{f(T['exp'])}万元，其中：基本支出{f(T['jb'])}万元，占{pct(T['jb'], T['exp'])}；项目支出{f(T['xm'])}万元，占{pct(T['xm'], T['exp'])}；"
     f"经营支出0.00万元。年末结转和结余{f(T['g_close'])}万元。")
para("四、财政拨款收入支出决算总体情况说明", H2)
gx = T["g_exp"] + T["f"]
para(f"2024年度财政拨款收入{f(T['g_inc'] + T['f'])}万元，年初财政拨款结转和结余{f(T['g_open'])}万元；财政拨款支出{f(gx)}万元，年末财政拨款结转和结余{f(T['g_close'])}万元。"
     f"财政拨款收支总计各{f(T['g_inc'] + T['f'] + T['g_open'])}万元。")
para("五、一般公共预算财政拨款支出决算情况说明", H2)
dg = T["g_exp"] - PRIOR_GEXP
para(f"（一）总体情况。2024年度一般公共预算财政拨款支出年初预算为{f(T['g_init'])}万元，调整预算为{f(T['g_adj'])}万元，支出决算为{f(T['g_exp'])}万元，"
     f"完成调整预算的{pct(T['g_exp'], T['g_adj'])}。与2023年度决算{f(PRIOR_GEXP)}万元相比，增加{f(dg)}万元，增长{pct(dg, PRIOR_GEXP)}。"
     f"调整预算比年初预算增加{f(T['g_adj'] - T['g_init'])}万元，主要是年中上级下达衔接推进乡村振兴补助资金和县级追加高标准农田建设后续管护资金；"
     f"决算数小于调整预算数{f(T['g_close'])}万元，为部分项目尚未完工验收、资金结转下年使用。")
para(f"（二）结构情况。社会保障和就业支出{f(GB2['208'])}万元，占{pct(GB2['208'], T['g_exp'])}；卫生健康支出{f(GB2['210'])}万元，占{pct(GB2['210'], T['g_exp'])}；"
     f"农林水支出{f(GB2['213'])}万元，占{pct(GB2['213'], T['g_exp'])}；住房保障支出{f(GB2['221'])}万元，占{pct(GB2['221'], T['g_exp'])}。")
para("（三）具体情况。")
def item(n, code, why):
    a, b, x = GB[code]
    para(f"{n}.{NAMES[code]}（项）{code}。年初预算{f(a)}万元，调整预算{f(b)}万元，支出决算{f(x)}万元，完成调整预算的{pct(x, b)}。{why}")
item(1, "2130101", "调整预算大于年初预算的主要原因是年中调整工资标准及补发绩效工资。")
item(2, "2130104", "调整预算大于年初预算的主要原因是两个事业单位调整工资标准。")
item(3, "2130153", f"调整预算比年初预算增加{f(GB['2130153'][1] - GB['2130153'][0])}万元，为县级追加高标准农田建设后续管护资金；"
     f"决算数小于调整预算数的主要原因是2个片区管护工程尚未验收，{f(GB['2130153'][1] - GB['2130153'][2])}万元结转下年使用。")
item(4, "2130122", f"调整预算大于年初预算，主要是使用上年结转资金{f(T['g_open'])}万元兑付特色产业发展奖补。")
item(5, "2130505", f"年初未安排预算，年中上级下达衔接推进乡村振兴补助资金{f(GB['2130505'][1])}万元；决算数小于调整预算数的主要原因是1个联农带农产业项目尚未完工，"
     f"{f(GB['2130505'][1] - GB['2130505'][2])}万元结转下年使用。")
item(6, "2130108", f"包括农作物重大病虫害统防统治{f(P['P5'][6])}万元和重大动物疫病强制免疫{f(P['P6'][6])}万元；决算数小于调整预算数的主要原因是部分疫苗款待次年结算。")
item(7, "2130109", "调整预算小于年初预算的主要原因是例行监测批次由上级统一组织，县级经费相应调减。")
item(8, "2130106", "主要用于基层农技推广体系改革与建设补助项目。")
item(9, "2130199", "调整预算小于年初预算的主要原因是宣传培训活动压减。")
para("六、一般公共预算财政拨款基本支出决算情况说明", H2)
para(f"2024年度一般公共预算财政拨款基本支出{f(T['g_jb'])}万元，其中：人员经费{f(T['pers'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
     f"职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、生活补助等；公用经费{f(T['pub'])}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、"
     "培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。")
para("七、财政拨款“三公”经费支出决算情况说明", H2)
sy, sj = T["sg_ys"], T["sg_js"]
yx, jd = SANGONG["运行"], SANGONG["接待"]
para(f"1.“三公”经费总体情况。2024年度“三公”经费财政拨款支出预算为{f(sy)}万元，支出决算为{f(sj)}万元，完成预算的{pct(sj, sy)}；"
     f"较2023年度决算{f(T['sg_2023'])}万元减少{f(T['sg_2023'] - sj)}万元，下降{pct(T['sg_2023'] - sj, T['sg_2023'])}。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务用车使用和公务接待。")
para(f"2.因公出国（境）费支出决算为0.00万元，本部门2024年度未安排因公出国（境）。")
para(f"3.公务用车购置及运行维护费支出预算为{f(yx[0])}万元，支出决算为{f(PLANTED['prose'])}万元，完成预算的{pct(yx[1], yx[0])}，"
     f"其中：公务用车购置费0.00万元，本年度未购置公务用车；公务用车运行维护费支出决算为{f(PLANTED['prose'])}万元，较2023年度减少{f(SANGONG_2023['运行'] - yx[1])}万元，"
     f"主要用于农业执法、动物防疫和农技指导下乡所需的燃料费、维修费、过路过桥费、保险费等。截至2024年12月31日，本部门公务用车保有量{VEHICLES['保有']}辆"
     f"（局机关{VEHICLES[U0]}辆、农业技术推广中心{VEHICLES[U1]}辆、动物疫病预防控制中心{VEHICLES[U2]}辆）。")
para(f"4.公务接待费支出预算为{f(jd[0])}万元，支出决算为{f(jd[1])}万元，完成预算的{pct(jd[1], jd[0])}，较2023年度减少{f(SANGONG_2023['接待'] - jd[1])}万元。"
     f"国内公务接待{RECEPTION['批次']}批次、{RECEPTION['人次']}人次，主要是接待上级部门农田建设、动物防疫检查指导；无外事接待。")
para("八、政府性基金预算财政拨款收入支出决算情况说明", H2)
para(f"2024年度政府性基金预算财政拨款收入{f(T['f'])}万元，支出{f(T['f'])}万元，全部为国有土地使用权出让收入安排的农村基础设施建设支出（{FUND['code']}），"
     f"用于{FUND['name']}；年初、年末均无结转结余。")
para("九、机关运行经费支出情况说明", H2)
para(f"2024年度局机关（行政单位）机关运行经费支出{f(PUB_BY_UNIT[U0])}万元，为一般公共预算财政拨款基本支出中的公用经费。农业技术推广中心、动物疫病预防控制中心为事业单位，不统计机关运行经费。")
para("十、政府采购支出情况说明", H2)
para(f"2024年度本部门政府采购支出总额{f(T['procure'])}万元，其中：政府采购货物支出{f(PROCURE['货物'])}万元、政府采购工程支出{f(PROCURE['工程'])}万元、"
     f"政府采购服务支出{f(PROCURE['服务'])}万元。授予中小企业合同金额{f(PROCURE_SME)}万元，占政府采购支出总额的{pct(PROCURE_SME, T['procure'])}。")
para("十一、国有资产占用情况说明", H2)
para(f"截至2024年12月31日，本部门共有车辆{VEHICLES['保有']}辆，其中：一般公务用车2辆，执法执勤用车2辆，特种专业技术用车2辆（动物防疫冷链运输车）；"
     "单价50万元以上通用设备0台（套），单价50万元以上专用设备1台（套），为动物疫病预防控制中心全自动核酸提取及荧光定量PCR检测系统。")
para("十二、预算绩效情况说明", H2)
p1 = P["P1"]
para(f"1.项目绩效自评。本部门对2024年度{len(PROJECTS)}个一般公共预算项目全部开展了绩效自评，涉及资金{f(sum(p[5] for p in PROJECTS))}万元（调整预算）。"
     f"其中高标准农田建设后续管护项目全年预算{f(p1[5])}万元，执行{f(p1[6])}万元，执行率{pct(p1[6], p1[5])}，自评得分93.5分，等级为“优”；"
     "项目完成管护面积12.6万亩，工程设施完好率94.2%，受益农户满意度85%，未达到90%的目标值。存在的问题是个别片区管护工程验收滞后、群众宣传不到位，下一步将加快验收进度。自评表见表9。")
para("2.部门整体支出绩效自评。本部门2024年度整体支出绩效自评得分91.2分，等级为“优”。")
story.append(PageBreak())
para("第三部分 名词解释", H1)
for x in ["1.财政拨款收入：指县级财政当年拨付的资金，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
          "2.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
          "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6.“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "7.机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
          "8.农田建设（2130153）：反映用于农田建设、管护方面的支出。"]:
    para(x)
# ---- tables (landscape)
story += [NextPageTemplate("land"), PageBreak()]
TS = [("FONTNAME", (0, 0), (-1, -1), "ZH"), ("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEADING", (0, 0), (-1, -1), 10)]
def head(title, no):
    story.append(Paragraph(title, TT))
    story.append(Table([[Paragraph(f"编制单位：{DEPT}", DEP), Paragraph(f"公开{no}表", UNIT)],
                        [Paragraph("2024年度", DEP), Paragraph("单位：万元", UNIT)]], colWidths=[180 * mm, 85 * mm]))
def tab(rows, widths, nhead=1, extra=(), repeat=True):
    HC = ParagraphStyle("hc", parent=CELL, alignment=TA_CENTER)
    rows = [[Paragraph(c, HC) if isinstance(c, str) and i < nhead and len(c) > 6 else
             Paragraph(c, CELL) if isinstance(c, str) and len(c) > 16 else c for c in r] for i, r in enumerate(rows)]
    tb = Table(rows, colWidths=[w * mm for w in widths], repeatRows=nhead if repeat else 0)
    tb.setStyle(TableStyle(TS + [("ALIGN", (0, nhead), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, nhead - 1), "CENTER")] + list(extra)))
    story.append(tb)
z = lambda a: t(a)
# 表1 收入支出决算总表
head("收入支出决算总表", "01")
inc = [("一、一般公共预算财政拨款收入", T["g_inc"]), ("二、政府性基金预算财政拨款收入", T["f"]), ("三、国有资本经营预算财政拨款收入", 0),
       ("四、上级补助收入", 0), ("五、事业收入", T["sy"]), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", T["qt"])]
exp = [("一、社会保障和就业支出", R_JB.get("208", 0) + R_XM.get("208", 0)), ("二、卫生健康支出", R_JB.get("210", 0) + R_XM.get("210", 0)),
       ("三、城乡社区支出", R_JB.get("212", 0) + R_XM.get("212", 0)), ("四、农林水支出", R_JB.get("213", 0) + R_XM.get("213", 0)),
       ("五、住房保障支出", R_JB.get("221", 0) + R_XM.get("221", 0)), ("", None), ("", None), ("", None)]
rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
for (a, x), (b, y) in zip(inc, exp): rows.append([a, z(x), b, z(y) if y is not None else ""])
rows += [["本年收入合计", z(T["inc"]), "本年支出合计", z(T["exp"])], ["使用非财政拨款结余", "0.00", "结余分配", "0.00"],
         ["年初结转和结余", z(T["g_open"]), "年末结转和结余", z(T["g_close"])], ["总计", z(T["total"]), "总计", z(T["total"])]]
tab(rows, [75, 45, 75, 45], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("ALIGN", (0, 2), (0, -1), "LEFT"), ("ALIGN", (2, 2), (2, -1), "LEFT")])
story.append(PageBreak())
# 表2 收入决算表 by unit
head("收入决算表", "02")
rows = [["单位名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]]
rows.append(["合计", z(T["inc"]), z(T["g_inc"] + T["f"]), "0.00", z(T["sy"]), "0.00", "0.00", z(T["qt"])])
for u in UNITS:
    r = UR[u]; rows.append([u, z(r["tot"]), z(r["cz"]), "0.00", z(r["sy"]), z(r["jy"]), "0.00", z(r["qt"])])
tab(rows, [70, 30, 30, 25, 25, 25, 30, 25], 1, [("ALIGN", (0, 1), (0, -1), "LEFT")])
story.append(PageBreak())
# 表3 支出决算表 (two pages, header NOT repeated)
head("支出决算表", "03")
h3 = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]]
body = [["", "合计", z(T["exp"]), z(T["jb"]), z(T["xm"]), "0.00", "0.00", "0.00"]]
for c in ORDER:
    jb, xm = R_JB.get(c, 0), R_XM.get(c, 0)
    body.append([c, NAMES[c], z(jb + xm), z(jb), z(xm), "", "", ""])
SPLIT = 17
tab(h3 + body[:SPLIT], [28, 72, 30, 28, 28, 25, 22, 30], 1, [("ALIGN", (0, 1), (1, -1), "LEFT")], repeat=False)
story.append(PageBreak())
tab(body[SPLIT:], [28, 72, 30, 28, 28, 25, 22, 30], 0, [("ALIGN", (0, 0), (1, -1), "LEFT")], repeat=False)
story.append(PageBreak())
# 表4 财政拨款收入支出决算总表
head("财政拨款收入支出决算总表", "04")
rows = [["收入", "", "支出", "", "", ""], ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]]
left = [("一、一般公共预算财政拨款", T["g_inc"]), ("二、政府性基金预算财政拨款", T["f"]), ("三、国有资本经营预算财政拨款", 0), ("", None), ("", None)]
right = ["208", "210", "212", "213", "221"]
for (a, x), c in zip(left, right):
    g = GB2.get(c, 0); fd = R_F.get(c, 0)
    rows.append([a, z(x) if x is not None else "", NAMES[c], z(g + fd), z(g), z(fd)])
rows += [["本年收入合计", z(T["g_inc"] + T["f"]), "本年支出合计", z(T["g_exp"] + T["f"]), z(T["g_exp"]), z(T["f"])],
         ["年初财政拨款结转和结余", z(T["g_open"]), "年末财政拨款结转和结余", z(T["g_close"]), z(T["g_close"]), "0.00"],
         ["总计", z(T["g_inc"] + T["f"] + T["g_open"]), "总计", z(T["g_exp"] + T["f"] + T["g_close"]), z(T["g_exp"] + T["g_close"]), z(T["f"])]]
tab(rows, [62, 32, 62, 32, 38, 38], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (5, 0)), ("ALIGN", (0, 2), (0, -1), "LEFT"), ("ALIGN", (2, 2), (2, -1), "LEFT")])
story.append(PageBreak())
# 表5 一般公共预算财政拨款支出决算表
head("一般公共预算财政拨款支出决算表", "05")
rows = [["科目编码", "科目名称", "年初预算", "调整预算", "决算数", "", "", "决算数占调整预算%"], ["", "", "", "", "合计", "基本支出", "项目支出", ""]]
rows.append(["", "合计", z(T["g_init"]), z(T["g_adj"]), z(T["g_exp"]), z(T["g_jb"]), z(T["g_xm"]), pct(T["g_exp"], T["g_adj"])])
for c in ORDER:
    if c not in GB2: continue
    rows.append([c, NAMES[c], z(GB0[c]), z(GB1[c]), z(GB2[c]), z(R_G_JB.get(c, 0)), z(R_G_XM.get(c, 0)), pct(GB2[c], GB1[c])])
tab(rows, [24, 68, 27, 27, 27, 27, 27, 30], 2, [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
                                              ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (7, 1)), ("ALIGN", (0, 2), (1, -1), "LEFT")])
story.append(PageBreak())
# 表6 基本支出 (人员经费 | 公用经费 side by side)
head("一般公共预算财政拨款基本支出决算表", "06")
rows = [["人员经费", "", "", "公用经费", "", ""], ["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"]]
n = max(len(PERS), len(PUB))
for i in range(n):
    a = PERS[i] if i < len(PERS) else ("", "", None); b = PUB[i] if i < len(PUB) else ("", "", None)
    rows.append([a[0], a[1], z(a[2]) if a[2] is not None else "", b[0], b[1], z(b[2]) if b[2] is not None else ""])
rows.append(["", "人员经费合计", z(T["pers"]), "", "公用经费合计", z(T["pub"])])
tab(rows, [30, 62, 30, 30, 62, 30], 2, [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)), ("ALIGN", (0, 2), (1, -1), "LEFT"), ("ALIGN", (3, 2), (4, -1), "LEFT")])
story.append(PageBreak())
# 表7 政府性基金
head("政府性基金预算财政拨款收入支出决算表", "07")
rows = [["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"], ["", "", "", "", "小计", "基本支出", "项目支出", ""]]
rows.append(["", "合计", "0.00", z(T["f"]), z(T["f"]), "0.00", z(T["f"]), "0.00"])
for c in ("212", "21208", "2120804"):
    rows.append([c, NAMES[c], "0.00", z(T["f"]), z(T["f"]), "0.00", z(T["f"]), "0.00"])
tab(rows, [26, 70, 30, 27, 27, 27, 27, 30], 2, [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
                                              ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (7, 1)), ("ALIGN", (0, 2), (1, -1), "LEFT")])
story.append(PageBreak())
# 表8 三公
head("财政拨款“三公”经费支出决算表", "08")
rows = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
        ["", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]]
rows.append([z(T["sg_ys"]), "0.00", z(SANGONG["运行"][0]), "0.00", z(SANGONG["运行"][0]), z(SANGONG["接待"][0]),
             z(T["sg_js"]), "0.00", z(SANGONG["运行"][1]), "0.00", z(SANGONG["运行"][1]), z(SANGONG["接待"][1])])
tab(rows, [20, 22, 24, 22, 24, 20, 20, 22, 24, 22, 24, 20], 3,
    [("SPAN", (0, 0), (5, 0)), ("SPAN", (6, 0), (11, 0)), ("SPAN", (2, 1), (4, 1)), ("SPAN", (8, 1), (10, 1)),
     ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 1), (1, 2)), ("SPAN", (5, 1), (5, 2)), ("SPAN", (6, 1), (6, 2)), ("SPAN", (7, 1), (7, 2)), ("SPAN", (11, 1), (11, 2))])
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(f"注：2024年度国内公务接待{RECEPTION['批次']}批次、{RECEPTION['人次']}人次；公务用车保有量{VEHICLES['保有']}辆，本年购置0辆。", DEP))
story.append(PageBreak())
# 表9 项目支出绩效自评表
head("项目支出绩效自评表", "09")
rows = [["项目名称", p1[1], "", "", "", "", ""],
        ["主管部门", DEPT, "", "实施单位", U0, "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", z(p1[4]), z(p1[5]), z(p1[6]), "10", pct(p1[6], p1[5]), "9.6"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "高标准农田管护面积", "≥12万亩", "12.6万亩", "20", "20"],
        ["产出指标", "质量指标", "工程设施完好率", "≥90%", "94.2%", "15", "15"],
        ["产出指标", "时效指标", "管护工程验收及时率", "100%", "86%", "15", "12"],
        ["效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤", "34公斤", "15", "15"],
        ["效益指标", "可持续影响指标", "管护长效机制建立", "建立", "已建立", "15", "15"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "85%", "10", "6.9"],
        ["总分", "", "", "", "", "100", "93.5"]]
tab(rows, [40, 42, 50, 32, 32, 30, 30], 0, [("SPAN", (1, 0), (6, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (6, 1)), ("SPAN", (0, 11), (4, 11)),
                                           ("ALIGN", (0, 0), (-1, -1), "CENTER")])
def on_page(canv, doc):
    canv.saveState(); canv.setFont("ZH", 8); canv.drawCentredString(doc.pagesize[0] / 2, 8 * mm, f"— {doc.page} —"); canv.restoreState()
class Doc(BaseDocTemplate):
    def handle_pageBegin(self):
        self.pagesize = self.pageTemplate.pagesize; super().handle_pageBegin()
doc = Doc(OUT, pagesize=A4, title=f"{DEPT}2024年度部门决算", author=DEPT)
pw, ph = A4; lw, lh = landscape(A4)
doc.addPageTemplates([PageTemplate("port", [Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 36 * mm)], onPage=on_page, pagesize=A4),
                      PageTemplate("land", [Frame(15 * mm, 15 * mm, lw - 30 * mm, lh - 30 * mm)], onPage=on_page, pagesize=landscape(A4))])
doc.build(story)
print("wrote", OUT)
