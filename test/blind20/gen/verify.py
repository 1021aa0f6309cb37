#!/usr/bin/env python3
"""Check blind20: every printed expected figure appears in its document, cite.doc and a cite row appear in the
document, anytext has an alternative in the document (text/reason/lookup), computed figures recomputed, and every
`ideal` answer passes the scorer's own check()."""
import glob, html, json, os, re, sys
sys.path.insert(0, "/work/shared/tools")
import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
docs = {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    raw = open(p, encoding="utf-8").read()
    title = re.search(r"<title>(.*?)</title>", raw, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    docs[os.path.basename(p)[0]] = (os.path.basename(p), html.unescape(title), text)
DOCKEY = {"蕉城": "A", "防城港市公共资源交易中心": "B", "岳陽": "C", "木塘垸": "D", "黛溪县农业农村局": "E"}
ALL = " ".join(t for _, _, t in docs.values())

def forms(v, unit):
    out = {f"{v:g}", f"{v:.2f}", f"{v:,.2f}", f"{v:.1f}"}
    if float(v).is_integer():
        out |= {str(int(v)), f"{int(v):,}"}
    if unit == "元":  # also accept its 万元 form as printed in prose
        w = v / 1e4; out |= {f"{w:g}", f"{w:.2f}"}
    return out

COMPUTED = {  # id-independent: (value, recomputation)
    0.24: 1087 / 459989 * 100, 0.45: 2075 / 459989 * 100, 883: 1087 - 204, 309.35: 317.6 - 8.25, 93.33: 14 / 15 * 100,
    41.35: 1372 / 3318 * 100, 58.65: 1946 / 3318 * 100, 139.15: 29221520.30 / 21000000 * 100,
    70.18: 23243030 / 33119570.30 * 100, 97.84: (28456320.50 + 3200000) / 32354370.50 * 100, 86.12: 8505630 / 9876540.30 * 100,
}
bad = 0; n = 0
items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [i["id"] for i in items]; assert len(ids) == len(set(ids)), "duplicate ids"
for it in items:
    n += 1; errs = []
    exp = it["expect"]; cite = it.get("cite")
    assert set(exp) <= {"values", "any", "anytext", "text", "org", "absent", "nofigure", "none"}, exp
    letter = DOCKEY[cite["doc"]] if cite else (it["id"][4] if it["id"][4] != "X" else None)
    text = docs[letter][2] if letter else ALL
    if it["category"] == "cross": text = ALL
    computed = it["src"].startswith("computed")
    for v, u in exp.get("values", []) + exp.get("any", []):
        if computed and v in COMPUTED:
            if abs(COMPUTED[v] - v) > 0.006: errs.append(f"computed {v} != {COMPUTED[v]:.4f}")
        elif not any(fm in text for fm in forms(v, u)):
            errs.append(f"figure {v}{u} not printed in doc {letter}")
    if computed and not any(v in COMPUTED for v, _ in exp.get("values", [])):
        errs.append("computed item without recomputation")
    if "anytext" in exp and it["category"] not in ("none",):
        if not any(t in text for t in exp["anytext"]) and not any(t in it["ideal"] for t in exp["anytext"]):
            errs.append("no anytext alternative in doc or ideal")
        if not any(t in text for t in exp["anytext"]):
            print(f"  note {it['id']}: anytext alternatives are paraphrases, none printed in the doc")
    if cite:
        fname, title, dtext = docs[DOCKEY[cite["doc"]]]
        if cite["doc"] not in title and cite["doc"] not in dtext: errs.append("cite.doc not in document")
        alts = [a for r in cite["rows"] for a in r.split("|")]
        hit = [a for a in alts if a in dtext]
        if not hit: errs.append("no cite row alternative appears in document")
        res = {"answer": it["ideal"], "citations": [{"doc": title, "file": fname, "row": hit[0] if hit else alts[0]}]}
    else:
        res = {"answer": it["ideal"], "citations": []}
    why = ask_eval.check(it, res, strict=True)
    if why: errs.append("ideal fails scorer: " + "; ".join(why))
    if errs:
        bad += 1; print("BAD", it["id"], it["q"], "::", " | ".join(errs))
print(f"verified {n} questions, {bad} problems; documents: " + ", ".join(f"{k}={v[0]}" for k, v in sorted(docs.items())))
sys.exit(1 if bad else 0)
