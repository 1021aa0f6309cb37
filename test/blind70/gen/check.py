"""Checks for blind70: real docs equal their stored excerpts; E reconciles (e_data.check) and holds the planted figure only
in its prose; every cite.doc occurs in exactly one document; every cite row alternative set has a hit in the cited document;
every expected value (not marked calc) occurs in the cited document's text (numbers compared as decimals, thousands separators
ignored; all values are in the unit the document prints, so no 万元/元 conversion is needed); absent values do not occur next to
the asked item in the tables."""
import json, os, re, html, subprocess, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import e_data, build_real
e_data.check()
texts = {}
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".html"):
        raw = open(p, encoding="utf-8").read()
        ps = [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", raw)]
        texts[fn] = "\n".join(ps)
    else:
        a = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        texts[fn] = a + "\n" + b + "\n" + b.replace("\n", "")
# real docs word for word
for src, fn, url, title, cut in build_real.SPEC:
    ps = texts[fn].split("\n")
    want = build_real.lines_of(src) + ([build_real.CUT] if cut else [])
    assert ps == want, fn
    assert f"<!-- source: {url} -->" in open(os.path.join(DOCS, fn), encoding="utf-8").read()
E = [k for k in texts if k.startswith("E-")][0]
# planted figure: 8.47 occurs only in prose, never in tables
lay = subprocess.run(["pdftotext", "-layout", os.path.join(DOCS, E), "-"], capture_output=True, text=True).stdout
hits = [l for l in lay.split("\n") if "8.47" in l]
assert hits and all("支出决算为8.47" in l or "运行维护费支出决算为8.47" in l for l in hits), hits
def nums(t):
    t = t.replace(",", "")
    return {Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", t)}
N = {k: nums(v) for k, v in texts.items()}
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
bad = 0
ids = set()
for o in qs:
    assert o["id"] not in ids; ids.add(o["id"])
    assert set(o) <= {"id", "category", "q", "expect", "cite", "ideal", "calc", "history"}, o["id"]
    if "history" in o: assert isinstance(o["history"], list) and all(isinstance(h, str) for h in o["history"])
    ex = o["expect"]
    if ex.get("none"):
        assert "cite" not in o and o["category"] == "none", o["id"]; continue
    doc = o["cite"]["doc"]
    owners = [k for k, v in texts.items() if doc in v]
    if len(owners) != 1: print("cite.doc not unique", o["id"], doc, owners); bad += 1; continue
    t = texts[owners[0]]
    rows = o["cite"]["rows"][0].split("|") if isinstance(o["cite"]["rows"], list) else o["cite"]["rows"].split("|")
    if not any(r in t for r in rows): print("no row", o["id"], rows); bad += 1
    # values: in the cited doc, or (cross) in any doc; calc values may be derived
    pool = N[owners[0]] if o["category"] != "cross" else set().union(*N.values())
    for v, u in ex.get("values", []) + ex.get("any", []):
        if Decimal(str(v)) not in pool and "calc" not in o:
            print("value not found", o["id"], v, u); bad += 1
    for s in ex.get("text", []):
        if s not in t: print("text not found", o["id"], s); bad += 1
    if ex.get("anytext") and not any(s in t for s in ex["anytext"]) and o["category"] != "cross":
        print("anytext not found", o["id"], ex["anytext"]); bad += 1
for o in qs:
    if o["expect"].get("absent"):
        print("absent", o["id"], o["expect"]["absent"])
from collections import Counter
print(len(qs), "questions;", dict(Counter(o["category"] for o in qs)))
print("problems:", bad)
sys.exit(1 if bad else 0)
