# -*- coding: utf-8 -*-
"""Checks for blind104: real pages equal their stored excerpts; the invented .docx parses, equals gen/e_text.json and
reconciles table by table (independently of e_data, from the parsed cells); the planted contradiction is the only prose
figure off its table; every expected value occurs in its document (or has a calc); cite.doc names one document; ids unique."""
import html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from src_raw import SOURCES
import e_data

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
    assert re.search(r"\d+(\.\d+)?(万元|亿元|萬元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# the real pages' own arithmetic, as described in the README
assert 153443 + 344997 + 14000 == 512440 and 153443 + 360365 + 73050 + 13857 + 8557 == 609272 == 512440 + 96832
assert 114 + 183772 + 176478 == 360364 != 360365            # A: the 上级补助 parts sum to 1 less than the printed total
assert 148756 + 27722 == 176478 and 52950 + 20100 == 73050 and 165121 + 18651 == 183772 and 179762 - 3284 == 176478
assert round(96832 / 512440 * 100, 2) == 18.90               # printed 18.89 (truncated)
assert 6478 - 5309 == 1169 and abs(6.82 + 5.23 + 1.77 + 1.33 + 0.0965 - 15.25) < 0.01
assert abs(0.0284 + 6.75 + 0.659 + 6.46 + 0.0497 - 13.95) < 0.01 and abs(6.01 + 0.0548 + 6 + 1.33 - 13.4) < 0.01
assert abs(5 + 7.1 + 13.1 - 25.2) < 1e-9 and abs(188 + 80.6 + 158.9 - 427.4) < 0.15
assert 3100 - 2580 == 520

# 2. E (.docx)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
docx = os.path.join(ROOT, "docs", "E-fengcheng-zjj-2025-bmys.docx")
with zipfile.ZipFile(docx) as z:
    names = set(z.namelist())
    assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"} <= names
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))                      # well-formed
    root = ET.fromstring(z.read("word/document.xml"))
body = root.find(W + "body")
paras, tables = [], []
for el in body:
    if el.tag == W + "p":
        t = "".join(x.text or "" for x in el.iter(W + "t"))
        if t:
            paras.append(t)
    elif el.tag == W + "tbl":
        rows = []
        for tr in el.findall(W + "tr"):
            rows.append(["".join(x.text or "" for x in tc.iter(W + "t")) for tc in tr.findall(W + "tc")])
        tables.append((el, rows))
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
assert len(tables) == len(et["tables"]) == 11
for (el, rows), tj in zip(tables, et["tables"]):
    nh = len(tj["header"])
    assert rows[:nh] == tj["header"], tj["title"]
    assert rows[nh:] == tj["rows"], tj["title"]
    assert tj["title"] in paras
for p in et["prose"]:
    assert p in paras, p[:30]
# two-row headers with merged cells (表1: gridSpan; 表7: gridSpan + vMerge)
x7 = ET.tostring(tables[6][0], encoding="unicode")
assert "vMerge" in x7 and "gridSpan" in x7 and len(et["tables"][6]["header"]) == 2
assert "gridSpan" in ET.tostring(tables[0][0], encoding="unicode") and len(et["tables"][0]["header"]) == 2

TB = {t["title"].split()[0]: t["rows"] for t in et["tables"]}
c = lambda s: round(float(s) * 100) if s not in ("", None) else 0
def col(rows, j, pred=lambda r: True):
    return sum(c(r[j]) for r in rows if pred(r))

# 表1 收支总表 (two columns per side)
t1 = TB["表1"]
r1 = {r[0]: r[1] for r in t1}
l1 = {r[2]: r[3] for r in t1 if r[2]}
inc_items = [r[1] for r in t1[:6]]
assert sum(c(x) for x in inc_items) == c(r1["本年收入合计"])
assert c(r1["本年收入合计"]) + c(r1["上年结转"]) == c(r1["收入总计"]) == c(l1["支出总计"])
assert sum(c(r[3]) for r in t1[:6] if r[3]) == c(l1["本年支出合计"])
assert c(l1["本年支出合计"]) + c(l1["结转下年"]) == c(l1["支出总计"])
# 表2 收入总表
t2 = TB["表2"]
for r in t2:
    assert c(r[1]) == sum(c(x) for x in r[2:]), r
for j in range(1, 7):
    assert c(t2[0][j]) == sum(c(r[j]) for r in t2[1:]), j
assert c(t2[0][1]) == c(r1["收入总计"]) and c(t2[0][2]) == c(r1["一、一般公共预算拨款收入"])
# 表3 / 表5 / 表8 functional tables: 合计 = 基本 + 项目, 类 = Σ款 = Σ项, top row = Σ类
def functional(rows):
    for r in rows:
        assert c(r[2]) == c(r[3]) + c(r[4]), r
    codes = {r[0]: r for r in rows if r[0]}
    for code, r in codes.items():
        kids = [k for k in codes if len(k) == len(code) + 2 and k.startswith(code) and len(code) in (3, 5)]
        if len(code) in (3, 5):
            for j in (2, 3, 4):
                assert c(r[j]) == sum(c(codes[k][j]) for k in kids), (code, j)
    for j in (2, 3, 4):
        assert c(rows[0][j]) == sum(c(r[j]) for r in rows if len(r[0]) == 3), j
    return codes
f3, f5, f8 = functional(TB["表3"]), functional(TB["表5"]), functional(TB["表8"])
assert c(TB["表3"][0][2]) == c(l1["本年支出合计"])
for code, name in (("208", "一、社会保障和就业支出"), ("210", "二、卫生健康支出"), ("212", "三、城乡社区支出"), ("221", "四、住房保障支出")):
    assert c(f3[code][2]) == c(l1[name]), code
# 表4 财政拨款收支总表
t4 = TB["表4"]
for r in t4:
    assert c(r[3]) == c(r[4]) + c(r[5]), r
assert sum(c(r[1]) for r in t4[:4]) == c(t4[4][1]) == c(t4[4][3])
assert sum(c(r[3]) for r in t4[:4]) == c(t4[4][3]) and sum(c(r[4]) for r in t4[:4]) == c(t4[4][4])
assert c(t4[4][4]) == c(TB["表5"][0][2]) and c(t4[4][5]) == c(TB["表8"][0][2]) == c(r1["二、政府性基金预算拨款收入"])
assert c(t4[0][1]) + c(t4[3][1]) == c(t4[4][4])          # 一般公共预算拨款 + 上年结转 = 一般公共预算支出
assert c(t4[4][1]) == c(r1["收入总计"]) - c(r1["四、事业收入"]) - c(r1["六、其他收入"])
# 表6 基本支出（经济分类）
t6 = TB["表6"]
for r in t6:
    assert c(r[2]) == c(r[3]) + c(r[4]), r
groups = [r for r in t6 if len(r[0]) == 3]
for g in groups:
    assert c(g[2]) == sum(c(r[2]) for r in t6 if len(r[0]) == 5 and r[0].startswith(g[0])), g
assert c(t6[0][2]) == sum(c(g[2]) for g in groups) == c(TB["表5"][0][3])
# 表7 三公
t7 = TB["表7"]
for r in t7:
    assert c(r[1]) == c(r[2]) + c(r[3]) + c(r[6]) and c(r[3]) == c(r[4]) + c(r[5]), r
for j in range(1, 7):
    assert c(t7[2][j]) == c(t7[1][j]) - c(t7[0][j]), j
e6 = {r[0]: r for r in t6}
assert c(t7[1][5]) == c(e6["30231"][2]) and c(t7[1][6]) == c(e6["30217"][2])
# 表9 政府采购
t9 = TB["表9"]
assert c(t9[0][4]) == sum(c(r[4]) for r in t9[1:])
# 表11 units side by side, last column = 部门合计
t11 = TB["表11"]
m11 = {r[0]: r for r in t11}
for r in t11:
    if r[0] == "在职人数（人）":
        assert int(r[4]) == sum(int(x) for x in r[1:4])
    else:
        assert c(r[4]) == sum(c(x) for x in r[1:4]), r
assert c(m11["收入合计"][4]) == c(r1["收入总计"]) and c(m11["其中：一般公共预算拨款"][4]) == c(r1["一、一般公共预算拨款收入"])
assert [c(x) for x in m11["收入合计"][1:4]] == [c(r[1]) for r in t2[1:]]
assert c(m11["基本支出"][4]) == c(TB["表3"][0][3]) and c(m11["项目支出"][4]) == c(TB["表3"][0][4])
assert c(m11["基本支出"][4]) + c(m11["项目支出"][4]) == c(m11["收入合计"][4])
assert c(m11["“三公”经费"][4]) == c(t7[1][1]) and c(m11["政府采购预算"][4]) == c(t9[0][4])
for j, u in zip((1, 2, 3), ("沣澄区住房和城乡建设局（局机关）", "沣澄区建设工程质量安全服务中心", "沣澄区房屋征收与住房保障服务中心")):
    assert c(m11["政府采购预算"][j]) == sum(c(r[4]) for r in t9[1:] if r[0] == u)
# 表10 绩效目标 money = the project rows of 表3
t10 = {r[0]: c(r[2]) for r in TB["表10"] if r[0]}
assert t10["老旧小区改造"] == c(f3["2210108"][4]) and t10["棚户区改造"] == c(f3["2210103"][4]) and t10["城市建设（道路管网提质）"] == c(f3["2120803"][4])
# e_data's own assertions
e_data.compute()

# prose against tables: every "X万元" in the prose is a table cell or a documented prose-only figure, except the planted one
prose = "\n".join(et["prose"])
cells = {c(x) for t in et["tables"] for r in t["rows"] for x in r if re.fullmatch(r"-?\d+\.\d\d", x)}
prose_only = {812650, 73787, 21527, 83000, 10645, 320, 2120, 1800, 240, 80, 21100, 26370, 282500, 481264, 302000}
planted = e_data.PROSE_WRONG_GPB
nums = [round(float(x) * 100) for x in re.findall(r"(\d+\.\d\d)万元", prose)]
off = [n for n in nums if n not in cells and n not in prose_only]
assert off == [planted], off
assert prose.count("4579.37") == 1 and "4597.37" in prose
assert c(r1["一、一般公共预算拨款收入"]) == 459737 != planted
assert 481264 - 459737 == 21527          # the prose's own "减少215.27万元" fits the table, not the prose figure
texts["E"] = prose + "\n" + "\n".join(" | ".join(x for x in r if x) for t in et["tables"] for r in [[t["title"]]] + t["header"] + t["rows"])

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) and all(i.startswith("B104-") for i in ids)
assert sum(1 for q in qs if q.get("history")) == 1


def occurs(v, text):
    for tok in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
        if abs(float(tok.replace(",", "")) - v) < 1e-9:
            return True
    return False


for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q and set(e) == {"none"}, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = "\n".join(texts.values()) if q["category"] == "cross" else texts[doc]
    for v, u in e.get("values", []) + e.get("any", []):
        assert occurs(v, pool) or q.get("calc"), (q["id"], v)
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert v * 100 == planted and occurs(v, texts["E"]), q["id"]
        assert any(round(x[0] * 100) == c(r1["一、一般公共预算拨款收入"]) for x in e["values"]), q["id"]
    assert q.get("ideal") and q["cite"]["rows"], q["id"]
print(f"OK {len(qs)} questions")
