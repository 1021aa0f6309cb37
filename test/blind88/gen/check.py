#!/usr/bin/env python3
"""Checks for blind88: documents match their sources, E reconciles, and every question is answerable from
(or, for `none`, absent from) the documents. Prints `OK N questions`."""
import json, os, re, sys
import e_data
from doctext import all_docs, html_lines, pdf_pages, DOCS
from build_real import NAMES, lines_of, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(m):
    errors.append(m)


# 1. real pages: <p> lines are exactly the stored lines
for k, name in NAMES.items():
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    want = lines_of(src) + ([] if src["complete"] else [CUT])
    got = html_lines(os.path.join(DOCS, name))
    if got != want:
        err(f"{name}: <p> lines differ from the stored excerpt")
    s = open(os.path.join(DOCS, name), encoding="utf-8").read()
    if f"<!-- source: {src['url']} -->" not in s or "<title>" not in s:
        err(f"{name}: no title/source comment")

# 2. E: figures reconcile; the PDF text layer is what build_e laid out
D = e_data.check()
ename = [n for n in os.listdir(DOCS) if n.startswith("E-")][0]
pages = pdf_pages(os.path.join(DOCS, ename))
lay = json.load(open(os.path.join(HERE, "e_lines.json"), encoding="utf-8"))
for i, (pg, ll) in enumerate(zip(pages, lay), 1):
    body = pg[1:-1]  # running head and page number
    if body != [l for l in ll if l.strip()]:
        err(f"E page {i}: text layer differs from layout")
if len(pages) != len(lay):
    err("E page count")
etext = "\n".join(l for pg in pages for l in pg)
# the planted contradiction: prose 1867.54 once, table 18,765,432.10, and the prose percentage fits the table
if etext.count("1867.54") != 1 or "18,765,432.10" not in etext or "1876.54" in etext:
    err("planted contradiction not as designed")
line = [l for pg in pages for l in pg if "1867.54" in l][0]
if "   " in line.strip():
    err("1867.54 must be in prose, not in a table row")
# table 4 continues across a page with the header repeated
cont = [i for i, pg in enumerate(pages) if any("一般公共预算财政拨款支出决算表（续）" in l for l in pg)]
if not cont or not any("年初预算数" in l for l in pages[cont[0]]):
    err("continued table header missing")

# 3. questions
docs = all_docs()
Q = [json.loads(l) for l in open(os.path.join(HERE, "..", "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in Q]
if len(ids) != len(set(ids)):
    err("duplicate ids")


def forms(v):
    out = {f"{v:.2f}", f"{v:.1f}", f"{v:g}", f"{v:,.2f}"}
    if float(v).is_integer():
        out.add(str(int(v)))
    return out


def occurs(text, v):
    flat = re.sub(r"\s+", "", text)
    return any(f in text or f in flat for f in forms(v))


for q in Q:
    e = q["expect"]
    if q["category"] == "none":
        if not e.get("none") or "cite" in q:
            err(f"{q['id']}: none question must have expect.none and no cite")
        continue
    c = q.get("cite")
    if not c:
        err(f"{q['id']}: no cite")
        continue
    hits = [n for n, t in docs.items() if c["doc"] in t]
    if len(hits) != 1:
        err(f"{q['id']}: cite.doc {c['doc']} names {len(hits)} documents")
        continue
    text = "\n".join(docs.values()) if q["category"] == "cross" else docs[hits[0]]
    for v, u in e.get("values", []):
        if not occurs(text, v) and "calc" not in q:
            err(f"{q['id']}: {v}{u} not in document and no calc")
    for v, u in e.get("any", []):
        if not occurs(text, v) and "calc" not in q:
            err(f"{q['id']}: any {v}{u} not in document and no calc")
    for t in e.get("text", []):
        if t not in text:
            err(f"{q['id']}: text {t} not in document")
    if "anytext" in e and not any(t in text for t in e["anytext"]):
        err(f"{q['id']}: none of anytext in document")
    for v, u in e.get("absent", []):
        if any(abs(v - w) < 0.005 and u == uu for w, uu in e["values"]):
            err(f"{q['id']}: absent value equals an expected value")
        # the absent figure must not be what a table row says
        for l in text.split("\n"):
            if any(f in l for f in forms(v)) and "   " in l.strip():
                err(f"{q['id']}: absent {v} appears in a table row")
    if not any(r for r in c["rows"]):
        err(f"{q['id']}: empty rows")
if sum(1 for q in Q if q.get("history")) != 1:
    err("exactly one follow-up question with history expected")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK {len(Q)} questions")
