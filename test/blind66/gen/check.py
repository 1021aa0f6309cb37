"""Mechanical check of blind66: real docs equal the transcribed stored text; E totals reconcile; each cite.doc is in exactly one
document and a cite row occurs in it; every expected (and absent) figure is printed in its document (万元 as printed, or 元×10⁴),
or equals its calc; text/anytext words occur; every ideal passes ask_eval.check() in strict mode."""
import json, re, sys, html, glob, os, zipfile
sys.path.insert(0, "/work/shared/tools")
import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import e_data, build_real
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    L = os.path.basename(fn)[0]
    if fn.endswith(".docx"):
        x = zipfile.ZipFile(fn).read("word/document.xml").decode("utf-8")
        x = x.replace("</w:tc>", " | ").replace("</w:p>", "\n")
        DOCS[L] = html.unescape(re.sub(r"<[^>]+>", "", x))
    else:
        DOCS[L] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
problems = []
# 1. real docs: <p> lines equal stored lines
for L, src, out, url, title, cut in build_real.DOCS:
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(os.path.join(ROOT, "docs", out), encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != build_real.CUT]
    if ps != build_real.lines_of(src): problems.append(f"{L}: <p> lines differ from stored text")
# 2. E reconciles; the planted prose figure is present once and the table figure is elsewhere
e_data.check()
if DOCS["E"].count("事业收入62.40万元") != 1: problems.append("E: planted figure not found once")
if "64.20" not in DOCS["E"]: problems.append("E: table figure 64.20 missing")
ORGS = {"A": "鄂城区", "B": "竹山县上庸镇财政所", "C": "臨湘市第一中學", "D": "岳阳市城市管理监督指挥中心", "E": "沣岭县卫生健康局"}
ask_eval.ORGS[:] = sorted({f: re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", f) for f in ORGS.values()}.items())


def printed(text, v, unit):
    def forms(x):
        out = {f"{x:,.2f}", f"{x:.2f}", f"{x:,.1f}", f"{x:.1f}"}
        if abs(x - round(x)) < 1e-9: out |= {f"{int(round(x)):,}", str(int(round(x)))}
        return out
    cands = forms(v)
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
        hits = [L for L, t in DOCS.items() if c["doc"] in t]
        if len(hits) != 1: problems.append(f"{i}: cite.doc {c['doc']} in {hits}"); continue
        t = DOCS[hits[0]]
        alts = [a for r in c["rows"] for a in r.split("|")]
        if not any(a in t for a in alts): problems.append(f"{i}: no cite row in doc")
        scope = "".join(DOCS.values()) if it["category"] == "cross" else t
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
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
