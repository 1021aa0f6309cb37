#!/usr/bin/env python3
"""Checks the set: real docs equal their stored excerpts; E reconciles (e_data.check) and its planted contradiction
sits only in the prose; every expected value occurs in its document's text (or the question has a calc);
every `absent` value is not what the tables say; cite.doc names exactly one document; ids unique.
Prints `OK N questions`."""
import glob, json, os, re, sys
import doctext, e_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = sorted(glob.glob(os.path.join(ROOT, "docs", "*")))
TEXT = {os.path.basename(p): doctext.text(p) for p in DOCS}
problems = []

def bad(msg):
    problems.append(msg)

def numbers(s):
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]

def has_num(s, v):
    return any(abs(x - v) < 1e-6 for x in numbers(s))

# ---- documents
assert len(DOCS) == 5, DOCS
for letter in "ABCDE":
    assert sum(1 for d in TEXT if d.startswith(letter + "-")) == 1, letter
for k in "ABCD":
    src = json.load(open(os.path.join(HERE, "src_%s.json" % k), encoding="utf-8"))
    stored = [ln for ln in src["excerpt"].split("\n") if ln.strip()]
    t = TEXT[src["file"]].split("\n")
    body = t[1:]   # first line is the <title>
    if src["truncated"]:
        if body[-1] != "（存档副本至此中断，以下内容未保存。）":
            bad("%s: no cut line" % k)
        body = body[:-1]
    if body != stored:
        bad("%s: <p> lines differ from stored excerpt" % k)
    raw = open(os.path.join(ROOT, "docs", src["file"]), encoding="utf-8").read()
    if "<!-- source: %s -->" % src["url"] not in raw:
        bad("%s: no source comment" % k)
    if not re.search(r"\d(?:萬元|万元|亿元|億元|元)", TEXT[src["file"]]):
        bad("%s: no amounts with units" % k)

e_data.check()
efile = [d for d in TEXT if d.startswith("E-")][0]
prose, tabs = doctext.docx_parts(os.path.join(ROOT, "docs", efile))
wrong = e_data.y(e_data.PROSE_WRONG["2120501"])
right = e_data.y(e_data.by_xiang("gp")["2120501"][0])
if prose.count(wrong) != 1 or wrong in tabs:
    bad("E: planted prose figure %s should occur once, in the prose only" % wrong)
if right not in tabs:
    bad("E: table figure %s missing" % right)
if "本部门2025年无政府性基金预算拨款安排的支出，故本表无数据。" not in prose:
    bad("E: empty-fund note missing")
import zipfile
x = zipfile.ZipFile(os.path.join(ROOT, "docs", efile)).read("word/document.xml").decode("utf-8")
if "<w:gridSpan" not in x or '<w:vMerge w:val="restart"/>' not in x or "<w:vMerge/>" not in x:
    bad("E: tables lack gridSpan/vMerge")

# ---- questions
Q = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in Q]
if len(ids) != len(set(ids)):
    bad("duplicate ids")
def docs_naming(s):
    return [d for d, t in TEXT.items() if s in t]
for q in Q:
    e = q["expect"]
    if q["category"] == "none":
        if not e.get("none") or "cite" in q:
            bad(q["id"] + ": none question must have expect.none and no cite")
        continue
    cd = q["cite"]["doc"]
    named = docs_naming(cd)
    if len(named) != 1:
        bad("%s: cite.doc %s names %d documents" % (q["id"], cd, len(named)))
        continue
    doc = named[0]
    pool = TEXT[doc] if q["category"] != "cross" else "\n".join(TEXT.values())
    for v, u in e.get("values", []) + e.get("any", []):
        if not has_num(pool, v) and not q.get("calc"):
            bad("%s: value %s %s not in %s" % (q["id"], v, u, doc))
    for t in e.get("text", []):
        if t not in pool:
            bad("%s: text %s not in doc" % (q["id"], t))
    if "anytext" in e and not any(t in pool for t in e["anytext"]):
        bad("%s: none of anytext in doc" % q["id"])
    for v, u in e.get("absent", []):
        if has_num(tabs, v):
            bad("%s: absent %s is what the table says" % (q["id"], v))
        if not has_num(prose, v):
            bad("%s: absent %s is not even in the prose" % (q["id"], v))
    if not q.get("ideal"):
        bad(q["id"] + ": no ideal")
    if "history" in q and not isinstance(q["history"], list):
        bad(q["id"] + ": history must be a list")

# ---- every ideal answer passes the scorer's answer checks (ask_eval.check without citations), when the scorer is at hand
AE = "/work/shared/tools/ask_eval.py"
if os.path.exists(AE):
    import importlib.util
    spec = importlib.util.spec_from_file_location("ask_eval", AE)
    ae = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ae)
    for q in Q:
        item = dict(q)
        item.pop("cite", None)
        why = ae.check(item, {"answer": q["ideal"], "citations": []})
        if why:
            bad("%s: ideal fails scorer: %s" % (q["id"], why))

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK %d questions" % len(Q))
