"""Build docs/E-lanyuan-yjglj-2024-bmjs.pdf: invented 岚塬市应急管理局 2024年度部门决算, laid out like an Excel workbook printed to PDF
(portrait prose first, then landscape ruled-grid tables in 元; long tables repeat their header; footer 「第 N 页 共 M 页」)."""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak, NextPageTemplate)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-lanyuan-yjglj-2024-bmjs.pdf")
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
B = ParagraphStyle("b", fontName="ZH", fontSize=10.5, leading=18, firstLineIndent=21)
H1 = ParagraphStyle("h1", fontName="ZH", fontSize=16, leading=26, alignment=TA_CENTER, spaceBefore=4, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="ZH", fontSize=11.5, leading=20, spaceBefore=6, spaceAfter=2)
TT = ParagraphStyle("tt", fontName="ZH", fontSize=14, leading=20, alignment=TA_CENTER, spaceAfter=2)
NO = ParagraphStyle("no", fontName="ZH", fontSize=9, leading=12, alignment=TA_RIGHT)
DEP = ParagraphStyle("d", fontName="ZH", fontSize=9, leading=12)
NOTE = ParagraphStyle("n", fontName="ZH", fontSize=9, leading=13)
C = ParagraphStyle("c", fontName="ZH", fontSize=9, leading=11)
CC = ParagraphStyle("cc", parent=C, alignment=TA_CENTER)
CR = ParagraphStyle("cr", parent=C, alignment=TA_RIGHT)
T = check(); PERS, PUB_ = econ()
w = lambda v: wan(v)            # prose: 万元
y = lambda v: fmt(v)            # tables: 元 with thousands separators
story = []
def para(x, s=B): story.append(Paragraph(x, s))

# -------- prose (portrait)
para(f"{DEPT}2024年度部门决算", H1)
para("第一部分 部门概况", H1)
para("一、部门职责", H2)
para("岚塬市应急管理局是市人民政府工作部门，主要职责是：负责全市应急管理工作，指导各县（区）、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作；"
     "负责安全生产综合监督管理和工矿商贸行业安全生产监督管理；组织编制市级总体应急预案和安全生产类、自然灾害类专项预案；统筹全市应急救援力量建设，"
     "负责消防、森林和草原火灾扑救、抗洪抢险、地震和地质灾害救援等专业应急救援力量建设；负责自然灾害综合监测预警和灾情统计发布；完成市委、市政府交办的其他任务。")
para("二、机构设置", H2)
para(f"纳入本部门2024年度部门决算编制范围的单位共3个：{U0}（行政单位，内设办公室、应急指挥科、风险监测和综合减灾科、危险化学品安全监督管理科、"
     f"工贸行业安全监督管理科、政策法规科6个科室）、{U1}（公益一类事业单位）、{U2}（参照公务员法管理的行政执法机构）。")
para("三、人员情况", H2)
s = STAFF
para(f"截至2024年12月31日，本部门编制{sum(v[0] for v in s.values())}人，实有在职人员{sum(v[1] for v in s.values())}人，其中：局机关编制{s[U0][0]}人、实有{s[U0][1]}人；"
     f"应急救援指挥中心编制{s[U1][0]}人、实有{s[U1][1]}人；安全生产执法支队编制{s[U2][0]}人、实有{s[U2][1]}人。离退休人员{RETIRED}人。")
story.append(PageBreak())
para("第二部分 2024年度部门决算情况说明", H1)
para("一、收入支出决算总体情况说明", H2)
d = T["total"] - PRIOR_TOTAL
para(f"2024年度收入、支出总计均为{w(T['total'])}万元。与2023年度相比，收、支总计各增加{w(d)}万元，增长{pct(d, PRIOR_TOTAL)}。"
     "主要原因是：一是实施自然灾害监测预警能力提升项目，使用上年结转资金；二是应急救援指挥中心购置应急指挥车1辆，应急救援物资储备支出增加。")
para("二、收入决算情况说明", H2)
para(f"2024年度本年收入合计{w(T['inc'])}万元，其中：财政拨款收入{w(T['g_inc'])}万元，占{pct(T['g_inc'], T['inc'])}（均为一般公共预算财政拨款）；"
     f"上级补助收入0.00万元；事业收入{w(T['sy'])}万元，占{pct(T['sy'], T['inc'])}；经营收入0.00万元；附属单位上缴收入0.00万元；"
     f"其他收入{w(T['qt'])}万元，占{pct(T['qt'], T['inc'])}。事业收入为应急救援指挥中心承接社会化应急演练、救援培训取得的收入；其他收入为局机关收到的利息及零星收入。")
para("三、支出决算情况说明", H2)
para(f"2024年度本年支出合计{w(T['exp'])}万元，其中：基本支出{w(T['jb'])}万元，占{pct(T['jb'], T['exp'])}；项目支出{w(T['xm'])}万元，占{pct(T['xm'], T['exp'])}；"
     "上缴上级支出0.00万元；经营支出0.00万元；对附属单位补助支出0.00万元。")
para("四、财政拨款收入支出决算总体情况说明", H2)
para(f"2024年度财政拨款收入{w(T['g_inc'])}万元，年初财政拨款结转和结余{w(T['open'])}万元；财政拨款支出{w(T['g_exp'])}万元，"
     f"年末财政拨款结转和结余{w(T['close'])}万元。财政拨款收支总计各{w(T['g_inc'] + T['open'])}万元。")
para("五、一般公共预算财政拨款支出决算情况说明", H2)
dg = T["g_exp"] - PRIOR_G_EXP
para(f"（一）总体情况。2024年度一般公共预算财政拨款支出{w(T['g_exp'])}万元，占本年支出合计的{pct(T['g_exp'], T['exp'])}。"
     f"与2023年度相比，增加{w(dg)}万元，增长{pct(dg, PRIOR_G_EXP)}，主要原因是自然灾害监测预警能力提升项目和应急救援装备购置支出增加。"
     f"年初预算为{w(T['bud0'])}万元，支出决算完成年初预算的{pct(T['g_exp'], T['bud0'])}。")
G = {}
for e in EXP:
    if e[3] == "g": G[e[1]] = G.get(e[1], 0) + e[4]
cls = {}
for c, v in G.items(): cls[c[:3]] = cls.get(c[:3], 0) + v
para(f"（二）结构情况。2024年度一般公共预算财政拨款支出主要用于：灾害防治及应急管理支出{w(cls['224'])}万元，占{pct(cls['224'], T['g_exp'])}；"
     f"社会保障和就业支出{w(cls['208'])}万元，占{pct(cls['208'], T['g_exp'])}；卫生健康支出{w(cls['210'])}万元，占{pct(cls['210'], T['g_exp'])}；"
     f"住房保障支出{w(cls['221'])}万元，占{pct(cls['221'], T['g_exp'])}。")
REASON = {
 "2240101": "主要原因是执法支队人员调入，人员支出增加。", "2240102": "主要原因是年中追加全市安全生产大排查大整治专项经费。",
 "2240104": "主要原因是使用上年结转资金60.00万元实施自然灾害监测预警能力提升项目。",
 "2240106": "主要原因是部分危险化学品安全风险监测设备采购尚未完成验收，资金结转下年。",
 "2240108": "主要原因是年中追加应急指挥车购置及防汛抢险物资储备经费。", "2240150": "主要原因是指挥中心人员减少，人员支出相应减少。",
 "2080505": "主要原因是缴费基数调整。", "2080506": "主要原因是缴费基数调整。", "2101101": "主要原因是缴费基数调整。",
 "2101102": "主要原因是缴费基数调整。", "2210201": "主要原因是缴存基数调整。"}
ORDER = ["2240101", "2240102", "2240104", "2240106", "2240108", "2240150", "2080505", "2080506", "2101101", "2101102", "2210201"]
para("（三）具体使用情况。")
for i, c in enumerate(ORDER, 1):
    a, b0 = G[c], BUDGET0[c]
    more = "决算数大于年初预算数" if a > b0 else "决算数小于年初预算数"
    para(f"{i}.{NAMES[c[:3]]}（类）{NAMES[c[:5]]}（款）{NAMES[c]}（项）：年初预算为{w(b0)}万元，支出决算为{w(a)}万元，完成年初预算的{pct(a, b0)}，{more}，{REASON[c]}")
para("六、一般公共预算财政拨款基本支出决算情况说明", H2)
para(f"2024年度一般公共预算财政拨款基本支出{w(T['g_jb'])}万元，其中：人员经费{w(T['pers'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
     "机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、生活补助、奖励金等；"
     f"公用经费{w(T['pub'])}万元，主要包括办公费、水费、电费、邮电费、取暖费、差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、"
     "公务用车运行维护费、其他交通费用等。")
para("七、财政拨款“三公”经费支出决算情况说明", H2)
A, Bu, P = SG_ACT, SG_BUD, SG_PRIOR
yx_prose = "125,368.40"   # PLANTED: table 152,368.40
para(f"（一）总体情况。2024年度“三公”经费财政拨款支出预算为{y(T['sg_bud'])}元，支出决算为{y(T['sg_act'])}元，完成预算的{pct(T['sg_act'], T['sg_bud'])}。"
     f"与2023年度决算{y(T['sg_prior'])}元相比，增加{y(T['sg_act'] - T['sg_prior'])}元，增长{pct(T['sg_act'] - T['sg_prior'], T['sg_prior'])}，"
     "主要原因是2024年按规定更新购置应急指挥车1辆，2023年无公务用车购置支出。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务接待和车辆运行支出。")
para("（二）因公出国（境）费。2024年度因公出国（境）费支出预算为0.00元，支出决算为0.00元，全年因公出国（境）团组0个，累计0人次。")
para(f"（三）公务用车购置及运行维护费。2024年度支出预算为{y(Bu['gz'] + Bu['yx'])}元，支出决算为{y(A['gz'] + A['yx'])}元，完成预算的{pct(A['gz'] + A['yx'], Bu['gz'] + Bu['yx'])}。"
     f"其中：公务用车购置费预算{y(Bu['gz'])}元，决算{y(A['gz'])}元，完成预算的{pct(A['gz'], Bu['gz'])}，2024年度购置公务用车{CARS_BOUGHT}辆（应急指挥保障用车），"
     f"较2023年度增加{y(A['gz'] - P['gz'])}元；公务用车运行维护费预算{y(Bu['yx'])}元，决算{yx_prose}元，完成预算的{pct(A['yx'], Bu['yx'])}，"
     f"较2023年度减少{y(P['yx'] - A['yx'])}元，下降{pct(P['yx'] - A['yx'], P['yx'])}，主要原因是加强车辆定点维修和加油管理。"
     f"截至2024年12月31日，本部门公务用车保有量{CARS_END}辆，全部为执法执勤和应急保障用车。")
para(f"（四）公务接待费。2024年度公务接待费支出预算为{y(Bu['jd'])}元，支出决算为{y(A['jd'])}元，完成预算的{pct(A['jd'], Bu['jd'])}，"
     f"较2023年度减少{y(P['jd'] - A['jd'])}元，下降{pct(P['jd'] - A['jd'], P['jd'])}。全年国内公务接待{JD_BATCH}批次、{JD_PERSON}人次，"
     "主要用于上级部门安全生产督导检查和兄弟市县交流学习；无外事接待。")
para("八、政府性基金预算财政拨款收入支出决算情况说明", H2)
para("本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。")
para("九、国有资本经营预算财政拨款支出决算情况说明", H2)
para("本部门2024年度没有国有资本经营预算财政拨款支出。")
para("十、机关运行经费支出情况说明", H2)
dj = T["jyf"] - PRIOR_JYF
para(f"2024年度本部门（局机关和安全生产执法支队）机关运行经费支出{w(T['jyf'])}万元，比2023年度减少{w(-dj)}万元，下降{pct(-dj, PRIOR_JYF)}，"
     "主要原因是压减会议、培训和差旅支出。")
para("十一、政府采购支出情况说明", H2)
para(f"2024年度本部门政府采购支出总额{w(T['proc'])}万元，其中：政府采购货物支出{w(PROC['hw'])}万元、政府采购工程支出{w(PROC['gc'])}万元、"
     f"政府采购服务支出{w(PROC['fw'])}万元。授予中小企业合同金额{w(PROC_SME)}万元，占政府采购支出总额的{pct(PROC_SME, T['proc'])}。")
para("十二、国有资产占用情况说明", H2)
para(f"截至2024年12月31日，本部门共有车辆{CARS_ASSET}辆，其中应急保障用车4辆、执法执勤用车5辆；单价50万元（含）以上通用设备0台（套），"
     f"单价100万元（含）以上专用设备0台（套）；单价50万元（含）以上专用设备{EQUIP_50W}台（套），为应急通信指挥车载卫星设备、无人机侦测系统和大流量排水设备。")
para("十三、预算绩效情况说明", H2)
para(f"2024年度本部门对{PERF['name']}开展了绩效自评。该项目年初预算{w(PERF['y0'])}万元，全年预算{w(PERF['yall'])}万元，"
     f"全年执行{w(PERF['act'])}万元，预算执行率{pct(PERF['act'], PERF['yall'])}，自评得分{PERF['score']}分，评价等级为“优”。"
     "存在的问题：部分监测站点建设进度滞后，监测数据共享部门数未达目标。下一步将加快项目验收，推动监测数据跨部门共享。")
para("第三部分 名词解释", H1)
para("1.财政拨款收入：指本级财政当年拨付的资金。2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
     "4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。5.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"
     "6.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项公用经费。")
story += [NextPageTemplate("land"), PageBreak()]

# -------- tables (landscape)
GRID = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), "ZH"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
def P_(x, st=C): return Paragraph(str(x), st)
def head(title, no):
    story.append(P_(no, NO)); story.append(P_(title, TT))
    story.append(Table([[P_("部门：" + DEPT, DEP), P_("金额单位：元", NO)]], colWidths=[130 * mm, 130 * mm],
                       style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
def table(rows, widths, nhead, extra=()):
    data = [[c if isinstance(c, Paragraph) else P_(c, CR if (isinstance(c, str) and c[:1].isdigit() and "," in c or c in ("0.00",)) else C) for c in r] for r in rows]
    story.append(Table(data, colWidths=[x * mm for x in widths], repeatRows=nhead, style=GRID + list(extra)))
def amt(v): return y(v)
def fin(note=None):
    if note: story.append(P_(note, NOTE))
    story.append(PageBreak())
Z = "0.00"
# 表1 收入支出决算总表
head("收入支出决算总表", "公开01表")
EXP_CLS = {c: sum(e[4] for e in EXP if e[1][:3] == c) for c in ("208", "210", "221", "224")}
L = [("一、一般公共预算财政拨款收入", amt(T["g_inc"])), ("二、政府性基金预算财政拨款收入", Z), ("三、国有资本经营预算财政拨款收入", Z),
     ("四、上级补助收入", Z), ("五、事业收入", amt(T["sy"])), ("六、经营收入", Z), ("七、附属单位上缴收入", Z), ("八、其他收入", amt(T["qt"]))]
R = [("一、一般公共服务支出", Z), ("二、公共安全支出", Z), ("三、社会保障和就业支出", amt(EXP_CLS["208"])), ("四、卫生健康支出", amt(EXP_CLS["210"])),
     ("五、住房保障支出", amt(EXP_CLS["221"])), ("六、灾害防治及应急管理支出", amt(EXP_CLS["224"])), ("", ""), ("", "")]
rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
rows += [[a, b, c, d_] for (a, b), (c, d_) in zip(L, R)]
rows += [["本年收入合计", amt(T["inc"]), "本年支出合计", amt(T["exp"])], ["使用非财政拨款结余", Z, "结余分配", Z],
         ["年初结转和结余", amt(T["open"]), "年末结转和结余", amt(T["close"])], ["总计", amt(T["total"]), "总计", amt(T["total"])]]
table(rows, [85, 45, 85, 45], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("ALIGN", (0, 0), (-1, 1), "CENTER")])
fin("注：本表反映部门本年度的总收支和年末结转结余情况。")
# 表2 收入决算表 (分单位)
head("收入决算表", "公开02表")
rows = [["单位名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]]
def urow_inc(name, u=None):
    us = UNITS if u is None else [u]
    g = sum(T["g_inc_u"][x] for x in us); sy = sum(INC_SY[x] for x in us); qt = sum(INC_QT[x] for x in us)
    return [name, amt(g + sy + qt), amt(g), Z, amt(sy), Z, Z, amt(qt)]
rows.append(urow_inc("合计"))
for u in UNITS: rows.append(urow_inc(u, u))
table(rows, [52, 32, 32, 26, 28, 24, 30, 26], 1)
fin("注：本表反映部门本年度取得的各项收入情况，按单位分列。")
# 表3 支出决算表 (分单位 + 分科目, code in one column)
head("支出决算表", "公开03表")
rows = [["科目编码", "科目名称/单位名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]]
def srow(code, name, **kw):
    return [code, name, amt(sumx(**kw)), amt(sumx(kind="jb", **kw)), amt(sumx(kind="xm", **kw)), Z, Z, Z]
rows.append(["", "合计", amt(T["exp"]), amt(T["jb"]), amt(T["xm"]), Z, Z, Z])
for u in UNITS: rows.append(srow("", u, u=u))
codes = sorted({e[1] for e in EXP})
def sum_prefix(p, kind=None, src=None):
    return sum(e[4] for e in EXP if e[1].startswith(p) and (kind is None or e[2] == kind) and (src is None or e[3] == src))
for k in sorted({c[:3] for c in codes}):
    rows.append([k, NAMES[k], amt(sum_prefix(k)), amt(sum_prefix(k, "jb")), amt(sum_prefix(k, "xm")), Z, Z, Z])
    for kk in sorted({c[:5] for c in codes if c.startswith(k)}):
        rows.append([kk, NAMES[kk], amt(sum_prefix(kk)), amt(sum_prefix(kk, "jb")), amt(sum_prefix(kk, "xm")), Z, Z, Z])
        for c in [c for c in codes if c.startswith(kk)]:
            rows.append([c, NAMES[c], amt(sum_prefix(c)), amt(sum_prefix(c, "jb")), amt(sum_prefix(c, "xm")), Z, Z, Z])
table(rows, [22, 34, 34, 32, 32, 30, 26, 30], 1)
fin("注：本表反映部门本年度各项支出情况，上半部分按单位分列，下半部分按支出功能分类科目分列。")
# 表4 财政拨款收入支出决算总表
head("财政拨款收入支出决算总表", "公开04表")
GC = {c: sum_prefix(c, src="g") for c in ("208", "210", "221", "224")}
rows = [["收入", "", "支出", "", "", "", ""], ["项目", "决算数", "项目", "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]]
rows += [["一、一般公共预算财政拨款", amt(T["g_inc"]), "一、社会保障和就业支出", amt(GC["208"]), amt(GC["208"]), Z, Z],
         ["二、政府性基金预算财政拨款", Z, "二、卫生健康支出", amt(GC["210"]), amt(GC["210"]), Z, Z],
         ["三、国有资本经营预算财政拨款", Z, "三、住房保障支出", amt(GC["221"]), amt(GC["221"]), Z, Z],
         ["", "", "四、灾害防治及应急管理支出", amt(GC["224"]), amt(GC["224"]), Z, Z],
         ["本年收入合计", amt(T["g_inc"]), "本年支出合计", amt(T["g_exp"]), amt(T["g_exp"]), Z, Z],
         ["年初财政拨款结转和结余", amt(T["open"]), "年末财政拨款结转和结余", amt(T["close"]), amt(T["close"]), Z, Z],
         ["总计", amt(T["g_inc"] + T["open"]), "总计", amt(T["g_exp"] + T["close"]), amt(T["g_exp"] + T["close"]), Z, Z]]
table(rows, [50, 32, 50, 32, 32, 33, 33], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (6, 0))])
fin()
# 表5 一般公共预算财政拨款支出决算表 (类/款/项 split)
head("一般公共预算财政拨款支出决算表", "公开05表")
rows = [["科目编码", "", "", "科目名称", "年初预算数", "决算数", "", "", "完成率"], ["类", "款", "项", "", "", "合计", "基本支出", "项目支出", ""]]
rows.append(["", "", "", "合计", amt(T["bud0"]), amt(T["g_exp"]), amt(T["g_jb"]), amt(T["g_xm"]), pct(T["g_exp"], T["bud0"])])
gcodes = sorted(G)
for k in sorted({c[:3] for c in gcodes}):
    b = sum(v for c, v in BUDGET0.items() if c.startswith(k))
    rows.append([k, "", "", NAMES[k], amt(b), amt(sum_prefix(k, src="g")), amt(sum_prefix(k, "jb", "g")), amt(sum_prefix(k, "xm", "g")), pct(sum_prefix(k, src="g"), b)])
    for kk in sorted({c[:5] for c in gcodes if c.startswith(k)}):
        b = sum(v for c, v in BUDGET0.items() if c.startswith(kk))
        rows.append([k, kk[3:], "", NAMES[kk], amt(b), amt(sum_prefix(kk, src="g")), amt(sum_prefix(kk, "jb", "g")), amt(sum_prefix(kk, "xm", "g")), pct(sum_prefix(kk, src="g"), b)])
        for c in [c for c in gcodes if c.startswith(kk)]:
            rows.append([k, kk[3:], c[5:], NAMES[c], amt(BUDGET0[c]), amt(G[c]), amt(sum_prefix(c, "jb", "g")), amt(sum_prefix(c, "xm", "g")), pct(G[c], BUDGET0[c])])
table(rows, [12, 10, 10, 30, 34, 34, 32, 32, 22], 2,
      [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (7, 0)), ("SPAN", (8, 0), (8, 1))])
fin("注：本表反映部门本年度一般公共预算财政拨款实际支出情况。")
# 表6 一般公共预算财政拨款基本支出决算表 (经济分类, 人员/公用 side by side)
head("一般公共预算财政拨款基本支出决算表", "公开06表")
pl = [("301", "工资福利支出", sum(v for c, v in PERS.items() if c.startswith("301")))] + \
     [(c, ECON_NAMES[c], PERS[c]) for c in sorted(PERS) if c.startswith("301")] + \
     [("303", "对个人和家庭的补助", sum(v for c, v in PERS.items() if c.startswith("303")))] + \
     [(c, ECON_NAMES[c], PERS[c]) for c in sorted(PERS) if c.startswith("303")]
gl = [("302", "商品和服务支出", sum(PUB_.values()))] + [(c, ECON_NAMES[c], PUB_[c]) for c in sorted(PUB_)]
n = max(len(pl), len(gl))
rows = [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
for i in range(n):
    a = pl[i] if i < len(pl) else ("", "", None); b = gl[i] if i < len(gl) else ("", "", None)
    rows.append([a[0], a[1], amt(a[2]) if a[2] is not None else "", b[0], b[1], amt(b[2]) if b[2] is not None else ""])
rows.append(["人员经费合计", "", amt(T["pers"]), "公用经费合计", "", amt(T["pub"])])
table(rows, [22, 34, 40, 22, 34, 40], 2, [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)), ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                                           ("SPAN", (3, len(rows) - 1), (4, len(rows) - 1))])
fin("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
# 表7 三公
head("一般公共预算财政拨款“三公”经费支出决算表", "公开07表")
def sg(dct): return [amt(sum(dct.values())), amt(dct["cg"]), amt(dct["gz"] + dct["yx"]), amt(dct["gz"]), amt(dct["yx"]), amt(dct["jd"])]
rows = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
        ["", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]]
rows.append(sg(SG_BUD) + sg(SG_ACT))
sp = [("SPAN", (0, 0), (5, 0)), ("SPAN", (6, 0), (11, 0)), ("SPAN", (2, 1), (4, 1)), ("SPAN", (8, 1), (10, 1))]
for c in (0, 1, 5, 6, 7, 11): sp.append(("SPAN", (c, 1), (c, 2)))
table(rows, [22, 20, 22, 22, 22, 20, 22, 20, 22, 22, 22, 20], 3, sp)
fin(f"注：2024年度因公出国（境）团组0个、0人次；公务用车购置{CARS_BOUGHT}辆，年末公务用车保有量{CARS_END}辆；国内公务接待{JD_BATCH}批次、{JD_PERSON}人次。")
# 表8 政府性基金 (empty)
head("政府性基金预算财政拨款收入支出决算表", "公开08表")
rows = [["项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"],
        ["科目编码", "科目名称", "", "", "小计", "基本支出", "项目支出", ""], ["", "合计", "", "", "", "", "", ""]]
table(rows, [24, 60, 30, 30, 30, 30, 30, 30], 2, [("SPAN", (0, 0), (1, 0)), ("SPAN", (4, 0), (6, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (2, 3, 7)])
fin("注：本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空表。")
# 表9 国有资本经营 (empty)
head("国有资本经营预算财政拨款支出决算表", "公开09表")
rows = [["科目编码", "科目名称", "本年支出", "", ""], ["", "", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]]
table(rows, [30, 80, 50, 50, 50], 2, [("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))])
fin("注：本部门2024年度没有国有资本经营预算财政拨款支出，故本表为空表。")
# 表10 项目支出绩效自评表
head("项目支出绩效自评表", "公开10表")
ex = pct(PERF["act"], PERF["yall"])
rows = [["项目名称", PERF["name"], "", "", "", "", ""],
        ["主管部门", DEPT, "", "实施单位", U0, "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分（分值10）"],
        ["", "年度资金总额", amt(PERF["y0"]), amt(PERF["yall"]), amt(PERF["act"]), ex, "9.47"],
        ["", "其中：当年财政拨款", amt(PERF["y0"]), amt(PERF["y0"]), amt(PERF["act"] - OPEN_G[U0]), "", ""],
        ["", "上年结转资金", "", amt(OPEN_G[U0]), amt(OPEN_G[U0]), "", ""],
        ["年度总体目标", "新建自然灾害监测站点40个，实现36个乡镇（街道）预警信息发布全覆盖，提升灾害监测预警能力。", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建自然灾害监测站点数量", "≥40个", "42个", "10", "10"],
        ["", "数量指标", "预警信息发布覆盖乡镇（街道）数", "=36个", "36个", "10", "10"],
        ["", "质量指标", "监测设备在线率", "≥95%", "93.8%", "10", "9.13"],
        ["", "时效指标", "项目完工时间", "2024年12月底前", "2025年3月", "10", "7"],
        ["", "成本指标", "项目成本控制", "≤408.06万元", "386.52万元", "10", "10"],
        ["效益指标", "社会效益指标", "预警信息公众知晓率", "≥85%", "88.5%", "15", "15"],
        ["", "可持续影响指标", "监测数据共享部门数", "≥6个", "4个", "15", "12"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91.2%", "10", "10"],
        ["总分", "", "", "", "", "100", "92.60"]]
table(rows, [30, 44, 50, 34, 34, 28, 30], 0,
      [("SPAN", (1, 0), (6, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (6, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (0, 5)),
       ("SPAN", (1, 6), (6, 6)), ("SPAN", (0, 8), (0, 12)), ("SPAN", (0, 13), (0, 14)), ("SPAN", (0, 16), (4, 16))])

# -------- page templates + "第 N 页 共 M 页"
class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            wdt, hgt = self._pagesize
            self.setFont("ZH", 9); self.drawCentredString(wdt / 2, 10 * mm, f"第 {self._pageNumber} 页 共 {n} 页")
            super().showPage()
        super().save()
doc = BaseDocTemplate(OUT, pagesize=A4, title=f"{DEPT}2024年度部门决算", author=DEPT, creator="Microsoft Excel", pageCompression=0)
pw, ph = A4; lw, lh = landscape(A4)
doc.addPageTemplates([
    PageTemplate(id="port", frames=[Frame(22 * mm, 20 * mm, pw - 44 * mm, ph - 40 * mm)], pagesize=A4),
    PageTemplate(id="land", frames=[Frame(15 * mm, 18 * mm, lw - 30 * mm, lh - 33 * mm)], pagesize=landscape(A4))])
doc.build(story, canvasmaker=NumberedCanvas)
print("wrote", OUT)
