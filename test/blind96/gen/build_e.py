# -*- coding: utf-8 -*-
"""Write docs/E-tingxu-fy-2025-bmys.pdf (invented 汀溆县人民法院 2025年部门预算) and gen/e_text.json
(paragraphs, table rows and laid-out lines, used by check.py and make_questions.py)."""
import json, os, re, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E
from e_data import wan, yuan, pct
import pdfw

D = E.compute()
T = D["tree"]
ORG = E.ORG
S5, S4 = E.SANGONG["y2025"], E.SANGONG["y2024"]


def chg_wan(new, old):
    """'比上年增加133.42万元，增长4.37%' style."""
    if new == old:
        return "与上年持平"
    d = new - old
    if old == 0:
        return f"比上年增加{wan(d)}万元"
    word, word2 = ("增加", "增长") if d > 0 else ("减少", "下降")
    return f"比上年{word}{wan(abs(d))}万元，{word2}{pct(abs(d), old)}%"


def item(code, reason, amount=None):
    t = T[code]
    a = t["gp25"] if amount is None else amount
    s = f"{code[:3]}{code[3:5]}{code[5:]}".strip()
    return f"“{E.NAMES[code]}”（{code}）{wan(a)}万元，{chg_wan(t['gp25'], t['gp24'])}" + (f"，主要是{reason}" if reason else "") + "。"


P = []   # (kind, text)
P += [("cover", ORG), ("cover", "2025年部门预算"), ("blank", ""),
      ("h2", "目  录"),
      ("toc", "第一部分  汀溆县人民法院概况"),
      ("toc", "    一、部门职责"), ("toc", "    二、机构设置"),
      ("toc", "第二部分  2025年部门预算情况说明"),
      ("toc", "第三部分  2025年部门预算表"),
      ("toc", "    公开01表  部门收支总表"), ("toc", "    公开02表  部门收入总表"), ("toc", "    公开03表  部门支出总表"),
      ("toc", "    公开04表  财政拨款收支总表"), ("toc", "    公开05表  一般公共预算支出表"),
      ("toc", "    公开06表  一般公共预算基本支出表"), ("toc", "    公开07表  一般公共预算“三公”经费支出表"),
      ("toc", "    公开08表  政府性基金预算支出表"), ("toc", "    公开09表  国有资本经营预算支出表"),
      ("newpage", ""),
      ("h1", "第一部分  汀溆县人民法院概况"),
      ("h2", "一、部门职责"),
      ("p", "汀溆县人民法院是县级国家审判机关，依法行使审判权，主要职责是：（一）依法审判刑事、民事、行政等第一审案件；"
            "（二）依法审查和执行已经发生法律效力的判决、裁定、调解书以及依法应由人民法院执行的其他法律文书；"
            "（三）依法办理国家赔偿、司法救助案件；（四）指导人民调解工作，开展诉源治理；（五）承办法律规定的其他事项。"),
      ("h2", "二、机构设置"),
      ("p", "汀溆县人民法院内设立案庭、刑事审判庭、民事审判第一庭、民事审判第二庭、行政审判庭、审判监督庭、执行局、"
            "审判管理办公室、办公室、政治部、司法警察大队等11个内设机构，设城关、青石、白沙3个派出人民法庭，"
            "下设审判信息中心1个事业单位。纳入2025年部门预算编制范围的为本级1个预算单位（含审判信息中心）。"
            f"核定政法专项编制{E.STAFF['政法专项编制']}名、事业编制{E.STAFF['事业编制']}名，实有在编人员{E.STAFF['实有人员']}人，"
            f"另有聘用制书记员{E.STAFF['聘用制书记员']}名；退休人员{E.STAFF['退休人员']}人。"),
      ("h1", "第二部分  2025年部门预算情况说明"),
      ("h2", "一、收支预算总体情况"),
      ("p", f"按照综合预算的原则，汀溆县人民法院所有收入和支出均纳入部门预算管理。2025年收入总计{wan(D['total25'])}万元，"
            f"其中：一般公共预算拨款收入{wan(D['gp25'])}万元，占{pct(D['gp25'], D['total25'])}%；其他收入{wan(D['ot25'])}万元，"
            f"占{pct(D['ot25'], D['total25'])}%，主要为案款存储利息等收入；无政府性基金预算拨款收入和国有资本经营预算拨款收入，无上年结转。"
            f"支出总计{wan(D['total25'])}万元，其中：公共安全支出{wan(T['204']['gp25'] + T['204']['ot25'])}万元，社会保障和就业支出{wan(T['208']['gp25'])}万元，"
            f"卫生健康支出{wan(T['210']['gp25'])}万元，住房保障支出{wan(T['221']['gp25'])}万元。"
            f"收支总预算比上年增加{wan(D['total25'] - D['total24'])}万元，增长{pct(D['total25'] - D['total24'], D['total24'])}%，"
            "主要是调整工资标准及“执行攻坚”专项行动经费增加。"),
      ("h2", "二、财政拨款收支预算情况"),
      ("p", f"2025年财政拨款收支总预算{wan(D['gp25'])}万元，全部为一般公共预算拨款，比上年增加{wan(D['gp25'] - D['gp24'])}万元，"
            f"增长{pct(D['gp25'] - D['gp24'], D['gp24'])}%。"),
      ("h2", "三、一般公共预算支出情况"),
      ("p", f"2025年一般公共预算支出{wan(D['gp25'])}万元，其中：基本支出{wan(D['basic'])}万元，项目支出{wan(D['gp_proj'])}万元。按支出功能分类科目，"
            f"公共安全支出（类）{wan(T['204']['gp25'])}万元，占{pct(T['204']['gp25'], D['gp25'])}%；社会保障和就业支出（类）{wan(T['208']['gp25'])}万元，"
            f"占{pct(T['208']['gp25'], D['gp25'])}%；卫生健康支出（类）{wan(T['210']['gp25'])}万元，占{pct(T['210']['gp25'], D['gp25'])}%；"
            f"住房保障支出（类）{wan(T['221']['gp25'])}万元，占{pct(T['221']['gp25'], D['gp25'])}%。具体情况如下："),
      ("p", "1．公共安全支出（类）法院（款）：" + item("2040501", "调整工资标准及新增聘用制书记员8名")),
      ("p", item("2040502", "压减一般性支出，上年办公用房维修改造一次性支出不再安排")),
      ("p", item("2040504", "巡回审判、人民陪审员参审案件增加", amount=E.PROSE_WRONG["2040504"])),
      ("p", item("2040505", "开展“执行攻坚”专项行动，网络查控和财产处置经费增加")),
      ("p", item("2040506", "诉前调解和多元解纷工作经费增加")),
      ("p", item("2040550", "审判信息中心人员工资正常晋档")),
      ("p", item("2040599", "上年诉讼服务中心信息化改造一次性支出已完成")),
      ("p", "2．社会保障和就业支出（类）：" + item("2080505", "缴费基数调整") + item("2080506", "缴费基数调整")
            + f"“死亡抚恤”（2080801）0万元，比上年减少{wan(T['2080801']['gp24'])}万元，主要是上年发生一次性抚恤支出。"),
      ("p", "3．卫生健康支出（类）：" + item("2101101", "缴费基数调整") + item("2101103", "")),
      ("p", "4．住房保障支出（类）：" + item("2210201", "缴存基数调整")),
      ("h2", "四、一般公共预算基本支出情况"),
      ("p", f"2025年一般公共预算基本支出{wan(D['basic'])}万元，其中：人员经费{wan(D['renyuan'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
            "社会保障缴费、住房公积金、退休费、生活补助等；"
            f"公用经费{wan(D['gongyong'])}万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、劳务费、工会经费、公务用车运行维护费等。"),
      ("h2", "五、一般公共预算“三公”经费预算情况"),
      ("p", f"2025年一般公共预算“三公”经费预算{wan(D['sg_y2025'])}万元，比上年减少{wan(D['sg_y2024'] - D['sg_y2025'])}万元，"
            f"下降{pct(D['sg_y2024'] - D['sg_y2025'], D['sg_y2024'])}%。其中："),
      ("p", "（一）因公出国（境）费0万元，与上年持平，主要是本年度无因公出国（境）计划。"),
      ("p", f"（二）公务用车购置及运行维护费{wan(S5['购置'] + S5['运行'])}万元，比上年减少{wan(S4['购置'] + S4['运行'] - S5['购置'] - S5['运行'])}万元。"
            f"其中：公务用车购置费0万元，比上年减少{wan(S4['购置'])}万元，主要是上年更新执法执勤用车1辆，本年度无购置计划；"
            f"公务用车运行维护费{wan(S5['运行'])}万元，比上年减少{wan(S4['运行'] - S5['运行'])}万元，下降{pct(S4['运行'] - S5['运行'], S4['运行'])}%，"
            "主要是推行公务用车定点维修和加油，车辆运行成本下降。"),
      ("p", f"（三）公务接待费{wan(S5['接待'])}万元，比上年减少{wan(S4['接待'] - S5['接待'])}万元，下降{pct(S4['接待'] - S5['接待'], S4['接待'])}%，"
            "主要是严格执行公务接待标准，压减接待批次和陪餐人数。"),
      ("h2", "六、机关运行经费情况"),
      ("p", f"2025年机关运行经费{wan(D['jiguan'])}万元，比上年减少{wan(E.JIGUAN_2024 - D['jiguan'])}万元，"
            f"下降{pct(E.JIGUAN_2024 - D['jiguan'], E.JIGUAN_2024)}%，主要是落实过紧日子要求，压减办公费和会议费。"),
      ("h2", "七、政府性基金预算和国有资本经营预算支出情况"),
      ("p", "汀溆县人民法院2025年无政府性基金预算拨款安排的支出，也无国有资本经营预算拨款安排的支出，公开08表、公开09表为空表。"),
      ("h2", "八、政府采购情况"),
      ("p", f"2025年政府采购预算{wan(D['proc'])}万元，其中：货物类{wan(E.PROCUREMENT['货物'])}万元，主要是办公设备和执法记录仪更新；"
            f"服务类{wan(E.PROCUREMENT['服务'])}万元，主要是审判业务用房物业服务；无工程类采购。"),
      ("h2", "九、国有资产占用情况"),
      ("p", f"截至2024年12月31日，汀溆县人民法院共有车辆{sum(E.VEHICLES.values())}辆，其中：一般公务用车{E.VEHICLES['一般公务用车']}辆，"
            f"执法执勤用车{E.VEHICLES['执法执勤用车']}辆；单价100万元以上专用设备1台（套），为科技法庭庭审系统。2025年无新增车辆购置计划。"),
      ("h2", "十、预算绩效目标情况"),
      ("p", f"2025年实行绩效目标管理的项目6个，涉及一般公共预算资金{wan(D['gp_proj'])}万元，全部项目均编制了绩效目标。主要绩效指标："
            f"全年审（执）结案件不少于{E.CASES_TARGET}件，法定审限内结案率不低于95%，首次执行案件执行到位率不低于40%，"
            "一审服判息诉率不低于90%。"),
      ]


def table_specs():
    """The nine 公开表: (label, title, columns [(header, width, align)], rows [(cells, indent)])."""
    specs = []
    num = lambda v: yuan(v)
    # 01 部门收支总表
    rows = []
    inc = [("一、一般公共预算拨款收入", D["gp25"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
           ("四、事业收入", 0), ("五、事业单位经营收入", 0), ("六、其他收入", D["ot25"])]
    exp = [("一、公共安全支出", T["204"]["gp25"] + T["204"]["ot25"]), ("二、社会保障和就业支出", T["208"]["gp25"]),
           ("三、卫生健康支出", T["210"]["gp25"]), ("四、住房保障支出", T["221"]["gp25"]), ("", None), ("", None)]
    for (a, x), (b_, y) in zip(inc, exp):
        rows.append(([a, num(x), b_, "" if y is None else num(y)], 0))
    rows.append((["本年收入合计", num(D["total25"]), "本年支出合计", num(D["total25"])], 0))
    rows.append((["上年结转", num(0), "结转下年", num(0)], 0))
    rows.append((["收入总计", num(D["total25"]), "支出总计", num(D["total25"])], 0))
    specs.append(("公开01表", "2025年部门收支总表",
                  [("收入项目", 150, "l"), ("预算数", 95, "r"), ("支出项目", 150, "l"), ("预算数", 95, "r")], rows))

    def tree_rows(cols_fn):
        out = []
        for k in sorted(T, key=lambda c: (c[:3], c[:5], c)):
            t = T[k]
            ind = {3: 0, 5: 1, 7: 2}[len(k)]
            out.append(([k, E.NAMES[k]] + cols_fn(k, t), ind))
        return out

    # 02 部门收入总表
    rows = [(["", "合计", num(D["total25"]), num(D["gp25"]), num(D["ot25"])], 0)]
    rows += tree_rows(lambda k, t: [num(t["gp25"] + t["ot25"]), num(t["gp25"]), num(t["ot25"])])
    specs.append(("公开02表", "2025年部门收入总表",
                  [("科目编码", 52, "l"), ("科目名称", 150, "l"), ("合计", 96, "r"), ("一般公共预算拨款收入", 96, "r"), ("其他收入", 96, "r")], rows))
    # 03 部门支出总表
    rows = [(["", "合计", num(D["total25"]), num(D["basic"]), num(D["proj"])], 0)]
    rows += tree_rows(lambda k, t: [num(t["basic"] + t["proj"]), num(t["basic"]), num(t["proj"])])
    specs.append(("公开03表", "2025年部门支出总表",
                  [("科目编码", 52, "l"), ("科目名称", 150, "l"), ("合计", 96, "r"), ("基本支出", 96, "r"), ("项目支出", 96, "r")], rows))
    # 04 财政拨款收支总表
    rows = []
    inc = [("一、一般公共预算拨款", D["gp25"]), ("二、政府性基金预算拨款", 0), ("三、国有资本经营预算拨款", 0), ("", None)]
    exp = [("一、公共安全支出", T["204"]["gp25"]), ("二、社会保障和就业支出", T["208"]["gp25"]),
           ("三、卫生健康支出", T["210"]["gp25"]), ("四、住房保障支出", T["221"]["gp25"])]
    for (a, x), (b_, y) in zip(inc, exp):
        rows.append(([a, "" if x is None else num(x), b_, num(y)], 0))
    rows.append((["收入总计", num(D["gp25"]), "支出总计", num(D["gp25"])], 0))
    specs.append(("公开04表", "2025年财政拨款收支总表",
                  [("收入项目", 150, "l"), ("预算数", 95, "r"), ("支出项目", 150, "l"), ("预算数", 95, "r")], rows))
    # 05 一般公共预算支出表 (the long one)
    def gpb(k):
        return sum(T[c]["gp25"] for c in T if len(c) == 7 and c.startswith(k) and T[c]["basic"])

    def g05(k, t):
        b = gpb(k)
        g = "—" if t["gp24"] == 0 else str(Decimal(pct(t["gp25"] - t["gp24"], t["gp24"])))
        return [num(t["gp24"]), num(t["gp25"]), num(b), num(t["gp25"] - b), g]
    rows = [(["", "合计", num(D["gp24"]), num(D["gp25"]), num(D["basic"]), num(D["gp_proj"]),
              pct(D["gp25"] - D["gp24"], D["gp24"])], 0)]
    rows += tree_rows(g05)
    specs.append(("公开05表", "2025年一般公共预算支出表",
                  [("科目编码", 46, "l"), ("科目名称", 128, "l"), ("上年预算数", 72, "r"), ("本年预算数", 72, "r"),
                   ("基本支出", 72, "r"), ("项目支出", 72, "r"), ("增减%", 42, "r")], rows))
    # 06 一般公共预算基本支出表
    econ = D["econ"]
    rows = [(["", "合计", num(D["basic"]), num(D["renyuan"]), num(D["gongyong"])], 0)]
    for c, n, v in E.ECON:
        a = econ[c]
        ry = a if c[:3] in ("301", "303") else 0
        rows.append(([c, n, num(a), num(ry), num(a - ry)], 0 if len(c) == 3 else 1))
    specs.append(("公开06表", "2025年一般公共预算基本支出表",
                  [("科目编码", 52, "l"), ("科目名称", 150, "l"), ("合计", 96, "r"), ("人员经费", 96, "r"), ("公用经费", 96, "r")], rows))
    # 07 三公
    rows = []
    for lab, key in (("2024年预算数", "y2024"), ("2025年预算数", "y2025")):
        s = E.SANGONG[key]
        rows.append(([lab, num(D["sg_" + key]), num(s["因公出国"]), num(s["购置"] + s["运行"]), num(s["购置"]), num(s["运行"]), num(s["接待"])], 0))
    specs.append(("公开07表", "2025年一般公共预算“三公”经费支出表",
                  [("项目", 70, "l"), ("合计", 70, "r"), ("因公出国（境）费", 72, "r"), ("公务用车购置及运行维护费", 92, "r"),
                   ("其中：购置费", 66, "r"), ("运行维护费", 66, "r"), ("公务接待费", 66, "r")], rows))
    # 08, 09 empty
    specs.append(("公开08表", "2025年政府性基金预算支出表",
                  [("科目编码", 70, "l"), ("科目名称", 170, "l"), ("合计", 80, "r"), ("基本支出", 80, "r"), ("项目支出", 80, "r")],
                  [(["", "合计", num(0), num(0), num(0)], 0)]))
    specs.append(("公开09表", "2025年国有资本经营预算支出表",
                  [("科目编码", 70, "l"), ("科目名称", 170, "l"), ("合计", 80, "r"), ("基本支出", 80, "r"), ("项目支出", 80, "r")],
                  [(["", "合计", num(0), num(0), num(0)], 0)]))
    return specs


NOTES = {"公开08表": "注：汀溆县人民法院2025年无政府性基金预算拨款安排的支出，本表为空表。",
         "公开09表": "注：汀溆县人民法院2025年无国有资本经营预算拨款安排的支出，本表为空表。"}
HEADER = "汀溆县人民法院2025年部门预算"


def wrap(text, width, size, indent=0.0):
    toks = re.findall(r"（[0-9]+）|[0-9,.%]+|.", text)
    lines, cur, w = [], "", indent * size
    for t in toks:
        tw = pdfw.text_w(t, size)
        if (w + tw > width and cur and t not in "，。；、：）”%") or (t in "“（" and w + tw + size > width and cur):
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def fit(s, width, size):
    """Header cells that do not fit are split over two lines."""
    if pdfw.text_w(s, size) <= width - 4:
        return [s]
    h = (len(s) + 1) // 2
    return [s[:h], s[h:]]


def build(path):
    doc = pdfw.Doc(title=HEADER)
    L, R, TOP, BOT = 50.0, 545.0, 780.0, 70.0
    width = R - L
    pages_lines = []
    st = {"page": None, "y": 0.0}

    def new():
        st["page"] = doc.new_page()
        pages_lines.append([])
        st["y"] = TOP

    def put(x, s, size):
        st["page"].text(x, st["y"], s, size)

    new()
    for kind, text in P:
        if kind == "newpage":
            new()
            continue
        if kind == "blank":
            st["y"] -= 120
            continue
        if kind == "cover":
            size, lead, ls = 22, 40, [text]
            if text == ORG:
                st["y"] -= 160
        elif kind == "h1":
            size, lead, ls = 15, 26, [text]
        elif kind == "h2":
            size, lead, ls = 12, 21, wrap(text, width, 12)
        elif kind == "toc":
            size, lead, ls = 11, 19, [text]
        else:
            size, lead, ls = 11, 18.5, wrap(text, width, 11, indent=2)
        for i, ln in enumerate(ls):
            if st["y"] < BOT + lead:
                new()
            if kind in ("cover", "h1") or text == "目  录":
                x = (pdfw.W - pdfw.text_w(ln, size)) / 2
            elif kind == "p" and i == 0:
                x = L + 2 * size
            elif kind == "toc":
                x = L + 40
            else:
                x = L
            put(x, ln, size)
            pages_lines[-1].append(ln)
            st["y"] -= lead
    # part three: tables
    new()
    t = "第三部分  2025年部门预算表"
    put((pdfw.W - pdfw.text_w(t, 15)) / 2, t, 15)
    pages_lines[-1].append(t)
    st["y"] -= 34
    tables = {}
    rh, size = 15.0, 8
    for label, title, cols, rows in table_specs():
        tw = sum(c[1] for c in cols)
        x0 = (pdfw.W - tw) / 2
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + c[1])
        hdr_lines = [fit(c[0], c[1], size) for c in cols]
        hh = 13.0 * max(len(h) for h in hdr_lines) + 4

        def head(cont):
            y = st["y"]
            put(xs[-1] - pdfw.text_w(label, 9), label, 9)
            pages_lines[-1].append(label)
            st["y"] -= 16
            tt = title + ("（续表）" if cont else "")
            put((pdfw.W - pdfw.text_w(tt, 13)) / 2, tt, 13)
            pages_lines[-1].append(tt)
            st["y"] -= 18
            put(xs[0], "编制单位：" + ORG, 9)
            put(xs[-1] - pdfw.text_w("单位：元", 9), "单位：元", 9)
            pages_lines[-1].append("编制单位：" + ORG + " 单位：元")
            st["y"] -= 7
            top = st["y"]
            st["page"].line(xs[0], top, xs[-1], top)
            for i, hl in enumerate(hdr_lines):
                for j, h in enumerate(hl):
                    st["page"].text(xs[i] + (cols[i][1] - pdfw.text_w(h, size)) / 2, top - 11 - 13 * j, h, size)
            maxl = max(len(h) for h in hdr_lines)
            for j in range(maxl):
                pages_lines[-1].append(" ".join(h[j] for h in hdr_lines if len(h) > j))
            st["y"] = top - hh
            st["page"].line(xs[0], st["y"], xs[-1], st["y"])
            return top

        need = 16 + 18 + 7 + hh + rh * min(len(rows), 3)
        if st["y"] - need < BOT:
            new()
        top = head(False)
        breaks = 0
        out_rows = []
        for cells, ind in rows:
            if st["y"] - rh < BOT:
                for x in xs:
                    st["page"].line(x, top, x, st["y"])
                new()
                top = head(True)
                breaks += 1
            for i, c in enumerate(cells):
                if not c:
                    continue
                if cols[i][2] == "l":
                    xx = xs[i] + 3 + (ind * 6 if i == 1 or (i == 0 and len(cols) == 4) else 0)
                else:
                    xx = xs[i + 1] - 3 - pdfw.text_w(c, size)
                st["page"].text(xx, st["y"] - 10.5, c, size)
            st["y"] -= rh
            st["page"].line(xs[0], st["y"], xs[-1], st["y"], 0.3)
            pages_lines[-1].append(" ".join(c for c in cells if c))
            out_rows.append(cells)
        for x in xs:
            st["page"].line(x, top, x, st["y"])
        st["y"] -= 14
        if label in NOTES:
            put(xs[0], NOTES[label], 9)
            pages_lines[-1].append(NOTES[label])
            st["y"] -= 14
        st["y"] -= 16
        tables[label] = {"title": title, "header": [c[0] for c in cols], "rows": out_rows, "breaks": breaks}
    n = len(doc.pages)
    for i, p in enumerate(doc.pages):
        if i:
            p.text((pdfw.W - pdfw.text_w(HEADER, 8)) / 2, 808, HEADER, 8)
            p.line(L, 803, R, 803, 0.3)
        s = f"— {i + 1} —"
        p.text((pdfw.W - pdfw.text_w(s, 9)) / 2, 40, s, 9)
    doc.save(path)
    prose = [t for k, t in P if k in ("p", "h1", "h2")]
    with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as f:
        json.dump({"prose": prose, "tables": tables, "pages": pages_lines, "npages": n}, f, ensure_ascii=False, indent=0)
    print("wrote", path, n, "pages;", {k: (len(v["rows"]), v["breaks"]) for k, v in tables.items()})


if __name__ == "__main__":
    build(os.path.join(HERE, "..", "docs", "E-tingxu-fy-2025-bmys.pdf"))
