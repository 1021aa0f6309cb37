# -*- coding: utf-8 -*-
"""Checks for blind97: real pages equal their stored excerpts; the invented .docx is well-formed OOXML whose
paragraphs and w:tbl cells equal gen/e_text.json and whose figures reconcile (except the one planted prose figure);
every expected value occurs in its document's text (or has a calc); cite.doc names exactly one document;
cite rows occur in it; ids unique; category counts."""
import collections, html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data
from e_data import c, f, pct

CUT = "（存档副本至此中断，以下内容未保存。）"
texts = {}

# 1. real pages
for L, s in SOURCES.items():
    page = open(os.path.join(ROOT, "docs", s["file"]), encoding="utf-8").read()
    assert f"<!-- source: {s['url']} -->" in page, L
    assert re.search(r"<title>[^<]+</title>", page), L
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page, re.S)]
    stored = [l for l in s["excerpt"].split("\n") if l.strip()]
    if s.get("cut"):
        assert ps[-1] == CUT, L
        ps = ps[:-1]
    else:
        assert CUT not in page, L
    assert ps == stored, L
    assert re.search(r"\d+(\.\d+)?\s*(万\s*元|萬(\([a-z]+\))?元|亿\s*元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# figures of the real pages that the README cites
A, B, Cc, Dd = texts["A"], texts["B"], texts["C"], texts["D"]
assert Decimal("6.6116") + Decimal("12.62") == Decimal("19.2316")
assert 51000 + 5506 + 2294 + 7200 + 16 + 100 == 66116                       # 一般债务 uses = 6.6116亿
assert Decimal("8.85") + Decimal("0.5") + Decimal("0.5") + Decimal("0.65") + Decimal("0.12") + 2 == Decimal("12.62")
assert 2326 + 3745 == 6071 and Decimal("0.85") + 2 == Decimal("2.85")
assert Decimal("29.23") + Decimal("27.07") + Decimal("56.03") + Decimal("11.71") == Decimal("124.04")  # < 135.04 (not itemised)
assert Decimal("326.2") + Decimal("518.8") + 1182 == 2027 and Decimal("282.1") + Decimal("1744.9") == 2027
assert Decimal("4895.574316") + Decimal("23143.890913") + Decimal("822.473362") == Decimal("28861.938591")
for k in ("19.2316", "6071", "182.67", "73.53", "2027", "1744.9", "28861.938591", "5915.867653"):
    assert k in A + B + Cc + Dd, k

# 2. E (.docx)
docx = os.path.join(ROOT, "docs", "E-jiyuan-whlyj-2024-bmjs.docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
with zipfile.ZipFile(docx) as z:
    names = set(z.namelist())
    for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"):
        assert n in names, n
    for n in names:
        ET.fromstring(z.read(n))                      # every part is well-formed XML
    root = ET.fromstring(z.read("word/document.xml"))
body = root.find(W + "body")
paras, tables = [], []
for el in body:
    if el.tag == W + "p":
        paras.append("".join(t.text or "" for t in el.iter(W + "t")))
    elif el.tag == W + "tbl":
        rows = []
        for tr in el.findall(W + "tr"):
            rows.append(["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")])
        tables.append((el, rows))
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
assert paras == et["paras"]
assert len(tables) == len(et["tables"]) == 11
T = {}
for (el, rows), (key, t) in zip(tables, et["tables"].items()):
    nh = len(t["header"])
    assert rows[nh:] == t["rows"], key
    T[key] = t["rows"]
# merged header: t05 has two header rows with gridSpan=3 and vMerge
el05 = tables[list(et["tables"]).index("t05")][0]
trs = el05.findall(W + "tr")
assert trs[0].find(W + "trPr/" + W + "tblHeader") is not None and trs[1].find(W + "trPr/" + W + "tblHeader") is not None
assert any(g.get(W + "val") == "3" for g in trs[0].iter(W + "gridSpan"))
assert len(list(trs[0].iter(W + "vMerge"))) == 4 and len(list(trs[1].iter(W + "vMerge"))) == 4
etext = "\n".join(paras + [" ".join(r) for k in T for r in T[k]])
texts["E"] = etext
prose = "\n".join(paras)

D = e_data.compute()                               # asserts the department's sums
n = lambda s: c(s) if s not in ("", "—") else 0
# t01
t01 = {r[0]: r[1] for r in T["t01"]}; t01x = {r[2]: r[3] for r in T["t01"] if r[2]}
assert c(t01["本年收入合计"]) == sum(n(r[1]) for r in T["t01"][:8])
assert c(t01x["本年支出合计"]) == sum(n(r[3]) for r in T["t01"][:8])
assert c(t01["总计"]) == c(t01["本年收入合计"]) + c(t01["年初结转和结余"]) == c(t01x["总计"]) == c(t01x["本年支出合计"]) + c(t01x["年末结转和结余"])
# t02/t03/t05: 合计 = Σ类, 类 = Σ款, 款 = Σ项 (for every numeric column)
for key, cols in (("t02", range(2, 6)), ("t03", range(2, 5)), ("t05", range(2, 6))):
    rows = T[key]
    for i in cols:
        assert n(rows[0][i]) == sum(n(r[i]) for r in rows if len(r[0]) == 3), (key, i)
        for r in rows:
            if len(r[0]) in (3, 5):
                assert n(r[i]) == sum(n(x[i]) for x in rows if len(x[0]) == len(r[0]) + 2 and x[0].startswith(r[0])), (key, r[0], i)
for r in T["t03"][1:]:
    assert n(r[2]) == n(r[3]) + n(r[4]), r
for r in T["t05"]:
    assert n(r[3]) == n(r[4]) + n(r[5]), r
    assert r[6] == (pct(n(r[3]), n(r[2])) if n(r[2]) else "—"), r
assert T["t02"][0][2] == t01["本年收入合计"] and T["t03"][0][2] == t01x["本年支出合计"]
# t04
t04 = {r[0]: r for r in T["t04"] if r[0]}; t04x = {r[2]: r for r in T["t04"]}
assert c(t04["本年收入合计"][1]) == c(t04["一、一般公共预算财政拨款"][1]) + c(t04["二、政府性基金预算财政拨款"][1])
for r in T["t04"][:4]:
    assert n(r[3]) == n(r[4]) + n(r[5])
assert c(t04x["本年支出合计"][4]) == c(T["t05"][0][3])
assert c(t04["总计"][1]) == c(t04["本年收入合计"][1]) + c(t04["年初财政拨款结转和结余"][1]) == c(t04x["总计"][3])
# t06
t06 = {r[1]: r[2] for r in T["t06"]}
assert c(t06["基本支出合计"]) == c(t06["人员经费合计"]) + c(t06["公用经费合计"]) == c(T["t05"][0][4])
assert c(t06["人员经费合计"]) == c(t06["工资福利支出"]) + c(t06["对个人和家庭的补助"])
assert c(t06["商品和服务支出"]) == sum(c(r[2]) for r in T["t06"] if r[0].startswith("302") and len(r[0]) == 5)
# t07 and the 三公 prose (items and units)
t07 = {r[0]: r for r in T["t07"]}
for j in (1, 2):
    assert c(t07["合计"][j]) == c(t07["1.因公出国（境）费"][j]) + c(t07["2.公务用车购置及运行维护费"][j]) + c(t07["3.公务接待费"][j])
    assert c(t07["2.公务用车购置及运行维护费"][j]) == c(t07["（1）公务用车购置费"][j]) + c(t07["（2）公务用车运行维护费"][j])
m = re.findall(r"(局机关|霁原市\w{3})(\d+\.\d\d)万元（公务用车运行维护费(\d+\.\d\d)万元、公务接待费(\d+\.\d\d)万元），占([\d.]+)%", prose)
assert len(m) == 4
assert sum(c(x[1]) for x in m) == c(t07["合计"][2]) and all(c(x[1]) == c(x[2]) + c(x[3]) for x in m)
assert sum(c(x[2]) for x in m) == c(t07["（2）公务用车运行维护费"][2]) and sum(c(x[3]) for x in m) == c(t07["3.公务接待费"][2])
units = {r[0]: r for r in T["units"]}
for u, sg, run, rec, sh in m:
    assert units[u][6] == sg and sh == pct(c(sg), c(t07["合计"][2]))
for j in range(2, 7):
    assert c(units["合计"][j]) == sum(c(units[u][j]) for u in e_data.UNITS)
    assert all(c(units[u][3]) == c(units[u][4]) + c(units[u][5]) for u in e_data.UNITS)
assert units["合计"][2] == t01["本年收入合计"] and units["合计"][3] == t01x["本年支出合计"]
# prose items vs table t05: every "(项)。年初预算为X万元，支出决算为Y万元" matches, except the planted 2070104
t05 = {r[1]: r for r in T["t05"] if len(r[0]) == 7}
items = re.findall(r"（款）(\S+?)（项）。年初预算为(\d+\.\d\d)万元，支出决算为(\d+\.\d\d)万元(?:，完成年初预算的([\d.]+)%)?", prose)
assert len(items) == 14
for name, bud, dec, rate in items:
    r = t05[name]
    assert bud == r[2], name
    if rate:
        assert rate == r[6], name
    if name == "图书馆":
        assert dec == e_data.PROSE_WRONG["2070104"] != r[3] == "612.48", name
        assert rate == pct(c(r[3]), c(r[2])) != pct(c(dec), c(r[2]))     # the printed % fits the table, not the prose figure
    else:
        assert dec == r[3], name
assert etext.count("621.48") == 1 and prose.count("621.48") == 1
# headline prose figures equal tables
for s in (f"收、支总计均为{t01['总计']}万元", f"本年收入合计{t01['本年收入合计']}万元", f"本年支出合计{t01x['本年支出合计']}万元",
          f"支出决算为{T['t05'][0][3]}万元", f"人员经费{t06['人员经费合计']}万元", f"公用经费{t06['公用经费合计']}万元",
          f"支出决算为{t07['合计'][2]}万元", f"财政拨款收、支总计均为{t04['总计'][1]}万元"):
    assert s in prose, s
for org in ("城区", "乌鲁木齐", "河南省", "山東科技職業", "霁原"):
    assert sum(org in t for t in texts.values()) == 1, org

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
assert sum(1 for q in qs if q.get("history")) == 1
cats = collections.Counter(q["category"] for q in qs)
assert cats == {"lookup": 21, "text": 14, "none": 12, "ratio": 10, "column": 8, "change": 8, "reason": 6, "code": 6, "cross": 5}, cats
MONEY_UNITS = {"万元", "亿元", "%", "辆", "批次", "人次", "台"}


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    pats = {fmt(v), str(v), f"{v:.2f}"}
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


for q in qs:
    e = q["expect"]
    assert q.get("ideal"), q["id"]
    for v, u in e.get("values", []) + e.get("any", []) + e.get("absent", []):
        assert u in MONEY_UNITS, (q["id"], u)
    if e.get("none"):
        assert "cite" not in q and not e.get("values"), q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    alts = [a for r in q["cite"]["rows"] for a in r.split("|")]
    assert any(a in texts[doc] for a in alts), (q["id"], alts)
    assert e.get("values") or e.get("text") or e.get("anytext"), q["id"]
    for v, u in e.get("values", []) + e.get("any", []):
        assert occurs(v, pool) or q.get("calc"), (q["id"], v)
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert v == 621.48 and any(x[0] == 612.48 for x in e["values"]), q["id"]
print(f"OK real pages 4, docx {len(paras)} paragraphs / {len(tables)} tables, {len(qs)} questions")
# titles: the page's own heading or a phrase of its own text
for L, s in SOURCES.items():
    page = open(os.path.join(ROOT, "docs", s["file"]), encoding="utf-8").read()
    t = html.unescape(re.search(r"<title>([^<]+)</title>", page).group(1))
    assert t == s["title"] and t.replace("\n", "") in texts[L].replace("\n", ""), (L, t)
print("OK titles")
