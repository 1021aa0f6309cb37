#!/usr/bin/env python3
"""Write E: 潆川县农业农村局2024年度部门决算 as a Word .docx (zip of WordprocessingML written by hand).

Tables are real Word tables (w:tbl) with merged header cells (w:gridSpan / w:vMerge); the 说明 are paragraphs
with numbered headings 一、（一）1.; tables print 元 with thousands separators, prose prints 万元.
"""
import os, zipfile
from xml.sax.saxutils import escape
import e_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-yingchuan-nyncj-2024-bmjs.docx")

W = D.wan
Yf = D.yuan
body = []     # xml chunks
plain = []    # plain text lines (for gen/E_text.txt, used by check.py as a cross-check)


def run(t, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(t, style=None, bold=False, center=False, size=None):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    body.append(f"<w:p>{ppr}{run(t, bold, size)}</w:p>")
    plain.append(t)


def H1(t): para(t, "Heading1", center=True)
def H2(t): para(t, "Heading2")
def H3(t): para(t, "Heading3")
def P(t): para(t)


def cell(t, span=1, vmerge=None, bold=False, right=False, width=None):
    tcpr = "<w:tcPr>"
    if width:
        tcpr += f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    tcpr += '<w:vAlign w:val="center"/></w:tcPr>'
    jc = '<w:pPr><w:jc w:val="right"/></w:pPr>' if right else '<w:pPr><w:jc w:val="center"/></w:pPr>' if bold else ""
    txt = "" if vmerge == "continue" else t
    return f"<w:tc>{tcpr}<w:p>{jc}{run(txt, bold) if txt else ''}</w:p></w:tc>"


def table(ncols, header_rows, data_rows, num_from=1):
    """header_rows: list of rows, each a list of (text, span, vmerge). data_rows: list of lists of strings
    (len ncols); columns >= num_from are right-aligned numbers."""
    grid = "".join('<w:gridCol w:w="1400"/>' for _ in range(ncols))
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
         '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
         f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for hr in header_rows:
        x.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(t, s, v, bold=True) for t, s, v in hr) + "</w:tr>")
        plain.append(" | ".join(t for t, s, v in hr if v != "continue"))
    for r in data_rows:
        assert len(r) == ncols, r
        x.append("<w:tr>" + "".join(cell(t, right=(i >= num_from and t != "")) for i, t in enumerate(r)) + "</w:tr>")
        plain.append(" | ".join(r))
    x.append("</w:tbl>")
    body.append("".join(x))


def caption(title, no):
    para(title, bold=True, center=True)
    P(f"公开{no:02d}表")
    P(f"部门：{D.DEPT}　　　　金额单位：元")


def y(f):
    return "" if f == 0 else Yf(f)


def y0(f):
    return Yf(f)


# ------------------------------------------------------------------ derived values
INC, INCA = D.INC, D.INC_ALL
EXP, GRAND = D.EXP_TOTAL, D.GRAND
GP_EXP = D.tot(src="GP")
BASIC, PROJ = D.tot(kind="基本"), D.tot(kind="项目")
PERSON, PUBLIC = D.person(), D.public()
RUN = D.public("本级")
SG = D.SG_ACT
SGT = sum(SG.values())
SGB = sum(D.SG_BUD.values())
SG23 = sum(D.SG_2023.values())
PROCT = sum(D.PROC.values())
NT = D.PROJ_GP[("本级", "2130153")]
GP_PROJ = D.tot(kind="项目", src="GP")


def pc(a, b):
    return D.pct(a, b)


def chg(a, b):
    d = a - b
    return ("增加" if d >= 0 else "减少") + f"{W(abs(d))}万元，" + ("增长" if d >= 0 else "下降") + f"{pc(abs(d), b)}%"


# ------------------------------------------------------------------ document
H1(f"{D.DEPT}2024年度部门决算")
P("（2025年9月公开）")
H2("目　录")
for t in ["第一部分　部门概况", "　一、部门职责", "　二、机构设置及决算单位构成",
          "第二部分　2024年度部门决算表",
          "　一、收入支出决算总表", "　二、收入决算表", "　三、支出决算表", "　四、财政拨款收入支出决算总表",
          "　五、一般公共预算财政拨款支出决算表", "　六、一般公共预算财政拨款基本支出决算表",
          "　七、财政拨款“三公”经费支出决算表", "　八、政府性基金预算财政拨款收入支出决算表",
          "　九、国有资本经营预算财政拨款支出决算表", "　十、国有资产（车辆）占用情况表",
          "第三部分　2024年度部门决算情况说明", "第四部分　名词解释"]:
    P(t)

H2("第一部分　部门概况")
H3("一、部门职责")
for i, t in enumerate([
        "贯彻执行党中央关于“三农”工作的方针政策和省、市、县决策部署，统筹研究和组织实施全县“三农”工作发展规划。",
        "负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理，组织实施高标准农田建设。",
        "负责农产品质量安全监督管理和动物疫病防控工作，组织农业防灾减灾。",
        "指导农村集体经济组织、农民合作社和家庭农场发展，负责农村宅基地和承包地管理。",
        "完成县委、县人民政府交办的其他任务。"], 1):
    P(f"{i}.{t}")
H3("二、机构设置及决算单位构成")
P(f"{D.DEPT}机关内设办公室、计划财务股、种植业管理股、畜牧兽医股、农村经营管理股、农田建设管理股、"
  "农业综合行政执法大队等7个股室（队）。纳入本部门2024年度部门决算编制范围的单位共4个，包括："
  f"{D.UNIT_NAME['本级']}、{D.UNIT_NAME['站']}、{D.UNIT_NAME['中心']}、{D.UNIT_NAME['所']}。"
  "其中行政单位1个，全额拨款事业单位3个。")
P("截至2024年末，本部门编制人数112人，实有人数104人，其中：本级实有41人，县农业技术推广站实有26人，"
  "县农村经营服务中心实有15人，县动物疫病预防控制所实有22人；另有退休人员58人。")

H2("第二部分　2024年度部门决算表")

# 表1 收入支出决算总表
caption("一、收入支出决算总表", 1)
inc_rows = [
    ("一、一般公共预算财政拨款收入", D.BUD_INC["GP"], INCA["GP"]),
    ("二、政府性基金预算财政拨款收入", D.BUD_INC["GF"], INCA["GF"]),
    ("三、国有资本经营预算财政拨款收入", 0, 0),
    ("四、上级补助收入", 0, 0),
    ("五、事业收入", D.BUD_INC["SY"], INCA["SY"]),
    ("六、经营收入", 0, 0),
    ("七、附属单位上缴收入", 0, 0),
    ("八、其他收入", D.BUD_INC["QT"], INCA["QT"]),
]
exp_rows = [(f"{n}、{D.NAMES[c]}", D.BUD_EXP[c], D.tot(code=c)) for n, c in zip("一二三四五", D.CLASSES)]
rows = []
for i in range(8):
    a = inc_rows[i]
    b = exp_rows[i] if i < len(exp_rows) else ("", None, None)
    rows.append([a[0], y0(a[1]), y0(a[2]), b[0], "" if b[1] is None else y0(b[1]), "" if b[2] is None else y0(b[2])])
BUDT = sum(D.BUD_INC.values())
rows.append(["本年收入合计", y0(BUDT), y0(D.INC_TOTAL), "本年支出合计", y0(sum(D.BUD_EXP.values())), y0(EXP)])
rows.append(["使用非财政拨款结余", "", "0.00", "结余分配", "", "0.00"])
rows.append(["年初结转和结余", "", y0(D.CARRY_IN), "年末结转和结余", "", y0(D.CARRY_OUT)])
rows.append(["收入总计", y0(BUDT), y0(GRAND), "支出总计", y0(sum(D.BUD_EXP.values())), y0(EXP + D.CARRY_OUT)])
table(6, [[("收入", 3, None), ("支出", 3, None)],
          [("项目", 1, None), ("年初预算数", 1, None), ("决算数", 1, None),
           ("项目", 1, None), ("年初预算数", 1, None), ("决算数", 1, None)]], rows)
P("注：本表反映部门本年度的总收支和年末结转结余情况。")

# 表2 收入决算表 (by unit)
caption("二、收入决算表", 2)
rows = []
def incrow(name, d):
    t = sum(d.values())
    return [name, y0(t), y0(d["GP"] + d["GF"]), y0(d["GP"]), y0(d["GF"]), y0(d["SY"]), y0(d["QT"])]
rows.append(incrow("合计", INCA))
for u in D.UNITS:
    rows.append(incrow(D.UNIT_NAME[u], INC[u]))
table(7, [[("单位名称", 1, "restart"), ("本年收入合计", 1, "restart"), ("财政拨款收入", 3, None),
           ("事业收入", 1, "restart"), ("其他收入", 1, "restart")],
          [("", 1, "continue"), ("", 1, "continue"), ("小计", 1, None), ("一般公共预算", 1, None),
           ("政府性基金预算", 1, None), ("", 1, "continue"), ("", 1, "continue")]], rows)

# 表3 支出决算表 (single code column)
caption("三、支出决算表", 3)
rows = [["", "合计", y0(EXP), y0(BASIC), y0(PROJ)]]
for c in D.codes_present():
    rows.append([c, D.NAMES[c], y0(D.tot(code=c)), y(D.tot(code=c, kind="基本")), y(D.tot(code=c, kind="项目"))])
table(5, [[("科目编码", 1, None), ("科目名称", 1, None), ("本年支出合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]], rows, num_from=2)

# 表4 财政拨款收入支出决算总表
caption("四、财政拨款收入支出决算总表", 4)
FIN_EXP = D.tot(src=("GP", "GF"))
left = [("一、一般公共预算财政拨款", INCA["GP"]), ("二、政府性基金预算财政拨款", INCA["GF"]),
        ("三、国有资本经营预算财政拨款", 0), ("", None), ("", None)]
right = [(f"{n}、{D.NAMES[c]}", D.tot(code=c, src=("GP", "GF")), D.tot(code=c, src="GP"), D.tot(code=c, src="GF"))
         for n, c in zip("一二三四五", D.CLASSES)]
rows = []
for i in range(5):
    l, r = left[i], right[i]
    rows.append([l[0], "" if l[1] is None else y0(l[1]), r[0], y0(r[1]), y0(r[2]), y0(r[3])])
rows.append(["本年收入合计", y0(INCA["GP"] + INCA["GF"]), "本年支出合计", y0(FIN_EXP), y0(GP_EXP), y0(D.tot(src="GF"))])
rows.append(["年初财政拨款结转和结余", y0(D.CARRY_IN), "年末财政拨款结转和结余", y0(D.CARRY_OUT), y0(D.CARRY_OUT), "0.00"])
rows.append(["收入总计", y0(INCA["GP"] + INCA["GF"] + D.CARRY_IN), "支出总计", y0(FIN_EXP + D.CARRY_OUT),
             y0(GP_EXP + D.CARRY_OUT), y0(D.tot(src="GF"))])
table(6, [[("收入", 2, None), ("支出", 4, None)],
          [("项目", 1, "restart"), ("决算数", 1, "restart"), ("项目", 1, "restart"), ("决算数", 3, None)],
          [("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"), ("小计", 1, None),
           ("一般公共预算财政拨款", 1, None), ("政府性基金预算财政拨款", 1, None)]], rows)

# 表5 一般公共预算财政拨款支出决算表 (类/款/项 in three columns)
caption("五、一般公共预算财政拨款支出决算表", 5)
rows = [["", "", "", "合计", y0(GP_EXP), y0(D.tot(kind="基本", src="GP")), y0(GP_PROJ)]]
for c in D.codes_present(src="GP"):
    lei, kuan, xiang = c[:3], (c[3:5] if len(c) >= 5 else ""), (c[5:7] if len(c) == 7 else "")
    rows.append([lei, kuan, xiang, D.NAMES[c], y0(D.tot(code=c, src="GP")),
                 y(D.tot(code=c, kind="基本", src="GP")), y(D.tot(code=c, kind="项目", src="GP"))])
table(7, [[("科目编码", 3, None), ("科目名称", 1, "restart"), ("本年支出", 3, None)],
          [("类", 1, None), ("款", 1, None), ("项", 1, None), ("", 1, "continue"),
           ("小计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]], rows, num_from=4)

# 表6 基本支出 人员经费 | 公用经费 side by side
caption("六、一般公共预算财政拨款基本支出决算表", 6)
pl = [(c, n, D.econ_total(c)) for c, n in D.PERSON_ITEMS]
pu = [(c, n, D.econ_total(c)) for c, n in D.PUBLIC_ITEMS]
rows = []
for i in range(max(len(pl), len(pu))):
    a = pl[i] if i < len(pl) else ("", "", None)
    b = pu[i] if i < len(pu) else ("", "", None)
    rows.append([a[0], a[1], "" if a[2] is None else y0(a[2]), b[0], b[1], "" if b[2] is None else y0(b[2])])
rows.append(["", "人员经费合计", y0(PERSON), "", "公用经费合计", y0(PUBLIC)])
table(6, [[("人员经费", 3, None), ("公用经费", 3, None)],
          [("科目编码", 1, None), ("科目名称", 1, None), ("决算数", 1, None),
           ("科目编码", 1, None), ("科目名称", 1, None), ("决算数", 1, None)]], rows, num_from=2)
P(f"注：基本支出合计{y0(PERSON + PUBLIC)}元。")

# 表7 三公
caption("七、财政拨款“三公”经费支出决算表", 7)
rows = [["合计", y0(SGB), y0(SGT)],
        ["1.因公出国（境）费", y0(D.SG_BUD["出国"]), y0(SG["出国"])],
        ["2.公务用车购置及运行维护费", y0(D.SG_BUD["购置"] + D.SG_BUD["运行"]), y0(SG["购置"] + SG["运行"])],
        ["（1）公务用车购置费", y0(D.SG_BUD["购置"]), y0(SG["购置"])],
        ["（2）公务用车运行维护费", y0(D.SG_BUD["运行"]), y0(SG["运行"])],
        ["3.公务接待费", y0(D.SG_BUD["接待"]), y0(SG["接待"])]]
table(3, [[("项目", 1, "restart"), ("2024年度", 2, None)],
          [("", 1, "continue"), ("预算数", 1, None), ("决算数", 1, None)]], rows)

# 表8 政府性基金
caption("八、政府性基金预算财政拨款收入支出决算表", 8)
GF = D.tot(src="GF")
rows = [["", "合计", "0.00", y0(INCA["GF"]), y0(GF), "", y0(GF), "0.00"]]
for c in D.codes_present(src="GF"):
    rows.append([c, D.NAMES[c], "0.00", y0(D.tot(code=c, src="GF")), y0(D.tot(code=c, src="GF")), "",
                 y0(D.tot(code=c, src="GF")), "0.00"])
table(8, [[("科目编码", 1, "restart"), ("科目名称", 1, "restart"), ("年初结转和结余", 1, "restart"),
           ("本年收入", 1, "restart"), ("本年支出", 3, None), ("年末结转和结余", 1, "restart")],
          [("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"), ("", 1, "continue"),
           ("小计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None), ("", 1, "continue")]], rows, num_from=2)

# 表9 国有资本经营
caption("九、国有资本经营预算财政拨款支出决算表", 9)
table(5, [[("科目编码", 1, None), ("科目名称", 1, None), ("本年支出合计", 1, None), ("基本支出", 1, None), ("项目支出", 1, None)]],
      [["", "合计", "", "", ""]], num_from=2)
P("注：本部门2024年度无国有资本经营预算财政拨款支出，本表为空表。")

# 表10 国有资产（车辆）
para("十、国有资产（车辆）占用情况表", bold=True, center=True)
P("金额单位：辆、台（套）")
V = D.VEHICLES
table(7, [[("车辆（辆）", 5, None), ("单位价值50万元以上通用设备（台、套）", 1, "restart"),
           ("单位价值100万元以上专用设备（台、套）", 1, "restart")],
          [("合计", 1, None), ("一般公务用车", 1, None), ("执法执勤用车", 1, None), ("特种专业技术用车", 1, None),
           ("其他用车", 1, None), ("", 1, "continue"), ("", 1, "continue")]],
      [[str(V["总数"]), str(V["一般公务用车"]), str(V["执法执勤用车"]), str(V["特种专业技术用车"]),
        str(V["其他用车"]), str(D.EQUIP_50W), str(D.EQUIP_100W)]], num_from=0)

# ------------------------------------------------------------------ 说明
H2("第三部分　2024年度部门决算情况说明")
Y23 = D.Y2023
H3("一、收入支出决算总体情况说明")
P(f"2024年度收入总计{W(GRAND)}万元、支出总计{W(EXP + D.CARRY_OUT)}万元。其中本年收入合计{W(D.INC_TOTAL)}万元，"
  f"与2023年度相比，{chg(D.INC_TOTAL, Y23['INC_TOTAL'])}；本年支出合计{W(EXP)}万元，与2023年度相比，"
  f"{chg(EXP, Y23['EXP_TOTAL'])}。主要原因是上级下达的高标准农田建设补助资金增加，以及新增土地出让收入安排的"
  "农村基础设施建设资金。")
H3("二、收入决算情况说明")
P(f"2024年度本年收入合计{W(D.INC_TOTAL)}万元，其中：一般公共预算财政拨款收入{W(INCA['GP'])}万元，"
  f"占{pc(INCA['GP'], D.INC_TOTAL)}%；政府性基金预算财政拨款收入{W(INCA['GF'])}万元，占{pc(INCA['GF'], D.INC_TOTAL)}%；"
  f"事业收入{W(INCA['SY'])}万元，占{pc(INCA['SY'], D.INC_TOTAL)}%，为县动物疫病预防控制所开展检测服务取得的收入；"
  f"其他收入{W(INCA['QT'])}万元，占{pc(INCA['QT'], D.INC_TOTAL)}%。另有年初结转和结余{W(D.CARRY_IN)}万元。")
H3("三、支出决算情况说明")
P(f"2024年度本年支出合计{W(EXP)}万元，其中：基本支出{W(BASIC)}万元，占{pc(BASIC, EXP)}%；"
  f"项目支出{W(PROJ)}万元，占{pc(PROJ, EXP)}%。年末结转和结余{W(D.CARRY_OUT)}万元，为高标准农田建设项目尚未完成结算的资金。")
H3("四、财政拨款收入支出决算总体情况说明")
P(f"2024年度财政拨款收入总计{W(INCA['GP'] + INCA['GF'] + D.CARRY_IN)}万元，其中本年财政拨款收入"
  f"{W(INCA['GP'] + INCA['GF'])}万元、年初财政拨款结转和结余{W(D.CARRY_IN)}万元；财政拨款支出{W(FIN_EXP)}万元，"
  f"年末财政拨款结转和结余{W(D.CARRY_OUT)}万元。")
H3("五、一般公共预算财政拨款支出决算情况说明")
para("（一）总体情况", bold=True)
P(f"2024年度一般公共预算财政拨款支出{W(GP_EXP)}万元，占本年支出合计的{pc(GP_EXP, EXP)}%。与2023年度相比，"
  f"{chg(GP_EXP, Y23['GP_EXP'])}，主要原因是高标准农田建设和农业防灾减灾支出增加。")
para("（二）结构情况", bold=True)
parts = []
for c in ["208", "210", "213", "221"]:
    v = D.tot(code=c, src="GP")
    parts.append(f"{D.NAMES[c]}{W(v)}万元，占{pc(v, GP_EXP)}%")
P("2024年度一般公共预算财政拨款支出决算中，" + "；".join(parts) + "。")
para("（三）具体情况", bold=True)
def item(n, code, text_before, text_after):
    v = D.tot(code=code, src="GP")
    b = D.BUD_ITEM[code]
    P(f"{n}.{D.NAMES[code]}（{code}）。年初预算为{W(b)}万元，支出决算为{W(v)}万元，完成年初预算的{pc(v, b)}%。{text_after}")
item(1, "2130101", "", "决算数大于年初预算数的主要原因是年中调整人员工资标准。")
# planted contradiction: the prose figure differs from the table figure (percentage computed from the table)
P(f"2.农田建设（2130153）。年初预算为{W(D.BUD_ITEM['2130153'])}万元，支出决算为{W(D.PROSE_NONGTIAN)}万元，"
  f"完成年初预算的{pc(NT, D.BUD_ITEM['2130153'])}%。决算数大于年初预算数的主要原因是年中追加2024年度高标准农田建设项目省级补助资金。")
item(3, "2130122", "", "决算数略小于年初预算数的主要原因是部分耕地地力保护补贴面积核减。")
item(4, "2130108", "", "决算数大于年初预算数的主要原因是追加动物疫病强制免疫疫苗采购及重大病虫害统防统治经费。")
item(5, "2130106", "", "主要用于基层农技推广体系改革与建设补助项目。")
item(6, "2130705", "", "主要用于村级组织运转经费补助，与年初预算持平。")
v = D.tot(code="2130504", src="GP")
P(f"7.农村基础设施建设（2130504）。年初未安排预算，支出决算为{W(v)}万元，为年中下达的衔接推进乡村振兴补助资金，"
  "主要用于村组道路和小型水利设施建设。")
v1 = D.tot(code="208", src="GP"); v2 = D.tot(code="210", src="GP"); v3 = D.tot(code="221", src="GP")
P(f"8.社会保障和就业支出、卫生健康支出、住房保障支出分别为{W(v1)}万元、{W(v2)}万元、{W(v3)}万元，"
  "为按规定缴纳的机关事业单位基本养老保险、职业年金、职工基本医疗保险和住房公积金。")
H3("六、一般公共预算财政拨款基本支出决算情况说明")
P(f"2024年度一般公共预算财政拨款基本支出{W(PERSON + PUBLIC)}万元，其中：人员经费{W(PERSON)}万元，主要包括基本工资、"
  "津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、"
  f"生活补助等；公用经费{W(PUBLIC)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、"
  "公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用等。")
H3("七、财政拨款“三公”经费支出决算情况说明")
P(f"2024年度财政拨款“三公”经费支出预算为{W(SGB)}万元，支出决算为{W(SGT)}万元，完成预算的{pc(SGT, SGB)}%；"
  f"与2023年度决算相比，{chg(SGT, SG23)}。")
P(f"1.因公出国（境）费支出决算为0万元，全年未安排因公出国（境）团组。")
P(f"2.公务用车购置及运行维护费支出决算为{W(SG['购置'] + SG['运行'])}万元，其中：公务用车购置费0万元；"
  f"公务用车运行维护费{W(SG['运行'])}万元，完成预算的{pc(SG['运行'], D.SG_BUD['运行'])}%，比2023年度"
  f"{chg(SG['运行'], D.SG_2023['运行'])}，主要原因是加强公务用车使用管理，压减车辆维修和燃料支出。"
  f"截至2024年12月31日，公务用车保有量{V['总数']}辆。")
P(f"3.公务接待费支出决算为{W(SG['接待'])}万元，完成预算的{pc(SG['接待'], D.SG_BUD['接待'])}%，比2023年度"
  f"{chg(SG['接待'], D.SG_2023['接待'])}，主要原因是承接全省秋冬种生产现场推进会等上级检查指导任务增加。"
  f"全年国内公务接待{D.RECEPTION['批次']}批次、{D.RECEPTION['人次']}人次。")
H3("八、政府性基金预算财政拨款收入支出决算情况说明")
P(f"2024年度政府性基金预算财政拨款收入{W(INCA['GF'])}万元，支出{W(GF)}万元，全部为国有土地使用权出让收入安排的"
  "农村基础设施建设支出（2120804），主要用于农村人居环境整治和村内道路硬化。年初、年末均无结转和结余。")
H3("九、国有资本经营预算财政拨款支出决算情况说明")
P("本部门2024年度无国有资本经营预算财政拨款支出。")
H3("十、其他重要事项的情况说明")
para("（一）机关运行经费支出情况", bold=True)
P(f"2024年度本部门机关运行经费支出{W(RUN)}万元，比2023年度{chg(RUN, Y23['RUN'])}，主要原因是严格落实过紧日子要求，"
  "压减办公费、差旅费等一般性支出。")
para("（二）政府采购支出情况", bold=True)
P(f"2024年度本部门政府采购支出总额{W(PROCT)}万元，其中：政府采购货物支出{W(D.PROC['货物'])}万元、政府采购工程支出"
  f"{W(D.PROC['工程'])}万元、政府采购服务支出{W(D.PROC['服务'])}万元。授予中小企业合同金额{W(D.PROC_SME)}万元，"
  f"占政府采购支出总额的{pc(D.PROC_SME, PROCT)}%。")
para("（三）国有资产占用情况", bold=True)
P(f"截至2024年12月31日，本部门共有车辆{V['总数']}辆，其中：一般公务用车{V['一般公务用车']}辆、执法执勤用车"
  f"{V['执法执勤用车']}辆、特种专业技术用车{V['特种专业技术用车']}辆（县动物疫病预防控制所冷链运输车）；"
  f"单位价值50万元以上通用设备{D.EQUIP_50W}台（套），单位价值100万元以上专用设备{D.EQUIP_100W}台（套）。")
para("（四）预算绩效管理工作开展情况", bold=True)
pf = D.PERF
P(f"根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目{pf['项目数']}个，"
  f"资金{W(GP_PROJ)}万元，项目自评平均得分{pf['项目平均分']}分。同时开展部门整体支出绩效自评，自评得分"
  f"{pf['整体得分']}分，评价等级为“{pf['等级']}”。其中：高标准农田建设项目自评得分{pf['农田得分']}分，全年新建高标准农田"
  f"{pf['农田亩']}万亩；动物疫病强制免疫项目自评得分{pf['防疫得分']}分，主要问题是部分乡镇免疫档案录入不及时，"
  "下一步将加强基层防疫员培训。")

H2("第四部分　名词解释")
for i, t in enumerate([
        "财政拨款收入：指本级财政当年拨付的资金。",
        "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。"], 1):
    P(f"{i}.{t}")

# ------------------------------------------------------------------ package
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DOC = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(body) +
       '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
       '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
       "</w:body></w:document>")
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
DRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
CORE = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{D.DEPT}2024年度部门决算</dc:title><dc:creator>计划财务股</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-09-12T08:30:00Z</dcterms:created></cp:coreProperties>'''
APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

if __name__ == "__main__":
    D.check()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    FIXED = (2025, 9, 12, 8, 30, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", DOC),
                           ("word/styles.xml", STYLES), ("word/_rels/document.xml.rels", DRELS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(os.path.join(HERE, "E_text.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain) + "\n")
    print("wrote", OUT)
