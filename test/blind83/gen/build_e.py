# -*- coding: utf-8 -*-
"""Builds docs/E-hengxi-wglt-2024-bmjs.pdf: 部门决算 with tables positioned by x only (no ruling
lines), landscape A4 for tables, portrait A4 for prose, running header and page numbers."""
import os
import e_data as E
from pdfw import Page, PORTRAIT, LANDSCAPE, text_w, write_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-hengxi-wglt-2024-bmjs.pdf")
ORG = E.ORG
HEAD = f"{ORG}{E.YEAR}年度部门决算"
W, Y, P = E.wan, E.yuan, E.pct
rows = E.xiang_rows(); T = E.totals(); G = {r["code"]: r for r in rows}

def amt(v):
    return "" if not v else Y(v)

class Doc:
    def __init__(self):
        self.pages = []
    def new(self, size):
        p = Page(size); self.pages.append(p); return p
    def finish(self):
        for i, p in enumerate(self.pages, 1):
            w, h = p.size
            p.text(w / 2, h - 28, HEAD, 8.5, "center")
            p.text(w / 2, 22, f"— {i} —", 9, "center")

# ------------------------------------------------------------------ prose
def tokens(s):
    out, buf = [], ""
    for ch in s:
        if ord(ch) < 128 and ch != " ":
            buf += ch
        else:
            if buf:
                out.append(buf); buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out

HANG = set("，。、；：）”％%")

def wrap(s, width, size, indent=0.0):
    lines, cur, cw, first = [], "", indent, True
    for t in tokens(s):
        tw = text_w(t, size)
        if cur and cw + tw > width and not (t in HANG and cw + tw <= width + size):
            lines.append(cur); cur, cw = "", 0.0
            first = False
        cur += t; cw += tw
    if cur:
        lines.append(cur)
    return lines

class Prose:
    def __init__(self, doc):
        self.doc = doc; self.page = None; self.y = 0
        self.left, self.right, self.top, self.bottom = 72, PORTRAIT[0] - 72, PORTRAIT[1] - 72, 60
    def newpage(self):
        self.page = self.doc.new(PORTRAIT); self.y = self.top
    def need(self, h):
        if self.page is None or self.y - h < self.bottom:
            self.newpage()
    def title(self, s, size=15, gap=14):
        self.need(size + gap + 24)
        self.page.text(PORTRAIT[0] / 2, self.y - size, s, size, "center"); self.y -= size + gap
    def head(self, s, size=12):
        self.need(size + 30)
        self.y -= 4
        self.page.text(self.left, self.y - size, s, size); self.y -= size + 9
    def para(self, s, size=11, lead=19, indent=True):
        width = self.right - self.left
        ind = 2 * size if indent else 0
        lines = wrap(s, width, size, ind)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.page.text(self.left + (ind if i == 0 else 0), self.y - size, ln, size); self.y -= lead
        self.y -= 3

# ------------------------------------------------------------------ tables
class Table:
    """columns: list of (x, width, align) ; align 'l'/'r'/'c'. wrap only for 'l' columns."""
    def __init__(self, doc, title, code, unit, cols, header, size=8.5, lead=12.5):
        self.doc, self.title, self.code, self.unit = doc, title, code, unit
        self.cols, self.header, self.size, self.lead = cols, header, size, lead
        self.page = None; self.y = 0; self.cont = False
    def start(self):
        self.page = self.doc.new(LANDSCAPE)
        w, h = LANDSCAPE
        y = h - 58
        self.page.text(w / 2, y, self.title + ("（续表）" if self.cont else ""), 14, "center")
        self.page.text(w - 40, y, self.code, 9, "right")
        y -= 22
        self.page.text(40, y, f"部门：{ORG}", 9)
        self.page.text(w / 2, y, f"{E.YEAR}年度", 9, "center")
        self.page.text(w - 40, y, self.unit, 9, "right")
        y -= 20
        for hrow in self.header:          # list of (text, xcenter)
            for txt, xc in hrow:
                self.page.text(xc, y, txt, self.size, "center")
            y -= self.lead + 2
        self.y = y - 4
        self.cont = True
    def cell_lines(self, i, s):
        x, w, a = self.cols[i]
        if a == "l" and text_w(s, self.size) > w:
            return wrap(s, w, self.size)
        return [s]
    def row(self, cells, gap=3.5):
        if self.page is None:
            self.start()
        lines = [self.cell_lines(i, c or "") for i, c in enumerate(cells)]
        n = max(len(l) for l in lines)
        h = n * self.lead + gap
        if self.y - h < 48:
            self.start()
        for i, ls in enumerate(lines):
            x, w, a = self.cols[i]
            for j, ln in enumerate(ls):
                yy = self.y - j * self.lead
                if a == "r":
                    self.page.text(x + w, yy, ln, self.size, "right")
                elif a == "c":
                    self.page.text(x + w / 2, yy, ln, self.size, "center")
                else:
                    self.page.text(x, yy, ln, self.size)
        self.y -= h
    def note(self, s, size=8.5):
        if self.y - 16 < 40:
            self.start()
        self.y -= 6
        for ln in wrap(s, LANDSCAPE[0] - 80, size):
            self.page.text(40, self.y, ln, size); self.y -= size + 5

def cx(col):
    x, w, a = col
    return x + w / 2

# ================================================================== content
def cover(doc):
    p = doc.new(PORTRAIT); w, h = PORTRAIT
    p.text(w / 2, h - 260, ORG, 22, "center")
    p.text(w / 2, h - 300, f"{E.YEAR}年度部门决算", 22, "center")
    p.text(w / 2, 200, "蘅溪县文化广电旅游体育局　编制", 12, "center")
    p.text(w / 2, 178, "二〇二五年九月", 12, "center")
    pr = Prose(doc); pr.newpage()
    pr.title("目  录", 15, 18)
    toc = ["第一部分　部门概况", "　一、部门职责", "　二、机构设置及部门构成",
           "第二部分　2024年度部门决算表", "　一、收入支出决算总表", "　二、收入决算表", "　三、支出决算表",
           "　四、财政拨款收入支出决算总表", "　五、一般公共预算财政拨款支出决算表",
           "　六、一般公共预算财政拨款基本支出决算表", "　七、财政拨款“三公”经费支出决算表",
           "　八、政府性基金预算财政拨款收入支出决算表", "　九、国有资本经营预算财政拨款支出决算表",
           "第三部分　2024年度部门决算情况说明", "第四部分　名词解释"]
    for t in toc:
        pr.para(t, 11, 21, indent=False)
    return pr

def part1(doc):
    pr = Prose(doc); pr.newpage()
    pr.title("第一部分　部门概况")
    pr.head("一、部门职责")
    pr.para(f"{ORG}是县人民政府工作部门，主要职责是：贯彻执行党和国家文化、旅游、广播电视、体育和文物工作的方针政策，"
            "统筹规划全县文化事业、文化产业、旅游业和体育事业发展；负责全县公共文化服务体系建设，指导图书馆、文化馆、"
            "博物馆等公共文化设施建设和免费开放工作；负责文物保护和非物质文化遗产保护传承；组织开展全民健身活动，"
            "负责全县文化和旅游市场监督管理；完成县委、县政府交办的其他任务。")
    pr.head("二、机构设置及部门构成")
    pr.para("局机关内设办公室、公共服务股、产业发展股、文物和非遗股、体育股、市场管理股6个股室。")
    pr.para(f"从决算单位构成看，纳入本部门2024年度部门决算编制范围的单位共4个，包括：{'、'.join(E.UNITS)}。"
            "其中行政单位1个，全额拨款事业单位3个。截至2024年12月31日，本部门编制人数96人，实有在职人员91人，"
            "离退休人员47人。")

def t01(doc):
    cols = [(40, 150, "l"), (196, 30, "c"), (232, 110, "r"), (392, 170, "l"), (568, 30, "c"), (604, 110, "r")]
    hdr = [[("收入", 191), ("支出", 553)],
           [("项目", cx(cols[0])), ("行次", cx(cols[1])), ("金额", cx(cols[2])),
            ("项目", cx(cols[3])), ("行次", cx(cols[4])), ("金额", cx(cols[5]))],
           [("栏次", cx(cols[0])), ("", 0), ("1", cx(cols[2])), ("栏次", cx(cols[3])), ("", 0), ("2", cx(cols[5]))]]
    t = Table(doc, "收入支出决算总表", "公开01表", "金额单位：元", cols, hdr)
    lei = {p: E.agg(rows, "total", p) for p in ("207", "208", "210", "221")}
    inc = [("一、一般公共预算财政拨款收入", T["fin_income"]), ("二、政府性基金预算财政拨款收入", 0),
           ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", T["shiye"]),
           ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", T["qita"])]
    exp = [("一、一般公共服务支出", 0), ("二、教育支出", 0), ("三、文化旅游体育与传媒支出", lei["207"]),
           ("四、社会保障和就业支出", lei["208"]), ("五、卫生健康支出", lei["210"]), ("六、城乡社区支出", 0),
           ("七、住房保障支出", lei["221"]), ("八、其他支出", 0)]
    for i in range(8):
        t.row([inc[i][0], str(i + 1), amt(inc[i][1]), exp[i][0], str(i + 13), amt(exp[i][1])])
    t.row(["本年收入合计", "9", amt(T["income"]), "本年支出合计", "21", amt(T["expend"])])
    t.row(["使用非财政拨款结余", "10", "", "结余分配", "22", ""])
    t.row(["年初结转和结余", "11", amt(T["begin"]), "年末结转和结余", "23", amt(T["end"])])
    t.row(["总计", "12", amt(T["grand"]), "总计", "24", amt(T["expend"] + T["end"])])
    t.note("注：本表反映部门本年度的总收支和年末结转结余情况。")

def tree_table(doc, title, code, heads, values_of):
    x = [40, 98]
    cols = [(40, 52, "l"), (98, 112, "l")]
    ax = 216; aw = (LANDSCAPE[0] - 40 - ax) / len(heads)
    for i in range(len(heads)):
        cols.append((ax + i * aw, aw - 8, "r"))
    hdr = [[("科目编码", cx(cols[0])), ("科目名称", cx(cols[1]))] +
           [(h, cx(cols[i + 2])) for i, h in enumerate(heads)],
           [("栏次", cx(cols[1]))] + [(str(i + 1), cx(cols[i + 2])) for i in range(len(heads))]]
    t = Table(doc, title, code, "金额单位：元", cols, hdr)
    t.row(["", "合计"] + [amt(v) for v in values_of(None)])
    for lvl, c, name in E.tree(rows):
        t.row([c, name] + [amt(v) for v in values_of(c)])
    return t

def t02(doc):
    heads = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
    def vals(c):
        p = c or ""
        return [E.agg(rows, "income", p), E.agg(rows, "fin_income", p), 0, E.agg(rows, "shiye", p), 0, 0,
                E.agg(rows, "qita", p)]
    t = tree_table(doc, "收入决算表", "公开02表", heads, vals)
    t.note("注：本表反映部门本年度取得的各项收入情况。")

def t03(doc):
    heads = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
    def vals(c):
        p = c or ""
        return [E.agg(rows, "total", p), E.agg(rows, "basic", p), E.agg(rows, "project", p), 0, 0, 0]
    t = tree_table(doc, "支出决算表", "公开03表", heads, vals)
    t.note("注：本表反映部门本年度各项支出情况。")

def t04(doc):
    cols = [(40, 150, "l"), (194, 26, "c"), (222, 84, "r"), (318, 118, "l"), (438, 26, "c"),
            (468, 84, "r"), (556, 84, "r"), (644, 76, "r"), (724, 78, "r")]
    hdr = [[("收入", 170), ("支出", 560)],
           [("项目", cx(cols[0])), ("行次", cx(cols[1])), ("金额", cx(cols[2])), ("项目", cx(cols[3])),
            ("行次", cx(cols[4])), ("合计", cx(cols[5])), ("一般公共预算财政拨款", cx(cols[6])),
            ("政府性基金预算财政拨款", cx(cols[7])), ("国有资本经营预算财政拨款", cx(cols[8]))],
           [("栏次", cx(cols[0])), ("1", cx(cols[2])), ("栏次", cx(cols[3])), ("2", cx(cols[5])),
            ("3", cx(cols[6])), ("4", cx(cols[7])), ("5", cx(cols[8]))]]
    t = Table(doc, "财政拨款收入支出决算总表", "公开04表", "金额单位：元", cols, hdr, size=8)
    f = {p: E.agg(rows, "fin", p) for p in ("207", "208", "210", "221")}
    inc = [("一、一般公共预算财政拨款", T["fin_income"]), ("二、政府性基金预算财政拨款", 0),
           ("三、国有资本经营预算财政拨款", 0), ("", None), ("", None)]
    exp = [("一、一般公共服务支出", 0), ("二、文化旅游体育与传媒支出", f["207"]), ("三、社会保障和就业支出", f["208"]),
           ("四、卫生健康支出", f["210"]), ("五、住房保障支出", f["221"])]
    for i in range(5):
        a = inc[i]; e = exp[i]
        t.row([a[0], str(i + 1) if a[0] else "", amt(a[1]) if a[1] is not None else "", e[0], str(i + 31),
               amt(e[1]), amt(e[1]), "", ""])
    t.row(["本年收入合计", "6", amt(T["fin_income"]), "本年支出合计", "36", amt(T["fin_expend"]), amt(T["fin_expend"]), "", ""])
    t.row(["年初财政拨款结转和结余", "7", amt(T["fin_begin"]), "年末财政拨款结转和结余", "37", amt(T["fin_end"]), amt(T["fin_end"]), "", ""])
    t.row(["一般公共预算财政拨款", "8", amt(T["fin_begin"]), "", "", "", "", "", ""])
    t.row(["政府性基金预算财政拨款", "9", "", "", "", "", "", "", ""])
    t.row(["国有资本经营预算财政拨款", "10", "", "", "", "", "", "", ""])
    t.row(["总计", "11", amt(T["fin_income"] + T["fin_begin"]), "总计", "38", amt(T["fin_expend"] + T["fin_end"]),
           amt(T["fin_expend"] + T["fin_end"]), "", ""])
    t.note("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年初、年末结转结余情况。")

def t05(doc):
    cols = [(40, 30, "c"), (74, 22, "c"), (100, 22, "c"), (128, 126, "l"),
            (262, 100, "r"), (372, 100, "r"), (482, 100, "r"), (592, 100, "r")]
    hdr = [[("科目编码", 81), ("科目名称", cx(cols[3])), ("年初预算数", cx(cols[4])), ("决算数", 532)],
           [("类", cx(cols[0])), ("款", cx(cols[1])), ("项", cx(cols[2])), ("合计", cx(cols[5])),
            ("基本支出", cx(cols[6])), ("项目支出", cx(cols[7]))],
           [("栏次", cx(cols[3])), ("1", cx(cols[4])), ("2", cx(cols[5])), ("3", cx(cols[6])), ("4", cx(cols[7]))]]
    t = Table(doc, "一般公共预算财政拨款支出决算表", "公开05表", "金额单位：元", cols, hdr)
    t.row(["", "", "", "合计", amt(T["plan"]), amt(T["fin_expend"]), amt(T["fin_basic"]), amt(T["fin_project"])])
    for lvl, c, name in E.tree(rows):
        code = [c[:3], c[3:5] if lvl >= 2 else "", c[5:7] if lvl == 3 else ""]
        t.row(code + [name, amt(E.agg(rows, "plan", c)), amt(E.agg(rows, "fin", c)),
                      amt(E.agg(rows, "fin_basic", c)), amt(E.agg(rows, "fin_project", c))])
    t.note("注：本表反映部门本年度一般公共预算财政拨款年初预算数和实际支出情况，决算数不含使用事业收入、其他收入和非财政拨款结转安排的支出。")

def t06(doc):
    cols = [(40, 46, "l"), (90, 118, "l"), (214, 118, "r"), (400, 46, "l"), (450, 118, "l"), (574, 118, "r")]
    hdr = [[("人员经费", 186), ("公用经费", 546)],
           [("科目编码", cx(cols[0])), ("科目名称", cx(cols[1])), ("决算数", cx(cols[2])),
            ("科目编码", cx(cols[3])), ("科目名称", cx(cols[4])), ("决算数", cx(cols[5]))]]
    t = Table(doc, "一般公共预算财政拨款基本支出决算表", "公开06表", "金额单位：元", cols, hdr)
    def v(items, c, val):
        return val if val else E.econ_sum(items, c)
    n = max(len(E.PERSON), len(E.PUBLIC))
    for i in range(n):
        a = E.PERSON[i] if i < len(E.PERSON) else ("", "", None)
        b = E.PUBLIC[i] if i < len(E.PUBLIC) else ("", "", None)
        t.row([a[0], a[1], amt(v(E.PERSON, a[0], a[2])) if a[0] else "",
               b[0], b[1], amt(v(E.PUBLIC, b[0], b[2])) if b[0] else ""])
    t.row(["", "人员经费合计", amt(T["person"]), "", "公用经费合计", amt(T["public"])])
    t.note("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")

def t07(doc):
    cols = [(40, 90, "l"), (140, 96, "r"), (246, 96, "r"), (352, 100, "r"), (462, 96, "r"), (568, 96, "r"), (674, 96, "r")]
    hdr = [[("项目", cx(cols[0])), ("合计", cx(cols[1])), ("因公出国（境）费", cx(cols[2])),
            ("公务用车购置及运行费", 510), ("公务接待费", cx(cols[6]))],
           [("小计", cx(cols[3])), ("公务用车购置费", cx(cols[4])), ("公务用车运行费", cx(cols[5]))],
           [("栏次", cx(cols[0])), ("1", cx(cols[1])), ("2", cx(cols[2])), ("3", cx(cols[3])), ("4", cx(cols[4])),
            ("5", cx(cols[5])), ("6", cx(cols[6]))]]
    t = Table(doc, "财政拨款“三公”经费支出决算表", "公开07表", "金额单位：元", cols, hdr, size=9, lead=14)
    for k in ("预算数", "决算数"):
        s = E.SANGONG[k]
        t.row([k, amt(sum(s.values())) or "0", amt(s["出国"]) or "0", amt(s["购置"] + s["运行"]) or "0",
               amt(s["购置"]) or "0", amt(s["运行"]) or "0", amt(s["接待"]) or "0"], gap=6)
    t.note(f"注：1.“三公”经费预算数为全年预算数，反映按规定程序调整后的预算数；决算数为当年一般公共预算财政拨款和以前年度一般公共预算财政拨款结转资金安排的实际支出。")
    t.note(f"2.截至{E.YEAR}年12月31日，本部门公务用车保有量{E.CARS}辆；{E.YEAR}年度国内公务接待{E.RECEP_BATCH}批次、{E.RECEP_PERSON}人次；未安排因公出国（境）团组。")

def empty_table(doc, title, code, heads, note):
    cols = [(40, 70, "l"), (116, 160, "l")]
    ax = 290; aw = (LANDSCAPE[0] - 40 - ax) / len(heads)
    for i in range(len(heads)):
        cols.append((ax + i * aw, aw - 8, "r"))
    hdr = [[("科目编码", cx(cols[0])), ("科目名称", cx(cols[1]))] + [(h, cx(cols[i + 2])) for i, h in enumerate(heads)]]
    t = Table(doc, title, code, "金额单位：元", cols, hdr)
    t.row(["", "合计"] + [""] * len(heads))
    t.row(["", ""] + [""] * len(heads))
    t.note(note)

def part3(doc):
    pr = Prose(doc); pr.newpage()
    pr.title("第三部分　2024年度部门决算情况说明")
    inc23, exp23 = E.Y2023["income_total"], E.Y2023["expend_total"]
    pr.head("一、收入支出决算总体情况说明")
    pr.para(f"2024年度收入总计{W(T['grand'])}万元、支出总计{W(T['expend'] + T['end'])}万元。其中本年收入合计{W(T['income'])}万元，"
            f"与2023年度相比增加{W(T['income'] - inc23)}万元，增长{P(T['income'] - inc23, inc23)}%；本年支出合计{W(T['expend'])}万元，"
            f"与2023年度相比增加{W(T['expend'] - exp23)}万元，增长{P(T['expend'] - exp23, exp23)}%。"
            "主要原因是县博物馆基本陈列提升、县级文物保护单位抢险加固和乡镇图书馆分馆建设等项目支出增加。")
    pr.head("二、收入决算情况说明")
    pr.para(f"2024年度本年收入合计{W(T['income'])}万元，其中：财政拨款收入{W(T['fin_income'])}万元，占"
            f"{P(T['fin_income'], T['income'])}%；事业收入{W(T['shiye'])}万元，占{P(T['shiye'], T['income'])}%，"
            f"为县博物馆文创产品销售和讲解服务收入；其他收入{W(T['qita'])}万元，占{P(T['qita'], T['income'])}%，"
            "主要是县图书馆接受的社会捐赠资金。")
    pr.head("三、支出决算情况说明")
    pr.para(f"2024年度本年支出合计{W(T['expend'])}万元，其中：基本支出{W(T['basic'])}万元，占{P(T['basic'], T['expend'])}%；"
            f"项目支出{W(T['project'])}万元，占{P(T['project'], T['expend'])}%。基本支出比2023年度增加"
            f"{W(T['basic'] - E.Y2023['basic'])}万元，主要是人员调资和新进人员增加；项目支出比2023年度增加"
            f"{W(T['project'] - E.Y2023['project'])}万元，主要是文物保护和博物馆陈列提升项目增加。")
    pr.head("四、财政拨款收入支出决算总体情况说明")
    f23 = E.Y2023["fin_expend"]
    pr.para(f"2024年度财政拨款收入总计{W(T['fin_income'] + T['fin_begin'])}万元，其中本年一般公共预算财政拨款收入"
            f"{W(T['fin_income'])}万元，年初财政拨款结转和结余{W(T['fin_begin'])}万元；财政拨款支出总计"
            f"{W(T['fin_expend'] + T['fin_end'])}万元，其中本年支出{W(T['fin_expend'])}万元，年末财政拨款结转和结余"
            f"{W(T['fin_end'])}万元。与2023年度相比，财政拨款支出增加{W(T['fin_expend'] - f23)}万元，增长"
            f"{P(T['fin_expend'] - f23, f23)}%。本部门2024年度没有政府性基金预算财政拨款和国有资本经营预算财政拨款收支。")
    pr.head("五、一般公共预算财政拨款支出决算情况说明")
    pr.para(f"（一）总体情况。2024年度一般公共预算财政拨款支出{W(T['fin_expend'])}万元，占本年支出合计的"
            f"{P(T['fin_expend'], T['expend'])}%。年初预算为{W(T['plan'])}万元，支出决算为{W(T['fin_expend'])}万元，"
            f"完成年初预算的{P(T['fin_expend'], T['plan'])}%。决算数大于年初预算数的主要原因是年中追加文物保护抢险加固"
            "和乡镇图书馆分馆图书配送经费，以及使用上年结转资金开展文旅推介活动。")
    lei = [(p, E.LEI[p], E.agg(rows, "fin", p), E.Y2023["lei"][p]) for p in ("207", "208", "210", "221")]
    parts = "；".join(f"{n}{W(v)}万元，占{P(v, T['fin_expend'])}%" for p, n, v, _ in lei)
    pr.para(f"（二）结构情况。2024年度一般公共预算财政拨款支出主要用于以下方面：{parts}。")
    pr.para("（三）具体情况。")
    REASON = {
     "2070101": "决算数大于年初预算数的主要原因是年中人员工资正常晋级调整。",
     "2070102": "决算数大于年初预算数的主要原因是增加文旅市场安全生产检查工作经费。",
     "2070104": "决算数大于年初预算数的主要原因是年中追加乡镇图书馆分馆图书配送经费。",
     "2070108": "决算数小于年初预算数的主要原因是部分文化惠民演出由社会力量承办，节约了支出。",
     "2070109": "决算数大于年初预算数的主要原因是新增村级综合文化服务中心设备配置补助。",
     "2070112": "决算数大于年初预算数的主要原因是开展文化市场“清源”专项整治行动。",
     "2070113": f"决算数大于年初预算数的主要原因是使用上年结转资金{W(E.FINCARRY['2070113'][0])}万元开展文旅推介活动。",
     "2070204": "决算数大于年初预算数的主要原因是年中追加县级文物保护单位抢险加固工程资金。",
     "2070205": "决算数小于年初预算数的主要原因是部分布展费用由博物馆事业收入安排。",
     "2070307": f"决算数小于年初预算数的主要原因是全民健身中心维修改造项目尚未完工，结转下年{W(E.FINCARRY['2070307'][1])}万元。",
     "2070308": "决算数大于年初预算数的主要原因是承办市级全民健身系列赛事。",
     "2070808": "决算数小于年初预算数的主要原因是应急广播维护采购价格低于预算。",
     "2080501": "决算数大于年初预算数的主要原因是离休人员医疗费据实结算。",
     "2080502": "决算数大于年初预算数的主要原因是退休人员增加。",
     "2080505": "决算数略小于年初预算数。",
     "2080506": "决算数略小于年初预算数。",
     "2101101": "决算数略小于年初预算数。",
     "2101102": "决算数略小于年初预算数。",
     "2210201": "决算数略小于年初预算数。",
    }
    i = 0
    for lvl, c, name in E.tree(rows):
        if lvl != 3:
            continue
        i += 1
        r = G[c]
        lname, kname = E.LEI[c[:3]], E.KUAN[c[:5]]
        fin = r["fin"]
        shown = fin
        if c == "2070109":
            shown = 2374500   # planted: prose figure differs from the table (2,734,500 元)
        if r["plan"]:
            s = (f"{i}.{lname}（类）{kname}（款）{name}（项）（{c}）：年初预算为{W(r['plan'])}万元，支出决算为"
                 f"{W(shown)}万元，完成年初预算的{P(fin, r['plan'])}%。{REASON[c]}")
        else:
            s = (f"{i}.{lname}（类）{kname}（款）{name}（项）（{c}）：年初预算为0万元，支出决算为{W(shown)}万元。"
                 "决算数大于年初预算数的主要原因是年初未安排预算，年中发生1名退休人员死亡抚恤支出。")
        pr.para(s)
    pr.head("六、一般公共预算财政拨款基本支出决算情况说明")
    P_ = dict((c, v) for c, _, v in E.PERSON + E.PUBLIC)
    pr.para(f"2024年度一般公共预算财政拨款基本支出{W(T['fin_basic'])}万元，其中：人员经费{W(T['person'])}万元，"
            "主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
            f"住房公积金、退休费、抚恤金等；公用经费{W(T['public'])}万元，主要包括办公费、水费、电费、邮电费、物业管理费、"
            "差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置等。")
    pr.head("七、财政拨款“三公”经费支出决算情况说明")
    sb, sf, s23 = E.SANGONG["预算数"], E.SANGONG["决算数"], E.SANGONG_2023
    pr.para(f"2024年度财政拨款“三公”经费支出预算为{W(T['sg_budget'])}万元，支出决算为{W(T['sg_final'])}万元，完成预算的"
            f"{P(T['sg_final'], T['sg_budget'])}%。比2023年度决算{W(T['sg_2023'])}万元减少{W(T['sg_2023'] - T['sg_final'])}万元，"
            f"下降{P(T['sg_2023'] - T['sg_final'], T['sg_2023'])}%。决算数小于预算数和比上年减少的主要原因是认真落实过紧日子要求，"
            "严格控制公务接待和公务用车支出。")
    pr.para(f"1.因公出国（境）费：预算为0万元，支出决算为0万元，2024年度未安排因公出国（境）团组。")
    pr.para(f"2.公务用车购置及运行维护费：预算为{W(sb['运行'] + sb['购置'])}万元，支出决算为{W(sf['运行'] + sf['购置'])}万元，"
            f"完成预算的{P(sf['运行'] + sf['购置'], sb['运行'] + sb['购置'])}%。其中：公务用车购置费0万元，未购置公务用车；"
            f"公务用车运行维护费{W(sf['运行'])}万元，比2023年度减少{W(s23['运行'] - sf['运行'])}万元，下降"
            f"{P(s23['运行'] - sf['运行'], s23['运行'])}%，主要用于文物安全巡查和文化市场执法检查等所需的公务用车燃料费、维修费、"
            f"过路过桥费、保险费等支出。截至2024年12月31日，公务用车保有量{E.CARS}辆。")
    pr.para(f"3.公务接待费：预算为{W(sb['接待'])}万元，支出决算为{W(sf['接待'])}万元，完成预算的{P(sf['接待'], sb['接待'])}%，"
            f"比2023年度减少{W(s23['接待'] - sf['接待'])}万元，下降{P(s23['接待'] - sf['接待'], s23['接待'])}%，主要原因是严格执行公务接待"
            f"标准，压减接待批次。2024年度国内公务接待{E.RECEP_BATCH}批次、{E.RECEP_PERSON}人次，主要用于接待上级部门业务指导和文旅项目考察调研；"
            "国（境）外公务接待0批次。")
    pr.head("八、政府性基金预算财政拨款收入支出决算情况说明")
    pr.para("本部门2024年度没有使用政府性基金预算财政拨款安排的支出，《政府性基金预算财政拨款收入支出决算表》为空表。")
    pr.head("九、国有资本经营预算财政拨款支出决算情况说明")
    pr.para("本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，《国有资本经营预算财政拨款支出决算表》为空表。")
    pr.head("十、机关运行经费支出情况说明")
    j23 = E.Y2023["jiguan"]
    pr.para(f"2024年度本部门机关运行经费支出{W(E.JIGUAN)}万元，比2023年度减少{W(j23 - E.JIGUAN)}万元，下降"
            f"{P(j23 - E.JIGUAN, j23)}%。主要原因是压减办公费、会议费等一般性支出。机关运行经费为局机关（行政单位）使用一般公共预算"
            "财政拨款安排的基本支出中的公用经费，所属事业单位不在统计范围内。")
    pr.head("十一、政府采购支出情况说明")
    pc = E.PROC
    pr.para(f"2024年度本部门政府采购支出总额{W(T['proc'])}万元，其中：政府采购货物支出{W(pc['货物'])}万元、政府采购工程支出"
            f"{W(pc['工程'])}万元、政府采购服务支出{W(pc['服务'])}万元。授予中小企业合同金额{W(pc['中小企业'])}万元，占政府采购"
            f"支出总额的{P(pc['中小企业'], T['proc'])}%。")
    pr.head("十二、国有资产占用情况说明")
    pr.para(f"截至2024年12月31日，本部门资产总额{W(E.ASSET['total'])}万元。共有车辆{E.ASSET['cars']}辆，其中：一般公务用车1辆、"
            f"执法执勤用车2辆；单位价值100万元以上设备{E.ASSET['big_equip']}台（套），为县博物馆恒温恒湿文物储藏系统。"
            "县博物馆馆藏文物按规定单独登记管理，未计入资产总额。")
    pr.head("十三、预算绩效情况说明")
    pr.para(f"根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目{E.PERF['items']}个，"
            f"资金{W(T['fin_project'])}万元，绩效自评覆盖率100%。从评价情况看，项目总体完成了年初设定的绩效目标。"
            f"组织对“{E.PERF['key_item']}”项目开展部门评价，综合得分{E.PERF['score']}分，评价等级为“优”；发现的主要问题是"
            "乡镇分馆图书借阅率不均衡，下一步将优化图书配送结构。")
    pr.newpage()
    pr.title("第四部分　名词解释")
    for s in ["1.财政拨款收入：指本年度县级财政部门拨付的资金。",
              "2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
              "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
              "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
              "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "6.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
              "7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项公用经费。"]:
        pr.para(s, indent=False)

def build():
    E.check()
    doc = Doc()
    cover(doc)
    part1(doc)
    p = Prose(doc); p.newpage(); p.title("第二部分　2024年度部门决算表"); p.para("（见后附表一至表九）", indent=False)
    t01(doc); t02(doc); t03(doc); t04(doc); t05(doc); t06(doc); t07(doc)
    empty_table(doc, "政府性基金预算财政拨款收入支出决算表", "公开08表",
                ["年初结转和结余", "本年收入", "本年支出 合计", "基本支出", "项目支出", "年末结转和结余"],
                "注：本部门2024年度没有使用政府性基金预算财政拨款安排的支出，故本表为空表。")
    empty_table(doc, "国有资本经营预算财政拨款支出决算表", "公开09表",
                ["本年支出 合计", "基本支出", "项目支出"],
                "注：本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。")
    part3(doc)
    doc.finish()
    write_pdf(OUT, doc.pages, HEAD, ORG)
    return len(doc.pages)

if __name__ == "__main__":
    print("E pages:", build())
