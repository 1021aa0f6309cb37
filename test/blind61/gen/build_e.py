"""Build docs/E-huagou-zhen-2024-bmjs.pdf (portrait A4, text layer) from e_data.py."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
from e_data import *

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
H1 = ParagraphStyle("h1", fontName="WQY", fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="WQY", fontSize=10.5, leading=16, spaceBefore=4)
P = ParagraphStyle("p", fontName="WQY", fontSize=10, leading=16, firstLineIndent=20)
CAP = ParagraphStyle("cap", fontName="WQY", fontSize=11, leading=16, alignment=TA_CENTER, spaceBefore=6)
UNIT = ParagraphStyle("unit", fontName="WQY", fontSize=8.5, leading=12)
NOTE = ParagraphStyle("note", fontName="WQY", fontSize=9, leading=13)
story = []
def para(t, st=P): story.append(Paragraph(t, st))
def table(caption, unitline, rows, widths, nhead=2, note=None, aligns=None):
    story.append(Paragraph(caption, CAP))
    story.append(Paragraph(unitline, UNIT))
    t = Table(rows, colWidths=widths, repeatRows=nhead)
    st = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("ALIGN", (0, 0), (-1, nhead - 1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for c in (aligns or []):
        st.append(("ALIGN", (c, nhead), (c, -1), "RIGHT"))
    t.setStyle(TableStyle(st))
    story.append(t)
    if note:
        story.append(Paragraph(note, NOTE))
    story.append(Spacer(1, 8))

UL = f"编制单位：{ORG}　　　　　　　　　　　　　　　单位：万元"
FUNC_D = {r[0]: r for r in FUNC}
KL = sorted({c[:3] for c in FUNC_D})
def name_of(code): return LEVEL.get(code) or FUNC_D[code][1]
def code_rows(valfn):
    """rows (code, name, values) at 类/款/项 level in code order."""
    out = []
    for k in KL:
        out.append((k, LEVEL[k], valfn(lambda c: c[:3] == k)))
        for kk in sorted({c[:5] for c in FUNC_D if c[:3] == k}):
            out.append((kk, LEVEL[kk], valfn(lambda c, kk=kk: c[:5] == kk)))
            for x in sorted(c for c in FUNC_D if c[:5] == kk):
                out.append((x, FUNC_D[x][1], valfn(lambda c, x=x: c == x)))
    return out
def fin_code(c): return FUNC_D[c][2] + FUNC_D[c][3] - OTHER_SPENT.get(c, 0)
def fin_proj(c): return FUNC_D[c][3] - OTHER_SPENT.get(c, 0)
def inc_fin(c): return fin_code(c) + (CARRY_OUT - CARRY_IN_FIN if c == CARRY_CODE else 0)
def inc_other(c): return INCOME_OTHER if c in OTHER_SPENT else 0
def s(pred, fn): return sum(fn(c) for c in FUNC_D if pred(c))
def cls_total(k, fn): return sum(fn(c) for c in FUNC_D if c[:3] == k)

# ---------------- cover and part one ----------------
para(f"{ORG}<br/>2024年度部门决算", H1)
para("目　录", H2)
for line in ["第一部分　部门概况", "　一、主要职能", "　二、机构设置及决算单位构成", "　三、人员情况",
             "第二部分　2024年度部门决算表",
             "　表一　收入支出决算总表", "　表二　收入决算表", "　表三　支出决算表", "　表四　财政拨款收入支出决算总表",
             "　表五　一般公共预算财政拨款支出决算表", "　表六　一般公共预算财政拨款基本支出决算明细表",
             "　表七　一般公共预算财政拨款“三公”经费支出决算表", "　表八　政府性基金预算财政拨款收入支出决算表",
             "　表九　国有资本经营预算财政拨款支出决算表", "　表十　项目支出决算表",
             "第三部分　2024年度部门决算情况说明", "第四部分　名词解释"]:
    para(line, NOTE)
story.append(PageBreak())
para("第一部分　部门概况", H2)
para("一、主要职能", H3)
para("霁岭县桦沟镇人民政府是霁岭县人民政府派出的一级地方政府，主要职能是：贯彻执行党和国家的路线方针政策及上级决定；"
     "制定并组织实施全镇经济和社会发展规划；负责辖区内农业农村、乡村振兴、人居环境整治、社会事务、安全生产和防汛应急等工作；"
     "指导村民委员会工作，保障村级组织正常运转。桦沟镇辖9个行政村、1个社区。")
para("二、机构设置及决算单位构成", H3)
para("桦沟镇人民政府内设党政综合办公室、经济发展办公室、社会事务办公室、自然资源和生态环境办公室、平安建设办公室5个内设机构。"
     "纳入本部门2024年度部门决算编制范围的单位共3个，具体如下：")
rows = [["序号", "单位名称", "单位性质"], ["栏次", "1", "2"]] + [[str(i + 1), n, k] for i, (n, k) in enumerate(UNITS)]
table("部门决算单位构成", "", rows, [40, 260, 140])
para("三、人员情况", H3)
para(f"截至2024年末，本部门核定行政编制{STAFF['行政编制']}名、事业编制{STAFF['事业编制']}名；实有在职人员"
     f"{STAFF['在职行政'] + STAFF['在职事业']}人，其中行政人员{STAFF['在职行政']}人、事业人员{STAFF['在职事业']}人；"
     f"离退休人员{STAFF['退休']}人。公务用车实有{SG_COUNTS['车辆']}辆。")
story.append(PageBreak())

# ---------------- tables ----------------
para("第二部分　2024年度部门决算表", H2)
L = [("一、一般公共预算财政拨款收入", FIN_INCOME), ("二、政府性基金预算财政拨款收入", 0),
     ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0),
     ("七、附属单位上缴收入", 0), ("八、其他收入", INCOME_OTHER)]
R = [(f"{i}、{LEVEL[k]}", cls_total(k, lambda c: FUNC_D[c][2] + FUNC_D[c][3]))
     for i, k in zip("一二三四五六七八", KL)]
def two_halves(L, R, ltot, rtot, lstart=1, rstart=None):
    n = max(len(L), len(R))
    L = L + [("", None)] * (n - len(L)); R = R + [("", None)] * (n - len(R))
    rstart = rstart or lstart + n + len(ltot)
    rows = [["收　　入", "", "", "支　　出", "", ""], ["项目", "行次", "金额", "项目", "行次", "金额"],
            ["栏次", "", "1", "栏次", "", "2"]]
    li, ri = lstart, rstart
    for (ln, lv), (rn, rv) in zip(L, R):
        row = [ln, str(li) if ln else "", f(lv) if lv is not None else "", rn, str(ri) if rn else "", f(rv) if rv is not None else ""]
        if ln: li += 1
        if rn: ri += 1
        rows.append(row)
    for (ln, lv), (rn, rv) in zip(ltot, rtot):
        rows.append([ln, str(li), f(lv), rn, str(ri), f(rv)]); li += 1; ri += 1
    return rows
rows = two_halves(L, R, [("本年收入合计", INCOME), ("使用非财政拨款结余", 0), ("年初结转和结余", CARRY_IN), ("总计", GRAND)],
                  [("本年支出合计", EXP), ("结余分配", 0), ("年末结转和结余", CARRY_OUT), ("总计", GRAND)], 1, 13)
story.append(Paragraph("表一", UNIT))
table("收入支出决算总表", UL, rows, [140, 30, 68, 150, 30, 68], 3, aligns=[2, 5])
t = story[-2]; t.setStyle(TableStyle([("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0))]))

rows = [["科目编码", "科目名称", "行次", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
        ["栏次", "", "", "1", "2", "3", "4"], ["", "合计", "1", f(INCOME), f(FIN_INCOME), "0.00", f(INCOME_OTHER)]]
for i, (c, n, (a, b)) in enumerate(code_rows(lambda p: (s(p, inc_fin), s(p, inc_other)))):
    rows.append([c, n, str(i + 2), f(a + b), f(a), "0.00", f(b)])
story.append(Paragraph("表二", UNIT))
table("收入决算表", UL, rows, [52, 170, 28, 62, 62, 50, 50], 2, aligns=[3, 4, 5, 6])

rows = [["科目编码", "科目名称", "行次", "本年支出合计", "基本支出", "项目支出"], ["栏次", "", "", "1", "2", "3"],
        ["", "合计", "1", f(EXP), f(BASIC), f(PROJECT)]]
for i, (c, n, (a, b)) in enumerate(code_rows(lambda p: (s(p, lambda c: FUNC_D[c][2]), s(p, lambda c: FUNC_D[c][3])))):
    rows.append([c, n, str(i + 2), f(a + b), f(a), f(b)])
story.append(Paragraph("表三", UNIT))
table("支出决算表", UL, rows, [55, 200, 30, 72, 72, 72], 2, aligns=[3, 4, 5])

L4 = [("一、一般公共预算财政拨款", FIN_INCOME), ("二、政府性基金预算财政拨款", 0), ("三、国有资本经营预算财政拨款", 0)]
R4 = [(f"{i}、{LEVEL[k]}", cls_total(k, fin_code)) for i, k in zip("一二三四五六七八", KL)]
rows = two_halves(L4, R4, [("本年收入合计", FIN_INCOME), ("年初财政拨款结转和结余", CARRY_IN_FIN), ("　一般公共预算财政拨款", CARRY_IN_FIN), ("总计", FIN_INCOME + CARRY_IN_FIN)],
                  [("本年支出合计", FIN_EXP), ("年末财政拨款结转和结余", CARRY_OUT), ("　一般公共预算财政拨款", CARRY_OUT), ("总计", FIN_EXP + CARRY_OUT)], 1, 8)
story.append(Paragraph("表四", UNIT))
table("财政拨款收入支出决算总表", UL, rows, [140, 30, 68, 150, 30, 68], 3, aligns=[2, 5])
story[-2].setStyle(TableStyle([("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0))]))

rows = [["科目编码", "科目名称", "行次", "合计", "基本支出", "项目支出"], ["栏次", "", "", "1", "2", "3"],
        ["", "合计", "1", f(FIN_EXP), f(BASIC), f(FIN_EXP - BASIC)]]
for i, (c, n, (a, b)) in enumerate(code_rows(lambda p: (s(p, lambda c: FUNC_D[c][2]), s(p, fin_proj)))):
    rows.append([c, n, str(i + 2), f(a + b), f(a), f(b)])
story.append(Paragraph("表五", UNIT))
table("一般公共预算财政拨款支出决算表", UL, rows, [55, 200, 30, 72, 72, 72], 2, aligns=[3, 4, 5])

rows = [["科目编码", "科目名称", "行次", "决算数"], ["栏次", "", "", "1"], ["", "基本支出合计", "1", f(BASIC)],
        ["", "人员经费", "2", f(PERSON_T)]]
ln = 3
for c, n, a in PERSON:
    rows.append([c, n, str(ln), f(a)]); ln += 1
rows.append(["", "公用经费", str(ln), f(PUBLIC_T)]); ln += 1
for c, n, a in PUBLIC:
    rows.append([c, n, str(ln), f(a)]); ln += 1
story.append(Paragraph("表六", UNIT))
table("一般公共预算财政拨款基本支出决算明细表", UL, rows, [70, 240, 40, 100], 2, aligns=[3])

sg = dict((n, (b, v)) for n, b, v in SANGONG)
car_b = sg["公务用车购置费"][0] + sg["公务用车运行维护费"][0]; car_f = sg["公务用车购置费"][1] + sg["公务用车运行维护费"][1]
rows = [["项目", "行次", "预算数", "决算数"], ["栏次", "", "1", "2"], ["合计", "1", f(SG_BUD), f(SG_FIN)],
        ["1.因公出国（境）费", "2", f(sg["因公出国（境）费"][0]), f(sg["因公出国（境）费"][1])],
        ["2.公务用车购置及运行维护费", "3", f(car_b), f(car_f)],
        ["　（1）公务用车购置费", "4", f(sg["公务用车购置费"][0]), f(sg["公务用车购置费"][1])],
        ["　（2）公务用车运行维护费", "5", f(sg["公务用车运行维护费"][0]), f(sg["公务用车运行维护费"][1])],
        ["3.公务接待费", "6", f(sg["公务接待费"][0]), f(sg["公务接待费"][1])]]
story.append(Paragraph("表七", UNIT))
table("一般公共预算财政拨款“三公”经费支出决算表", UL, rows, [220, 40, 90, 90], 2, aligns=[2, 3])

rows = [["科目编码", "科目名称", "行次", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
        ["栏次", "", "", "1", "2", "3", "4"], ["", "合计", "1", "", "", "", ""]]
story.append(Paragraph("表八", UNIT))
table("政府性基金预算财政拨款收入支出决算表", UL, rows, [55, 150, 30, 66, 56, 56, 66], 2,
      note="注：本单位无政府性基金收支，故本表为空表。")
rows = [["科目编码", "科目名称", "行次", "本年支出合计", "基本支出", "项目支出"], ["栏次", "", "", "1", "2", "3"],
        ["", "合计", "1", "", "", ""]]
story.append(Paragraph("表九", UNIT))
table("国有资本经营预算财政拨款支出决算表", UL, rows, [55, 180, 30, 72, 72, 72], 2,
      note="注：本单位无国有资本经营预算财政拨款支出，故本表为空表。")
rows = [["项目名称", "行次", "功能分类科目编码", "决算数"], ["栏次", "", "", "1"], ["合计", "1", "", f(PROJECT)]]
for i, (c, n, a) in enumerate(PROJECTS):
    rows.append([n, str(i + 2), c, f(a)])
story.append(Paragraph("表十", UNIT))
table("项目支出决算表", UL, rows, [200, 40, 100, 100], 2, aligns=[3])
story.append(PageBreak())

# ---------------- part three: prose ----------------
para("第三部分　2024年度部门决算情况说明", H2)
def pc(a, b): return f"{abs(pct(a, b)):.2f}%"
def d(a, b): return f(abs(a - b))
para("一、收入支出决算总体情况说明", H3)
para(f"2024年度收入总计{f(GRAND)}万元、支出总计{f(GRAND)}万元。与上年相比，收、支总计各增加{d(GRAND, PREV['收入总计'])}万元，"
     f"增长{pc(GRAND, PREV['收入总计'])}。主要原因是村级组织运转经费补助标准提高，农村人居环境整治项目投入增加。")
para("二、收入决算情况说明", H3)
para(f"2024年度本年收入合计{f(INCOME)}万元，其中：财政拨款收入{f(FIN_INCOME)}万元，占{FIN_INCOME / INCOME * 100:.2f}%；"
     f"其他收入{f(INCOME_OTHER)}万元，占{INCOME_OTHER / INCOME * 100:.2f}%，为村级保洁收费收入。本年无上级补助收入、事业收入和经营收入。")
para("三、支出决算情况说明", H3)
para(f"2024年度本年支出合计{f(EXP)}万元，其中：基本支出{f(BASIC)}万元，占{BASIC / EXP * 100:.2f}%；项目支出{f(PROJECT)}万元，"
     f"占{PROJECT / EXP * 100:.2f}%。与上年相比，本年支出合计增加{d(EXP, PREV['本年支出合计'])}万元，增长{pc(EXP, PREV['本年支出合计'])}；"
     f"其中基本支出较上年增长{pc(BASIC, PREV['基本支出'])}，主要原因是调整工资标准及补缴职业年金；项目支出较上年增长"
     f"{pc(PROJECT, PREV['项目支出'])}，主要原因是新增特色种植产业发展补助项目，村级组织运转经费补助增加。")
para("四、财政拨款收入支出决算总体情况说明", H3)
para(f"2024年度财政拨款收入支出总计{f(FIN_INCOME + CARRY_IN_FIN)}万元，其中：年初财政拨款结转和结余{f(CARRY_IN_FIN)}万元，"
     f"本年财政拨款收入{f(FIN_INCOME)}万元；本年财政拨款支出{f(FIN_EXP)}万元，年末财政拨款结转和结余{f(CARRY_OUT)}万元，"
     f"为尚未拨付完毕的村级组织运转经费补助资金。")
para("五、一般公共预算财政拨款支出决算情况说明", H3)
para(f"（一）总体情况。2024年度一般公共预算财政拨款支出{f(FIN_EXP)}万元，占本年支出合计的{FIN_EXP / EXP * 100:.2f}%。"
     f"年初预算为{f(FIN_BUDGET)}万元，支出决算完成年初预算的{FIN_EXP / FIN_BUDGET * 100:.2f}%，决算数大于年初预算数的主要原因是"
     f"年中追加农村人居环境整治和防汛应急资金。")
parts = "；".join(f"{LEVEL[k]}{f(cls_total(k, fin_code))}万元，占{cls_total(k, fin_code) / FIN_EXP * 100:.2f}%" for k in KL)
para(f"（二）结构情况。{parts}。")
a213 = cls_total("213", fin_code); a212 = cls_total("212", fin_code)
para(f"（三）具体情况。1.农林水支出（类）{f(a213)}万元，较上年增加{d(a213, PREV['213'])}万元，增长{pc(a213, PREV['213'])}，"
     f"主要原因是村级组织运转经费补助标准由每村每年28万元提高到30万元，并新增特色种植产业发展补助。"
     f"2.城乡社区支出（类）{f(a212)}万元，较上年增加{d(a212, PREV['212'])}万元，增长{pc(a212, PREV['212'])}，"
     f"主要用于农村生活垃圾收运和公厕管护，另有其他资金安排的城乡社区环境卫生支出{f(OTHER_SPENT['2120501'])}万元。"
     f"3.一般公共服务支出（类）{f(cls_total('201', fin_code))}万元，主要用于镇机关正常运转和人大代表活动。")
para("六、一般公共预算财政拨款基本支出决算情况说明", H3)
para(f"2024年度一般公共预算财政拨款基本支出{f(BASIC)}万元，其中：人员经费{f(PERSON_T)}万元，主要包括基本工资、津贴补贴、奖金、"
     f"绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、抚恤金、生活补助等；"
     f"公用经费{f(PUBLIC_T)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、"
     f"工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出等。")
para("七、一般公共预算财政拨款“三公”经费支出决算情况说明", H3)
jd_b, jd_f = sg["公务接待费"]; yx_b, yx_f = sg["公务用车运行维护费"]
para(f"2024年度一般公共预算财政拨款“三公”经费支出预算为{f(SG_BUD)}万元，支出决算为{f(SG_FIN)}万元，完成预算的"
     f"{SG_FIN / SG_BUD * 100:.2f}%，较上年减少{d(SG_FIN, SG_PREV['合计'])}万元，下降{pc(SG_FIN, SG_PREV['合计'])}。"
     f"决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务接待和用车开支。")
para(f"1.因公出国（境）费支出决算为0.00万元，全年因公出国（境）团组{SG_COUNTS['团组']}个，累计{SG_COUNTS['出国人次']}人次，与上年持平。")
para(f"2.公务用车购置及运行维护费支出决算为{f(car_f)}万元，完成预算的{car_f / car_b * 100:.2f}%。其中：公务用车购置费0.00万元，"
     f"本年未购置公务用车；公务用车运行维护费{f(yx_f)}万元，较上年减少{d(yx_f, SG_PREV['公务用车运行维护费'])}万元，"
     f"下降{pc(yx_f, SG_PREV['公务用车运行维护费'])}，主要原因是一辆老旧车辆报废后减少了维修和燃油支出。"
     f"截至2024年12月31日，公务用车保有量{SG_COUNTS['车辆']}辆。")
# PLANTED: prose writes 3.62 where table 七 and 30217 give 3.26
para(f"3.公务接待费支出决算为3.62万元，完成预算的{jd_f / jd_b * 100:.2f}%，较上年减少{d(jd_f, SG_PREV['公务接待费'])}万元，"
     f"下降{pc(jd_f, SG_PREV['公务接待费'])}，主要原因是严格执行公务接待标准，减少陪餐人数。全年国内公务接待"
     f"{SG_COUNTS['批次']}批次、{SG_COUNTS['接待人次']}人次，无外事接待。")
para("八、政府性基金预算财政拨款收入支出决算情况说明", H3)
para("本单位2024年度无政府性基金预算财政拨款收入，也未使用政府性基金预算财政拨款安排支出，故表八为空表。")
para("九、国有资本经营预算财政拨款支出决算情况说明", H3)
para("本单位2024年度无国有资本经营预算财政拨款支出，故表九为空表。")
para("十、机关运行经费支出情况说明", H3)
para(f"2024年度本部门（镇本级）机关运行经费支出{f(JGYX)}万元，较上年减少{d(JGYX, 9340)}万元，下降{pc(JGYX, 9340)}，"
     f"主要原因是压减办公费和差旅费支出。")
para("十一、政府采购支出情况说明", H3)
para(f"2024年度本部门政府采购支出总额{f(PROC['总额'])}万元，其中：政府采购货物支出{f(PROC['货物'])}万元，政府采购工程支出0.00万元，"
     f"政府采购服务支出{f(PROC['服务'])}万元。授予中小企业合同金额{f(PROC['总额'])}万元，占政府采购支出总额的100%。")
para("十二、国有资产占用情况说明", H3)
para(f"截至2024年12月31日，本部门共有车辆{SG_COUNTS['车辆']}辆，其中：一般公务用车2辆，应急保障用车2辆；无单位价值100万元以上设备。")
para("十三、预算绩效情况说明", H3)
para(f"本部门对2024年度{len(PROJECTS)}个项目支出开展了绩效自评，涉及资金{f(PROJECT)}万元，自评覆盖率100%。"
     "其中农村人居环境整治项目自评得分92分，村级组织运转经费补助项目自评得分95分。")
para("第四部分　名词解释", H2)
for t in ["1.财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
          "2.其他收入：指单位取得的除上述收入以外的各项收入。",
          "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金。"]:
    para(t, NOTE)

out = os.path.join(os.path.dirname(__file__), "..", "docs", "E-huagou-zhen-2024-bmjs.pdf")
def footer(c, doc):
    c.setFont("WQY", 8); c.drawCentredString(A4[0] / 2, 20, f"— {doc.page} —")
SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=45, bottomMargin=40,
                  title=f"{ORG}2024年度部门决算", author=ORG).build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", out)
