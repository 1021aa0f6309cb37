"""blind76 checks: real docs = stored excerpts; E reconciles (e_data.check) and has its layout features and exactly one planted
contradiction; every cite.doc occurs in exactly one document; every cite.rows alternative list hits the cited document; every expected
value / text / anytext / any occurs in the cited document(s).
Unit conversions allowed when looking a value up: a 万元 value may be found printed as 元 (×10000, two decimals, with or without
thousands separators) and a 元 value as 万元 (÷10000, rounded to two decimals). Values absent from the text are allowed only with `calc`."""
import json, os, re, html, glob, subprocess, sys
import e_data, build_real, make_questions
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); DOCS = os.path.join(ROOT, "docs")
ok = True
def bad(*m):
    global ok; ok = False; print("FAIL", *m)
def html_text(p):
    s = open(p, encoding="utf-8").read()
    t = re.search(r"<title>(.*?)</title>", s).group(1)
    return html.unescape(t + "\n" + "\n".join(re.findall(r"<p>(.*?)</p>", s)))
def pdf_text(p, layout=False):
    return subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + [p, "-"], capture_output=True, text=True).stdout
# 1 real docs
for src, fn in build_real.SPEC:
    d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
    s = open(os.path.join(DOCS, fn), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", s)]
    if ps[:-1] != build_real.lines_of(d["excerpt"]) or ps[-1] != build_real.CUT: bad("real doc lines differ", fn)
    if f"<!-- source: {d['url']} -->" not in s: bad("source comment", fn)
# 2 E
T = e_data.check()
E = os.path.join(DOCS, "E-lanyuan-yjglj-2024-bmjs.pdf")
raw, lay = pdf_text(E), pdf_text(E, True)
joined = raw.replace("\n", "")
pages = raw.split("\f")
npages = len([p for p in pages if p.strip()])
for i in range(1, npages + 1):
    if f"第 {i} 页 共 {npages} 页" not in raw: bad("footer missing on page", i)
info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(npages), E], capture_output=True, text=True).stdout
sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
port = [i for i, (w, h) in enumerate(sizes, 1) if float(w) < float(h)]; land = [i for i, (w, h) in enumerate(sizes, 1) if float(w) > float(h)]
if not port or not land or max(port) > min(land): bad("portrait prose then landscape tables", port, land)
if lay.count("科目名称/单位名称") < 2: bad("表3 header not repeated")
if lay.count("年初预算数") < 3: bad("表5 header not repeated")
if "机关事业单位基本养" not in lay or "老保险缴费支出" not in lay: bad("no wrapped subject name")
for s in ["2240101", "224    01   01", "合计", "岚塬市应急管理局（本级）", "岚塬市应急救援指挥中心", "岚塬市安全生产执法支队", "本表为空表"]:
    if s not in lay: bad("E lacks", s)
# planted contradiction: prose 125,368.40 once; tables 152,368.40
prose, tables = raw.split("第三部分 名词解释")[0], raw.split("公开01表", 1)[1]
if joined.count("125,368.40") != 1 or "125,368.40" in tables: bad("planted figure placement")
if "152,368.40" not in tables or "152,368.40" in prose.replace("\n", ""): bad("table figure placement")
for w_ in ["虚构", "invented", "fictional", "示例", "模拟"]:
    if w_ in raw: bad("E marks itself", w_)
# 3 questions
docs = {}
for p in glob.glob(os.path.join(DOCS, "*")):
    L = os.path.basename(p)[0]
    docs[L] = html_text(p) if p.endswith(".html") else raw + "\n" + lay
def variants(txt): return [txt, txt.replace("\n", ""), re.sub(r"\s+", "", txt)]
def forms(v):
    f = {repr(v), f"{v:.2f}", f"{v:,.2f}"}
    if float(v).is_integer(): f |= {str(int(v)), f"{int(v):,}"}
    if round(v, 1) == v: f.add(f"{v:.1f}")
    return f
def present_plain(v, txt):
    for t in variants(txt):
        for s in forms(v):
            if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", t): return True
    return False
def present(v, u, txt):
    if present_plain(v, txt): return True
    if u == "万元" and present_plain(round(v * 10000, 2), txt): return True
    if u == "元" and present_plain(round(v / 10000, 2), txt): return True
    return False
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
assert len({o["id"] for o in qs}) == len(qs)
for o in qs:
    if set(o) - {"id", "category", "q", "expect", "cite", "ideal", "calc", "history"}: bad(o["id"], "extra fields")
    if "history" in o and not (isinstance(o["history"], list) and all(isinstance(h, str) for h in o["history"])): bad(o["id"], "history")
    ex = o["expect"]
    if ex.get("none"):
        if "cite" in o: bad(o["id"], "none with cite")
        continue
    doc = o["cite"]["doc"]; hits = [k for k, v in docs.items() if doc in v]
    if len(hits) != 1: bad(o["id"], "cite.doc in", hits); continue
    letters = make_questions.CROSS.get(o["id"], hits[0])
    if letters[0] != hits[0]: bad(o["id"], "cross cites first organisation")
    txt = "\n".join(docs[L] for L in letters)
    if not any(r in re.sub(r"\s+", "", docs[hits[0]]) for r in o["cite"]["rows"].split("|")): bad(o["id"], "no cite row in doc", o["cite"]["rows"])
    for v, u in ex.get("values", []):
        if not present(v, u, txt):
            if "calc" in o: print("computed", o["id"], v, u, "—", o["calc"])
            else: bad(o["id"], "value not in doc", v, u)
    if ex.get("any") and not any(present(v, u, txt) for v, u in ex["any"]): bad(o["id"], "no 'any' value in doc")
    for s in ex.get("text", []):
        if not any(s in t for t in variants(txt)): bad(o["id"], "text not in doc", s)
    if ex.get("anytext") and not any(s in t for s in ex["anytext"] for t in variants(txt)): bad(o["id"], "no anytext in doc")
from collections import Counter
cat = Counter(o["category"] for o in qs); bydoc = Counter(o["id"][4] for o in qs)
print("by category", dict(cat)); print("by doc", dict(bydoc))
print("OK" if ok else "NOT OK", len(qs), "questions"); sys.exit(0 if ok else 1)
