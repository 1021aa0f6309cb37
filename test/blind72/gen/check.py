"""Mechanical check of blind72: A-D <p> lines equal the stored excerpts; E (docx, unzipped) reconciles (e_data.check), has real
merged cells (gridSpan + vMerge) and a 续表 second table; each cite.doc occurs in exactly one document and a cite-row alternative
occurs in it; every expected/absent figure is printed in its document (any document for cross) directly or via 元<->万元,
or equals its calc; text/anytext present; history is a list of strings; the planted figure is in E's prose only."""
import json, re, sys, html, glob, os, zipfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
import e_data; e_data.check(e_data.compute())
from docx_text import docx_text
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    DOCS[os.path.basename(fn)[0]] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
EFN = glob.glob(os.path.join(ROOT, "docs", "E-*.docx"))[0]
DOCS["E"] = docx_text(EFN)
problems = []
for L in "ABCD":
    stored = [l for l in json.load(open(os.path.join(HERE, f"src_{L.lower()}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
x = zipfile.ZipFile(EFN).read("word/document.xml").decode()
if x.count("<w:tbl>") < 10: problems.append("E: fewer than 10 tables")
if "<w:gridSpan" not in x or '<w:vMerge w:val="restart"/>' not in x or "<w:vMerge/>" not in x: problems.append("E: no merged cells")
if "续表" not in DOCS["E"]: problems.append("E: no 续表")
if "本部门无政府性基金收支，故本表为空" not in DOCS["E"]: problems.append("E: no empty-fund note")
ORGS = {"A": "宁夏回族自治区", "B": "兴安盟财政局", "C": "巴中市财政局", "D": "沙湾区财政局", "E": "祁澜县水利局"}
for L, o in ORGS.items():
    if o not in DOCS[L]: problems.append(f"{L}: organisation {o} not in its text")
def forms(v):
    out = {f"{v:,.2f}", f"{v:.2f}", f"{v:,.1f}", f"{v:.1f}"}
    if abs(v - round(v)) < 1e-9: out |= {f"{int(round(v)):,}", str(int(round(v)))}
    return out
def printed(text, v, unit):
    c = forms(v)
    if unit == "元": c |= forms(v / 1e4)
    if unit == "万元": c |= forms(v * 1e4)
    return any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text) for s in c)
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = set()
for it in qs:
    i = it["id"]; e = it["expect"]
    if i in ids: problems.append(f"{i}: duplicate id")
    ids.add(i)
    if set(it) - {"id", "category", "q", "expect", "cite", "ideal", "calc", "history"}: problems.append(f"{i}: extra fields")
    if it.get("history") is not None and not (isinstance(it["history"], list) and all(isinstance(h, str) for h in it["history"])):
        problems.append(f"{i}: history not a list of strings")
    if e.get("none"):
        if it.get("cite"): problems.append(f"{i}: none with cite")
        continue
    c = it.get("cite")
    if not c: problems.append(f"{i}: no cite"); continue
    hits = [L for L, t in DOCS.items() if c["doc"] in t]
    if len(hits) != 1: problems.append(f"{i}: cite.doc {c['doc']} in {hits}"); continue
    t = DOCS[hits[0]]
    if not i.startswith("B72-X") and hits[0] != i[4]: problems.append(f"{i}: cites doc {hits[0]}")
    alts = [a for r in c["rows"] for a in r.split("|")]
    if not any(a in t for a in alts): problems.append(f"{i}: no cite row in doc")
    scope = "\n".join(DOCS.values()) if it["category"] == "cross" else t
    m = re.search(r"=\s*(-?[\d.]+)$", it.get("calc", ""))
    for v, u in e.get("values", []) + e.get("any", [])[:1] + e.get("absent", []):
        if not printed(scope, v, u) and not (m and abs(float(m.group(1)) - v) < 0.006 + 1e-6 * abs(v)):
            problems.append(f"{i}: {v}{u} not printed and no calc")
    for v, u in e.get("values", []):   # the ideal states every expected figure (in the unit asked, or converted)
        if not printed(it["ideal"], v, u): problems.append(f"{i}: ideal lacks {v}{u}")
    for kw in e.get("text", []):
        if kw not in scope: problems.append(f"{i}: text {kw} not in doc")
        if kw not in it["ideal"]: problems.append(f"{i}: ideal lacks text {kw}")
    if "anytext" in e and not any(k in scope for k in e["anytext"]): problems.append(f"{i}: no anytext in doc")
    if "anytext" in e and not any(k in it["ideal"] for k in e["anytext"]): problems.append(f"{i}: ideal lacks anytext")
    if it.get("calc"):
        lhs, rhs = it["calc"].rsplit("=", 1)
        if abs(eval(lhs) - float(rhs)) > 0.006: problems.append(f"{i}: calc {it['calc']} wrong ({eval(lhs)})")
# planted contradiction: prose says 2130306 支出决算为286.74万元; the tables say 2,687,400.00 (268.74)
E = DOCS["E"]; prose, tables = E.split("第四部分  2024年度部门决算表")[1], E.split("第四部分  2024年度部门决算表")[2]
if "（2130306）：年初预算为262.40万元，支出决算为286.74万元" not in prose or "2,867,400" in tables or "286.74" in tables \
        or "2130306 | 水利工程运行与维护 | 2,624,000.00 | 2,687,400.00" not in tables or "268.74" in prose:
    problems.append("planted contradiction not as designed")
for w_ in ("虚构", "invented", "编造"):
    if w_ in E: problems.append(f"E mentions {w_}")
from collections import Counter
print(Counter(q["category"] for q in qs)); print(Counter(q["id"][4] for q in qs))
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
