#!/usr/bin/env python3
"""Build E: 溱安市公安局2024年度部门决算 as a PDF whose text layer looks like a scanned-then-OCRed report:
table cells separated by runs of spaces (no ruling lines), some cells wrapped onto a second line, 元 with
thousands separators in the tables and 万元 in the prose. Writes docs/E-...pdf and gen/e_lines.json (the
text lines, page by page, for check.py). python3 stdlib only."""
import json, os, zlib
from e_data import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-qinan-gaj-2024-bmjs.pdf")
D = check()

# ---------------------------------------------------------------- number formats

def yuan(f):
    """fen -> '1,234,567.89'"""
    neg = f < 0
    f = abs(f)
    s = f"{f // 100:,}.{f % 100:02d}"
    return "-" + s if neg else s


def wan(f):
    """fen -> 万元 with two decimals, half up"""
    q = (abs(f) + 5000) // 10000
    s = f"{q // 100}.{q % 100:02d}"
    return "-" + s if f < 0 else s


def pct(a, b):
    """a/b in percent, two decimals, half up"""
    q = (a * 20000 + b) // (2 * b)
    return f"{q // 100}.{q % 100:02d}"


def W(f):  # 万元 as float for questions
    return float(wan(f))


# ---------------------------------------------------------------- text layout helpers

def width(s):
    return sum(1 if ord(c) < 0x2E80 else 2 for c in s)


def cut(s, w):
    """split s into pieces of display width <= w"""
    out, cur = [], ""
    for c in s:
        if width(cur + c) > w:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out


def row(cells, widths, aligns, gaps=None):
    """one table row -> list of text lines (a cell wider than its column wraps onto the next line)"""
    gaps = gaps or [3] * len(cells)
    pieces = [cut(c, w) if a == "l" else [c] for c, w, a in zip(cells, widths, aligns)]
    n = max(len(p) for p in pieces)
    lines = []
    for i in range(n):
        s = ""
        for j, (p, w, a) in enumerate(zip(pieces, widths, aligns)):
            t = p[i] if i < len(p) else ""
            pad = w - width(t)
            s += (t + " " * pad) if a == "l" else (" " * pad + t)
            if j < len(cells) - 1:
                s += " " * gaps[j]
        lines.append(s.rstrip())
    return lines


def para(text, w=96, indent=4):
    """wrap a prose paragraph at display width w; never break inside a run of ASCII digits/punctuation
    nor between a number and its unit"""
    toks, i = [], 0
    units = ("万元", "亿元", "元", "辆", "个", "人", "台", "分", "名", "批次", "人次")
    while i < len(text):
        c = text[i]
        if ord(c) < 0x2E80:
            j = i
            while j < len(text) and ord(text[j]) < 0x2E80:
                j += 1
            tok = text[i:j]
            for u in units:
                if text.startswith(u, j):
                    tok += u
                    j += len(u)
                    break
            toks.append(tok)
            i = j
        else:
            toks.append(c)
            i += 1
    lines, cur = [], " " * indent
    for t in toks:
        if width(cur + t) > w:
            lines.append(cur.rstrip())
            cur = t
        else:
            cur += t
    lines.append(cur.rstrip())
    return lines


# ---------------------------------------------------------------- pages (list of list of (size, text))
PAGES = []


def page(lines):
    PAGES.append(lines)


def T(size, text):
    return (size, text)


def table_lines(rows, widths, aligns, size=8.5, gaps=None):
    out = []
    for r in rows:
        for l in row(r, widths, aligns, gaps):
            out.append(T(size, l))
    return out


HEAD = "溱安市公安局2024年度部门决算"
UNIT_LINE = "单位：元"

# cover and contents
page([T(22, "溱安市公安局"), T(10, ""), T(22, "2024年度部门决算"), T(10, ""), T(10, ""),
      T(12, "                          二〇二五年九月"), T(10, ""),
      T(12, "目  录"),
      T(10, "第一部分  溱安市公安局概况"),
      T(10, "    一、主要职责"), T(10, "    二、机构设置及决算单位构成"),
      T(10, "第二部分  2024年度部门决算表"),
      T(10, "    一、收入支出决算总表            二、收入决算表（分单位）"),
      T(10, "    三、支出决算表                  四、一般公共预算财政拨款支出决算表"),
      T(10, "    五、一般公共预算财政拨款基本支出决算表"),
      T(10, "    六、财政拨款“三公”经费支出决算表"),
      T(10, "    七、政府性基金预算财政拨款收入支出决算表"),
      T(10, "    八、国有资本经营预算财政拨款支出决算表"),
      T(10, "    九、国有资产占用情况表（车辆）"),
      T(10, "第三部分  2024年度部门决算情况说明"),
      T(10, "第四部分  名词解释"),
      ])

# part 1
p1 = [T(14, "第一部分  溱安市公安局概况"), T(11, "一、主要职责")]
for t in ["溱安市公安局是溱安市人民政府主管全市公安工作的职能部门，主要职责是：贯彻执行国家有关公安工作的法律法规和方针政策；"
          "预防、制止和侦查违法犯罪活动；防范、打击恐怖活动；维护社会治安秩序，制止危害社会治安秩序的行为；管理交通、消防、"
          "危险物品；管理户口、居民身份证、国籍、入境出境事务；指导、监督机关、团体、企业事业单位的治安保卫工作；完成市委、"
          "市政府和上级公安机关交办的其他任务。"]:
    p1 += [T(10, l) for l in para(t)]
p1 += [T(11, "二、机构设置及决算单位构成")]
for t in [f"从决算单位构成看，纳入溱安市公安局2024年度部门决算编制范围的单位共4个，包括：溱安市公安局本级，以及所属"
          f"溱安市公安局泓川分局、溱安市公安局交通警察支队、溱安市公安局特警支队3个单位。本部门决算为上述4个单位决算汇总数。",
          f"截至2024年12月31日，本部门编制{STAFF['编制']}名，年末实有在职人员{STAFF['在职']}人，离退休人员{STAFF['离退休']}人。"]:
    p1 += [T(10, l) for l in para(t)]
p1 += [T(8, ""), T(8, "")]
page(p1)

# table 1 收入支出决算总表
d = D
t1 = [T(14, "第二部分  2024年度部门决算表"), T(12, "收入支出决算总表"),
      T(8.5, "公开01表" + " " * 72 + "单位：元"),
      T(8.5, "部门：溱安市公安局")]
w1, a1 = [30, 4, 16, 28, 4, 16], ["l", "r", "r", "l", "r", "r"]
rows = [["收            入", "", "", "支            出", "", ""],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["一、一般公共预算财政拨款收入", "1", yuan(d["fin_income"]), "一、公共安全支出", "32", yuan(d["lei_all"]["204"])],
        ["二、政府性基金预算财政拨款收入", "2", "0.00", "二、社会保障和就业支出", "33", yuan(d["lei_all"]["208"])],
        ["三、国有资本经营预算财政拨款收入", "3", "0.00", "三、卫生健康支出", "34", yuan(d["lei_all"]["210"])],
        ["四、上级补助收入", "4", "0.00", "四、住房保障支出", "35", yuan(d["lei_all"]["221"])],
        ["五、事业收入", "5", "0.00", "", "", ""],
        ["六、经营收入", "6", "0.00", "", "", ""],
        ["七、附属单位上缴收入", "7", "0.00", "", "", ""],
        ["八、其他收入", "8", yuan(d["other_income"]), "", "", ""],
        ["本年收入合计", "9", yuan(d["income"]), "本年支出合计", "36", yuan(d["spend"])],
        ["使用非财政拨款结余", "10", "0.00", "结余分配", "37", "0.00"],
        ["年初结转和结余", "11", yuan(d["open"]), "年末结转和结余", "38", yuan(d["close"])],
        ["总计", "12", yuan(d["total"]), "总计", "39", yuan(d["spend"] + d["close"])]]
t1 += table_lines(rows, w1, a1, gaps=[2, 2, 4, 2, 2, 2])
t1 += [T(8, "注：本表反映部门本年度的总收支和年末结转结余情况。")]

# table 2 收入决算表（分单位）
t1 += [T(8, ""), T(12, "收入决算表（分单位）"), T(8.5, "公开02表" + " " * 72 + "单位：元")]
w2, a2 = [28, 20, 20, 16], ["l", "r", "r", "r"]
rows = [["单位名称", "本年收入合计", "财政拨款收入", "其他收入"],
        ["合计", yuan(d["income"]), yuan(d["fin_income"]), yuan(d["other_income"])]]
for u in UNITS:
    fi, oi = d["unit_income"][u]
    rows.append([u, yuan(fi + oi), yuan(fi), yuan(oi)])
t1 += table_lines(rows, w2, a2, gaps=[3, 3, 3])
page(t1)

# table 3 支出决算表 (类 款 项 as separate columns, long names wrap)
t3 = [T(12, "支出决算表"), T(8.5, "公开03表" + " " * 72 + "单位：元")]
w3, a3 = [4, 3, 3, 24, 17, 17, 16], ["l", "l", "l", "l", "r", "r", "r"]
rows = [["科目编码", "", "", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["类", "款", "项", "", "", "", ""],
        ["", "", "", "合计", yuan(d["spend"]), yuan(d["basic"]), yuan(d["project"])]]
done_l, done_k = set(), set()
for c, n, b, p, _, _ in ITEMS:
    L, K = c[:3], c[:5]
    if L not in done_l:
        done_l.add(L)
        rows.append([L, "", "", LEI[L], yuan(d["lei_all"][L]), yuan(d["lei_b"][L]), yuan(d["lei_p"][L])])
    if K not in done_k:
        done_k.add(K)
        rows.append([L, K[3:], "", KUAN[K], yuan(d["kuan_all"][K]), yuan(d["kuan_b"][K]), yuan(d["kuan_p"][K])])
    o = OTHER_SPEND.get(c, 0)
    rows.append([L, K[3:], c[5:], n, yuan(b + p + o), yuan(b), yuan(p + o)])
t3 += table_lines(rows, w3, a3, gaps=[1, 1, 2, 2, 2, 2])
t3 += [T(8, "注：本表反映部门本年度各项支出情况。项目支出中含其他收入安排的支出" + yuan(OTHER_SPEND["2040202"]) + "元。")]
page(t3)

# table 4 一般公共预算财政拨款支出决算表, continued across a page with the header repeated
w4, a4 = [9, 24, 16, 16, 16, 10], ["l", "l", "r", "r", "r", "r"]
hdr = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "决算数为年初"],
       ["", "", "", "", "", "预算数的%"]]


def pc(a, b):
    return pct(a, b) if b else "—"


rows4 = [["", "合计", yuan(d["y0"]), yuan(d["y1"]), yuan(d["fin_spend"]), pc(d["fin_spend"], d["y0"])]]
done_l, done_k = set(), set()
for c, n, b, p, y0, y1 in ITEMS:
    L, K = c[:3], c[:5]
    if L not in done_l:
        done_l.add(L)
        rows4.append([L, LEI[L], yuan(d["lei_y0"][L]), yuan(d["lei_y1"][L]), yuan(d["lei"][L]), pc(d["lei"][L], d["lei_y0"][L])])
    if K not in done_k:
        done_k.add(K)
        rows4.append([K, KUAN[K], yuan(d["kuan_y0"][K]), yuan(d["kuan_y1"][K]), yuan(d["kuan"][K]), pc(d["kuan"][K], d["kuan_y0"][K])])
    rows4.append([c, n, yuan(y0), yuan(y1), yuan(b + p), pc(b + p, y0)])
split = [r[0] for r in rows4].index("2080501") - 1  # break before 208 (社会保障和就业支出)
t4 = [T(12, "一般公共预算财政拨款支出决算表"), T(8.5, "公开04表" + " " * 72 + "单位：元")]
t4 += table_lines(hdr + rows4[:split], w4, a4, gaps=[2, 2, 2, 2, 2])
t4 += [T(8, ""), T(8, "                                                                （转下页）")]
page(t4)
t4b = [T(12, "一般公共预算财政拨款支出决算表（续）"), T(8.5, "公开04表" + " " * 72 + "单位：元")]
t4b += table_lines(hdr + rows4[split:], w4, a4, gaps=[2, 2, 2, 2, 2])
t4b += [T(8, "注：决算数为年初预算数的%=决算数÷年初预算数×100%；年初预算数为0的科目不计算该比例，以“—”表示。")]

# table 5 基本支出 (人员经费 | 公用经费 side by side), on its own page
page(t4b)
pers = [(c, n, v) for c, n, v in PERSONNEL_FIXED]
pers.insert(11, ("30199", "其他工资福利支出", d["w30199"]))
wage_items = [x for x in pers if x[0].startswith("301")]
fam_items = [x for x in pers if x[0].startswith("303")]
left = [("301", "工资福利支出", sum(v for _, _, v in wage_items))] + wage_items + \
       [("303", "对个人和家庭的补助", sum(v for _, _, v in fam_items))] + fam_items
right = [("302", "商品和服务支出", d["public"])] + PUBLIC_FIXED
w5, a5 = [8, 20, 15, 8, 18, 14], ["l", "l", "r", "l", "l", "r"]
rows5 = [["", "人员经费", "", "", "公用经费", ""], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
for i in range(max(len(left), len(right))):
    lft = left[i] if i < len(left) else ("", "", None)
    rgt = right[i] if i < len(right) else ("", "", None)
    rows5.append([lft[0], lft[1], yuan(lft[2]) if lft[2] is not None else "",
                  rgt[0], rgt[1], yuan(rgt[2]) if rgt[2] is not None else ""])
rows5.append(["人员经费合计", "", yuan(d["personnel"]), "公用经费合计", "", yuan(d["public"])])
page([T(12, "一般公共预算财政拨款基本支出决算表"), T(8.5, "公开05表" + " " * 72 + "单位：元")]
     + table_lines(rows5, w5, a5, gaps=[1, 2, 4, 1, 2])
     + [T(8, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")])

# table 6 三公, 7/8 empty tables, 9 vehicles
sg, sb = SANGONG, SANGONG_BUDGET
t6 = [T(12, "财政拨款“三公”经费支出决算表"), T(8.5, "公开06表" + " " * 72 + "单位：元")]
w6, a6 = [34, 18, 18], ["l", "r", "r"]
rows6 = [["项目", "预算数", "决算数"],
         ["合计", yuan(d["sangong_budget"]), yuan(d["sangong"])],
         ["1.因公出国（境）费", yuan(sb["出国"]), yuan(sg["出国"])],
         ["2.公务用车购置及运行维护费", yuan(sb["购置"] + sb["运行"]), yuan(sg["购置"] + sg["运行"])],
         ["  （1）公务用车购置费", yuan(sb["购置"]), yuan(sg["购置"])],
         ["  （2）公务用车运行维护费", yuan(sb["运行"]), yuan(sg["运行"])],
         ["3.公务接待费", yuan(sb["接待"]), yuan(sg["接待"])]]
t6 += table_lines(rows6, w6, a6, gaps=[4, 4])
t6 += [T(8, "注：“三公”经费决算数为一般公共预算财政拨款安排的支出，含部门本级及所属单位。")]
t6 += [T(8, ""), T(12, "政府性基金预算财政拨款收入支出决算表"), T(8.5, "公开07表" + " " * 72 + "单位：元"),
       T(8.5, "项目          年初结转和结余          本年收入          本年支出          年末结转和结余"),
       T(8.5, "注：本部门2024年度没有政府性基金预算财政拨款收入、支出，本表为空表。")]
t6 += [T(8, ""), T(12, "国有资本经营预算财政拨款支出决算表"), T(8.5, "公开08表" + " " * 72 + "单位：元"),
       T(8.5, "项目          本年支出合计          基本支出          项目支出"),
       T(8.5, "注：本部门2024年度没有国有资本经营预算财政拨款支出，本表为空表。")]
t6 += [T(8, ""), T(12, "国有资产占用情况表（车辆）"), T(8.5, "公开09表" + " " * 72 + "单位：辆")]
w9, a9 = [30, 10], ["l", "r"]
rows9 = [["项目", "数量"], ["车辆合计", str(d["vehicles"])]] + [[f"  其中：{k}" if i == 0 else f"        {k}", str(n)]
                                                              for i, (k, n) in enumerate(VEHICLES)]
rows9.append(["单价100万元（含）以上设备（不含车辆）（台、套）", str(BIG_EQUIP)])
t6 += table_lines(rows9, [38, 8], a9, gaps=[6])
page(t6)

# part 3 prose
fin_total = d["fin_income"] + OPEN_FIN
P = []


def sec(title, *paras, size=11):
    P.append(T(size, title))
    for t in paras:
        P.extend(T(10, l) for l in para(t))


sec("第三部分  2024年度部门决算情况说明", size=14)
sec("一、收入支出决算总体情况说明",
    f"2024年度收、支总计各{wan(d['total'])}万元。本年收入合计{wan(d['income'])}万元，与2023年度相比增加"
    f"{wan(d['income'] - PREV['收入合计'])}万元，增长{pct(d['income'] - PREV['收入合计'], PREV['收入合计'])}%；本年支出合计"
    f"{wan(d['spend'])}万元，与2023年度相比增加{wan(d['spend'] - PREV['支出合计'])}万元，增长"
    f"{pct(d['spend'] - PREV['支出合计'], PREV['支出合计'])}%。主要原因：一是2024年落实调整工资标准政策，人员经费相应增加；"
    f"二是智慧公安建设和电信网络诈骗案件打击治理等执法办案投入增加；三是年中上级追加禁毒专项经费。")
sec("二、收入决算情况说明",
    f"2024年度本年收入合计{wan(d['income'])}万元，其中：一般公共预算财政拨款收入{wan(d['fin_income'])}万元，占"
    f"{pct(d['fin_income'], d['income'])}%；政府性基金预算财政拨款收入0万元；其他收入{wan(d['other_income'])}万元，占"
    f"{pct(d['other_income'], d['income'])}%，主要为交通警察支队车辆检测场地租金等收入。")
sec("三、支出决算情况说明",
    f"2024年度本年支出合计{wan(d['spend'])}万元，其中：基本支出{wan(d['basic'])}万元，占{pct(d['basic'], d['spend'])}%；"
    f"项目支出{wan(d['project'])}万元，占{pct(d['project'], d['spend'])}%。")
sec("四、财政拨款收入支出决算总体情况说明",
    f"2024年度财政拨款收、支总计各{wan(fin_total)}万元，均为一般公共预算财政拨款。其中：年初财政拨款结转和结余"
    f"{wan(OPEN_FIN)}万元，本年财政拨款收入{wan(d['fin_income'])}万元；本年财政拨款支出{wan(d['fin_spend'])}万元，年末财政拨款"
    f"结转和结余{wan(CLOSE_FIN)}万元。")
fs, fp = d["fin_spend"], PREV["财政拨款支出"]
sec("五、一般公共预算财政拨款支出决算情况说明",
    f"（一）总体情况。2024年度一般公共预算财政拨款支出{wan(fs)}万元，占本年支出合计的{pct(fs, d['spend'])}%。与2023年度相比，"
    f"一般公共预算财政拨款支出增加{wan(fs - fp)}万元，增长{pct(fs - fp, fp)}%。",
    f"（二）结构情况。一般公共预算财政拨款支出决算主要用于以下方面：公共安全支出{wan(d['lei']['204'])}万元，占"
    f"{pct(d['lei']['204'], fs)}%；社会保障和就业支出{wan(d['lei']['208'])}万元，占{pct(d['lei']['208'], fs)}%；卫生健康支出"
    f"{wan(d['lei']['210'])}万元，占{pct(d['lei']['210'], fs)}%；住房保障支出{wan(d['lei']['221'])}万元，占"
    f"{pct(d['lei']['221'], fs)}%。",
    f"（三）具体情况。2024年度一般公共预算财政拨款支出年初预算为{wan(d['y0'])}万元，支出决算为{wan(fs)}万元，完成年初预算的"
    f"{pct(fs, d['y0'])}%。其中：")
REASON = {
    "2040201": "决算数大于年初预算数的主要原因是年中落实调整工资标准政策，人员经费增加。",
    "2040202": "决算数大于年初预算数的主要原因是年中追加执法执勤车辆更新和勤务保障经费。",
    "2040203": "决算数小于年初预算数的主要原因是厉行节约，压减机关后勤服务支出。",
    "2040219": "决算数小于年初预算数的主要原因是部分智慧公安建设项目跨年度实施，资金结转下年使用。",
    "2040220": "决算数大于年初预算数的主要原因是电信网络诈骗等案件办案量增加，年中追加办案经费。",
    "2040221": "决算数与年初预算数基本持平。",
    "2040222": "决算数大于年初预算数的主要原因是大型活动安保任务增加，并安排特警装备购置经费。",
    "2040299": "决算数大于年初预算数的主要原因是年中上级追加禁毒专项经费。",
    "2080501": "决算数小于年初预算数的主要原因是离退休人员减少。",
    "2080505": "决算数大于年初预算数的主要原因是缴费基数调整。",
    "2080506": "决算数大于年初预算数的主要原因是缴费基数调整。",
    "2080801": "决算数大于年初预算数的主要原因是年中发放病故人员抚恤金，年初未安排预算。",
    "2101101": "决算数大于年初预算数的主要原因是缴费基数调整。",
    "2101103": "决算数与年初预算数基本持平。",
    "2210201": "决算数大于年初预算数的主要原因是缴存基数调整。",
    "2210203": "决算数小于年初预算数的主要原因是享受购房补贴人员变动。",
}
PLANTED = {"2040220": "1867.54"}  # prose figure that disagrees with the table (table: wan of 18,765,432.10 = 1876.54)
for i, (c, n, b, p, y0, y1) in enumerate(ITEMS, 1):
    L, K = c[:3], c[:5]
    amount = PLANTED.get(c, wan(b + p))
    if y0:
        t = (f"{i}.{LEI[L]}（类）{KUAN[K]}（款）{n}（项）：年初预算为{wan(y0)}万元，支出决算为{amount}万元，完成年初预算的"
             f"{pct(b + p, y0)}%，{REASON[c]}")
    else:
        t = f"{i}.{LEI[L]}（类）{KUAN[K]}（款）{n}（项）：年初预算为0万元，支出决算为{amount}万元，{REASON[c]}"
    P.extend(T(10, l) for l in para(t))
sec("六、一般公共预算财政拨款基本支出决算情况说明",
    f"2024年度一般公共预算财政拨款基本支出{wan(d['basic'])}万元，其中：人员经费{wan(d['personnel'])}万元，主要包括基本工资、"
    f"津贴补贴、奖金、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、"
    f"抚恤金等；公用经费{wan(d['public'])}万元，主要包括办公费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、"
    f"会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用等。")
sgp = d["sangong_prev"]
sec("七、财政拨款“三公”经费支出决算情况说明",
    f"（一）“三公”经费财政拨款支出决算总体情况说明。2024年度“三公”经费财政拨款支出预算为{wan(d['sangong_budget'])}万元，"
    f"支出决算为{wan(d['sangong'])}万元，完成预算的{pct(d['sangong'], d['sangong_budget'])}%，较上年增加"
    f"{wan(d['sangong'] - sgp)}万元，增长{pct(d['sangong'] - sgp, sgp)}%。决算数小于预算数的主要原因是严格落实过紧日子要求，"
    f"压减公务用车运行和公务接待支出；决算数较上年增加的主要原因是更新购置执法执勤车辆2辆，上年未发生公务用车购置支出。",
    f"（二）“三公”经费财政拨款支出决算具体情况说明。2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，"
    f"占0%；公务用车购置及运行维护费支出决算{wan(sg['购置'] + sg['运行'])}万元，占"
    f"{pct(sg['购置'] + sg['运行'], d['sangong'])}%；公务接待费支出决算{wan(sg['接待'])}万元，占"
    f"{pct(sg['接待'], d['sangong'])}%。具体情况如下：",
    f"1.因公出国（境）费预算为0万元，支出决算为0万元，与上年持平。2024年本部门未组织因公出国（境）团组。",
    f"2.公务用车购置及运行维护费预算为{wan(sb['购置'] + sb['运行'])}万元，支出决算为{wan(sg['购置'] + sg['运行'])}万元，"
    f"完成预算的{pct(sg['购置'] + sg['运行'], sb['购置'] + sb['运行'])}%。其中：公务用车购置费预算为{wan(sb['购置'])}万元，"
    f"支出决算为{wan(sg['购置'])}万元，完成预算的{pct(sg['购置'], sb['购置'])}%，共购置车辆2辆，分别为"
    f"{CARS[0][0]}1辆{wan(CARS[0][1])}万元、{CARS[1][0]}1辆{wan(CARS[1][1])}万元，用于更新已达到报废标准的执勤车辆。"
    f"公务用车运行维护费预算为{wan(sb['运行'])}万元，支出决算为{wan(sg['运行'])}万元，完成预算的"
    f"{pct(sg['运行'], sb['运行'])}%，较上年减少{wan(SANGONG_PREV['运行'] - sg['运行'])}万元，下降"
    f"{pct(SANGONG_PREV['运行'] - sg['运行'], SANGONG_PREV['运行'])}%，主要原因是推广使用新能源车辆，加强车辆定点维修和"
    f"燃油管理。主要用于执法执勤、应急处置等所需的公务用车燃料费、维修费、过路过桥费、保险费等支出。截至2024年12月31日，"
    f"公务用车保有量{d['vehicles']}辆。",
    f"3.公务接待费预算为{wan(sb['接待'])}万元，支出决算为{wan(sg['接待'])}万元，完成预算的{pct(sg['接待'], sb['接待'])}%，"
    f"较上年减少{wan(SANGONG_PREV['接待'] - sg['接待'])}万元，下降{pct(SANGONG_PREV['接待'] - sg['接待'], SANGONG_PREV['接待'])}%，"
    f"主要原因是严格执行公务接待标准，减少陪餐人数。2024年共接待国内来访团组{RECEPTION[0]}批次、{RECEPTION[1]}人次，主要用于"
    f"上级公安机关业务指导、兄弟单位办案协作等公务接待；未发生外事接待。")
sec("八、政府性基金预算财政拨款收入支出决算情况说明", "本部门2024年度没有使用政府性基金预算财政拨款安排的支出。")
sec("九、国有资本经营预算财政拨款支出决算情况说明", "本部门2024年度没有使用国有资本经营预算财政拨款安排的支出。")
jp = PREV["机关运行经费"]
pr = d["proc"]
sec("十、其他重要事项的情况说明",
    f"（一）机关运行经费支出情况。2024年度本部门机关运行经费支出{wan(d['jgyx'])}万元，比上年减少{wan(jp - d['jgyx'])}万元，"
    f"下降{pct(jp - d['jgyx'], jp)}%，主要原因是严格落实过紧日子要求，压减办公费、差旅费、会议费等一般性支出。",
    f"（二）政府采购支出情况。2024年度本部门政府采购支出总额{wan(pr)}万元，其中：政府采购货物支出{wan(PROC['货物'])}万元、"
    f"政府采购工程支出{wan(PROC['工程'])}万元、政府采购服务支出{wan(PROC['服务'])}万元。主要用于执法执勤装备、"
    f"视频监控和信息化设备采购、业务用房维修改造及系统运维服务等。授予中小企业合同金额{wan(PROC_SME)}万元，"
    f"占政府采购支出总额的{pct(PROC_SME, pr)}%，其中：授予小微企业合同金额{wan(PROC_SMALL)}万元，占授予中小企业合同金额的"
    f"{pct(PROC_SMALL, PROC_SME)}%；货物采购授予中小企业合同金额占货物支出金额的{pct(PROC_SME_GOODS, PROC['货物'])}%。",
    f"（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆{d['vehicles']}辆，其中："
    + "、".join(f"{k}{n}辆" for k, n in VEHICLES) + f"。单价100万元（含）以上设备（不含车辆）{BIG_EQUIP}台（套）。",
    f"（四）预算绩效情况说明。根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目"
    f"{PERF_COUNT}个，资金{wan(PERF_MONEY)}万元，占一般公共预算项目支出总额的100%。从评价情况来看，项目总体完成较好，"
    f"部分项目存在绩效目标设置不够细化等问题。重点项目绩效自评情况如下：")
for i, pf in enumerate(PERF, 1):
    t = (f"{i}.{pf['name']}（实施单位：{pf['unit']}）：全年预算数{wan(pf['budget'])}万元，执行数{wan(pf['spent'])}万元，"
         f"预算执行率{pct(pf['spent'], pf['budget'])}%，自评得分{pf['score']}分，自评等级为“{pf['grade']}”。")
    if i == 1:
        t += "项目全年完成全市道路交通技术监控设备运行维护，设备在线率保持在较高水平，有效提升了道路交通违法行为查处效率。"
    else:
        t += "项目完成特警队伍防护和处突装备配备，主要扣分原因是部分装备受供货周期影响延期到货，预算执行率偏低。下一步将提前做好采购计划，加快预算执行进度。"
    P.extend(T(10, l) for l in para(t))
sec("第四部分  名词解释",
    "1.财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
    "2.其他收入：指单位取得的除上述收入以外的各项收入。",
    "3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "5.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "6.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。", size=14)
# split prose into pages of 58 lines
per = 56
for i in range(0, len(P), per):
    page(P[i:i + per])

# ---------------------------------------------------------------- PDF writer


def hexs(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"


def content(lines, pno, total):
    y = 800
    ops = []
    ops.append(f"BT /F1 7.5 Tf 60 818 Td {hexs(HEAD)} Tj ET")
    for size, text in lines:
        y -= size * 1.45
        if text.strip():
            ops.append(f"BT /F1 {size} Tf 48 {y:.1f} Td {hexs(text)} Tj ET")
    ops.append(f"BT /F1 9 Tf 280 30 Td {hexs(f'— {pno} —')} Tj ET")
    return "\n".join(ops).encode("latin-1")


def tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    rng = [h for h in range(256) if not (0xD8 <= h <= 0xDF)]
    for k in range(0, len(rng), 100):
        chunk = rng[k:k + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        for h in chunk:
            lines.append(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>")
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("latin-1")


def build_pdf(path):
    objs = {}
    n_pages = len(PAGES)
    # 1 catalog, 2 pages, 3 type0 font, 4 cidfont, 5 descriptor, 6 tounicode, 7 info, then page/content pairs
    first = 8
    kids = [first + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>"
    objs[4] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>")
    objs[5] = (b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
               b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    tu = zlib.compress(tounicode())
    objs[6] = f"<< /Length {len(tu)} /Filter /FlateDecode >>\nstream\n".encode() + tu + b"\nendstream"
    objs[7] = "<< /Producer (Scan2PDF OCR 3.1) /Creator (RICOH MP C3504 scan) /CreationDate (D:20250912093015+08'00') >>".encode()
    for i, lines in enumerate(PAGES):
        pobj, cobj = first + 2 * i, first + 2 * i + 1
        objs[pobj] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      f"/Contents {cobj} 0 R >>").encode()
        raw = zlib.compress(content(lines, i + 1, n_pages))
        objs[cobj] = f"<< /Length {len(raw)} /Filter /FlateDecode >>\nstream\n".encode() + raw + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for k in range(1, n):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build_pdf(OUT)
    with open(os.path.join(HERE, "e_lines.json"), "w", encoding="utf-8") as f:
        json.dump([[t for _, t in p] for p in PAGES], f, ensure_ascii=False, indent=0)
    print("wrote", os.path.basename(OUT), len(PAGES), "pages")
