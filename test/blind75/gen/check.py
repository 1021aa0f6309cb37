"""Checks: real docs = stored excerpts; E reconciles and has its planted contradiction and Word-export features;
every cite.doc occurs in exactly one document; every expected value occurs in its document(s) (no 万元/元 conversion is
used in this set: every figure is asked in the unit the document prints); values only derivable carry `calc`."""
import json, os, re, html, glob, sys
from textof import text
import e_data, build_real
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); DOCS = os.path.join(ROOT, "docs")
ok = True
def bad(*m):
    global ok; ok = False; print("FAIL", *m)
# 1 real docs
for src, fn in build_real.SPEC:
    d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
    s = open(os.path.join(DOCS, fn), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", s)]
    if ps[:-1] != build_real.lines_of(d["excerpt"]) or ps[-1] != build_real.CUT: bad("real doc lines differ", fn)
    if f"<!-- source: {d['url']} -->" not in s: bad("source comment", fn)
# 2 E data and features
t = e_data.check()
E = os.path.join(DOCS, "E-lanyu-dag-2025-bmys.html"); es = open(E, encoding="utf-8").read(); et = text(E)
prose, tables = et.split("第四部分　2025年部门预算公开表")
assert "（2210201）21.06万元" in prose and "21.06" not in tables, "planted"
assert "20.16" in tables and "20.16" not in prose.replace("21.06", ""), "table value"
for feat in ["class=MsoNormal", "rowspan=", "colspan=", "page-break-before:always", "续表6", "&nbsp;", "　　", "<b>"]:
    if feat not in es: bad("E lacks", feat)
if not re.search(r"\d<span lang=EN-US[^>]*>[\d.,]", es): bad("E: no number split across spans")
for w in ["虚构", "invented", "fictional", "示例"]:
    if w in es: bad("E marks itself", w)
# 3 questions
docs = {os.path.basename(p)[0]: text(p) for p in glob.glob(os.path.join(DOCS, "*.html"))}
def forms(v):
    f = set()
    if float(v).is_integer():
        i = int(v); f |= {str(i), f"{i:,}", f"{i}.00", f"{i}.0"}
    f |= {f"{v:.2f}", f"{v:,.2f}", f"{v:.1f}" if round(v, 1) == v else f"{v:.2f}", repr(v)}
    return f
def present(v, txt):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", txt): return True
    return False
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
cross_docs = {"B75-X01": "AD", "B75-X02": "CA", "B75-X03": "ED", "B75-X04": "AE", "B75-X05": "DC"}
for o in qs:
    assert set(o) <= {"id", "category", "q", "expect", "cite", "ideal", "calc", "history"}, o["id"]
    if "history" in o: assert isinstance(o["history"], list) and all(isinstance(h, str) for h in o["history"])
    ex = o["expect"]
    if ex.get("none"):
        assert "cite" not in o; continue
    doc = o["cite"]["doc"]; hits = [k for k, v in docs.items() if doc in v]
    if len(hits) != 1: bad(o["id"], "cite.doc in", hits)
    letters = cross_docs.get(o["id"], hits[0] if hits else "")
    txt = "\n".join(docs[L] for L in letters)
    if not any(r in docs[hits[0]] for r in o["cite"]["rows"].split("|")): bad(o["id"], "no cite row in doc")
    for v, u in ex.get("values", []):
        if not present(v, txt):
            if "calc" in o: print("computed", o["id"], v, u, "—", o["calc"])
            else: bad(o["id"], "value not in doc", v, u)
    if ex.get("any") and not any(present(v, txt) for v, u in ex["any"]): bad(o["id"], "no 'any' value in doc")
    for s in ex.get("text", []):
        if s not in txt: bad(o["id"], "text not in doc", s)
    if ex.get("anytext") and not any(s in txt for s in ex["anytext"]): bad(o["id"], "no anytext in doc")
print("OK" if ok else "FAILED", len(qs), "questions")
sys.exit(0 if ok else 1)
