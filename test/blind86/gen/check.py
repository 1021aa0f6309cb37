#!/usr/bin/env python3
"""Checks for blind86: real pages equal their stored excerpts, E reconciles and is laid out as promised,
every expected value occurs in its document (or the question carries a calc), every absent value is not
what the table says, every cite.doc names exactly one document, ids are unique.  Prints OK N questions."""
import json, os, re, html, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import e_data
from pdfmin import extract, extract_pos
from build_real import NAMES, CUT, lines_of

fail = []


def need(cond, msg):
    if not cond:
        fail.append(msg)


# ---- A-D: <p> lines == stored lines
docs = {}
for k, name in NAMES.items():
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    page = open(os.path.join(ROOT, "docs", name), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page)]
    need(ps == lines_of(src["excerpt"]) + [CUT], f"{k}: <p> lines differ from the stored excerpt")
    need(f"<!-- source: {src['url']} -->" in page, f"{k}: source comment")
    need(re.search(r"\d+(?:\.\d+)?\s*(万元|億元|亿元)", src["excerpt"]) is not None, f"{k}: no amount with unit")
    docs[k] = "\n".join(ps)

# ---- E
e_data.check()
epath = os.path.join(ROOT, "docs", "E-yuanping-rmyy-2024-dwjs.pdf")
pages = extract(epath)
portrait = [s for w, h, s in pages if h > w]
land = [s for w, h, s in pages if w > h]
need(len(portrait) >= 3 and len(land) == 9, "E: page counts")
need(pages[0][1] > pages[0][0] and pages[-1][0] > pages[-1][1], "E: prose pages first, tables after")
prose_txt = "\n".join(x for s in portrait for x in s)
table_txt = "\n".join(x for s in land for x in s)
docs["E"] = prose_txt + "\n" + table_txt
for t in ("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
          "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
          "国有资本经营预算财政拨款支出决算表", "单位：元", "2100201 综合医院"):
    need(t in table_txt, f"E: table text lacks {t}")
for t in ("一、单位基本情况", "二、收入支出决算总体情况", "三、财政拨款支出决算情况", "四、一般公共预算财政拨款基本支出决算情况",
          "五、财政拨款“三公”经费支出决算情况", "六、机关运行经费支出情况", "本单位为事业单位，无机关运行经费",
          "七、政府采购支出情况", "八、国有资产占用情况", "九、预算绩效情况", "十、名词解释", "编制床位"):
    need(t in prose_txt, f"E: prose lacks {t}")
# column-by-column: within a table page the cell texts restart at the top only once per column
for w, h, items in extract_pos(epath):
    if w < h:
        continue
    cells = items[4:]          # title, 公开0X表, 编制单位, 单位 come first
    cells = [c for c in cells if not c[2].startswith(("注：", "第 "))]
    same_row = sum(1 for a, b in zip(cells, cells[1:]) if abs(b[1] - a[1]) < 0.5)
    ups = sum(1 for a, b in zip(cells, cells[1:]) if b[1] > a[1] + 0.5)
    # row by row emission would put most consecutive cells on the same baseline; column by column never does
    need(len(cells) < 20 or (same_row <= 1 and ups >= 2), f"E: page with {cells[0][2] if cells else '?'} not emitted column by column "
                                     f"({same_row} same-row neighbours, {ups} returns to the top)")
# planted contradiction
plant = e_data.w(e_data.PLANTED_PROSE)
right = e_data.w(sum(e_data.CZ["2100201"][2:]))
need(prose_txt.count(plant) == 1 and plant not in table_txt.replace(",", ""), "E: planted figure placement")
need(right in table_txt.replace(",", "") and right not in prose_txt.replace(",", ""), "E: table figure placement")


def norm(t):
    return re.sub(r"(?<=\d),(?=\d{3})", "", t)


def occurs(v, text):
    t = norm(text)
    cands = {f"{v:.2f}", f"{v:.1f}", f"{v:g}"}
    if float(v).is_integer():
        cands.add(str(int(v)))
    return any(re.search(r"(?<![\d.])" + re.escape(c) + r"(?!\d|\.\d)", t) for c in cands)


# ---- questions
Q = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in Q]
need(len(ids) == len(set(ids)), "duplicate ids")
alltext = "\n".join(docs.values())
for q in Q:
    d = q["id"][4]
    exp = q["expect"]
    text = alltext if d == "X" else docs[d]
    if exp.get("none"):
        need("cite" not in q and not exp.get("values"), f"{q['id']}: none with cite/values")
    else:
        cd = q["cite"]["doc"]
        hits = [k for k, t in docs.items() if cd in t]
        need(len(hits) == 1, f"{q['id']}: cite.doc {cd} in {hits}")
        if d != "X":
            need(hits == [d], f"{q['id']}: cite.doc names another document")
        alts = [a for r in q["cite"]["rows"] for a in r.split("|")]
        need(any(a in docs[hits[0]] for a in alts) if hits else False, f"{q['id']}: no cite row occurs")
    if "calc" not in q:
        for v, u in exp.get("values", []) + exp.get("any", []):
            need(occurs(v, text), f"{q['id']}: {v}{u} not in document")
    for t in exp.get("text", []):
        need(t in text, f"{q['id']}: text {t} not in document")
    if exp.get("anytext"):
        need(any(t in text for t in exp["anytext"]), f"{q['id']}: no anytext in document")
    for v, u in exp.get("absent", []):
        need(all(abs(v - x) > 1e-9 for x, _ in exp.get("values", [])), f"{q['id']}: absent equals expected")
        need(not occurs(v, q.get("ideal", "")), f"{q['id']}: ideal states the absent figure")
        if q.get("history"):
            continue
        need(not occurs(v, table_txt), f"{q['id']}: absent {v} is what the table says")
        need(occurs(v, prose_txt), f"{q['id']}: absent {v} is not the prose figure")

if fail:
    print("\n".join("FAIL " + f for f in fail))
    sys.exit(1)
print(f"OK {len(Q)} questions")
