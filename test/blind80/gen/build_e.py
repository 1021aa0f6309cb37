#!/usr/bin/env python3
"""Writes docs/E-xilan-slj-2025-bmys.pdf (invented 汐澜县水利局 2025年部门预算) from e_data.py."""
import os
from e_data import *
from pdfw import Page, write_pdf, text_width, A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-xilan-slj-2025-bmys.pdf")
T = check()
L, R, TOP, BOTTOM = 50, 545, 790, 60
WIDTH = R - L

class Doc:
    def __init__(self):
        self.pages = []; self.new_page()
        self.continued = []  # titles of tables that crossed a page
    def new_page(self):
        self.p = Page(); self.pages.append(self.p); self.y = TOP
    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page(); return True
        return False
    def center(self, s, size, gap=None):
        gap = gap or size * 1.8
        self.need(gap)
        self.y -= gap
        self.p.text((A4[0] - text_width(s, size)) / 2, self.y, s, size)
    def heading(self, s, size=12):
        self.need(size * 2.6)
        self.y -= size * 2.0
        self.p.text(L, self.y, s, size)
    def para(self, s, size=10.5, indent=True):
        lead = size * 1.75
        import re as _re
        words = _re.findall(r"[0-9A-Za-z.,%\-]+|.", s)  # keep numbers unbroken
        line, lines, first = "", [], True
        for ch in words:
            avail = WIDTH - (2 * size if (first and indent) else 0)
            if text_width(line + ch, size) > avail and ch not in "，。；：、）”%":
                lines.append((line, first)); line = ""; first = False
            line += ch
        if line:
            lines.append((line, first))
        for ln, fst in lines:
            self.need(lead)
            self.y -= lead
            self.p.text(L + (2 * size if (fst and indent) else 0), self.y, ln, size)
    def table(self, title, cols, rows, unit="单位：万元", note=None, size=8.5, rowh=15.5):
        """cols: list of (header, width, align) ; header may contain '\\n'. rows: list of lists of str."""
        hdr_lines = max(len(c[0].split("\n")) for c in cols)
        hh = 6 + hdr_lines * (size + 3)
        def draw_title(cont):
            self.need(16 + 12 + hh + rowh)
            t = title + ("（续）" if cont else "")
            self.y -= 20
            self.p.text((A4[0] - text_width(t, 11)) / 2, self.y, t, 11)
            self.y -= 14
            self.p.text(R - text_width(unit, 8.5), self.y, unit, 8.5)
            self.y -= 4
            draw_header()
        def draw_header():
            top = self.y; x = L
            self.p.line(L, top, R, top, 0.8)
            for hdr, w, al in cols:
                hl = hdr.split("\n")
                for i, s in enumerate(hl):
                    yy = top - 4 - (i + 1) * (size + 3) + 2 + (hdr_lines - len(hl)) * (size + 3) / 2
                    self.p.text(x + (w - text_width(s, size)) / 2, yy, s, size)
                x += w
            self.y = top - hh
            self.p.line(L, self.y, R, self.y, 0.6)
            self._vlines(cols, top, self.y)
        draw_title(False)
        for r in rows:
            if self.y - rowh < BOTTOM:
                self.continued.append(title)
                self.new_page(); draw_title(True)
            top = self.y; x = L
            for (hdr, w, al), cell in zip(cols, r):
                if cell:
                    tw = text_width(cell, size)
                    xx = x + 3 if al == "l" else (x + w - 3 - tw if al == "r" else x + (w - tw) / 2)
                    if al == "l" and cell.startswith("  "):
                        xx += 0
                    self.p.text(xx, top - rowh + 4.5, cell, size)
                x += w
            self.y = top - rowh
            self.p.line(L, self.y, R, self.y, 0.4)
            self._vlines(cols, top, self.y)
        if note:
            self.y -= 4
            self.para(note, 9, indent=False)
    def _vlines(self, cols, top, bot):
        x = L
        self.p.line(x, top, x, bot, 0.6)
        for _, w, _ in cols:
            x += w
            self.p.line(x, top, x, bot, 0.6)

def f(v):
    return F(v, comma=True)

def build():
    d = Doc()
    # ---- cover
    d.y = 640
    d.center(ORG, 24, 40)
    d.center("2025年部门预算", 22, 40)
    d.y = 300
    d.center("汐澜县水利局", 14, 30)
    d.center("二〇二五年二月", 12, 24)
    d.new_page()
    # ---- 目录
    d.center("目  录", 16, 30)
    for s in ["第一部分  汐澜县水利局概况", "  一、主要职能", "  二、部门预算单位构成", "  三、人员情况",
              "第二部分  汐澜县水利局2025年部门预算表", "  表1  部门收支总表", "  表2  部门收入总表", "  表3  部门支出总表",
              "  表4  财政拨款收支总表", "  表5  一般公共预算支出表", "  表6  一般公共预算基本支出表",
              "  表7  一般公共预算“三公”经费支出表", "  表8  政府性基金预算支出表",
              "第三部分  汐澜县水利局2025年部门预算情况说明", "第四部分  名词解释"]:
        d.para(s, 11, indent=False)
    d.new_page()
    # ---- 第一部分
    d.center("第一部分  汐澜县水利局概况", 14, 28)
    d.heading("一、主要职能")
    d.para("汐澜县水利局是县人民政府工作部门，主要职责是：负责保障全县水资源的合理开发利用，组织实施最严格水资源管理制度；"
           "负责水利工程建设与运行管理，指导灌区、水库、堤防、水闸的运行管理；负责水土保持工作，组织水土流失监测和综合防治；"
           "负责农村水利和农村供水工程管理；承担县防汛抗旱指挥部日常工作，组织编制洪水干旱防治规划和防护标准；完成县委、县政府交办的其他任务。")
    d.heading("二、部门预算单位构成")
    d.para("纳入汐澜县水利局2025年部门预算编制范围的单位共3个，包括：汐澜县水利局（本级），为行政单位；"
           "所属单位汐澜县水土保持监测站、汐澜县灌区管理所，均为公益一类事业单位。")
    d.heading("三、人员情况")
    d.para("汐澜县水利局核定编制62名，其中行政编制18名、事业编制44名。2025年初实有在职人员57人，其中：本级24人，"
           "水土保持监测站11人，灌区管理所22人；离退休人员19人。")
    d.new_page()
    # ---- 第二部分 tables
    d.center("第二部分  汐澜县水利局2025年部门预算表", 14, 28)
    inc_rows = [("一、一般公共预算拨款收入", T["gen"]), ("二、政府性基金预算拨款收入", T["fund"]),
                ("三、国有资本经营预算拨款收入", T["soe"]), ("四、事业收入", T["biz"]),
                ("五、事业单位经营收入", 0), ("六、其他收入", T["oth"])]
    cls = [c for c in FUNC if len(c[0]) == 3]
    exp_rows = [(["一、", "二、", "三、", "四、"][i] + c[1], func_total(c[0], 0) + func_total(c[0], 1) + func_total(c[0], 2))
                for i, c in enumerate(cls)]
    rows = []
    for i in range(6):
        a = inc_rows[i]; b = exp_rows[i] if i < len(exp_rows) else ("", None)
        rows.append([a[0], f(a[1]), b[0], f(b[1]) if b[1] is not None else ""])
    rows += [["本年收入合计", f(T["year_inc"]), "本年支出合计", f(T["exp_total"])],
             ["上年结转", f(T["carry"]), "结转下年", f(0)],
             ["收入总计", f(T["inc_total"]), "支出总计", f(T["exp_total"])]]
    d.table("表1  汐澜县水利局2025年部门收支总表",
            [("收入项目", 160, "l"), ("预算数", 87, "r"), ("支出项目（按功能分类）", 160, "l"), ("预算数", 88, "r")], rows)
    cols2 = [("单位名称", 145, "l"), ("合计", 55, "r"), ("一般公共预算\n拨款收入", 60, "r"), ("政府性基金\n预算拨款收入", 60, "r"),
             ("国有资本经营\n预算拨款收入", 60, "r"), ("事业收入", 40, "r"), ("其他收入", 40, "r"), ("上年结转", 35, "r")]
    def inc_row(name, dd):
        tot = dd["gen"] + dd["fund"] + dd["soe"] + dd["biz"] + dd["oth"] + dd["carry"]
        return [name, f(tot), f(dd["gen"]), f(dd["fund"]), f(dd["soe"]), f(dd["biz"]), f(dd["oth"]), f(dd["carry"])]
    allinc = {k: T[k] for k in ("gen", "fund", "soe", "biz", "oth", "carry")}
    rows2 = [inc_row("合计", allinc), inc_row(ORG, allinc)] + [inc_row("  " + u, INC[u]) for u in UNITS]
    d.table("表2  汐澜县水利局2025年部门收入总表", cols2, rows2, size=8)
    # 表3 all funds by function
    cols3 = [("科目编码", 62, "l"), ("科目名称", 178, "l"), ("合计", 85, "r"), ("基本支出", 85, "r"), ("项目支出", 85, "r")]
    def frow(c, allfunds):
        b = func_total(c[0], 0); pj = func_total(c[0], 1) + (func_total(c[0], 2) if allfunds else 0)
        ind = {3: "", 5: "  ", 7: "    "}[len(c[0])]
        return [c[0], ind + c[1], f(b + pj), f(b), f(pj)]
    rows3 = [["", "合计", f(T["exp_total"]), f(T["basic"]), f(T["proj"])]] + [frow(c, True) for c in FUNC]
    d.table("表3  汐澜县水利局2025年部门支出总表", cols3, rows3)
    # 表4
    cols4 = [("收入项目", 120, "l"), ("预算数", 62, "r"), ("支出项目", 135, "l"), ("合计", 60, "r"),
             ("一般公共\n预算", 60, "r"), ("政府性\n基金预算", 58, "r")]
    r4 = [["一、本年收入", f(T["gen"]), "一、本年支出", f(T["gen"]), f(T["gen"]), f(0)],
          ["（一）一般公共预算拨款", f(T["gen"])] + ["", "", "", ""],
          ["（二）政府性基金预算拨款", f(0)] + ["", "", "", ""],
          ["（三）国有资本经营预算拨款", f(0)] + ["", "", "", ""],
          ["二、上年结转", f(0), "二、结转下年", f(0), f(0), f(0)],
          ["收入总计", f(T["gen"]), "支出总计", f(T["gen"]), f(T["gen"]), f(0)]]
    for i, c in enumerate(cls):
        v = func_total(c[0], 0) + func_total(c[0], 1)
        r4[1 + i][2:] = ["  " + c[1], f(v), f(v), f(0)]
    d.table("表4  汐澜县水利局2025年财政拨款收支总表", cols4, r4, size=8)
    rows5 = [["", "合计", f(T["gen"]), f(T["gen_basic"]), f(T["gen_proj"])]] + [frow(c, False) for c in FUNC]
    d.table("表5  汐澜县水利局2025年一般公共预算支出表", cols3, rows5)
    cols6 = [("经济分类\n科目编码", 62, "l"), ("科目名称", 178, "l"), ("合计", 85, "r"), ("人员经费", 85, "r"), ("公用经费", 85, "r")]
    def erow(c):
        a = econ_total(c[0], 0); b = econ_total(c[0], 1)
        return [c[0], ("" if len(c[0]) == 3 else "  ") + c[1], f(a + b), f(a), f(b)]
    rows6 = [["", "合计", f(T["basic"]), f(T["pers"]), f(T["pub"])]] + [erow(c) for c in ECON]
    d.table("表6  汐澜县水利局2025年一般公共预算基本支出表", cols6, rows6)
    s25, s24 = SANGONG, SANGONG_24
    cols7 = [("项目", 215, "l"), ("2024年预算数", 95, "r"), ("2025年预算数", 95, "r"), ("增减", 90, "r")]
    def srow(name, a, b):
        return [name, f(a), f(b), f(b - a)]
    rows7 = [srow("合计", T["sangong_24"], T["sangong"]),
             srow("1.因公出国（境）费", s24["abroad"], s25["abroad"]),
             srow("2.公务接待费", s24["recep"], s25["recep"]),
             srow("3.公务用车购置及运行维护费", s24["car_buy"] + s24["car_run"], s25["car_buy"] + s25["car_run"]),
             srow("  其中：公务用车购置费", s24["car_buy"], s25["car_buy"]),
             srow("        公务用车运行维护费", s24["car_run"], s25["car_run"])]
    d.table("表7  汐澜县水利局2025年一般公共预算“三公”经费支出表", cols7, rows7)
    d.table("表8  汐澜县水利局2025年政府性基金预算支出表", cols3, [["", "合计", "", "", ""]],
            note="注：汐澜县水利局2025年没有使用政府性基金预算拨款安排的支出，本表为空表。")
    d.new_page()
    # ---- 第三部分 prose
    d.center("第三部分  汐澜县水利局2025年部门预算情况说明", 14, 28)
    P = lambda a, b: f"{pct(a, b):.2f}%"
    tot, prev = T["exp_total"], PREV["total"]
    d.heading("一、收支预算总体情况")
    d.para(f"按照综合预算的原则，汐澜县水利局所有收入和支出均纳入部门预算管理。2025年收支总预算{F(tot)}万元，"
           f"比上年增加{F(tot - prev)}万元，增长{P(tot - prev, prev)}，主要原因是新增农村供水保障工程维修养护项目，"
           f"以及灌区渠系维护支出增加。")
    d.heading("二、收入预算情况")
    d.para(f"2025年收入预算{F(tot)}万元，其中：一般公共预算拨款收入{F(T['gen'])}万元，占{P(T['gen'], tot)}；"
           f"事业收入{F(T['biz'])}万元，占{P(T['biz'], tot)}；其他收入{F(T['oth'])}万元，占{P(T['oth'], tot)}；"
           f"上年结转{F(T['carry'])}万元，占{P(T['carry'], tot)}。政府性基金预算拨款收入和国有资本经营预算拨款收入均为0。")
    d.heading("三、支出预算情况")
    d.para(f"2025年支出预算{F(tot)}万元，其中：基本支出{F(T['basic'])}万元，占{P(T['basic'], tot)}，"
           f"比上年增加{F(T['basic'] - PREV['basic'])}万元，主要是人员正常晋级晋档；项目支出{F(T['proj'])}万元，"
           f"占{P(T['proj'], tot)}，比上年增加{F(T['proj'] - PREV['proj'])}万元，主要用于农村供水工程维修养护、"
           f"灌区渠系维护、水土流失动态监测和防汛等。")
    d.heading("四、财政拨款收支预算情况")
    d.para(f"2025年财政拨款收支总预算{F(T['gen'])}万元，全部为一般公共预算拨款，比上年{F(PREV['gen'])}万元增加"
           f"{F(T['gen'] - PREV['gen'])}万元，增长{P(T['gen'] - PREV['gen'], PREV['gen'])}。本部门无政府性基金预算拨款"
           f"和国有资本经营预算拨款。")
    d.heading("五、一般公共预算支出情况")
    d.para(f"2025年一般公共预算支出{F(T['gen'])}万元，其中：社会保障和就业支出{F(func_total('208', 0))}万元，"
           f"卫生健康支出{F(func_total('210', 0))}万元，农林水支出{F(func_total('213', 0) + func_total('213', 1))}万元，"
           f"住房保障支出{F(func_total('221', 0))}万元。主要项目如下：")
    d.para(f"1．农林水支出（类）水利（款）水利工程运行与维护（项）{F(func_total('2130306', 1))}万元，主要用于灌区渠系、"
           f"小型水库和堤防的日常维修养护。")
    rw = func_total("2130335", 1)
    d.para(f"2．农林水支出（类）水利（款）农村供水（项）{F(rw)}万元，比上年增加{F(rw - PREV['rural_water'])}万元，"
           f"主要原因是新增农村供水保障工程维修养护项目。")
    fl = func_total("2130314", 1)
    d.para(f"3．农林水支出（类）水利（款）防汛（项）{F(fl)}万元，比上年减少{F(PREV['flood'] - fl)}万元，"
           f"主要原因是防汛物资储备已于上年集中采购，本年只安排补充更新部分。")
    d.para(f"4．农林水支出（类）水利（款）水土保持（项）{F(func_total('2130310', 1))}万元，主要用于水土流失动态监测"
           f"和监测站点运行维护。")
    d.para(f"5．住房保障支出（类）住房改革支出（款）住房公积金（项）{F(PROSE_HOUSING)}万元，主要用于按规定为在职职工"
           f"缴存住房公积金。")
    d.heading("六、一般公共预算基本支出情况")
    d.para(f"2025年一般公共预算基本支出{F(T['basic'])}万元，其中：人员经费{F(T['pers'])}万元，主要包括基本工资、"
           f"津贴补贴、绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{F(T['pub'])}万元，主要包括办公费、"
           f"水电费、差旅费、维修（护）费、公务用车运行维护费、工会经费、办公设备购置等。")
    d.heading("七、一般公共预算“三公”经费支出情况")
    sd = T["sangong_24"] - T["sangong"]
    d.para(f"2025年“三公”经费预算{F(T['sangong'])}万元，比上年减少{F(sd)}万元，下降{P(sd, T['sangong_24'])}。其中："
           f"因公出国（境）费0万元，本部门2025年未安排因公出国（境）团组；公务接待费{F(s25['recep'])}万元，"
           f"比上年减少{F(s24['recep'] - s25['recep'])}万元，主要原因是严格执行公务接待标准，压减接待批次；"
           f"公务用车购置及运行维护费{F(s25['car_run'])}万元，其中公务用车购置费0万元，公务用车运行维护费"
           f"{F(s25['car_run'])}万元，比上年减少{F(s24['car_run'] - s25['car_run'])}万元，主要原因是报废1辆老旧车辆，"
           f"公务用车保有量由7辆减少至6辆。")
    d.heading("八、政府性基金预算支出情况")
    d.para("汐澜县水利局2025年没有使用政府性基金预算拨款安排的支出。")
    d.heading("九、其他重要事项的情况说明")
    d.para(f"（一）机关运行经费。2025年本部门行政单位（汐澜县水利局本级）机关运行经费预算{F(EXP[UNITS[0]]['pub'])}万元，"
           f"比上年减少3.30万元，主要原因是压减一般性支出。")
    d.para("（二）政府采购情况。2025年本部门政府采购预算86.40万元，其中：货物类32.40万元，服务类54.00万元。")
    d.para("（三）国有资产占用情况。截至2024年底，本部门共有车辆6辆，其中一般公务用车2辆、执法执勤用车1辆、"
           "特种专业技术用车3辆；单位价值50万元以上的通用设备1台（套）。")
    d.para("（四）预算绩效情况。2025年本部门实行绩效目标管理的项目8个，涉及一般公共预算拨款564.50万元。")
    d.heading("第四部分  名词解释", 13)
    d.para("1．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
    d.para("2．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
    d.para("3．“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
    d.para("4．机关运行经费：指为保障行政单位运行用于购买货物和服务等的各项公用经费。")
    # page numbers
    n = len(d.pages)
    for i, p in enumerate(d.pages[1:], 2):
        s = f"— {i - 1} —"
        p.text((A4[0] - text_width(s, 9)) / 2, 32, s, 9)
    write_pdf(OUT, d.pages, title="汐澜县水利局2025年部门预算", author="汐澜县水利局")
    assert d.continued, "no table crossed a page break"
    return d

if __name__ == "__main__":
    d = build()
    print("E pages", len(d.pages), "continued:", d.continued)
