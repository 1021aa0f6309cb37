"""Build E: an openpyxl workbook as finance systems export a 部门决算 (one table per sheet, merged titles and headers)."""
import os, sys
from decimal import Decimal, ROUND_HALF_UP
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import e_data as E
R = E.compute(); E.check(R)
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-lanhuan-xitong-tyjrswj-2024-juesuan.xlsx")
ORG = E.ORG

def wan(f):  # fen -> "1,234.56" in 万元
    return str((Decimal(f) / Decimal(1000000)).quantize(Decimal("0.01"), ROUND_HALF_UP))
def yuan_txt(f):
    return None if not f else f"{Decimal(f) / 100:,.2f}"
def yuan_num(f):
    return None if not f else float(Decimal(f) / 100)
def pct(a, b):
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP))
IT = {i[0]: i for i in E.ITEMS}
def fin(code):  # 财政拨款 决算 of a 项
    i = IT[code]; return i[3] + i[4] - i[5]
def grp(prefix):
    return [i for i in E.ITEMS if i[0].startswith(prefix)]
def gsum(prefix, k):
    if k == "fin": return sum(fin(i[0]) for i in grp(prefix))
    if k == "tot": return sum(i[3] + i[4] for i in grp(prefix))
    return sum(i[k] for i in grp(prefix))

wb = Workbook()
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)

def head(ws, title, ncol, unit="单位：元"):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, title).font = Font(bold=True, size=14); ws.cell(1, 1).alignment = CEN
    ws.cell(2, 1, f"部门：{ORG}")
    ws.cell(2, ncol, unit)
    for c in range(1, ncol + 1): ws.column_dimensions[chr(64 + c)].width = 16

def hdr(ws, spec):
    """spec: list of (row1, col1, row2, col2, text)."""
    for r1, c1, r2, c2, t in spec:
        if (r1, c1) != (r2, c2): ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        ws.cell(r1, c1, t).alignment = CEN; ws.cell(r1, c1).font = BOLD

# ---------------- 说明 ----------------
ws = wb.active; ws.title = "说明"
ws.column_dimensions["A"].width = 120
s_items = {c: fin(c) for c in IT}
basic_fin = R["fin_basic"]; pers = R["pers"] + R["fam"]; goods_fin = R["goods"]
d_total = R["total"] - E.PREV_TOTAL; d_exp = R["exp"] - E.PREV_EXP
sg_r, sg_j = E.SG["运行"], E.SG["接待"]
pj = R["proj_act"]
def line_item(code, planted=None):
    i = IT[code]; amt = planted or wan(fin(code))
    return f"{i[1]}（{code}）调整预算{wan(i[2])}万元，决算{amt}万元，完成调整预算的{pct(fin(code), i[2])}%"
SECTIONS = [
    f"{ORG}2024年度部门决算",
    "一、部门概况\n"
    "（一）部门职责\n"
    f"{ORG}是区人民政府工作部门，主要职责是：贯彻落实党和国家关于退役军人工作的方针政策和法律法规；负责全区退役军人思想政治、管理保障和安置工作；"
    "组织落实退役军人移交安置、自主就业、教育培训和就业创业扶持政策；负责全区优抚对象抚恤补助、优待政策落实和褒扬纪念工作；负责军队离休退休干部的接收安置和服务管理；"
    "承担区双拥工作领导小组日常工作，组织开展拥军优属活动；维护退役军人和其他优抚对象合法权益。\n"
    "（二）机构设置及人员情况\n"
    "本部门内设办公室、优抚褒扬股、就业创业和权益维护股、移交安置和思想政治工作股4个股室；下属事业单位2个：溪桐区退役军人服务中心、溪桐区军队离休退休干部休养所。"
    "纳入本部门2024年度部门决算编报范围的单位共3个（局机关及上述2个事业单位）。\n"
    "截至2024年12月31日，本部门核定行政编制9名、事业编制14名；年末实有在职人员21人，其中行政人员8人、事业人员13人；离退休人员6人。"
    "全区在册各类重点优抚对象1296人，移交政府安置的军队离休退休干部38人。",
    "二、收入支出决算总体情况说明\n"
    f"2024年度收入总计{wan(R['total'])}万元、支出总计{wan(R['total'])}万元，与上年相比收、支总计各增加{wan(d_total)}万元，增长{pct(d_total, E.PREV_TOTAL)}%。"
    "主要原因：一是2024年提高部分优抚对象抚恤补助标准，伤残抚恤和在乡复员、退伍军人生活补助支出增加；二是当年接收退役士兵人数增加，退役士兵安置支出相应增加。",
    "三、收入决算情况说明\n"
    f"2024年度本年收入合计{wan(R['inc'])}万元，其中：一般公共预算财政拨款收入{wan(E.INC_GF)}万元，占{pct(E.INC_GF, R['inc'])}%；"
    f"政府性基金预算财政拨款收入0万元；其他收入{wan(E.INC_OTHER)}万元，占{pct(E.INC_OTHER, R['inc'])}%，为军休所场地有偿使用收入。"
    f"另有年初结转和结余{wan(E.CARRY_IN)}万元，均为财政拨款结转。",
    "四、支出决算情况说明\n"
    f"2024年度本年支出合计{wan(R['exp'])}万元，比上年增加{wan(d_exp)}万元，增长{pct(d_exp, E.PREV_EXP)}%。其中：基本支出{wan(R['basic'])}万元，占{pct(R['basic'], R['exp'])}%；"
    f"项目支出{wan(R['proj'])}万元，占{pct(R['proj'], R['exp'])}%。年末结转和结余{wan(E.CARRY_OUT)}万元，主要是年底下达的义务兵优待金尚未发放完毕。",
    "五、财政拨款收入支出决算总体情况说明\n"
    f"2024年度财政拨款收入总计{wan(E.INC_GF + E.CARRY_IN)}万元、支出总计{wan(E.INC_GF + E.CARRY_IN)}万元，全部为一般公共预算财政拨款，本部门无政府性基金预算和国有资本经营预算财政拨款。"
    f"其中本年财政拨款收入{wan(E.INC_GF)}万元，年初财政拨款结转和结余{wan(E.CARRY_IN)}万元；本年财政拨款支出{wan(R['fin_exp'])}万元，年末财政拨款结转和结余{wan(E.CARRY_OUT)}万元。",
    "六、一般公共预算财政拨款支出决算情况说明\n"
    f"2024年度一般公共预算财政拨款支出调整预算{wan(R['budget'])}万元，决算{wan(R['fin_exp'])}万元，完成调整预算的{pct(R['fin_exp'], R['budget'])}%。"
    f"按支出功能分类科目类级分：社会保障和就业支出{wan(gsum('208', 'fin'))}万元，占{pct(gsum('208', 'fin'), R['fin_exp'])}%；卫生健康支出{wan(gsum('210', 'fin'))}万元，占{pct(gsum('210', 'fin'), R['fin_exp'])}%；"
    f"住房保障支出{wan(gsum('221', 'fin'))}万元，占{pct(gsum('221', 'fin'), R['fin_exp'])}%。主要项级科目情况如下：\n"
    f"1.{line_item('2082801')}，决算数小于预算数的主要原因是厉行节约、压减日常公用开支。\n"
    f"2.{line_item('2080802')}。\n"
    f"3.{line_item('2080803')}。\n"
    f"4.{line_item('2080805')}，决算数小于预算数的主要原因是部分新兵退兵，优待金未予发放。\n"
    f"5.{line_item('2080901', planted='536.29')}，决算数小于预算数的主要原因是部分退役士兵选择自主就业，安置经费结余。\n"
    f"6.{line_item('2080903')}。\n"
    f"7.{line_item('2082850')}，差异主要是部分事业运行支出由其他收入安排。",
    "七、一般公共预算财政拨款基本支出决算情况说明\n"
    f"2024年度一般公共预算财政拨款基本支出{wan(basic_fin)}万元，其中：人员经费{wan(pers)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、生活补助；"
    f"公用经费{wan(goods_fin)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。",
    "八、项目支出情况说明\n"
    f"2024年度项目支出{wan(R['proj'])}万元，共4个项目：\n"
    + "".join(f"{k + 1}.{n}：调整预算{wan(b)}万元，支出{wan(pj[n])}万元，执行率{pct(pj[n], b)}%。\n" for k, (n, _, b) in enumerate(E.PROJECTS))
    + "其中优抚对象抚恤补助用于伤残抚恤、在乡复员退伍军人生活补助、义务兵家庭优待金和死亡抚恤的发放；退役士兵安置用于退役士兵安置待安置期间生活费及一次性经济补助；军休所运转及军休干部服务保障用于军休干部离退休费补差、医疗补助及军休所运转。",
    "九、财政拨款“三公”经费支出决算情况说明\n"
    f"2024年度财政拨款“三公”经费预算{wan(R['sg_b'])}万元，决算{wan(R['sg_d'])}万元，完成预算的{pct(R['sg_d'], R['sg_b'])}%；比上年决算{wan(R['sg_p'])}万元减少{wan(R['sg_p'] - R['sg_d'])}万元，下降{pct(R['sg_p'] - R['sg_d'], R['sg_p'])}%。具体情况如下：\n"
    "1.因公出国（境）费预算0万元，决算0万元，本部门2024年无因公出国（境）团组。\n"
    f"2.公务用车购置及运行维护费预算{wan(sg_r[0])}万元，决算{wan(sg_r[1])}万元。其中：公务用车购置费0万元，本年未购置公务用车；公务用车运行维护费{wan(sg_r[1])}万元，比上年减少{wan(sg_r[2] - sg_r[1])}万元，下降{pct(sg_r[2] - sg_r[1], sg_r[2])}%，"
    f"主要原因是严格执行派车审批制度，一辆老旧车辆全年停驶待处置，燃料费和维修费减少。截至2024年末，公务用车保有量{E.CARS}辆。\n"
    f"3.公务接待费预算{wan(sg_j[0])}万元，决算{wan(sg_j[1])}万元，比上年减少{wan(sg_j[2] - sg_j[1])}万元，下降{pct(sg_j[2] - sg_j[1], sg_j[2])}%，主要原因是严格执行公务接待标准，压减陪餐人数。"
    f"全年共接待国内公务接待{E.RECEPTION_BATCH}批次、{E.RECEPTION_PERSON}人次，主要为上级部门业务指导和兄弟区县交流考察；无外事接待。",
    "十、政府性基金预算和国有资本经营预算财政拨款支出决算情况说明\n"
    "本部门2024年度无政府性基金预算财政拨款收入和支出，无国有资本经营预算财政拨款支出，相关决算表为空表。",
    "十一、机关运行经费支出说明\n"
    f"2024年度本部门机关运行经费支出{wan(E.ADMIN_OPS)}万元，比上年{wan(E.PREV_ADMIN_OPS)}万元减少{wan(E.PREV_ADMIN_OPS - E.ADMIN_OPS)}万元，下降{pct(E.PREV_ADMIN_OPS - E.ADMIN_OPS, E.PREV_ADMIN_OPS)}%，主要原因是压减办公费和差旅费支出。",
    "十二、政府采购支出说明\n"
    f"2024年度本部门政府采购支出总额{wan(R['proc'])}万元，其中：政府采购货物支出{wan(E.PROC['货物'])}万元、政府采购工程支出0万元、政府采购服务支出{wan(E.PROC['服务'])}万元。"
    f"授予中小企业合同金额{wan(R['proc'])}万元，占政府采购支出总额的100%。",
    "十三、国有资产占用情况说明\n"
    "截至2024年12月31日，本部门共有车辆2辆，其中一般公务用车1辆、其他用车1辆（军休所服务保障用车）；单价50万元（含）以上通用设备0台（套），单价100万元（含）以上专用设备0台（套）。",
    "十四、预算绩效情况说明\n"
    f"本部门对2024年度全部4个项目开展了绩效自评，涉及资金{wan(R['proj'])}万元。其中优抚对象抚恤补助项目调整预算{wan(E.PROJECTS[0][2])}万元，执行{wan(pj['优抚对象抚恤补助'])}万元，"
    f"预算执行率{pct(pj['优抚对象抚恤补助'], E.PROJECTS[0][2])}%，自评得分{R['perf_score']}分，评价等级为“优”。"
    "主要偏差：义务兵家庭优待金发放户数年度指标值为≥310户，实际完成306户，原因是部分新兵退兵及户籍迁出；优抚政策落实长效机制尚需完善。下一步将加强与征兵部门的信息比对，动态调整发放名册。项目自评表见表10。",
]
r = 1
for sec in SECTIONS:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(r, 1, sec); c.alignment = WRAP
    if r == 1: c.font = Font(bold=True, size=14)
    ws.row_dimensions[r].height = max(20, 15 * (sec.count("\n") + 1 + len(sec) // 90))
    r += 1

# ---------------- 表1 收入支出决算总表 (numbers) ----------------
ws = wb.create_sheet("表1"); head(ws, "收入支出决算总表", 6)
hdr(ws, [(3, 1, 3, 3, "收入"), (3, 4, 3, 6, "支出"), (4, 1, 4, 1, "项目"), (4, 2, 4, 2, "行次"), (4, 3, 4, 3, "决算数"),
         (4, 4, 4, 4, "项目"), (4, 5, 4, 5, "行次"), (4, 6, 4, 6, "决算数")])
inc_rows = [("一、一般公共预算财政拨款收入", E.INC_GF), ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
            ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", E.INC_OTHER)]
exp_rows = [("一、一般公共服务支出", 0), ("二、社会保障和就业支出", gsum("208", "tot")), ("三、卫生健康支出", gsum("210", "tot")),
            ("四、住房保障支出", gsum("221", "tot")), ("", None), ("", None), ("", None), ("", None)]
rr = 5
for k, ((a, av), (b, bv)) in enumerate(zip(inc_rows, exp_rows)):
    ws.cell(rr, 1, a); ws.cell(rr, 2, k + 1); ws.cell(rr, 3, yuan_num(av))
    if b: ws.cell(rr, 4, b); ws.cell(rr, 5, 33 + k); ws.cell(rr, 6, yuan_num(bv))
    rr += 1
for a, av, b, bv in [("本年收入合计", R["inc"], "本年支出合计", R["exp"]), ("使用非财政拨款结余", 0, "结余分配", 0),
                     ("年初结转和结余", E.CARRY_IN, "年末结转和结余", E.CARRY_OUT), ("总计", R["total"], "总计", R["total"])]:
    ws.cell(rr, 1, a); ws.cell(rr, 3, yuan_num(av)); ws.cell(rr, 4, b); ws.cell(rr, 6, yuan_num(bv)); rr += 1
for row in ws.iter_rows(min_row=5):
    for c in row:
        if isinstance(c.value, float): c.number_format = "#,##0.00"

# ---------------- 表2 收入决算表 (text amounts, code text) ----------------
ws = wb.create_sheet("表2"); head(ws, "收入决算表", 9)
hdr(ws, [(3, 1, 3, 2, "项目"), (4, 1, 4, 1, "科目编码"), (4, 2, 4, 2, "科目名称"), (3, 3, 4, 3, "本年收入合计"),
         (3, 4, 4, 4, "财政拨款收入"), (3, 5, 4, 5, "上级补助收入"), (3, 6, 4, 6, "事业收入"), (3, 7, 4, 7, "经营收入"),
         (3, 8, 4, 8, "附属单位上缴收入"), (3, 9, 4, 9, "其他收入")])
def inc_row(ws, rr, code, name, tot, finv, oth):
    ws.cell(rr, 1, code); ws.cell(rr, 2, name); ws.cell(rr, 3, yuan_txt(tot)); ws.cell(rr, 4, yuan_txt(finv)); ws.cell(rr, 9, yuan_txt(oth))
ws.cell(5, 2, "合计"); ws.cell(5, 3, yuan_txt(R["inc"])); ws.cell(5, 4, yuan_txt(E.INC_GF)); ws.cell(5, 9, yuan_txt(E.INC_OTHER))
# 本年收入 by 项: 财政拨款收入 by item = fin - (carry-in/out share); carry-in/out sit in 2080805 (义务兵优待)
def inc_fin(code):
    v = fin(code)
    if code == "2080805": v += E.CARRY_OUT - E.CARRY_IN
    return v
rr = 6
for cls in ["208", "210", "221"]:
    for i in grp(cls):
        inc_row(ws, rr, i[0], i[1], inc_fin(i[0]) + i[5], inc_fin(i[0]), i[5]); rr += 1
    ws.cell(rr, 2, "小计"); ws.cell(rr, 3, yuan_txt(sum(inc_fin(i[0]) + i[5] for i in grp(cls))))
    ws.cell(rr, 4, yuan_txt(sum(inc_fin(i[0]) for i in grp(cls)))); ws.cell(rr, 9, yuan_txt(sum(i[5] for i in grp(cls)))); rr += 1
assert sum(inc_fin(c) for c in IT) == E.INC_GF

# ---------------- 表3 支出决算表 (numbers, 类/款/项 split, hidden internal code) ----------------
ws = wb.create_sheet("表3"); head(ws, "支出决算表", 11)
hdr(ws, [(3, 1, 4, 1, "内部编码"), (3, 2, 3, 5, "项目"), (4, 2, 4, 2, "类"), (4, 3, 4, 3, "款"), (4, 4, 4, 4, "项"), (4, 5, 4, 5, "科目名称"),
         (3, 6, 3, 8, "本年支出"), (4, 6, 4, 6, "合计"), (4, 7, 4, 7, "基本支出"), (4, 8, 4, 8, "项目支出"),
         (3, 9, 4, 9, "上缴上级支出"), (3, 10, 4, 10, "经营支出"), (3, 11, 4, 11, "对附属单位补助支出")])
ws.column_dimensions["A"].hidden = True
ws.cell(5, 5, "合计"); ws.cell(5, 6, yuan_num(R["exp"])); ws.cell(5, 7, yuan_num(R["basic"])); ws.cell(5, 8, yuan_num(R["proj"]))
rr = 6; n = 0
for cls in ["208", "210", "221"]:
    kuans = sorted({i[0][:5] for i in grp(cls)})
    ws.cell(rr, 2, cls); ws.cell(rr, 5, NAMES_ := E.NAMES[cls])
    ws.cell(rr, 6, yuan_num(gsum(cls, "tot"))); ws.cell(rr, 7, yuan_num(gsum(cls, 3))); ws.cell(rr, 8, yuan_num(gsum(cls, 4))); rr += 1
    for k in kuans:
        ws.cell(rr, 2, cls); ws.cell(rr, 3, k[3:5]); ws.cell(rr, 5, E.NAMES[k])
        ws.cell(rr, 6, yuan_num(gsum(k, "tot"))); ws.cell(rr, 7, yuan_num(gsum(k, 3))); ws.cell(rr, 8, yuan_num(gsum(k, 4))); rr += 1
        for i in grp(k):
            n += 1; ws.cell(rr, 1, f"XTTY-{2024}{n:03d}")
            ws.cell(rr, 2, cls); ws.cell(rr, 3, k[3:5]); ws.cell(rr, 4, i[0][5:7]); ws.cell(rr, 5, i[1])
            ws.cell(rr, 6, yuan_num(i[3] + i[4])); ws.cell(rr, 7, yuan_num(i[3])); ws.cell(rr, 8, yuan_num(i[4])); rr += 1
for row in ws.iter_rows(min_row=5):
    for c in row:
        if isinstance(c.value, float): c.number_format = "#,##0.00"

# ---------------- 表4 财政拨款收入支出决算总表 (text) ----------------
ws = wb.create_sheet("表4"); head(ws, "财政拨款收入支出决算总表", 7)
hdr(ws, [(3, 1, 3, 2, "收入"), (3, 3, 3, 7, "支出"), (4, 1, 5, 1, "项目"), (4, 2, 5, 2, "决算数"), (4, 3, 5, 3, "项目"),
         (4, 4, 5, 4, "合计"), (4, 5, 4, 7, "财政拨款"), (5, 5, 5, 5, "一般公共预算"), (5, 6, 5, 6, "政府性基金预算"), (5, 7, 5, 7, "国有资本经营预算")])
rows4 = [("一、一般公共预算财政拨款", E.INC_GF, "一、社会保障和就业支出", gsum("208", "fin")),
         ("二、政府性基金预算财政拨款", 0, "二、卫生健康支出", gsum("210", "fin")),
         ("三、国有资本经营预算财政拨款", 0, "三、住房保障支出", gsum("221", "fin")),
         ("本年收入合计", E.INC_GF, "本年支出合计", R["fin_exp"]),
         ("年初财政拨款结转和结余", E.CARRY_IN, "年末财政拨款结转和结余", E.CARRY_OUT),
         ("总计", E.INC_GF + E.CARRY_IN, "总计", E.INC_GF + E.CARRY_IN)]
rr = 6
for a, av, b, bv in rows4:
    ws.cell(rr, 1, a); ws.cell(rr, 2, yuan_txt(av)); ws.cell(rr, 3, b); ws.cell(rr, 4, yuan_txt(bv)); ws.cell(rr, 5, yuan_txt(bv)); rr += 1

# ---------------- 表5 一般公共预算财政拨款支出决算表 (功能分类; numbers; code text) ----------------
ws = wb.create_sheet("表5"); head(ws, "一般公共预算财政拨款支出决算表", 6)
hdr(ws, [(3, 1, 4, 1, "科目编码"), (3, 2, 4, 2, "科目名称"), (3, 3, 4, 3, "调整预算数"), (3, 4, 3, 6, "本年支出决算数"),
         (4, 4, 4, 4, "合计"), (4, 5, 4, 5, "基本支出"), (4, 6, 4, 6, "项目支出")])
ws.cell(5, 2, "合计"); ws.cell(5, 3, yuan_num(R["budget"])); ws.cell(5, 4, yuan_num(R["fin_exp"])); ws.cell(5, 5, yuan_num(R["fin_basic"])); ws.cell(5, 6, yuan_num(R["proj"]))
def finb(code): return IT[code][3] - IT[code][5]
rr = 6
for cls in ["208", "210", "221"]:
    for code in [cls] + sorted({i[0][:5] for i in grp(cls)}):
        its = grp(code)
        ws.cell(rr, 1, code); ws.cell(rr, 2, E.NAMES[code]); ws.cell(rr, 3, yuan_num(sum(i[2] for i in its)))
        ws.cell(rr, 4, yuan_num(sum(fin(i[0]) for i in its))); ws.cell(rr, 5, yuan_num(sum(finb(i[0]) for i in its))); ws.cell(rr, 6, yuan_num(sum(i[4] for i in its))); rr += 1
        if len(code) == 5:
            for i in its:
                ws.cell(rr, 1, i[0]); ws.cell(rr, 2, i[1]); ws.cell(rr, 3, yuan_num(i[2]))
                ws.cell(rr, 4, yuan_num(fin(i[0]))); ws.cell(rr, 5, yuan_num(finb(i[0]))); ws.cell(rr, 6, yuan_num(i[4])); rr += 1
for row in ws.iter_rows(min_row=5):
    for c in row:
        if isinstance(c.value, float): c.number_format = "#,##0.00"

# ---------------- 表6 一般公共预算财政拨款基本支出决算表 (经济分类; text) ----------------
ws = wb.create_sheet("表6"); head(ws, "一般公共预算财政拨款基本支出决算表", 6)
hdr(ws, [(3, 1, 3, 3, "人员经费"), (3, 4, 3, 6, "公用经费"), (4, 1, 4, 1, "科目编码"), (4, 2, 4, 2, "科目名称"), (4, 3, 4, 3, "决算数"),
         (4, 4, 4, 4, "科目编码"), (4, 5, 4, 5, "科目名称"), (4, 6, 4, 6, "决算数")])
ws.cell(5, 2, "人员经费合计"); ws.cell(5, 3, yuan_txt(pers)); ws.cell(5, 5, "公用经费合计"); ws.cell(5, 6, yuan_txt(goods_fin))
left = [("301", "工资福利支出", R["pers"])] + list(E.ECON_PERSON) + [("", "小计", R["pers"]), ("303", "对个人和家庭的补助", R["fam"])] + list(E.ECON_FAMILY) + [("", "小计", R["fam"])]
right = [("302", "商品和服务支出", goods_fin)] + [(c, nm, v if v is not None else R["goods_other"]) for c, nm, v in E.ECON_GOODS] + [("", "小计", goods_fin)]
for k in range(max(len(left), len(right))):
    if k < len(left): ws.cell(6 + k, 1, left[k][0] or None); ws.cell(6 + k, 2, left[k][1]); ws.cell(6 + k, 3, yuan_txt(left[k][2]))
    if k < len(right): ws.cell(6 + k, 4, right[k][0] or None); ws.cell(6 + k, 5, right[k][1]); ws.cell(6 + k, 6, yuan_txt(right[k][2]))
rr = 6 + max(len(left), len(right))
ws.cell(rr, 1, "人员经费和公用经费总计"); ws.cell(rr, 3, yuan_txt(basic_fin))

# ---------------- 表7 三公 (numbers, 3-level header) ----------------
ws = wb.create_sheet("表7"); head(ws, "财政拨款“三公”经费支出决算表", 12)
hdr(ws, [(3, 1, 3, 6, "预算数"), (3, 7, 3, 12, "决算数")])
for off in (0, 6):
    hdr(ws, [(4, 1 + off, 5, 1 + off, "合计"), (4, 2 + off, 5, 2 + off, "因公出国（境）费"), (4, 3 + off, 4, 5 + off, "公务用车购置及运行维护费"),
             (5, 3 + off, 5, 3 + off, "小计"), (5, 4 + off, 5, 4 + off, "公务用车购置费"), (5, 5 + off, 5, 5 + off, "公务用车运行维护费"),
             (4, 6 + off, 5, 6 + off, "公务接待费")])
for off, k in ((0, 0), (6, 1)):
    vals = [sum(v[k] for v in E.SG.values()), E.SG["出国"][k], E.SG["购置"][k] + E.SG["运行"][k], E.SG["购置"][k], E.SG["运行"][k], E.SG["接待"][k]]
    for j, v in enumerate(vals):
        c = ws.cell(6, 1 + off + j, yuan_num(v)); c.number_format = "#,##0.00"
ws.cell(8, 1, f"注：2024年度公务用车保有量{E.CARS}辆；国内公务接待{E.RECEPTION_BATCH}批次、{E.RECEPTION_PERSON}人次；无因公出国（境）团组。")

# ---------------- 表8 / 表9 empty ----------------
ws = wb.create_sheet("表8"); head(ws, "政府性基金预算财政拨款收入支出决算表", 8)
hdr(ws, [(3, 1, 4, 2, "项目"), (3, 3, 4, 3, "年初结转和结余"), (3, 4, 4, 4, "本年收入"), (3, 5, 3, 7, "本年支出"),
         (4, 5, 4, 5, "小计"), (4, 6, 4, 6, "基本支出"), (4, 7, 4, 7, "项目支出"), (3, 8, 4, 8, "年末结转和结余")])
ws.cell(5, 1, "合计")
ws.cell(7, 1, "注：本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。")
ws = wb.create_sheet("表9"); head(ws, "国有资本经营预算财政拨款支出决算表", 5)
hdr(ws, [(3, 1, 4, 2, "项目"), (3, 3, 3, 5, "本年支出"), (4, 3, 4, 3, "合计"), (4, 4, 4, 4, "基本支出"), (4, 5, 4, 5, "项目支出")])
ws.cell(5, 1, "合计")
ws.cell(7, 1, "注：本部门2024年度无国有资本经营预算财政拨款支出，故本表为空表。")

# ---------------- 表10 项目支出绩效自评表 (text) ----------------
ws = wb.create_sheet("表10"); head(ws, "项目支出绩效自评表", 8, unit="单位：元")
b0, a0 = E.PROJECTS[0][2], pj[E.PERF_PROJECT]
rows10 = [("项目名称", E.PERF_PROJECT), ("主管部门", ORG), ("实施单位", ORG)]
rr = 3
for a, b in rows10:
    ws.cell(rr, 1, a); ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=8); ws.cell(rr, 2, b); rr += 1
hdr(ws, [(rr, 1, rr, 2, "项目资金"), (rr, 3, rr, 3, "年初预算数"), (rr, 4, rr, 4, "全年预算数"), (rr, 5, rr, 5, "全年执行数"), (rr, 6, rr, 6, "分值"), (rr, 7, rr, 7, "执行率"), (rr, 8, rr, 8, "得分")])
rr += 1
ws.cell(rr, 1, "年度资金总额"); ws.cell(rr, 3, yuan_txt(Y0 := E.Y("21,000,000.00"))); ws.cell(rr, 4, yuan_txt(b0)); ws.cell(rr, 5, yuan_txt(a0)); ws.cell(rr, 6, "10"); ws.cell(rr, 7, pct(a0, b0) + "%"); ws.cell(rr, 8, str(E.PERF_EXEC_SCORE)); rr += 1
ws.cell(rr, 1, "其中：本年财政拨款"); ws.cell(rr, 3, yuan_txt(Y0)); ws.cell(rr, 4, yuan_txt(b0)); ws.cell(rr, 5, yuan_txt(a0)); rr += 1
ws.cell(rr, 1, "年度总体目标"); ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=8)
ws.cell(rr, 2, "按时足额发放各类优抚对象抚恤补助和义务兵家庭优待金，保障优抚对象基本生活。全年足额发放，资金发放准确率100%。"); rr += 1
hdr(ws, [(rr, 1, rr, 1, "一级指标"), (rr, 2, rr, 2, "二级指标"), (rr, 3, rr, 3, "三级指标"), (rr, 4, rr, 4, "年度指标值"),
         (rr, 5, rr, 5, "实际完成值"), (rr, 6, rr, 6, "分值"), (rr, 7, rr, 7, "得分"), (rr, 8, rr, 8, "偏差原因分析及改进措施")])
rr += 1
for p in E.PERF_ROWS:
    for j, v in enumerate(p): ws.cell(rr, 1 + j, str(v))
    if p[2].startswith("义务兵"): ws.cell(rr, 8, "部分新兵退兵及户籍迁出，将加强与征兵部门信息比对")
    rr += 1
ws.cell(rr, 1, "总分"); ws.cell(rr, 6, "100"); ws.cell(rr, 7, str(R["perf_score"])); ws.cell(rr, 8, "自评等级：优")

wb.save(OUT); print("wrote", OUT)
