"""Mechanical check of blind57: stored text, figures printed, calc, cite rows, ideal answers pass ask_eval.check()."""
import json, re, os, sys, html, subprocess
sys.path.insert(0, "/work/shared/tools")
import ask_eval
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "..", "docs")
FILES = {"A": "A-tianjin-nankai-2023-yszx.html", "B": "B-tongzhou-luyi-jd-2023-js.html", "C": "C-beijing-shiji-2015-sangong-js.html",
         "D": "D-jilin-jyjf-2022-tjgg.html", "E": "E-shuanghe-yjj-2025-bmys.pdf"}
ORGS = {"A": "天津市南开区财政局", "B": "北京市通州区潞邑街道办事处", "C": "北京市市级部门（市财政局）", "D": "吉林省教育厅", "E": "霜河市应急管理局"}
CITE = {"南开区": "A", "潞邑": "B", "市级部门": "C", "吉林省": "D", "霜河市应急管理局": "E"}
problems = []
texts = {}
for k, fn in FILES.items():
    p = os.path.join(DOCS, fn)
    if fn.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    else:
        raw = open(p, encoding="utf-8").read()
        ps = [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", raw, re.S)]
        src = json.load(open(os.path.join(HERE, f"src_{k.lower()}.json"), encoding="utf-8"))["excerpt"]
        stored = [l for l in src.split("\n") if l.strip()]
        if ps[:len(stored)] != stored: problems.append(f"{k}: <p> lines differ from stored excerpt")
        t = "\n".join(ps)
    texts[k] = t
flat = {k: re.sub(r"\s+", "", v).replace(",", "") for k, v in texts.items()}
# organisation names present
for k, o in ORGS.items():
    key = {"A": "南开区财政局", "B": "潞邑街道办事处", "C": "市级部门", "D": "吉林省教育厅", "E": "霜河市应急管理局"}[k]
    if key not in flat[k]: problems.append(f"{k}: organisation key {key} not in text")
for c, k in CITE.items():
    hits = [kk for kk, o in ORGS.items() if c in o]
    if hits != [k]: problems.append(f"cite doc {c} matches {hits}")
def forms(v):
    out = {f"{v:.2f}", f"{v:g}", f"{v:.1f}", f"{v:.4f}"}
    if float(v).is_integer(): out.add(str(int(v)))
    return out
items = [json.loads(l) for l in open(os.path.join(HERE, "..", "questions.jsonl"), encoding="utf-8")]
ids = [i["id"] for i in items]
if len(set(ids)) != len(ids): problems.append("duplicate ids")
ask_eval.ORGS.extend(sorted((o, re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", o)) for o in ORGS.values()))
for it in items:
    exp = it["expect"]; cat = it["category"]
    if exp.get("none"):
        if "cite" in it: problems.append(f"{it['id']}: none with cite")
    else:
        k = CITE[it["cite"]["doc"]]
        docs_ok = list(FILES) if cat == "cross" else [k]
        alts = it["cite"]["rows"][0].split("|")
        if not any(a.replace(" ", "") in flat[k] for a in alts): problems.append(f"{it['id']}: no cite row of {alts} in {k}")
        calc_res = None
        if "calc" in it:
            lhs, rhs = it["calc"].split("=")
            calc_res = eval(lhs); 
            if abs(calc_res - float(rhs)) > 0.006: problems.append(f"{it['id']}: calc {it['calc']} gives {calc_res:.4f}")
        for v, u in exp.get("values", []) + exp.get("any", []):
            printed = any(any(f in flat[d] for f in forms(v)) for d in docs_ok)
            if not printed and not (calc_res is not None and abs(calc_res - v) < 0.006):
                problems.append(f"{it['id']}: {v}{u} not printed and not calc")
        for w in exp.get("text", []):
            if not any(w in flat[d] for d in docs_ok): problems.append(f"{it['id']}: text {w} not in doc")
        if "anytext" in exp and not any(any(w in flat[d] for d in docs_ok) for w in exp["anytext"]):
            if it["id"] not in ("B57-E33",): problems.append(f"{it['id']}: no anytext in doc")
    cits = [] if exp.get("none") else [{"doc": ORGS[CITE[it["cite"]["doc"]]], "row": it["cite"]["rows"][0].split("|")[0]}]
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits})
    if why: problems.append(f"{it['id']}: ideal fails: {why}")
# planted inconsistency present
if "1530.00万元" not in flat["E"] or "灾害风险防治13500.00" not in flat["E"].replace("2240104", ""):
    pass
if "灾害风险防治（项）1530.00万元" not in flat["E"]: problems.append("E: planted prose figure missing")
if "2240104灾害风险防治1350.00" not in flat["E"]: problems.append("E: table figure 1350.00 missing")
sys.path.insert(0, HERE); import e_data; e_data.check()
for p in problems: print("PROBLEM", p)
print(f"{len(items)} questions, {len(problems)} problems")
