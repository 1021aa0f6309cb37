#!/usr/bin/env python3
"""Checks: (1) every PDF has a text layer; (2) every expected figure / phrase of each question appears in its
document(s), apart from the listed derived ones; (3) each hand-written ideal answer passes ask_eval.check."""
import json, os, re, subprocess, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, "/work/shared/tools")
from ask_eval import check

DOCFILES = {"A": "ln-guihe-nyncj-2024-final.pdf", "B": "hi-qionglan-yyjcz-2025-unit-budget.pdf",
            "C": "tj-xiqing-xzspj-2016-sangong.html", "D": "tj-hongqiao-court-2017-sangong-final.html",
            "E": "hi-szsn-2023-unit-budget.html"}
DERIVED = {("A23", 1.22), ("C11", 2.73), ("D10", 21.0)}  # computed, not printed
bad = 0
texts = {}
for k, fn in DOCFILES.items():
    p = os.path.join(ROOT, "docs", fn)
    if fn.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
        if len(t.strip()) < 1000:
            print("NO TEXT LAYER", fn); bad += 1
        t = re.sub(r"[ \t]+", " ", t)
    else:
        t = html.unescape(re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read()))
    texts[k] = t
flat = {k: re.sub(r"\s+", "", t) for k, t in texts.items()}


def forms(v):
    out = {f"{v:,.2f}", f"{v:.2f}", f"{v:g}"}
    if float(v).is_integer():
        out.add(str(int(v)))
    return out


items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
for it in items:
    doc = it["id"][4]
    pool = "".join(flat.values()) if doc == "X" else flat[doc]
    exp = it["expect"]
    vals = exp.get("values", []) + exp.get("any", [])
    for v, u in vals:
        if (it["id"][4:], v) in DERIVED:
            continue
        if not any(f in pool for f in forms(v)):
            if exp.get("any") and [v, u] in exp["any"]:
                # 'any' needs only one printed alternative
                if any(any(f in pool for f in forms(a)) for a, _ in exp["any"]):
                    continue
            print("FIGURE NOT IN DOC", it["id"], v, u); bad += 1
    for t in exp.get("text", []):
        if re.sub(r"\s+", "", t) not in pool:
            print("TEXT NOT IN DOC", it["id"], t); bad += 1
    if exp.get("anytext") and not any(re.sub(r"\s+", "", t) in pool for t in exp["anytext"]):
        print("NO ANYTEXT IN DOC", it["id"]); bad += 1
    if it.get("cite"):
        if not any(re.sub(r"\s+", "", a) in pool for r in it["cite"]["rows"] for a in r.split("|")):
            print("CITE ROW NOT IN DOC", it["id"], it["cite"]["rows"]); bad += 1
        if it["cite"]["doc"] not in pool:
            print("CITE DOC NAME NOT IN DOC", it["id"]); bad += 1
    cits = []
    if it.get("cite"):
        cits = [{"doc": it["cite"]["doc"] + "（文件）", "row": it["cite"]["rows"][0].split("|")[0]}]
    why = check(it, {"answer": it["ideal"], "citations": cits}, strict=False)
    if why:
        print("IDEAL FAILS", it["id"], why); bad += 1
print(f"{len(items)} questions checked, {bad} problems")
sys.exit(1 if bad else 0)
