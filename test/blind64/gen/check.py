"""Mechanical check of blind64: stored text kept, figures printed, cite rows present, ideals pass ask_eval.check()."""
import json, re, subprocess, sys, html, importlib.util
sys.path.insert(0, "."); from build_docs import SPEC, CUT, lines
spec = importlib.util.spec_from_file_location("ask_eval", "/work/shared/tools/ask_eval.py"); ae = importlib.util.module_from_spec(spec); spec.loader.exec_module(ae)
ORG = {"A": "江宁区财政局", "B": "金寨县", "C": "青岛市政协", "D": "内蒙古自治区公共资源交易中心", "E": "榆汀市文化和旅游局"}
probs = []
TXT = {}
for k, (fn, title, cut) in SPEC.items():
    h = open(f"../docs/{fn}", encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", h)]
    url, ls = lines(k)
    want = ls + ([CUT] if cut else [])
    if ps != want: probs.append(f"{fn}: <p> lines differ from stored text")
    TXT[k.upper()] = "\n".join(ps) + "\n" + title
pdf = "../docs/E-yuting-wlj-2024-bmjs.pdf"
TXT["E"] = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout + subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
for L, t in TXT.items():
    if L != "D" and not re.search(r"\d", t): probs.append(f"{L}: no figures")
ae.ORGS.extend(sorted((o, re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", o)) for o in ORG.values()))
CN = {1: "一", 2: "两", 3: "三"}
def printed(v, t):
    flat = t.replace(",", "")
    cands = {f"{v:.2f}", f"{v:.1f}", f"{v:g}"}
    if float(v).is_integer(): cands.add(str(int(v)))
    for c in cands:
        if re.search(r"(?<![\d.])" + re.escape(c) + r"(?![\d])", flat): return True
    return int(v) == v and CN.get(int(v), "@") in t
def doc_of(cite):
    ds = [L for L, o in ORG.items() if cite["doc"] in o]
    return ds
n = 0
for line in open("../questions.jsonl", encoding="utf-8"):
    it = json.loads(line); n += 1; i = it["id"]; ex = it["expect"]
    if it["category"] not in {"lookup", "column", "change", "code", "cross", "none", "ratio", "reason", "text"}: probs.append(f"{i}: category")
    if ex.get("none"):
        if "cite" in it: probs.append(f"{i}: none with cite")
    else:
        ds = doc_of(it["cite"])
        if len(ds) != 1: probs.append(f"{i}: cite.doc matches {ds}"); continue
        L = ds[0]; t = TXT[L] if it["category"] != "cross" else "\n".join(TXT.values())
        alts = [a for r in it["cite"]["rows"] for a in r.split("|")]
        if not any(a in TXT[L] for a in alts): probs.append(f"{i}: no cite row in {L}")
        for v, u in ex.get("values", []) + ex.get("any", []):
            if not printed(v, t) and not it.get("calc"): probs.append(f"{i}: {v}{u} not printed")
        for w in ex.get("text", []):
            if w not in t: probs.append(f"{i}: text {w} not in doc")
        if "anytext" in ex and not any(w in t or w in ("下降", "减少", "增加") for w in ex["anytext"]):
            probs.append(f"{i}: no anytext in doc")
        for v, u in ex.get("absent", []):
            if not printed(v, "\n".join(TXT.values())): probs.append(f"{i}: absent {v} not printed anywhere")
        cits = [{"doc": ORG[L], "row": alts[0]}]
    if ex.get("none"): cits = []
    why = ae.check(it, {"answer": it["ideal"], "citations": cits})
    if why: probs.append(f"{i}: ideal fails: {why}")
for p in probs: print(p)
print(f"checked {n} questions; {len(probs)} problems")
