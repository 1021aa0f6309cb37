import json, re, sys, os, html, importlib.util
H = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ae", "/work/shared/tools/ask_eval.py"); ae = importlib.util.module_from_spec(spec); spec.loader.exec_module(ae)
docs = {}
for k in "abcd":
    docs[k] = open(os.path.join(H, f"src_{k}.txt")).read()
docs["e"] = open(os.path.join(H, "e_text.txt")).read()
ORGN = {"尤溪": "a", "晋江市": "b", "前进街道": "c", "鄞州": "d", "澄溪区卫生健康委员会": "e"}
ae.ORGS[:] = [("尤溪縣", "尤溪縣"), ("晋江市财政局", "晋江市财政局"), ("杭州市钱塘区人民政府前进街道办事处", "钱塘区人民政府前进街道办事处"),
              ("宁波市鄞州区", "鄞州区"), ("临澄市澄溪区卫生健康委员会", "澄溪区卫生健康委员会")]
def printed(text, v):
    t = text.replace(",", "")
    forms = {f"{v:.2f}", f"{v:.1f}", str(v)}
    if float(v).is_integer(): forms.add(str(int(v)))
    return any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", t) for f in forms)
probs = 0
for l in open(os.path.join(H, "..", "questions.jsonl")):
    it = json.loads(l); e = it["expect"]; why = []
    cite = it.get("cite")
    dk = ORGN.get(cite["doc"]) if cite else None
    if cite:
        if sum(cite["doc"] in docs[k] for k in docs) < 1: why.append("doc name missing")
        if not any(a in docs[dk] for a in cite["rows"][0].split("|")): why.append("no cite row")
    for v, u in e.get("values", []) + e.get("absent", []):
        pool = [docs[dk]] if dk and it["category"] != "cross" else list(docs.values())
        if not any(printed(p, v) for p in pool) and not (it.get("calc") and it["calc"].endswith(f"={v:.2f}" if not float(v).is_integer() else f"={int(v)}")):
            why.append(f"{v}{u} not printed")
    r = ae.check(it, {"answer": it["ideal"], "citations": [{"doc": ae.ORGS[list(ORGN.values()).index(dk)][0] if dk else "", "row": cite["rows"][0] if cite else ""}]})
    if e.get("none"): r = [x for x in r if "citation" not in x]
    why += r
    if why: probs += 1; print(it["id"], why)
print(f"checked; {probs} problems")
