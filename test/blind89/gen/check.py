# -*- coding: utf-8 -*-
"""Checks for blind89: real pages match their stored excerpts; E reconciles (data and the written workbook);
every expected value occurs in its document (or is a verified calc); absent values are not the table's;
cite.doc names exactly one document; ids unique."""
import os, re, json, html
import e_data as ED
import xlsxr
from src_raw import SRC
from build_real import lines, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
NUM = re.compile(r"\d+(?:\.\d+)?")

def html_text(path):
    s = open(path, encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", s)]
    title = html.unescape(re.search(r"<title>(.*?)</title>", s).group(1))
    return ps, title, s

def nums_in(text):
    t = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return [float(x) for x in NUM.findall(t)]

docs = {}      # letter -> dict(text=..., nums=[...])
# ---- real pages ----
for k in "ABCD":
    path = os.path.join(DOCS, SRC[k]["file"])
    ps, title, raw = html_text(path)
    want = lines(k) + ([] if SRC[k]["complete"] else [CUT])
    assert ps == want, "A-D <p> lines differ from stored excerpt: " + k
    assert "<!-- source: %s -->" % SRC[k]["url"] in raw
    text = title + "\n" + "\n".join(ps)
    assert re.search(r"\d+(?:\.\d+)?\s*(万元|萬元|元)", text), k + " has no amounts"
    docs[k] = {"text": text, "nums": nums_in(text)}

# ---- E workbook ----
assert ED.check()
xpath = os.path.join(DOCS, "E-yunxi-cdc-2025-dwys.xlsx")
sheets, merges, styles = xlsxr.read(xpath)
assert list(sheets)[0] == "说明" and len(sheets) == 11, list(sheets)
need = ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "基本支出表", "三公经费表",
        "政府性基金预算支出表", "项目支出表", "政府采购预算表"]
assert all(n in sheets for n in need)
prose = "\n".join(v for v in sheets["说明"].values() if isinstance(v, str))
for h in ["一、单位职责", "二、机构设置", "三、收支预算情况", "四、“三公”经费", "五、机关运行经费", "六、政府采购", "七、国有资产", "八、绩效目标", "九、名词解释"]:
    assert h in prose, h
tab_nums, tab_strs = [], []
for name, cells in sheets.items():
    for (r, c), v in cells.items():
        if isinstance(v, float):
            st = styles[(name, r, c)]
            assert name != "说明"
            assert st in (2, 5, 9), (name, r, c, st)   # #,##0.00 / 0.00% / integer counts
            tab_nums.append(v * 100 if st == 5 else v)
        elif name != "说明":
            tab_strs.append(v)
# numbers-as-numbers: no table string cell looks like an amount
assert not any(re.fullmatch(r"-?[\d,]+\.\d{2}", s) for s in tab_strs)
# three-row merged header
assert "A3:C3" in merges["一般公共预算支出表"] and "D3:D5" in merges["一般公共预算支出表"] and "A4:A5" in merges["一般公共预算支出表"]
assert any(re.fullmatch(r"A\d+:A\d+", m) and m != "A4:A5" for m in merges["一般公共预算支出表"])  # body 类 merges

def rows(name):
    out = {}
    for (r, c), v in sheets[name].items():
        out.setdefault(r, {})[c] = v
    return out

close = lambda a, b: abs(a - b) < 0.005
# 收支总表: income total = expenditure total; parts add up
rs = rows("收支总表")
lab = {v.get(1): v for v in rs.values() if isinstance(v.get(1), str)}
inc_parts = [v[2] for r, v in rs.items() if isinstance(v.get(1), str) and re.match(r"[一二三四五六七八九]、", v[1])]
exp_parts = [v[4] for r, v in rs.items() if isinstance(v.get(3), str) and re.match(r"[一二三四五六七八九]、", v[3])]
assert close(sum(inc_parts), lab["本年收入合计"][2]) and close(sum(exp_parts), lab["本年收入合计"][4])
assert close(lab["本年收入合计"][2] + lab["上年结转"][2], lab["收入总计"][2]) and close(lab["收入总计"][2], lab["收入总计"][4])
# 支出总表: 类 = Σ款 = Σ项; 合计 = 基本 + 项目
rs = rows("支出总表")
codes = {v[1]: v for v in rs.values() if isinstance(v.get(1), str) and v[1].isdigit()}
for cd, v in codes.items():
    assert close(v[3], v[4] + v[5]), cd
    kids = [w for k, w in codes.items() if k.startswith(cd) and len(k) == len(cd) + 2]
    if kids:
        assert close(sum(w[3] for w in kids), v[3]) and close(sum(w[4] for w in kids), v[4]), cd
tot = [v for v in rs.values() if v.get(2) == "合计"][0]
assert close(tot[3], sum(v[3] for k, v in codes.items() if len(k) == 3)) and close(tot[3], lab["收入总计"][4])
# 一般公共预算支出表: rebuild codes from merged 类/款/项 columns, check sums and 基本 = 人员 + 公用
rs = rows("一般公共预算支出表")
cls = kuan = None; g = {}
for r in sorted(rs):
    v = rs[r]
    if r < 7: continue
    if isinstance(v.get(1), str) and v[1].strip(): cls = v[1]; kuan = None; code = cls
    elif isinstance(v.get(2), str) and v[2].strip(): kuan = v[2]; code = cls + kuan
    else: code = cls + kuan + v[3]
    g[code] = v
    assert close(v[5], v[6] + v[9]) and close(v[6], v[7] + v[8]), code
for cd, v in g.items():
    kids = [w for k, w in g.items() if k.startswith(cd) and len(k) == len(cd) + 2]
    if kids:
        assert close(sum(w[5] for w in kids), v[5]), cd
gt = rs[6]
assert close(gt[5], sum(v[5] for k, v in g.items() if len(k) == 3)) and close(gt[5], ED.F(ED.INC["一般公共预算拨款收入"]))
# 基本支出表 and 三公表
rs = rows("基本支出表")
bt = [v for v in rs.values() if v.get(2) == "合计"][0]
assert close(bt[3], bt[4] + bt[5])
assert close(bt[3], tot[4])
top3 = [v for v in rs.values() if isinstance(v.get(1), str) and len(v[1]) == 3]
assert close(sum(v[3] for v in top3), bt[3])
rs = rows("三公经费表")
sg = {v[1].strip("　 ").split("：")[-1].strip("　"): v for v in rs.values() if isinstance(v.get(1), str)}
for col in (2, 3):
    assert close(sg["合计"][col], sg["1．因公出国（境）费"][col] + sg["2．公务用车购置及运行维护费"][col] + sg["3．公务接待费"][col])
    assert close(sg["2．公务用车购置及运行维护费"][col], sg["公务用车购置费"][col] + sg["公务用车运行维护费"][col])
# 项目支出表 and 政府采购表
rs = rows("项目支出表")
pt = [v for v in rs.values() if v.get(1) == "合计"][0]
assert close(pt[3], sum(pt[c] for c in (4, 5, 6, 7))) and close(pt[3], tot[5])
rs = rows("政府采购预算表")
pc = [v for v in rs.values() if v.get(1) == "合计"][0]
assert close(pc[6], sum(v[6] for v in rs.values() if v.get(3) in ("货物", "工程", "服务")))

# planted contradiction: prose 67.14 once, tables 76.14 in the 住房公积金 rows, 67.14 nowhere in tables
assert prose.count("67.14") == 1 and "76.14" not in prose
pf_rows = [v for n in ("支出总表", "一般公共预算支出表", "基本支出表") for v in rows(n).values()
           if any(isinstance(x, str) and "住房公积金" in x for x in v.values())]
assert pf_rows and all(any(isinstance(x, float) and close(x, 76.14) for x in v.values()) for v in pf_rows)
assert not any(close(x, 67.14) for x in tab_nums)

etext = prose + "\n" + "\n".join(tab_strs) + "\n" + " ".join("%.2f" % x for x in tab_nums)
docs["E"] = {"text": etext, "nums": nums_in(prose) + nums_in("\n".join(tab_strs)) + tab_nums}

# ---- questions ----
QS = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in QS]
assert len(ids) == len(set(ids)), "duplicate ids"
LET = {"A": "A", "B": "B", "C": "C", "D": "D", "E": "E", "X": None}

def occurs(letter, v):
    pool = docs[letter]["nums"] if letter else [x for d in docs.values() for x in d["nums"]]
    return any(close(v, x) for x in pool)

def calc_ok(calc, v):
    for seg in calc.split(";"):
        m = re.search(r"([\d\.\+\-\*/\(\) ]+)=\s*([\d\.]+)(%?)", seg)
        if not m: continue
        val = eval(m.group(1))
        if m.group(3):
            val *= 100
        assert abs(val - float(m.group(2))) < 0.006, (calc, val)
        if abs(float(m.group(2)) - v) < 0.006 or abs(val - v) < 0.006:
            return True
    return False

for q in QS:
    letter = LET[q["id"].split("-")[1][0]]
    exp = q["expect"]
    if exp.get("none"):
        assert "cite" not in q, q["id"]
        continue
    cd = q["cite"]["doc"]
    holders = [k for k, d in docs.items() if cd in d["text"]]
    assert len(holders) == 1, (q["id"], cd, holders)
    if letter:
        assert holders == [letter], (q["id"], holders)
    for v, u in exp.get("values", []) + exp.get("any", []):
        ok = occurs(letter, v) or ("calc" in q and calc_ok(q["calc"], v))
        assert ok, (q["id"], v)
    for t in exp.get("text", []):
        assert t in (docs[letter]["text"] if letter else ""), (q["id"], t)
    if "anytext" in exp:
        assert any(t in docs[letter]["text"] for t in exp["anytext"]), q["id"]
    for v, u in exp.get("absent", []):
        if letter == "E":
            assert not any(close(v, x) for x in tab_nums) or q.get("history"), (q["id"], v)
    if "calc" in q:
        for v, u in exp.get("values", []):
            pass
    assert q["cite"]["rows"], q["id"]
# the planted question
pq = [q for q in QS if q["expect"].get("absent") and not q.get("history")]
assert pq and pq[0]["expect"]["values"] == [[76.14, "万元"]] and pq[0]["expect"]["absent"] == [[67.14, "万元"]]
# every cite.doc unique over the five documents
for cd in {q["cite"]["doc"] for q in QS if "cite" in q}:
    assert sum(cd in d["text"] for d in docs.values()) == 1, cd
assert sum(1 for q in QS if q.get("history")) == 1
print("OK %d questions" % len(QS))
