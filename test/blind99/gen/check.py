# -*- coding: utf-8 -*-
"""Checks for blind99: real pages equal their stored excerpts; E reconciles (tables and prose); every expected value
occurs in its document's text (or has a calc); absent values are the planted prose figure only; cite.doc names one
document; ids unique; category counts."""
import collections, html, json, os, re, sys
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data, pdfw

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
        assert CUT not in ps, L
    assert ps == stored, L
    assert re.search(r"\d+(\.\d+)?\s*(万元|亿元|\(萬元\))", "\n".join(ps)) or "248" in ps[5], L
    texts[L] = "\n".join(ps)
# figures on the real pages that the README relies on
A = texts["A"]
assert "2022年收入预算455.04万元" in A and "基本支出332.04万元" in A and "项目支出123万元" in A
assert D("332.04") + D("123") == D("455.04") and D("10.28") + D("31.3") == D("41.58") and 30 + 28 + 10 + 35 + 20 == 123
B = texts["B"]
assert all(x in B for x in ("4066.01亿元", "440亿元", "80亿元", "306亿元", "48亿元", "167亿元", "360亿元", "228亿元", "132亿元", "258亿元"))
assert 440 - 80 == 360 == 228 + 132 and 306 - 48 == 258
C = texts["C"]
assert D("151") + D("352.7") == D("503.7") and D("306.5") + D("328") == D("634.5")
assert D("21") + D("64.8") == D("85.8") and D("32.6") + D("75.2") == D("107.8")
assert D("95.1") + D("55.9") == D("151") and D("299.5") + D("53.2") == D("352.7")
assert round(85.8 / (503.7 - 85.8) * 100, 1) == 20.5 and "增长20.6%" in C      # the page's 20.6% is 20.53%
assert round(107.8 / (634.5 - 107.8) * 100, 1) == 20.5 and round(64.8 / (352.7 - 64.8) * 100, 1) == 22.5

# 2. E
pdf = os.path.join(ROOT, "docs", "E-shuohe-jyj-2024-bmjs.pdf")
own = pdfw.extract_text(pdf)
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
texts["E"] = own
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln
laid = "".join(l for pg in et["pages"] for l in pg).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]
assert own.count("\f") == et["npages"] - 1 and f"— {et['npages']} —" in own and et["npages"] >= 6
R = e_data.compute()
T = et["tables"]
for name, rows in T.items():
    for cells in rows:
        assert " ".join(c for c in cells if c) in own, (name, cells)


def n(c):
    return D(c.replace(",", "")) if c not in ("", "—") else D(0)


# units table side by side
u = T["units"]
for r in u:
    assert n(r[2]) == n(r[3]) + n(r[4]), r
for i in range(1, 6):
    assert n(u[-1][i]) == sum(n(r[i]) for r in u[:-1]), i
assert n(u[-1][5]) == R["sg"] == R["yx"] + R["jd"]
# 收入支出决算总表
t1 = {r[0]: r for r in T["t1"]}
assert n(t1["本年收入合计"][1]) == sum(n(r[1]) for r in T["t1"][:8])
assert n(t1["本年收入合计"][3]) == sum(n(r[3]) for r in T["t1"][:8])
assert n(T["t1"][-1][1]) == n(T["t1"][-1][3]) == n(t1["本年收入合计"][1]) + n(t1["年初结转和结余"][1])
assert n(t1["本年收入合计"][1]) == n(u[-1][1]) and n(t1["本年收入合计"][3]) == n(u[-1][2])
# 收入/支出决算表: 合计 = Σ类, 类 = Σ款, 款 = Σ项, columns add up
for name, parts in (("t2", (3, 4, 5)), ("t3", (3, 4))):
    rows = T[name]
    for r in rows:
        assert n(r[2]) == sum(n(r[i]) for i in parts), (name, r)
    codes = {r[0]: r for r in rows if r[0]}
    for col in range(2, 2 + len(parts) + 1):
        assert n(rows[0][col]) == sum(n(r[col]) for k, r in codes.items() if len(k) == 3)
        for k, r in codes.items():
            if len(k) in (3, 5):
                assert n(r[col]) == sum(n(x[col]) for kk, x in codes.items() if len(kk) == len(k) + 2 and kk.startswith(k)), (name, k)
assert n(T["t3"][0][3]) == n(u[-1][3]) and n(T["t3"][0][4]) == n(u[-1][4])
# 一般公共预算财政拨款支出决算表: 完成% and sums; continued over a page break
t5 = T["t5"]
for r in t5:
    assert r[4] == e_data.pct(n(r[3]), n(r[2])), r
c5 = {r[0]: r for r in t5 if r[0]}
assert n(t5[0][3]) == sum(n(r[3]) for k, r in c5.items() if len(k) == 3) == R["g_spend"]
assert n(t5[0][2]) == sum(n(r[2]) for k, r in c5.items() if len(k) == 3) == R["g_budget"]
assert "一般公共预算财政拨款支出决算表（续表）" in own
i5 = own.index("一般公共预算财政拨款支出决算表（续表）")
assert own.rfind("\f", 0, i5) > own.index("公开05表")       # the table starts on one page and continues on the next
# 财政拨款收入支出决算总表
t4 = {r[0]: r for r in T["t4"]}
assert n(t4["收入总计"][1]) == n(t4["支出总计"][1]) == n(t4["本年收入合计"][1]) + n(t4["年初财政拨款结转和结余"][1])
assert n(t4["本年支出合计"][2]) == R["g_spend"] and n(t4["本年收入合计"][1]) == n(T["t2"][0][3])
# 基本支出
t6 = T["t6"]
ry = [r for r in t6 if r[0].startswith(("301", "303"))]
gy = [r for r in t6 if r[0].startswith("302")]
assert sum(n(r[2]) for r in ry) == n(t6[0][2]) == R["ry"]
assert sum(n(r[2]) for r in gy) == R["gy"]
assert n(t6[-1][2]) == R["ry"] + R["gy"] == R["g_basic"] == sum(n(c5[k][3]) for k in c5 if len(k) == 7) - sum(r["gp"] for r in R["rows"].values())
# 三公
t7 = T["t7"]
assert n(t7[0][1]) == n(t7[1][1]) + n(t7[2][1]) + n(t7[5][1]) and n(t7[0][2]) == n(t7[1][2]) + n(t7[2][2]) + n(t7[5][2])
assert n(t7[2][2]) == n(t7[3][2]) + n(t7[4][2]) and n(t7[0][2]) == R["sg"]
assert dict((r[0], r) for r in t6)["30217"][2] == t7[5][2] and dict((r[0], r) for r in t6)["30231"][2] == t7[4][2]
# 国资 empty with note
assert T["t9"] == [["", "合计", "", "", ""]] and "本表无数据" in own
# prose vs tables
prose = "\n".join(et["prose"])
for k, v in (("本年收入合计", R["inc"]), ("本年支出合计", R["spend"]), ("基本支出", R["basic"]), ("项目支出", R["proj"])):
    assert f"{k}{e_data.wan(v)}万元" in prose, k
m = re.search(r"人员经费([\d.]+)万元.*公用经费([\d.]+)万元", prose)
assert D(m.group(1)) == D(e_data.wan(R["ry"])) and D(m.group(2)) == D(e_data.wan(R["gy"]))
m = re.search(r"政府采购支出总额([\d.]+)万元，其中：政府采购货物支出([\d.]+)万元，政府采购工程支出([\d.]+)万元，政府采购服务支出([\d.]+)万元。授予中小企业合同金额([\d.]+)万元，占政府采购支出总额的([\d.]+)%", prose)
g = [D(x) for x in m.groups()]
assert g[0] == g[1] + g[2] + g[3] and e_data.pct(g[4], g[0]) == str(g[5])
# every 项 sentence matches the table except the planted one
planted = e_data.PROSE_WRONG["2050202"]
hits = 0
for code, r in R["rows"].items():
    if r["budget"] is None:
        continue
    mm = re.search(re.escape(r["name"]) + r"（项）。年初预算为([\d.]+)万元，支出决算为([\d.]+)万元，完成年初预算的([\d.]+)%", prose)
    assert mm and mm.group(1) == e_data.wan(r["budget"]) and mm.group(3) == e_data.pct(r["g"], r["budget"]), code
    if code == "2050202":
        assert mm.group(2) == e_data.wan(planted) == "3840.40" != e_data.wan(r["g"])
    else:
        assert mm.group(2) == e_data.wan(r["g"]), code
    hits += 1
assert hits == 12
assert own.count("3840.40") == 1 and "38,004,023.67" in own and "38,404,023.67" not in own
# 三公 sections: headings name each item alone, the paragraph under them does not repeat the name
for head in ("（一）因公出国（境）费", "（二）公务用车购置及运行维护费", "（三）公务接待费"):
    assert head in own
for para in et["prose"]:
    if para.startswith("年初预算为"):
        for nm in ("因公出国", "公务用车", "公务接待"):
            assert nm not in para, para[:30]

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
cnt = collections.Counter(q["category"] for q in qs)
assert cnt == {"lookup": 21, "text": 14, "none": 12, "ratio": 10, "column": 8, "change": 8, "reason": 6, "code": 6, "cross": 5}, cnt


def nums(text):
    return {D(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


NUMS = {L: nums(t) for L, t in texts.items()}
ALLN = set().union(*NUMS.values())
for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q and not e.get("values"), q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = ALLN if q["category"] == "cross" else NUMS[doc]
    ptxt = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, unit in e.get("values", []) + e.get("any", []):
        assert D(str(v)) in pool or q.get("calc"), (q["id"], v)
    for t in e.get("text", []):
        assert t in ptxt, (q["id"], t)
    if e.get("anytext"):
        assert any(t in ptxt for t in e["anytext"]), q["id"]
    for row in q["cite"]["rows"]:
        assert any(a in texts[doc] for a in row.split("|")), (q["id"], row)
    for v, unit in e.get("absent", []):
        assert D(str(v)) == D("3840.40") and D(str(v)) in NUMS["E"] and "E" in [doc] + (["E"] if q["category"] == "cross" else [])
    assert q.get("ideal"), q["id"]
assert sum(1 for q in qs if q.get("history")) == 1
print(f"OK {len(qs)} questions")
