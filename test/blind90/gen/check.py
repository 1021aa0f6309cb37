#!/usr/bin/env python3
"""Checks for blind90: documents, reconciliation of E, and every question."""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import e_data  # noqa: E402


def text_of(path):
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", t, flags=re.S)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", "\n", t)
    return html.unescape(t)


DOCS = {os.path.basename(p)[0]: text_of(p) for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*.html")))}
RAW = {os.path.basename(p)[0]: open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(ROOT, "docs", "*.html"))}
assert sorted(DOCS) == list("ABCDE"), sorted(DOCS)

# 1. real docs: <p> lines equal the stored lines
for k in "ABCD":
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    lines = [l for l in src["excerpt"].split("\n") if l.strip()]
    ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", RAW[k])]
    if src["truncated"]:
        assert ps[-1] == "（存档副本至此中断，以下内容未保存。）"
        ps = ps[:-1]
    assert ps == lines, k
    assert f"<!-- source: {src['url']} -->" in RAW[k]
    assert re.search(r"\d(亿元|万元|元)", DOCS[k]), f"{k} has no amount"

# 2. E reconciles
T = e_data.check()
E = DOCS["E"]
assert "老旧小区改造（项）168.45万元" in E and E.count("168.45") == 1
cells = re.findall(r"<tr>(.*?)</tr>", RAW["E"], flags=re.S)
row2210108 = [c for c in cells if "<td>2210108</td>" in c]
assert len(row2210108) == 2 and all("186.4500" in c for c in row2210108)
shares = [float(x) for x in re.findall(r"（类）[\d.]+万元，占([\d.]+)%", E)]
assert len(shares) == 4 and abs(sum(shares) - 100) < 0.05, shares
for word in ("索引号", "发布机构", "发布日期", "rowspan", "colspan"):
    assert word in RAW["E"], word
assert RAW["E"].find("索引号") < RAW["E"].find("<h1>")

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"


def forms(v):
    out = set()
    for d in (0, 1, 2, 3, 4):
        s = f"{v:.{d}f}"
        if abs(float(s) - v) < 1e-9:
            out.add(s)
            out.add(f"{v:,.{d}f}")
    return out


def occurs(v, text):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text):
            return True
    return False


for q in qs:
    cat = q["category"]
    exp = q["expect"]
    if exp.get("none"):
        assert "cite" not in q, q["id"]
        continue
    c = q["cite"]["doc"]
    holders = [k for k, t in DOCS.items() if c in t]
    assert len(holders) == 1, (q["id"], c, holders)
    pool = list(DOCS.values()) if cat == "cross" else [DOCS[holders[0]]]
    for v, unit in exp["values"]:
        ok = any(occurs(v, t) for t in pool) or ("calc" in q and str(v).rstrip("0").rstrip(".") in q["calc"])
        assert ok, (q["id"], v, unit)
    for ph in exp.get("text", []):
        assert any(ph in t for t in pool), (q["id"], ph)
    if "anytext" in exp:
        assert any(ph in t for t in pool for ph in exp["anytext"]), (q["id"], exp["anytext"])
    for v, unit in exp.get("absent", []):
        # an absent value must differ from the table's figure for the asked row
        assert all(abs(v - x) > 1e-6 for x, _ in exp["values"]), q["id"]
        assert not any(f"<td>{v:.4f}</td>" in r for r in row2210108), q["id"]
for q in qs:  # the C09 trap: 284.78 is the 市本级 专项 限额, never a 余额
    if q["id"] == "B90-C09":
        assert re.search(r"市本级\(含稀土高新区\)法定债务限额636.16亿元,其中一般债务351.38亿元、专项债务284.78亿", DOCS["C"])
hist = [q for q in qs if q.get("history")]
assert len(hist) >= 1
print(f"OK {len(qs)} questions")
