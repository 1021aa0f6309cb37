# -*- coding: utf-8 -*-
"""Write docs/E-qinyuan-rmyy-2025-dwys.pdf: the invented 沁垣县人民医院 2025年单位预算 (prose + 7 tables), and
gen/e_text.json (paragraphs, table rows and laid-out lines, used by check.py and make_questions.py)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
from e_data import f2, pct, growth
import pdfw

D = E.compute()
R_ = D["rows"]
T = D["tot"]
I = E.INC
inc25, inc24 = D["收入_2025"], D["收入_2024"]
jb, xm = T["基本"], T["项目"]
cg = D["采购"]
SG = E.SANGONG
PJ = {p[0]: p for p in E.PROJ}
F = E.FACTS
cz_jb_other = R_["2100201"]["财政"] - sum(p[3] for p in E.PROJ if p[1] == "2100201")   # 87.00
cz_social = R_["2080505"]["财政"] + R_["2080506"]["财政"] + R_["2101102"]["财政"]     # 4269.10
assert D["项目_财政"] + cz_social + cz_jb_other == I["财政拨款收入"][0]


def d(new, old):
    """'增加X万元，增长Y%' / '减少X万元，下降Y%'"""
    if new >= old:
        return f"增加{f2(new - old)}万元，增长{growth(new, old)}%"
    return f"减少{f2(old - new)}万元，下降{growth(new, old)[1:]}%"


TITLE = "沁垣县人民医院2025年单位预算"
P = []  # (kind, text): h0 title, h1 centred line, h2 heading, p paragraph, toc line
P += [("h0", TITLE), ("h1", "（公开版）"), ("h1", "二〇二五年二月"),
      ("h2", "目  录"),
      ("toc", "第一部分  单位概况"), ("toc", "第二部分  2025年单位预算情况说明"),
      ("toc", "第三部分  2025年单位预算表"), ("toc", "第四部分  名词解释"),
      ("h2", "第一部分  单位概况"),
      ("h2", "一、主要职能"),
      ("p", "沁垣县人民医院是县卫生健康局所属公益二类事业单位，为二级甲等综合医院，承担全县基本医疗服务、急危重症救治、"
            "县域医共体牵头、公共卫生服务和对乡镇卫生院的业务指导等职能。"),
      ("h2", "二、机构设置及人员情况"),
      ("p", f"医院内设职能科室和临床医技科室共{F['内设科室']}个，编制床位{F['编制床位']}张、实有床位{F['实有床位']}张。"
            f"2024年末在职职工{F['在职职工']}人，离退休人员{F['离退休人员']}人。纳入2025年单位预算编制范围的只有医院本级，无下属预算单位。"),
      ("h2", "第二部分  2025年单位预算情况说明"),
      ("h2", "一、收支预算总体情况"),
      ("p", f"2025年收入预算总计{f2(inc25)}万元，支出预算总计{f2(inc25)}万元，与2024年预算相比，收支预算总计各{d(inc25, inc24)}。"
            "主要原因是新住院楼于2024年下半年投入使用，开放床位增加，医疗业务量和人员支出相应增长。"),
      ("h2", "二、收入预算情况"),
      ("p", f"2025年本年收入{f2(inc25)}万元，其中：财政拨款收入{f2(I['财政拨款收入'][0])}万元，占{pct(I['财政拨款收入'][0], inc25)}%，"
            f"比上年{d(*I['财政拨款收入'])}，主要是公立医院综合改革补助和重点专科建设补助增加；"
            f"事业收入{f2(E.PROSE_WRONG_SHIYE)}万元，占{pct(I['事业收入'][0], inc25)}%，比上年{d(*I['事业收入'])}，主要是门急诊和住院服务量增长；"
            f"其他收入{f2(I['其他收入'][0])}万元，占{pct(I['其他收入'][0], inc25)}%，比上年{d(*I['其他收入'])}，主要是存款利息收入减少。"
            "医院无上年结转结余资金。"),
      ("h2", "三、支出预算情况"),
      ("p", f"2025年本年支出{f2(inc25)}万元，其中：基本支出{f2(jb)}万元，占{pct(jb, inc25)}%，比上年{d(jb, E.JIBEN_2024)}，"
            "主要是新增聘用人员、工资标准调整以及新住院楼水电、物业等运行成本增加；"
            f"项目支出{f2(xm)}万元，占{pct(xm, inc25)}%，比上年{d(xm, E.XIANGMU_2024)}，主要是医疗设备更新和县域医共体信息化建设投入增加。"
            f"按支出功能分类科目分：卫生健康支出{f2(R_['210']['合计'])}万元，社会保障和就业支出{f2(R_['208']['合计'])}万元，"
            f"住房保障支出{f2(R_['221']['合计'])}万元。"),
      ("h2", "四、财政拨款收支预算情况"),
      ("p", f"2025年财政拨款收支预算{f2(I['财政拨款收入'][0])}万元，全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算拨款。"
            f"主要用于：医疗设备购置等项目支出{f2(D['项目_财政'])}万元；职工基本养老保险、职业年金和基本医疗保险单位缴费{f2(cz_social)}万元；"
            f"其他基本支出{f2(cz_jb_other)}万元。"),
      ("h2", "五、基本支出情况"),
      ("p", f"2025年基本支出{f2(jb)}万元，其中：人员经费{f2(E.RENYUAN)}万元，主要包括基本工资、津贴补贴、绩效工资、社会保障缴费、住房公积金等；"
            f"公用经费{f2(E.GONGYONG)}万元，主要包括办公费、水电费、物业管理费、维修（护）费、差旅费等。"),
      ("h2", "六、项目支出情况"),
      ("p", f"2025年安排项目支出{f2(xm)}万元，共{len(E.PROJ)}个项目。其中金额较大的有：医疗设备购置项目{f2(PJ['医疗设备购置项目'][2])}万元，"
            "主要用于更新CT、彩色超声诊断仪等大型设备；"
            f"住院楼附属工程及维修改造项目{f2(PJ['住院楼附属工程及维修改造项目'][2])}万元；"
            f"医疗废物处置及物业服务项目{f2(PJ['医疗废物处置及物业服务项目'][2])}万元；"
            f"县域医共体信息化建设项目{f2(PJ['县域医共体信息化建设项目'][2])}万元，主要用于建设覆盖全县乡镇卫生院的远程影像、远程心电和检验信息平台。"),
      ("h2", "七、“三公”经费预算情况"),
      ("p", f"2025年“三公”经费预算{f2(D['三公_2025'])}万元，比上年{d(D['三公_2025'], D['三公_2024'])}。"
            f"其中：因公出国（境）费0万元，与上年持平；公务用车购置费0万元，比上年减少{f2(SG['公务用车购置费'][1])}万元，"
            "主要是上年已更新公务用车1辆，本年无购置计划；"
            f"公务用车运行维护费{f2(SG['公务用车运行维护费'][0])}万元，比上年减少{f2(SG['公务用车运行维护费'][1] - SG['公务用车运行维护费'][0])}万元，"
            "主要是报废老旧车辆，燃油和维修费用下降；"
            f"公务接待费{f2(SG['公务接待费'][0])}万元，比上年减少{f2(SG['公务接待费'][1] - SG['公务接待费'][0])}万元，主要是严格执行公务接待标准，压减接待批次。"),
      ("h2", "八、政府采购预算情况"),
      ("p", f"2025年政府采购预算{f2(cg[0])}万元，比上年{d(cg[0], E.PROC_2024)}。其中：货物类{f2(cg[1])}万元，工程类{f2(cg[2])}万元，服务类{f2(cg[3])}万元。"),
      ("h2", "九、国有资产占用情况"),
      ("p", f"截至2024年12月31日，医院共有公务用车{F['公务用车']}辆，均为一般公务用车；单价100万元以上的专用设备{F['百万元以上设备']}台（套）。"
            "2025年拟新购置单价100万元以上的专用设备2台。"),
      ("h2", "十、预算绩效管理情况"),
      ("p", f"医院对全部{len(E.PROJ)}个项目编制了绩效目标，涉及项目支出{f2(xm)}万元，绩效目标见表7。"),
      ("h2", "第三部分  2025年单位预算表"),
      ]
P_TAIL = [("h2", "第四部分  名词解释"),
          ("p", "一、财政拨款收入：指县级财政当年拨付的资金。"),
          ("p", "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本院主要为医疗收入。"),
          ("p", "三、基本支出：指为保障单位机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"),
          ("p", "四、项目支出：指在基本支出之外为完成特定工作任务和事业发展目标所发生的支出。"),
          ("p", "五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")]


# ---------------- tables ----------------
def lev(code):
    return {3: 0, 5: 1, 7: 2}[len(code)]


def tables():
    TB = []
    z = lambda x: f2(x)
    # 表1 收支总表
    rows = [
        ["一、财政拨款收入", z(I["财政拨款收入"][0]), "一、卫生健康支出", z(R_["210"]["合计"])],
        ["    其中：一般公共预算拨款", z(I["财政拨款收入"][0]), "二、社会保障和就业支出", z(R_["208"]["合计"])],
        ["二、事业收入", z(I["事业收入"][0]), "三、住房保障支出", z(R_["221"]["合计"])],
        ["三、其他收入", z(I["其他收入"][0]), "", ""],
        ["本年收入合计", z(inc25), "本年支出合计", z(inc25)],
        ["上年结转结余", "0.00", "年末结转结余", "0.00"],
        ["收入总计", z(inc25), "支出总计", z(inc25)],
    ]
    TB.append(("表1  收支总表", ["收入项目", "预算数", "支出项目", "预算数"], [150, 90, 153, 90], "LRLR", rows))
    # 表2 收入总表
    rows = []
    for c in E.ORDER:
        r = R_[c]
        rows.append([c, "  " * lev(c) + r["name"], z(r["合计"]), z(r["财政"]), z(r["事业"]), z(r["其他"])])
    rows.append(["", "合计", z(T["合计"]), z(T["财政"]), z(T["事业"]), z(T["其他"])])
    TB.append(("表2  收入总表", ["科目编码", "科目名称", "合计", "财政拨款", "事业收入", "其他收入"], [58, 165, 65, 65, 65, 65], "LLRRRR", rows))
    # 表3 支出总表
    rows = []
    for c in E.ORDER:
        r = R_[c]
        rows.append([c, "  " * lev(c) + r["name"], z(r["合计"]), z(r["基本"]), z(r["项目"])])
    rows.append(["", "合计", z(T["合计"]), z(T["基本"]), z(T["项目"])])
    TB.append(("表3  支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [58, 203, 74, 74, 74], "LLRRR", rows))
    # 表4 项目支出表
    rows = [[p[0], p[1], z(p[2]), z(p[3]), z(p[4])] for p in E.PROJ]
    rows.append(["合计", "", z(D["项目"]), z(D["项目_财政"]), z(D["项目_事业"])])
    TB.append(("表4  项目支出表", ["项目名称", "科目编码", "合计", "财政拨款", "事业收入"], [185, 70, 76, 76, 76], "LLRRR", rows))
    # 表5 政府采购预算表
    rows = [[p[0], z(p[1] + p[2] + p[3]), z(p[1]), z(p[2]), z(p[3])] for p in E.PROC]
    rows.append(["合计", z(cg[0]), z(cg[1]), z(cg[2]), z(cg[3])])
    TB.append(("表5  政府采购预算表", ["采购项目", "合计", "货物", "工程", "服务"], [163, 80, 80, 80, 80], "LRRRR", rows))
    # 表6 三公
    def g(a, b):
        return "—" if b == 0 else growth(a, b)
    s = SG
    car = (s["公务用车购置费"][0] + s["公务用车运行维护费"][0], s["公务用车购置费"][1] + s["公务用车运行维护费"][1])
    items = [("合计", (D["三公_2025"], D["三公_2024"])), ("1.因公出国（境）费", s["因公出国（境）费"]),
             ("2.公务用车购置及运行维护费", car), ("  (1)公务用车购置费", s["公务用车购置费"]),
             ("  (2)公务用车运行维护费", s["公务用车运行维护费"]), ("3.公务接待费", s["公务接待费"])]
    rows = [[n, z(b), z(a), z(a - b), g(a, b)] for n, (a, b) in items]
    TB.append(("表6  “三公”经费预算表", ["项目", "2024年预算数", "2025年预算数", "增减额", "增减率（%）"], [163, 80, 80, 80, 80], "LRRRR", rows))
    # 表7 绩效目标
    rows = [list(p) for p in E.PERF]
    TB.append(("表7  项目支出绩效目标表", ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"], [128, 56, 82, 137, 80], "LLLLL", rows))
    return TB


def wrap(text, width, size, indent=0.0):
    toks = re.findall(r"[0-9０-９.,%]+|.", text)
    lines, cur, w = [], "", indent * size
    for t in toks:
        tw = pdfw.text_w(t, size)
        if (w + tw > width and cur and t not in "，。；、：）”％%") or (t in "“（" and w + tw + size > width and cur):
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def build(path):
    doc = pdfw.Doc(title=TITLE)
    L, R, TOP, BOT = 56.0, 539.0, 780.0, 66.0
    width = R - L
    pages_lines = []
    st = {"page": None, "y": 0.0}
    cont_tables = []

    def new():
        st["page"] = doc.new_page()
        pages_lines.append([])
        st["y"] = TOP

    def put(x, ln, size):
        st["page"].text(x, st["y"], ln, size)
        pages_lines[-1].append(ln)

    def flow(items):
        for kind, text in items:
            if kind == "h0":
                size, lead, ls = 18, 28, [text]
            elif kind == "h1":
                size, lead, ls = 12, 20, [text]
            elif kind == "h2":
                size, lead, ls = 12, 21, wrap(text, width, 12)
            elif kind == "toc":
                size, lead, ls = 11, 18, [text]
            else:
                size, lead, ls = 11, 18.5, wrap(text, width, 11, indent=2)
            for i, ln in enumerate(ls):
                need = lead * (2.2 if kind == "h2" else 1)   # keep a heading with its first line
                if st["y"] < BOT + need:
                    new()
                if kind in ("h0", "h1") or text == "目  录":
                    x = (pdfw.W - pdfw.text_w(ln, size)) / 2
                elif kind == "p" and i == 0:
                    x = L + 2 * size
                elif kind == "toc":
                    x = L + 40
                else:
                    x = L
                put(x, ln, size)
                st["y"] -= lead

    new()
    flow(P)
    tbl_out = []
    rh, size = 15.0, 8.5
    for title, hdr, widths, align, rows in tables():
        assert abs(sum(widths) - width) < 0.01, title
        cols = [L]
        for w_ in widths:
            cols.append(cols[-1] + w_)

        def head(cont):
            if st["y"] < BOT + 60:
                new()
            t = title + ("（续表）" if cont else "")
            st["y"] -= 6
            put((pdfw.W - pdfw.text_w(t, 12)) / 2, t, 12)
            st["y"] -= 16
            put(R - pdfw.text_w("单位：万元", 8.5), "单位：万元", 8.5)
            st["y"] -= 6
            top = st["y"]
            pg = st["page"]
            pg.line(cols[0], st["y"], cols[-1], st["y"])
            for i, h in enumerate(hdr):
                pg.text(cols[i] + (cols[i + 1] - cols[i] - pdfw.text_w(h, size)) / 2, st["y"] - 10.5, h, size)
            pages_lines[-1].append(" ".join(hdr))
            st["y"] -= rh
            pg.line(cols[0], st["y"], cols[-1], st["y"])
            return top

        if st["y"] < BOT + 60 + 2 * rh:
            new()
        top = head(False)
        for cells in rows:
            if st["y"] - rh < BOT:
                for c in cols:
                    st["page"].line(c, top, c, st["y"])
                new()
                top = head(True)
                cont_tables.append(title)
            pg = st["page"]
            for i, cell in enumerate(cells):
                if not cell:
                    continue
                s_ = cell.lstrip(" ")
                ind = (len(cell) - len(s_)) * 3.0
                if align[i] == "L":
                    x = cols[i] + 3 + ind
                else:
                    x = cols[i + 1] - 3 - pdfw.text_w(s_, size)
                assert pdfw.text_w(s_, size) + ind <= cols[i + 1] - cols[i] - 4, (title, cell)
                pg.text(x, st["y"] - 10.5, s_, size)
            st["y"] -= rh
            pg.line(cols[0], st["y"], cols[-1], st["y"], 0.3)
            pages_lines[-1].append(" ".join(c.lstrip(" ") for c in cells if c))
            tbl_out.append([title] + [c.lstrip(" ") for c in cells])
        for c in cols:
            st["page"].line(c, top, c, st["y"])
        st["y"] -= 14
    flow(P_TAIL)
    n = len(doc.pages)
    for i, p in enumerate(doc.pages):
        if i:
            p.text((pdfw.W - pdfw.text_w(TITLE, 8)) / 2, 808, TITLE, 8)
            p.line(L, 803, R, 803, 0.3)
        s = f"— {i + 1} —"
        p.text((pdfw.W - pdfw.text_w(s, 9)) / 2, 40, s, 9)
    doc.save(path)
    prose = [t for k, t in P + P_TAIL]
    with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as f:
        json.dump({"prose": prose, "table": tbl_out, "pages": pages_lines, "npages": n, "continued": cont_tables},
                  f, ensure_ascii=False, indent=0)
    print("wrote", path, n, "pages;", len(tbl_out), "table rows; continued:", cont_tables)
    assert cont_tables, "no table runs over a page break"


if __name__ == "__main__":
    build(os.path.join(HERE, "..", "docs", "E-qinyuan-rmyy-2025-dwys.pdf"))
