#!/usr/bin/env python3
"""Write E: 澴溪县第二高级中学2024年度单位决算, a PDF as WPS exports it (cover, 目录, prose in 万元, then nine tables in 元;
table 5 on a landscape page).  Also writes gen/e_lines.json (the text layer, page by page) for check.py."""
import json, os
from decimal import Decimal
import e_data as D
from e_data import fmt, wan, pct, Y
import pdfmini as P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-huanxi-erzhong-2024-dwjs.pdf")
pages = []


def new_page(size=P.PORTRAIT):
    p = P.Page(size)
    pages.append(p)
    return p


def footer(p):
    p.text_c(p.w / 2, 40, f"- {len(pages)} -", 9)


# ------------------------------------------------------------------------------------------------ prose
class Flow:
    def __init__(self):
        self.p = None
        self.y = 0
        self.size = 12
        self.lead = 22
        self.left, self.right = 90, P.PORTRAIT[0] - 90
        self.newpage()

    def newpage(self):
        if self.p:
            footer(self.p)
        self.p = new_page()
        self.y = P.PORTRAIT[1] - 80

    def need(self, h):
        if self.y - h < 70:
            self.newpage()

    def head(self, s, size=14, center=False, gap=8):
        self.need(self.lead + gap)
        self.y -= gap
        if center:
            self.p.text_c(P.PORTRAIT[0] / 2, self.y, s, size)
        else:
            self.p.text(self.left, self.y, s, size)
        self.y -= self.lead

    def para(self, s, indent=True):
        first = "\u3000\u3000" if indent else ""
        for ln in P.wrap(first + s, self.right - self.left, self.size):
            self.need(self.lead)
            self.p.text(self.left, self.y, ln.replace("\u3000", "  ") if False else ln, self.size)
            self.y -= self.lead

    def done(self):
        footer(self.p)


def W(fen):
    return wan(fen) + "万元"


def cover():
    p = new_page()
    p.text_c(p.w / 2, 560, D.ORG, 26)
    p.text_c(p.w / 2, 510, "2024年度单位决算", 26)
    p.text_c(p.w / 2, 250, "二〇二五年九月", 16)


def toc():
    p = new_page()
    y = 760
    p.text_c(p.w / 2, y, "目  录", 18)
    y -= 40
    items = ["第一部分  澴溪县第二高级中学概况", "    一、主要职责", "    二、机构设置及人员情况",
             "第二部分  2024年度单位决算情况说明", "    一、收入支出决算总体情况说明", "    二、收入决算情况说明",
             "    三、支出决算情况说明", "    四、财政拨款收入支出决算总体情况说明", "    五、一般公共预算财政拨款支出决算情况说明",
             "    六、一般公共预算财政拨款基本支出决算情况说明", "    七、财政拨款“三公”经费支出决算情况说明",
             "    八、政府性基金预算财政拨款支出决算情况说明", "    九、国有资本经营预算财政拨款支出决算情况说明",
             "    十、其他重要事项的情况说明", "第三部分  名词解释", "第四部分  2024年度单位决算公开表",
             "    一、收入支出决算总表", "    二、收入决算表", "    三、支出决算表", "    四、财政拨款收入支出决算总表",
             "    五、一般公共预算财政拨款支出决算表", "    六、一般公共预算财政拨款基本支出决算表",
             "    七、财政拨款“三公”经费支出决算表", "    八、政府采购、国有资产占用及机关运行经费情况表",
             "    九、项目支出绩效自评表"]
    for it in items:
        p.text(90, y, it, 12)
        y -= 24


def prose():
    f = Flow()
    F, ALLc = D.FIN, D.ALL
    cls_fin = D.by(3, F, "total")
    f.head("第一部分  澴溪县第二高级中学概况", 16, center=True)
    f.head("一、主要职责")
    f.para(f"{D.ORG}是{D.SUP}所属的公益一类事业单位，主要承担普通高中学历教育任务：贯彻执行党的教育方针，组织实施高中阶段教育教学活动，"
           "开展德育、体育、美育和劳动教育，负责学生学籍管理、学生资助和校园安全等工作。")
    f.head("二、机构设置及人员情况")
    f.para("学校内设党政办公室、教务处、政教处、总务处、教研室、团委6个机构。纳入2024年度单位决算编制范围的为学校本级，无下属单位。"
           f"2024年末，学校核定事业编制{D.STAFF_QUOTA}名，在职在编教职工{D.STAFF}人，退休人员{D.RETIRED}人；全校共有教学班{D.CLASSES}个，"
           f"在校学生{D.STUDENTS}人，其中住校生{D.BOARDERS}人。")
    f.newpage()
    f.head("第二部分  2024年度单位决算情况说明", 16, center=True)
    f.head("一、收入支出决算总体情况说明")
    d = D.INC_TOTAL - D.Y2023["inc_total"]
    f.para(f"2024年度收入总计{W(D.INC_TOTAL)}，支出总计{W(D.EXP_TOTAL)}（含年末结转和结余）。与2023年相比，收、支总计各增加{W(d)}，"
           f"增长{pct(d, D.Y2023['inc_total'])}%。主要原因：一是秋季学期新增4个教学班，学费、住宿费收入相应增加；二是高中教学楼维修改造项目资金到位并实施。")
    f.head("二、收入决算情况说明")
    f.para(f"2024年度本年收入合计{W(D.INC_YEAR)}，其中：一般公共预算财政拨款收入{W(D.FIN_INC)}，占{pct(D.FIN_INC, D.INC_YEAR, 2)}%；"
           f"政府性基金预算财政拨款收入0万元；上级补助收入0万元；事业收入{W(D.BIZ_INC)}，占{pct(D.BIZ_INC, D.INC_YEAR, 2)}%"
           f"（其中学费收入{W(D.TUITION)}，住宿费收入{W(D.LODGING)}）；经营收入0万元；附属单位上缴收入0万元；"
           f"其他收入{W(D.OTHER_INC)}，占{pct(D.OTHER_INC, D.INC_YEAR, 2)}%，主要是银行存款利息收入。"
           f"此外，使用年初结转和结余{W(D.CARRY_IN)}。")
    f.head("三、支出决算情况说明")
    f.para(f"2024年度本年支出合计{W(D.EXP_YEAR)}，其中：基本支出{W(D.EXP_BASE)}，占{pct(D.EXP_BASE, D.EXP_YEAR, 2)}%，主要用于保障学校"
           f"正常运转和教职工工资福利；项目支出{W(D.EXP_PROJ)}，占{pct(D.EXP_PROJ, D.EXP_YEAR, 2)}%，主要用于教学楼维修改造、学生资助和"
           "学生公寓设施更新；上缴上级支出0万元；经营支出0万元；对附属单位补助支出0万元。"
           f"年末结转和结余{W(D.CARRY_OUT)}。")
    f.head("四、财政拨款收入支出决算总体情况说明")
    ft = D.FIN_INC + D.FIN_CARRY_IN
    d = ft - D.Y2023["fin_total"]
    f.para(f"2024年度财政拨款收入总计{W(ft)}（含年初财政拨款结转和结余{W(D.FIN_CARRY_IN)}），支出总计{W(ft)}（含年末财政拨款结转和结余"
           f"{W(D.FIN_CARRY_OUT)}）。与2023年相比，财政拨款收、支总计各增加{W(d)}，增长{pct(d, D.Y2023['fin_total'])}%。"
           "主要原因是教职工基本工资标准调整及高中教学楼维修改造项目支出增加。")
    f.head("五、一般公共预算财政拨款支出决算情况说明")
    f.para("（一）一般公共预算财政拨款支出决算总体情况", indent=False)
    d = D.FIN_EXP - D.Y2023["fin_exp"]
    f.para(f"2024年度一般公共预算财政拨款支出{W(D.FIN_EXP)}，占本年支出合计的{pct(D.FIN_EXP, D.EXP_YEAR, 2)}%。与2023年相比，"
           f"一般公共预算财政拨款支出增加{W(d)}，增长{pct(d, D.Y2023['fin_exp'])}%。主要原因是落实教职工工资调整政策，人员经费增加，"
           "以及上年结转的教学楼维修改造项目在本年实施。")
    f.para("（二）一般公共预算财政拨款支出决算结构情况", indent=False)
    parts = "；".join(f"{D.CLS[c]}{W(cls_fin[c])}，占{pct(cls_fin[c], D.FIN_EXP, 2)}%" for c in D.CLS)
    f.para(f"2024年度一般公共预算财政拨款支出{W(D.FIN_EXP)}，主要用于以下方面：{parts}。")
    f.para("（三）一般公共预算财政拨款支出决算具体情况", indent=False)
    f.para(f"2024年度一般公共预算财政拨款支出年初预算为{W(D.FIN_NY)}，支出决算为{W(D.FIN_EXP)}，完成年初预算的"
           f"{pct(D.FIN_EXP, D.FIN_NY)}%。其中：")
    reasons = {
        "2050204": "决算数大于年初预算数的主要原因是年中追加教职工绩效工资，以及上年结转的教学楼维修改造项目资金在本年支出。",
        "2080502": "决算数大于年初预算数的主要原因是本年新增退休人员，离退休费相应增加。",
        "2080505": "决算数大于年初预算数的主要原因是养老保险缴费基数调整。",
        "2080506": "决算数大于年初预算数的主要原因是职业年金缴费基数调整。",
        "2101102": "决算数大于年初预算数的主要原因是医疗保险缴费基数调整。",
        "2210201": "决算数大于年初预算数的主要原因是住房公积金缴存基数调整。",
    }
    for i, c in enumerate(D.CODES, 1):
        k, cl = c[:5], c[:3]
        shown = D.PLANTED_PROSE if c == D.PLANTED_CODE else wan(F[c]["total"])
        f.para(f"{i}．{D.CLS[cl]}（类）{D.KUAN[k]}（款）{D.XIANG[c]}（项）：年初预算为{W(F[c]['ny'])}，支出决算为{shown}万元，"
               f"完成年初预算的{pct(F[c]['total'], F[c]['ny'])}%。{reasons[c]}")
    f.head("六、一般公共预算财政拨款基本支出决算情况说明")
    f.para(f"2024年度一般公共预算财政拨款基本支出{W(D.FIN_BASE)}，其中：人员经费{W(D.PERSON_TOTAL)}，主要包括："
           + "、".join(n for _, n, _ in D.PERSON) + f"；公用经费{W(D.PUBLIC_TOTAL)}，主要包括：" + "、".join(n for _, n, _ in D.PUBLIC) + "。")
    f.head("七、财政拨款“三公”经费支出决算情况说明")
    sb, sf = D.SG_BUDGET, D.SG_FINAL
    d = D.SG_2023 - sf["total"]
    f.para("（一）“三公”经费财政拨款支出决算总体情况说明", indent=False)
    f.para(f"2024年度“三公”经费财政拨款支出年初预算为{W(sb['total'])}，支出决算为{W(sf['total'])}，完成预算的"
           f"{pct(sf['total'], sb['total'])}%，比2023年减少{W(d)}，下降{pct(d, D.SG_2023)}%。决算数小于预算数的主要原因是严格执行"
           "公务接待标准，厉行节约；比上年减少的主要原因是压缩公务接待批次和陪餐人数。")
    f.para("（二）“三公”经费财政拨款支出决算具体情况说明", indent=False)
    f.para("1．因公出国（境）费支出0万元，全年未安排因公出国（境）团组。")
    f.para("2．公务用车购置及运行维护费支出0万元。本单位无公务用车，未发生公务用车购置及运行维护支出。")
    f.para(f"3．公务接待费支出{W(sf['recep'])}，占“三公”经费支出的100%，全年共接待国内来访团组{D.SG_BATCH}批次、{D.SG_PERSONS}人次"
           "（不含陪同人员），主要用于上级教育部门督导检查、兄弟学校交流考察等公务活动。无外事接待。")
    f.head("八、政府性基金预算财政拨款支出决算情况说明")
    f.para("本单位2024年度无政府性基金预算财政拨款收入和支出，故《政府性基金预算财政拨款收入支出决算表》为空表，不再单独公开。")
    f.head("九、国有资本经营预算财政拨款支出决算情况说明")
    f.para("本单位2024年度无国有资本经营预算财政拨款支出，故《国有资本经营预算财政拨款支出决算表》为空表，不再单独公开。")
    f.head("十、其他重要事项的情况说明")
    f.para("（一）机关运行经费支出情况", indent=False)
    f.para("本单位为公益一类事业单位，不属于机关运行经费统计范围，机关运行经费支出不适用。")
    f.para("（二）政府采购支出情况", indent=False)
    g = D.GP
    f.para(f"2024年度政府采购支出总额{W(g['total'])}，其中：政府采购货物支出{W(g['goods'])}、政府采购工程支出{W(g['works'])}、"
           f"政府采购服务支出{W(g['service'])}。授予中小企业合同金额{W(g['sme'])}，占政府采购支出总额的{pct(g['sme'], g['total'])}%，"
           f"其中：授予小微企业合同金额{W(g['micro'])}，占政府采购支出总额的{pct(g['micro'], g['total'])}%。")
    f.para("（三）国有资产占用情况", indent=False)
    f.para(f"截至2024年12月31日，本单位资产总额{W(D.ASSET_TOTAL)}，房屋建筑面积{D.HOUSE_AREA}平方米；共有车辆{D.VEHICLES}辆；"
           f"单价100万元（含）以上设备{D.BIG_EQUIP}台（套），为{D.BIG_EQUIP_NAME}。")
    f.para("（四）预算绩效情况说明", indent=False)
    p1, p2 = D.PROJ
    f.para(f"2024年度本单位对{len(D.PROJ)}个项目开展了绩效自评，涉及一般公共预算财政拨款{W(sum(p['full'] for p in D.PROJ))}。"
           f"{p1['name']}全年预算数{W(p1['full'])}，执行数{W(p1['done'])}，预算执行率{p1['rate']}%，自评得分{p1['score']}分，评价等级为"
           f"“{p1['grade']}”。存在的问题：一号楼外立面工程受雨季影响未能按期完工，剩余资金{W(p1['full'] - p1['done'])}结转至2025年继续实施。"
           f"{p2['name']}全年预算数{W(p2['full'])}，执行数{W(p2['done'])}，预算执行率{pct(p2['done'], p2['full'])}%，自评得分{p2['score']}分，"
           f"评价等级为“{p2['grade']}”，全年资助家庭经济困难学生763人。")
    f.newpage()
    f.head("第三部分  名词解释", 16, center=True)
    for s in ["1．财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
              "2．事业收入：指学校开展教育教学及辅助活动依法取得的非财政拨款收入，包括学费收入和住宿费收入。",
              "3．其他收入：指学校取得的除上述收入以外的各项收入，主要是银行存款利息收入。",
              "4．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
              "5．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
              "6．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "7．“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
              "8．机关运行经费：指行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。"]:
        f.para(s, indent=False)
    f.done()


# ------------------------------------------------------------------------------------------------ tables
def table_page(title, no, cols, rows, size=P.PORTRAIT, fs=8, rh=18, note=None, margin=50):
    """rows: list of rows; a row is a list of cells (text, opts) where opts may hold cs (colspan), rs (rowspan), al."""
    p = new_page(size)
    y = p.h - 70
    p.text_c(p.w / 2, y, title, 15)
    y -= 22
    p.text_r(p.w - margin, y, f"公开{no:02d}表", 9)
    y -= 16
    p.text(margin, y, f"单位名称：{D.ORG}", 9)
    p.text_r(p.w - margin, y, "金额单位：元", 9)
    y -= 8
    scale = (p.w - 2 * margin) / sum(cols)
    cw = [c * scale for c in cols]
    xs = [margin]
    for c in cw:
        xs.append(xs[-1] + c)
    occ = set()
    top = y
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if isinstance(cell, str):
                cell = (cell, {})
            text, o = cell
            while (r, c) in occ:
                c += 1
            cs, rs = o.get("cs", 1), o.get("rs", 1)
            for dr in range(rs):
                for dc in range(cs):
                    occ.add((r + dr, c + dc))
            x0, x1 = xs[c], xs[c + cs]
            y1 = top - r * rh
            y0 = y1 - rs * rh
            p.rect(x0, y0, x1 - x0, y1 - y0)
            al = o.get("al", "r" if text[:1].isdigit() or text[:1] == "-" else "l")
            fsz = fs
            while P.tw(text, fsz) > (x1 - x0) - 4 and fsz > 5.5:
                fsz -= 0.5
            ty = (y0 + y1) / 2 - fsz * 0.35
            if al == "c":
                p.text_c((x0 + x1) / 2, ty, text, fsz)
            elif al == "r":
                p.text_r(x1 - 2, ty, text, fsz)
            else:
                p.text(x0 + 2, ty, text, fsz)
            c += cs
    yb = top - len(rows) * rh - 14
    if note:
        for ln in P.wrap(note, p.w - 2 * margin, 8):
            p.text(margin, yb, ln, 8)
            yb -= 12
    footer(p)
    return p


H = lambda s, **k: (s, dict(al="c", **k))  # header cell
L = lambda s, **k: (s, dict(al="l", **k))
Z = "0.00"


def t01():
    F = D.FIN
    cls_all = D.by(3, D.ALL, "total")
    left = [("一、一般公共预算财政拨款收入", 1, D.FIN_INC), ("二、政府性基金预算财政拨款收入", 2, 0),
            ("三、国有资本经营预算财政拨款收入", 3, 0), ("四、上级补助收入", 4, 0), ("五、事业收入", 5, D.BIZ_INC),
            ("六、经营收入", 6, 0), ("七、附属单位上缴收入", 7, 0), ("八、其他收入", 8, D.OTHER_INC)]
    right = [("一、一般公共服务支出", 0), ("二、公共安全支出", 0), ("三、教育支出", cls_all["205"]), ("四、科学技术支出", 0),
             ("五、文化旅游体育与传媒支出", 0), ("六、社会保障和就业支出", cls_all["208"]), ("七、卫生健康支出", cls_all["210"]),
             ("八、城乡社区支出", 0), ("九、住房保障支出", cls_all["221"]), ("十、其他支出", 0)]
    rows = [[H("收入", cs=3), H("支出", cs=3)], [H("项目"), H("行次"), H("金额"), H("项目"), H("行次"), H("金额")],
            [H("栏次"), H(""), H("1"), H("栏次"), H(""), H("2")]]
    for i in range(10):
        l = left[i] if i < len(left) else ("", i + 1, None)
        r = right[i]
        rows.append([L(l[0]), H(str(l[1])), fmt(l[2]) if l[2] is not None else "", L(r[0]), H(str(30 + i + 1)), fmt(r[1])])
    rows.append([L("本年收入合计"), H("11"), fmt(D.INC_YEAR), L("本年支出合计"), H("41"), fmt(D.EXP_YEAR)])
    rows.append([L("    使用非财政拨款结余"), H("12"), Z, L("    结余分配"), H("42"), Z])
    rows.append([L("    年初结转和结余"), H("13"), fmt(D.CARRY_IN), L("    年末结转和结余"), H("43"), fmt(D.CARRY_OUT)])
    rows.append([L("总计"), H("14"), fmt(D.INC_TOTAL), L("总计"), H("44"), fmt(D.EXP_TOTAL)])
    table_page("收入支出决算总表", 1, [150, 28, 80, 150, 28, 80], rows,
               note="注：本表反映单位本年度的总收支和年末结转结余情况。")


def subj_rows(cols_of):
    """rows for 类/款/项 with a 合计 row first; cols_of(code_or_prefix) -> list of formatted numbers."""
    rows = [[L("合计", cs=2)] + cols_of("")]
    seen = set()
    for c in D.CODES:
        for pre, name in ((c[:3], D.CLS[c[:3]]), (c[:5], D.KUAN[c[:5]]), (c, D.XIANG[c])):
            if pre in seen:
                continue
            seen.add(pre)
            indent = {3: "", 5: "  ", 7: "    "}[len(pre)]
            rows.append([L(pre), L(indent + name)] + cols_of(pre))
    return rows


def sum_pre(table, key, pre):
    return sum(table[c][key] for c in D.CODES if c.startswith(pre))


def t02():
    rows = [[H("项目", cs=2), H("本年收入合计", rs=2), H("财政拨款收入", rs=2), H("上级补助收入", rs=2), H("事业收入", cs=3),
             H("其他收入", rs=2)],
            [H("科目编码"), H("科目名称"), H("小计"), H("其中：学费"), H("住宿费")]]
    rows += subj_rows(lambda pre: [fmt(sum_pre(D.INC, "total", pre)), fmt(sum_pre(D.INC, "fin", pre)), Z,
                                   fmt(sum_pre(D.INC, "biz", pre)), fmt(sum_pre(D.INC, "tui", pre)),
                                   fmt(sum_pre(D.INC, "lod", pre)), fmt(sum_pre(D.INC, "oth", pre))])
    table_page("收入决算表", 2, [44, 118, 66, 66, 40, 62, 58, 58, 52], rows, fs=7,
               note="注：学费、住宿费收入按规定缴入财政专户后由县财政核拨，在“事业收入”中反映。")


def t03():
    rows = [[H("项目", cs=2), H("本年支出合计"), H("基本支出"), H("项目支出"), H("上缴上级支出"), H("经营支出"), H("对附属单位补助支出")],
            [H("科目编码"), H("科目名称"), H("1"), H("2"), H("3"), H("4"), H("5"), H("6")]]
    rows += subj_rows(lambda pre: [fmt(sum_pre(D.ALL, "total", pre)), fmt(sum_pre(D.ALL, "base", pre)),
                                   fmt(sum_pre(D.ALL, "proj", pre)), Z, Z, Z])
    table_page("支出决算表", 3, [44, 130, 68, 68, 64, 50, 42, 52], rows, fs=7)


def t04():
    cls_fin = D.by(3, D.FIN, "total")
    ft = D.FIN_INC + D.FIN_CARRY_IN
    rows = [[H("收入", cs=2), H("支出", cs=4)], [H("项目"), H("金额"), H("项目"), H("合计"), H("一般公共预算财政拨款"), H("政府性基金预算财政拨款")]]
    left = [("一、一般公共预算财政拨款", D.FIN_INC), ("二、政府性基金预算财政拨款", 0), ("三、国有资本经营预算财政拨款", 0), ("", None),
            ("", None), ("", None)]
    right = [("一、教育支出", cls_fin["205"]), ("二、社会保障和就业支出", cls_fin["208"]), ("三、卫生健康支出", cls_fin["210"]),
             ("四、住房保障支出", cls_fin["221"]), ("五、城乡社区支出", 0), ("六、其他支出", 0)]
    for l, r in zip(left, right):
        rows.append([L(l[0]), fmt(l[1]) if l[1] is not None else "", L(r[0]), fmt(r[1]), fmt(r[1]), Z])
    rows.append([L("本年收入合计"), fmt(D.FIN_INC), L("本年支出合计"), fmt(D.FIN_EXP), fmt(D.FIN_EXP), Z])
    rows.append([L("年初财政拨款结转和结余"), fmt(D.FIN_CARRY_IN), L("年末财政拨款结转和结余"), fmt(D.FIN_CARRY_OUT), fmt(D.FIN_CARRY_OUT), Z])
    rows.append([L("    一般公共预算财政拨款"), fmt(D.FIN_CARRY_IN), L(""), "", "", ""])
    rows.append([L("    政府性基金预算财政拨款"), Z, L(""), "", "", ""])
    rows.append([L("总计"), fmt(ft), L("总计"), fmt(ft), fmt(ft), Z])
    table_page("财政拨款收入支出决算总表", 4, [120, 72, 100, 72, 72, 60], rows, fs=7.5)


def t05():
    F = D.FIN

    def ny_split(c):
        proj = sum(p["ny"] for p in D.PROJ) if c == "2050204" else 0
        return F[c]["ny"] - proj, proj

    def cols(pre):
        cs = [c for c in D.CODES if c.startswith(pre)]
        nyb = sum(ny_split(c)[0] for c in cs)
        nyp = sum(ny_split(c)[1] for c in cs)
        return [fmt(nyb + nyp), fmt(nyb), fmt(nyp), fmt(sum(F[c]["adj"] for c in cs)), fmt(sum(F[c]["total"] for c in cs)),
                fmt(sum(F[c]["base"] for c in cs)), fmt(sum(F[c]["proj"] for c in cs)),
                pct(sum(F[c]["total"] for c in cs), sum(F[c]["ny"] for c in cs)) + "%"]
    rows = [[H("项目", cs=2), H("年初预算数", cs=3), H("调整预算数", rs=2), H("决算数", cs=3), H("决算数为年初预算数的%", rs=2)],
            [H("科目编码"), H("科目名称"), H("小计"), H("基本支出"), H("项目支出"), H("小计"), H("基本支出"), H("项目支出")]]
    rows += subj_rows(cols)
    table_page("一般公共预算财政拨款支出决算表", 5, [56, 190, 78, 78, 70, 78, 78, 78, 70, 62], rows, size=P.LANDSCAPE, fs=8,
               rh=20, margin=56, note="注：调整预算数为年初预算数加年中追加（减）和上年结转结余后的全年预算数。")


def t06():
    pr, pu = D.PERSON, D.PUBLIC
    rows = [[H("人员经费", cs=3), H("公用经费", cs=3)], [H("科目编码"), H("科目名称"), H("决算数"), H("科目编码"), H("科目名称"), H("决算数")]]
    n = max(len(pr), len(pu))
    for i in range(n):
        a = pr[i] if i < len(pr) else ("", "", None)
        b = pu[i] if i < len(pu) else ("", "", None)
        rows.append([L(a[0]), L(a[1]), fmt(a[2]) if a[2] is not None else "", L(b[0]), L(b[1]), fmt(b[2]) if b[2] is not None else ""])
    rows.append([L("人员经费合计", cs=2), fmt(D.PERSON_TOTAL), L("公用经费合计", cs=2), fmt(D.PUBLIC_TOTAL)])
    table_page("一般公共预算财政拨款基本支出决算表", 6, [40, 150, 78, 40, 130, 70], rows, fs=7.5,
               note=f"注：基本支出合计{fmt(D.FIN_BASE)}元＝人员经费{fmt(D.PERSON_TOTAL)}元＋公用经费{fmt(D.PUBLIC_TOTAL)}元。")


def t07():
    sb, sf = D.SG_BUDGET, D.SG_FINAL
    rows = [[H("项目"), H("预算数"), H("决算数")]]
    for name, k in (("合计", "total"), ("1．因公出国（境）费", "abroad"), ("2．公务用车购置及运行维护费", "car"),
                    ("  其中：公务用车购置费", "car_buy"), ("        公务用车运行维护费", "car_run"), ("3．公务接待费", "recep")):
        rows.append([L(name), fmt(sb[k]), fmt(sf[k])])
    rows.append([L("公务接待批次（批次）"), H("—"), H(str(D.SG_BATCH))])
    rows.append([L("公务接待人次（人次）"), H("—"), H(str(D.SG_PERSONS))])
    rows.append([L("公务用车保有量（辆）"), H("—"), H(str(D.VEHICLES))])
    table_page("财政拨款“三公”经费支出决算表", 7, [220, 130, 130], rows, rh=20,
               note="注：“三公”经费预算数为年初预算数。本单位无因公出国（境）及公务用车购置、运行维护支出。")


def t08():
    g = D.GP
    rows = [[H("项目"), H("单位"), H("金额/数量")],
            [L("一、机关运行经费支出"), H("元"), H("不适用")],
            [L("二、政府采购支出总额"), H("元"), fmt(g["total"])],
            [L("    1．政府采购货物支出"), H("元"), fmt(g["goods"])],
            [L("    2．政府采购工程支出"), H("元"), fmt(g["works"])],
            [L("    3．政府采购服务支出"), H("元"), fmt(g["service"])],
            [L("三、授予中小企业合同金额"), H("元"), fmt(g["sme"])],
            [L("    其中：授予小微企业合同金额"), H("元"), fmt(g["micro"])],
            [L("四、资产总额"), H("元"), fmt(D.ASSET_TOTAL)],
            [L("五、车辆数合计"), H("辆"), H(str(D.VEHICLES))],
            [L("    其中：一般公务用车"), H("辆"), H("0")],
            [L("          执法执勤用车"), H("辆"), H("0")],
            [L("          其他用车"), H("辆"), H("0")],
            [L("六、单价100万元（含）以上设备"), H("台（套）"), H(str(D.BIG_EQUIP))]]
    table_page("政府采购、国有资产占用及机关运行经费情况表", 8, [240, 70, 170], rows, rh=20,
               note="注：本单位为公益一类事业单位，机关运行经费不适用。")


def t09():
    rows = [[H("项目名称"), H("主管部门"), H("年初预算数"), H("全年预算数"), H("全年执行数"), H("执行率"), H("自评得分"), H("评价等级")]]
    for p in D.PROJ:
        rows.append([L(p["name"]), L(D.SUP), fmt(p["ny"]), fmt(p["full"]), fmt(p["done"]), p["rate"] + "%", H(p["score"]), H(p["grade"])])
    rows.append([H("一级指标"), H("二级指标"), H("三级指标", cs=2), H("年度指标值"), H("实际完成值"), H("分值"), H("得分")])
    for p in D.PROJ:
        rows.append([L(p["name"], cs=8)])
        rows.append([L("预算执行"), L("预算执行率"), L("预算执行率", cs=2), H("100%"), H(p["rate"] + "%"), H("10"), H(p["rate_pts"])])
        for a, b, c, d1, e, pts, sc in p["ind"]:
            rows.append([L(a), L(b), L(c, cs=2), H(d1), H(e), H(str(pts)), H(sc)])
        rows.append([L("总分", cs=6), H("100"), H(p["score"])])
    table_page("项目支出绩效自评表", 9, [110, 72, 62, 62, 62, 46, 42, 40], rows, fs=7, rh=17,
               note="注：评价等级：90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。")


def main():
    D.check()
    cover()
    toc()
    prose()
    t01(); t02(); t03(); t04(); t05(); t06(); t07(); t08(); t09()
    P.write(OUT, pages, f"{D.ORG}2024年度单位决算", "hxez-cw")
    json.dump([dict(w=p.w, h=p.h, runs=p.lines) for p in pages], open(os.path.join(HERE, "e_lines.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
