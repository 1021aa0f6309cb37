"""Mechanical check of blind65: real docs equal stored text; figures printed (or calc); cite rows present; ideals pass ask_eval.check()."""
import json, re, sys, html, glob, os
sys.path.insert(0, "/work/shared/tools")
import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    raw = open(fn, encoding="utf-8").read()
    txt = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
    DOCS[os.path.basename(fn)[0]] = txt
problems = []
# 1. real docs: <p> lines equal stored lines
for L, src in zip("ABCD", ["src_a.json", "src_b.json", "src_c.json", "src_d.json"]):
    stored = [l for l in json.load(open(os.path.join(HERE, src), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
ORGS = {"A": "渠县", "B": "重庆市铜梁区小林镇人民政府", "C": "湛江市委宣傳部", "D": "奉节县云雾土家族乡人民政府", "E": "泷潭县水利局"}
ask_eval.ORGS[:] = sorted({full: re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", full) for full in ORGS.values()}.items())
def doc_of(cite_doc):
    hits = [L for L, t in DOCS.items() if cite_doc in t]
    return hits
def printed(text, v, unit):
    cands = set()
    def forms(x):
        out = {f"{x:,.2f}", f"{x:.2f}", f"{x:,.1f}", f"{x:.1f}"}
        if abs(x - round(x)) < 1e-9: out |= {f"{int(round(x)):,}", str(int(round(x)))}
        return out
    cands |= forms(v)
    if unit == "元": cands |= forms(v / 1e4)
    if unit == "万元": cands |= forms(v * 1e4)
    return any(re.search(r"(?<![\d.,])" + re.escape(c) + r"(?![\d])", text) for c in cands)
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = set()
for it in qs:
    i = it["id"]; e = it["expect"]
    if i in ids: problems.append(f"{i}: duplicate id")
    ids.add(i)
    if e.get("none"):
        if it.get("cite"): problems.append(f"{i}: none with cite")
    else:
        c = it.get("cite")
        if not c: problems.append(f"{i}: no cite"); continue
        hits = doc_of(c["doc"])
        if len(hits) != 1: problems.append(f"{i}: cite.doc {c['doc']} in {hits}"); continue
        t = DOCS[hits[0]]
        alts = [a for r in c["rows"] for a in r.split("|")]
        if not any(a in t for a in alts): problems.append(f"{i}: no cite row in doc")
        scope = "".join(DOCS.values()) if it["category"] == "cross" else t
        for v, u in e.get("values", []) + e.get("any", [])[:1] + e.get("absent", []):
            if not printed(scope, v, u):
                cv = it.get("calc", "")
                m = re.search(r"=\s*(-?[\d.]+)", cv)
                if not (m and abs(float(m.group(1)) - v) < 0.006 + 1e-6 * abs(v)):
                    problems.append(f"{i}: {v}{u} not printed and no calc")
        for kw in e.get("text", []):
            if kw not in scope: problems.append(f"{i}: text {kw} not in doc")
        if "anytext" in e and not any(k in scope for k in e["anytext"]):
            problems.append(f"{i}: no anytext in doc")
    if it.get("calc"):
        lhs, rhs = it["calc"].rsplit("=", 1)
        if abs(eval(lhs) - float(rhs)) > 0.006: problems.append(f"{i}: calc {it['calc']} wrong ({eval(lhs)})")
    # ideal passes the scorer
    cits = [{"doc": it["cite"]["doc"], "row": it["cite"]["rows"][0].split("|")[0]}] if it.get("cite") else []
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits})
    if why: problems.append(f"{i}: ideal fails: {why}")
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
