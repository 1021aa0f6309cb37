"""Mechanical checks of blind63: stored text kept, figures printed, cite rows present, ideals pass ask_eval.check()."""
import json, os, re, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, "/work/shared/tools")
import ask_eval
from build_docs import SPEC, CUT
from openpyxl import load_workbook

problems = []
DIRECTION = {"增加", "增长", "减少", "下降", "减"}  # answer words that need not be printed (the page may write 減/減幅)
def bad(m):
    problems.append(m)

DOC = {}
for x, (fn, url, tl, cut) in SPEC.items():
    page = open(os.path.join(ROOT, "docs", fn), encoding="utf-8").read()
    ps = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page)]
    src = [l for l in open(os.path.join(HERE, f"src_{x}.txt"), encoding="utf-8").read().split("\n") if l.strip()]
    if ps != src + ([CUT] if cut else []):
        bad(f"{fn}: <p> lines differ from stored text")
    if f"<!-- source: {url} -->" not in page:
        bad(f"{fn}: no source comment")
    DOC[x.upper()] = "\n".join(ps)
wb = load_workbook(os.path.join(ROOT, "docs", "E-yangchuan-nyncj-2024-bmjs.xlsx"))
cells = []
for ws in wb.worksheets:
    cells.append(ws.title)
    for row in ws.iter_rows(values_only=True):
        for v in row:
            if v is None: continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f"{v:.2f}" if isinstance(v, float) or True else str(v))
            else:
                cells.append(str(v))
DOC["E"] = "\n".join(cells)
ORGNAME = {"A": "上犹县史志研究室", "B": "鳳慶縣財政局", "C": "中国人民政治协商会议云南省寻甸回族彝族自治县委员会",
           "D": "衡山县商务和粮食局", "E": "漾川县农业农村局"}
ALIASES = ["上犹县史志研究室", "鳳慶縣財政局", "凤庆县财政局", "政协寻甸回族彝族自治县委员会",
           "中国人民政治协商会议云南省寻甸回族彝族自治县委员会", "衡山县商务和粮食局", "漾川县农业农村局"]
for a in ALIASES:
    ask_eval.ORGS.append((a, re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", a)))

def nums(text):
    return {round(float(t.replace(",", "")), 2) for t in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
NUMS = {k: nums(v) for k, v in DOC.items()}

def calc_ok(calc, value):
    left, right = calc.split("=")[0], calc.split("=")[1].split()[0]
    try:
        got = eval(left.replace(",", ""))
    except Exception:
        return False
    return abs(got - float(right)) < 0.006 and abs(float(right) - value) < 0.006

items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
ids = set()
for it in items:
    i = it["id"]
    if i in ids: bad(f"{i}: duplicate id")
    ids.add(i)
    exp, cat = it["expect"], it["category"]
    if exp.get("none"):
        if it.get("cite"): bad(f"{i}: none question with cite")
    else:
        cite = it.get("cite")
        if not cite:
            bad(f"{i}: no cite"); continue
        docs = [k for k, o in ORGNAME.items() if cite["doc"] in o]
        if len(docs) != 1:
            bad(f"{i}: cite.doc {cite['doc']} matches {docs}"); continue
        d = docs[0]
        alts = [a for r in cite["rows"] for a in r.split("|")]
        if not any(a in DOC[d] for a in alts):
            bad(f"{i}: no cite row alternative in doc {d}")
        pool = set().union(*NUMS.values()) if cat == "cross" else NUMS[d]
        texts = "\n".join(DOC.values()) if cat == "cross" else DOC[d]
        for v, u in exp.get("values", []) + exp.get("any", []):
            glued = any(f"{v:g}" in DOC[k] for k in (DOC if cat == "cross" else [d]))  # digits run together, as in D
            if round(v, 2) not in pool and not glued and not (it.get("calc") and calc_ok(it["calc"], v)):
                bad(f"{i}: {v}{u} not printed in {d} and not from calc")
        for t in exp.get("text", []):
            if t not in texts: bad(f"{i}: text {t} not in doc")
        if "anytext" in exp and not any(t in texts or t in DIRECTION for t in exp["anytext"]):
            bad(f"{i}: no anytext word in doc")
    for v, u in exp.get("absent", []):
        if round(v, 2) not in set().union(*NUMS.values()):
            bad(f"{i}: absent {v} not printed anywhere")
    if not it.get("ideal"):
        bad(f"{i}: no ideal"); continue
    cit = [{"doc": ORGNAME[[k for k, o in ORGNAME.items() if it["cite"]["doc"] in o][0]], "row": it["cite"]["rows"][0].split("|")[0]}] if it.get("cite") else []
    why = ask_eval.check(it, {"answer": it["ideal"], "citations": cit})
    if why: bad(f"{i}: ideal fails check(): {why}")
print(f"checked {len(items)} questions; {len(problems)} problems")
for p in problems: print("  ", p)
