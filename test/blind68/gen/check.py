"""Mechanical check of blind68. Real docs equal the transcribed stored text; each cite.doc in exactly one doc and a cite row in it;
every expected/absent figure printed in its document (万元<->元 and 亿元<->万元 conversions, commas optional; for the PDF also with line
breaks removed, since pdftotext wraps prose) or equal to its calc; text/anytext present; every ideal passes ask_eval.check()."""
import json, re, sys, html, glob, os, subprocess
sys.path.insert(0, "/work/shared/tools")
import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    L = os.path.basename(fn)[0]
    if fn.endswith(".html"):
        DOCS[L] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
    else:
        raw = subprocess.run(["pdftotext", fn, "-"], capture_output=True, text=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", fn, "-"], capture_output=True, text=True).stdout
        DOCS[L] = raw + "\n" + lay + "\n" + re.sub(r"\s*\n\s*", "", raw)
problems = []
for d in json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8")):
    stored = [l for l in open(os.path.join(HERE, d["src"]), encoding="utf-8").read().split("\n") if l.strip()]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(os.path.join(ROOT, "docs", d["out"]), encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{d['out']}: <p> lines differ from stored text")
ORGS = {"A": "沂源县中庄镇社庄完全小学", "B": "中國致公黨北京市委員會", "C": "天津市滨海新区", "D": "天津市东丽区", "E": "鹤川县交通运输局"}
for L, o in ORGS.items():
    if o not in DOCS[L]: problems.append(f"{L}: organisation {o} not in its text")
ask_eval.ORGS[:] = sorted({full: re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", full) for full in ORGS.values()}.items())
def forms(x):
    out = {f"{x:,.2f}", f"{x:.2f}", f"{x:,.1f}", f"{x:.1f}"}
    if abs(x - round(x)) < 1e-9: out |= {f"{int(round(x)):,}", str(int(round(x)))}
    return out
def printed(text, v, unit):
    cands = forms(v)
    if unit == "元": cands |= forms(v / 1e4)
    if unit == "万元": cands |= forms(v * 1e4) | forms(v / 1e4)
    if unit == "亿元": cands |= forms(v * 1e4)
    return any(re.search(r"(?<![\d.,])" + re.escape(c) + r"(?![\d])", text) for c in cands)
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = set()
for it in qs:
    i = it["id"]; e = it["expect"]
    if i in ids: problems.append(f"{i}: duplicate id")
    ids.add(i)
    if "history" in it and not all(isinstance(h, str) for h in it["history"]): problems.append(f"{i}: history not strings")
    if e.get("none"):
        if it.get("cite"): problems.append(f"{i}: none with cite")
    else:
        c = it.get("cite")
        if not c: problems.append(f"{i}: no cite"); continue
        hits = [L for L, t in DOCS.items() if c["doc"] in t]
        if len(hits) != 1: problems.append(f"{i}: cite.doc {c['doc']} in {hits}"); continue
        t = DOCS[hits[0]]
        alts = [a for r in c["rows"] for a in r.split("|")]
        if not any(a in t for a in alts): problems.append(f"{i}: no cite row in doc")
        scope = "\n".join(DOCS.values()) if it["category"] == "cross" else t
        for v, u in e.get("values", []) + e.get("any", [])[:1] + e.get("absent", []):
            if not printed(scope, v, u):
                m = re.search(r"=\s*(-?[\d.]+)$", it.get("calc", ""))
                if not (m and abs(float(m.group(1)) - v) < 0.006 + 1e-6 * abs(v)):
                    problems.append(f"{i}: {v}{u} not printed and no calc")
        for kw in e.get("text", []):
            if kw not in scope: problems.append(f"{i}: text {kw} not in doc")
        if "anytext" in e and not any(k in scope for k in e["anytext"]):
            problems.append(f"{i}: no anytext in doc")
    if it.get("calc"):
        lhs, rhs = it["calc"].rsplit("=", 1)
        if abs(eval(lhs) - float(rhs)) > 0.006: problems.append(f"{i}: calc {it['calc']} wrong ({eval(lhs)})")
    cits = [{"doc": it["cite"]["doc"], "row": it["cite"]["rows"][0].split("|")[0]}] if it.get("cite") else []
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits})
    if why: problems.append(f"{i}: ideal fails: {why}")
# the planted contradiction: prose 1,579.04 vs table 1,597.04 for 2140106
lay = subprocess.run(["pdftotext", "-layout", glob.glob(os.path.join(ROOT, "docs", "E-*.pdf"))[0], "-"], capture_output=True, text=True).stdout
assert "2140106公路养护1,579.04万元" in lay and "1,579.04" not in lay.split("表1 部门收支总表")[-1]
assert re.search(r"214\s+01\s+06\s+公路养护\s+1,478.30\s+1,597.04", lay)
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
