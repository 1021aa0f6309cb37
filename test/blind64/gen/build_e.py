from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from e_data import *
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "WQY"
H1 = ParagraphStyle("h1", fontName=F, fontSize=15, leading=22, alignment=1, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=4)
P = ParagraphStyle("p", fontName=F, fontSize=9.5, leading=15, firstLineIndent=19, wordWrap="CJK")
SM = ParagraphStyle("sm", fontName=F, fontSize=8, leading=11)
def m(v): return "" if v == 0 else f"{v/100:,.2f}"
def mz(v): return f"{v/100:,.2f}"
R = check(); bf, gp, fund, allf = compute()
gpr = roll(gp); allr = roll(allf)
story = []
def title(t, unit="单位：万元"):
    story.append(Paragraph(t, H2)); story.append(Paragraph(f"部门：榆汀市文化和旅游局　　　　　　　　　　　　　　　　　{unit}", SM)); story.append(Spacer(1, 3))
def tbl(data, widths, hdr=1, fs=7, spans=()):
    t = Table(data, colWidths=widths, repeatRows=hdr)
    st = [("FONT", (0, 0), (-1, -1), F, fs), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, hdr - 1), "CENTER"),
          ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)] + list(spans)
    t.setStyle(TableStyle(st)); story.append(t); story.append(Spacer(1, 8))
def coderow(k):
    if len(k) == 3: return [k, "", ""]
    if len(k) == 5: return [k[:3], k[3:5], ""]
    return [k[:3], k[3:5], k[5:]]
# ---- cover and 目录
story += [Spacer(1, 150), Paragraph("榆汀市文化和旅游局", H1), Paragraph("2024年度部门决算", H1), Spacer(1, 40),
          Paragraph("榆汀市文化和旅游局编制　　2025年8月", ParagraphStyle("c", fontName=F, fontSize=11, alignment=1)), PageBreak()]
story.append(Paragraph("目　录", H1))
for l in ["第一部分　部门概况", "　一、主要职能", "　二、部门决算单位构成", "第二部分　2024年度部门决算表",
          "　表1 收入支出决算总表　表2 收入决算表　表3 支出决算表　表4 财政拨款收入支出决算总表",
          "　表5 一般公共预算财政拨款支出决算表　表6 一般公共预算财政拨款基本支出决算表",
          "　表7 政府性基金预算财政拨款收入支出决算表　表8 国有资本经营预算财政拨款支出决算表",
          "　表9 财政拨款“三公”经费支出决算表　表10 项目支出决算表",
          "第三部分　2024年度部门决算情况说明", "第四部分　名词解释"]:
    story.append(Paragraph(l, P))
story.append(PageBreak())
story.append(Paragraph("第一部分　部门概况", H1))
story.append(Paragraph("一、主要职能", H2))
story.append(Paragraph("榆汀市文化和旅游局是市政府工作部门，贯彻落实党的文化工作方针政策，统筹规划全市文化事业、文化产业和旅游业发展，负责全市文物保护和公共图书馆等公共文化服务体系建设，指导文化和旅游市场综合执法。", P))
story.append(Paragraph("二、部门决算单位构成", H2))
story.append(Paragraph("纳入本部门2024年度部门决算编制范围的单位共3个，包括局机关（行政单位）和2个所属事业单位：", P))
tbl([["序号", "单位名称", "单位性质", "年末实有人数"], ["1", U["J"], "行政单位", "28人"], ["2", U["T"], "公益一类事业单位", "22人"],
     ["3", U["W"], "公益一类事业单位", "12人"]], [40, 220, 120, 90], fs=8.5)
story.append(PageBreak())
story.append(Paragraph("第二部分　2024年度部门决算表", H1))
# ---- 表1
title("表1　收入支出决算总表")
gfund_total = FUND_IN
lft = [("一、一般公共预算财政拨款收入", R["gp_income"]), ("二、政府性基金预算财政拨款收入", FUND_IN), ("三、国有资本经营预算财政拨款收入", 0),
       ("四、上级补助收入", 0), ("五、事业收入", 360), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", 600)]
rgt = [("一、文化旅游体育与传媒支出", sum(allr["207"])), ("二、社会保障和就业支出", sum(allr["208"])), ("三、卫生健康支出", sum(allr["210"])),
       ("四、住房保障支出", sum(allr["221"]))]
rows = [["收　入", "", "", "支　出", "", ""], ["项　目", "行次", "决算数", "项　目", "行次", "决算数"], ["栏　次", "", "1", "栏　次", "", "2"]]
for i in range(8):
    a = lft[i]; b = rgt[i] if i < len(rgt) else ("", None)
    rows.append([a[0], str(i + 1), m(a[1]), b[0], str(i + 29) if b[0] else "", m(b[1]) if b[1] is not None else ""])
rows.append(["本年收入合计", "9", mz(R["income"]), "本年支出合计", "37", mz(R["all_total"])])
rows.append(["使用非财政拨款结余", "10", "", "结余分配", "38", ""])
rows.append(["年初结转和结余", "11", mz(CARRY_IN), "年末结转和结余", "39", mz(CARRY_OUT + FUND_OUT_CARRY)])
rows.append(["总计", "12", mz(R["grand"]), "总计", "40", mz(R["grand"])])
tbl(rows, [138, 24, 62, 138, 24, 62], hdr=3, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)), ("ALIGN", (2, 3), (2, -1), "RIGHT"), ("ALIGN", (5, 3), (5, -1), "RIGHT")])
story.append(Paragraph("注：本表反映部门本年度的总收支和年末结转结余情况。", SM))
# ---- 表2 收入决算表
title("表2　收入决算表")
inc = {}
for k, (b, p) in gp.items(): inc.setdefault(k, [0, 0, 0, 0]); inc[k][1] += b + p
inc["2070113"][1] -= CARRY_IN; inc["2070204"][1] += CARRY_OUT
inc["2070702"] = [0, FUND_IN, 0, 0]
inc["2070104"][2] += 360; inc["2070204"][3] += 600
for k in inc: inc[k][0] = sum(inc[k][1:])
incr = roll(inc)
rows = [["科目编码", "", "", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位\n上缴收入", "其他收入"],
        ["类", "款", "项", "", "", "", "", "", "", "", ""],
        ["", "", "", "合计", mz(sum(v[0] for v in inc.values())), mz(sum(v[1] for v in inc.values())), "", m(360), "", "", m(600)]]
for k in ORDER:
    if k in incr:
        v = incr[k]; rows.append(coderow(k) + [NAMES[k], m(v[0]), m(v[1]), "", m(v[2]), "", "", m(v[3])])
assert sum(v[0] for v in inc.values()) == R["income"]
tbl(rows, [20, 18, 18, 128, 54, 54, 44, 44, 40, 50, 44], hdr=2, fs=6.5, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1))] + [("SPAN", (i, 0), (i, 1)) for i in range(4, 11)] + [("ALIGN", (4, 2), (-1, -1), "RIGHT")])
# ---- 表3 支出决算表
title("表3　支出决算表")
rows = [["科目编码", "", "", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级\n支出", "经营支出", "对附属单位\n补助支出"], ["类", "款", "项", "", "", "", "", "", "", ""],
        ["", "", "", "合计", mz(R["all_total"]), mz(R["basic"]), mz(R["all_total"] - R["basic"]), "", "", ""]]
for k in ORDER:
    if k in allr:
        b, p = allr[k]; rows.append(coderow(k) + [NAMES[k], m(b + p), m(b), m(p), "", "", ""])
tbl(rows, [20, 18, 18, 150, 60, 58, 58, 46, 40, 56], hdr=2, fs=6.5, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1))] + [("SPAN", (i, 0), (i, 1)) for i in range(4, 10)] + [("ALIGN", (4, 2), (-1, -1), "RIGHT")])
# ---- 表4 财政拨款收入支出决算总表
title("表4　财政拨款收入支出决算总表")
gpc = roll({k: [b + p] for k, (b, p) in gp.items()})
rows = [["收　入", "", "", "支　出", "", "", ""], ["项　目", "行次", "决算数", "项　目", "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        ["一、一般公共预算财政拨款", "1", mz(R["gp_income"]), "一、文化旅游体育与传媒支出", mz(gpc["207"][0] + 2000), mz(gpc["207"][0]), mz(2000)],
        ["二、政府性基金预算财政拨款", "2", mz(FUND_IN), "二、社会保障和就业支出", mz(gpc["208"][0]), mz(gpc["208"][0]), ""],
        ["三、国有资本经营预算财政拨款", "3", "", "三、卫生健康支出", mz(gpc["210"][0]), mz(gpc["210"][0]), ""],
        ["", "", "", "四、住房保障支出", mz(gpc["221"][0]), mz(gpc["221"][0]), ""],
        ["本年收入合计", "4", mz(R["gp_income"] + FUND_IN), "本年支出合计", mz(R["gp_total"] + 2000), mz(R["gp_total"]), mz(2000)],
        ["年初财政拨款结转和结余", "5", mz(CARRY_IN), "年末财政拨款结转和结余", mz(CARRY_OUT + FUND_OUT_CARRY), mz(CARRY_OUT), mz(FUND_OUT_CARRY)],
        ["　一般公共预算财政拨款", "6", mz(CARRY_IN), "", "", "", ""], ["　政府性基金预算财政拨款", "7", "", "", "", "", ""],
        ["总计", "8", mz(R["gp_income"] + FUND_IN + CARRY_IN), "总计", mz(R["gp_total"] + 2000 + CARRY_OUT + FUND_OUT_CARRY), mz(R["gp_total"] + CARRY_OUT), mz(2000 + FUND_OUT_CARRY)]]
assert R["gp_income"] + FUND_IN + CARRY_IN == R["gp_total"] + 2000 + CARRY_OUT + FUND_OUT_CARRY
tbl(rows, [112, 22, 56, 120, 56, 92, 92], hdr=2, fs=6.8, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (6, 0)), ("ALIGN", (2, 2), (2, -1), "RIGHT"), ("ALIGN", (4, 2), (-1, -1), "RIGHT")])
story.append(PageBreak())
# ---- 表5 一般公共预算财政拨款支出决算表
title("表5　一般公共预算财政拨款支出决算表")
b0r = roll({k: list(v) for k, v in BUD0.items()}); b1r = roll({k: list(v) for k, v in BUD1.items()})
rows = [["科目编码", "", "", "科目名称", "年初预算数", "", "", "全年预算数", "", "", "决算数", "", ""],
        ["类", "款", "项", "", "小计", "基本支出", "项目支出", "小计", "基本支出", "项目支出", "小计", "基本支出", "项目支出"]]
T0 = [sum(v[i] for v in BUD0.values()) for i in (0, 1)]; T1 = [sum(v[i] for v in BUD1.values()) for i in (0, 1)]
rows.append(["", "", "", "合计", mz(sum(T0)), mz(T0[0]), mz(T0[1]), mz(sum(T1)), mz(T1[0]), mz(T1[1]), mz(R["gp_total"]), mz(R["gpb"]), mz(R["gpp"])])
for k in ORDER:
    if k in gpr:
        a, b, c = b0r.get(k, [0, 0]), b1r.get(k, [0, 0]), gpr[k]
        rows.append(coderow(k) + [NAMES[k], m(sum(a)), m(a[0]), m(a[1]), m(sum(b)), m(b[0]), m(b[1]), m(sum(c)), m(c[0]), m(c[1])])
tbl(rows, [18, 16, 16, 104] + [43] * 9, hdr=2, fs=6, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (9, 0)), ("SPAN", (10, 0), (12, 0)), ("ALIGN", (4, 2), (-1, -1), "RIGHT")])
# ---- 表6 基本支出 (人员经费 | 公用经费 side by side)
title("表6　一般公共预算财政拨款基本支出决算表")
pl = [(k, n, sum(mm.values())) for k, (n, mm) in PERS.items()]; ql = [(k, n, sum(mm.values())) for k, (n, mm) in PUB.items()]
rows = [["人员经费", "", "", "公用经费", "", ""], ["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"]]
for i in range(max(len(pl), len(ql))):
    a = pl[i] if i < len(pl) else ("", "", None); b = ql[i] if i < len(ql) else ("", "", None)
    rows.append([a[0], a[1], m(a[2]) if a[2] else "", b[0], b[1], m(b[2]) if b[2] else ""])
rows.append(["", "人员经费合计", mz(R["pers"]), "", "公用经费合计", mz(R["pub"])])
tbl(rows, [52, 150, 56, 52, 150, 56], hdr=2, fs=6.8, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)), ("ALIGN", (2, 2), (2, -1), "RIGHT"), ("ALIGN", (5, 2), (5, -1), "RIGHT")])
story.append(Paragraph(f"注：基本支出合计{mz(R['basic'])}万元。", SM))
# ---- 表7 政府性基金
title("表7　政府性基金预算财政拨款收入支出决算表")
rows = [["科目编码", "", "", "科目名称", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"], ["类", "款", "项", "", "", "", "小计", "基本支出", "项目支出", ""],
        ["", "", "", "合计", "", mz(FUND_IN), mz(2000), "", mz(2000), mz(FUND_OUT_CARRY)]]
for k in ("207", "20707", "2070702"):
    rows.append(coderow(k) + [NAMES[k], "", mz(FUND_IN), mz(2000), "", mz(2000), mz(FUND_OUT_CARRY)])
tbl(rows, [20, 18, 18, 150, 58, 52, 52, 44, 52, 62], hdr=2, fs=6.5, spans=[("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (6, 0), (8, 0))] + [("SPAN", (i, 0), (i, 1)) for i in (4, 5, 9)] + [("ALIGN", (4, 2), (-1, -1), "RIGHT")])
title("表8　国有资本经营预算财政拨款支出决算表")
tbl([["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]], [80, 180, 80, 70, 70], fs=7)
story.append(Paragraph("注：本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。", SM))
# ---- 表9 三公
title("表9　财政拨款“三公”经费支出决算表")
B, A = SANGONG_BUD, SANGONG_ACT
def sg(d): return [mz(sum(d.values())), mz(d["出国"]), mz(d["购置"] + d["运行"]), mz(d["购置"]), mz(d["运行"]), mz(d["接待"])]
rows = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国\n（境）费", "公务用车购置及运行费", "", "", "公务\n接待费", "合计", "因公出国\n（境）费", "公务用车购置及运行费", "", "", "公务\n接待费"],
        ["", "", "小计", "公务用车\n购置费", "公务用车\n运行费", "", "", "", "小计", "公务用车\n购置费", "公务用车\n运行费", ""],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], sg(B) + sg(A)]
tbl(rows, [44] * 12, hdr=4, fs=6, spans=[("SPAN", (0, 0), (5, 0)), ("SPAN", (6, 0), (11, 0)), ("SPAN", (2, 1), (4, 1)), ("SPAN", (8, 1), (10, 1))] + [("SPAN", (i, 1), (i, 2)) for i in (0, 1, 5, 6, 7, 11)] + [("ALIGN", (0, 4), (-1, 4), "RIGHT")])
# ---- 表10 项目支出
title("表10　项目支出决算表")
rows = [["单位名称", "项目名称", "功能分类\n科目编码", "合计", "一般公共预算\n财政拨款", "政府性基金预算\n财政拨款", "其他资金"]]
for u, c, n, g, f, sy, qt in PROJ:
    gg = g - (CARRY_OUT if c == "2070204" else 0)
    rows.append([U[u], n, c, mz(gg + f + sy + qt), m(gg), m(f), m(sy + qt)])
rows.append(["合计", "", "", mz(R["all_total"] - R["basic"]), mz(R["gpp"]), mz(2000), mz(960)])
tbl(rows, [92, 150, 50, 50, 62, 62, 44], fs=6.5, spans=[("ALIGN", (3, 1), (-1, -1), "RIGHT")])
story.append(PageBreak())
# ---- 第三部分 说明 (from e_prose.txt)
story.append(Paragraph("第三部分　2024年度部门决算情况说明", H1))
for line in open("e_prose.txt", encoding="utf-8").read().split("\n"):
    line = line.strip()
    if not line: continue
    story.append(Paragraph(line, H2 if line.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十")) and len(line) < 40 else P))
def footer(c, d):
    c.setFont(F, 8); c.drawCentredString(A4[0] / 2, 20, f"— {d.page} —")
doc = SimpleDocTemplate("../docs/E-yuting-wlj-2024-bmjs.pdf", pagesize=A4, leftMargin=28, rightMargin=28, topMargin=36, bottomMargin=36,
                        title="榆汀市文化和旅游局2024年度部门决算", author="榆汀市文化和旅游局")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
