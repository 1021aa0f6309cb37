# -*- coding: utf-8 -*-
"""Checks for blind101: real pages equal their stored excerpts; E (PDF) reconciles and carries its planted contradiction;
every expected value occurs in its document's text (or has a calc); cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys
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
    assert CUT not in ps, L
    assert ps == stored, L
    assert re.search(r"\d+(\.\d+)?(万元|亿元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# internal sums of the real pages (as published)
assert round(292.14 + 195.7 + 149.74, 2) == 637.58 and round(526.91 + 5.71 + 72.31, 2) == 604.93
assert round(637.58 - 604.93, 2) == 32.65 and round(18.48 + 294.63 + 25.05, 2) == 338.16
assert round(89.46 + 172.51 + 65.79, 2) == 327.76 and round(338.16 - 327.76, 2) == 10.4
assert round(306.74 + 317.56, 2) == 624.3 and round(532.2 + 63.25, 2) == 595.45 and round(624.3 - 595.45, 2) == 28.85
assert round(2.4 + 14, 1) == 16.4 and round(4.8 + 14, 1) == 18.8
assert round(3374.3 + 2069.51 + 778.59, 2) == 6222.4 and round(3292 + 1975.775 + 757.44, 3) == 6025.215

# 2. E
pdf = os.path.join(ROOT, "docs", "E-chengxian-czj-2026-ysbg.pdf")
own = pdfw.extract_text(pdf)
assert open(pdf, "rb").read().startswith(b"%PDF-1.4")
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln
RUN = "澄岘区2025年预算执行情况和2026年预算草案的报告"
laid = "".join(l for pg in et["pages"] for l in pg if l != RUN and not re.fullmatch(r"— \d+ —", l)).replace(" ", "")
for para in et["prose"]:
    assert para.replace(" ", "") in laid, para[:20]
assert own.count("\f") == et["npages"] - 1 and et["npages"] >= 5
assert "— 1 —" in own and f"— {et['npages']} —" in own
assert "表2  2025年一般公共预算支出执行表（续表）" in own          # 表2 runs over a page break
pages = own.split("\f")
p2 = [i for i, p in enumerate(pages) if "表2  2025年一般公共预算支出执行表" in p]
assert len(p2) >= 2 and p2[1] == p2[0] + 1
D = E.compute()
tabs = et["tables"]


def n(c):
    return int(c) if c not in ("", "—") else 0


for title, rows in tabs.items():
    for r in rows:
        assert " ".join(c for c in r if c) in own, r
        if title.startswith("表5"):
            continue
        a, b, x = r[1], r[2], r[3]
        if x and b:
            assert r[4] == E.pct(int(x), int(b)), r
        if x and a and int(a):
            assert r[5] == E.growth(int(x), int(a)), r
T1 = {r[0]: r for r in tabs["表1  2025年一般公共预算收入执行表"]}
T2 = {r[0]: r for r in tabs["表2  2025年一般公共预算支出执行表"]}
for i in (1, 2, 3):
    assert n(T1["一、税收收入"][i]) == sum(n(T1[t[0]][i]) for t in E.TAX)
    assert n(T1["二、非税收入"][i]) == sum(n(T1[t[0]][i]) for t in E.NONTAX)
    assert n(T1["一般公共预算收入合计"][i]) == n(T1["一、税收收入"][i]) + n(T1["二、非税收入"][i])
    assert n(T2["一般公共预算支出合计"][i]) == sum(n(v[i]) for k, v in T2.items() if re.match(r"^\d{3} ", k))
for key in ("表3  2025年政府性基金预算收支执行表", "表4  2025年国有资本经营预算收支执行表"):
    rows = tabs[key]
    ki = [r[0] for r in rows].index("支出合计")
    for i in (1, 2, 3):
        assert n(rows[0][i]) == sum(n(r[i]) for r in rows[1:ki])
        end = len(rows) - (1 if key.startswith("表4") else 0)
        assert n(rows[ki][i]) == sum(n(r[i]) for r in rows[ki + 1:end])
T4 = tabs["表4  2025年国有资本经营预算收支执行表"]
for i in (1, 2, 3):
    assert n(T4[0][i]) == n([r for r in T4 if r[0] == "支出合计"][0][i]) + n(T4[-1][i])   # 收入 = 支出 + 调出
for r in tabs["表5  2025年政府债务限额和余额情况表"]:
    b0, lim, new, rep, end = map(int, r[1:])
    assert b0 + new - rep == end <= lim, r
prose = "\n".join(et["prose"])
# balance sentence
m = re.search(r"一般公共预算收入(\d+)万元，加上级补助收入(\d+)万元（其中返还性收入(\d+)万元、一般性转移支付收入(\d+)万元、专项转移支付收入(\d+)万元）、地方政府一般债务转贷收入(\d+)万元（其中新增一般债券(\d+)万元、再融资一般债券(\d+)万元）、调入资金(\d+)万元、上年结转(\d+)万元、动用预算稳定调节基金(\d+)万元，收入总计(\d+)万元。一般公共预算支出(\d+)万元，加上解上级支出(\d+)万元、地方政府一般债务还本支出(\d+)万元、安排预算稳定调节基金(\d+)万元、结转下年(\d+)万元，支出总计(\d+)万元", prose)
v = [int(x) for x in m.groups()]
assert v[1] == v[2] + v[3] + v[4] and v[5] == v[6] + v[7]
assert v[11] == v[0] + v[1] + v[5] + v[8] + v[9] + v[10] == v[12] + v[13] + v[14] + v[15] + v[16] == v[17]
assert v[0] == n(T1["一般公共预算收入合计"][3]) and v[12] == n(T2["一般公共预算支出合计"][3])
assert v[8] == E.FUND_TRANSFER_OUT + E.SOE_TRANSFER_OUT
m = re.search(r"“三公”经费预算(\d+)万元.*?因公出国（境）费(\d+)万元，公务用车购置及运行维护费(\d+)万元（购置费(\d+)万元、运行维护费(\d+)万元），公务接待费(\d+)万元", prose, re.S)
g = [int(x) for x in m.groups()]
assert g[0] == g[1] + g[2] + g[5] and g[2] == g[3] + g[4]
m = re.search(r"基本支出(\d+)万元，其中人员经费(\d+)万元、公用经费(\d+)万元", prose)
assert int(m.group(1)) == int(m.group(2)) + int(m.group(3))
# every prose "类名X万元，为预算的Y%，增长/下降Z%" matches 表2 except the planted amount
planted = E.PLANTED["210"]
assert prose.count(str(planted)) == 1 and own.count(str(planted)) == 1
assert T2["210 卫生健康支出"][3] == "18640" and int(T2["210 卫生健康支出"][3]) != planted
checked = 0
for c, name, a, b, x in E.FUNC:
    for mm in re.finditer("——" + re.escape(name) + r"(\d+)万元，为预算的([\d.]+)%，(增长|下降)([\d.]+)%", prose):
        checked += 1
        row = T2[f"{c} {name}"]
        assert mm.group(2) == row[4] and mm.group(4) == row[5].lstrip("-"), name
        assert (int(mm.group(1)) == int(row[3])) == (c != "210"), name
for name in [t[0] for t in E.TAX + E.NONTAX]:
    for mm in re.finditer("——" + re.escape(name) + r"(\d+)万元，为预算的([\d.]+)%，(增长|下降)([\d.]+)%", prose):
        checked += 1
        row = T1[name]
        assert mm.group(1) == row[3] and mm.group(2) == row[4] and mm.group(4) == row[5].lstrip("-"), name
assert checked >= 12, checked
texts["E"] = own

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == len(qs)


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    pats = {fmt(v), str(v)}
    if isinstance(v, float) and v == int(v):
        pats.add(f"{v:.1f}")
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


for q in qs:
    e = q["expect"]
    assert q.get("ideal"), q["id"]
    if e.get("none"):
        assert "cite" not in q, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    assert q["id"][5] == doc or q["category"] == "cross", q["id"]
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
        assert occurs(v, texts["E"]), q["id"]
    assert e.get("values") or e.get("any") or e.get("text") or e.get("anytext"), q["id"]
assert sum(1 for q in qs if q.get("history")) == 1
print(f"OK {len(qs)} questions")
