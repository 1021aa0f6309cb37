#!/usr/bin/env python3
"""Checks for blind91: documents rebuild as stored, E reconciles, and every question is answerable from its document.
Prints `OK N questions`."""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import e_data as D
import pdfmini as P
from build_real import lines_of, CUT

sys.path.insert(0, "/work/shared/tools")
try:
    from ask_eval import stated  # the scorer's own matcher, to test each ideal answer
except Exception:  # pragma: no cover
    stated = None

# ------------------------------------------------------------------ documents
texts = {}
for L in "ABCD":
    src = json.load(open(os.path.join(HERE, f"src_{L}.json"), encoding="utf-8"))
    path = os.path.join(ROOT, "docs", src["file"])
    raw = open(path, encoding="utf-8").read()
    assert f"<!-- source: {src['url']} -->" in raw and "<title>" in raw, L
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", raw)]
    assert ps[:-1] == lines_of(src["excerpt"]), f"{L}: <p> lines differ from the stored text"
    assert ps[-1] == CUT, L
    assert re.search(r"\d(?:万元|元)|\d+\.\d\d", "\n".join(ps)), f"{L}: no amounts"
    texts[L] = "\n".join(ps)

D.check()
pdf = glob.glob(os.path.join(ROOT, "docs", "E-*.pdf"))
assert len(pdf) == 1
pages = P.read_text(pdf[0])
want = json.load(open(os.path.join(HERE, "e_lines.json"), encoding="utf-8"))
assert [p["runs"] for p in pages] == [w["runs"] for w in want], "E text layer differs from e_lines.json"
land = [i for i, p in enumerate(pages) if p["w"] > p["h"]]
assert len(land) == 1 and any("一般公共预算财政拨款支出决算表" in r for r in pages[land[0]]["runs"]), "one landscape page, table 5"
assert open(pdf[0], "rb").read().startswith(b"%PDF-")
texts["E"] = "\n".join(r for p in pages for r in p["runs"])
E = texts["E"]
# the planted contradiction: prose 213.68万元 once, tables 2,316,840.00, 231.68万元 in the structure paragraph
assert E.count(D.PLANTED_PROSE + "万元") == 1
row = D.FIN[D.PLANTED_CODE]["total"]
assert D.fmt(row) in E and D.wan(row) + "万元" in E and D.wan(row) != D.PLANTED_PROSE
# the prose percentage next to the planted figure is computed from the table figure
assert f"支出决算为{D.PLANTED_PROSE}万元，完成年初预算的{D.pct(row, D.FIN[D.PLANTED_CODE]['ny'])}%" in E
for s in ("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款基本支出决算表",
          "财政拨款“三公”经费支出决算表", "不适用", "授予中小企业合同金额", "单价100万元（含）以上设备", "项目支出绩效自评表",
          "年初预算数", "调整预算数", "决算数", "人员经费", "公用经费", "学费", "住宿费", "批次", "人次"):
    assert s in E, s
assert "发明" not in E and "虚构" not in E and "invented" not in E.lower()

# ------------------------------------------------------------------ questions
ORGS = {"A": "天城镇", "B": "大英县司法局", "C": "寻甸产业园区", "D": "龙祥小学", "E": "澴溪县第二高级中学"}


def forms(v, unit):
    out = set()
    if unit in ("元",):
        out |= {f"{v:,.2f}", f"{v:.2f}"}
    if unit in ("万元", "%", "亿元"):
        out |= {f"{v:.2f}", f"{v:.1f}", f"{v:g}"}
    if float(v).is_integer():
        out |= {f"{int(v)}", f"{int(v):,}"}
    return out


def occurs(v, unit, text):
    for f in forms(v, unit):
        for m in re.finditer(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", text):
            i = m.start()
            # not the tail of a thousands-separated number such as 1,234.56
            if i >= 2 and text[i - 1] == "," and text[i - 2].isdigit() and re.match(r"\d{3}(?!\d)", f):
                continue
            return True
    return False


qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"
for key, org in ORGS.items():
    hits = [L for L, t in texts.items() if org in t]
    assert hits == [key], (org, hits)
for q in qs:
    e = q["expect"]
    assert q["category"] in {"lookup", "text", "none", "ratio", "change", "column", "code", "reason", "cross"}, q["id"]
    assert q.get("ideal"), q["id"]
    if e.get("none"):
        assert "cite" not in q and not e.get("values"), q["id"]
        continue
    doc = q["cite"]["doc"]
    hits = [L for L, t in texts.items() if doc in t]
    assert len(hits) == 1, (q["id"], doc, hits)
    pool = [texts[hits[0]]]
    if q["category"] == "cross":
        pool = list(texts.values())
    for v, u in e.get("values", []):
        ok = any(occurs(v, u, t) for t in pool) or q.get("calc")
        assert ok, (q["id"], v, u)
    if "any" in e:
        assert any(any(occurs(v, u, t) for t in pool) for v, u in e["any"]) or q.get("calc"), q["id"]
    for s in e.get("text", []):
        assert any(s in t.replace("\n", "") for t in pool), (q["id"], s)
    if "anytext" in e:
        assert any(any(s in t.replace("\n", "") for t in pool) for s in e["anytext"]), (q["id"], e["anytext"])
    for v, u in e.get("absent", []):
        # an absent figure must not be what the table says for the row asked
        if u == "万元":
            assert f"{v:.2f}" != D.wan(row) and f"{v:,.2f}" not in [D.fmt(row)], q["id"]
            assert not occurs(v * 10000, "元", E), q["id"]
        else:
            assert not any(occurs(v, u, t) for t in (E,)) or q["id"] == "B91-E32", q["id"]
    # the ideal answer passes the scorer's own figure test
    if stated:
        ans = q["ideal"]
        for v, u in e.get("values", []):
            assert stated(ans, v, u), (q["id"], "ideal misses", v, u)
        if "any" in e:
            assert any(stated(ans, v, u) for v, u in e["any"]), (q["id"], "ideal misses any")
        for v, u in e.get("absent", []):
            assert not stated(ans, v, u), (q["id"], "ideal states absent", v, u)
        for s in e.get("text", []):
            assert s in ans, (q["id"], "ideal misses text", s)
        if "anytext" in e:
            assert any(s in ans for s in e["anytext"]), (q["id"], "ideal misses anytext")
hist = [q for q in qs if q.get("history")]
assert len(hist) == 1
print(f"OK {len(qs)} questions")
