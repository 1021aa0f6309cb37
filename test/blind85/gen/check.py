#!/usr/bin/env python3
"""Checks for blind85: real pages equal their stored lines; E reconciles and is a ruled, text-layer PDF with the planted
contradiction only in the prose; questions are well-formed and their expected values occur in the documents."""
import glob, html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.join(HERE, "..")
import e_data, pdftext
from build_real import NAMES, CUT, lines_of

fail = []


def ok(cond, msg):
    if not cond:
        fail.append(msg)


# ---------- real pages ----------
DOCTEXT = {}
for k, name in NAMES.items():
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    page = open(os.path.join(ROOT, "docs", name), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page)]
    want = lines_of(src) + ([CUT] if src.get("cut") else [])
    ok(ps == want, f"{k}: <p> lines differ from stored lines")
    ok(f"<!-- source: {src['url']} -->" in page and "<title>" in page, f"{k}: source/title missing")
    ok(re.search(r"\d\s*(万元|元)", src["text"]) is not None, f"{k}: no amounts")
    DOCTEXT[k] = "\n".join(ps)

# ---------- E ----------
D = e_data.compute()
e_data.check(D)
epdf = os.path.join(ROOT, "docs", "E-liangchuan-jyj-2025-bmys.pdf")
pages, rules = pdftext.read(epdf)
DOCTEXT["E"] = "\n".join("\n".join(p) for p in pages)
table_pages = [i for i, p in enumerate(pages) if any(l.startswith("部门（单位）：") for l in p)]
prose_pages = [i for i in range(len(pages)) if i not in table_pages]
ok(len(table_pages) >= 8, "E: too few table pages")
for i in table_pages:
    ok(rules[i] > 20, f"E page {i + 1}: table without ruling lines")
    ok(any("单位：万元" in l for l in pages[i]), f"E page {i + 1}: no 单位：万元")
cont = [i for i in table_pages if any("（续表）" in l for l in pages[i])]
ok(len(cont) == 1, f"E: expected exactly one continued table, got {len(cont)}")
if cont:
    i = cont[0]
    hdr = [l for l in pages[i - 1] if "人员经费" in l and "公用经费" in l and "科目名称" in l]
    ok(hdr and any(l in pages[i] for l in hdr), "E: header not repeated on the continued page")
prose = "\n".join("\n".join(pages[i]) for i in prose_pages)
tables = "\n".join("\n".join(pages[i]) for i in table_pages)
plant = e_data.f(e_data.PLANT_PROSE)
ok(DOCTEXT["E"].count(plant) == 1 and plant in prose and plant not in tables, "E: planted figure placement")
gb_row = [l for l in tables.split("\n") if l.startswith("205 02 04 高中教育")]
ok(gb_row and e_data.f(D["gb"]["2050204"]["total"]) in gb_row[0], "E: 高中教育 table row")
ok("invent" not in DOCTEXT["E"].lower() and "虚构" not in DOCTEXT["E"], "E: says it is invented")

# ---------- questions ----------
NUMRE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十])\s*(亿元|万元|千元|元|%|％|万人|人次|人年|人|名|个|辆|项|万户|户|批次|次|套|台|万亩|亩|平方米|件|家|所|天)")
MONEY = {"元": 1, "万元": 1e4, "亿元": 1e8, "千元": 1e3}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
REFUSAL = ["没有", "未找到", "无法", "不包含", "暂无", "未收录", "不在", "抱歉", "找不到", "未能", "不涉及", "超出"]


def figures(t):
    out = []
    for tok, unit in NUMRE.findall(t):
        v = float(CN[tok]) if tok in CN else float(tok.replace(",", ""))
        if unit in MONEY:
            out.append(("money", v * MONEY[unit]))
        elif unit in ("%", "％"):
            out.append(("pct", v))
        else:
            out.append(("count", v))
    return out


def stated(t, v, u):
    fam = "money" if u in MONEY else ("pct" if u in ("%", "％") else "count")
    want = v * MONEY[u] if fam == "money" else v
    for f_, x in figures(t):
        if f_ != fam:
            continue
        if fam == "money" and abs(x - want) <= max(1.0, 5e-5 * abs(want)):
            return True
        if fam == "pct" and abs(x - want) <= 0.06:
            return True
        if fam == "count" and abs(x - want) < 0.5:
            return True
    return False


def forms(v):
    out = {f"{v:.2f}", f"{v:g}", f"{v:,.2f}", f"{v:.1f}"}
    if float(v).is_integer():
        out |= {f"{int(v)}", f"{int(v):,}"}
    return out


def occurs(text, v):
    flat = text if text is DOCTEXT.get("E") or "\n" not in text else text.replace("\n", "")
    for s in forms(v):
        if re.search(r"(?<![\d.])(?<!\d,)" + re.escape(s) + r"(?![\d])", flat):
            return True
    return False


def docs_with(sub):
    return [k for k, t in DOCTEXT.items() if sub in t.replace("\n", "")]


items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [it["id"] for it in items]
ok(len(ids) == len(set(ids)), "duplicate ids")
cats = Counter(it["category"] for it in items)
for cat, nmin, nmax in [("lookup", 20, 24), ("text", 12, 16), ("none", 10, 14), ("ratio", 8, 12), ("change", 6, 10),
                        ("column", 6, 10), ("code", 5, 8), ("reason", 5, 8), ("cross", 4, 6)]:
    ok(nmin <= cats[cat] <= nmax, f"category {cat}: {cats[cat]}")
ok(sum(1 for it in items if it.get("history")) >= 1, "no follow-up question")
for it in items:
    qid, exp, cite = it["id"], it["expect"], it.get("cite")
    ideal = it.get("ideal", "")
    if exp.get("none"):
        ok(cite is None, f"{qid}: none with cite")
        ok(any(w in ideal for w in REFUSAL), f"{qid}: ideal lacks a refusal word")
        continue
    ok(cite and cite.get("doc"), f"{qid}: no cite")
    where = docs_with(cite["doc"])
    ok(len(where) == 1, f"{qid}: cite.doc {cite['doc']} in {where}")
    dk = where[0] if where else None
    pool = list(DOCTEXT) if it["category"] == "cross" else [dk]
    for v, u in exp.get("values", []):
        ok(it.get("calc") or any(occurs(DOCTEXT[k], v) for k in pool), f"{qid}: value {v}{u} not in document")
        ok(stated(ideal, v, u), f"{qid}: ideal does not state {v}{u}")
    if "any" in exp:
        ok(any(stated(ideal, v, u) for v, u in exp["any"]), f"{qid}: ideal states none of any")
        for v, u in exp["any"]:
            ok(it.get("calc") or any(occurs(DOCTEXT[k], v) for k in pool), f"{qid}: any value {v}{u} not in document")
    for t in exp.get("text", []):
        ok(any(t in DOCTEXT[k].replace("\n", "") for k in pool), f"{qid}: text {t} not in document")
        ok(t in ideal, f"{qid}: ideal lacks text {t}")
    if "anytext" in exp:
        ok(any(t in DOCTEXT[k].replace("\n", "") for k in pool for t in exp["anytext"]), f"{qid}: no anytext in document")
        ok(any(t in ideal for t in exp["anytext"]), f"{qid}: ideal lacks anytext")
    if exp.get("org"):
        ok(exp["org"] in ideal, f"{qid}: ideal lacks org")
    rows_alts = [a for r in cite["rows"] for a in r.split("|")]
    ok(any(a in DOCTEXT[dk].replace("\n", "") for a in rows_alts), f"{qid}: no cite row in document")
    for v, u in exp.get("absent", []):
        ok(not stated(ideal, v, u), f"{qid}: ideal states absent {v}{u}")
        if dk == "E":
            rowlines = [l for l in tables.split("\n") if any(a in l for a in rows_alts)]
            ok(rowlines and not any(occurs(l, v) for l in rowlines), f"{qid}: absent {v} is what the table row says")
        else:
            ok(not occurs(DOCTEXT[dk], v), f"{qid}: absent {v} occurs in {dk}")
for h in [it for it in items if it.get("history")]:
    ok(isinstance(h["history"], list) and h["history"], f"{h['id']}: bad history")

if fail:
    print("\n".join("FAIL " + m for m in fail))
    sys.exit(1)
print(f"OK {len(items)} questions")
