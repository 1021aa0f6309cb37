# -*- coding: utf-8 -*-
"""Writes docs/E-maochuan-jinwan-jdb-2025-bmys.pdf: the invented 街道办事处 2025年部门预算 (prose in 万元, tables in 元)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e_data import *
from pdfw import Page, write_pdf, text_w, PAGE_W, PAGE_H

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-maochuan-jinwan-jdb-2025-bmys.pdf")
D = compute()
W = lambda fen: wan(fen) + "万元"
LEFT, RIGHT, TOP, BOTTOM = 50.0, 545.0, 785.0, 62.0
RUNNING = "泖川县槿湾街道办事处2025年部门预算"


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page()
        self.pages.append(self.page)
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()
            return True
        return False

    def wrap(self, s, width, size, indent=0.0):
        """greedy wrap; a number with its unit (1,234.56万元 / 6.68% / 2024年) is never split across lines"""
        import re
        toks = re.findall(r"\d[\d,.]*(?:万元|%|年|元|个|辆|人|名)?|.", s)
        lines, cur, w = [], "", indent
        for t in toks:
            cw = text_w(t, size)
            if w + cw > width and cur:
                lines.append(cur); cur, w = "", 0.0
            cur += t; w += cw
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, lead=18.0, indent=True, bold=False):
        ind = 2 * size if indent else 0.0
        lines = self.wrap(s, RIGHT - LEFT, size, ind)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            self.page.text(LEFT + (ind if i == 0 else 0), self.y, ln, size, bold)

    def heading(self, s, size=12.0):
        self.need(30)
        self.y -= 8
        self.para(s, size=size, lead=22, indent=False, bold=True)

    def title(self, s, size=16.0, gap=30):
        self.need(gap + 10)
        self.y -= gap
        self.page.text_center(PAGE_W / 2, self.y, s, size, True)

    def table(self, title, unit, cols, rows, bold_rows=(), newpage=True, note=None, size=8.0):
        """cols: [(header, width, align)], header may contain \\n; rows: list of cell strings."""
        if newpage and self.y < TOP - 1:
            self.new_page()
        x0 = LEFT
        widths = [c[1] for c in cols]
        assert abs(sum(widths) - (RIGHT - LEFT)) < 0.01, (title, sum(widths))
        def hdr_lines(h):
            return h.split("\n")
        hdr_h = 8 + 11 * max(len(hdr_lines(c[0])) for c in cols)
        def cell_lines(s, w):
            return self.wrap(s, w - 6, size) if s else [""]
        def row_h(r):
            return 8 + 11 * max(len(cell_lines(s, w)) for s, w in zip(r, widths))
        def draw_title(cont):
            self.y -= 24
            t = title + ("(续表)" if cont else "")
            self.page.text_center(PAGE_W / 2, self.y, t, 12, True)
            self.y -= 16
            self.page.text_right(RIGHT, self.y, unit, size)
            self.y -= 6
            top = self.y
            self.page.line(LEFT, top, RIGHT, top, 0.8)
            x = x0
            for (h, w, a) in cols:
                ls = hdr_lines(h)
                yy = top - (hdr_h - 11 * len(ls)) / 2 - 9
                for l in ls:
                    self.page.text_center(x + w / 2, yy, l, size, True)
                    yy -= 11
                x += w
            self.y = top - hdr_h
            self.page.line(LEFT, self.y, RIGHT, self.y, 0.6)
            return top
        need_first = 24 + 16 + 6 + hdr_h + (row_h(rows[0]) if rows else 20)
        if self.y - need_first < BOTTOM:
            self.new_page()
        seg_top = draw_title(False)
        def close(seg_top):
            x = x0
            self.page.line(x, seg_top, x, self.y, 0.8)
            for w in widths:
                x += w
                self.page.line(x, seg_top, x, self.y, 0.6 if x < RIGHT - 0.1 else 0.8)
            self.page.line(LEFT, self.y, RIGHT, self.y, 0.8)
        for i, r in enumerate(rows):
            h = row_h(r)
            if self.y - h < BOTTOM:
                close(seg_top)
                self.new_page()
                seg_top = draw_title(True)
            x = x0
            for (s, (hname, w, a)) in zip(r, cols):
                ls = cell_lines(s, w)
                yy = self.y - 4 - 8.5
                for l in ls:
                    if a == "r":
                        self.page.text_right(x + w - 3, yy, l, size, i in bold_rows)
                    elif a == "c":
                        self.page.text_center(x + w / 2, yy, l, size, i in bold_rows)
                    else:
                        self.page.text(x + 3, yy, l, size, i in bold_rows)
                    yy -= 11
                x += w
            self.y -= h
            self.page.line(LEFT, self.y, RIGHT, self.y, 0.4)
        close(seg_top)
        if note:
            for ln in self.wrap(note, RIGHT - LEFT, size):
                self.y -= 13
                self.page.text(LEFT, self.y, ln, size)
        self.y -= 6


def Yf(fen):
    return yuan(fen)


def func_rows(agg):
    codes = sorted(agg)
    tb = sum(agg[c][0] for c in codes if len(c) == 3)
    tp = sum(agg[c][1] for c in codes if len(c) == 3)
    rows = [["", "合计", Yf(tb + tp), Yf(tb), Yf(tp)]]
    for c in codes:
        b, p = agg[c]
        rows.append([c, FUNC_NAMES[c], Yf(b + p), Yf(b), Yf(p)])
    return rows


def build():
    d = D
    fa, fg = d["func_all"], d["func_gg"]
    be = d["basic_econ"]
    doc = Doc()
    # ---------------- cover + 目录
    doc.y = TOP - 80
    doc.page.text_center(PAGE_W / 2, doc.y, ORG, 24, True)
    doc.y -= 44
    doc.page.text_center(PAGE_W / 2, doc.y, "2025年部门预算", 22, True)
    doc.y -= 60
    doc.page.text_center(PAGE_W / 2, doc.y, "目  录", 14, True)
    doc.y -= 10
    toc = ["第一部分  部门概况", "  一、基本职能及主要工作", "  二、部门预算单位构成",
           "第二部分  2025年部门预算情况说明", "  一、收支预算总体情况", "  二、财政拨款收支预算情况",
           "  三、一般公共预算当年拨款情况", "  四、一般公共预算基本支出情况", "  五、“三公”经费财政拨款预算安排情况",
           "  六、政府性基金预算支出情况", "  七、国有资本经营预算支出情况", "  八、其他重要事项的情况说明",
           "第三部分  名词解释", "第四部分  2025年部门预算表",
           "  表1 收支总表  表2 收入总表  表3 支出总表  表4 财政拨款收支总表",
           "  表5 一般公共预算支出表  表6 一般公共预算基本支出表  表7 一般公共预算“三公”经费支出表",
           "  表8 政府性基金预算支出表  表9 项目支出表  表10 政府采购预算表"]
    for t in toc:
        doc.y -= 20
        doc.page.text(LEFT + 30, doc.y, t, 10.5)
    doc.new_page()
    # ---------------- 第一部分
    doc.title("第一部分  部门概况", 14, 10)
    doc.heading("一、基本职能及主要工作")
    doc.para("(一)主要职能", indent=False, bold=True)
    doc.para("泖川县槿湾街道办事处是泖川县人民政府的派出机关，主要负责辖区党的建设、社区治理、公共服务、平安建设、城市管理和民生保障等工作，指导辖区6个社区居民委员会开展工作。")
    doc.para("(二)2025年重点工作", indent=False, bold=True)
    doc.para("一是深化网格化社会治理，" + [p for p in PROJECTS if p["name"] == "网格化社会治理经费"][0]["goal"] + "；二是实施老旧小区环境整治提升，" + PROJECTS[1]["goal"] + "；三是做实社区居家养老服务，" + PROJECTS[2]["goal"] + "。")
    doc.heading("二、部门预算单位构成")
    doc.para("纳入2025年部门预算编制范围的单位共2个，分别是：泖川县槿湾街道办事处本级(行政单位)和泖川县槿湾街道社区服务中心(全额拨款事业单位)。本级核定行政编制%d名，实有在职人员%d人；社区服务中心核定事业编制%d名，实有在职人员%d人；另有退休人员%d人。"
             % (PEOPLE["bj_bz"], PEOPLE["bj_sy"], PEOPLE["zx_bz"], PEOPLE["zx_sy"], PEOPLE["tx"]))
    # ---------------- 第二部分
    doc.title("第二部分  2025年部门预算情况说明", 14, 34)
    doc.heading("一、收支预算总体情况")
    pt = d["prev"]["total"]
    doc.para("按照综合预算的原则，泖川县槿湾街道办事处所有收入和支出均纳入部门预算管理。2025年收支总预算%s，比2024年预算%s增加%s，增长%s%%。"
             % (W(d["total"]), W(pt), W(d["total"] - pt), pct(d["total"] - pt, pt)))
    doc.para("(一)收入预算。2025年收入预算%s，其中：一般公共预算拨款收入%s，占%s%%；事业收入%s，占%s%%；其他收入%s，占%s%%；政府性基金预算拨款收入、国有资本经营预算拨款收入和上年结转均为0。(详见表1、表2)"
             % (W(d["total"]), W(d["gg"]), pct(d["gg"], d["total"]), W(d["sy"]), pct(d["sy"], d["total"]), W(d["qt"]), pct(d["qt"], d["total"])))
    doc.para("(二)支出预算。2025年支出预算%s，其中：基本支出%s，占%s%%；项目支出%s，占%s%%。(详见表3)"
             % (W(d["total"]), W(d["basic"]), pct(d["basic"], d["total"]), W(d["proj"]), pct(d["proj"], d["total"])))
    doc.heading("二、财政拨款收支预算情况")
    lei = [c for c in sorted(fg) if len(c) == 3]
    doc.para("2025年财政拨款收支总预算%s，全部为一般公共预算拨款。支出包括：" % W(d["gg"]) +
             "、".join("%s%s" % (FUNC_NAMES[c], W(sum(fg[c]))) for c in lei) + "。(详见表4)")
    doc.heading("三、一般公共预算当年拨款情况")
    pg = d["prev"]["gg_total"]
    doc.para("(一)一般公共预算当年拨款规模变化情况。2025年一般公共预算当年拨款%s，比2024年预算%s增加%s，增长%s%%。主要原因是新增老旧小区环境整治提升项目资金，以及按政策调整工资标准增加人员经费。"
             % (W(d["gg"]), W(pg), W(d["gg"] - pg), pct(d["gg"] - pg, pg)))
    doc.para("(二)一般公共预算当年拨款结构情况。" + "；".join("%s%s，占%s%%" % (FUNC_NAMES[c], W(sum(fg[c])), pct(sum(fg[c]), d["gg"])) for c in lei) + "。")
    doc.para("(三)一般公共预算当年拨款具体使用情况。")
    def L(code):
        k = FUNC_NAMES[code[:3]] + "(类)" + FUNC_NAMES[code[:5]] + "(款)" + FUNC_NAMES[code] + "(项)"
        return k
    items = []
    items.append(L("2010301") + W(sum(fg["2010301"])) + "，主要用于街道机关在职人员工资福利支出和保障机关日常运转。")
    p2010302 = d["prev"]["2010302"]; v2010302 = sum(fg["2010302"])
    items.append(L("2010302") + PLANT_PROSE_WAN + "万元，比2024年减少%s，下降%s%%，主要原因是网格员服务外包合同期满后重新招标，服务单价下降。"
                 % (W(p2010302 - v2010302), pct(p2010302 - v2010302, p2010302)))
    items.append(L("2010350") + W(sum(fg["2010350"])) + "，主要用于社区服务中心在职人员工资福利支出和日常运转。")
    items.append(L("2080501") + W(sum(fg["2080501"])) + "，主要用于退休人员退休费和生活补助。")
    items.append(L("2080505") + W(sum(fg["2080505"])) + "，主要用于单位为在职职工缴纳的基本养老保险费。")
    items.append(L("2080506") + W(sum(fg["2080506"])) + "，主要用于单位为在职职工缴纳的职业年金。")
    items.append(L("2081002") + W(sum(fg["2081002"])) + "，主要用于社区居家养老服务项目。")
    items.append(L("2101101") + W(sum(fg["2101101"])) + "，主要用于本级在职职工基本医疗保险缴费。")
    items.append(L("2101102") + W(sum(fg["2101102"])) + "，主要用于社区服务中心在职职工基本医疗保险缴费。")
    p2120199 = d["prev"]["2120199"]; v2120199 = sum(fg["2120199"])
    items.append(L("2120199") + W(v2120199) + "，比2024年增加%s，增长%s%%，主要原因是2025年整治的老旧小区由2个增加到4个。"
                 % (W(v2120199 - p2120199), pct(v2120199 - p2120199, p2120199)))
    items.append(L("2210201") + W(sum(fg["2210201"])) + "，主要用于按规定为在职职工缴纳的住房公积金。")
    for i, t in enumerate(items, 1):
        doc.para("%d.%s" % (i, t))
    doc.heading("四、一般公共预算基本支出情况")
    doc.para("2025年一般公共预算基本支出%s，其中：人员经费%s，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、生活补助；公用经费%s，主要包括：办公费、水费、电费、邮电费、差旅费、维修(护)费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。(详见表6)"
             % (W(d["basic"]), W(d["person"]), W(d["public"])))
    doc.heading("五、“三公”经费财政拨款预算安排情况")
    sg, s4 = d["sangong"], d["sangong_2024"]
    doc.para("2025年“三公”经费财政拨款预算%s，比2024年预算%s减少%s，下降%s%%。其中：因公出国(境)费0万元，与上年持平；公务用车购置费0万元，与上年持平；公务用车运行维护费%s，比上年减少%s，下降%s%%，主要原因是1辆公务用车报废后不再更新，公务用车保有量由3辆减少为%d辆；公务接待费%s，比上年减少%s，下降%s%%，主要原因是严格执行公务接待标准，压减接待批次。(详见表7)"
             % (W(d["sangong_total"]), W(d["sangong_2024_total"]), W(d["sangong_2024_total"] - d["sangong_total"]),
                pct(d["sangong_2024_total"] - d["sangong_total"], d["sangong_2024_total"]),
                W(sg["yx"]), W(s4["yx"] - sg["yx"]), pct(s4["yx"] - sg["yx"], s4["yx"]), PEOPLE["cars"],
                W(sg["jd"]), W(s4["jd"] - sg["jd"]), pct(s4["jd"] - sg["jd"], s4["jd"])))
    doc.heading("六、政府性基金预算支出情况")
    doc.para("泖川县槿湾街道办事处2025年没有使用政府性基金预算拨款安排的支出，《政府性基金预算支出表》为空表。(详见表8)")
    doc.heading("七、国有资本经营预算支出情况")
    doc.para("泖川县槿湾街道办事处2025年没有使用国有资本经营预算拨款安排的支出。")
    doc.heading("八、其他重要事项的情况说明")
    pj = d["prev"]["jgyx"]
    doc.para("(一)机关运行经费。2025年本级机关运行经费财政拨款预算%s，比2024年预算%s减少%s，下降%s%%，主要原因是压减办公费、会议费等一般性支出。"
             % (W(d["jgyx"]), W(pj), W(pj - d["jgyx"]), pct(pj - d["jgyx"], pj)))
    pk = d["proc_kind"]
    doc.para("(二)政府采购情况。2025年政府采购预算%s，其中：货物类%s，工程类%s，服务类%s。(详见表10)"
             % (W(d["proc"]), W(pk["货物"]), W(pk["工程"]), W(pk["服务"])))
    doc.para("(三)国有资产占有使用情况。截至2024年12月31日，泖川县槿湾街道办事处共有车辆%d辆，均为一般公务用车；单位价值100万元以上设备0台(套)。2025年部门预算未安排购置车辆。" % PEOPLE["cars"])
    ggp = d["proj_src"]["gg"]
    doc.para("(四)预算绩效管理情况。2025年实行绩效目标管理的项目3个，涉及一般公共预算拨款%s。(详见表9)" % W(ggp))
    doc.title("第三部分  名词解释", 14, 30)
    for t in ["1.一般公共预算拨款收入：指县财政当年拨付的资金。",
              "2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
              "3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
              "4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "5.“三公”经费：指用财政拨款安排的因公出国(境)费、公务用车购置及运行维护费和公务接待费。",
              "6.机关运行经费：指为保障行政单位运行用于购买货物和服务等的各项公用经费。"]:
        doc.para(t)
    # ---------------- 第四部分: tables
    doc.new_page()
    doc.title("第四部分  2025年部门预算表", 14, 10)
    inc = [("一、一般公共预算拨款收入", d["gg"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
           ("四、事业收入", d["sy"]), ("五、事业单位经营收入", 0), ("六、其他收入", d["qt"])]
    exp = [("%s、%s" % ("一二三四五"[i], FUNC_NAMES[c]), sum(fa[c])) for i, c in enumerate(c for c in sorted(fa) if len(c) == 3)]
    exp += [("", None)] * (len(inc) - len(exp))
    rows = [[a, Yf(b), c, ("" if e is None else Yf(e))] for (a, b), (c, e) in zip(inc, exp)]
    rows += [["本年收入合计", Yf(d["total"]), "本年支出合计", Yf(d["total"])],
             ["上年结转", Yf(0), "结转下年", Yf(0)],
             ["收入总计", Yf(d["total"]), "支出总计", Yf(d["total"])]]
    doc.table("表1 收支总表", "单位：元", [("收入项目", 150, "l"), ("预算数", 97.5, "r"), ("支出项目", 150, "l"), ("预算数", 97.5, "r")],
              rows, bold_rows=(len(rows) - 3, len(rows) - 1), newpage=False)
    doc.table("表2 收入总表", "单位：元",
              [("单位名称", 125, "l"), ("合计", 70, "r"), ("上年结转", 50, "r"), ("一般公共预算\n拨款收入", 70, "r"),
               ("政府性基金预算\n拨款收入", 70, "r"), ("事业收入", 55, "r"), ("其他收入", 55, "r")],
              [["合计", Yf(d["total"]), Yf(0), Yf(d["gg"]), Yf(0), Yf(d["sy"]), Yf(d["qt"])]] +
              [[nm, Yf(d["gg_unit"][u] + d["sy_unit"][u] + d["qt_unit"][u]), Yf(0), Yf(d["gg_unit"][u]), Yf(0), Yf(d["sy_unit"][u]), Yf(d["qt_unit"][u])]
               for nm, u in ((BJ, "bj"), (CENTER, "zx"))], bold_rows=(0,), newpage=False)
    fcols = [("科目编码", 60, "l"), ("科目名称", 175, "l"), ("合计", 90, "r"), ("基本支出", 85, "r"), ("项目支出", 85, "r")]
    doc.table("表3 支出总表", "单位：元", fcols, func_rows(fa), bold_rows=(0,), newpage=True)
    frows = [["一、本年收入", Yf(d["gg"]), "", ""], ["  1.一般公共预算拨款", Yf(d["gg"]), "", ""], ["  2.政府性基金预算拨款", Yf(0), "", ""],
             ["  3.国有资本经营预算拨款", Yf(0), "", ""], ["二、上年结转", Yf(0), "", ""]]
    gl = [c for c in sorted(fg) if len(c) == 3]
    for i, c in enumerate(gl):
        frows[i][2] = "%s、%s" % ("一二三四五"[i], FUNC_NAMES[c]); frows[i][3] = Yf(sum(fg[c]))
    frows += [["收入总计", Yf(d["gg"]), "支出总计", Yf(d["gg"])]]
    doc.table("表4 财政拨款收支总表", "单位：元", [("收入项目", 150, "l"), ("预算数", 97.5, "r"), ("支出项目", 150, "l"), ("预算数", 97.5, "r")],
              frows, bold_rows=(len(frows) - 1,), newpage=False)
    doc.table("表5 一般公共预算支出表", "单位：元", fcols, func_rows(fg), bold_rows=(0,), newpage=True)
    # 表6 基本支出 by econ
    erows = [["", "合计", Yf(d["basic"]), Yf(d["person"]), Yf(d["public"])]]
    for lc in ("301", "302", "303"):
        tot = sum(v["bj"] + v["zx"] for c, v in be.items() if c[:3] == lc)
        isp = lc != "302"
        erows.append([lc, ECON_LEI[lc], Yf(tot), Yf(tot if isp else 0), Yf(0 if isp else tot)])
        for code, name, amt, fmap in ECON_KUAN:
            if code[:3] == lc:
                v = be[code]["bj"] + be[code]["zx"]
                erows.append([code, name, Yf(v), Yf(v if isp else 0), Yf(0 if isp else v)])
    bold6 = tuple(i for i, r in enumerate(erows) if len(r[0]) <= 3)
    doc.table("表6 一般公共预算基本支出表", "单位：元",
              [("经济分类\n科目编码", 60, "l"), ("科目名称", 175, "l"), ("合计", 90, "r"), ("人员经费", 85, "r"), ("公用经费", 85, "r")],
              erows, bold_rows=bold6, newpage=False)
    # 表7 三公 + 表8 基金 on one page
    def chg(a, b):
        return Yf(b - a), ("—" if a == 0 else ("%.2f%%" % (100.0 * (b - a) / a)))
    s7 = [("合计", d["sangong_2024_total"], d["sangong_total"]), ("1.因公出国(境)费", s4["cg"], sg["cg"]), ("2.公务接待费", s4["jd"], sg["jd"]),
          ("3.公务用车购置及运行维护费", s4["gc"] + s4["yx"], sg["gc"] + sg["yx"]), ("  其中：(1)公务用车购置费", s4["gc"], sg["gc"]),
          ("       (2)公务用车运行维护费", s4["yx"], sg["yx"])]
    rows7 = [[n, Yf(a), Yf(b)] + list(chg(a, b)) for n, a, b in s7]
    doc.table("表7 一般公共预算“三公”经费支出表", "单位：元",
              [("项目", 175, "l"), ("2024年预算数", 80, "r"), ("2025年预算数", 80, "r"), ("增减额", 80, "r"), ("增减率", 80, "r")],
              rows7, bold_rows=(0,), newpage=True)
    doc.table("表8 政府性基金预算支出表", "单位：元", fcols, [["", "合计", "", "", ""]], newpage=False,
              note="注：泖川县槿湾街道办事处2025年没有使用政府性基金预算拨款安排的支出，本表为空表。")
    short = {"bj": "槿湾街道办事处本级", "zx": "槿湾街道社区服务中心"}
    prow = [["合计", "", "", Yf(d["proj"]), Yf(d["proj_src"].get("gg", 0)), Yf(d["proj_src"].get("sy", 0)), Yf(d["proj_src"].get("qt", 0))]]
    for p in PROJECTS:
        s = {k: Y(v) for k, v in p["src"].items()}
        prow.append([short[p["unit"]], p["name"], p["func"], Yf(sum(s.values())), Yf(s.get("gg", 0)), Yf(s.get("sy", 0)), Yf(s.get("qt", 0))])
    doc.table("表9 项目支出表", "单位：元",
              [("单位名称", 95, "l"), ("项目名称", 100, "l"), ("科目编码", 50, "l"), ("合计", 70, "r"), ("一般公共\n预算拨款", 65, "r"),
               ("事业收入", 55, "r"), ("其他收入", 60, "r")], prow, bold_rows=(0,), newpage=True)
    crow = [["合计", "", "", Yf(d["proc"]), Yf(pk["货物"]), Yf(pk["工程"]), Yf(pk["服务"])]]
    for p, r in d["proc_rows"]:
        crow.append([short[p["unit"]], p["name"], p["proc_item"], Yf(sum(r.values())), Yf(r["货物"]), Yf(r["工程"]), Yf(r["服务"])])
    doc.table("表10 政府采购预算表", "单位：元",
              [("单位名称", 85, "l"), ("项目名称", 90, "l"), ("采购品目", 95, "l"), ("合计", 60, "r"), ("货物", 55, "r"),
               ("工程", 55, "r"), ("服务", 55, "r")], crow, bold_rows=(0,), newpage=False)
    # running header + page numbers
    n = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        p.text(LEFT, 812, RUNNING, 9)
        p.text_right(RIGHT, 812, "泖川县财政局批复", 9)
        p.line(LEFT, 806, RIGHT, 806, 0.5)
        p.text_center(PAGE_W / 2, 34, "第 %d 页 共 %d 页" % (i, n), 9)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    write_pdf(OUT, doc.pages, title=RUNNING, author=ORG)
    return OUT, n


if __name__ == "__main__":
    out, n = build()
    print("wrote", out, n, "pages")
