# -*- coding: utf-8 -*-
"""Checks for blind96: real pages equal their stored excerpts; E (PDF) reconciles and carries every laid-out line
in its text layer; the planted contradiction is where the README says; every expected value occurs in its document
(or has a calc); absent values are not the table's; cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data, pdfw

CUT = "（存档副本至此中断，以下内容未保存。）"
texts = {}

# 1. real pages: <p> lines == stored lines (whitespace-only lines dropped), title, source comment
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
        assert CUT not in ps, L
    assert ps == stored, L
    assert re.search(r"\d[\d,]*(\.\d+)?\s*万元", "\n".join(ps)) or ("萬元" in "\n".join(ps) and re.search(r"\d,\d{3}\.\d\d", "\n".join(ps))), L
    texts[L] = "\n".join(ps)
# sums printed on the real pages
assert 36864 + 5365 + 18921 + 325 == 61475                      # A: 东凤镇 财政总收入
assert round(15336 / (61475 - 15336) * 100, 2) == 33.24
assert round(1446.00 + 210.04, 2) == 1656.04                     # B: 收入 = 基本支出 (项目支出 0)
assert round(110 / 160 * 100, 1) == 68.8 and round(7 / 15 * 100, 1) == 46.7   # C
assert round(8348 / (146405 - 8348) * 100) == 6 and round(1488 / (72777 - 1488) * 100, 1) == 2.1   # D
assert round(65.7 - 15.7, 1) == 50.0

# 2. E
pdf = os.path.join(ROOT, "docs", "E-tingxu-fy-2025-bmys.pdf")
raw = open(pdf, "rb").read()
assert raw.startswith(b"%PDF-1.4") and raw.rstrip().endswith(b"%%EOF")
own = pdfw.extract_text(pdf)
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
pages = own.split("\f")
assert len(pages) == et["npages"] >= 6, len(pages)
for i, pg in enumerate(et["pages"]):
    for ln in pg:
        assert ln in pages[i], (i, ln)
laid = "".join(l for pg in et["pages"] for l in pg).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]
assert "— 1 —" in own and f"— {et['npages']} —" in own
texts["E"] = own
D = e_data.compute()        # asserts 类=Σ款=Σ项, 收=支, 基本=人员+公用, econ ↔ 功能 items, 三公 ↔ 302 items
tabs = et["tables"]
assert [k for k in tabs] == [f"公开0{i}表" for i in range(1, 10)]
for k, t in tabs.items():
    assert k in own and t["title"] in own
assert own.count("编制单位：汀溆县人民法院") == 9 + sum(t["breaks"] for t in tabs.values())
assert tabs["公开05表"]["breaks"] >= 1 and "2025年一般公共预算支出表（续表）" in own


def num(c):
    return round(float(c.replace(",", "")) * 100) if c not in ("", "—") else 0   # 分


def rowmap(label, key=0):
    return {r[key] if r[0] else r[1]: r for r in tabs[label]["rows"]}


# table sums recomputed from the laid-out cells
for label, cols in (("公开02表", (2, 3, 4)), ("公开03表", (2, 3, 4)), ("公开05表", (2, 3, 4, 5)), ("公开06表", (2, 3, 4))):
    rows = tabs[label]["rows"]
    top = [r for r in rows if len(r[0]) == 3]
    tot = [r for r in rows if r[1] == "合计"][0]
    for c in cols:
        assert sum(num(r[c]) for r in top) == num(tot[c]), (label, c)
    for r in rows:
        if r[0]:
            kids = [x for x in rows if x[0] and x[0].startswith(r[0]) and len(x[0]) == len(r[0]) + 2]
            if kids:
                for c in cols:
                    assert sum(num(k[c]) for k in kids) == num(r[c]), (label, r[0], c)
    if label in ("公开02表", "公开03表", "公开06表"):
        for r in rows:
            assert num(r[2]) == num(r[3]) + num(r[4]), (label, r)
    if label == "公开05表":
        for r in rows:
            assert num(r[3]) == num(r[4]) + num(r[5]), (label, r)
            if num(r[2]):
                assert abs(float(r[6]) - (num(r[3]) - num(r[2])) * 100 / num(r[2])) < 0.006, r
t01 = tabs["公开01表"]["rows"]
assert sum(num(r[1]) for r in t01[:6]) == num(t01[6][1]) == num(t01[8][1])
assert sum(num(r[3]) for r in t01[:6] if r[3]) == num(t01[6][3]) == num(t01[8][3])
t03, t05 = rowmap("公开03表"), rowmap("公开05表")
assert num(t03["合计"][2]) == num(t01[8][1])
assert num(t05["合计"][3]) == num(rowmap("公开04表")["收入总计"][1]) == num(t01[0][1])
t06 = rowmap("公开06表")
assert num(t06["合计"][2]) == num(t05["合计"][4])            # 基本支出 表05 = 表06
sg = {r[0]: r for r in tabs["公开07表"]["rows"]}
for r in sg.values():
    assert num(r[1]) == num(r[2]) + num(r[3]) + num(r[6]) and num(r[3]) == num(r[4]) + num(r[5])
assert num(sg["2025年预算数"][5]) == num(t06["30231"][2]) and num(sg["2025年预算数"][6]) == num(t06["30217"][2])
# prose figures against the tables (万元 = 元/10000)
w = lambda fen: f"{fen / 1000000:.2f}"
prose = "\n".join(et["prose"])
for code in ("2040501", "2040502", "2040505", "2040506", "2040550", "2040599", "2080505", "2080506", "2101101", "2101103", "2210201"):
    r = t05[code]
    m = re.search(r"（" + code + r"）([\d.]+)万元，比上年(增加|减少)([\d.]+)万元，(增长|下降)([\d.]+)%", prose)
    assert m, code
    assert m.group(1) == w(num(r[3])) and m.group(3) == w(abs(num(r[3]) - num(r[2]))), code
    assert abs(float(m.group(5)) - abs(float(r[6]))) < 0.006, code
# planted contradiction: prose 321.00万元 vs table 3,120,000.00 元; the prose's own change fits the table
m = re.search(r"（2040504）([\d.]+)万元，比上年增加([\d.]+)万元，增长([\d.]+)%", prose)
assert m.group(1) == "321.00" and t05["2040504"][3] == "3,120,000.00"
assert m.group(2) == w(num(t05["2040504"][3]) - num(t05["2040504"][2])) and m.group(3) == t05["2040504"][6]
assert own.count("321.00") == 1
for k, v in (("收入总计", D["total25"]), ("一般公共预算拨款收入", D["gp25"]), ("基本支出", D["basic"]),
             ("人员经费", D["renyuan"]), ("公用经费", D["gongyong"]), ("“三公”经费预算", D["sg_y2025"])):
    assert f"{k}{e_data.wan(v)}万元" in prose, k

# 3. questions
QS = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in QS]
assert len(ids) == len(set(ids)) and all(i.startswith("B96-") for i in ids)
cats = Counter(q["category"] for q in QS)
assert len(QS) == 90, len(QS)
DOCS = {"东凤镇": "A", "源潭中學": "B", "海南省审计厅": "C", "峡江县": "D", "汀溆县人民法院": "E"}
for name, L in DOCS.items():
    hits = [k for k, t in texts.items() if name in t]
    assert hits == [L], (name, hits)
CN = {4: "四"}


def forms(v, unit):
    out = set()
    if unit == "元":
        out |= {f"{v:,.2f}", f"{v / 10000:.2f}"}
    elif unit in ("万元", "萬元"):
        out |= {f"{v:g}", f"{v:.2f}", f"{v:,.2f}", f"{v:.1f}"}
    elif unit == "%":
        out |= {f"{v:g}", f"{v:.2f}"}
    else:
        out |= {str(int(v)), CN.get(int(v), "§")}
    return out


for q in QS:
    exp = q["expect"]
    assert q["category"] in ("lookup", "text", "none", "ratio", "change", "column", "reason", "code", "cross"), q["id"]
    if exp.get("none"):
        assert "cite" not in q and not exp.get("values"), q["id"]
        continue
    doc = q["cite"]["doc"]
    assert doc in DOCS, q["id"]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[DOCS[doc]]
    for v, u in exp.get("values", []):
        if not any(f in pool for f in forms(v, u)):
            assert q.get("calc") and (f"{v:g}" in q["calc"] or f"{v:.2f}" in q["calc"]), (q["id"], v, u)
    if "any" in exp:
        assert any(any(f in pool for f in forms(v, u)) for v, u in exp["any"]) or q.get("calc"), q["id"]
    for t in exp.get("text", []):
        assert t in pool, (q["id"], t)
    if "anytext" in exp:
        assert any(t in pool for t in exp["anytext"]), q["id"]
    for v, u in exp.get("absent", []):
        assert (v, u) not in [tuple(x) for x in exp.get("values", [])], q["id"]
        assert f"{v * 10000:,.2f}" not in own, q["id"]          # the wrong figure is not a table cell
planted = [q for q in QS if q["expect"].get("absent")]
assert {q["id"] for q in planted} == {"B96-E03", "B96-X03"}
for q in planted:
    assert [3120000, "元"] in q["expect"]["values"] and q["expect"]["absent"] == [[321, "万元"]], q["id"]
# every ideal answer passes the scorer's own check() (imported from /work/shared/tools/ask_eval.py; no server is contacted)
if os.path.exists("/work/shared/tools/ask_eval.py"):
    sys.path.insert(0, "/work/shared/tools")
    import ask_eval
    for q in QS:
        cits = [{"doc": q["cite"]["doc"], "row": q["cite"]["rows"][0].split("|")[0]}] if q.get("cite") else []
        assert not ask_eval.check(q, {"answer": q["ideal"], "citations": cits}), q["id"]
print("OK", len(QS), "questions", dict(cats))
