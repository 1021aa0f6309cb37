# -*- coding: utf-8 -*-
"""Checks for blind102: real pages equal their stored excerpts; E (xlsx) is read back with zipfile/xml only and every
sum is re-verified from the cells; the prose (万元) agrees with the tables except the one planted figure; every expected
value occurs in its document (or has a calc); cite.doc names exactly one document; ids unique."""
import html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
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
    assert re.search(r"\d+(\.\d+)?(万元|元)", "\n".join(ps)), L
    texts[L] = "\n".join(ps)
# the pages' own arithmetic that the README cites
A = texts["A"]
assert "3825万元" in A and 99 + 1014 + 2712 == 3825 and 31 + 850 + 107 == 988 != 1188
B = texts["B"]
assert abs(2848.54 + 2907.76 - 5756.3) < 1e-9
D = texts["D"]
assert 719461250 + 1195000 + 16959197 == 737615447
assert abs(611626653.85 + 37390179.86 - 649016833.71) < 1e-6 and abs(649016833.71 + 94436115.5 - 743452949.21) < 1e-6
assert abs(36864863.5 + 57571252 - 94436115.5) < 1e-6 and 30565 + 11323 + 2376 == 44264 and 39 + 3 + 1 == 43

# 2. E: read the xlsx back
XLSX = os.path.join(ROOT, "docs", "E-ruixi-jyj-2024-bmjs.xlsx")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
z = zipfile.ZipFile(XLSX)
assert z.testzip() is None
sst = [si.find("m:t", NS).text or "" for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
wb = ET.fromstring(z.read("xl/workbook.xml"))
rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
styles = ET.fromstring(z.read("xl/styles.xml"))
xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)


def ref2rc(ref):
    m = re.match(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


S = {}      # sheet name -> {(r,c): value}
MERGES = {}
for sh in wb.find("m:sheets", NS):
    name = sh.get("name")
    x = ET.fromstring(z.read("xl/" + rels[sh.get(RNS)]))
    cells = {}
    for cnode in x.iter("{%s}c" % NS["m"]):
        r, col = ref2rc(cnode.get("r"))
        v = cnode.find("m:v", NS).text
        if cnode.get("t") == "s":
            cells[(r, col)] = sst[int(v)]
        else:
            st = int(cnode.get("s", "0"))
            if xfs[st].get("numFmtId") == "4":
                cells[(r, col)] = Decimal(v)          # 元, shown #,##0.00
            elif xfs[st].get("numFmtId") == "2":
                cells[(r, col)] = ("pct", Decimal(v))
            else:
                cells[(r, col)] = int(v)
    S[name] = cells
    mc = x.find("m:mergeCells", NS)
    MERGES[name] = [m.get("ref") for m in mc] if mc is not None else []
assert len(S) == 11, list(S)
assert "A3:B3" in MERGES["一般公共预算财政拨款支出决算表"] and "E3:G3" in MERGES["一般公共预算财政拨款支出决算表"]
assert "C3:E3" in MERGES["收入决算表"] and "A3:A4" in MERGES["收入决算表"]


def row_by_label(sheet, label, col=0):
    rs = [r for (r, c), v in S[sheet].items() if c == col and v == label]
    assert len(rs) == 1, (sheet, label, rs)
    r = rs[0]
    return [S[sheet].get((r, c)) for c in range(12)]


def money(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, str):
        return Decimal(v.replace(",", ""))
    raise AssertionError(v)


# 收入支出决算总表
s = "收入支出决算总表"
inc_labels = [v for (r, c), v in S[s].items() if c == 0 and r >= 4 and re.match("^[一二三四五六七八]、", str(v))]
exp_labels = [v for (r, c), v in S[s].items() if c == 2 and r >= 4 and re.match("^[一二三四五六七八]、", str(v))]
inc = sum(money(S[s][(r, 1)]) for (r, c), v in S[s].items() if c == 0 and v in inc_labels)
exp = sum(money(S[s][(r, 3)]) for (r, c), v in S[s].items() if c == 2 and v in exp_labels)
r_inc = row_by_label(s, "本年收入合计")
r_open = row_by_label(s, "年初结转和结余")
r_close = row_by_label(s, "年末结转和结余", 2)
assert inc == r_inc[1] and exp == r_inc[3]
tot = [v for (r, c), v in S[s].items() if c == 0 and v == "总计"]
r_tot = row_by_label(s, "总计")
assert r_tot[1] == inc + r_open[1] == r_tot[3] == exp + r_close[3]
# 收入决算表: units sum to 合计; 财政拨款 = 一般公共 + 基金; 本年收入 = 财政 + 事业 + 其他
s = "收入决算表"
units = [n for _, n in e_data.UNITS]
tot_row = row_by_label(s, "合计")
for ci in range(1, 7):
    assert sum(money(row_by_label(s, u)[ci]) for u in units) == tot_row[ci], ci
for u in units + ["合计"]:
    r = row_by_label(s, u)
    assert r[2] == r[3] + r[4] and r[1] == r[2] + r[5] + r[6], u
assert tot_row[1] == r_inc[1]
# 支出决算表: 合计 = Σ类; 类 = Σ款 = Σ项; 合计 = 基本 + 项目
s = "支出决算表"
codes = {v: r for (r, c), v in S[s].items() if c == 0 and re.fullmatch(r"\d{3}|\d{5}|\d{7}", str(v))}


def srow(sheet, r, ci):
    return S[sheet].get((r, ci))


for code, r in codes.items():
    assert srow(s, r, 2) == srow(s, r, 3) + srow(s, r, 4), code
    kids = [k for k in codes if len(k) == len(code) + (2 if len(code) == 3 else 2) and k.startswith(code)]
    if len(code) < 7:
        for ci in (2, 3, 4):
            assert srow(s, r, ci) == sum(srow(s, codes[k], ci) for k in kids), (code, ci)
t = row_by_label(s, "合计")
for ci in (2, 3, 4):
    assert t[ci] == sum(srow(s, codes[k], ci) for k in codes if len(k) == 3)
assert t[2] == r_inc[3]
# 一般公共预算财政拨款支出决算表
s = "一般公共预算财政拨款支出决算表"
codes5 = {v: r for (r, c), v in S[s].items() if c == 0 and re.fullmatch(r"\d{3}|\d{5}|\d{7}", str(v))}
for code, r in codes5.items():
    assert srow(s, r, 4) == srow(s, r, 5) + srow(s, r, 6), code
    p = srow(s, r, 7)[1]
    assert p == (srow(s, r, 4) * 100 / srow(s, r, 3)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), code
    if len(code) < 7:
        kids = [k for k in codes5 if len(k) == len(code) + 2 and k.startswith(code)]
        for ci in (2, 3, 4, 5, 6):
            assert srow(s, r, ci) == sum(srow(s, codes5[k], ci) for k in kids), (code, ci)
g_tot = row_by_label(s, "合计")
for ci in (2, 3, 4, 5, 6):
    assert g_tot[ci] == sum(srow(s, codes5[k], ci) for k in codes5 if len(k) == 3)
# 一般公共 ⊂ 支出决算表 (same codes, not larger)
for code, r in codes5.items():
    assert srow("支出决算表", codes[code], 2) >= srow(s, r, 4)
# 财政拨款收入支出决算总表
s = "财政拨款收入支出决算总表"
f_inc = row_by_label(s, "本年收入合计")
f_open = row_by_label(s, "年初财政拨款结转和结余")
f_close = row_by_label(s, "年末财政拨款结转和结余", 2)
ftot = row_by_label(s, "总计")
assert ftot[1] == f_inc[1] + f_open[1] == ftot[3] == f_inc[3] + f_close[3]
assert f_inc[3] == f_inc[4] + f_inc[5] and f_inc[4] == g_tot[4]
lefts = [money(S[s][(r, 1)]) for (r, c), v in S[s].items() if c == 0 and re.match("^[一二三]、", str(v))]
assert sum(lefts) == f_inc[1] == tot_row[2]
rights = [(r, v) for (r, c), v in S[s].items() if c == 2 and re.match("^[一二三四五]、", str(v))]
for ci in (3, 4, 5):
    assert sum(S[s][(r, ci)] for r, _ in rights) == f_inc[ci]
for r, _ in rights:
    assert S[s][(r, 3)] == S[s][(r, 4)] + S[s][(r, 5)]
# 基本支出决算表
s = "基本支出决算表"
b_tot = row_by_label(s, "合计")
pers = row_by_label(s, "人员经费", 1)
pub = row_by_label(s, "公用经费", 1)
assert b_tot[2] == pers[2] + pub[2] == g_tot[5]
items = {v: S[s][(r, 2)] for (r, c), v in S[s].items() if c == 0 and re.fullmatch(r"30\d{3}", str(v))}
assert sum(v for k, v in items.items() if k.startswith(("301", "303"))) == pers[2]
assert sum(v for k, v in items.items() if k.startswith("302")) == pub[2]
# 三公
s = "三公经费决算表"
sg = {v: (S[s][(r, 1)], S[s][(r, 2)], S[s][(r, 3)]) for (r, c), v in S[s].items() if c == 0 and r >= 3}
for k, (b, d, df) in sg.items():
    assert df == d - b, k
for i in (0, 1):
    assert sg["合计"][i] == sg["1.因公出国（境）费"][i] + sg["2.公务用车购置及运行维护费"][i] + sg["3.公务接待费"][i]
    assert sg["2.公务用车购置及运行维护费"][i] == sg["  （1）公务用车购置费"][i] + sg["  （2）公务用车运行维护费"][i]
assert items["30217"] == sg["3.公务接待费"][1] and items["30231"] == sg["  （2）公务用车运行维护费"][1]
# 政府性基金
s = "政府性基金决算表"
for lab in ("合计", "229", "22960", "2296003"):
    r = row_by_label(s, lab)
    assert r[7] == r[2] + r[3] - r[4] and r[4] == r[5] + r[6]
gf = row_by_label(s, "合计")
assert gf[3] == tot_row[4] and gf[4] == f_inc[5] and gf[4] == srow("支出决算表", codes["229"], 2)
# 国有资产
s = "国有资产占用表"
a_tot = row_by_label(s, "合计")
for u in units + ["合计"]:
    r = row_by_label(s, u)
    assert r[1] == r[2] + r[3] + r[4]
for ci in range(1, 7):
    assert a_tot[ci] == sum(row_by_label(s, u)[ci] for u in units)
# 分单位对照表 (text cells with thousands separators): units sum to 部门合计 and agree with the other sheets
s = "分单位对照表"
for (r, c), v in S[s].items():
    if c == 0 and r >= 3:
        vals = [S[s][(r, ci)] for ci in range(1, 6)]
        assert all(isinstance(x, str) for x in vals)
        nums = [money(x) for x in vals]
        assert sum(nums[:4]) == nums[4], v
        if "," in "".join(vals) or "." in "".join(vals):
            assert all(re.fullmatch(r"\d{1,3}(,\d{3})*\.\d{2}", x) for x in vals), v
U = {v: [money(S[s][(r, ci)]) for ci in range(1, 6)] for (r, c), v in S[s].items() if c == 0 and r >= 3}
assert U["本年收入合计"][4] == r_inc[1] and U["本年支出合计"][4] == r_inc[3] and U["年初结转和结余"][4] == r_open[1]
assert U["“三公”经费决算"][4] == sg["合计"][1] and U["资产总额"][4] == a_tot[1]
assert U["其中：基本支出"][4] + U["项目支出"][4] == U["本年支出合计"][4]
for i, u in enumerate(units):
    assert U["本年收入合计"][i] == row_by_label("收入决算表", u)[1]
    assert U["资产总额"][i] == row_by_label("国有资产占用表", u)[1]
    assert U["本年收入合计"][i] + U["年初结转和结余"][i] == U["本年支出合计"][i] + U["年末结转和结余"][i], u
assert U["公务用车（辆）"][4] == a_tot[5] == 4
# prose (万元) against tables
prose = "\n".join(S["决算说明"][(r, 0)] for r in range(len([k for k in S["决算说明"]])))


def W(d):
    return str((Decimal(d) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


for label, val in [("收入总计", r_tot[1]), ("支出总计", r_tot[3]), ("本年收入合计", r_inc[1]), ("本年支出合计", r_inc[3]),
                   ("基本支出", r_inc[3] - sum(srow("支出决算表", codes[k], 4) for k in codes if len(k) == 3)),
                   ("财政拨款收入", tot_row[2]), ("事业收入", tot_row[5]), ("其他收入", tot_row[6]),
                   ("年初结转和结余", r_open[1]), ("年末结转和结余", r_close[3]),
                   ("一般公共预算财政拨款支出", g_tot[4]), ("年初预算数", g_tot[2]), ("调整预算数", g_tot[3]),
                   ("一般公共预算财政拨款基本支出", g_tot[5]), ("人员经费", pers[2]), ("公用经费", pub[2]),
                   ("资产总额", a_tot[1]), ("流动资产", a_tot[2]), ("固定资产", a_tot[3]), ("无形资产", a_tot[4])]:
    assert re.search(re.escape(label) + W(val) + "万元", prose), (label, W(val))
assert f"决算数为调整预算的{g_tot[7][1]}%" in prose
assert "“三公”经费预算" + W(sg["合计"][0]) + "万元，决算" + W(sg["合计"][1]) + "万元" in prose
# every (code) item in prose: amount = table except the planted one; rate always = table
planted = e_data.PLANTED
n_items = 0
for m in re.finditer(r"(\S+?)（(\d{7})）([\d.]+)万元，完成调整预算的([\d.]+)%", prose):
    n_items += 1
    code = m.group(2)
    r = codes5[code]
    assert Decimal(m.group(4)) == srow("一般公共预算财政拨款支出决算表", r, 7)[1], code
    if code == planted["code"]:
        assert m.group(3) == planted["prose_wan"] != W(srow("一般公共预算财政拨款支出决算表", r, 4))
    else:
        assert m.group(3) == W(srow("一般公共预算财政拨款支出决算表", r, 4)), code
assert n_items == 9
assert prose.count(planted["prose_wan"]) == 1
assert W(srow("一般公共预算财政拨款支出决算表", codes5["2050204"], 4)) == "3019.15"

E_TEXT = [prose]
for name, cells in S.items():
    if name == "决算说明":
        continue
    for (r, c), v in sorted(cells.items()):
        if isinstance(v, Decimal):
            E_TEXT.append(f"{v:,.2f}")
        elif isinstance(v, tuple):
            E_TEXT.append(f"{v[1]:.2f}")
        else:
            E_TEXT.append(str(v))
texts["E"] = "\n".join(E_TEXT)

# 3. questions
qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)) == 90
assert sum(1 for q in qs if q.get("history")) == 1


def numbers(text):
    t = text.replace(",", "")
    return {Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", t)} | {Decimal(re.sub(r"\s", "", x)) for x in re.findall(r"\d+\.\s\d+", t)}


NUMS = {L: numbers(t) for L, t in texts.items()}


def occurs(v, L):
    return Decimal(str(v)) in NUMS[L]


for q in qs:
    e = q["expect"]
    if e.get("none"):
        assert "cite" not in q and set(e) == {"none"}, q["id"]
        continue
    hits = [L for L, t in texts.items() if q["cite"]["doc"] in t]
    assert len(hits) == 1, (q["id"], hits)
    doc = hits[0]
    pool = list(texts) if q["category"] == "cross" else [doc]
    for v, u in e.get("values", []) + e.get("any", []):
        if not q.get("calc"):
            assert any(occurs(v, L) for L in pool), (q["id"], v)
    for t in e.get("text", []):
        assert any(t in texts[L] for L in pool), (q["id"], t)
    if e.get("anytext"):
        assert any(t in texts[L] for t in e["anytext"] for L in pool), q["id"]
    for v, u in e.get("absent", []):
        assert v == float(planted["prose_wan"]) and u == "万元", q["id"]
        assert Decimal("30191506.20") in NUMS["E"] and any(x[0] == 30191506.2 for x in e["values"]), q["id"]
    alts = [a for r in q["cite"]["rows"] for a in r.split("|")]
    assert any(a in texts[doc] for a in alts), (q["id"], alts)
    assert q.get("ideal"), q["id"]
print(f"OK {len(qs)} questions")
