# -*- coding: utf-8 -*-
"""Checks for blind95: real pages equal their stored excerpts; E reconciles (prose and 附表); every expected value
occurs in its document's text (or has a calc); absent values are not the table's; cite.doc names one document; ids unique."""
import html, json, os, re, shutil, subprocess, sys
from decimal import Decimal, ROUND_HALF_UP
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
    assert ps == stored, L
    assert re.search(r"\d+(\.\d+)?万元", "\n".join(ps)), L   # budget figures with units
    texts[L] = "\n".join(ps)

# 2. E
pdf = os.path.join(ROOT, "docs", "E-kelan-czj-2025-ysbg.pdf")
own = pdfw.extract_text(pdf)
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
if shutil.which("pdftotext"):
    pt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    for kw in ("珂岚县", "2025年一般公共预算收支预算表", "49870", "49780", "2050202 小学教育", "— 6 —"):
        assert kw in pt, kw
    assert pt.count("\f") >= 6
texts["E"] = own
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln          # every laid-out line is in the extracted text layer
prose = "\n".join(et["prose"])
laid = "".join(l for pg in et["pages"] for l in pg).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]   # each paragraph is laid out whole, in order
assert "— 1 —" in own and f"— {et['npages']} —" in own
D = e_data.compute()      # asserts 收=支, 类/款/项, fund/SOE/SSF/debt balances, 基本=人员+公用
T = {}
for cells in et["table"]:
    T[cells[0]] = cells
    assert " ".join(c for c in cells if c) in own, cells


def n(c):
    return int(c) if c not in ("", "—") else 0


def col(i, labels):
    return sum(n(T[l][i]) for l in labels)


taxes = [r[0] for r in e_data.TAX]
nontax = [r[0] for r in e_data.NONTAX]
for i in (1, 2):
    assert n(T["一、税收收入"][i]) == col(i, taxes)
    assert n(T["二、非税收入"][i]) == col(i, nontax)
    assert n(T["一般公共预算收入合计"][i]) == n(T["一、税收收入"][i]) + n(T["二、非税收入"][i])
    assert n(T["上级补助收入"][i]) == col(i, ["返还性收入", "一般性转移支付收入", "专项转移支付收入"])
    tot_in = col(i, ["一般公共预算收入合计", "上级补助收入", "债务转贷收入", "调入资金", "上年结转", "动用预算稳定调节基金"])
    assert n(T["收入总计"][i]) == tot_in
    lei = [k for k in T if re.match(r"^\d{3} ", k)]
    assert n(T["一般公共预算支出合计"][i]) == col(i, lei)
    for parent, subs in e_data.SUB.items():
        plab = [k for k in T if k.startswith(parent + " ")][0]
        assert n(T[plab][i]) == sum(n(T[[k for k in T if k.startswith(c + " ")][0]][i]) for c, *_ in subs), parent
    tot_out = col(i, ["一般公共预算支出合计", "上解上级支出", "债务还本支出", "安排预算稳定调节基金", "结转下年"])
    assert n(T["支出总计"][i]) == tot_out == tot_in, (i, tot_out, tot_in)
for cells in et["table"]:
    if cells[3] != "—":
        assert cells[3] == e_data.growth(int(cells[2]), int(cells[1])), cells
assert n(T["收入总计"][1]) == n(T["一般公共预算收入合计"][1]) + D["上级补助_2024"] + 21000 + 18600 + 6240 + 5000
# prose: 基本支出 = 人员 + 公用, 三公 = items, balance sentences
m = re.search(r"基本支出(\d+)万元，其中人员经费(\d+)万元、公用经费(\d+)万元", prose)
assert int(m.group(1)) == int(m.group(2)) + int(m.group(3))
m = re.search(r"“三公”经费预算(\d+)万元.*?因公出国（境）费(\d+)万元，公务用车购置及运行维护费(\d+)万元（购置费(\d+)万元、运行维护费(\d+)万元），公务接待费(\d+)万元", prose, re.S)
g = [int(x) for x in m.groups()]
assert g[0] == g[1] + g[2] + g[5] and g[2] == g[3] + g[4]
m = re.search(r"收入总计(\d+)万元。一般公共预算支出(\d+)万元，加上解上级支出(\d+)万元、债务还本支出(\d+)万元、安排预算稳定调节基金(\d+)万元、结转下年(\d+)万元，支出总计(\d+)万元", prose)
v = [int(x) for x in m.groups()]
assert v[0] == sum(v[1:6]) == v[6]
# every prose "X万元，为预算的Y%，增长/下降Z%" of a 类 matches the table's 2024 column except the planted one
planted = e_data.PROSE_WRONG["213"]
assert prose.count(str(planted)) == 1 and own.count(str(planted)) == 1
assert int(T["213 农林水支出"][1]) == 49870 != planted
assert e_data.pct(49870, 47000) == "106.1" != e_data.pct(planted, 47000)
for c, name, b, x, p, y in e_data.FUNC:
    for mm in re.finditer(re.escape(name) + r"(\d+)万元，为预算的([\d.]+)%", prose):
        if c == "213":
            assert int(mm.group(1)) == planted and mm.group(2) == e_data.pct(x, b)
        else:
            assert int(mm.group(1)) == x and mm.group(2) == e_data.pct(x, b), name
npct = 0
for mm in re.finditer(r"(\d+)万元，为预算的([\d.]+)%，(增长|下降)([\d.]+)%", prose):
    npct += 1
assert npct >= 12, npct

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids))
assert sum(1 for q in qs if q.get("history")) == 1


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    s = fmt(v)
    pats = [s] + ([str(v)] if str(v) != s else [])
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []) + e.get("any", []):
        assert occurs(v, pool) or q.get("calc"), (q["id"], v)
    if e.get("any"):
        assert any(occurs(v, pool) for v, u in e["any"]) or q.get("calc"), q["id"]
    for t in e.get("text", []):
        assert t in pool or t in pool.replace(",", "，"), (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert int(T["213 农林水支出"][1]) != v and occurs(v, texts["E"]), q["id"]
        assert any(x[0] == int(T["213 农林水支出"][1]) for x in e["values"]), q["id"]
    assert q.get("ideal"), q["id"]
print(f"OK {len(qs)} questions")
