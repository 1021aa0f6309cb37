#!/usr/bin/env python3
"""Checks questions.jsonl against docs/: every expected number is printed in its document (or is a
declared computed figure whose formula uses printed figures), cite.doc and a cite row appear in the
document, text keywords appear, and every `ideal` answer passes the scorer's own check()."""
import glob, html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, "/work/shared/tools")
import ask_eval

def text_of(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

DOCS = {os.path.basename(p).split("-")[1]: (p, text_of(p)) for p in glob.glob(os.path.join(ROOT, "docs", "B21-*.html"))}

def forms(v):
    out = set()
    for d in (0, 1, 2):
        x = f"{v:.{d}f}"
        if d == 0 and abs(v - round(v)) > 1e-9:
            continue
        out.add(x)
        out.add(f"{v:,.{d}f}")
    return out

def printed(v, text):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text):
            return True
    return False

P = lambda a, b: round(a / b * 100 + 1e-9, 2)
COMPUTED = {  # id -> {value: (formula result, printed inputs)}
    "B21-A10": {74.80: (P(516.39, 690.36), [516.39, 690.36])},
    "B21-C03": {99.31: (P(1819.09, 1831.82), [1819.09, 1831.82])},
    "B21-C04": {12.73: (round(1831.82 - 1819.09, 2), [1831.82, 1819.09])},
    "B21-B05": {4575.44: (round(6588.71 - 2013.27, 2), [6588.71, 2013.27])},
    "B21-D05": {3716.04: (round(4471.22 - 755.18, 2), [4471.22, 755.18])},
    "B21-D06": {3683.91: (round(4471.22 - 250 - 537.31, 2), [4471.22, 250, 537.31])},
    "B21-E17": {46.39: (P(1701.63, 3668.43), [1701.63, 3668.43])},
    "B21-E18": {30.08: (P(1103.60, 3668.43), [1103.60, 3668.43])},
    "B21-E19": {14.65: (P(249.26, 1701.63), [249.26, 1701.63])},
    "B21-E20": {76.56: (P(142.70, 186.40), [142.70, 186.40])},
    "B21-E23": {2.85: (round(24.90 - 22.05, 2), [24.90, 22.05])},
    "B21-E24": {53.60: (round(150.00 - 96.40, 2), [150.00, 96.40])},
    "B21-X02": {8420.53: (round(6588.71 + 1831.82, 2), [6588.71, 1831.82])},
}

def doc_for(item):
    letter = item["id"][4]
    if letter in DOCS:
        return [DOCS[letter]]
    return list(DOCS.values())  # cross / global none: any document

items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
errors, ids = [], set()
for it in items:
    iid = it["id"]
    if iid in ids: errors.append(f"{iid}: duplicate id")
    ids.add(iid)
    exp = it["expect"]
    unknown = set(exp) - {"values", "any", "anytext", "text", "org", "absent", "nofigure", "none"}
    if unknown: errors.append(f"{iid}: unsupported expect keys {unknown}")
    docs = doc_for(it)
    alltext = " ".join(t for _, t in docs)
    for v, u in exp.get("values", []) + exp.get("any", []):
        if iid in COMPUTED and v in COMPUTED[iid]:
            res, ins = COMPUTED[iid][v]
            if abs(res - v) > 0.005: errors.append(f"{iid}: computed {v} != formula {res}")
            for x in ins:
                if not printed(x, alltext): errors.append(f"{iid}: formula input {x} not printed")
        elif not printed(v, alltext):
            errors.append(f"{iid}: {v}{u} not printed in document")
    for kw in exp.get("text", []):
        if kw not in alltext: errors.append(f"{iid}: text '{kw}' not in document")
    if "anytext" in exp and not any(k in alltext for k in exp["anytext"]):
        errors.append(f"{iid}: none of anytext {exp['anytext']} in document")
    cite = it.get("cite")
    if cite:
        if cite["doc"] not in alltext: errors.append(f"{iid}: cite.doc '{cite['doc']}' not in document")
        alts = [a for r in cite["rows"] for a in r.split("|")]
        if not any(a in alltext for a in alts): errors.append(f"{iid}: no cite row {alts} in document")
    # ideal must pass the scorer's check with a citation naming doc and first row
    res = {"answer": it["ideal"], "citations": [{"doc": cite["doc"], "row": cite["rows"][0].split("|")[0]}] if cite else []}
    why = ask_eval.check(it, res)
    if why: errors.append(f"{iid}: ideal fails scorer: {why}")
    # a 'none' ideal should not pass as a figure answer by accident; a figure ideal must not sound like a refusal-only
for e in errors: print("ERR", e)
from collections import Counter
print(f"questions: {len(items)}  by category: {dict(Counter(i['category'] for i in items))}")
print(f"by document: {dict(Counter(i['id'][4] for i in items))}")
print("verify:", "OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
