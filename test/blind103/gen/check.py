# -*- coding: utf-8 -*-
"""Checks for blind103: real pages equal their stored excerpts; E (沁垣县人民医院 2025年单位预算 PDF) reconciles
(tables among themselves and prose against tables, except the one planted figure); every expected value occurs
in its document's text (or has a calc); absent values are the planted prose figure only; cite.doc names exactly
one document; ids unique; category counts."""
import html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data, pdfw
from e_data import f2, pct, growth

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
    assert re.search(r"\d+(\.\d+)?(万元|萬\(wàn\)元|亿元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# figures the README relies on
a = texts["A"]
assert 3002 + 93096 + 7661 + 1378 + 144 + 154 == 105435 and 4330 + 3331 == 7661
assert 91759 + 2927 + 4164 + 502 == 99352 and 105435 - 99352 == 6083
assert pct(91759, 97842, 1) == "93.8"
assert 421 + 376 + 430 == 1227 and "| 1227 |" in texts["C"]
assert pct(24405, 25985) == "93.92" and "93.92%" in texts["D"]

# 2. E
pdf = os.path.join(ROOT, "docs", "E-qinyuan-rmyy-2025-dwys.pdf")
own = pdfw.extract_text(pdf)
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln
laid = "".join(l for pg in et["pages"] for l in pg).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]
assert "— 1 —" in own and f"— {et['npages']} —" in own and et["npages"] >= 4
assert "（续表）" in own and et["continued"]
texts["E"] = own
D = e_data.compute()
prose = "\n".join(et["prose"])
TB = {}
for row in et["table"]:
    TB.setdefault(row[0], []).append(row[1:])
num = lambda c: int(round(float(c) * 100)) if c not in ("", "—") else 0
# 表1
t1 = {r[0]: r for r in TB["表1  收支总表"]}
assert num(t1["本年收入合计"][1]) == num(t1["一、财政拨款收入"][1]) + num(t1["二、事业收入"][1]) + num(t1["三、其他收入"][1])
assert num(t1["本年收入合计"][3]) == sum(num(t1[k][3]) for k in ("一、财政拨款收入", "其中：一般公共预算拨款", "二、事业收入"))
assert num(t1["收入总计"][1]) == num(t1["收入总计"][3]) == 4375000
# 表2 / 表3: 类 = Σ项, 合计 = Σ类, row 合计 = columns
for name, ncol in (("表2  收入总表", 4), ("表3  支出总表", 3)):
    rows = {r[0]: r for r in TB[name] if r[0]}
    tot = [r for r in TB[name] if r[0] == ""][0]
    for code, r in rows.items():
        v = [num(x) for x in r[2:]]
        assert v[0] == sum(v[1:]), (name, code)
        kids = [k for k in rows if k.startswith(code) and len(k) == len(code) + 2]
        if kids:
            for i in range(ncol):
                assert num(r[2 + i]) == sum(num(rows[k][2 + i]) for k in kids), (name, code, i)
    for i in range(ncol):
        assert num(tot[2 + i]) == sum(num(rows[c][2 + i]) for c in ("210", "208", "221")), (name, i)
t2tot = [r for r in TB["表2  收入总表"] if r[0] == ""][0]
assert num(t2tot[4]) == num(t1["二、事业收入"][1]) == 3685140
# 表4 / 表5 / 表6
t4 = TB["表4  项目支出表"]
for i in (2, 3, 4):
    assert num(t4[-1][i]) == sum(num(r[i]) for r in t4[:-1])
for r in t4[:-1]:
    assert num(r[2]) == num(r[3]) + num(r[4]), r
t3tot = [r for r in TB["表3  支出总表"] if r[0] == ""][0]
assert num(t4[-1][2]) == num(t3tot[4]) == 450900
t5 = TB["表5  政府采购预算表"]
for r in t5:
    assert num(r[1]) == num(r[2]) + num(r[3]) + num(r[4]), r
for i in (1, 2, 3, 4):
    assert num(t5[-1][i]) == sum(num(r[i]) for r in t5[:-1])
t6 = {r[0]: r for r in TB["表6  “三公”经费预算表"]}
for i in (1, 2, 3):
    assert num(t6["合计"][i]) == num(t6["1.因公出国（境）费"][i]) + num(t6["2.公务用车购置及运行维护费"][i]) + num(t6["3.公务接待费"][i])
    assert num(t6["2.公务用车购置及运行维护费"][i]) == num(t6["(1)公务用车购置费"][i]) + num(t6["(2)公务用车运行维护费"][i])
for r in t6.values():
    assert num(r[3]) == num(r[2]) - num(r[1])
    if r[4] != "—":
        assert r[4] == growth(num(r[2]), num(r[1])), r
assert len(TB["表7  项目支出绩效目标表"]) == len(e_data.PERF) and all(len(r) == 5 for r in TB["表7  项目支出绩效目标表"])
# prose against tables
t3 = {r[0]: r for r in TB["表3  支出总表"] if r[0]}
for s_ in (f"收入预算总计{t1['收入总计'][1]}万元", f"财政拨款收入{t1['一、财政拨款收入'][1]}万元", f"其他收入{t1['三、其他收入'][1]}万元",
           f"基本支出{t3tot[3]}万元", f"项目支出{t3tot[4]}万元", f"卫生健康支出{t3['210'][2]}万元",
           f"社会保障和就业支出{t3['208'][2]}万元", f"住房保障支出{t3['221'][2]}万元",
           f"“三公”经费预算{t6['合计'][2]}万元", f"公务接待费{t6['3.公务接待费'][2]}万元",
           f"公务用车运行维护费{t6['(2)公务用车运行维护费'][2]}万元", f"政府采购预算{t5[-1][1]}万元",
           f"货物类{t5[-1][2]}万元", f"工程类{t5[-1][3]}万元", f"服务类{t5[-1][4]}万元"):
    assert s_ in prose, s_
for r in t4[:-1]:
    if r[0] in prose:
        m = re.search(re.escape(r[0]) + r"([\d.]+)万元", prose)
        if m:
            assert m.group(1) == r[2], r
m = re.search(r"人员经费([\d.]+)万元.*?公用经费([\d.]+)万元", prose, re.S)
assert num(m.group(1)) + num(m.group(2)) == num(t3tot[3])
m = re.search(r"主要用于：医疗设备购置等项目支出([\d.]+)万元；.*?缴费([\d.]+)万元；其他基本支出([\d.]+)万元", prose, re.S)
assert sum(num(x) for x in m.groups()) == num(t1["一、财政拨款收入"][1]) and num(m.group(1)) == num(t4[-1][3])
for kw, val in (("占14.82%", pct(num(t1["一、财政拨款收入"][1]), 4375000)), ("占84.23%", pct(3685140, 4375000)),
                ("占0.95%", pct(41600, 4375000)), ("占89.69%", pct(num(t3tot[3]), 4375000)), ("占10.31%", pct(num(t3tot[4]), 4375000))):
    assert kw == f"占{val}%" and kw in prose, kw
# planted contradiction: prose 36815.40 vs tables 36851.40; prose's own 占比/增加额 follow the table
planted = f2(e_data.PROSE_WRONG_SHIYE)
assert planted == "36815.40" and prose.count(planted) == 1 and own.count(planted) == 1
assert f"事业收入{planted}万元，占84.23%，比上年增加1620.40万元" in prose
assert 3685140 - 3523100 == 162040 and pct(3681540, 4375000) != "84.23"
assert "36851.40" not in prose and own.count("36851.40") >= 2
assert not re.search("虚构|编造|杜撰|invented|fictitious", own)

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
cats = Counter(q["category"] for q in qs)
assert cats == Counter(lookup=21, text=14, none=12, ratio=10, column=8, change=8, reason=6, code=6, cross=5), cats


def occurs(v, text):
    fv = float(v)
    pats = {str(int(fv))} if fv == int(fv) else set()
    pats |= {f"{fv:.2f}", f"{fv:.1f}", repr(fv)} if fv != int(fv) else {f"{fv:.2f}"}
    for p in pats:
        if re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text):
            return True
    return False


for q in qs:
    e = q["expect"]
    assert q.get("ideal"), q["id"]
    if e.get("none"):
        assert "cite" not in q, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []) + e.get("any", []):
        assert u in ("万元", "亿元", "%", "人"), q["id"]
        if not q.get("calc"):
            assert occurs(v, pool), (q["id"], v)
    if e.get("any") and not q.get("calc"):
        assert any(occurs(v, pool) for v, u in e["any"]), q["id"]
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert f2(int(round(v * 100))) == planted, q["id"]
        assert any(abs(x[0] - 36851.40) < 1e-6 for x in e["values"]), q["id"]
    rows_ok = [a for r in q["cite"]["rows"] for a in r.split("|") if a in texts[doc]]
    assert rows_ok, (q["id"], q["cite"]["rows"])
assert sum(1 for q in qs if q.get("history")) == 1
print(f"OK {len(qs)} questions; E {et['npages']} pages, continued tables: {et['continued']}")
