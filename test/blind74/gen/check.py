"""Mechanical check of blind74: A-D <p> lines equal the stored excerpts; E reconciles (e_data.check) and has the promised
workbook shape (sheet names, merged title/header cells, hidden column, text and numeric amount sheets); each cite.doc occurs in
exactly one document and a cite-row alternative occurs in it; every expected/absent figure is printed in its document (any
document for cross) directly or via 元<->万元, or equals its calc; text/anytext present; history is a list of strings; every ideal
passes ask_eval.check() (strict, five organisations held); the planted figure occurs in E's 说明 only."""
import json, re, sys, html, glob, os
sys.path.insert(0, "/work/shared/tools"); import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
import e_data; e_data.check(e_data.compute())
from e_text import e_text
from openpyxl import load_workbook
DOCS = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html"))):
    DOCS[os.path.basename(fn)[0]] = html.unescape(re.sub(r"<[^>]+>", "\n", open(fn, encoding="utf-8").read()))
DOCS["E"] = e_text()
problems = []
for L in "ABCD":
    stored = [l for l in json.load(open(os.path.join(HERE, f"src_{L.lower()}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
    fn = glob.glob(os.path.join(ROOT, "docs", L + "-*.html"))[0]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", open(fn, encoding="utf-8").read(), re.S)]
    ps = [x for x in ps if x != "（存档副本至此中断，以下内容未保存。）"]
    if ps != stored: problems.append(f"{L}: <p> lines differ from stored text")
# workbook shape
wb = load_workbook(glob.glob(os.path.join(ROOT, "docs", "E-*.xlsx"))[0])
if wb.sheetnames != ["说明"] + [f"表{i}" for i in range(1, 11)]: problems.append(f"E sheets {wb.sheetnames}")
if not wb["表3"].column_dimensions["A"].hidden: problems.append("E: 表3 column A not hidden")
for name in wb.sheetnames[1:]:
    ws = wb[name]
    if not any(str(m).startswith("A1:") for m in ws.merged_cells.ranges): problems.append(f"E {name}: title not merged")
    if "单位：元" not in [str(c.value) for c in ws[2] if c.value]: problems.append(f"E {name}: no 单位：元 in row 2")
for name, kind in [("表1", float), ("表3", float), ("表5", float), ("表7", float), ("表2", str), ("表4", str), ("表6", str)]:
    vals = [c.value for row in wb[name].iter_rows(min_row=5) for c in row if isinstance(c.value, (int, float)) or (isinstance(c.value, str) and re.fullmatch(r"[\d,]+\.\d\d", c.value))]
    if kind is float and any(isinstance(v, str) for v in vals): problems.append(f"E {name}: text amounts in a numeric sheet")
    if kind is str and any(not isinstance(v, str) for v in vals if not (isinstance(v, int) and v < 100)): problems.append(f"E {name}: numeric amounts in a text sheet")
if not all(isinstance(c.value, str) for c in wb["表5"]["A"][5:] if c.value): problems.append("E: 表5 codes not text")
if "\n" not in str(wb["说明"]["A3"].value) or not wb["说明"].merged_cells.ranges: problems.append("E: 说明 not merged multi-line cells")
ORGS = {"A": "耒阳市教育局", "B": "洪江市沙湾乡人民政府", "C": "黄山市黄山第一中学", "D": "怀化市鹤城区财政局", "E": "岚澴市溪桐区退役军人事务局"}
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
        if not i.startswith("B74-X") and hits[0] != i[4]: problems.append(f"{i}: cites doc {hits[0]}")
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
        if "anytext" in e and not any(k in scope for k in e["anytext"]) and i != "B74-C04":  # C04 asks the answer to say the reason is cut off
            problems.append(f"{i}: no anytext in doc")
    if it.get("calc"):
        lhs, rhs = it["calc"].rsplit("=", 1)
        if abs(eval(lhs) - float(rhs)) > 0.006: problems.append(f"{i}: calc {it['calc']} wrong ({eval(lhs)})")
    cits = [{"doc": it["cite"]["doc"], "row": it["cite"]["rows"][0].split("|")[0]}] if it.get("cite") else []
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits})
    if why: problems.append(f"{i}: ideal fails: {why}")
# planted contradiction: 说明 says 退役士兵安置（2080901）决算536.29万元; the tables say 5,632,910.00 (563.29万元)
prose, tables = DOCS["E"].split("=== 表1")[0], DOCS["E"].split("=== 表1")[1]
if "退役士兵安置（2080901）调整预算580.00万元，决算536.29万元" not in prose or "536.29" in tables or "5,632,910.00" not in tables \
        or "5632910" not in tables or prose.count("536.29") != 1:
    problems.append("planted contradiction not as designed")
from collections import Counter
print(sorted(Counter(q["category"] for q in qs).items())); print(sorted(Counter(q["id"][4] for q in qs).items()))
for p in problems: print(p)
print(f"checked {len(qs)} questions; {len(problems)} problems")
