#!/usr/bin/env python3
"""Checks docs/ and questions.jsonl of blind80. Prints `OK N questions`."""
import json, os, re, html, collections
from pdfw import extract_text
import build_real
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")

def html_lines(path):
    s = open(path, encoding="utf-8").read()
    title = re.search(r"<title>(.*?)</title>", s).group(1)
    ps = [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", s)]
    assert "<!-- source: http" in s, path
    return title, ps

texts, lines_of = {}, {}
# real pages: <p> lines equal the stored lines + the truncation line
for k, name in build_real.NAMES.items():
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    title, ps = html_lines(os.path.join(DOCS, name))
    assert ps[:-1] == build_real.lines_of(src), k
    assert ps[-1] == build_real.CUT, k
    assert re.search(r"\d(\.\d+)?\s*(万元|亿元)", "\n".join(ps)), f"{k} has no amounts"
    lines_of[k] = [title] + ps
pdf = os.path.join(DOCS, "E-xilan-slj-2025-bmys.pdf")
raw = open(pdf, "rb").read()
assert raw.startswith(b"%PDF-1.4") and b"/STSong-Light" in raw and b"/UniGB-UCS2-H" in raw and b"/ToUnicode" in raw
# xref offsets point at their objects
xref = int(re.search(rb"startxref\n(\d+)", raw).group(1))
offs = [int(x) for x in re.findall(rb"(\d{10}) 00000 n", raw[xref:])]
for i, o in enumerate(offs, 1):
    assert raw[o:].startswith(f"{i} 0 obj".encode()), i
assert raw.count(b"/Type /Page ") >= 6
lines_of["E"] = extract_text(pdf)
for k in lines_of:
    texts[k] = "\n".join(lines_of[k])
E = texts["E"]
assert "表3  汐澜县水利局2025年部门支出总表（续）" in E, "table continued across page break with header"
assert E.count("科目编码 科目名称 合计 基本支出 项目支出") >= 3
for t in ["部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表",
          "一般公共预算基本支出表", "“三公”经费支出表", "政府性基金预算支出表", "情况说明"]:
    assert t in E, t

def nums(text):
    return {round(float(x.replace(",", "")), 4) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
NUMS = {k: nums(v) for k, v in texts.items()}

# planted contradiction: prose 104.82 vs tables 104.28 for 住房公积金
hits = [l for l in lines_of["E"] if "104.82" in l]
assert len(hits) == 1 and "住房公积金（项）" in hits[0], hits
for l in lines_of["E"]:
    if l.startswith("2210201") or l.startswith("30113"):
        assert "104.28" in l and "104.82" not in l, l

qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"
cats = collections.Counter(q["category"] for q in qs)
per_doc = collections.Counter()
for q in qs:
    e = q["expect"]
    if q["category"] == "none":
        assert e.get("none") is True and "cite" not in q, q["id"]
        per_doc[q["id"][4]] += 1
        continue
    c = q["cite"]["doc"]
    holders = [k for k, t in texts.items() if c in t]
    assert len(holders) == 1, (q["id"], c, holders)
    per_doc[q["id"][4]] += 1
    if q["category"] == "cross":
        pool_nums = set().union(*NUMS.values()); pool_text = "\n".join(texts.values())
    else:
        assert q["id"][4] == holders[0], (q["id"], holders)
        pool_nums = NUMS[holders[0]]; pool_text = texts[holders[0]]
    pool_text = pool_text + "\n" + pool_text.replace("\n", "")  # PDF prose wraps mid-phrase
    calc_val = None
    if "calc" in q:
        m = re.match(r"\s*(.+?)\s*=\s*([\d.]+)\s*$", q["calc"])
        calc_val = round(float(m.group(2)), 2)
        assert abs(round(eval(m.group(1)), 2) - calc_val) < 0.006, q["id"]
    for v, u in e.get("values", []) + [x for x in e.get("any", [])]:
        assert round(float(v), 4) in pool_nums or (calc_val is not None and abs(v - calc_val) < 0.006), (q["id"], v)
    for t in e.get("text", []):
        assert t in pool_text, (q["id"], t)
    if "anytext" in e:
        assert any(t in pool_text for t in e["anytext"]), (q["id"], e["anytext"])
    for v, u in e.get("absent", []):
        assert all(abs(v - w) > 1e-9 for w, _ in e.get("values", [])), q["id"]
    if not e.get("values") and not e.get("text") and not e.get("anytext"):
        raise AssertionError(("empty expectation", q["id"]))
    if "history" in q:
        assert isinstance(q["history"], list) and q["history"]
print("categories", dict(cats))
print("per doc", dict(per_doc))
print(f"OK {len(qs)} questions")
