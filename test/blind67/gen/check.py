"""Mechanical check of blind67 (run with /usr/bin/python3: needs openpyxl).
Real docs equal stored text; each cite.doc in exactly one doc and a cite row in it; every expected/absent figure printed
(元<->万元 conversions) or equal to its calc; text/anytext present; every ideal passes ask_eval.check() in strict mode."""
import json, re, sys, html, glob, os
sys.path.insert(0, "/work/shared/tools")
import ask_eval
from openpyxl import load_workbook
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    L = os.path.basename(fn)[0]
    if fn.endswith(".html"):
        DOCS[L] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
    else:
        out = []
        for ws in load_workbook(fn):
            out.append(ws.title)
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    if v is None: continue
                    if isinstance(v, (int, float)) and c.number_format == "#,##0.00": v = f"{v:,.2f}"
                    cells.append(str(v))
                if cells: out.append(" | ".join(cells))
        DOCS[L] = "\n".join(out)
problems = []
for L, src in zip("ABCD", ["src_a.json", "src_b.json", "src_c.json", "src_d.json"]):
    stored = [l for l in json.load(open(os.path.join(HERE, src), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
ORGS = {"A": "余杭区", "B": "金溪县", "C": "贵阳国家高新区", "D": "湛江市各民主黨派", "E": "泓屿市汀澜区鹭湖街道办事处"}
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
    if unit == "亿元": cands |= forms(v * 1e4)
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
# the planted contradiction: prose figure differs from both tables
assert "公务用车运行维护费支出41,253.60元" in DOCS["E"] and "41,253.60" not in DOCS["E"].split("表1收入支出决算总表")[1]
assert DOCS["E"].count("41,235.60") >= 3
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
