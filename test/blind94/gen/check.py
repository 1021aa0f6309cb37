# -*- coding: utf-8 -*-
"""Checks for blind94: documents, E reconciliation, questions. Prints `OK N questions`."""
import json, os, re, html, glob
from src_raw import SOURCES
from xlsxw import read_xlsx
import e_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"

def html_lines(path):
    s = open(path, encoding="utf-8").read()
    assert "<title>" in s and "<!-- source: " in s, path
    return [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", s)]

texts, numbers_all = {}, {}
# A-D
for src in SOURCES:
    path = os.path.join(DOCS, src["stem"] + ".html")
    ps = html_lines(path)
    stored = [l for l in src["text"].split("\n") if l.strip()]
    assert ps[:-1] == stored, "paragraphs differ from stored lines: " + src["letter"]
    assert ps[-1] == CUT
    stored_json = json.load(open(os.path.join(HERE, "src_%s.json" % src["letter"]), encoding="utf-8"))
    assert stored_json["text"] == src["text"]
    texts[src["letter"]] = "\n".join(ps)
# E
xpath = os.path.join(DOCS, "E-chengchuan-wjw-2025-bmys.xlsx")
sheets = read_xlsx(xpath)
names = [n for n, _ in sheets]
assert names[0] == "说明" and len(names) == 11, names
prose = [r[0] for r in sheets[0][1]]
texts["E"] = "\n".join("\t".join(c for c in r) for _, rows in sheets for r in rows)
table_text = "\n".join("\t".join(r) for _, rows in sheets[1:] for r in rows)
ORG = {"A": "沂水县第二中学", "B": "青岛市即墨区第二中学", "C": "北京市", "D": "大武口區", "E": "澂川市卫生健康委员会"}
for L, o in ORG.items():
    assert o in texts[L], (L, o)

def nums(s):
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", s)]
NUMS = {L: nums(t) for L, t in texts.items()}
TABLE_NUMS = nums(table_text)

def has(L, v):
    return any(abs(x - v) < 0.005 for x in NUMS[L])

# ---- E reconciliation, read back from the workbook
S = {n: rows for n, rows in sheets}
def num(x): return float(x) if x not in ("", None) and re.fullmatch(r"-?\d+(\.\d+)?", x) else 0.0
def close(a, b): return abs(a - b) < 0.005
t1 = S["表1收支总表"]
inc = sum(num(r[1]) for r in t1[4:10]); exp = sum(num(r[3]) for r in t1[4:10] if len(r) > 3)
tot = num(t1[10][1]); assert close(inc, tot) and close(exp, tot) and close(num(t1[10][3]), tot) and close(num(t1[12][1]), num(t1[12][3]))
t2 = S["表2收入总表"]
for r in t2[3:]:
    assert close(num(r[1]), sum(num(x) for x in r[2:7])), r
for j in range(1, 6):
    assert close(num(t2[3][j]), sum(num(r[j]) for r in t2[4:7])), j
assert close(num(t2[3][1]), tot)
t3 = S["表3支出总表"]
for r in t3[4:]:
    assert close(num(r[1]), num(r[2]) + num(r[5])) and close(num(r[2]), num(r[3]) + num(r[4])), r
for j in range(1, 6):
    assert close(num(t3[4][j]), sum(num(r[j]) for r in t3[5:8]))
assert close(num(t3[4][1]), tot)
t5 = S["表5一般公共预算支出表"]
rows5 = t5[5:]
codes = {}
for r in rows5:
    code = r[0] + r[1] + r[2]
    codes[code] = (num(r[4]), num(r[5]), num(r[6]))
    assert close(num(r[4]), num(r[5]) + num(r[6])), r
for c, v in codes.items():
    kids = [k for k in codes if len(k) == len(c) + 2 and k.startswith(c)]
    if kids:
        for j in range(3):
            assert close(v[j], sum(codes[k][j] for k in kids)), (c, j)
for j in range(3):
    assert close(num(t5[4][4 + j]), sum(v[j] for c, v in codes.items() if len(c) == 3))
assert close(num(t5[4][4]), num(t2[3][2]))  # 一般公共预算支出 = 一般公共预算拨款收入
t6 = S["表6一般公共预算基本支出表"]
assert close(num(t6[4][2]), num(t6[4][3]) + num(t6[4][4])) and close(num(t6[4][2]), num(t3[4][2]))
groups = [r for r in t6[5:] if len(r[0]) == 3]
assert close(num(t6[4][2]), sum(num(r[2]) for r in groups))
for g in groups:
    assert close(num(g[2]), sum(num(r[2]) for r in t6[5:] if len(r[0]) == 5 and r[0].startswith(g[0])))
t7 = S["表7三公经费预算表"]
for j in (1, 2, 3):
    assert close(num(t7[3][j]), num(t7[4][j]) + num(t7[5][j]) + num(t7[8][j]))
    assert close(num(t7[5][j]), num(t7[6][j]) + num(t7[7][j]))
for r in t7[3:]:
    assert close(num(r[3]), num(r[2]) - num(r[1]))
econ = {r[0]: num(r[2]) for r in t6[5:]}
assert close(num(t7[7][2]), econ["30231"]) and close(num(t7[8][2]), econ["30217"])
t4 = S["表4财政拨款收支总表"]
assert close(num(t4[8][1]), num(t4[4][1]) + num(t4[5][1])) and close(num(t4[8][3]), num(t4[8][1]))
t10 = S["表10政府采购预算表"]
assert close(num(t10[3][5]), sum(num(r[5]) for r in t10[4:]))
# prose percentages re-derived
d = e_data.compute()
for m in re.finditer(r"(减少|增加)(\d+\.\d\d)万元，(下降|增长)(\d+\.\d\d)%", "\n".join(prose)):
    diff, rate = float(m.group(2)), float(m.group(4))
    base = diff / rate * 100
    assert abs(base - round(base, 2)) < 0.2  # plausible
# planted contradiction
P = e_data.PLANT
assert "\n".join(prose).count(e_data.F(P["prose"]) + "万元") == 1
assert not any(close(x, P["prose"] / 100) for x in TABLE_NUMS), "planted prose value in a table"
assert sum(1 for x in TABLE_NUMS if close(x, P["table"] / 100)) >= 2
assert close(codes["2100408"][0], P["table"] / 100)
assert "1286.40" not in "\n".join(prose)

# ---- questions
items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [i["id"] for i in items]
assert len(ids) == len(set(ids)), "duplicate ids"
cats = {}
for it in items:
    cats[it["category"]] = cats.get(it["category"], 0) + 1
    e = it["expect"]
    if e.get("none"):
        assert "cite" not in it, it["id"]
        continue
    doc = it["cite"]["doc"]
    hits = [L for L, t in texts.items() if doc in t]
    assert len(hits) == 1, (it["id"], doc, hits)
    L = hits[0]
    pool = list(texts) if it["category"] == "cross" else [L]
    calc = it.get("calc")
    for v, unit in e.get("values", []) + e.get("any", []):
        if any(has(x, v) for x in pool):
            continue
        assert calc is not None and abs(eval(calc) - v) < 0.006, (it["id"], v)
    for s in e.get("text", []):
        assert any(s in texts[x] for x in pool), (it["id"], s)
    if "anytext" in e:
        assert any(s in texts[x] for x in pool for s in e["anytext"]), it["id"]
    for v, unit in e.get("absent", []):
        assert all(abs(v - w) > 0.005 for w, _ in e.get("values", [])), it["id"]
        if L == "E" or "澂川" in it["q"]:
            assert not any(close(x, v) for x in TABLE_NUMS) or v == 32.4, (it["id"], v)
    for r in it["cite"]["rows"]:
        assert any(a in texts[L] for a in r.split("|")), (it["id"], r)
print("categories", dict(sorted(cats.items())))
print("OK %d questions" % len(items))
