#!/usr/bin/env python3
"""Write docs/E-...pdf: the invented 沅屏县人民医院 2024年度单位决算, a PDF 'printed from a spreadsheet':
portrait prose pages (情况说明 一–十) first, then landscape table pages.  Every table cell is its own text
object and the cells are emitted column by column (all of column 1 top to bottom, then column 2, ...),
after the ruling lines.  All figures come from e_data.py."""
import os
import e_data as D
from e_data import w, wc, pct
from pdfmin import Page, write_pdf, text_width

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-yuanping-rmyy-2024-dwjs.pdf")

PW, PH = 595, 842      # portrait
LW, LH = 842, 595      # landscape


# ------------------------------------------------------------------ prose
def prose_blocks():
    inc, L = D.INC, D.LAST
    cz = D.CZ
    B = []   # (kind, text): kind in title, sub, h1, p

    def P(t):
        B.append(("p", t))

    B.append(("title", f"{D.ORG}{D.YEAR}年度单位决算"))
    B.append(("sub", f"主管部门：{D.SUPER}"))
    B.append(("sub", "公开日期：2025年9月26日"))
    B.append(("h1", "第一部分  2024年度单位决算情况说明"))

    B.append(("h1", "一、单位基本情况"))
    P(f"{D.ORG}是{D.SUPER}所属的公益二类事业单位，是全县唯一的二级甲等综合医院，承担全县基本医疗服务、急危重症救治、"
      f"公共卫生服务和县域医共体牵头任务。医院内设临床科室26个、医技科室9个、职能科室15个。")
    P(f"医院核定编制床位{D.BIANZHI_CHUANG}张，实际开放床位{D.KAIFANG_CHUANG}张。2024年末实有人数"
      f"{D.ZAIZHI + D.LITUIXIU}人，其中：在职人员{D.ZAIZHI}人（编制内{D.BIANNEI}人、编外聘用{D.BIANWAI}人），"
      f"离退休人员{D.LITUIXIU}人。纳入本年度单位决算编制范围的为医院本级，无下属单位。")

    B.append(("h1", "二、收入支出决算总体情况"))
    d = D.GRAND - L["收支总计"]
    P(f"2024年度收入总计、支出总计均为{w(D.GRAND)}万元，比上年增加{w(d)}万元，增长{pct(d, L['收支总计'])}%。")
    d = D.INC_TOTAL - L["收入合计"]
    dz = inc["事业收入"] - L["事业收入"]
    P(f"（一）收入决算情况。2024年度本年收入合计{w(D.INC_TOTAL)}万元，比上年增加{w(d)}万元，增长"
      f"{pct(d, L['收入合计'])}%，主要原因是门急诊人次和出院人次增加，医疗收入相应增加。其中：财政拨款收入"
      f"{w(inc['一般公共预算财政拨款收入'])}万元，占{pct(inc['一般公共预算财政拨款收入'], D.INC_TOTAL)}%；"
      f"事业收入{w(inc['事业收入'])}万元（全部为医疗收入），占{pct(inc['事业收入'], D.INC_TOTAL)}%，比上年增加"
      f"{w(dz)}万元，增长{pct(dz, L['事业收入'])}%；经营收入{w(inc['经营收入'])}万元；其他收入{w(inc['其他收入'])}万元，"
      f"占{pct(inc['其他收入'], D.INC_TOTAL)}%，主要是进修培训收入和银行存款利息收入。")
    d = D.EXP_TOTAL - L["支出合计"]
    P(f"（二）支出决算情况。2024年度本年支出合计{w(D.EXP_TOTAL)}万元，比上年增加{w(d)}万元，增长"
      f"{pct(d, L['支出合计'])}%。其中：基本支出{w(D.JIBEN)}万元，占{pct(D.JIBEN, D.EXP_TOTAL)}%，主要用于人员工资福利、"
      f"药品及卫生材料、水电和设备维护等医院日常运行；项目支出{w(D.XIANGMU)}万元，占{pct(D.XIANGMU, D.EXP_TOTAL)}%，"
      f"主要用于医疗设备购置、信息化建设和重大公共卫生服务；经营支出{w(D.JINGYING)}万元。")
    P(f"（三）结转结余情况。年初结转和结余{w(D.NIANCHU)}万元。由于药品和医用耗材集中带量采购降价、医保支付方式改革等因素，"
      f"本年收入不足以安排本年支出，使用事业基金弥补收支差额{w(D.SHIYE_JIJIN)}万元。年末结转和结余{w(D.NIANMO)}万元。")

    B.append(("h1", "三、财政拨款支出决算情况"))
    dz = D.CZ_INC - L["财政拨款收入"]
    dzz = D.CZ_TOTAL - L["财政拨款支出"]
    nc = sum(v[0] for v in cz.values())
    tz = sum(v[1] for v in cz.values())
    P(f"2024年度财政拨款收入{w(D.CZ_INC)}万元，全部为一般公共预算财政拨款，比上年增加{w(dz)}万元，增长"
      f"{pct(dz, L['财政拨款收入'])}%；年初财政拨款结转和结余{w(D.CZ_NIANCHU)}万元。财政拨款支出{w(D.CZ_TOTAL)}万元，"
      f"比上年增加{w(dzz)}万元，增长{pct(dzz, L['财政拨款支出'])}%，主要原因是县财政年中追加医疗设备购置补助资金。"
      f"财政拨款支出年初预算{w(nc)}万元，调整预算{w(tz)}万元，决算数为调整预算的{pct(D.CZ_TOTAL, tz)}%。"
      f"年末财政拨款结转和结余{w(D.CZ_NIANMO)}万元。")
    P("按支出功能分类科目（项级）的具体情况如下：")

    def item(n, path, code, why):
        a, b, j, x = cz[code]
        dec = j + x
        shown = D.PLANTED_PROSE if code == "2100201" else dec
        P(f"{n}．{path}：年初预算{w(a)}万元，调整预算{w(b)}万元，决算{w(shown)}万元，为调整预算的{pct(dec, b)}%。{why}")

    item(1, "卫生健康支出（类）公立医院（款）综合医院（项）", "2100201",
         f"决算数大于年初预算数的主要原因是年中追加医疗设备购置补助{w(cz['2100201'][3])}万元，用于购置128排CT、"
         f"全自动生化分析仪等设备。")
    item(2, "卫生健康支出（类）公共卫生（款）重大公共卫生服务（项）", "2100409",
         "决算数大于年初预算数的主要原因是年中追加农村妇女“两癌”筛查和慢性病管理补助资金。")
    item(3, "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）", "2101102",
         "决算数大于年初预算数的主要原因是按实际缴费基数调整职工基本医疗保险缴费。")
    item(4, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "2080505",
         "决算数大于年初预算数的主要原因是缴费基数调增。")
    item(5, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）", "2080506",
         "决算数大于年初预算数的主要原因是缴费基数调增。")
    item(6, "住房保障支出（类）住房改革支出（款）住房公积金（项）", "2210201",
         "决算数小于年初预算数的主要原因是年内退休及调出人员增加，缴存人数减少。")

    B.append(("h1", "四、一般公共预算财政拨款基本支出决算情况"))
    P(f"2024年度一般公共预算财政拨款基本支出{w(D.CZ_JIBEN)}万元，其中：人员经费{w(D.RENYUAN_TOTAL)}万元，主要包括基本工资、"
      f"津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金；公用经费"
      f"{w(D.GONGYONG_TOTAL)}万元，主要包括办公费、水费、电费、差旅费、维修（护）费、公务用车运行维护费、其他商品和服务支出。")

    B.append(("h1", "五、财政拨款“三公”经费支出决算情况"))
    ys, js = D.SANGONG_TOTAL
    run = D.SANGONG["公务用车运行维护费"][1]
    dd = D.SANGONG_LAST - run
    P(f"2024年度财政拨款“三公”经费支出预算{ys / 10000:.2f}万元，决算{js / 10000:.2f}万元，完成预算的{pct(js, ys)}%，"
      f"全部为公务用车运行维护费。")
    P("1．因公出国（境）费：本年度无因公出国（境）费支出，预算数和决算数均为0。")
    P(f"2．公务用车购置及运行维护费：决算{js / 10000:.2f}万元，其中：公务用车购置费0万元；公务用车运行维护费"
      f"{run / 10000:.2f}万元，比上年减少{dd / 10000:.2f}万元，下降{pct(dd, D.SANGONG_LAST)}%，主要原因是严格公务用车使用审批，"
      f"压减燃料和维修开支。年末公务用车保有量{D.GONGCHE_COUNT}辆（不含救护车等医疗专用车辆）。")
    P("3．公务接待费：本年度无公务接待费支出，预算数和决算数均为0。")

    B.append(("h1", "六、机关运行经费支出情况"))
    P("本单位为事业单位，无机关运行经费。")

    B.append(("h1", "七、政府采购支出情况"))
    c = D.CAIGOU
    P(f"2024年度政府采购支出总额{w(D.CAIGOU_TOTAL)}万元，其中：政府采购货物支出{w(c['货物'])}万元、政府采购服务支出"
      f"{w(c['服务'])}万元、政府采购工程支出{w(c['工程'])}万元。授予中小企业合同金额{w(D.CAIGOU_ZXQY)}万元，"
      f"占政府采购支出总额的{pct(D.CAIGOU_ZXQY, D.CAIGOU_TOTAL)}%。")

    B.append(("h1", "八、国有资产占用情况"))
    P(f"截至2024年12月31日，本单位共有车辆{D.CHELIANG}辆，其中：救护车{D.JIUHUCHE}辆、一般公务用车{D.GONGWU_CHE}辆、"
      f"其他用车{D.QITA_CHE}辆（后勤保障用车）；单位价值100万元以上设备{D.SHEBEI_100W}台（套）。")

    B.append(("h1", "九、预算绩效情况"))
    P(f"2024年本单位对2个财政拨款项目开展绩效自评，涉及资金{w(D.CZ_XIANGMU)}万元。其中：医疗设备购置补助项目"
      f"（{w(cz['2100201'][3])}万元）自评得分94分，评价等级为“优”；重大公共卫生服务项目（{w(cz['2100409'][3])}万元）"
      f"自评得分93.5分，评价等级为“优”。同时开展单位整体支出绩效自评，得分92分。")

    B.append(("h1", "十、名词解释"))
    P("1．财政拨款收入：指本级财政当年拨付的资金。")
    P("2．事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本单位的事业收入为医疗收入，包括门急诊收入和住院收入。")
    P("3．其他收入：指除上述收入以外的各项收入，主要是进修培训收入、银行存款利息收入等。")
    P("4．用事业基金弥补收支差额：指事业单位在当年的财政拨款收入、事业收入、经营收入和其他收入不足以安排当年支出的情况下，"
      "使用以前年度积累的事业基金弥补本年度收支缺口的资金。")
    P("5．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金，以及以前年度支出预算工作目标已完成形成的剩余资金。"
      "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。")
    P("6．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。项目支出：指在基本支出之外为完成特定"
      "行政任务和事业发展目标所发生的支出。")
    P("7．“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
    P("8．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。")
    B.append(("h1", "第二部分  2024年度单位决算表（公开01表至公开09表，见后附）"))
    return B


def wrap(s, size, width):
    """break a paragraph into lines; never break inside a run of ASCII (numbers stay whole)"""
    toks, cur = [], ""
    for ch in s:
        if ord(ch) < 0x7F and ch != " ":
            cur += ch
        else:
            if cur:
                toks.append(cur)
                cur = ""
            toks.append(ch)
    if cur:
        toks.append(cur)
    lines, line, lw = [], "", 0.0
    for t in toks:
        tw = text_width(t, size)
        if lw + tw > width and line:
            # keep closing punctuation with the previous line
            if t in "，。；：、）％%”" and lw + tw <= width + size:
                line += t
                lines.append(line)
                line, lw = "", 0.0
                continue
            lines.append(line)
            line, lw = "", 0.0
        line += t
        lw += tw
    if line:
        lines.append(line)
    return lines


def prose_pages():
    pages, size, lead, left, right, top, bottom = [], 11, 19, 72, 72, 76, 80
    width = PW - left - right
    pg = None
    y = 0

    def newpage():
        nonlocal pg, y
        pg = Page(PW, PH)
        pages.append(pg)
        y = PH - top

    newpage()
    for kind, t in prose_blocks():
        if kind == "title":
            y -= 30
            pg.text((PW - text_width(t, 18)) / 2, y, t, 18)
            y -= 34
            continue
        if kind == "sub":
            pg.text((PW - text_width(t, 12)) / 2, y, t, 12)
            y -= 24
            continue
        if kind == "h1":
            if y < bottom + 3 * lead:
                newpage()
            y -= 8
            pg.text(left, y, t, 12.5)
            y -= lead + 4
            continue
        first = True
        for ln in wrap(t, size, width - (2 * size)):
            if y < bottom:
                newpage()
            x = left + (2 * size if first else 0)
            pg.text(x, y, ln, size)
            first = False
            y -= lead
        y -= 4
    for i, p in enumerate(pages, 1):
        s = f"— {i} —"
        p.text((PW - text_width(s, 9)) / 2, 40, s, 9)
    return pages


# ------------------------------------------------------------------ tables
def L(code):
    return f"{code} {D.NAMES[code]}"


def subject_rows():
    """类/款/项 order used by every functional table"""
    rows = []
    for lei in ("208", "210", "221"):
        rows.append(lei)
        for kuan in sorted({c[:5] for c in D.XIANG if c.startswith(lei)}):
            rows.append(kuan)
            rows += [c for c in D.XIANG if c.startswith(kuan)]
    return rows


def agg(table, code, f):
    return sum(f(table[c]) for c in D.XIANG if c.startswith(code))


def table_page(title, no, unit, widths, rows, note=None, size=9):
    """rows: list of lists of (text, span, align) with align in l/c/r; '\\n' splits lines inside a cell."""
    pg = Page(LW, LH)
    total_w = sum(widths)
    x0 = (LW - total_w) / 2
    y = LH - 48
    pg.text((LW - text_width(title, 15)) / 2, y, title, 15)
    y -= 22
    pg.text(x0 + total_w - text_width(no, 9), y + 8, no, 9)
    pg.text(x0, y - 6, f"编制单位：{D.ORG}", 9)
    pg.text(x0 + total_w - text_width(unit, 9), y - 6, unit, 9)
    y -= 14
    xs = [x0]
    for wd in widths:
        xs.append(xs[-1] + wd)
    # geometry
    placed = []   # (col, rowidx, x, ytop, w, h, text, align)
    for ri, row in enumerate(rows):
        nlines = max(len(c[0].split("\n")) for c in row)
        h = 6 + 11 * nlines + (2 if nlines == 1 else 0)
        col = 0
        for text, span, align in row:
            cx, cw = xs[col], xs[col + span] - xs[col]
            placed.append((col, ri, cx, y, cw, h, text, align))
            col += span
        assert col == len(widths), (title, ri, col)
        y -= h
    # ruling lines first
    for col, ri, cx, ytop, cw, h, text, align in placed:
        pg.rect(cx, ytop - h, cw, h)
    # then cell texts, column by column, each column top to bottom
    for col in range(len(widths)):
        for c, ri, cx, ytop, cw, h, text, align in sorted((p for p in placed if p[0] == col), key=lambda p: p[1]):
            lines = text.split("\n")
            for k, ln in enumerate(lines):
                if not ln:
                    continue
                tw = text_width(ln, size)
                assert tw <= cw - 4, (title, ln, tw, cw)
                if align == "r":
                    tx = cx + cw - 3 - tw
                elif align == "c":
                    tx = cx + (cw - tw) / 2
                else:
                    tx = cx + 3
                ty = ytop - h + (h - 11 * len(lines)) / 2 + 11 * (len(lines) - 1 - k) + 2.5
                pg.text(tx, ty, ln, size)
    if note:
        pg.text(x0, y - 16, note, 9)
    return pg


def T(text, span=1, align="l"):
    return (text, span, align)


def R(v):
    return T(wc(v), 1, "r")


def tables():
    out = []
    inc = D.INC
    # 1 收入支出决算总表
    widths = [230, 32, 95, 230, 32, 95]
    rows = [[T("收入", 3, "c"), T("支出", 3, "c")],
            [T("项目", 1, "c"), T("行次", 1, "c"), T("金额", 1, "c"), T("项目", 1, "c"), T("行次", 1, "c"), T("金额", 1, "c")]]
    left = [("一、一般公共预算财政拨款收入", inc["一般公共预算财政拨款收入"]),
            ("二、政府性基金预算财政拨款收入", inc["政府性基金预算财政拨款收入"]),
            ("三、国有资本经营预算财政拨款收入", inc["国有资本经营预算财政拨款收入"]),
            ("四、上级补助收入", inc["上级补助收入"]), ("五、事业收入", inc["事业收入"]),
            ("六、经营收入", inc["经营收入"]), ("七、附属单位上缴收入", inc["附属单位上缴收入"]),
            ("八、其他收入", inc["其他收入"])]
    right = [("一、社会保障和就业支出", agg(D.EXP, "208", sum)), ("二、卫生健康支出", agg(D.EXP, "210", sum)),
             ("三、住房保障支出", agg(D.EXP, "221", sum))]
    for i in range(len(left)):
        a = left[i]
        b = right[i] if i < len(right) else None
        rows.append([T(a[0]), T(str(i + 1), 1, "c"), R(a[1]),
                     T(b[0] if b else ""), T(str(i + 32) if b else "", 1, "c"), R(b[1]) if b else T("")])
    tail = [(("本年收入合计", D.INC_TOTAL), ("本年支出合计", D.EXP_TOTAL)),
            (("用事业基金弥补收支差额", D.SHIYE_JIJIN), ("结余分配", D.JIEYU_FENPEI)),
            (("年初结转和结余", D.NIANCHU), ("年末结转和结余", D.NIANMO)),
            (("总计", D.GRAND), ("总计", D.GRAND))]
    for i, (a, b) in enumerate(tail):
        rows.append([T(a[0], 1, "c"), T(str(9 + i), 1, "c"), R(a[1]), T(b[0], 1, "c"), T(str(60 + i), 1, "c"), R(b[1])])
    out.append(table_page("收入支出决算总表", "公开01表", "单位：万元", widths, rows))

    # 2 收入决算表
    widths = [235, 95, 95, 95, 95, 95]
    rows = [[T("科目编码及名称", 1, "c"), T("本年收入合计", 1, "c"), T("财政拨款收入", 1, "c"), T("事业收入", 1, "c"),
             T("经营收入", 1, "c"), T("其他收入", 1, "c")],
            [T("合计", 1, "c"), R(D.INC_TOTAL), R(inc["一般公共预算财政拨款收入"]), R(inc["事业收入"]),
             R(inc["经营收入"]), R(inc["其他收入"])]]
    for code in subject_rows():
        f = [agg(D.INCF, code, lambda v, i=i: v[i]) for i in range(4)]
        rows.append([T(L(code)), R(sum(f)), R(f[0]), R(f[1]), R(f[2]), R(f[3])])
    out.append(table_page("收入决算表", "公开02表", "单位：万元", widths, rows))

    # 3 支出决算表
    widths = [235, 110, 110, 110, 110]
    rows = [[T("科目编码及名称", 1, "c"), T("本年支出合计", 1, "c"), T("基本支出", 1, "c"), T("项目支出", 1, "c"),
             T("经营支出", 1, "c")],
            [T("合计", 1, "c"), R(D.EXP_TOTAL), R(D.JIBEN), R(D.XIANGMU), R(D.JINGYING)]]
    for code in subject_rows():
        f = [agg(D.EXP, code, lambda v, i=i: v[i]) for i in range(3)]
        rows.append([T(L(code)), R(sum(f)), R(f[0]), R(f[1]), R(f[2])])
    out.append(table_page("支出决算表", "公开03表", "单位：万元", widths, rows))

    # 4 财政拨款收入支出决算总表
    widths = [175, 80, 150, 85, 95, 95, 95]
    rows = [[T("收入", 2, "c"), T("支出", 5, "c")],
            [T("项目", 1, "c"), T("金额", 1, "c"), T("项目", 1, "c"), T("合计", 1, "c"), T("一般公共预算\n财政拨款", 1, "c"),
             T("政府性基金预算\n财政拨款", 1, "c"), T("国有资本经营\n预算财政拨款", 1, "c")]]
    lft = [("一、一般公共预算财政拨款", D.CZ_INC), ("二、政府性基金预算财政拨款", 0), ("三、国有资本经营预算财政拨款", 0)]
    rgt = [("一、社会保障和就业支出", agg(D.CZ, "208", lambda v: v[2] + v[3])),
           ("二、卫生健康支出", agg(D.CZ, "210", lambda v: v[2] + v[3])),
           ("三、住房保障支出", agg(D.CZ, "221", lambda v: v[2] + v[3]))]
    for (a, av), (b, bv) in zip(lft, rgt):
        rows.append([T(a), R(av), T(b), R(bv), R(bv), R(0), R(0)])
    rows.append([T("本年收入合计", 1, "c"), R(D.CZ_INC), T("本年支出合计", 1, "c"), R(D.CZ_TOTAL), R(D.CZ_TOTAL), R(0), R(0)])
    rows.append([T("年初财政拨款结转和结余", 1, "c"), R(D.CZ_NIANCHU), T("年末财政拨款结转和结余", 1, "c"), R(D.CZ_NIANMO),
                 R(D.CZ_NIANMO), R(0), R(0)])
    g = D.CZ_INC + D.CZ_NIANCHU
    rows.append([T("总计", 1, "c"), R(g), T("总计", 1, "c"), R(g), R(g), R(0), R(0)])
    out.append(table_page("财政拨款收入支出决算总表", "公开04表", "单位：万元", widths, rows))

    # 5 一般公共预算财政拨款支出决算表
    widths = [235, 75, 75, 80, 75, 75, 85]
    nc = sum(v[0] for v in D.CZ.values())
    tz = sum(v[1] for v in D.CZ.values())
    rows = [[T("科目编码及名称", 1, "c"), T("年初预算数", 1, "c"), T("调整预算数", 1, "c"), T("决算数", 3, "c"),
             T("决算数为调整\n预算数的%", 1, "c")],
            [T("", 1, "c"), T("", 1, "c"), T("", 1, "c"), T("合计", 1, "c"), T("基本支出", 1, "c"), T("项目支出", 1, "c"),
             T("", 1, "c")],
            [T("合计", 1, "c"), R(nc), R(tz), R(D.CZ_TOTAL), R(D.CZ_JIBEN), R(D.CZ_XIANGMU),
             T(pct(D.CZ_TOTAL, tz), 1, "r")]]
    for code in subject_rows():
        a = agg(D.CZ, code, lambda v: v[0])
        b = agg(D.CZ, code, lambda v: v[1])
        j = agg(D.CZ, code, lambda v: v[2])
        x = agg(D.CZ, code, lambda v: v[3])
        rows.append([T(L(code)), R(a), R(b), R(j + x), R(j), R(x), T(pct(j + x, b), 1, "r")])
    out.append(table_page("一般公共预算财政拨款支出决算表", "公开05表", "单位：万元", widths, rows))

    # 6 一般公共预算财政拨款基本支出决算表: 人员经费 | 公用经费 side by side
    widths = [55, 180, 85, 55, 180, 85]
    rows = [[T("人员经费", 3, "c"), T("公用经费", 3, "c")],
            [T("科目编码", 1, "c"), T("科目名称", 1, "c"), T("决算数", 1, "c"), T("科目编码", 1, "c"), T("科目名称", 1, "c"),
             T("决算数", 1, "c")]]
    n = max(len(D.RENYUAN), len(D.GONGYONG))
    for i in range(n):
        a = D.RENYUAN[i] if i < len(D.RENYUAN) else None
        b = D.GONGYONG[i] if i < len(D.GONGYONG) else None
        rows.append([T(a[0] if a else ""), T(a[1] if a else ""), R(a[2]) if a else T(""),
                     T(b[0] if b else ""), T(b[1] if b else ""), R(b[2]) if b else T("")])
    rows.append([T("人员经费合计", 2, "c"), R(D.RENYUAN_TOTAL), T("公用经费合计", 2, "c"), R(D.GONGYONG_TOTAL)])
    out.append(table_page("一般公共预算财政拨款基本支出决算表", "公开06表", "单位：万元", widths, rows,
                          note=f"注：本表反映一般公共预算财政拨款基本支出，人员经费与公用经费合计{wc(D.CZ_JIBEN)}万元。"))

    # 7 三公 (元)
    widths = [70, 95, 100, 100, 100, 110, 95]
    rows = [[T("项目", 1, "c"), T("合计", 1, "c"), T("因公出国（境）费", 1, "c"), T("公务用车购置及运行维护费", 3, "c"),
             T("公务接待费", 1, "c")],
            [T("", 1, "c"), T("", 1, "c"), T("", 1, "c"), T("小计", 1, "c"), T("公务用车购置费", 1, "c"),
             T("公务用车运行维护费", 1, "c"), T("", 1, "c")]]
    S = D.SANGONG
    for k, lab in ((0, "预算数"), (1, "决算数")):
        ch = S["公务用车购置费"][k] + S["公务用车运行维护费"][k]
        rows.append([T(lab, 1, "c"), T(f"{D.SANGONG_TOTAL[k]:,.2f}", 1, "r"), T(f"{S['因公出国（境）费'][k]:,.2f}", 1, "r"),
                     T(f"{ch:,.2f}", 1, "r"), T(f"{S['公务用车购置费'][k]:,.2f}", 1, "r"),
                     T(f"{S['公务用车运行维护费'][k]:,.2f}", 1, "r"), T(f"{S['公务接待费'][k]:,.2f}", 1, "r")])
    out.append(table_page("财政拨款“三公”经费支出决算表", "公开07表", "单位：元", widths, rows))

    # 8 政府性基金 (empty)
    widths = [200, 90, 90, 90, 90, 90, 90]
    rows = [[T("科目编码及名称", 1, "c"), T("年初结转\n和结余", 1, "c"), T("本年收入", 1, "c"), T("本年支出", 3, "c"),
             T("年末结转\n和结余", 1, "c")],
            [T(""), T(""), T(""), T("小计", 1, "c"), T("基本支出", 1, "c"), T("项目支出", 1, "c"), T("")],
            [T("合计", 1, "c"), T(""), T(""), T(""), T(""), T(""), T("")]]
    out.append(table_page("政府性基金预算财政拨款收入支出决算表", "公开08表", "单位：万元", widths, rows,
                          note="注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。"))

    # 9 国有资本经营 (empty)
    widths = [260, 110, 110, 110]
    rows = [[T("科目编码及名称", 1, "c"), T("年初预算数", 1, "c"), T("调整预算数", 1, "c"), T("决算数", 1, "c")],
            [T("合计", 1, "c"), T(""), T(""), T("")]]
    out.append(table_page("国有资本经营预算财政拨款支出决算表", "公开09表", "单位：万元", widths, rows,
                          note="注：本单位2024年度无国有资本经营预算财政拨款支出，故本表为空表。"))
    return out


def build():
    D.check()
    pages = prose_pages()
    tp = tables()
    n0 = len(pages)
    for i, p in enumerate(tp, n0 + 1):
        s = f"第 {i} 页"
        p.text((LW - text_width(s, 9)) / 2, 24, s, 9)
    write_pdf(OUT, pages + tp, title=f"{D.ORG}{D.YEAR}年度单位决算", creator="WPS 表格")
    print("wrote", os.path.basename(OUT), len(pages), "portrait +", len(tp), "landscape pages")


if __name__ == "__main__":
    build()
