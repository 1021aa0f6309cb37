# -*- coding: utf-8 -*-
"""Checks docs and questions.jsonl; prints `OK N questions`."""
import html, json, os, re, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from src_raw import SOURCES
from build_real import lines_of, CUT
import e_data
from pdfw import extract_text

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
EPDF = os.path.join(DOCS, "E-maochuan-jinwan-jdb-2025-bmys.pdf")


def html_text(path):
    s = open(path, encoding="utf-8").read()
    ps = re.findall(r"<p>(.*?)</p>", s, re.S)
    return [html.unescape(p) for p in ps], s


texts = {}
# ---- A–D: paragraphs are exactly the stored lines (+ interruption line), title and source present
for L, src in SOURCES.items():
    path = os.path.join(DOCS, src["file"])
    ps, raw = html_text(path)
    want = lines_of(src["excerpt"]) + ([CUT] if src["cut"] else [])
    assert ps == want, L
    assert "<!-- source: %s -->" % src["url"] in raw and "<title>" in raw, L
    assert re.search(r"\d", src["excerpt"]) and ("元" in src["excerpt"]), L  # budget figures with units
    texts[L] = "\n".join(ps)
# ---- E: reconciliation (compute() asserts 收=支, 类/款/项 sums) and PDF features
d = e_data.compute()
assert d["basic"] == d["person"] + d["public"]
assert d["sangong_total"] == sum(d["sangong"].values())
assert d["proc"] == sum(v for _, r in d["proc_rows"] for v in r.values())
et = extract_text(EPDF)
pages = et.split("\f")
assert len(pages) >= 8
for i, p in enumerate(pages, 1):
    assert "泖川县槿湾街道办事处2025年部门预算" in p and ("第 %d 页 共 %d 页" % (i, len(pages))) in p, i
assert "表6 一般公共预算基本支出表(续表)" in et
assert any("表7 一般公共预算“三公”经费支出表" in p and "表8 政府性基金预算支出表" in p for p in pages)
# planted contradiction: prose 162.00万元, tables 1,260,000.00 (3 tables), nowhere 1,620,000
assert et.count(e_data.PLANT_PROSE_WAN + "万元") == 1
table_v = sum(d["func_gg"][e_data.PLANT_CODE])
assert e_data.yuan(table_v) == "1,260,000.00" and et.count("1,260,000.00") >= 3 and "1,620,000" not in et
texts["E"] = et
if shutil.which("pdftotext"):
    pt = subprocess.run(["pdftotext", EPDF, "-"], capture_output=True, text=True).stdout
    for s in ("泖川县槿湾街道办事处", "1,260,000.00", "162.00万元", "19,063,768.56", "续表"):
        assert s in pt, s

ORGS = {"A": "天星镇中心卫生院", "B": "兴庆区住房和城乡建设局", "C": "牟定县", "D": "卡若区", "E": "槿湾街道"}
MONEY = {"元": 1, "万元": 1e4, "亿元": 1e8}


def forms(v, u):
    out = set()
    if u in MONEY:
        y = v * MONEY[u]
        out |= {"{:,.2f}".format(y), "{:.2f}".format(y)}
        if abs(y - round(y)) < 1e-9:
            out |= {"{:,}".format(int(round(y))), str(int(round(y)))}
        w = y / 1e4
        out |= {"%.2f万" % w, ("%g万" % w), "%s万" % ("{:,.2f}".format(w))}
        if abs(w - round(w)) < 1e-9:
            out.add("%d万" % round(w))
        out |= {"%.2f萬" % w, "%g萬" % w}
    elif u == "%":
        out |= {"%.2f%%" % v, "%g%%" % v, "%.1f%%" % v, "%.2f %%" % v, "%g %%" % v}
    else:
        out |= {"%d%s" % (v, u), "%d %s" % (v, u), "%d" % v + u}
        if u == "个":
            out |= {"%d个" % v}
    return out


def occurs(v, u, txt):
    t = txt.replace("\n", "")
    return any(f in t or f in txt for f in forms(v, u))


def money(v, u):
    return v * MONEY[u] if u in MONEY else None


items = [json.loads(l) for l in open(os.path.join(HERE, "..", "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
for it in items:
    e = it["expect"]
    assert it.get("ideal"), it["id"]
    if e.get("none"):
        assert "cite" not in it, it["id"]
        continue
    doc = it["cite"]["doc"]
    hits = [L for L, t in texts.items() if doc in t]
    assert len(hits) == 1, (it["id"], doc, hits)
    assert ORGS[hits[0]] == doc
    pool = "\n".join(texts.values()) if it["category"] == "cross" else texts[hits[0]]
    for v, u in e.get("values", []):
        if it.get("calc"):
            expr, res = it["calc"].split("=")
            if abs(eval(expr) - float(res)) < 0.006 and abs(float(res) - v) < 0.006:
                continue
        assert occurs(v, u, pool), (it["id"], v, u)
    for kw in e.get("text", []) + e.get("anytext", [])[:0]:
        assert kw in pool, (it["id"], kw)
    if "anytext" in e:
        assert any(k in pool for k in e["anytext"]), it["id"]
    if it.get("calc"):
        expr, res = it["calc"].split("=")
        assert abs(eval(expr) - float(res)) < 0.006, it["id"]
    for v, u in e.get("absent", []):
        m = money(v, u)
        for ev, eu in e.get("values", []):
            assert money(ev, eu) is None or abs(money(ev, eu) - m) > 0.5, (it["id"], "absent equals expected")
        if abs(m - 1620000) < 0.5:  # the planted prose figure: the table says otherwise
            assert abs(table_v / 100.0 - m) > 0.5
        if "history" in it:
            pass
    if "history" in it:
        assert isinstance(it["history"], list) and it["history"]
print("OK %d questions" % len(items))
