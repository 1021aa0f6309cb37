# -*- coding: utf-8 -*-
"""Checks for blind105: real pages equal their stored excerpts; E reconciles (prose and 附表 1-6, 全市 and 市本级);
every expected value occurs in its document's text (or has a calc); absent values are the planted prose figure only;
cite.doc names one document; ids unique; categories counted."""
import collections, html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data as E, pdfw

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
    assert re.search(r"\d+(\.\d+)?(万元|亿元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# the pages' own arithmetic, as published
A = texts["A"]
assert 73700 + 632200 == 705900 and 1344847 + 1387723 == 2732570 and 2732570 + 705900 == 3438470
assert 1344847 + 73700 == 1418547 and 1387723 + 632200 == 2019923
B = texts["B"]
assert round(186.25 + 26.75, 2) == 213 and "87.44%" in B and round(15.65 / 267.07 * 100, 2) == 5.86
assert round(75.99 / 213 * 100, 2) == 35.68 and round(15.65 / (267.07 + 15.65) * 100, 2) == 5.54
D_ = texts["D"]
assert 819 + 1226 + 600 + 1155 + 100 + 100 == 4000 and "合计 4000" in D_
C_ = texts["C"]
assert round(2.65 / (29.9 - 2.65) * 100, 1) == 9.7

# 2. E
pdf = os.path.join(ROOT, "docs", "E-mochuan-czj-2026-ysbg.pdf")
own = pdfw.extract_text(pdf)
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
texts["E"] = own
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln
laid = "".join(l for pg in et["pages"] for l in pg).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]
assert own.count("\f") == et["npages"] - 1 and f"— {et['npages']} —" in own
assert any("（续表）" in l for pg in et["pages"] for l in pg) and et["continued"]
D = E.compute()
T = collections.defaultdict(dict)
for cells in et["table"]:
    title, lab, vals = cells[0], cells[1], cells[2:]
    T[title][lab] = vals
    assert " ".join([lab] + [v for v in vals if v]) in own, cells


def n(c):
    return int(c) if c not in ("", "—") else 0


t1 = [k for k in T if k.startswith("附表1")][0]
t2 = [k for k in T if k.startswith("附表2")][0]
t3 = [k for k in T if k.startswith("附表3")][0]
t4 = [k for k in T if k.startswith("附表4")][0]
t5 = [k for k in T if k.startswith("附表5")][0]
t6 = [k for k in T if k.startswith("附表6")][0]
R1 = T[t1]
taxes = [r[0] for r in E.TAX]
nontax = [r[0] for r in E.NONTAX]
for i in (0, 1, 3, 4):       # 全市预算, 全市执行, 市本级预算, 市本级执行
    assert n(R1["一、税收收入"][i]) == sum(n(R1[k][i]) for k in taxes)
    assert n(R1["二、非税收入"][i]) == sum(n(R1[k][i]) for k in nontax)
    assert n(R1["一般公共预算收入合计"][i]) == n(R1["一、税收收入"][i]) + n(R1["二、非税收入"][i])
for lab, v in list(R1.items()) + list(T[t2].items()) + list(T[t4].items()):
    for b, x, p in ((0, 1, 2), (3, 4, 5)):
        assert v[p] == ("—" if not v[x] else E.pct(n(v[x]), n(v[b]))), (lab, v)
R2 = T[t2]
lei = [k for k in R2 if re.match(r"^\d{3} ", k)]
assert len(lei) == 23
for i in (0, 1, 3, 4):
    assert n(R2["一般公共预算支出合计"][i]) == sum(n(R2[k][i]) for k in lei)
    for k in lei:
        if i in (3, 4):
            assert n(R2[k][i]) <= n(R2[k][i - 3]), k
R3 = T[t3]
for i in (0, 1):
    tin = sum(n(R3[k][i]) for k in ("一般公共预算收入", "上级补助收入", "下级上解收入", "债务转贷收入", "调入资金", "动用预算稳定调节基金", "上年结转"))
    tout = sum(n(R3[k][i]) for k in ("一般公共预算支出", "补助下级支出", "上解上级支出", "债务转贷支出", "债务还本支出", "安排预算稳定调节基金", "结转下年"))
    assert n(R3["收入总计"][i]) == tin == tout == n(R3["支出总计"][i]), (i, tin, tout)
assert n(R3["一般公共预算收入"][0]) == n(R1["一般公共预算收入合计"][1]) and n(R3["一般公共预算收入"][1]) == n(R1["一般公共预算收入合计"][4])
assert n(R3["一般公共预算支出"][0]) == n(R2["一般公共预算支出合计"][1]) and n(R3["一般公共预算支出"][1]) == n(R2["一般公共预算支出合计"][4])
R5 = T[t5]
for i in range(4):
    assert n(R5["合计"][i]) == n(R5["一般债务"][i]) + n(R5["专项债务"][i])
for r in ("一般债务", "专项债务", "合计"):
    assert n(R5[r][1]) <= n(R5[r][0]) and n(R5[r][3]) <= n(R5[r][2])
R6 = T[t6]
for lab, v in R6.items():
    assert v[2] == E.growth(n(v[1]), n(v[0])) and v[5] == E.growth(n(v[4]), n(v[3])), lab
assert n(R6["一般公共预算收入"][0]) == n(R1["一般公共预算收入合计"][1])
assert n(R6["一般公共预算收入"][1]) == n(R6["其中：税收收入"][1]) + n(R6["非税收入"][1])
assert n(R6["一般公共预算收入"][4]) == n(R6["其中：税收收入"][4]) + n(R6["非税收入"][4])
R4 = T[t4]
assert n(R6["政府性基金预算收入"][0]) == n(R4["政府性基金预算收入"][1])
# prose: balance sentences, 为预算的% of every 类 sentence, planted figure
prose = "\n".join(et["prose"])
for m in re.finditer(r"收入总计(\d+)万元。(?:全市|市本级)一般公共预算支出(\d+)万元，加((?:[^，]+?\d+万元、)*[^，]+?\d+万元)，支出总计(\d+)万元", prose):
    parts = [int(x) for x in re.findall(r"(\d+)万元", m.group(3))]
    assert int(m.group(1)) == int(m.group(2)) + sum(parts) == int(m.group(4)), m.group(0)[:40]
nb = 0
for c, name, b, x, cb, cx in E.FUNC:
    for mm in re.finditer("——" + re.escape(name) + r"(\d+)万元，为预算的([\d.]+)%", prose):
        nb += 1
        if c == E.PLANT["code"]:
            assert int(mm.group(1)) == E.PLANT["prose"] and mm.group(2) == E.pct(x, b)
        else:
            assert int(mm.group(1)) == x and mm.group(2) == E.pct(x, b), name
assert nb == 8, nb
assert prose.count(str(E.PLANT["prose"])) == 1 and own.count(str(E.PLANT["prose"])) == 1
assert R2["210 卫生健康支出"][1] == str(E.PLANT["table"])
assert "卫生健康支出" + str(E.PLANT["table"]) not in prose
for name in ("增值税", "企业所得税", "资源税", "土地增值税", "契税", "国有资源(资产)有偿使用收入", "罚没收入"):
    mm = re.search(re.escape(name) + r"(\d+)万元，为预算的([\d.]+)%", prose)
    assert mm.group(1) == R1[name][1] and mm.group(2) == R1[name][2], name

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) and all(i.startswith("B105-") for i in ids)
assert sum(1 for q in qs if q.get("history")) == 1


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    s = fmt(abs(v))
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", text) is not None


for q in qs:
    e = q["expect"]
    assert q.get("ideal"), q["id"]
    if e.get("none"):
        assert "cite" not in q and q["category"] == "none", q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []):
        assert occurs(v, pool) or q.get("calc"), (q["id"], v)
    if e.get("any"):
        assert any(occurs(v, pool) for v, u in e["any"]) or q.get("calc"), q["id"]
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert v == E.PLANT["prose"] and any(x[0] == E.PLANT["table"] for x in e["values"]), q["id"]
    alts = [a for r in q["cite"]["rows"] for a in r.split("|")]
    assert any(a in texts[doc] for a in alts), (q["id"], alts)
    assert e.get("values") or e.get("any") or e.get("text") or e.get("anytext"), q["id"]
cnt = collections.Counter(q["category"] for q in qs)
print(dict(cnt))
print(f"OK {len(qs)} questions")
