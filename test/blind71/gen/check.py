"""Mechanical check of blind71: A-D <p> lines equal the stored excerpts; E reconciles (e_data.check) and has no <table>;
each cite.doc occurs in exactly one document and a cite-row alternative occurs in it; every expected/absent figure is printed
in its document (any document for cross) directly or via 元<->万元 / 亿元<->万元, or equals its calc; text/anytext present;
history is a list of strings; every ideal passes ask_eval.check() (strict, five organisations held); the planted figure
occurs in E's prose only."""
import json, re, sys, html, glob, os
sys.path.insert(0, "/work/shared/tools"); import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
import e_data; e_data.check(e_data.compute())
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    DOCS[os.path.basename(fn)[0]] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
problems = []
for L in "ABCD":
    stored = [l for l in json.load(open(os.path.join(HERE, f"src_{L.lower()}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
Eraw = open(glob.glob(os.path.join(ROOT, "docs", "E-*.html"))[0], encoding="utf-8").read()
if "<table" in Eraw.lower(): problems.append("E has a <table>")
ORGS = {"A": "温州市财政局", "B": "乐昌市林业局", "C": "武义县", "D": "琼中县重大项目推进协调服务中心", "E": "泠川市文化广电旅游局"}
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
        if not i.startswith("B71-X") and hits[0] != i[4]: problems.append(f"{i}: cites doc {hits[0]}")
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
# planted contradiction: prose says 博物馆（2070205）976.55万元; the tables say 967.55
prose, tables = Eraw.split("第三部分")[0], Eraw.split("第三部分")[1]
if "博物馆（2070205）976.55万元" not in prose or "976.55" in tables or "967.55" not in tables or "967.55" in prose:
    problems.append("planted contradiction not as designed")
from collections import Counter
print(Counter(q["category"] for q in qs)); print(Counter(q["id"][4] for q in qs))
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
