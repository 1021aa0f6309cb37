"""Mechanical check of blind73: A-D <p> lines equal the stored excerpts; E reconciles (e_data.check), is a PDF with no ruling
lines (no line/rect drawing operators); each cite.doc occurs in exactly one document and a cite-row alternative occurs in it;
every expected/absent figure is printed in its document (any document for cross) directly or via 元<->万元, or equals its calc;
text/anytext present; history is a list of strings; every ideal passes ask_eval.check() (strict, five organisations held);
the planted figure occurs in E's prose only."""
import json, re, sys, html, glob, os, subprocess, zlib
sys.path.insert(0, "/work/shared/tools"); import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
import e_data; e_data.check(e_data.compute())
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    DOCS[os.path.basename(fn)[0]] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
EPDF = glob.glob(os.path.join(ROOT, "docs", "E-*.pdf"))[0]
DOCS["E"] = subprocess.run(["pdftotext", "-layout", EPDF, "-"], capture_output=True, text=True).stdout
problems = []
for L in "ABCD":
    stored = [l for l in json.load(open(os.path.join(HERE, f"src_{L.lower()}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
raw = open(EPDF, "rb").read()
streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S)  # built with pageCompression=0: content streams are plain
if not any(b" Tj" in s for s in streams): problems.append("E: content streams not readable")
if any(re.search(rb"(^|\s)(re|l|S|B)\s*$", s, re.M) for s in streams if b" Tj" in s): problems.append("E has drawn lines/rects")
ORGS = {"A": "北京市机关事务管理局第一幼儿园", "B": "北京市通州区玉桥街道办事处", "C": "北京市通州区永顺镇中心幼儿园", "D": "北京市文物局", "E": "澄岱市生态环境监测中心站"}
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
    if unit == "万元": cands |= forms(v * 1e4)
    return any(re.search(r"(?<![\d.,])" + re.escape(c) + r"(?![\d])", text) for c in cands)
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = set()
for it in qs:
    i = it["id"]; e = it["expect"]
    if i in ids: problems.append(f"{i}: duplicate id")
    ids.add(i)
    if it.get("history") is not None and not (isinstance(it["history"], list) and all(isinstance(h, str) for h in it["history"])):
        problems.append(f"{i}: history not a list of strings")
    if e.get("none"):
        if it.get("cite"): problems.append(f"{i}: none with cite")
    else:
        c = it.get("cite")
        if not c: problems.append(f"{i}: no cite"); continue
        hits = [L for L, t in DOCS.items() if c["doc"] in t]
        if len(hits) != 1: problems.append(f"{i}: cite.doc {c['doc']} in {hits}"); continue
        t = DOCS[hits[0]]
        if not i.startswith("B73-X") and hits[0] != i[4]: problems.append(f"{i}: cites doc {hits[0]}")
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
# planted contradiction: prose says 生态环境监测与信息（2110104）1,178.58万元; the tables say 1,187.58
prose, tables = DOCS["E"].split("2025年单位预算表")[0], DOCS["E"].split("2025年单位预算表")[1]
if "（2110104）1,178.58万元" not in prose or "1,178.58" in tables or "1,187.58" not in tables or "1,187.58" in prose:
    problems.append("planted contradiction not as designed")
from collections import Counter
print(sorted(Counter(q["category"] for q in qs).items())); print(sorted(Counter(q["id"][4] for q in qs).items()))
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
