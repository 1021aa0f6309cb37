# -*- coding: utf-8 -*-
"""Checks for blind83: real pages equal their stored lines and carry amounts; E reconciles, has no
ruling lines, header + page number on every page, planted contradiction only in the prose; every
question's expected values occur in its document (or it has a calc); text/anytext phrases and
cite rows occur; absent values are not the cited row's table figures; cite.doc names one document;
ids unique.  Prints `OK N questions`."""
import json, os, re, glob, html, zlib
import e_data as E
import pdftext
from build_real import lines_of, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)")

def html_text(path):
    s = open(path, encoding="utf-8").read()
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", s)]
    title = html.unescape(re.search(r"<title>(.*?)</title>", s).group(1))
    return s, title, paras

texts = {}
# ---------------------------------------------------------------- real pages
for k in "ABCD":
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    path = os.path.join(DOCS, src["file"])
    raw, title, paras = html_text(path)
    want = lines_of(src["text"]) + ([CUT] if src["cut"] else [])
    assert paras == want, f"{k}: <p> lines differ from stored lines"
    assert f"<!-- source: {src['url']} -->" in raw and title == src["title"]
    assert os.path.basename(path).startswith(k + "-")
    body = "\n".join(paras)
    assert AMOUNT.search(body), f"{k} has no amounts"
    texts[k] = title + "\n" + body

# ---------------------------------------------------------------- E
T = E.check()
epath = os.path.join(DOCS, "E-hengxi-wglt-2024-bmjs.pdf")
pages = pdftext.pages(epath)
data = open(epath, "rb").read()
for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
    ops = zlib.decompress(m.group(1)).decode("ascii", "replace")
    if "Tj" in ops:
        stripped = re.sub(r"BT .*? ET", "", ops)
        assert not stripped.strip(), "content outside text objects (lines?)"
assert b"/STSong-Light" in data and b"/UniGB-UCS2-H" in data and b"/ToUnicode" in data
table_lines = []
for i, pg in enumerate(pages, 1):
    strs = [t for _, _, _, t in pg]
    assert any(s == f"{E.ORG}{E.YEAR}年度部门决算" for s in strs), f"page {i} lacks running header"
    assert f"— {i} —" in strs, f"page {i} lacks page number"
    if any(s.startswith("公开0") for s in strs):
        assert "金额单位：元" in strs, f"table page {i} lacks unit"
        table_lines += [ts for _, ts in pdftext.lines(pg)]
estrings = pdftext.strings(epath)
efull = pdftext.fulltext(epath)
texts["E"] = efull
# planted contradiction: 237.45 only once, only in prose; the table says 2,734,500
assert efull.count("237.45") == 1 and not any("237.45" in s for ln in table_lines for s in ln)
assert any("群众文化" in ln and "2,734,500" in ln for ln in table_lines)
assert "2,374,500" not in efull and "273.45" not in efull
assert "105.17" in efull and E.pct(2734500, 2600000) == "105.17"
# some row names wrap inside their cell
assert any(s == "费支出" for s in estrings) and any(s == "机关事业单位基本养老保险缴" for s in estrings)
# totals as printed
for v in (T["grand"], T["expend"], T["fin_expend"], T["person"], T["public"], T["sg_final"]):
    assert E.yuan(v) in estrings, v

ALL = "\n".join(texts.values())

# ---------------------------------------------------------------- questions
def reps(v, unit):
    out = set()
    if unit == "元":
        out |= {f"{int(v):,}", str(int(v)), f"{v/1e4:.2f}"}
    elif unit == "万元":
        out |= {f"{v:.2f}", f"{v:g}", f"{round(v*1e4):,}", f"{v:,.0f}" if v == int(v) else f"{v:.2f}"}
    elif unit == "亿元":
        out |= {f"{v:.2f}", f"{v:g}"}
    elif unit == "%":
        out |= {f"{v:.2f}", f"{v:.1f}", f"{v:g}"}
    else:
        out |= {str(int(v))}
    return out

def occurs(text, v, unit):
    return any(r in text for r in reps(v, unit))

def doc_of(sub):
    hits = [k for k, t in texts.items() if sub in t]
    assert len(hits) == 1, f"cite.doc {sub!r} occurs in {hits}"
    return hits[0]

qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"
for q in qs:
    ex = q["expect"]
    assert q.get("ideal"), q["id"]
    if ex.get("none"):
        assert "cite" not in q and not ex.get("values"), q["id"]
        continue
    k = doc_of(q["cite"]["doc"])
    text = ALL if q["category"] == "cross" else texts[k]
    assert any(r in texts[k] for r in q["cite"]["rows"]), (q["id"], "cite row")
    for v, u in ex.get("values", []):
        assert occurs(text, v, u) or q.get("calc"), (q["id"], v, u)
    for t in ex.get("text", []):
        assert t in text, (q["id"], t)
    if "anytext" in ex:
        assert any(t in text for t in ex["anytext"]), (q["id"], ex["anytext"])
    for v, u in ex.get("absent", []):
        bad = reps(v, u) | ({f"{round(v*1e4):,}"} if u == "万元" else set())
        for ln in table_lines if k == "E" else []:
            if any(r in s for r in q["cite"]["rows"] for s in ln):
                assert not any(b == s for b in bad for s in ln), (q["id"], "absent equals table", v)
        assert not any((v, u) == tuple(x) for x in ex.get("values", [])), q["id"]
    if q.get("history"):
        assert isinstance(q["history"], list) and q["history"]
print(f"OK {len(qs)} questions")
