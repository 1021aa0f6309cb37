# -*- coding: utf-8 -*-
"""Checks for blind100: real pages equal their stored excerpts; E (.docx) is a valid OOXML zip whose text equals
gen/e_text.json and whose tables reconcile (read back from the .docx itself); the planted prose error is present once;
every expected value occurs in its document's text (or has a calc); cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES

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
    assert re.search(r"\d+(\.\d+)?(万元|萬元|亿元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)

# 2. E: read the .docx back
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
Wn = "{%s}" % NS["w"]
docx = os.path.join(ROOT, "docs", "E-danchuan-wjj-2025-bmys.docx")
z = zipfile.ZipFile(docx)
names = set(z.namelist())
for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"):
    assert n in names, n
root = ET.fromstring(z.read("word/document.xml"))
body = root.find("w:body", NS)


def ptext(p):
    return "".join(t.text or "" for t in p.iter(Wn + "t"))


blocks = []
for el in body:
    if el.tag == Wn + "p":
        t = ptext(el)
        if t:
            blocks.append(["p", t])
    elif el.tag == Wn + "tbl":
        rows = []
        for tr in el.findall("w:tr", NS):
            rows.append(["".join(ptext(p) for p in tc.findall("w:p", NS)) for tc in tr.findall("w:tc", NS)])
        blocks.append(["t", rows])
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
assert blocks == et["blocks"], "docx text differs from e_text.json"
# header over two rows (表2): gridSpan + vMerge present
xml = z.read("word/document.xml").decode("utf-8")
assert '<w:gridSpan w:val="4"/>' in xml and '<w:vMerge w:val="restart"/>' in xml
etext = "\n".join(b[1] if b[0] == "p" else "\n".join(" | ".join(r) for r in b[1]) for b in blocks)
texts["E"] = etext
prose = "\n".join(et["prose"])


def cc(s):
    s = s.strip()
    if s in ("", "—"):
        return 0
    neg = s.startswith("-")
    a, _, b = s.lstrip("-").partition(".")
    v = int(a) * 100 + int((b + "00")[:2])
    return -v if neg else v


def growth(new, old):
    return str((Decimal(new - old) * 100 / Decimal(old)).quantize(Decimal("0.01"), ROUND_HALF_UP))


TB = {}
title = None
for b in blocks:
    if b[0] == "t":
        TB[title] = b[1]
    elif b[1].startswith("表") or b[1] == "部门预算单位收支情况一览表":
        title = b[1]
# 一览表
t0 = TB["部门预算单位收支情况一览表"]
units, tot0 = t0[1:-1], t0[-1]
for k in range(1, 6):
    assert sum(cc(r[k]) for r in units) == cc(tot0[k]), k
for r in units + [tot0]:
    assert cc(r[1]) == cc(r[4]), r
# 表1
t1 = TB["表1 部门收支总表"][1:]
inc = [r for r in t1 if r[0][:2] in ("一、", "二、", "三、", "四、", "五、")]
exp = [r for r in t1 if r[2].endswith("支出") and r[2] not in ("本年支出合计",)]
R1 = {r[0]: r for r in t1}
assert sum(cc(r[1]) for r in inc) == cc(R1["本年收入合计"][1]) == cc(R1["收入总计"][1]) - cc(R1["上年结转"][1])
assert sum(cc(r[3]) for r in exp) == cc(R1["本年收入合计"][3]) == cc(R1["收入总计"][3])
TOTAL = cc(R1["收入总计"][1])
assert TOTAL == cc(tot0[1])
# 表2 (two header rows)
t2 = TB["表2 部门收入总表"]
assert t2[0][:4] == ["单位名称", "合计", "上年结转", "本年收入"] and t2[1][3:] == ["一般公共预算拨款", "政府性基金预算拨款", "事业收入", "其他收入"]
for r in t2[2:]:
    assert cc(r[1]) == sum(cc(x) for x in r[2:]), r
for k in range(1, 7):
    assert cc(t2[2][k]) == sum(cc(r[k]) for r in t2[3:]), k
assert cc(t2[2][1]) == TOTAL and cc(t2[2][3]) == cc(R1["一、一般公共预算拨款收入"][1]) == cc(tot0[2])
assert cc(t2[2][5]) == cc(tot0[3])


def hierarchy(rows, cols):
    """rows: [code, name, v...]; 类(3)=Σ款(5)=Σ项(7); 合计 row (code '') = Σ类"""
    by = {r[0]: r for r in rows if r[0]}
    for code, r in by.items():
        kids = [k for k in by if k.startswith(code) and len(k) == len(code) + 2]
        if kids:
            for ci in cols:
                assert cc(r[ci]) == sum(cc(by[k][ci]) for k in kids), (code, ci)
    top = [r for r in rows if not r[0]][0]
    for ci in cols:
        assert cc(top[ci]) == sum(cc(by[k][ci]) for k in by if len(k) == 3), ci
    return by, top


t3 = TB["表3 部门支出总表"][1:]
for r in t3:
    assert cc(r[2]) == cc(r[3]) + cc(r[4]), r
T3, top3 = hierarchy(t3, (2, 3, 4))
assert cc(top3[2]) == TOTAL
t5 = TB["表5 一般公共预算支出表"][1:]
T5, top5 = hierarchy(t5, (2, 3))
for r in t5:
    assert r[4] == growth(cc(r[3]), cc(r[2])), r
t4 = TB["表4 财政拨款收支总表"][1:]
R4 = {r[2]: r for r in t4}
GP = cc(top5[3])
assert GP == cc(R4["支出总计"][3]) == cc(R4["支出总计"][1]) == cc(t2[2][3])
for code in ("208", "210", "221"):
    assert cc(R4[T5[code][1]][3]) == cc(T5[code][3]), code
t6 = TB["表6 一般公共预算基本支出表"][1:]
T6, top6 = hierarchy([[r[0], r[1], r[2], r[3] or "0", r[4] or "0"] for r in t6], (2, 3, 4))
assert cc(top6[2]) == cc(top6[3]) + cc(top6[4])
# GP basic = Σ 项 of 表5 minus GP project part (表9 column 4)
t9 = TB["表9 项目支出绩效目标表"][1:]
proj = [r for r in t9 if r[0]]
assert sum(cc(r[2]) for r in proj) == cc(top3[4])
assert cc(top6[2]) + sum(cc(r[3]) for r in proj) == GP
t7 = {r[0]: r for r in TB["表7 一般公共预算“三公”经费支出表"][1:]}
for r in t7.values():
    assert cc(r[3]) == cc(r[2]) - cc(r[1]), r
    assert r[4] == ("—" if cc(r[1]) == 0 else growth(cc(r[2]), cc(r[1]))), r
for ci in (1, 2):
    assert cc(t7["合计"][ci]) == cc(t7["1.因公出国（境）费"][ci]) + cc(t7["2.公务用车购置及运行维护费"][ci]) + cc(t7["3.公务接待费"][ci])
    assert cc(t7["2.公务用车购置及运行维护费"][ci]) == cc(t7["（1）公务用车购置费"][ci]) + cc(t7["（2）公务用车运行维护费"][ci])
assert cc(t7["合计"][2]) == cc(tot0[5])
assert cc(T6["30217"][2]) == cc(t7["3.公务接待费"][2]) and cc(T6["30231"][2]) == cc(t7["（2）公务用车运行维护费"][2])
assert cc(T6["30110"][2]) == cc(T5["21011"][3]) and cc(T6["30113"][2]) == cc(T5["2210201"][3])
# prose against tables
def pm(rx):
    m = re.search(rx, prose)
    assert m, rx
    return m.groups()
g = pm(r"收入预算总计(\d+\.\d+)万元，支出预算总计(\d+\.\d+)万元，与2024年预算(\d+\.\d+)万元相比，收、支总计各增加(\d+\.\d+)万元，增长(\d+\.\d+)%")
assert cc(g[0]) == cc(g[1]) == TOTAL and cc(g[3]) == TOTAL - cc(g[2]) and g[4] == growth(TOTAL, cc(g[2]))
g = pm(r"基本支出(\d+\.\d+)万元，占(\d+\.\d+)%；项目支出(\d+\.\d+)万元，占(\d+\.\d+)%")
assert cc(g[0]) == cc(top3[3]) and cc(g[2]) == cc(top3[4])
g = pm(r"一般公共预算基本支出(\d+\.\d+)万元，其中：人员经费(\d+\.\d+)万元.*?公用经费(\d+\.\d+)万元")
assert (cc(g[0]), cc(g[1]), cc(g[2])) == (cc(top6[2]), cc(top6[3]), cc(top6[4]))
g = pm(r"“三公”经费预算(\d+\.\d+)万元，比上年预算(\d+\.\d+)万元减少(\d+\.\d+)万元，下降(\d+\.\d+)%")
assert cc(g[0]) == cc(t7["合计"][2]) and cc(g[1]) == cc(t7["合计"][1]) and cc(g[2]) == -cc(t7["合计"][3]) and "-" + g[3] == t7["合计"][4]
n_items = 0
for m in re.finditer(r"（(\d{7})）(\d+\.\d+)万元，比上年(增加|减少)(\d+\.\d+)万元，(增长|下降)(\d+\.\d+)%", prose):
    code, amt, _, d, _, p = m.groups()
    r = T5[code]
    n_items += 1
    assert cc(d) == abs(cc(r[3]) - cc(r[2])) and p == r[4].lstrip("-"), code
    if code == "2100401":
        assert cc(amt) == 106384 != cc(r[3]) == 103684, "planted"
    else:
        assert cc(amt) == cc(r[3]), code
assert n_items == 8, n_items
assert prose.count("1063.84") == 1 and etext.count("1063.84") == 1 and "1036.84" not in prose
sys.path.insert(0, HERE)
import e_data
e_data.compute()

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
assert sum(1 for q in qs if q.get("history")) == 1


def occurs(v, text):
    pats = {str(v), f"{v:.2f}", f"{v:.1f}", str(int(v)) if float(v) == int(v) else str(v)}
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


CN = "零一二三四五六七八九十"
for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q and not e.get("values"), q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []) + e.get("any", []):
        ok = occurs(v, pool) or q.get("calc") or (u == "所" and CN[int(v)] + "所" in pool)
        assert ok, (q["id"], v)
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert v == 1063.84 and occurs(v, texts["E"]) and cc(T5["2100401"][3]) == 103684, q["id"]
        assert any(x[0] == 1036.84 for x in e["values"]), q["id"]
    assert q.get("ideal"), q["id"]
print(f"OK {len(qs)} questions")
