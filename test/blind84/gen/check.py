#!/usr/bin/env python3
"""Checks for blind84: documents, invented figures, questions. Prints `OK N questions`."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, "/work/shared/tools")
import e_data
from build_real import lines_of, esc, CUT
try:
    from ask_eval import stated, REFUSAL   # the scorer's own matching, used only on the ideal answers
except Exception:
    stated = None

DOCS = {}
for fn in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    raw = open(os.path.join(ROOT, "docs", fn), encoding="utf-8").read()
    DOCS[fn] = (raw, html.unescape(re.sub(r"<[^>]+>", " ", raw)))
assert len(DOCS) == 5 and sorted(k[0] for k in DOCS) == list("ABCDE"), DOCS.keys()

# real documents: <p> lines equal the stored excerpt lines
for k in "ABCD":
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    raw = DOCS[src["file"]][0]
    ps = re.findall(r"<p>(.*?)</p>", raw)
    want = [esc(l) for l in lines_of(src)] + ([CUT] if src.get("truncated") else [])
    assert ps == want, f"{k}: <p> lines differ from the stored excerpt"
    assert f"<!-- source: {esc(src['url'])} -->" in raw
    assert re.search(r"\d(万元|亿元|億元|萬元)", src["excerpt"]) or re.search(r"\d万元", src["excerpt"]), f"{k}: no amounts"

# invented document reconciles, planted contradiction in place
d = e_data.check()
E_FILE = [f for f in DOCS if f.startswith("E-")][0]
eraw, etext = DOCS[E_FILE]
plant_tab = [x + y for c, _, a, b, x, y in e_data.GP if c == e_data.PLANT_CODE][0]
assert etext.count(e_data.wan(e_data.PLANT_PROSE) + "万元") == 1, "planted prose figure must occur once"
assert e_data.yuan(plant_tab) in etext and e_data.wan(plant_tab) + "万元" not in etext
assert "本部门2024年度无国有资本经营预算财政拨款收支，故本表为空表。" in etext
assert "<th" not in eraw and "续表" in eraw and "rowspan" in eraw and "colspan" in eraw
tab_end = eraw.index("2024年度部门决算情况说明</h2>")
assert eraw.index("公开12表") < tab_end and eraw.count("<table class=\"tb\"") == 13

def norm(s):
    return re.sub(r"(?<=\d),(?=\d{3})", "", s)

def forms(v):
    out = {f"{v:.2f}", f"{v:g}"}
    if float(v).is_integer():
        out.add(str(int(v)))
    if abs(v * 10 - round(v * 10)) < 1e-9:
        out.add(f"{v:.1f}")
    return out

def doc_of(sub):
    return [f for f, (raw, _) in DOCS.items() if sub in raw]

items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
problems = []
for it in items:
    e = it["expect"]
    if e.get("none"):
        assert "cite" not in it, it["id"]
        if stated and not any(m in it["ideal"].lower() for m in REFUSAL):
            problems.append(f"{it['id']}: none ideal lacks a refusal word")
        continue
    cd = it["cite"]["doc"]
    hits = doc_of(cd)
    if len(hits) != 1:
        problems.append(f"{it['id']}: cite.doc {cd} names {len(hits)} documents")
        continue
    docs = list(DOCS) if it["category"] == "cross" else hits
    texts = [norm(DOCS[f][1]) for f in docs]
    for v, u in e.get("values", []):
        if "calc" in it:
            continue
        if not any(fm in t for t in texts for fm in forms(v)):
            problems.append(f"{it['id']}: value {v}{u} not in document text")
    for t in e.get("text", []):
        if not any(t in DOCS[f][1] for f in docs):
            problems.append(f"{it['id']}: text {t} not in document")
    if "anytext" in e and not any(t in DOCS[f][1] for t in e["anytext"] for f in docs):
        problems.append(f"{it['id']}: none of anytext in document")
    for v, u in e.get("absent", []):
        # the absent figure is the prose's, never the table's
        fen = round(v * (1000000 if u == "万元" else 100))
        if fen == plant_tab or fen in [x + y for *_, x, y in e_data.GP]:
            problems.append(f"{it['id']}: absent {v}{u} is a table figure")
    if stated:
        for v, u in e.get("values", []):
            if not stated(it["ideal"], v, u):
                problems.append(f"{it['id']}: ideal does not state {v}{u}")
        for v, u in e.get("absent", []):
            if stated(it["ideal"], v, u):
                problems.append(f"{it['id']}: ideal states absent {v}{u}")
        for t in e.get("text", []):
            if t not in it["ideal"]:
                problems.append(f"{it['id']}: ideal lacks text {t}")
        if "anytext" in e and not any(t in it["ideal"] for t in e["anytext"]):
            problems.append(f"{it['id']}: ideal lacks anytext")
n_hist = sum(1 for it in items if it.get("history"))
assert n_hist >= 1, "no follow-up question"
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"OK {len(items)} questions")
