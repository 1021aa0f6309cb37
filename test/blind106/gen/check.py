# -*- coding: utf-8 -*-
"""Checks for blind106: real pages equal their stored excerpts; the invented workbook E reconciles (read back from
the .xlsx itself); the planted prose figure is the only disagreement; every expected value occurs in its document
(or has a calc); absent values are not the table's; cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys, zipfile
from decimal import Decimal, ROUND_HALF_UP
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
    assert re.search(r"\d", "\n".join(ps)), L
    texts[L] = "\n".join(ps)

# 2. E workbook, read back
xlsx = os.path.join(ROOT, "docs", "E-mengxi-wjj-2024-bmjs.xlsx")
z = zipfile.ZipFile(xlsx)
assert z.testzip() is None
wb = z.read("xl/workbook.xml").decode()
names = [html.unescape(n) for n in re.findall(r'<sheet name="([^"]+)"', wb)]
assert len(names) == 12, names
SH = {}
raw = {}


def cellval(c):
    m = re.search(r"<t[^>]*>(.*?)</t>", c, re.S)
    if m:
        return html.unescape(m.group(1))
    m = re.search(r"<v>(.*?)</v>", c)
    return m.group(1) if m else ""


for i, n in enumerate(names, 1):
    x = z.read(f"xl/worksheets/sheet{i}.xml").decode()
    raw[n] = x
    rows = []
    for r in re.findall(r"<row [^>]*>(.*?)</row>", x, re.S):
        cells = {}
        for ref, body in re.findall(r'<c r="([A-Z]+)\d+"[^>]*>(.*?)</c>', r, re.S):
            cells[ref] = cellval(body)
        width = max((ord(k[-1]) - 64 for k in cells), default=0)
        rows.append([cells.get(chr(65 + j), "") for j in range(width)])
    SH[n] = rows
etext = "\n".join("\t".join(r) for n in names for r in SH[n])
texts["E"] = etext


def d(v):
    return Decimal(v) if v not in ("", None) else Decimal(0)


def find(sheet, label, col=0):
    rs = [r for r in SH[sheet] if len(r) > col and r[col] == label]
    assert len(rs) == 1, (sheet, label, len(rs))
    return rs[0]


prose = [r[0] for r in SH["部门决算说明"]]
P = "\n".join(prose)
# 总表
t = "1收入支出决算总表"
inc_rows = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、事业收入", "五、其他收入"]
income = sum(d(find(t, l)[1]) for l in inc_rows)
assert income == d(find(t, "本年收入合计")[1])
exp_rows = [r for r in SH[t][4:9] if len(r) > 3 and r[2]]
expend = sum(d(r[3]) for r in exp_rows)
tot = [r for r in SH[t] if r and r[0] == "总计"][0]
assert expend == d(find(t, "本年收入合计")[3]) if False else True
row10 = find(t, "本年收入合计")
assert d(row10[3]) == expend
assert d(tot[1]) == income + d(find(t, "年初结转和结余")[1]) == d(tot[3]) == expend + d(find(t, "年初结转和结余")[3])
# 收入决算表
t = "2收入决算表"
hdr, total, units = SH[t][2], find(t, "合计"), SH[t][4:]
assert len(units) == 4
for j in range(1, 7):
    assert d(total[j]) == sum(d(u[j]) for u in units), j
for u in [total] + units:
    assert d(u[1]) == sum(d(u[j]) for j in range(2, 6)), u[0]
assert d(total[1]) == income
# 支出决算表
t = "3支出决算表"
rows = SH[t][3:]
tot = rows[0]
leaf = [r for r in rows[1:] if len(r[0]) == 7]
for j in (2, 3, 4):
    assert d(tot[j]) == sum(d(r[j]) for r in leaf), j
for r in rows[1:]:
    assert d(r[2]) == d(r[3]) + d(r[4]), r[0]
    if len(r[0]) in (3, 5):
        for j in (2, 3, 4):
            assert d(r[j]) == sum(d(x[j]) for x in leaf if x[0].startswith(r[0])), r[0]
assert d(tot[2]) == expend
BASIC, PROJ = d(tot[3]), d(tot[4])
# 财政拨款总表
t = "4财政拨款收入支出决算总表"
for r in SH[t][3:]:
    assert d(r[1]) == d(r[2]) + d(r[3]), r[0]
a = {r[0]: r for r in SH[t][3:]}
for j in (1, 2, 3):
    assert d(a["年初财政拨款结转和结余"][j]) + d(a["本年财政拨款收入"][j]) == d(a["本年财政拨款支出"][j]) + d(a["年末财政拨款结转和结余"][j])
    assert d(a["本年财政拨款支出"][j]) == d(a["其中：基本支出"][j]) + d(a["项目支出"][j])
# 一般公共预算财政拨款支出决算表
t = "5一般公共预算财政拨款支出决算表"
rows = SH[t][3:]
leaf = [r for r in rows[1:] if len(r[0]) == 7]
for j in range(2, 7):
    assert d(rows[0][j]) == sum(d(r[j]) for r in leaf), j
for r in rows[1:]:
    assert d(r[4]) == d(r[5]) + d(r[6]), r[0]
    if len(r[0]) in (3, 5):
        for j in range(2, 7):
            assert d(r[j]) == sum(d(x[j]) for x in leaf if x[0].startswith(r[0])), r[0]
assert d(rows[0][4]) == d(a["本年财政拨款支出"][2]) and d(rows[0][5]) == d(a["其中：基本支出"][2])
exp_leaf = {r[0]: r for r in SH["3支出决算表"][4:] if len(r[0]) == 7}
for r in leaf:
    assert d(r[5]) <= d(exp_leaf[r[0]][3]) and d(r[6]) <= d(exp_leaf[r[0]][4]), r[0]
GPB = rows[0]
# 基本支出 经济科目
t = "6基本支出决算表"
rows = SH[t][3:]
e = {r[1] if not r[0] else r[0]: r for r in rows}
eleaf = [r for r in rows if len(r[0]) == 5]
for k in ("301", "302", "303"):
    assert d(e[k][2]) == sum(d(r[2]) for r in eleaf if r[0].startswith(k)), k
assert d(e["合计"][2]) == d(e["301"][2]) + d(e["302"][2]) + d(e["303"][2]) == d(GPB[5])
assert d(e["人员经费合计"][2]) == d(e["301"][2]) + d(e["303"][2]) and d(e["公用经费合计"][2]) == d(e["302"][2])
# 三公
t = "7三公经费支出决算表"
s3 = {r[0]: r for r in SH[t][3:]}
for j in (1, 2):
    assert d(s3["合计"][j]) == d(s3["1.因公出国（境）费"][j]) + d(s3["2.公务用车购置及运行维护费"][j]) + d(s3["3.公务接待费"][j])
    assert d(s3["2.公务用车购置及运行维护费"][j]) == d(s3["（1）公务用车购置费"][j]) + d(s3["（2）公务用车运行维护费"][j])
assert d(s3["（2）公务用车运行维护费"][2]) == d(e["30231"][2]) and d(s3["3.公务接待费"][2]) == d(e["30217"][2])
# 政府性基金
t = "8政府性基金决算表"
for r in SH[t][3:]:
    assert d(r[2]) + d(r[3]) == d(r[4]) + d(r[6]) and d(r[4]) == d(r[5])
assert d(SH[t][3][3]) == d(a["本年财政拨款收入"][3])
# 国有资产
t = "9国有资产占用情况表"
tot, units = SH[t][3], SH[t][4:]
for j in range(1, 8):
    assert d(tot[j]) == sum(d(u[j]) for u in units), j
for u in [tot] + units:
    assert d(u[1]) == sum(d(u[j]) for j in range(2, 6)), u[0]
# 绩效
t = "10项目支出绩效自评表"
for r in SH[t][3:]:
    assert r[5] == str((d(r[4]) * 100 / d(r[3])).quantize(Decimal("0.01"), ROUND_HALF_UP)), r[0]
# 对比表: header over two rows, totals, ties to other sheets
t = "11所属单位情况对比表"
for m in ("A2:A3", "B2:B3", "C2:F2", "G2:G3"):
    assert f'<mergeCell ref="{m}"/>' in raw[t], m
assert SH[t][1][2] == "所属单位" and SH[t][2][2:6] == ["局机关", "疾控中心", "妇幼保健院", "卫生监督所"]
cmp_ = {r[0]: r for r in SH[t][3:]}
for k, r in cmp_.items():
    assert d(r[6]) == sum(d(x) for x in r[2:6]), k
assert d(cmp_["收入合计"][6]) == income and d(cmp_["基本支出"][6]) == BASIC and d(cmp_["项目支出"][6]) == PROJ
assert d(cmp_["资产总额"][6]) == d(SH["9国有资产占用情况表"][3][1]) and d(cmp_["“三公”经费支出"][6]) == d(s3["合计"][2])
assert d(cmp_["公务用车"][6]) == d(s3["公务用车保有量（辆）"][2]) == d(SH["9国有资产占用情况表"][3][6])
for u, r in zip(SH["2收入决算表"][4:], range(4)):
    assert d(cmp_["收入合计"][2 + r]) == d(u[1])
# prose: every 万元 figure of the totals matches the tables, except the planted 基本支出
planted = "5761.40"
assert P.count(planted) == 1 and etext.count("5761.4") == 1 and "5716.4" in etext.replace(P, "")
assert BASIC == Decimal("5716.40") != Decimal(planted)
m = re.search(r"基本支出([\d.]+)万元，占([\d.]+)%", P)
assert m.group(1) == planted and m.group(2) == str((BASIC * 100 / d(expend)).quantize(Decimal("0.01"), ROUND_HALF_UP))
m = re.search(r"项目支出([\d.]+)万元，占([\d.]+)%", P)
assert Decimal(m.group(1)) == PROJ
m = re.search(r"本年支出合计([\d.]+)万元", P); assert Decimal(m.group(1)) == expend
m = re.search(r"收入总计([\d.]+)万元、支出总计([\d.]+)万元", P); assert Decimal(m.group(1)) == Decimal(m.group(2)) == income + d(SH["2收入决算表"][3][6])
m = re.search(r"收入合计([\d.]+)万元，较上年([\d.]+)万元增加([\d.]+)万元，增长([\d.]+)%", P)
g = [Decimal(x) for x in m.groups()]
assert g[0] == income and g[0] - g[1] == g[2] and g[3] == (g[2] * 100 / g[1]).quantize(Decimal("0.01"), ROUND_HALF_UP)
m = re.search(r"一般公共预算财政拨款支出([\d.]+)万元，年初预算([\d.]+)万元，调整预算([\d.]+)万元，决算数为调整预算的([\d.]+)%", P)
g = [Decimal(x) for x in m.groups()]
assert g[:3] == [d(GPB[4]), d(GPB[2]), d(GPB[3])] and g[3] == (g[0] * 100 / g[2]).quantize(Decimal("0.01"), ROUND_HALF_UP)
m = re.search(r"基本支出([\d.]+)万元，其中：人员经费([\d.]+)万元.*?公用经费([\d.]+)万元", P)
g = [Decimal(x) for x in m.groups()]
assert g == [d(e["合计"][2]), d(e["人员经费合计"][2]), d(e["公用经费合计"][2])]
m = re.search(r"“三公”经费支出([\d.]+)万元，完成预算([\d.]+)万元的([\d.]+)%", P)
g = [Decimal(x) for x in m.groups()]
assert g[:2] == [d(s3["合计"][2]), d(s3["合计"][1])] and g[2] == (g[0] * 100 / g[1]).quantize(Decimal("0.01"), ROUND_HALF_UP)
m = re.search(r"资产总额([\d.]+)万元，其中：流动资产([\d.]+)万元，固定资产([\d.]+)万元，在建工程([\d.]+)万元.*?无形资产([\d.]+)万元", P)
assert [Decimal(x) for x in m.groups()] == [d(x) for x in SH["9国有资产占用情况表"][3][1:6]]
m = re.search(r"在职人员(\d+)人", P); assert Decimal(m.group(1)) == d(cmp_["在职人数"][6])
e_data.compute()

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) and 85 <= len(qs) <= 95
assert sum(1 for q in qs if q.get("history")) >= 1
UNITS_OK = {"亿元", "万元", "千元", "元", "%", "％", "万人", "人次", "人年", "人", "名", "个", "辆", "项", "万户", "户",
            "批次", "次", "套", "台", "万亩", "亩", "平方米", "件", "家", "所", "天"}


def occurs(v, text):
    s = str(int(v)) if float(v) == int(v) else str(v)
    pats = {s, str(v), f"{float(v):.2f}"}
    return any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats)


for q in qs:
    e = q["expect"]
    for v, u in e.get("values", []) + e.get("any", []) + e.get("absent", []):
        assert u in UNITS_OK, (q["id"], u)
    if e.get("none"):
        assert "cite" not in q and not e.get("values"), q["id"]
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
        assert f"{v:.2f}" in P and d(cmp_["基本支出"][6]) != Decimal(str(v)), q["id"]
    assert e.get("values") or e.get("text") or e.get("anytext"), q["id"]
    assert q.get("ideal"), q["id"]
print(f"OK {len(qs)} questions")
