#!/usr/bin/env python3
"""Write docs/E-liangchuan-jyj-2025-bmys.pdf: 椋川县教育局2025年部门预算 (prose 说明 + 11 ruled tables)."""
import os
from pdfw import PDF, text_w
from e_data import (compute, check, f, pct, c, FUNC, ECON, UNITS, UNIT_NAME, PROJ, SANGONG, GEN2024, REASON,
                    PLANT_CODE, PLANT_PROSE, FUND2024, SY2024, QT2024, JGYX2024, PURCH, ORG)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-liangchuan-jyj-2025-bmys.pdf")
L, R, TOP, BOT = 60.0, 535.0, 770.0, 72.0
HEAD = "椋川县教育局2025年部门预算"


class Doc:
    def __init__(self):
        self.pdf = PDF(title=HEAD, author=ORG)
        self.y = None
        self.page = 0

    def new_page(self, header=True):
        self.pdf.new_page()
        self.page += 1
        if header:
            self.pdf.text_center((L + R) / 2, 800, HEAD, 9)
            self.pdf.line(L, 795, R, 795, 0.6)
        self.pdf.text_center((L + R) / 2, 40, f"— {self.page} —", 9)
        self.y = TOP

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def wrap(self, s, width, size, indent=0):
        """Greedy wrap that keeps ASCII runs (numbers, codes, %) whole and never starts a line with closing punctuation."""
        import re
        toks = re.findall(r"[0-9A-Za-z.%()\-/]+|.", s)
        closing = set("，。、；：）」”％%!?！？,.;:)")
        lines, cur, w = [], "", indent * size
        for t in toks:
            tw = text_w(t, size)
            if w + tw > width and cur and t not in closing:
                lines.append(cur)
                cur, w = "", 0
            cur += t
            w += tw
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=2, lh=19):
        lines = self.wrap(s, R - L, size, indent)
        for i, ln in enumerate(lines):
            self.need(lh)
            self.y -= lh
            self.pdf.text(L + (indent * size if i == 0 else 0), self.y, ln, size)

    def heading(self, s, size=12, lh=24, center=False):
        self.need(lh + 19)
        self.y -= lh
        if center:
            self.pdf.text_center((L + R) / 2, self.y, s, size)
        else:
            self.pdf.text(L, self.y, s, size)

    def gap(self, h=6):
        self.y -= h

    # ---------- tables ----------
    def table(self, title, cols, rows, size=8, unit="单位：万元", new_page=True, header_lines=None):
        """cols: [(header, width, align)]; rows: [[cells]]; header may contain '\n'."""
        widths = [w for _, w, _ in cols]
        total_w = sum(widths)
        x0 = L + (R - L - total_w) / 2
        pad, lh = 3.0, size + 3.5

        def cell_lines(s, w):
            out = []
            for part in str(s).split("\n"):
                out += self.wrap(part, w - 2 * pad, size) or [""]
            return out

        def draw_title(cont):
            self.y -= 22
            t = title + ("（续表）" if cont else "")
            self.pdf.text_center((L + R) / 2, self.y, t, 12)
            self.y -= 16
            self.pdf.text(x0, self.y, f"部门（单位）：{ORG}", 8.5)
            self.pdf.text_right(x0 + total_w, self.y, unit, 8.5)
            self.y -= 5
            if any(h for h, _, _ in cols):
                draw_row([h for h, _, _ in cols], header=True)

        def row_height(cells):
            return max(len(cell_lines(s, w)) for s, w in zip(cells, widths)) * lh + 2 * pad - 1

        def draw_row(cells, header=False):
            h = row_height(cells)
            top = self.y
            x = x0
            for (s, (_, w, al)) in zip(cells, cols):
                ls = cell_lines(s, w)
                block = len(ls) * lh
                yy = top - (h - block) / 2 - size
                for ln in ls:
                    if header or al == "c":
                        self.pdf.text_center(x + w / 2, yy, ln, size)
                    elif al == "r":
                        self.pdf.text_right(x + w - pad, yy, ln, size)
                    else:
                        self.pdf.text(x + pad, yy, ln, size)
                    yy -= lh
                x += w
            # rules: top, bottom, verticals
            self.pdf.line(x0, top, x0 + total_w, top, 0.8 if header else 0.5)
            self.pdf.line(x0, top - h, x0 + total_w, top - h, 0.5)
            x = x0
            for w in widths:
                self.pdf.line(x, top, x, top - h, 0.5)
                x += w
            self.pdf.line(x, top, x, top - h, 0.5)
            self.y = top - h

        if new_page:
            self.new_page()
        else:
            self.need(22 + 16 + 5 + 3 * (lh + 2 * pad))
        draw_title(False)
        for r in rows:
            if self.y - row_height(r) < BOT:
                self.new_page()
                draw_title(True)
            draw_row(r)
        self.y -= 4


def n(v, blank=True):
    return "" if (v == 0 and blank) else f(v)


def build():
    D = compute()
    check(D)
    T, U, tot, gb = D["T"], D["U"], D["tot"], D["gb"]
    P = {p["id"]: p for p in PROJ}
    doc = Doc()
    pdf = doc.pdf

    # ---------------- cover ----------------
    doc.new_page(header=False)
    pdf.text_center((L + R) / 2, 560, "椋川县教育局", 26)
    pdf.text_center((L + R) / 2, 515, "2025年部门预算", 26)
    pdf.text_center((L + R) / 2, 300, "椋川县教育局", 14)
    pdf.text_center((L + R) / 2, 275, "二〇二五年二月", 14)

    # ---------------- 目录 ----------------
    doc.new_page()
    doc.heading("目  录", 16, 30, center=True)
    toc = ["第一部分 椋川县教育局2025年部门预算说明", "一、部门基本情况", "二、收支预算总体情况",
           "三、一般公共预算财政拨款支出预算情况", "四、一般公共预算基本支出预算情况", "五、“三公”经费预算情况",
           "六、机关运行经费预算情况", "七、政府采购预算情况", "八、国有资产占用情况", "九、绩效目标设置情况", "十、名词解释",
           "第二部分 椋川县教育局2025年部门预算公开表", "表1 部门收支总表", "表2 部门收入总表", "表3 部门支出总表",
           "表4 财政拨款收支总表", "表5 一般公共预算支出表", "表6 一般公共预算基本支出表", "表7 “三公”经费支出表",
           "表8 政府性基金预算支出表", "表9 项目支出表", "表10 项目支出绩效目标表"]
    for t in toc:
        doc.para(t, 10.5, 0 if t.startswith("第") else 2, 21)

    # ---------------- 第一部分 ----------------
    doc.new_page()
    doc.heading("第一部分 椋川县教育局2025年部门预算说明", 14, 28, center=True)
    doc.heading("一、部门基本情况")
    doc.heading("（一）主要职责", 10.5, 21)
    doc.para("椋川县教育局是县人民政府主管全县教育工作的工作部门。主要职责是：贯彻执行国家和省、市有关教育工作的方针、政策和法律法规；"
             "拟订全县教育事业发展规划并组织实施；统筹管理全县学前教育、义务教育、普通高中教育和教师队伍建设；负责教育经费的统筹管理，"
             "会同有关部门管理学生资助工作；负责全县教育督导评估和教育质量监测工作；完成县委、县政府交办的其他任务。")
    doc.heading("（二）机构设置", 10.5, 21)
    doc.para("椋川县教育局机关内设办公室、人事股、计划财务股、基础教育股、教育督导室5个股室。纳入椋川县教育局2025年部门预算编制范围的单位共3个，"
             "包括：1．椋川县教育局本级（行政单位）；2．椋川县第一中学（公益一类事业单位，完全中学，设初中部和高中部）；"
             "3．椋川县实验小学（公益一类事业单位）。")
    doc.heading("（三）人员及学生情况", 10.5, 21)
    doc.para("截至2024年12月31日，本部门核定编制316名，其中：局本级行政编制28名，椋川县第一中学事业编制196名，椋川县实验小学事业编制92名；"
             "实有在职人员303人（局本级26人、椋川县第一中学188人、椋川县实验小学89人），退休人员152人（局本级14人、椋川县第一中学97人、"
             "椋川县实验小学41人）。椋川县第一中学在校学生3126人（初中部1402人、高中部1724人），椋川县实验小学在校学生2040人。")

    doc.heading("二、收支预算总体情况")
    d24 = T["total"] - D["total24"]
    doc.para(f"按照综合预算的原则，椋川县教育局所有收入和支出均纳入部门预算管理。2025年收支总预算{f(T['total'])}万元，"
             f"比2024年预算{f(D['total24'])}万元{'增加' if d24 >= 0 else '减少'}{f(abs(d24))}万元，"
             f"{'增长' if d24 >= 0 else '下降'}{pct(abs(d24), D['total24'])}%。")
    doc.para(f"收入预算：2025年收入总计{f(T['total'])}万元，其中：一般公共预算拨款收入{f(T['gen'])}万元，占{pct(T['gen'], T['total'])}%；"
             f"政府性基金预算拨款收入{f(T['fund'])}万元，占{pct(T['fund'], T['total'])}%；事业收入{f(T['sy'])}万元，"
             f"占{pct(T['sy'], T['total'])}%，为椋川县第一中学高中部学费收入；其他收入{f(T['qt'])}万元，占{pct(T['qt'], T['total'])}%；"
             f"上年结转{f(T['jz'])}万元，占{pct(T['jz'], T['total'])}%。")
    doc.para(f"分单位看：椋川县教育局本级{f(U['本级']['total'])}万元，椋川县第一中学{f(U['一中']['total'])}万元，"
             f"椋川县实验小学{f(U['小学']['total'])}万元。")
    doc.para(f"支出预算：2025年支出总计{f(T['total'])}万元，其中：基本支出{f(T['basic'])}万元，占{pct(T['basic'], T['total'])}%；"
             f"项目支出{f(T['proj'])}万元，占{pct(T['proj'], T['total'])}%。按支出功能分类：教育支出{f(tot['205']['total'])}万元，"
             f"社会保障和就业支出{f(tot['208']['total'])}万元，卫生健康支出{f(tot['210']['total'])}万元，"
             f"住房保障支出{f(tot['221']['total'])}万元，其他支出{f(tot['229']['total'])}万元。")

    doc.heading("三、一般公共预算财政拨款支出预算情况")
    gall = T["gen"] + T["jz"]
    dg = gall - D["gen24"]
    doc.para(f"2025年一般公共预算财政拨款支出{f(gall)}万元（其中当年拨款{f(T['gen'])}万元，上年结转{f(T['jz'])}万元），"
             f"比2024年预算{f(D['gen24'])}万元{'增加' if dg >= 0 else '减少'}{f(abs(dg))}万元，"
             f"{'增长' if dg >= 0 else '下降'}{pct(abs(dg), D['gen24'])}%。主要用于以下方面：")
    i = 0
    for code in D["codes"]:
        if len(code) != 7 or gb[code]["total"] == 0:
            continue
        i += 1
        v, v24 = gb[code]["total"], GEN2024[code]
        dv = v - v24
        shown = PLANT_PROSE if code == PLANT_CODE else v
        chg = (f"比2024年预算{'增加' if dv > 0 else '减少'}{f(abs(dv))}万元，{'增长' if dv > 0 else '下降'}{pct(abs(dv), v24)}%"
               if dv else "与2024年预算持平")
        doc.para(f"{i}．{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）（{code}）：2025年预算为{f(shown)}万元，"
                 f"{chg}，{REASON[code]}。")

    doc.heading("四、一般公共预算基本支出预算情况")
    pe, pu = sum(D["person_u"].values()), sum(D["public_u"].values())
    doc.para(f"2025年一般公共预算基本支出{f(T['basic'])}万元，其中：人员经费{f(pe)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
             f"机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出和退休费；"
             f"公用经费{f(pu)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修(护)费、培训费、公务接待费、工会经费、福利费、"
             f"公务用车运行维护费、其他交通费用和其他商品和服务支出。")
    doc.para(f"分单位看：椋川县教育局本级基本支出{f(U['本级']['basic'])}万元（人员经费{f(D['person_u']['本级'])}万元，"
             f"公用经费{f(D['public_u']['本级'])}万元）；椋川县第一中学基本支出{f(U['一中']['basic'])}万元（人员经费"
             f"{f(D['person_u']['一中'])}万元，公用经费{f(D['public_u']['一中'])}万元）；椋川县实验小学基本支出{f(U['小学']['basic'])}万元"
             f"（人员经费{f(D['person_u']['小学'])}万元，公用经费{f(D['public_u']['小学'])}万元）。")

    doc.heading("五、“三公”经费预算情况")
    s24, s25 = D["sg"]["2024"], D["sg"]["2025"]
    ds = s25["total"] - s24["total"]
    doc.para(f"2025年“三公”经费财政拨款预算{f(s25['total'])}万元，比2024年预算{f(s24['total'])}万元减少{f(-ds)}万元，"
             f"下降{pct(-ds, s24['total'])}%。其中：")
    doc.para(f"1．因公出国（境）费0万元，与2024年预算持平，本部门2025年未安排因公出国（境）团组。")
    doc.para(f"2．公务用车购置及运行费{f(s25['car'])}万元，比2024年预算减少{f(s24['car'] - s25['car'])}万元，下降"
             f"{pct(s24['car'] - s25['car'], s24['car'])}%。其中：公务用车购置费0万元，比2024年预算减少{f(s24['gz'])}万元，主要是2024年"
             f"椋川县第一中学更新购置1辆学生安全保障用车，2025年无车辆购置计划；公务用车运行维护费{f(s25['yx'])}万元，与2024年预算持平，"
             f"主要用于局本级和椋川县第一中学共2辆公务用车的燃料费、维修费、保险费和过路过桥费等支出。")
    dj = s24["jd"] - s25["jd"]
    doc.para(f"3．公务接待费{f(s25['jd'])}万元，比2024年预算减少{f(dj)}万元，下降{pct(dj, s24['jd'])}%，主要是严格执行公务接待标准，"
             f"压减接待批次和陪同人数。")
    doc.para(f"分单位看：椋川县教育局本级{f(D['sg_unit']['本级']['2025'])}万元，椋川县第一中学{f(D['sg_unit']['一中']['2025'])}万元，"
             f"椋川县实验小学{f(D['sg_unit']['小学']['2025'])}万元。")

    doc.heading("六、机关运行经费预算情况")
    dj2 = D["jgyx"] - JGYX2024
    doc.para(f"2025年椋川县教育局本级机关运行经费财政拨款预算{f(D['jgyx'])}万元，比2024年预算{f(JGYX2024)}万元增加{f(dj2)}万元，"
             f"增长{pct(dj2, JGYX2024)}%，主要是局机关在职人员增加，办公费、工会经费等相应增加。椋川县第一中学、椋川县实验小学为事业单位，"
             f"不统计机关运行经费。")

    doc.heading("七、政府采购预算情况")
    doc.para(f"2025年本部门政府采购预算总额{f(D['purch_total'])}万元，其中：货物类{f(D['purch']['货物'])}万元，工程类"
             f"{f(D['purch']['工程'])}万元，服务类{f(D['purch']['服务'])}万元。主要用于椋川县第一中学高中理化生实验室及教学设备购置、"
             f"学生宿舍维修改造、运动场塑胶跑道改造，以及椋川县实验小学校园安全及智慧校园建设。")

    doc.heading("八、国有资产占用情况")
    doc.para("截至2024年12月31日，本部门共有车辆2辆，其中：一般公务用车1辆（局本级），其他用车1辆（椋川县第一中学学生安全保障用车）；"
             "单位价值100万元以上设备0台（套）。2025年部门预算未安排购置车辆，未安排购置单位价值100万元以上设备。")

    doc.heading("九、绩效目标设置情况")
    doc.para(f"2025年本部门实行绩效目标管理的项目{len(PROJ)}个，涉及项目支出预算{f(T['proj'])}万元，项目支出全部设置了绩效目标。"
             f"其中“义务教育学校生均公用经费”项目的绩效目标见表10。")

    doc.heading("十、名词解释")
    for t in ["1．一般公共预算拨款收入：指县级财政当年拨付的资金。",
              "2．政府性基金预算拨款收入：指县级财政当年从政府性基金预算中拨付的资金，本部门为彩票公益金。",
              "3．事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本部门为椋川县第一中学高中部学费收入。",
              "4．上年结转：指以前年度尚未完成、结转到本年按原规定用途继续使用的资金。",
              "5．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
              "6．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "7．“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
              "8．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"]:
        doc.para(t, indent=2)

    # ---------------- 第二部分: tables ----------------
    doc.new_page()
    doc.y -= 200
    doc.heading("第二部分 椋川县教育局2025年部门预算公开表", 16, 30, center=True)

    def cname(code):
        return f"{code} {FUNC[code]}"

    codes = [k for k in D["codes"] if tot[k]["total"]]

    # 表1 部门收支总表
    inc = [("一、一般公共预算拨款收入", T["gen"]), ("二、政府性基金预算拨款收入", T["fund"]), ("三、国有资本经营预算拨款收入", 0),
           ("四、事业收入", T["sy"]), ("五、事业单位经营收入", 0), ("六、其他收入", T["qt"])]
    exp = [(f"{x}、{FUNC[k]}", tot[k]["total"]) for x, k in zip("一二三四五", ["205", "208", "210", "221", "229"])]
    rows = []
    for j in range(6):
        a = inc[j] if j < len(inc) else ("", None)
        b = exp[j] if j < len(exp) else ("", None)
        rows.append([a[0], "" if a[1] is None else n(a[1]), b[0], "" if b[1] is None else n(b[1])])
    yr_inc = T["gen"] + T["fund"] + T["sy"] + T["qt"]
    rows += [["本年收入合计", f(yr_inc), "本年支出合计", f(T["total"])], ["上年结转", f(T["jz"]), "结转下年", ""],
             ["收入总计", f(T["total"]), "支出总计", f(T["total"])]]
    doc.table("表1 部门收支总表", [("收入项目", 150, "l"), ("2025年预算数", 80, "r"), ("支出项目", 150, "l"), ("2025年预算数", 80, "r")], rows)
    rows = [["合计", f(T["income_year"]), f(T["jz"]), f(T["total"]), f(T["total"])]]
    for u in UNITS:
        rows.append([UNIT_NAME[u], f(U[u]["income_year"]), n(U[u]["jz"]), f(U[u]["total"]), f(U[u]["total"])])
    doc.table("表1-1 部门收支总表（分单位）", [("单位名称", 160, "l"), ("本年收入合计", 75, "r"), ("上年结转", 75, "r"),
                                            ("收入总计", 75, "r"), ("支出总计", 75, "r")], rows, new_page=False)

    # 表2 部门收入总表
    cols = [("科目编码及名称／单位名称", 150, "l"), ("合计", 56, "r"), ("上年结转", 50, "r"), ("一般公共\n预算拨款", 56, "r"),
            ("政府性基金\n预算拨款", 56, "r"), ("事业收入", 50, "r"), ("其他收入", 50, "r")]
    rows = [["合计", f(T["total"]), n(T["jz"]), f(T["gen"]), n(T["fund"]), n(T["sy"]), n(T["qt"])]]
    for u in UNITS:
        x = U[u]
        rows.append([UNIT_NAME[u], f(x["total"]), n(x["jz"]), n(x["gen"]), n(x["fund"]), n(x["sy"]), n(x["qt"])])
    for k in codes:
        x = tot[k]
        rows.append([cname(k), f(x["total"]), n(x["jz"]), n(x["gen"]), n(x["fund"]), n(x["sy"]), n(x["qt"])])
    doc.table("表2 部门收入总表", cols, rows)

    # 表3 部门支出总表
    cols = [("科目编码及名称／单位名称", 200, "l"), ("合计", 85, "r"), ("基本支出", 85, "r"), ("项目支出", 85, "r")]
    rows = [["合计", f(T["total"]), f(T["basic"]), f(T["proj"])]]
    for u in UNITS:
        rows.append([UNIT_NAME[u], f(U[u]["total"]), n(U[u]["basic"]), n(U[u]["proj"])])
    for k in codes:
        rows.append([cname(k), f(tot[k]["total"]), n(tot[k]["basic"]), n(tot[k]["proj"])])
    doc.table("表3 部门支出总表", cols, rows)

    # 表4 财政拨款收支总表
    fin_tot = T["gen"] + T["jz"] + T["fund"]
    exp4 = [(f"{x}、{FUNC[k]}", gb[k]["total"] + tot[k]["fund"], gb[k]["total"], tot[k]["fund"])
            for x, k in zip("一二三四五", ["205", "208", "210", "221", "229"])]
    inc4 = [("一、本年收入", T["gen"] + T["fund"]), ("（一）一般公共预算拨款", T["gen"]), ("（二）政府性基金预算拨款", T["fund"]),
            ("二、上年结转", T["jz"]), ("（一）一般公共预算拨款", T["jz"])]
    rows = []
    for j in range(5):
        a, b = inc4[j], exp4[j]
        rows.append([a[0], n(a[1]), b[0], n(b[1]), n(b[2]), n(b[3])])
    rows.append(["收入总计", f(fin_tot), "支出总计", f(fin_tot), f(T["gen"] + T["jz"]), f(T["fund"])])
    doc.table("表4 财政拨款收支总表", [("收入项目", 118, "l"), ("预算数", 60, "r"), ("支出项目", 118, "l"), ("合计", 60, "r"),
                                     ("一般公共\n预算", 60, "r"), ("政府性基金\n预算", 60, "r")], rows)

    # 表5 一般公共预算支出表 (split codes)
    cols = [("类", 30, "c"), ("款", 30, "c"), ("项", 30, "c"), ("科目名称", 175, "l"), ("合计", 64, "r"), ("基本支出", 64, "r"),
            ("项目支出", 64, "r")]
    rows = [["", "", "", "合计", f(T["gen"] + T["jz"]), f(T["basic"]), f(T["gen"] + T["jz"] - T["basic"])]]
    for k in D["codes"]:
        if gb[k]["total"] == 0:
            continue
        parts = [k[:3], k[3:5], k[5:7]]
        rows.append(parts + [FUNC[k], f(gb[k]["total"]), n(gb[k]["basic"]), n(gb[k]["proj"])])
    doc.table("表5 一般公共预算支出表", cols, rows)

    # 表6 一般公共预算基本支出表 (flows after 表5 so that it breaks across two pages)
    econ = D["econ"]
    person_econ = lambda e: e[:3] in ("301", "303")
    cols = [("经济分类\n科目编码", 70, "c"), ("科目名称", 185, "l"), ("合计", 72, "r"), ("人员经费", 72, "r"), ("公用经费", 72, "r")]
    pe_all = sum(v for e, v in econ.items() if person_econ(e))
    pu_all = sum(v for e, v in econ.items() if not person_econ(e))
    rows = [["", "合计", f(T["basic"]), f(pe_all), f(pu_all)]]
    for cls in ("301", "302", "303"):
        v = D["econ_class"][cls]
        rows.append([cls, ECON[cls], f(v), n(v if cls != "302" else 0), n(v if cls == "302" else 0)])
        for e in sorted(k for k in econ if k.startswith(cls)):
            v = econ[e]
            rows.append([e, ECON[e], f(v), n(v if person_econ(e) else 0), n(0 if person_econ(e) else v)])
    doc.table("表6 一般公共预算基本支出表", cols, rows, new_page=False)

    # 表7 三公
    def row7(label, k):
        a, b = s24[k], s25[k]
        return [label, f(a), f(b), f(b - a), (pct(b - a, a) if a else "—")]
    rows = [row7("合计", "total"), row7("1．因公出国（境）费", "cg"), row7("2．公务用车购置及运行费", "car"),
            row7("其中：（1）公务用车购置费", "gz"), row7("（2）公务用车运行维护费", "yx"), row7("3．公务接待费", "jd")]
    for u in UNITS:
        a, b = D["sg_unit"][u]["2024"], D["sg_unit"][u]["2025"]
        rows.append([f"{UNIT_NAME[u]}", f(a), f(b), f(b - a), pct(b - a, a) if a else "—"])
    doc.table("表7 “三公”经费支出表", [("项目／单位", 175, "l"), ("2024年预算数", 70, "r"), ("2025年预算数", 70, "r"),
                                       ("增减额", 70, "r"), ("增减率(%)", 60, "r")], rows)

    # 表8 政府性基金
    rows = [["", "合计", f(T["fund"]), "", f(T["fund"])]]
    for k in ("229", "22960", "2296004"):
        rows.append([k, FUNC[k], f(tot[k]["fund"]), "", f(tot[k]["fund"])])
    doc.table("表8 政府性基金预算支出表", [("科目编码", 70, "c"), ("科目名称", 185, "l"), ("合计", 72, "r"), ("基本支出", 72, "r"),
                                         ("项目支出", 72, "r")], rows)

    # 表9 项目支出表
    cols = [("单位名称", 78, "l"), ("项目名称", 120, "l"), ("功能科目", 46, "c"), ("合计", 48, "r"), ("一般公共\n预算拨款", 48, "r"),
            ("上年结转", 42, "r"), ("政府性\n基金", 42, "r"), ("事业收入", 42, "r"), ("其他收入", 42, "r")]
    rows = [["合计", "", "", f(T["proj"]), f(sum(p["gen"] for p in PROJ)), n(T["jz"]), n(T["fund"]), n(T["sy"]), n(T["qt"])]]
    for p in PROJ:
        rows.append([UNIT_NAME[p["unit"]], p["name"], p["func"], f(p["total"]), n(p["gen"]), n(p["jz"]), n(p["fund"]),
                     n(p["sy"]), n(p["qt"])])
    doc.table("表9 项目支出表", cols, rows)

    # 表10 绩效目标表 (P8)
    p8 = P["P8"]
    rows = [["项目名称", "义务教育学校生均公用经费", "", ""], ["主管部门", ORG, "实施单位", UNIT_NAME["小学"]],
            ["项目资金", f"年度资金总额：{f(p8['total'])}", "其中：财政拨款", f(p8["gen"])],
            ["年度总体目标", "按每生每年650元的标准保障椋川县实验小学2040名在校学生的公用经费，保障学校教育教学活动正常开展。", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "保障在校学生人数", "≥2040人"],
            ["产出指标", "质量指标", "公用经费足额拨付率", "100%"],
            ["产出指标", "时效指标", "资金拨付时间", "按季度拨付"],
            ["成本指标", "经济成本指标", "生均公用经费标准", "650元/生·年"],
            ["效益指标", "社会效益指标", "学校教育教学正常运转", "正常运转"],
            ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"]]
    doc.table("表10 项目支出绩效目标表", [("", 95, "l"), ("", 165, "l"), ("", 105, "l"), ("", 110, "l")], rows,
              unit="单位：万元")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    pdf.save(OUT)
    return OUT


if __name__ == "__main__":
    print("wrote", build())
