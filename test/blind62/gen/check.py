#!/usr/bin/env python3
"""Mechanical checks of blind62: stored text kept, figures printed (or calc), cite rows present, ideals pass ask_eval.check()."""
import json, re, os, html, subprocess, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
spec = importlib.util.spec_from_file_location("ask_eval", "/work/shared/tools/ask_eval.py")
ae = importlib.util.module_from_spec(spec); spec.loader.exec_module(ae)
sys.path.insert(0, HERE)
from build_docs import DOCS, lines_of, CUT
probs = []
texts = {}
for k, (fn, title, cut) in DOCS.items():
    page = open(os.path.join(ROOT, "docs", fn), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page, re.S)]
    url, lines = lines_of(k)
    want = lines + ([CUT] if cut else [])
    if ps != want: probs.append(f"{fn}: <p> lines differ from stored excerpt")
    if f"<!-- source: {url} -->" not in page: probs.append(f"{fn}: no source comment")
    texts[k.upper()] = "".join(lines)
pdf = os.path.join(ROOT, "docs", "E-lichuan-jyj-2025-bmys.pdf")
raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
texts["E"] = re.sub(r"\s+", "", raw) + "\n" + re.sub(r"\s+", " ", raw)
flat = {k: v.replace(",", "") for k, v in texts.items()}
ORGS = {"A": "钦北区那蒙镇人民政府", "B": "厦门市集美区灌口镇中心卫生院", "C": "海南省交通运输厅", "D": "闽侯县财政局", "E": "桐阜市澧川区教育局"}
ae.ORGS.extend(sorted((o, re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", o)) for o in ORGS.values()))
def printed(v, unit, keys):
    forms = {f"{v:g}", f"{v:.2f}", f"{v:.1f}", str(int(v)) if float(v).is_integer() else f"{v:g}"}
    for k in keys:
        for s in forms:
            if re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", flat[k]):
                return True
    return False
items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = set()
for it in items:
    i, exp = it["id"], it["expect"]
    if i in ids: probs.append(f"{i}: duplicate id")
    ids.add(i)
    if it["category"] not in "lookup column change code cross none ratio reason text".split(): probs.append(f"{i}: category")
    cite = it.get("cite")
    if exp.get("none"):
        if cite: probs.append(f"{i}: none with cite")
    else:
        docs = [k for k in texts if cite["doc"] in texts[k]]
        if len(docs) != 1: probs.append(f"{i}: cite.doc {cite['doc']} in {docs}")
        keys = list(texts) if it["category"] == "cross" else docs
        alts = [a for r in cite["rows"] for a in r.split("|")]
        if not any(a in texts[docs[0]] for a in alts): probs.append(f"{i}: no cite row in doc")
        calc_val = None
        if it.get("calc"):
            lhs, rhs = it["calc"].split("=")[:2]
            calc_val = eval(lhs)
            if abs(calc_val - float(rhs.split()[0])) > 0.006: probs.append(f"{i}: calc {it['calc']} -> {calc_val}")
        for v, u in exp.get("values", []):
            if printed(v, u, keys): continue
            if calc_val is not None and abs(calc_val - v) <= 0.06: continue
            probs.append(f"{i}: {v}{u} not printed")
        for v, u in exp.get("absent", []):
            if not printed(v, u, keys): probs.append(f"{i}: absent {v}{u} not printed anywhere")
        for w in exp.get("text", []):
            if not any(w in texts[k] for k in keys): probs.append(f"{i}: text {w} not in doc")
        if "anytext" in exp and not any(w in texts[k] for w in exp["anytext"] for k in keys):
            probs.append(f"{i}: no anytext in doc")
    res = {"answer": it["ideal"], "citations": []}
    if cite:
        res["citations"] = [{"doc": ORGS[docs[0]] + " " + cite["doc"], "row": cite["rows"][0].split("|")[0]}]
    why = ae.check(it, res)
    if why: probs.append(f"{i}: ideal fails check(): {why}")
for p in probs: print(p)
print(f"checked {len(items)} questions; {len(probs)} problems")
