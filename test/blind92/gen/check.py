#!/usr/bin/env python3
"""Checks for blind92: documents, E reconciliation, planted contradiction, questions. Prints `OK N questions`."""
import html, json, os, re, sys, zipfile
import xml.dom.minidom
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import e_data as D
import build_real

fails = []


def need(cond, msg):
    if not cond:
        fails.append(msg)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    paras = re.findall(r"<p>(.*?)</p>", s)
    title = re.search(r"<title>(.*?)</title>", s).group(1)
    return html.unescape(title) + "\n" + "\n".join(html.unescape(p) for p in paras), [html.unescape(p) for p in paras], s


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
            need(n in names, f"docx lacks {n}")
        xmlstr = z.read("word/document.xml").decode("utf-8")
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                xml.dom.minidom.parseString(z.read(n))      # well-formed
    out = []
    for para in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xmlstr, flags=re.S):
        out.append("".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", para)))
    need("<w:gridSpan" in xmlstr and "<w:vMerge" in xmlstr, "docx tables lack merged cells")
    need(xmlstr.count("<w:tbl>") >= 10, "docx has fewer than 10 tables")
    return "\n".join(out), xmlstr


# ---------------------------------------------------------------- documents
files = sorted(os.listdir(DOCS))
need(len(files) == 5 and [f[0] for f in files] == list("ABCDE"), f"docs: {files}")
TEXT = {}
for f in files:
    p = os.path.join(DOCS, f)
    if f.endswith(".html"):
        t, paras, raw = html_text(p)
        src = json.load(open(os.path.join(HERE, f"src_{f[0]}.json"), encoding="utf-8"))
        want = build_real.lines_of(src) + ([build_real.CUT] if src["cut"] else [])
        need(paras == want, f"{f}: <p> lines differ from stored excerpt")
        need(f"<!-- source: {src['url']} -->" in raw, f"{f}: source comment")
        need(re.search(r"\d万元|\d萬元|\d+\.\d\d \|", t) is not None, f"{f}: no amounts")
        TEXT[f[0]] = t
    else:
        t, xmlstr = docx_text(p)
        TEXT[f[0]] = t
        et = open(os.path.join(HERE, "E_text.txt"), encoding="utf-8").read()
        need(all(line.replace(" | ", "") in t.replace("\n", "") for line in et.splitlines()[:40]), "E_text.txt disagrees with docx")

# ---------------------------------------------------------------- E reconciliation (re-asserted) + contradiction
D.check()
E = TEXT["E"]
nt_table = D.yuan(D.PROJ_GP[("本级", "2130153")])
need(E.count(D.wan(D.PROSE_NONGTIAN) + "万元") == 1, "planted prose figure should occur once")
need(D.yuan(D.PROSE_NONGTIAN) not in E, "planted figure must not be in a table")
need(E.count(nt_table) >= 2, "table 农田建设 figure in 表三 and 表五")
need(D.wan(D.PROJ_GP[("本级", "2130153")]) + "万元" not in E, "table 农田建设 figure must not appear in prose")
need("以下内容未保存" not in E, "E must not carry the archive line")
for word in ("虚构", "编造", "示例", "invented", "fictional"):
    need(word not in E, f"E says {word}")
# every table total in E text is the sum of its parts: spot checks on printed strings
need(D.yuan(D.GRAND) in E and E.count(D.yuan(D.GRAND)) >= 2, "收入总计 = 支出总计 printed twice")
need(D.yuan(D.person() + D.public()) in E, "基本支出合计 printed")

# ---------------------------------------------------------------- questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs]
need(len(ids) == len(set(ids)), "duplicate ids")
cats = Counter(q["category"] for q in qs)
need(sum(1 for q in qs if q.get("history")) >= 1, "no follow-up question")


def renders(v, unit):
    out = []
    if unit in ("万元", "萬元"):
        out += [f"{v:.2f}万元", f"{v:g}万元", f"{v:.2f}萬元", f"{v:g}萬元", D.yuan(int(round(v * 1e6)))]
    elif unit == "元":
        out += [f"{v:,.2f}", f"{v:.2f}", D.wan(int(round(v * 100))) + "万元"]
    elif unit in ("%", "％"):
        out += [f"{v:.2f}%", f"{v:g}%"]
    else:
        out += [f"{v:g}{unit}"]
    return out


def doc_of(sub):
    hits = [L for L, t in TEXT.items() if sub in t]
    return hits


for q in qs:
    e = q["expect"]
    qid = q["id"]
    if e.get("none"):
        need("cite" not in q, f"{qid}: none question with cite")
        need(not e.get("values"), f"{qid}: none with values")
        continue
    need("cite" in q, f"{qid}: no cite")
    hits = doc_of(q["cite"]["doc"])
    need(len(hits) == 1, f"{qid}: cite.doc {q['cite']['doc']} in {hits}")
    L = hits[0] if hits else None
    pool = list(TEXT.values()) if q["category"] == "cross" else ([TEXT[L]] if L else [])
    for v, unit in e.get("values", []):
        ok = any(r in t for r in renders(v, unit) for t in pool)
        need(ok or q.get("calc"), f"{qid}: value {v}{unit} not in document and no calc")
    for t in e.get("text", []):
        need(any(t in x for x in pool), f"{qid}: text {t} not in document")
    if "anytext" in e:
        need(any(t in x for t in e["anytext"] for x in pool), f"{qid}: no anytext in document")
    for v, unit in e.get("absent", []):
        need(f"{v:.2f}" != D.wan(D.PROJ_GP[('本级', '2130153')]), f"{qid}: absent equals table figure")
        need(D.yuan(int(round(v * 1e6))) not in E, f"{qid}: absent value is a table figure")
    rows = q["cite"].get("rows", [])
    need(any(r in x for r in rows for x in pool), f"{qid}: no cite row found in document")

if fails:
    print("\n".join("FAIL " + f for f in fails))
    sys.exit(1)
print("categories:", dict(cats))
print("per doc:", dict(Counter((q["id"].split("-")[1][0]) for q in qs)))
print(f"OK {len(qs)} questions")
