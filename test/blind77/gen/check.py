"""Checks: real docs = stored excerpts; E reconciles, its prose percentages are the rounding of its figures, the planted
contradiction is present exactly once; every cite.doc occurs in exactly one document; every expected value/text occurs in
its document(s) (no 万元/元 conversion is used; 亿元 and 万元 are each checked as printed); values only derivable carry `calc`."""
import json, os, re, html, glob, sys
from textof import text
import e_data, build_real
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); DOCS = os.path.join(ROOT, "docs")
ok = True
def bad(*m):
    global ok; ok = False; print("FAIL", *m)
for src, fn in build_real.SPEC:
    d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
    s = open(os.path.join(DOCS, fn), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", s)]
    if ps[:-1] != build_real.lines_of(d["excerpt"]) or ps[-1] != build_real.CUT: bad("real doc lines differ", fn)
    if f"<!-- source: {d['url']} -->" not in s: bad("source comment", fn)
# E
t = e_data.check()
import build_e
E = os.path.join(DOCS, "E-lanfeng-czj-2025-ysbg.html"); es = open(E, encoding="utf-8").read(); et = text(E)
prose, tables = et.split("附件：")
for v, a, b in build_e.PCTS:
    if e_data.pct(a, b) != v: bad("E pct", v, a, b)
    if v + "%" not in prose: bad("E pct missing", v)
P = e_data.PLANTED
if prose.count(f"教育支出{P['prose']}万元") != 1 or str(P["prose"]) in tables: bad("planted prose figure")
if f"205 | 教育支出 | 68500 | {P['table']} |" not in tables or str(P["table"]) in prose: bad("planted table figure")
for w in ["虚构", "invented", "fictional", "示例", "测试"]:
    if w in es: bad("E marks itself", w)
for feat in ["—", "<table", "附表6", "政府债务限额"]:
    if feat not in es: bad("E lacks", feat)
# questions
docs = {os.path.basename(p)[0]: text(p) for p in glob.glob(os.path.join(DOCS, "*.html"))}
def forms(v):
    f = set()
    if float(v).is_integer():
        i = int(v); f |= {str(i), f"{i:,}", f"{i}.00", f"{i}.0"}
    f |= {f"{v:.2f}", f"{v:,.2f}", f"{v:.1f}" if round(v, 1) == v else f"{v:.2f}", repr(v)}
    return f
def present(v, txt):
    return any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", txt) for s in forms(v))
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
cross_docs = {"B77-X01": "AB", "B77-X02": "DE", "B77-X03": "EA", "B77-X04": "BC", "B77-X05": "DE"}
ids = set()
for o in qs:
    assert o["id"] not in ids, o["id"]; ids.add(o["id"])
    assert set(o) <= {"id", "category", "q", "expect", "cite", "ideal", "calc", "history"}, o["id"]
    if "history" in o: assert isinstance(o["history"], list) and all(isinstance(h, str) for h in o["history"])
    ex = o["expect"]
    if ex.get("none"):
        assert "cite" not in o and o["category"] == "none"; continue
    doc = o["cite"]["doc"]; hits = [k for k, v in docs.items() if doc in v]
    if len(hits) != 1: bad(o["id"], "cite.doc in", hits)
    letters = cross_docs.get(o["id"], hits[0] if hits else "")
    if o["category"] == "cross" and letters[0] != hits[0]: bad(o["id"], "cross cites not first doc")
    txt = "\n".join(docs[L] for L in letters)
    if not any(r in docs[hits[0]] for r in o["cite"]["rows"].split("|")): bad(o["id"], "no cite row in doc")
    for v, u in ex.get("values", []):
        if not present(v, txt):
            if "calc" in o: print("computed", o["id"], v, u, "—", o["calc"])
            else: bad(o["id"], "value not in doc", v, u)
    if ex.get("any") and not any(present(v, txt) for v, u in ex["any"]): bad(o["id"], "no 'any' value in doc")
    for v, u in ex.get("absent", []):
        if not present(v, txt): bad(o["id"], "absent value not even printed (planted?)", v)
    for s in ex.get("text", []):
        if s not in txt: bad(o["id"], "text not in doc", s)
    if ex.get("anytext") and not any(s in txt for s in ex["anytext"]): bad(o["id"], "no anytext in doc")
from collections import Counter
print(Counter(o["category"] for o in qs)); print(Counter(o["id"][4] for o in qs))
print("OK" if ok else "FAILED", len(qs), "questions")
sys.exit(0 if ok else 1)
