#!/usr/bin/env python3
"""Build docs/E-yunxi-zjj-2024-bmjs.pdf: 榄州市芸溪区住房和城乡建设局2024年度部门决算 (invented).

Portrait A4, text layer (reportlab platypus, WenQuanYi Micro Hei embedded).  Tables 附表1-1 … 附表1-10
in 元 with thousands separators, columns 年初预算数 / 调整预算数 / 决算数 / 完成率(%); 「单位：元」 under
each title at the left; long tables run onto the next page with their header rows repeated.  The
prose (第三部分) is in 万元 rounded to two decimals.  All figures come from e_data.py.
The one planted inconsistency is PLANT below.
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e_data as E  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-yunxi-zjj-2024-bmjs.pdf")

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "WQY"

ST = {
    "cover1": ParagraphStyle("c1", fontName=F, fontSize=22, leading=34, alignment=TA_CENTER),
    "cover2": ParagraphStyle("c2", fontName=F, fontSize=26, leading=40, alignment=TA_CENTER),
    "cover3": ParagraphStyle("c3", fontName=F, fontSize=14, leading=22, alignment=TA_CENTER),
    "h1": ParagraphStyle("h1", fontName=F, fontSize=15, leading=24, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName=F, fontSize=12, leading=20, spaceBefore=6, spaceAfter=2),
    "h3": ParagraphStyle("h3", fontName=F, fontSize=11, leading=18, spaceBefore=2),
    "p": ParagraphStyle("p", fontName=F, fontSize=10.5, leading=18, firstLineIndent=21, alignment=TA_LEFT),
    "toc": ParagraphStyle("toc", fontName=F, fontSize=10.5, leading=19),
    "toc2": ParagraphStyle("toc2", fontName=F, fontSize=10.5, leading=19, leftIndent=21),
    "ttitle": ParagraphStyle("tt", fontName=F, fontSize=12.5, leading=20, alignment=TA_CENTER, spaceBefore=4),
    "unit": ParagraphStyle("un", fontName=F, fontSize=9, leading=14, alignment=TA_LEFT),
    "note": ParagraphStyle("nt", fontName=F, fontSize=8.5, leading=13, alignment=TA_LEFT, spaceBefore=3),
    "cell": ParagraphStyle("cl", fontName=F, fontSize=7.8, leading=10),
    "cellc": ParagraphStyle("clc", fontName=F, fontSize=7.8, leading=10, alignment=TA_CENTER),
    "cellr": ParagraphStyle("clr", fontName=F, fontSize=7.8, leading=10, alignment=TA_RIGHT),
}

D = E.check()
assert E.check_prose_sums()
T = D["T"]
Y = E.yuan
W = E.wan

# The planted inconsistency: 情况说明 五（三） gives 2210107 保障性住房租金补贴 as 312.46万元;
# 附表1-3, 附表1-5, 附表1-10 and 情况说明 十三 give 3,214,600.00元 (321.46万元).
PLANT = {"2210107_fin_wan": "312.46"}


def pct(a, b):
    if b == 0:
        return "0.00"
    v = (a * 20000 + b) // (2 * b)   # half up, 2 decimals
    return f"{v / 100:.2f}"


def rt(fin, adj):
    r = E.rate(fin, adj)
    return "—" if r is None else f"{r:.2f}"


AVAIL = A4[0] - 32 * mm - 12     # text width inside the frame (6 pt padding each side)
NUMTOK = re.compile(r"[0-9][0-9,.]*(?:万元|元|%|名|人次|人|辆|批次|个|户|平方米|台（套）|台|项|年度|年|月|日)?")


def tokens(s):
    """Atoms for line breaking: a number never splits from itself or its unit, closing punctuation
    stays with what precedes it, opening brackets stay with what follows."""
    out, i = [], 0
    while i < len(s):
        m = NUMTOK.match(s, i)
        if m:
            tok, i = m.group(), m.end()
        else:
            tok, i = s[i], i + 1
        while i < len(s) and s[i] in "，。；：、）”％%":
            tok += s[i]
            i += 1
        if out and out[-1] in ("（", "“"):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def wrap(text, st):
    style = ST[st]
    size = style.fontSize
    lines, cur, width = [], "", AVAIL - style.firstLineIndent - style.leftIndent - 1
    for tok in tokens(text):
        if cur and pdfmetrics.stringWidth(cur + tok, F, size) > width:
            lines.append(cur)
            cur, width = tok, AVAIL - style.leftIndent - 1
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return "<br/>".join(x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for x in lines)


def P(text, st="p"):
    if st in ("p", "note"):
        return Paragraph(wrap(text, st), ST[st])
    return Paragraph(text, ST[st])


def C(text, st="cell"):
    return Paragraph(str(text), ST[st])


def table_block(no, title, header_rows, body, widths, note=None, name_cols=(1,), num_from=2):
    """Title line, 单位：元 line under it at the left, then the table (header repeated)."""
    out = [P(f"附表{no}　{title}", "ttitle"), P("单位：元", "unit")]
    data = []
    for r in header_rows:
        data.append([C(x, "cellc") if isinstance(x, str) else x for x in r])
    for r in body:
        row = []
        for i, x in enumerate(r):
            if x is None:
                row.append("")
            elif i >= num_from:
                row.append(C(x, "cellr"))
            else:
                row.append(C(x))
        data.append(row)
    t = Table(data, colWidths=widths, repeatRows=len(header_rows))
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, len(header_rows) - 1), colors.Color(0.92, 0.92, 0.92)),
    ]
    t.setStyle(TableStyle(style + getattr(t, "_extra", [])))
    out.append(t)
    if note:
        out.append(P(note, "note"))
    return out, t


def code_rows(codes_vals, fmt):
    """codes_vals: code -> tuple; returns rows for 类/款/项 with sums."""
    rows = []
    names = E.CODE_NAMES
    leaf = sorted(c for c in codes_vals if len(c) == 7)
    lei = sorted({c[:3] for c in leaf})
    for l3 in lei:
        ks = sorted({c[:5] for c in leaf if c.startswith(l3)})
        sub = [c for c in leaf if c.startswith(l3)]
        rows.append(fmt(l3, names[l3], [sum(codes_vals[c][i] for c in sub) for i in range(len(codes_vals[sub[0]]))]))
        for k5 in ks:
            sub5 = [c for c in leaf if c.startswith(k5)]
            rows.append(fmt(k5, "　" + names[k5], [sum(codes_vals[c][i] for c in sub5) for i in range(len(codes_vals[sub5[0]]))]))
            for c in sub5:
                rows.append(fmt(c, "　　" + names[c], list(codes_vals[c])))
    return rows


def lei_of(code):
    return code[:3]


# ------------------------------------------------------------------ content
def cover():
    return [Spacer(1, 60 * mm), P(E.ORG, "cover1"), Spacer(1, 8 * mm), P("2024年度部门决算", "cover2"),
            Spacer(1, 90 * mm), P("榄州市芸溪区住房和城乡建设局　编", "cover3"), P("二〇二五年八月", "cover3"), PageBreak()]


def toc():
    items = [
        ("第一部分　部门概况", 0), ("一、部门职责", 1), ("二、机构设置及决算单位构成", 1), ("三、人员情况", 1),
        ("第二部分　2024年度部门决算表", 0),
        ("附表1-1　收入支出决算总表", 1), ("附表1-2　收入决算表", 1), ("附表1-3　支出决算表", 1),
        ("附表1-4　财政拨款收入支出决算总表", 1), ("附表1-5　一般公共预算财政拨款支出决算表", 1),
        ("附表1-6　一般公共预算财政拨款基本支出决算表", 1), ("附表1-7　一般公共预算财政拨款“三公”经费支出决算表", 1),
        ("附表1-8　政府性基金预算财政拨款收入支出决算表", 1), ("附表1-9　国有资本经营预算财政拨款支出决算表", 1),
        ("附表1-10　项目支出决算表", 1),
        ("第三部分　2024年度部门决算情况说明", 0),
        ("一、收入支出决算总体情况说明", 1), ("二、收入决算情况说明", 1), ("三、支出决算情况说明", 1),
        ("四、财政拨款收入支出决算总体情况说明", 1), ("五、一般公共预算财政拨款支出决算情况说明", 1),
        ("六、一般公共预算财政拨款基本支出决算情况说明", 1), ("七、一般公共预算财政拨款“三公”经费支出决算情况说明", 1),
        ("八、政府性基金预算财政拨款支出决算情况说明", 1), ("九、国有资本经营预算财政拨款支出决算情况说明", 1),
        ("十、机关运行经费支出情况说明", 1), ("十一、政府采购支出情况说明", 1), ("十二、国有资产占用情况说明", 1),
        ("十三、预算绩效情况说明", 1),
        ("第四部分　名词解释", 0),
    ]
    out = [P("目　录", "h1")]
    for t, lvl in items:
        out.append(P(t, "toc2" if lvl else "toc"))
    out.append(PageBreak())
    return out


def part1():
    U = E.UNITS
    out = [P("第一部分　部门概况", "h1"), P("一、部门职责", "h2")]
    duties = [
        "贯彻执行国家、省、市关于住房和城乡建设的方针政策和法律法规，拟订全区住房和城乡建设发展规划和政策措施并组织实施。",
        "承担全区保障城镇低收入家庭住房的责任，组织实施公共租赁住房、保障性住房租金补贴和老旧小区改造等工作。",
        "承担规范全区房地产市场秩序、监督管理房地产市场的责任，负责物业服务行业监督管理。",
        "监督管理全区建筑市场，承担建筑工程质量安全监管的责任，组织实施房屋建筑和市政基础设施工程质量安全监督。",
        "负责城区市政道路、排水设施和园林绿化的管理养护，组织实施城市更新片区基础设施建设。",
        "负责农村危房改造的组织实施和监督管理。",
        "完成区委、区政府交办的其他任务。",
    ]
    for i, d in enumerate(duties, 1):
        out.append(P(f"{i}.{d}"))
    out.append(P("二、机构设置及决算单位构成", "h2"))
    out.append(P("榄州市芸溪区住房和城乡建设局为区人民政府工作部门，局机关内设办公室、规划建设股、住房保障股、建筑市场监管股、"
                 "房地产和物业管理股、财务审计股6个股室。"))
    out.append(P("纳入本部门2024年度部门决算编制范围的单位共4个，包括：榄州市芸溪区住房和城乡建设局（本级，行政单位）；"
                 "榄州市芸溪区建设工程质量安全监督站（参照公务员法管理的事业单位）；榄州市芸溪区住房保障服务中心（公益一类事业单位）；"
                 "榄州市芸溪区市政园林服务中心（公益二类事业单位）。"))
    out.append(P("三、人员情况", "h2"))
    tb = sum(E.BIANZHI.values()); ts = sum(E.SHIYOU.values())
    out.append(P(f"截至2024年12月31日，本部门核定编制{tb}名，其中：局本级行政编制{E.BIANZHI['U1']}名，"
                 f"质量安全监督站参照公务员法管理事业编制{E.BIANZHI['U2']}名，住房保障服务中心事业编制{E.BIANZHI['U3']}名，"
                 f"市政园林服务中心事业编制{E.BIANZHI['U4']}名。实有在职人员{ts}人，其中：局本级{E.SHIYOU['U1']}人，"
                 f"质量安全监督站{E.SHIYOU['U2']}人，住房保障服务中心{E.SHIYOU['U3']}人，市政园林服务中心{E.SHIYOU['U4']}人；"
                 f"离退休人员{E.LITUIXIU}人。"))
    out.append(PageBreak())
    return out


def tables():
    out = [P("第二部分　2024年度部门决算表", "h1")]
    gp_proj_ini = sum(p["ini"] for p in D["proj"].values() if p["fund"] == "gp")
    gp_proj_adj = sum(p["adj"] for p in D["proj"].values() if p["fund"] == "gp")
    gf_ini, gf_adj = T["gf_ini"], T["gf_adj"]
    sy_ini, sy_adj = E.P6_SHIYE_BUDGET
    qt_ini, qt_adj = E.QITA_BUDGET
    inc_gp_ini = T["gp_ini"]
    inc_gp_adj = T["gp_adj"] - T["cin_gp"]
    inc_ini = inc_gp_ini + gf_ini + sy_ini + qt_ini
    inc_adj = inc_gp_adj + gf_adj + sy_adj + qt_adj
    bas_ini = T["gp_basic_ini"] + qt_ini
    bas_adj = T["gp_basic_adj"] + qt_adj
    pro_ini = gp_proj_ini + gf_ini + sy_ini
    pro_adj = gp_proj_adj + gf_adj + sy_adj
    assert inc_ini == bas_ini + pro_ini
    assert inc_adj + T["cin"] == bas_adj + pro_adj
    E.BUDGET_TOTALS = dict(inc_ini=inc_ini, inc_adj=inc_adj, bas_ini=bas_ini, bas_adj=bas_adj, pro_ini=pro_ini,
                           pro_adj=pro_adj, inc_gp_adj=inc_gp_adj)

    # 附表1-1
    H = [["项目", "行次", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    r = lambda name, ln, a, b, c: [name, str(ln), Y(a) if a is not None else "—", Y(b) if b is not None else "—", Y(c),
                                   rt(c, b) if b is not None else "—"]
    body = [
        ["收入", "", "", "", "", ""],
        r("一、一般公共预算财政拨款收入", 1, inc_gp_ini, inc_gp_adj, T["inc_gp"]),
        r("二、政府性基金预算财政拨款收入", 2, gf_ini, gf_adj, T["inc_gf"]),
        r("三、国有资本经营预算财政拨款收入", 3, 0, 0, 0),
        r("四、事业收入", 4, sy_ini, sy_adj, T["inc_sy"]),
        r("五、经营收入", 5, 0, 0, 0),
        r("六、其他收入", 6, qt_ini, qt_adj, T["inc_qt"]),
        r("本年收入合计", 7, inc_ini, inc_adj, T["income"]),
        r("年初结转和结余", 8, None, T["cin"], T["cin"]),
        r("收入总计", 9, None, inc_adj + T["cin"], T["total"]),
        ["支出", "", "", "", "", ""],
        r("一、基本支出", 10, bas_ini, bas_adj, T["basic"]),
        r("二、项目支出", 11, pro_ini, pro_adj, T["project"]),
        r("三、经营支出", 12, 0, 0, 0),
        r("本年支出合计", 13, bas_ini + pro_ini, bas_adj + pro_adj, T["expend"]),
        r("年末结转和结余", 14, None, None, T["cout"]),
        r("支出总计", 15, None, bas_adj + pro_adj, T["total"]),
    ]
    for row in body:
        if row[0] in ("本年收入合计", "收入总计", "本年支出合计", "支出总计", "年初结转和结余", "年末结转和结余") and row[5] == "—":
            pass
    # 年初结转 rate and totals: show rate only for 本年 rows
    body[8][5] = "—"; body[9][5] = "—"; body[15][5] = "—"; body[16][5] = "—"
    blk, _ = table_block("1-1", "收入支出决算总表", H, body, [150, 28, 78, 78, 78, 52],
                         note="注：本表反映本部门2024年度全部收入和支出情况。年初结转和结余、年末结转和结余不计算完成率。")
    out += blk
    out.append(Spacer(1, 6 * mm))

    # 附表1-2 收入决算表 (by unit)
    H = [["单位名称", "年初结转和结余", "本年收入合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入"]]
    body = [["合计", Y(T["cin"]), Y(T["income"]), Y(T["inc_gp"]), Y(T["inc_gf"]), Y(T["inc_sy"]), Y(T["inc_qt"])]]
    for u, name in E.UNITS.items():
        v = D["unit"][u]
        body.append([name, Y(v["cin"]), Y(v["income"]), Y(v["inc_gp"]), Y(v["inc_gf"]), Y(v["inc_sy"]), Y(v["inc_qt"])])
    blk, _ = table_block("1-2", "收入决算表", H, body, [146, 59, 59, 59, 59, 59, 59], num_from=1)
    out += blk
    out.append(PageBreak())

    # 附表1-3 支出决算表 (all funds, function codes)
    H = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]]
    fmt = lambda code, name, v: [code, name, Y(v[0] + v[1]), Y(v[0]), Y(v[1])]
    rows = code_rows(D["all_code"], fmt)
    body = [["", "合计", Y(T["expend"]), Y(T["basic"]), Y(T["project"])]] + rows
    blk, _ = table_block("1-3", "支出决算表", H, body, [58, 190, 85, 80, 85])
    out += blk
    out.append(Spacer(1, 6 * mm))

    # 附表1-4 财政拨款收入支出决算总表
    H = [["项目", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    cz = {}
    for code, v in D["gp_code"].items():
        l = lei_of(code); cz.setdefault(l, [0, 0, 0])
        for i in range(3):
            cz[l][i] += v[i]
    for code, v in D["gf_code"].items():
        l = lei_of(code); cz.setdefault(l, [0, 0, 0])
        for i in range(3):
            cz[l][i] += v[i]
    r4 = lambda name, a, b, c, showr=True: [name, Y(a) if a is not None else "—", Y(b) if b is not None else "—", Y(c),
                                            rt(c, b) if (showr and b) else "—"]
    czbk_ini = T["gp_ini"] + T["gf_ini"]
    czbk_adj = T["gp_adj"] + T["gf_adj"]
    E.BUDGET_TOTALS.update(czbk_ini=czbk_ini, czbk_adj=czbk_adj)
    body = [
        ["收入", "", "", "", ""],
        r4("一、一般公共预算财政拨款", T["gp_ini"], inc_gp_adj, T["inc_gp"]),
        r4("二、政府性基金预算财政拨款", T["gf_ini"], T["gf_adj"], T["inc_gf"]),
        r4("三、国有资本经营预算财政拨款", 0, 0, 0),
        r4("本年收入合计", czbk_ini, inc_gp_adj + T["gf_adj"], T["czbk_inc"]),
        r4("年初财政拨款结转和结余", None, T["cin"], T["cin"], False),
        r4("　一般公共预算财政拨款", None, T["cin_gp"], T["cin_gp"], False),
        r4("　政府性基金预算财政拨款", None, T["cin_gf"], T["cin_gf"], False),
        r4("收入总计", None, czbk_adj, T["czbk_inc"] + T["cin"], False),
        ["支出", "", "", "", ""],
    ]
    for l in sorted(cz):
        body.append(r4(f"{E.CODE_NAMES[l]}", cz[l][0], cz[l][1], cz[l][2]))
    body += [
        r4("本年支出合计", czbk_ini, czbk_adj, T["czbk_exp"]),
        r4("年末财政拨款结转和结余", None, None, T["cout"], False),
        r4("　一般公共预算财政拨款", None, None, T["cout_gp"], False),
        r4("　政府性基金预算财政拨款", None, None, T["cout_gf"], False),
        r4("支出总计", None, czbk_adj, T["czbk_exp"] + T["cout"], False),
    ]
    assert T["czbk_inc"] + T["cin"] == T["czbk_exp"] + T["cout"]
    assert sum(v[2] for v in cz.values()) == T["czbk_exp"]
    assert inc_gp_adj + T["gf_adj"] + T["cin"] == czbk_adj
    blk, _ = table_block("1-4", "财政拨款收入支出决算总表", H, body, [170, 82, 82, 82, 50])
    out += blk
    out.append(PageBreak())

    # 附表1-5 一般公共预算财政拨款支出决算表
    H = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    fmt = lambda code, name, v: [code, name, Y(v[0]), Y(v[1]), Y(v[2]), rt(v[2], v[1])]
    rows = code_rows(D["gp_code"], fmt)
    body = [["", "合计", Y(T["gp_ini"]), Y(T["gp_adj"]), Y(T["gp_exp"]), rt(T["gp_exp"], T["gp_adj"])]] + rows
    blk, _ = table_block("1-5", "一般公共预算财政拨款支出决算表", H, body, [52, 160, 78, 78, 78, 46],
                         note="注：本表按支出功能分类科目列示，含使用上年结转资金安排的支出；附表1-5至附表1-8仅反映财政拨款资金，不含事业收入、其他收入安排的支出。")
    out += blk
    out.append(Spacer(1, 8 * mm))

    # 附表1-6 基本支出 by 经济分类
    H = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    body = []
    econ = D["econ"]
    tot = [T["gp_basic_ini"], T["gp_basic_adj"], T["gp_basic"]]
    body.append(["", "合计", Y(tot[0]), Y(tot[1]), Y(tot[2]), rt(tot[2], tot[1])])
    for k, name in E.ECON_NAMES.items():
        if len(k) == 3:
            sub = [e for e in econ if e.startswith(k)]
            v = [sum(econ[e][i] for e in sub) for i in range(3)]
            body.append([k, name, Y(v[0]), Y(v[1]), Y(v[2]), rt(v[2], v[1])])
        elif k in econ:
            v = econ[k]
            body.append([k, "　" + name, Y(v[0]), Y(v[1]), Y(v[2]), rt(v[2], v[1])])
    body.append(["", "其中：人员经费", "", "", Y(T["renyuan"]), ""])
    body.append(["", "　　　公用经费", "", "", Y(T["gongyong"]), ""])
    blk, _ = table_block("1-6", "一般公共预算财政拨款基本支出决算表", H, body, [52, 160, 78, 78, 78, 46],
                         note="注：人员经费为工资福利支出和对个人和家庭的补助；公用经费为商品和服务支出。")
    out += blk
    out.append(PageBreak())

    # 附表1-7 三公
    H = [["项目", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    body = [
        ["合计", Y(T["sg_ini"]), Y(T["sg_adj"]), Y(T["sg"]), rt(T["sg"], T["sg_adj"])],
        ["1.因公出国（境）费", Y(0), Y(0), Y(0), "—"],
        ["2.公务用车购置及运行维护费", Y(T["sg_che_ini"]), Y(T["sg_che_adj"]), Y(T["sg_che"]), rt(T["sg_che"], T["sg_che_adj"])],
        ["　（1）公务用车购置费", Y(0), Y(0), Y(0), "—"],
        ["　（2）公务用车运行维护费", Y(T["sg_che_ini"]), Y(T["sg_che_adj"]), Y(T["sg_che"]), rt(T["sg_che"], T["sg_che_adj"])],
        ["3.公务接待费", Y(T["sg_jd_ini"]), Y(T["sg_jd_adj"]), Y(T["sg_jd"]), rt(T["sg_jd"], T["sg_jd_adj"])],
    ]
    blk, _ = table_block("1-7", "一般公共预算财政拨款“三公”经费支出决算表", H, body, [170, 82, 82, 82, 50], num_from=1)
    out += blk
    stat = Table([[C("统计项目", "cellc"), C("数量", "cellc")],
                  [C("因公出国（境）团组数（个）"), C("0", "cellr")],
                  [C("因公出国（境）人次数（人次）"), C("0", "cellr")],
                  [C("公务用车购置数（辆）"), C("0", "cellr")],
                  [C("公务用车保有量（辆）"), C(str(sum(E.CARS.values())), "cellr")],
                  [C("国内公务接待批次（批次）"), C(str(E.JIEDAI_PICI), "cellr")],
                  [C("国内公务接待人次（人次）"), C(str(E.JIEDAI_RENCI), "cellr")]],
                 colWidths=[170, 82])
    stat.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]))
    out += [Spacer(1, 3 * mm), P("“三公”经费统计数", "unit"), stat, Spacer(1, 8 * mm)]

    # 附表1-8 政府性基金
    H = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    fmt = lambda code, name, v: [code, name, Y(v[0]), Y(v[1]), Y(v[2]), rt(v[2], v[1])]
    rows = code_rows(D["gf_code"], fmt)
    body = [["", "合计", Y(T["gf_ini"]), Y(T["gf_adj"]), Y(T["gf_proj"]), rt(T["gf_proj"], T["gf_adj"])]] + rows
    blk, _ = table_block("1-8", "政府性基金预算财政拨款收入支出决算表", H, body, [52, 160, 78, 78, 78, 46],
                         note=f"注：2024年度政府性基金预算财政拨款年初结转和结余{Y(T['cin_gf'])}元，本年收入{Y(T['inc_gf'])}元，"
                              f"本年支出{Y(T['gf_proj'])}元，年末结转和结余{Y(T['cout_gf'])}元。")
    out += blk
    out.append(Spacer(1, 8 * mm))

    # 附表1-9 国有资本经营 (empty)
    H = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    body = [["", "合计", "0.00", "0.00", "0.00", "—"]]
    blk, _ = table_block("1-9", "国有资本经营预算财政拨款支出决算表", H, body, [52, 160, 78, 78, 78, 46],
                         note="注：本部门2024年度无国有资本经营预算财政拨款支出，本表为空表。")
    out += blk
    out.append(PageBreak())

    # 附表1-10 项目支出决算表
    H = [["项目名称", "实施单位", "资金性质", "年初预算数", "调整预算数", "决算数", "完成率(%)"]]
    fundname = {"gp": "一般公共预算", "gf": "政府性基金预算"}
    body = [["合计", "", "", Y(pro_ini), Y(pro_adj), Y(T["project"]), rt(T["project"], pro_adj)]]
    for pid, p in D["proj"].items():
        body.append([p["name"], E.UNIT_SHORT[p["unit"]], fundname[p["fund"]], Y(p["ini"]), Y(p["adj"]), Y(p["fin"]),
                     rt(p["fin"], p["adj"])])
        if pid == "P6":
            body.append([p["name"], E.UNIT_SHORT[p["unit"]], "事业收入", Y(sy_ini), Y(sy_adj), Y(E.P6_SHIYE),
                         rt(E.P6_SHIYE, sy_adj)])
    assert pro_ini == sum(p["ini"] for p in D["proj"].values()) + sy_ini
    blk, _ = table_block("1-10", "项目支出决算表", H, body, [130, 68, 60, 62, 62, 62, 44], num_from=3,
                         note="注：老旧小区改造配套资金调整预算数含上年结转资金1,850,000.00元。")
    out += blk
    out.append(PageBreak())
    return out


def part3():
    U = D["unit"]
    B = E.BUDGET_TOTALS
    PV = E.PREV
    out = [P("第三部分　2024年度部门决算情况说明", "h1")]
    # 一
    inc_d = T["income"] - PV["income"]; exp_d = T["expend"] - PV["expend"]
    out.append(P("一、收入支出决算总体情况说明", "h2"))
    out.append(P(f"2024年度收入总计{W(T['total'])}万元、支出总计{W(T['total'])}万元。与2023年度相比，本年收入合计{W(T['income'])}万元，"
                 f"增加{W(inc_d)}万元，增长{pct(inc_d, PV['income'])}%；本年支出合计{W(T['expend'])}万元，增加{W(exp_d)}万元，"
                 f"增长{pct(exp_d, PV['expend'])}%。主要变动原因：一是城市更新片区基础设施建设项目全面开工，政府性基金预算财政拨款支出增加；"
                 f"二是老旧小区改造纳入区民生实事项目，改造范围由6个小区扩大至11个小区，配套资金相应增加。"))
    # 二
    out.append(P("二、收入决算情况说明", "h2"))
    out.append(P(f"本年收入合计{W(T['income'])}万元，其中：一般公共预算财政拨款收入{W(T['inc_gp'])}万元，占{pct(T['inc_gp'], T['income'])}%；"
                 f"政府性基金预算财政拨款收入{W(T['inc_gf'])}万元，占{pct(T['inc_gf'], T['income'])}%；"
                 f"事业收入{W(T['inc_sy'])}万元，占{pct(T['inc_sy'], T['income'])}%，为市政园林服务中心收取的绿化养护服务收入；"
                 f"其他收入{W(T['inc_qt'])}万元，占{pct(T['inc_qt'], T['income'])}%。"
                 f"此外，年初结转和结余{W(T['cin'])}万元，为上年结转的老旧小区改造配套资金。"))
    # 三
    out.append(P("三、支出决算情况说明", "h2"))
    out.append(P(f"本年支出合计{W(T['expend'])}万元，其中：基本支出{W(T['basic'])}万元，占{pct(T['basic'], T['expend'])}%，"
                 f"主要用于保障在职和离退休人员工资福利以及机构正常运转；项目支出{W(T['project'])}万元，占{pct(T['project'], T['expend'])}%，"
                 f"主要用于老旧小区改造、城市更新片区基础设施建设、城区园林绿化养护、保障性住房租金补贴等。"
                 f"分单位看，局本级支出{W(U['U1']['expend'])}万元，质量安全监督站支出{W(U['U2']['expend'])}万元，"
                 f"住房保障服务中心支出{W(U['U3']['expend'])}万元，市政园林服务中心支出{W(U['U4']['expend'])}万元。"
                 f"年末结转和结余{W(T['cout'])}万元，其中一般公共预算财政拨款{W(T['cout_gp'])}万元，政府性基金预算财政拨款{W(T['cout_gf'])}万元，"
                 f"主要为跨年度实施的老旧小区改造和城市更新片区基础设施建设项目资金。"))
    # 四
    cz_d = T["czbk_exp"] - PV["czbk"]
    out.append(P("四、财政拨款收入支出决算总体情况说明", "h2"))
    out.append(P(f"2024年度财政拨款收入总计{W(T['czbk_inc'] + T['cin'])}万元，支出总计{W(T['czbk_exp'] + T['cout'])}万元。"
                 f"本年财政拨款支出{W(T['czbk_exp'])}万元，与2023年度相比增加{W(cz_d)}万元，增长{pct(cz_d, PV['czbk'])}%，"
                 f"主要原因是政府性基金安排的城市更新片区基础设施建设支出和一般公共预算安排的老旧小区改造支出增加。"
                 f"与调整预算相比，财政拨款支出完成调整预算{W(B['czbk_adj'])}万元的{pct(T['czbk_exp'], B['czbk_adj'])}%。"))
    # 五
    gp_d = T["gp_exp"] - PV["gp"]
    out.append(P("五、一般公共预算财政拨款支出决算情况说明", "h2"))
    out.append(P("（一）一般公共预算财政拨款支出决算总体情况", "h3"))
    out.append(P(f"2024年度一般公共预算财政拨款支出{W(T['gp_exp'])}万元，占本年支出合计的{pct(T['gp_exp'], T['expend'])}%。"
                 f"与2023年度相比，一般公共预算财政拨款支出增加{W(gp_d)}万元，增长{pct(gp_d, PV['gp'])}%。"
                 f"年初预算为{W(T['gp_ini'])}万元，调整预算为{W(T['gp_adj'])}万元，支出决算完成调整预算的{pct(T['gp_exp'], T['gp_adj'])}%。"
                 f"调整预算比年初预算增加，主要是年中追加保障性住房租金补贴、农村危房改造补助资金以及使用上年结转的老旧小区改造配套资金。"))
    out.append(P("（二）一般公共预算财政拨款支出决算结构情况", "h3"))
    lei = {}
    for c, v in D["gp_code"].items():
        lei.setdefault(c[:3], 0); lei[c[:3]] += v[2]
    parts = "；".join(f"{E.CODE_NAMES[l]}{W(v)}万元，占{pct(v, T['gp_exp'])}%" for l, v in sorted(lei.items()))
    out.append(P(f"2024年度一般公共预算财政拨款支出{W(T['gp_exp'])}万元，主要用于以下方面：{parts}。"))
    out.append(P("（三）一般公共预算财政拨款支出决算具体情况", "h3"))
    reasons = {
        "2080501": "决算数与调整预算数持平。",
        "2080502": "决算数与调整预算数持平。",
        "2080505": "决算数与调整预算数持平，调整预算比年初预算增加的主要原因是缴费基数调整。",
        "2080506": "决算数与调整预算数持平。",
        "2101101": "决算数与调整预算数持平。",
        "2101102": "决算数与调整预算数持平。",
        "2101103": "决算数与调整预算数持平。",
        "2120101": "决算数小于调整预算数的主要原因是厉行节约，压减公务用车运行维护费和公务接待费等一般性支出。",
        "2120102": "决算数小于调整预算数的主要原因是信息化监管平台运维服务按合同约定的实际工作量结算。",
        "2120106": "决算数小于调整预算数的主要原因是部分监督检测项目按实际检测量结算。",
        "2120109": "调整预算比年初预算减少的主要原因是物业管理培训改为线上开展，决算数小于调整预算数的主要原因是厉行节约。",
        "2120199": "决算数小于调整预算数的主要原因是厉行节约，压减一般性支出。",
        "2120399": "主要用于城区市政道路及设施维护和城区园林绿化养护，调整预算比年初预算减少的主要原因是部分道路维护任务调整至城市更新片区项目实施。",
        "2210105": "决算数与调整预算数持平，调整预算比年初预算增加的主要原因是年中追加上级农村危房改造补助资金。",
        "2210107": "决算数小于调整预算数的主要原因是部分保障对象年中退出保障，未支付部分结转下年使用。",
        "2210108": "调整预算含上年结转资金185.00万元；决算数小于调整预算数的主要原因是部分小区改造工程跨年度实施，未支付部分结转下年使用。",
        "2210201": "决算数与调整预算数持平。",
    }
    i = 0
    for c in sorted(D["gp_code"]):
        v = D["gp_code"][c]
        i += 1
        l3, k5 = c[:3], c[:5]
        fin_w = W(v[2])
        if c == "2210107":
            fin_w = PLANT["2210107_fin_wan"]
        out.append(P(f"{i}.{E.CODE_NAMES[l3]}（类）{E.CODE_NAMES[k5]}（款）{E.CODE_NAMES[c]}（项）：年初预算为{W(v[0])}万元，"
                     f"调整预算为{W(v[1])}万元，支出决算为{fin_w}万元，完成调整预算的{rt(v[2], v[1])}%。{reasons[c]}"))
    # 六
    out.append(P("六、一般公共预算财政拨款基本支出决算情况说明", "h2"))
    out.append(P(f"2024年度一般公共预算财政拨款基本支出{W(T['gp_basic'])}万元，其中：人员经费{W(T['renyuan'])}万元，"
                 f"主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
                 f"公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、生活补助；公用经费{W(T['gongyong'])}万元，"
                 f"主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、"
                 f"公务用车运行维护费、其他交通费用、其他商品和服务支出。与2023年度相比，基本支出（含其他收入安排的基本支出）"
                 f"{W(T['basic'])}万元，增加{W(T['basic'] - PV['basic'])}万元，增长{pct(T['basic'] - PV['basic'], PV['basic'])}%，"
                 f"主要原因是人员正常晋级晋档及缴费基数调整。"))
    # 七
    sg_prev = PV["sg_che"] + PV["sg_jd"]
    out.append(P("七、一般公共预算财政拨款“三公”经费支出决算情况说明", "h2"))
    out.append(P(f"（一）“三公”经费支出总体情况。2024年度一般公共预算财政拨款“三公”经费支出年初预算为{W(T['sg_ini'])}万元，"
                 f"调整预算为{W(T['sg_adj'])}万元，支出决算为{W(T['sg'])}万元，完成调整预算的{pct(T['sg'], T['sg_adj'])}%。"
                 f"决算数小于预算数的主要原因是认真贯彻落实中央八项规定精神和过“紧日子”要求，严格控制公务用车使用和公务接待。"
                 f"与2023年度相比减少{W(sg_prev - T['sg'])}万元，下降{pct(sg_prev - T['sg'], sg_prev)}%，"
                 f"主要原因是公务用车集中统一调度，燃料费和维修费减少，同时严格执行公务接待标准。"))
    out.append(P(f"（二）“三公”经费支出具体情况。1.因公出国（境）费支出决算为0万元，本部门2024年度未安排因公出国（境）团组。"
                 f"2.公务用车购置及运行维护费支出决算为{W(T['sg_che'])}万元，完成调整预算的{pct(T['sg_che'], T['sg_che_adj'])}%，"
                 f"比2023年度减少{W(PV['sg_che'] - T['sg_che'])}万元。其中：公务用车购置费0万元，2024年度未购置公务用车；"
                 f"公务用车运行维护费{W(T['sg_che'])}万元，主要用于建设工程质量安全监督检查、农村危房改造核查、市政设施巡查等工作所需"
                 f"公务用车的燃料费、维修费、过路过桥费、保险费等支出。截至2024年12月31日，本部门公务用车保有量{sum(E.CARS.values())}辆。"
                 f"3.公务接待费支出决算为{W(T['sg_jd'])}万元，完成调整预算的{pct(T['sg_jd'], T['sg_jd_adj'])}%，"
                 f"比2023年度减少{W(PV['sg_jd'] - T['sg_jd'])}万元，主要用于接待上级部门检查指导及兄弟县区考察住房保障、老旧小区改造工作，"
                 f"2024年度国内公务接待{E.JIEDAI_PICI}批次、{E.JIEDAI_RENCI}人次；无外事接待。"))
    # 八
    gf_d = T["gf_proj"] - PV["gf"]
    p9 = D["proj"]["P9"]; p10 = D["proj"]["P10"]
    out.append(P("八、政府性基金预算财政拨款支出决算情况说明", "h2"))
    out.append(P(f"2024年度政府性基金预算财政拨款收入{W(T['inc_gf'])}万元，支出{W(T['gf_proj'])}万元，年末结转和结余{W(T['cout_gf'])}万元。"
                 f"支出主要用于：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）{W(p9['fin'])}万元，"
                 f"用于城市更新片区基础设施建设；城乡社区支出（类）城市基础设施配套费安排的支出（款）城市公共设施（项）{W(p10['fin'])}万元，"
                 f"用于城市排水管网配套建设。与2023年度相比增加{W(gf_d)}万元，增长{pct(gf_d, PV['gf'])}%，主要原因是城市更新片区基础设施建设项目全面开工。"
                 f"政府性基金预算财政拨款支出完成调整预算的{pct(T['gf_proj'], T['gf_adj'])}%，年初预算{W(T['gf_ini'])}万元，"
                 f"调整预算{W(T['gf_adj'])}万元，调整预算比年初预算减少的主要原因是城市更新片区部分地块征收进度滞后，相应调减基础设施建设预算。"))
    # 九
    out.append(P("九、国有资本经营预算财政拨款支出决算情况说明", "h2"))
    out.append(P("本部门2024年度无国有资本经营预算财政拨款支出。"))
    # 十
    jd = PV["jgyx"] - T["jgyx"]
    out.append(P("十、机关运行经费支出情况说明", "h2"))
    out.append(P(f"2024年度本部门行政单位和参照公务员法管理的事业单位（局本级、建设工程质量安全监督站）机关运行经费支出"
                 f"{W(T['jgyx'])}万元，比2023年度减少{W(jd)}万元，下降{pct(jd, PV['jgyx'])}%，主要原因是严格落实过“紧日子”要求，"
                 f"压减办公费、差旅费等日常公用支出。"))
    # 十一
    Z = E.ZFCG
    out.append(P("十一、政府采购支出情况说明", "h2"))
    out.append(P(f"2024年度本部门政府采购支出总额{W(T['zfcg'])}万元，其中：政府采购货物支出{W(Z['huowu'])}万元、"
                 f"政府采购工程支出{W(Z['gongcheng'])}万元、政府采购服务支出{W(Z['fuwu'])}万元。授予中小企业合同金额"
                 f"{W(Z['zhongxiao'])}万元，占政府采购支出总额的{pct(Z['zhongxiao'], T['zfcg'])}%。"))
    # 十二
    A = E.ASSETS
    out.append(P("十二、国有资产占用情况说明", "h2"))
    out.append(P(f"截至2024年12月31日，本部门资产总额{W(A['total'])}万元，占用房屋{A['house_m2']}平方米；共有车辆{A['cars']}辆，"
                 f"其中：一般公务用车3辆、执法执勤用车2辆、其他用车1辆（市政设施抢修车）；单位价值100万元以上设备{A['big_equipment']}台（套）。"))
    # 十三
    p2 = D["proj"]["P2"]
    out.append(P("十三、预算绩效情况说明", "h2"))
    out.append(P(f"本部门对2024年度实施的{len(D['proj'])}个项目全部开展了绩效自评，涉及项目支出{W(T['project'])}万元。"
                 f"从自评情况看，各项目基本完成年度绩效目标。其中，保障性住房租金补贴项目支出{W(p2['fin'])}万元，"
                 f"全年发放租金补贴1,286户；老旧小区改造配套资金项目支出{W(D['proj']['P3']['fin'])}万元，完成11个老旧小区改造，"
                 f"惠及居民2,140户；城区园林绿化养护项目支出{W(D['proj']['P6']['fin'] + E.P6_SHIYE)}万元（含事业收入{W(E.P6_SHIYE)}万元）。"
                 f"存在的主要问题是部分跨年度工程项目支出进度偏慢，下一步将加强项目前期工作和支出进度管理。"))
    out.append(PageBreak())
    return out


def part4():
    terms = [
        ("一般公共预算财政拨款收入", "指区级财政当年拨付的一般公共预算资金。"),
        ("政府性基金预算财政拨款收入", "指区级财政当年拨付的政府性基金预算资金，本部门为国有土地使用权出让收入和城市基础设施配套费安排的资金。"),
        ("事业收入", "指事业单位开展专业业务活动及其辅助活动取得的收入。"),
        ("年初结转和结余", "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"),
        ("年末结转和结余", "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。"),
        ("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"),
        ("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
        ("“三公”经费", "指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
        ("机关运行经费", "指为保障行政单位（含参照公务员法管理的事业单位）运行，用于购买货物和服务等的各项公用经费。"),
        ("完成率", "指决算数占调整预算数的比例。"),
    ]
    out = [P("第四部分　名词解释", "h1")]
    for i, (a, b) in enumerate(terms, 1):
        out.append(P(f"{i}.{a}：{b}"))
    return out


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(F, 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
    canvas.restoreState()


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=f"{E.ORG}2024年度部门决算", author=E.ORG,
                            subject="2024年度部门决算")
    story = cover() + toc() + part1() + tables() + part3() + part4()
    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=footer)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
