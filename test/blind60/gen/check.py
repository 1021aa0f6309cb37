#!/usr/bin/env python3
"""Mechanical check of blind60: documents, figures, cite rows, and ideal answers against ask_eval.check()."""
import json, os, re, sys, html as H
G = os.path.dirname(os.path.abspath(__file__)); B = os.path.join(G, ".."); D = os.path.join(B, "docs")
sys.path.insert(0, "/work/shared/tools")
import ask_eval
DOCS = {"A": ("A-yongxiu-jiangshang-2022-bmys.html", "永修县江上乡人民政府", "a"),
        "B": ("B-hukou-2023-yszx.html", "湖口县", "b"),
        "C": ("C-huangshan-zyyy-2023-dwjs.html", "黄山市中医医院", "c"),
        "D": ("D-xuzhou-32zhong-2023-dwjs.html", "徐州市第三十二中学", "d"),
        "E": ("E-lanzhou-wjw-2025-bmys.html", "澜州市卫生健康委员会", None)}
CUT = "（存档副本至此中断，以下内容未保存。）"
probs = []
text = {}
for k, (fn, org, src) in DOCS.items():
    raw = open(os.path.join(D, fn), encoding="utf-8").read()
    t = H.unescape(re.sub(r"<[^>]+>", "\n", raw))
    text[k] = re.sub(r"(?<=\d),(?=\d{3})", "", t)
    if src:
        stored = [l for l in json.load(open(os.path.join(G, f"src_{src}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
        ps = [H.unescape(x) for x in re.findall(r"<p>(.*?)</p>", raw, re.S)]
        if ps[:-1] != stored or ps[-1] != CUT:
            probs.append(f"{k}: <p> lines differ from the stored excerpt")
        if "<!-- source: " not in raw:
            probs.append(f"{k}: no source comment")
alltext = "\n".join(text.values())

def printed(v, t):
    forms = {f"{v:.2f}", f"{v:g}"}
    if float(v).is_integer(): forms.add(str(int(v)))
    if round(v, 1) == v: forms.add(f"{v:.1f}")
    for s in forms:
        if re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d]|\.\d)", t):
            return True
    return False

def doc_of(name):
    hits = [k for k, (_, org, _) in DOCS.items() if name in org]
    return hits

ask_eval.ORGS.extend(sorted({org: re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", org) for _, org, _ in DOCS.values()}.items()))
items = [json.loads(l) for l in open(os.path.join(B, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = set()
for it in items:
    i = it["id"]; e = it["expect"]; cat = it["category"]
    if i in ids: probs.append(f"{i}: duplicate id")
    ids.add(i)
    if cat not in {"lookup", "column", "change", "code", "cross", "none", "ratio", "reason", "text"}:
        probs.append(f"{i}: bad category")
    if e.get("none"):
        if it.get("cite"): probs.append(f"{i}: none question with cite")
    else:
        c = it.get("cite")
        if not c: probs.append(f"{i}: no cite"); continue
        hits = doc_of(c["doc"])
        if len(hits) != 1: probs.append(f"{i}: cite.doc {c['doc']} matches {hits}"); continue
        k = hits[0]; t = alltext if cat == "cross" else text[k]
        alts = [a for r in c["rows"] for a in r.split("|")]
        if not any(a in text[k] for a in alts): probs.append(f"{i}: no cite row of {alts} in {k}")
        calc = it.get("calc")
        cval = None
        if calc:
            expr, res = calc.split("=")[:2]
            cval = float(res)
            if abs(eval(expr) - cval) > 0.006: probs.append(f"{i}: calc {calc} evaluates to {eval(expr):.4f}")
            for n in re.findall(r"\d+(?:\.\d+)?", expr):
                if n not in ("100",) and not printed(float(n), t): probs.append(f"{i}: calc operand {n} not printed")
        for v, u in e.get("values", []) + e.get("any", []):
            if not printed(v, t) and not (cval is not None and abs(cval - v) < 0.006):
                probs.append(f"{i}: value {v}{u} not printed in {k}")
        for w in e.get("text", []):
            if w not in t: probs.append(f"{i}: text {w} not in {k}")
        if e.get("anytext") and not any(w in t or w in it["ideal"] for w in e["anytext"]):
            probs.append(f"{i}: no anytext word in {k}")
        for v, u in e.get("absent", []):
            if not printed(v, alltext): probs.append(f"{i}: absent {v}{u} printed nowhere")
    cits = []
    if it.get("cite"):
        k = doc_of(it["cite"]["doc"])[0]
        cits = [{"doc": DOCS[k][1] + " " + DOCS[k][0], "row": it["cite"]["rows"][0]}]
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits})
    if why: probs.append(f"{i}: ideal fails check(): {why}")
for p in probs: print(p)
print(f"checked {len(items)} questions; {len(probs)} problems")
sys.exit(1 if probs else 0)
