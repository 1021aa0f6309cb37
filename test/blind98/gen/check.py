# -*- coding: utf-8 -*-
"""Checks for blind98: real pages equal their stored excerpts; the invented .xlsx (read back with zipfile + regex,
stdlib only) reconciles table by table and against its prose, except the one planted figure; every expected value
occurs in its document's text (or has a calc); absent values are not the table's; cite.doc names one document."""
import html, json, os, re, sys, zipfile
from xml.sax.saxutils import unescape
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
        assert CUT not in ps, L
    assert ps == stored, L
    assert re.search(r"\d[\d,]*(\.\d+)?万元", "\n".join(ps)), L
    texts[L] = "\n".join(ps)

# 2. E: read the workbook back
path = os.path.join(ROOT, "docs", "E-chunwan-jd-2025-bmys.xlsx")
z = zipfile.ZipFile(path)
names = z.namelist()
for part in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
             "xl/sharedStrings.xml"):
    assert part in names, part
sst = [unescape(m) for m in re.findall(r"<t[^>]*>(.*?)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"), re.S)]
wb = z.read("xl/workbook.xml").decode("utf-8")
sheet_names = re.findall(r'<sheet name="([^"]+)"', wb)
assert len(sheet_names) == 10, sheet_names


def cidx(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


SHEETS, MERGES = {}, {}
for i, nm in enumerate(sheet_names, 1):
    xml = z.read(f"xl/worksheets/sheet{i}.xml").decode("utf-8")
    rows = []
    for rxml in re.findall(r"<row [^>]*>(.*?)</row>", xml, re.S):
        row = {}
        for ref, attrs, v in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)</v></c>', rxml):
            row[cidx(ref)] = sst[int(v)] if 't="s"' in attrs else int(v)
        rows.append([row.get(k) for k in range(max(row) + 1)] if row else [])
    SHEETS[nm] = rows
    MERGES[nm] = re.findall(r'<mergeCell ref="([A-Z0-9:]+)"/>', xml)
    assert ('s="1"' in xml) or nm == "情况说明"
assert [k for k, v in MERGES.items() if v] == ["一般公共预算支出表"] and MERGES["一般公共预算支出表"] == ["A3:A4", "B3:B4", "C3:E3"]
hdr = SHEETS["一般公共预算支出表"]
assert hdr[2][0] == "科目编码" and hdr[2][2] == "2025年预算数" and hdr[3][2:5] == ["合计", "基本支出", "项目支出"]
prose = [r[0] for r in SHEETS["情况说明"] if r]
et = json.load(open(os.path.join(HERE, "e_text.json"), encoding="utf-8"))
assert prose == et["prose"]
D = e_data.compute()


def byfirst(sheet, col=0):
    return {r[col]: r for r in SHEETS[sheet] if len(r) > col and r[col] is not None}


def n(x):
    return x or 0


# 收支总表: income items + carry = 收入总计 = 支出总计 = Σ 类
t = SHEETS["收支总表"]
body = t[3:]
inc = {r[0]: n(r[1]) for r in body if r and r[0]}
out = {r[2]: n(r[3]) for r in body if len(r) > 2 and r[2]}
items_in = [k for k in inc if k[0] in "一二三四五六"]
items_out = [k for k in out if k[0] in "一二三四五六七八"]
assert inc["本年收入合计"] == sum(inc[k] for k in items_in)
assert inc["收入总计"] == inc["本年收入合计"] + inc["上年结转"] == out["支出总计"] == out["本年支出合计"] + out["结转下年"]
assert out["本年支出合计"] == sum(out[k] for k in items_out)
# 收入总表: per-unit rows sum to 合计 row, each row's 合计 = Σ sources
rows = [r for r in SHEETS["收入总表"][3:] if r]
tot, units = rows[0], rows[1:]
assert len(units) == 3 and all("莼湾" in u[1] for u in units)
for r in rows:
    assert r[2] == sum(n(x) for x in r[3:9]), r
for c in range(2, 9):
    assert tot[c] == sum(n(u[c]) for u in units), c
assert tot[2] == inc["收入总计"]


# hierarchical tables: 类 = Σ 款 = Σ 项, 合计 = Σ 类, columns 合计 = 基本 + 项目
def hier(sheet, start):
    rows = [r for r in SHEETS[sheet][start:] if r]
    total = rows[0]
    coded = [r for r in rows[1:] if r[0]]
    for r in rows:
        assert r[2] == n(r[3]) + n(r[4]), (sheet, r)
    lei = [r for r in coded if len(r[0]) == 3]
    for c in range(2, 5):
        assert total[c] == sum(n(r[c]) for r in lei), (sheet, c)
        for p in coded:
            kids = [r for r in coded if len(r[0]) == len(p[0]) + 2 and r[0].startswith(p[0])]
            if kids:
                assert n(p[c]) == sum(n(r[c]) for r in kids), (sheet, p[0], c)
    return {r[0]: r for r in coded}, total


gp, gtot = hier("一般公共预算支出表", 4)
allx, atot = hier("支出总表", 3)
bas, btot = hier("一般公共预算基本支出表", 3)
fund, ftot = hier("政府性基金预算支出表", 3)
assert atot[2] == out["支出总计"]
assert btot[2] == gtot[3]                                   # 基本支出表 = 一般公共预算 基本支出
assert sum(n(r[2]) for k, r in bas.items() if len(k) == 3 and k != "302") == btot[3]
assert bas["302"][2] == btot[4]
assert bas["30108"][2] == gp["2080505"][2] and bas["30109"][2] == gp["2080506"][2]
assert bas["30110"][2] == gp["21011"][2] and bas["30113"][2] == gp["2210201"][2]
# 财政拨款收支总表
cz = SHEETS["财政拨款收支总表"]
czin = {r[0]: n(r[1]) for r in cz[3:] if r and r[0]}
czout = {r[2]: r for r in cz[3:] if len(r) > 2 and r[2]}
assert czin["收入总计"] == czin["一、一般公共预算拨款"] + czin["二、政府性基金预算拨款"] + czin["三、国有资本经营预算拨款"] + czin["四、上年结转"]
assert czin["收入总计"] == czout["支出总计"][3]
assert czout["支出总计"][4] == gtot[2] and czout["支出总计"][5] == ftot[2]
for k, r in czout.items():
    assert r[3] == n(r[4]) + n(r[5]), k
    if k != "支出总计":
        code = [c for c, nm in e_data.LEI.items() if nm == k[2:]][0]
        assert r[4] == gp[code][2] and n(r[5]) == (fund[code][2] if code in fund else 0), k
assert sum(r[3] for k, r in czout.items() if k != "支出总计") == czout["支出总计"][3]
assert czin["一、一般公共预算拨款"] == inc["一、一般公共预算拨款收入"] == tot[4]
# 三公
sg = byfirst("三公经费支出表")
for c in (1, 2, 3):
    assert sg["合计"][c] == sg["1.因公出国（境）费"][c] + sg["2.公务用车购置及运行维护费"][c] + sg["3.公务接待费"][c]
    assert sg["2.公务用车购置及运行维护费"][c] == sg["  其中：公务用车购置费"][c] + sg["        公务用车运行维护费"][c]
for r in SHEETS["三公经费支出表"][3:]:
    assert r[3] == r[2] - r[1], r
assert sg["3.公务接待费"][2] == bas["30217"][2] and sg["        公务用车运行维护费"][2] == bas["30231"][2]
# 绩效目标表: one row per project, amounts equal the 项目支出 rows
perf = [r for r in SHEETS["项目支出绩效目标表"][3:] if r]
ptot = perf[-1]
perf = perf[:-1]
assert ptot[0] == "合计" and ptot[2] == sum(r[2] for r in perf)
projects = {k: r[4] for k, r in gp.items() if len(k) == 7 and r[4]}
projects.update({k: r[4] for k, r in fund.items() if len(k) == 7})
assert {r[1]: r[2] for r in perf} == projects
# prose against tables
P = "\n".join(prose)


def amt(s):
    return int(round(float(s.replace(",", ""))))


def find(pat):
    m = re.search(pat, P)
    assert m, pat
    return [amt(g) if re.fullmatch(r"[\d,]+\.00", g) else g for g in m.groups()]


v = find(r"收支总预算([\d,]+\.\d\d)元，比上年增加([\d,]+\.\d\d)元，增长([\d.]+)%")
assert v[0] == inc["收入总计"] and v[2] == e_data.pct(v[1], v[0] - v[1])
v = find(r"一般公共预算拨款收入([\d,]+\.\d\d)元，政府性基金预算拨款收入([\d,]+\.\d\d)元，其他收入([\d,]+\.\d\d)元，上年结转([\d,]+\.\d\d)元。支出包括：基本支出([\d,]+\.\d\d)元，项目支出([\d,]+\.\d\d)元")
assert v[:4] == [tot[4], tot[5], tot[8], tot[3]] and v[4] == atot[3] and v[5] == atot[4]
v = find(r"2025年一般公共预算拨款收入([\d,]+\.\d\d)元，比上年增加([\d,]+\.\d\d)元，增长([\d.]+)%")
assert v[0] == tot[4] and v[2] == e_data.pct(v[1], v[0] - v[1])
v = find(r"一般公共预算支出([\d,]+\.\d\d)元，其中：基本支出([\d,]+\.\d\d)元，比上年增加[\d,]+\.\d\d元；项目支出([\d,]+\.\d\d)元")
assert v == gtot[2:5]
n_lei = 0
for code, name in e_data.LEI.items():
    m = re.search(re.escape(name) + r"([\d,]+\.\d\d)元", P)
    if m:
        n_lei += 1
        assert amt(m.group(1)) == gp[code][2], name
assert n_lei == 8
for code in ("2080208", "2120104"):
    m = re.search(re.escape(gp[code][1]) + r"（项）([\d,]+\.\d\d)元", P)
    assert amt(m.group(1)) == gp[code][2], code
# the planted contradiction: prose 城乡社区环境卫生（项）3,060,000.00 vs table 2120501 = 3,600,000
m = re.search(r"城乡社区环境卫生（项）([\d,]+\.\d\d)元", P)
assert amt(m.group(1)) == e_data.PLANTED["prose"] == 3060000 and gp["2120501"][2] == e_data.PLANTED["table"] == 3600000
assert P.count("3,060,000.00") == 1
allcells = [c for sh in SHEETS.values() for r in sh for c in r if isinstance(c, int)]
assert 3060000 not in allcells and 3600000 in allcells
assert gp["212"][2] == amt(re.search(r"城乡社区支出([\d,]+\.\d\d)元，其中", P).group(1))   # its own 类 total fits the table
v = find(r"人员经费([\d,]+\.\d\d)元.*?公用经费([\d,]+\.\d\d)元")
assert v == [btot[3], btot[4]]
v = find(r"“三公”经费预算([\d,]+\.\d\d)元，比上年预算减少([\d,]+\.\d\d)元，下降([\d.]+)%")
assert v[0] == sg["合计"][2] and v[1] == sg["合计"][1] - sg["合计"][2] and v[2] == e_data.pct(v[1], sg["合计"][1])
v = find(r"公务接待费([\d,]+\.\d\d)元，比上年减少([\d,]+\.\d\d)元")
assert v == [sg["3.公务接待费"][2], sg["3.公务接待费"][1] - sg["3.公务接待费"][2]]
v = find(r"公务用车购置及运行维护费([\d,]+\.\d\d)元，比上年减少([\d,]+\.\d\d)元")
assert v[0] == sg["2.公务用车购置及运行维护费"][2]
v = find(r"政府性基金预算拨款支出([\d,]+\.\d\d)元")
assert v[0] == ftot[2]
v = find(r"政府采购预算([\d,]+\.\d\d)元，其中：货物类([\d,]+\.\d\d)元，工程类([\d,]+\.\d\d)元，服务类([\d,]+\.\d\d)元")
assert v[0] == v[1] + v[2] + v[3]
v = find(r"项目(\d+)个，涉及财政拨款资金([\d,]+\.\d\d)元")
assert int(v[0]) == len(perf) and v[1] == ptot[2]
assert "单位构成" in P and "综合服务中心" in P and "社区服务站" in P
etext = "\n".join(" ".join(str(c) for c in r if c is not None) for sh in SHEETS.values() for r in sh)
texts["E"] = etext

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
assert sum(1 for q in qs if q.get("history")) == 1


def norm(t):
    return t + "\n" + re.sub(r"(?<=\d),(?=\d{3})", "", t)


def fmt(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def occurs(v, text):
    pats = {fmt(v), str(v), f"{float(v):.2f}"}
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = norm("\n".join(texts.values()) if q["category"] == "cross" else texts[doc])
    for v, u in e.get("values", []) + e.get("any", []):
        assert occurs(v, pool) or q.get("calc"), (q["id"], v)
    if e.get("any"):
        assert any(occurs(v, pool) for v, u in e["any"]) or q.get("calc"), q["id"]
    for t in e.get("text", []):
        assert t in pool, (q["id"], t)
    if e.get("anytext"):
        assert any(t in pool for t in e["anytext"]), q["id"]
    for v, u in e.get("absent", []):
        assert v == e_data.PLANTED["prose"] and v not in allcells and occurs(v, norm(P)), q["id"]
        assert any(x[0] == e_data.PLANTED["table"] for x in e["values"]), q["id"]
    alts = [a for r in q["cite"]["rows"] for a in r.split("|")]
    assert any(a in texts[doc] for a in alts), (q["id"], alts)
    assert q.get("ideal"), q["id"]
print(f"OK {len(qs)} questions")
