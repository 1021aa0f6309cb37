"""Build docs/E-lichuan-jyj-2025-bmys.pdf (landscape A4, text layer) from e_data.py."""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
from e_data import *
check()
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
H1 = ParagraphStyle("h1", fontName="WQY", fontSize=18, leading=28, alignment=TA_CENTER, spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="WQY", fontSize=12.5, leading=19, spaceBefore=8, spaceAfter=4)
P = ParagraphStyle("p", fontName="WQY", fontSize=10.5, leading=17, firstLineIndent=21)
CAP = ParagraphStyle("cap", fontName="WQY", fontSize=12, leading=17, alignment=TA_CENTER, spaceBefore=4)
UNIT = ParagraphStyle("unit", fontName="WQY", fontSize=9, leading=12)
NOTE = ParagraphStyle("note", fontName="WQY", fontSize=9, leading=13)
f = lambda v: f"{v:,}"
story = []
def para(t, st=P): story.append(Paragraph(t, st))
def table(caption, rows, widths, nhead=1, spans=(), note=None, right_from=2, pad=2.5):
    story.append(Paragraph(caption, CAP))
    story.append(Paragraph(f"部门：{ORG}" + "　" * 40 + "单位：元", UNIT))
    t = Table(rows, colWidths=widths, repeatRows=nhead)
    st = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9), ("LEADING", (0, 0), (-1, -1), 11),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("ALIGN", (0, 0), (-1, nhead - 1), "CENTER"), ("ALIGN", (right_from, nhead), (-1, -1), "RIGHT"),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    for sp in spans:
        st.append(("SPAN",) + sp)
    t.setStyle(TableStyle(st))
    story.append(t)
    if note: story.append(Paragraph(note, NOTE))
    story.append(PageBreak())
Y = YEAR; PY = YEAR - 1
uname = {u[0]: u[1] for u in UNITS}
# ---------------- cover + 说明 ----------------
para(f"{ORG}<br/>{Y}年部门预算", H1)
para("目　录", CAP)
toc = ["第一部分　部门概况", "　一、主要职能", "　二、部门预算单位构成及人员情况",
       f"第二部分　{Y}年部门预算情况说明", f"第三部分　{Y}年部门预算表",
       "　表1 部门收支总表　表2 部门收入总表　表3 部门支出总表　表4 财政拨款收支总表",
       "　表5 一般公共预算支出表　表6 一般公共预算基本支出表　表7 一般公共预算“三公”经费支出表",
       "　表8 政府性基金预算支出表　表9 国有资本经营预算支出表　表10 项目支出表　表11 政府采购预算表", "第四部分　名词解释"]
for t in toc: para(t, NOTE)
story.append(PageBreak())
para("第一部分　部门概况", H2)
para("一、主要职能", H2)
para("贯彻执行国家和省、市有关教育工作的方针、政策和法律法规；拟订全区教育事业发展规划和年度计划并组织实施；统筹管理全区学前教育、义务教育、普通高中教育和中等职业教育；负责全区教育经费的统筹管理和教师队伍建设；指导学校安全、学生资助和教育督导工作。")
para("二、部门预算单位构成及人员情况", H2)
para(f"纳入{ORG}{Y}年部门预算编制范围的预算单位共5个，其中行政单位1个（局机关本级），事业单位4个：" +
     "、".join(u[1] for u in UNITS[1:]) + "。")
sh = "；".join(f"{uname[c].replace('桐阜市澧川区', '')}编制{a}名、实有{b}人" for c, (a, b) in STAFF.items())
para(f"截至{PY}年底，本部门{sh}。编制合计{sum(a for a, b in STAFF.values())}名，实有人员合计{sum(b for a, b in STAFF.values())}人。")
para(f"第二部分　{Y}年部门预算情况说明", H2)
d_total = TOTAL - PREV["total"]
para(f"一、收支总体情况。按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。{Y}年收入总计{f(TOTAL)}元、支出总计{f(TOTAL)}元，"
     f"与{PY}年预算相比，收、支总计各增加{f(d_total)}元，主要原因是第一中学新增高中教学设备购置项目、职业技术学校实训基地建设投入加大，以及教职工工资标准调整。")
para(f"二、收入预算情况。{Y}年收入合计{f(TOTAL)}元，其中：一般公共预算拨款收入{f(INCOME['一般公共预算'])}元，占{INCOME['一般公共预算']/TOTAL*100:.2f}%；"
     f"政府性基金预算拨款收入{f(INCOME['政府性基金'])}元，占{INCOME['政府性基金']/TOTAL*100:.2f}%；事业收入{f(INCOME['事业收入'])}元，占{INCOME['事业收入']/TOTAL*100:.2f}%；"
     f"其他收入{f(INCOME['其他收入'])}元，占{INCOME['其他收入']/TOTAL*100:.2f}%。本部门无上年结转。")
para(f"三、支出预算情况。{Y}年支出合计{f(TOTAL)}元，其中：基本支出{f(BASIC_T)}元，占{BASIC_T/TOTAL*100:.2f}%；项目支出{f(PROJ_T)}元，占{PROJ_T/TOTAL*100:.2f}%。按支出功能分类：")
reasons = {"205": "主要是新增高中教学设备购置和实训基地建设项目，以及绩效工资标准调整",
           "208": "主要是部分教职工退休，缴费基数减少",
           "210": "主要是医疗保险缴费基数调整",
           "221": "主要是住房公积金缴存基数调整",
           "229": "主要是彩票公益金安排的学生资助规模调减"}
for k in CLASSES:
    v = cls(k); dv = v - PREV[k]
    shown = PLANT_WRONG_221 if k == "221" else v
    para(f"{FUNC_NAMES[k]}{f(shown)}元，比上年{'增加' if dv > 0 else '减少'}{f(abs(dv))}元，{reasons[k]}。")
para(f"四、财政拨款收支总体情况。{Y}年财政拨款收支总预算{f(INCOME['一般公共预算'] + INCOME['政府性基金'])}元，其中一般公共预算拨款{f(INCOME['一般公共预算'])}元，政府性基金预算拨款{f(INCOME['政府性基金'])}元。")
para(f"五、一般公共预算支出情况。{Y}年一般公共预算支出{f(INCOME['一般公共预算'])}元，其中基本支出{f(BASIC_T)}元，项目支出{f(GP_PROJ)}元。"
     f"基本支出中，人员经费{f(PERSON_T)}元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、生活补助和奖励金等；"
     f"公用经费{f(PUBLIC_T)}元，主要包括办公费、水电费、差旅费、维修（护）费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费和其他交通费用等。")
d_sg = SG_T - SG24_T
para(f"六、“三公”经费预算情况。{Y}年一般公共预算安排“三公”经费{f(SG_T)}元，比上年增加{f(d_sg)}元。其中：因公出国（境）费0元，与上年持平；"
     f"公务接待费{f(SG['接待'])}元，比上年减少{f(SG24['接待'] - SG['接待'])}元，主要是严格执行公务接待标准，压减接待批次；"
     f"公务用车购置及运行费{f(SG['购置'] + SG['运行'])}元，其中公务用车购置费{f(SG['购置'])}元，比上年增加{f(SG['购置'] - SG24['购置'])}元，主要是按规定更新1辆已达报废年限的执法执勤用车；"
     f"公务用车运行维护费{f(SG['运行'])}元，比上年减少{f(SG24['运行'] - SG['运行'])}元，主要是加强车辆管理、降低燃油和维修费用。截至{PY}年底，本部门共有公务用车{VEHICLES}辆。")
para(f"七、政府性基金预算支出情况。{Y}年政府性基金预算支出{f(INCOME['政府性基金'])}元，为彩票公益金安排的家庭经济困难学生资助，比上年减少{f(PREV['229'] - cls('229'))}元。")
para(f"八、国有资本经营预算支出情况。本部门{Y}年无国有资本经营预算拨款安排的支出，表9为空表。")
para(f"九、机关运行经费。{Y}年局机关本级机关运行经费预算{f(ORUN)}元，主要用于办公费、水电费、差旅费、公务用车运行维护费等。所属事业单位不安排机关运行经费。")
para(f"十、政府采购情况。{Y}年本部门安排政府采购预算{f(PROC_T)}元，其中货物类{f(sum(x[4] for x in PROC if x[3]=='货物'))}元、工程类{f(sum(x[4] for x in PROC if x[3]=='工程'))}元、服务类{f(sum(x[4] for x in PROC if x[3]=='服务'))}元。")
para(f"十一、国有资产占有使用情况。截至{PY}年底，本部门共有车辆{VEHICLES}辆，其中执法执勤用车3辆、其他用车1辆；单位价值100万元以上设备2台（套）。")
para(f"十二、预算绩效情况。{Y}年本部门{len(PROJECTS)}个项目全部编制绩效目标，涉及项目预算{f(PROJ_T)}元。")
para("第四部分　名词解释", H2)
for t in ["一般公共预算拨款收入：指区级财政当年拨付的一般公共预算资金。", "事业收入：指事业单位开展专业业务活动及辅助活动取得的收入，如住宿费、保育教育费、课后服务费、培训服务收入等。",
          "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", "项目支出：指在基本支出之外为完成特定工作任务和事业发展目标所发生的支出。",
          "“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", "机关运行经费：指行政单位用一般公共预算安排的基本支出中的公用经费。"]:
    para(t)
story.append(PageBreak())
# ---------------- tables ----------------
W = 760
# 表1
inc = [("一、一般公共预算拨款收入", INCOME["一般公共预算"]), ("二、政府性基金预算拨款收入", INCOME["政府性基金"]), ("三、事业收入", INCOME["事业收入"]), ("四、其他收入", INCOME["其他收入"])]
exp = [(f"{i}、{FUNC_NAMES[k]}", cls(k)) for i, k in zip("一二三四五", CLASSES)]
rows = [["收　　入", "", "支　　出", ""], ["项目", f"{Y}年预算数", "项目", f"{Y}年预算数"]]
for i in range(5):
    a = inc[i] if i < 4 else ("", "")
    rows.append([a[0], f(a[1]) if a[1] != "" else "", exp[i][0], f(exp[i][1])])
rows += [["本年收入合计", f(TOTAL), "本年支出合计", f(TOTAL)], ["上年结转", "0", "结转下年", "0"], ["收入总计", f(TOTAL), "支出总计", f(TOTAL)]]
table(f"表1　{ORG}{Y}年部门收支总表", rows, [230, 150, 230, 150], nhead=2, spans=[((0, 0), (1, 0)), ((2, 0), (3, 0))], right_from=1)
# 表2
rows = [["单位编码", "单位名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"]]
rows.append(["", "合计", f(TOTAL)] + [f(INCOME[s]) for s in SOURCES])
for u in UNITS:
    rows.append([u[0], u[1], f(unit_total(u[0]))] + [f(unit_income(u[0], s)) for s in SOURCES])
table(f"表2　{ORG}{Y}年部门收入总表", rows, [70, 200, 100, 110, 110, 85, 85])
# 表3
rows = [["单位编码", "单位名称", "合计", "基本支出", "", "", "项目支出"], ["", "", "", "小计", "人员经费", "公用经费", ""]]
rows.append(["", "合计", f(TOTAL), f(BASIC_T), f(PERSON_T), f(PUBLIC_T), f(PROJ_T)])
for u in UNITS:
    c = u[0]; rows.append([c, u[1], f(unit_total(c)), f(unit_basic(c)), f(unit_person(c)), f(unit_public(c)), f(unit_proj(c))])
table(f"表3　{ORG}{Y}年部门支出总表", rows, [70, 200, 100, 100, 100, 95, 95], nhead=2,
      spans=[((3, 0), (5, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((6, 0), (6, 1))])
# 表4
rows = [["收　　入", "", "支　　出", "", "", ""], ["项目", f"{Y}年预算数", "项目", "合计", "一般公共预算", "政府性基金预算"]]
fin_inc = [("一、一般公共预算拨款", INCOME["一般公共预算"]), ("二、政府性基金预算拨款", INCOME["政府性基金"])]
for i, k in enumerate(CLASSES):
    a = fin_inc[i] if i < 2 else ("", "")
    rows.append([a[0], f(a[1]) if a[1] != "" else "", f"{'一二三四五'[i]}、{FUNC_NAMES[k]}", f(cls(k) - cls(k, func_amounts('事业收入')) - cls(k, func_amounts('其他收入'))), f(cls(k, GP)), f(cls(k, func_amounts('政府性基金')))])
FT = INCOME["一般公共预算"] + INCOME["政府性基金"]
rows += [["收入总计", f(FT), "支出总计", f(FT), f(INCOME["一般公共预算"]), f(INCOME["政府性基金"])]]
table(f"表4　{ORG}{Y}年财政拨款收支总表", rows, [170, 110, 170, 100, 105, 105], nhead=2, spans=[((0, 0), (1, 0)), ((2, 0), (5, 0))], right_from=1)
# 表5 一般公共预算支出表 (功能分类)
rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]
gpb = sum(v[0] for v in GP.values()); gpp = sum(v[1] for v in GP.values())
rows.append(["", "合计", f(gpb + gpp), f(gpb), f(gpp)])
for k in CLASSES[:4]:
    for lvl in sorted({c[:3] for c in GP if c.startswith(k)} | {c[:5] for c in GP if c.startswith(k)} | {c for c in GP if c.startswith(k)}, key=lambda x: (x[:5].ljust(5), len(x) != 3, len(x) != 5, x)):
        b = sum(v[0] for c, v in GP.items() if c.startswith(lvl)); p = sum(v[1] for c, v in GP.items() if c.startswith(lvl))
        rows.append([lvl, ("　" * ((len(lvl) - 3) // 2)) + FUNC_NAMES[lvl], f(b + p), f(b), f(p)])
table(f"表5　{ORG}{Y}年一般公共预算支出表", rows, [90, 280, 130, 130, 130], pad=6)
# 表6 基本支出 by 经济分类
rows = [["科目编码", "科目名称", "合计", "人员经费", "公用经费"]]
rows.append(["", "合计", f(BASIC_T), f(PERSON_T), f(PUBLIC_T)])
for g in ["301", "302", "303"]:
    codes = [c for c in E_CODES if c.startswith(g) and ECON_T[c] != 0]
    gt = sum(ECON_T[c] for c in codes)
    rows.append([g, ECON[g], f(gt), f(gt) if g != "302" else "", f(gt) if g == "302" else ""])
    for c in codes:
        rows.append([c, "　" + ECON[c], f(ECON_T[c]), f(ECON_T[c]) if g != "302" else "", f(ECON_T[c]) if g == "302" else ""])
table(f"表6　{ORG}{Y}年一般公共预算基本支出表", rows, [90, 280, 130, 130, 130], pad=6)
# 表7 三公
rows = [["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", "", ""], ["", "", "", "小计", "购置费", "运行费"],
        [f(SG_T), f(SG["出国"]), f(SG["接待"]), f(SG["购置"] + SG["运行"]), f(SG["购置"]), f(SG["运行"])]]
table(f"表7　{ORG}{Y}年一般公共预算“三公”经费支出表", rows, [125] * 6, nhead=2,
      spans=[((3, 0), (5, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1))], right_from=0)
# 表8 政府性基金
rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", f(600000), "0", f(600000)],
        ["229", "其他支出", f(600000), "0", f(600000)], ["22960", "　彩票公益金安排的支出", f(600000), "0", f(600000)],
        ["2296006", "　　用于教育事业的彩票公益金支出", f(600000), "0", f(600000)]]
table(f"表8　{ORG}{Y}年政府性基金预算支出表", rows, [90, 280, 130, 130, 130])
# 表9
rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]]
table(f"表9　{ORG}{Y}年国有资本经营预算支出表", rows, [90, 280, 130, 130, 130], note="注：本部门2025年无国有资本经营预算拨款安排的支出，本表为空表。")
# 表10 项目支出
rows = [["单位名称", "项目名称", "功能科目", "合计", "一般公共预算", "政府性基金", "事业收入", "其他收入"]]
rows.append(["合计", "", "", f(PROJ_T)] + [f(sum(p[4] for p in PROJECTS if p[3] == s)) for s in SOURCES])
for p in PROJECTS:
    rows.append([uname[p[0]], p[1], f"{p[2]} {FUNC_NAMES[p[2]]}", f(p[4])] + [f(p[4]) if p[3] == s else "" for s in SOURCES])
table(f"表10　{ORG}{Y}年项目支出表", rows, [150, 175, 175, 70, 70, 60, 60, 60], right_from=3, pad=7)
# 表11 政府采购
rows = [["单位名称", "采购项目", "采购品目", "采购类别", "预算金额"], ["合计", "", "", "", f(PROC_T)]]
for x in PROC:
    rows.append([uname[x[0]], x[1], x[2], x[3], f(x[4])])
table(f"表11　{ORG}{Y}年政府采购预算表", rows, [200, 200, 150, 80, 120], right_from=4)
story.pop()
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "E-lichuan-jyj-2025-bmys.pdf")
def footer(c, d):
    c.saveState(); c.setFont("WQY", 8); c.drawCentredString(landscape(A4)[0] / 2, 18, f"— {d.page} —"); c.restoreState()
SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                  title=f"{ORG}{Y}年部门预算", author=ORG).build(story, onFirstPage=footer, onLaterPages=footer)
print("built", out)
