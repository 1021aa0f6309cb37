# -*- coding: utf-8 -*-
"""Checks for blind107: real pages equal their stored excerpts; E's 附表 reconcile (re-read from the PDF text layer);
prose agrees with the tables except the one planted figure; every expected value occurs in its document (or has a calc);
ideals pass their own question under the scorer's rules; cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
sys.path.insert(0, "/work/shared/tools")
from src_raw import SOURCES
import e_data, pdfw
from e_data import pct
import ask_eval

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
    assert re.search(r"\d+(\.\d+)?(万元|萬元|亿元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# sums the real pages state (not asserted as the pages' own truth, only recorded)
assert round(6.73199 + 3.4548, 5) == 10.18679 and round(5.4233 + 3.4134, 4) == 8.8367          # B
assert round(21037 + 14920.91, 2) == 35957.91 and round(21492.22 + 10149 + 18016.83, 2) == 49658.05  # C
assert round(18777.83 + 35957.91 + 10422.31, 2) == 65158.05 != 68158.05                         # C: 3000 short (kept)
assert 100 + 7044 == 7144                                                                         # A
assert round(221.17 - 205.27, 2) == 15.9 and round(6.39 - 0.51, 2) == 5.88                        # D

# 2. E: read the PDF text layer and re-check every table
pdf = os.path.join(ROOT, "docs", "E-huamei-czj-2025-jsca.pdf")
own = pdfw.extract_text(pdf)
texts["E"] = own
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
assert own.count("\f") == et["npages"] - 1 >= 5
for pg in et["pages"]:
    for ln in pg:
        assert ln in own, ln
laid = own.replace("\n", "").replace(" ", "")
for para in et["prose"]:
    assert ("\u3000\u3000" + para).replace(" ", "") in laid, para[:20]
assert "（续表）" in own
D = e_data.compute()          # asserts the balances of every account
lines = own.split("\n")


SECTION = {"start": 0}


def row(label, n=8):
    hits = [l for l in lines[SECTION["start"]:] if l.startswith(label + " ")]
    assert len(hits) >= 1, label
    cells = hits[0][len(label) + 1:].split(" ")
    assert len(cells) == n, (label, cells)
    return cells


def num(c):
    return int(c)


def check_group(labels, total, n=8):
    """each numeric column (not the %-columns) of the total row = sum of the rows; each % = 决算/调整."""
    t = row(total, n)
    rs = [row(l, n) for l in labels]
    for i in range(n):
        if n == 8 and i in (3, 7):
            continue
        assert num(t[i]) == sum(num(r[i]) for r in rs), (total, i)
    if n == 8:
        for r in rs + [t]:
            for g in (0, 4):
                assert r[g + 3] == pct(num(r[g + 2]), num(r[g + 1])), r


tax = ["  " + r[0] for r in e_data.TAX]
nontax = ["  " + r[0] for r in e_data.NONTAX]
check_group(tax, "一、税收收入")
check_group(nontax, "二、非税收入")
check_group(["一、税收收入", "二、非税收入"], "一般公共预算收入合计")
check_group([f"{c} {n}" for c, n, *_ in e_data.FUNC], "一般公共预算支出合计")
SECTION["start"] = [i for i, l in enumerate(lines) if l.startswith("附表3")][0]
check_group([r[0] for r in e_data.FUND_IN], "政府性基金预算收入合计")
check_group(["212 城乡社区支出"] + [f"{c} {n}" for c, n, *_ in e_data.FUND_OUT_FIXED], "政府性基金预算支出合计")
check_group([r[0] for r in e_data.SOE_IN], "国有资本经营预算收入合计")
check_group([r[0] for r in e_data.SOE_OUT], "国有资本经营预算支出合计")
check_group([s[0] + "收入" for s in e_data.SSF], "社会保险基金收入合计")
check_group([s[0] + "支出" for s in e_data.SSF], "社会保险基金支出合计")
for g in (0, 1, 2, 4, 5, 6):
    assert num(row("国有资本经营预算收入合计")[g]) - num(row("国有资本经营预算支出合计")[g]) == num(row("调出资金")[g])
    assert num(row("社会保险基金收入合计")[g]) - num(row("社会保险基金支出合计")[g]) == num(row("本年收支结余")[g])
# debt table: 余额 = 上年末 + 新增 + 再融资 - 还本 <= 限额; 合计 = 一般 + 专项
dt = {k: [num(c) for c in row(k, 3)] for k in ("2025年政府债务限额", "2024年末政府债务余额", "2025年新增债券", "2025年再融资债券",
                                                "2025年偿还债务本金", "2025年末政府债务余额")}
for k, v in dt.items():
    assert v[2] == v[0] + v[1], k
for i in range(3):
    end = dt["2024年末政府债务余额"][i] + dt["2025年新增债券"][i] + dt["2025年再融资债券"][i] - dt["2025年偿还债务本金"][i]
    assert end == dt["2025年末政府债务余额"][i] <= dt["2025年政府债务限额"][i]
# transfers table
tr = {k: row(k, 4) for k in ("返还性收入", "一般性转移支付收入", "专项转移支付收入", "上级补助收入合计", "区对街道转移支付")}
for i in (0, 1, 2):
    assert num(tr["上级补助收入合计"][i]) == sum(num(tr[k][i]) for k in ("返还性收入", "一般性转移支付收入", "专项转移支付收入"))
for k, v in tr.items():
    assert v[3] == pct(num(v[2]), num(v[1])), k
# prose balance sentences, read back from the text
prose = "".join(et["prose"])
SECTION["start"] = 0
m = re.search(r"全区一般公共预算收入(\d+)万元，加上级补助收入(\d+)万元、债务转贷收入(\d+)万元、调入资金(\d+)万元、上年结转(\d+)万元，收入总计(\d+)万元。"
              r"全区一般公共预算支出(\d+)万元，加上解上级支出(\d+)万元、债务还本支出(\d+)万元、结转下年(\d+)万元，支出总计(\d+)万元", prose)
v = [int(x) for x in m.groups()]
assert sum(v[:5]) == v[5] == sum(v[6:10]) == v[10]
assert v[0] == num(row("一般公共预算收入合计")[2]) and v[6] == num(row("一般公共预算支出合计")[2])
assert v[1] == num(tr["上级补助收入合计"][2]) and v[3] == num(row("调出资金")[2]) + 6500
m = re.search(r"收入总计(\d+)万元。全区政府性基金预算支出决算(\d+)万元，为调整预算的[\d.]+%，加调出资金(\d+)万元、专项债务还本支出(\d+)万元、结转下年(\d+)万元，支出总计(\d+)万元", prose)
w = [int(x) for x in m.groups()]
assert w[0] == sum(w[1:5]) == w[5] and w[1] == num(row("政府性基金预算支出合计")[2])
SECTION["start"] = 0
# every "——X支出N万元，为调整预算的P%" in the prose matches 附表2 (全区) except the planted 卫生健康
planted = e_data.PROSE_WRONG["210"]
n_checked = 0
for mm in re.finditer(r"——(\S+?支出)(\d+)万元，为调整预算的([\d.]+)%", prose):
    name, val, p = mm.group(1), int(mm.group(2)), mm.group(3)
    code = [c for c, nm, *_ in e_data.FUNC if nm == name][0]
    r = row(f"{code} {name}")
    assert p == r[3], name
    if code == "210":
        assert val == planted != num(r[2]) == 19384 and pct(planted, num(r[1])) != p
    else:
        assert val == num(r[2]), name
    n_checked += 1
assert n_checked == 7
assert own.count(str(planted)) == 1 and prose.count(str(planted)) == 1

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    return re.search(r"(?<![\d.])" + re.escape(fmt(v)) + r"(?![\d])", text) is not None


for q in qs:
    e = q["expect"]
    ans = q["ideal"]
    if e.get("none"):
        assert "cite" not in q, q["id"]
        assert any(m in ans for m in ask_eval.REFUSAL), q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []) + e.get("any", []):
        assert occurs(v, pool) or q.get("calc") or (u == "%" and v in (8.67,)), (q["id"], v)
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    assert any(a in texts[doc] for r in q["cite"]["rows"] for a in r.split("|")), q["id"]
    for v, u in e.get("absent", []):
        assert occurs(v, pool), q["id"]
    # the ideal answer passes the scorer's figure/text checks
    fake = {"answer": ans, "citations": []}
    why = [w for w in ask_eval.check(q, fake, strict=False) if not w.startswith("no citation")]
    assert not why, (q["id"], why)
from collections import Counter
print("categories", dict(Counter(q["category"] for q in qs)))
print(f"OK {len(qs)} questions")
