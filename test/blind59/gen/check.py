"""Mechanical check of blind59: documents, figures, cites, and that every `ideal` passes ask_eval's check().

Run from anywhere: python3 gen/check.py   ->  prints problems and `checked N questions; P problems`.
"""
import html, json, os, re, sys, zipfile, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, "/work/shared/tools")
import ask_eval  # the scorer itself

CUT = "（存档副本至此中断，以下内容未保存。）"
FILES = {  # letter: (file, organisation as held, stored source letter, cut?)
    "A": ("A-junan-czsz-1-5yue.html", "莒南县财政局", "a", False),
    "B": ("B-mengjin-xjzj-2022.html", "孟津区财政局", "b", False),
    "C": ("C-shanxi-czsz-1-4yue.html", "山西省财政厅", "c", True),
    "D": ("D-qixian-czj-2023-ys.html", "杞县财政局", "d", True),
    "E": ("E-yanfeng-nyncj-2025-bmys.docx", "雁沣县农业农村局", None, False),
}
problems = []
def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def html_lines(path):
    s = open(path, encoding="utf-8").read()
    return [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", s, flags=re.S)]


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml, flags=re.S):
        t = "".join(html.unescape(x) for x in re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, flags=re.S))
        if t:
            out.append(t)
    return out


TEXT = {}
for L, (fn, org, src, cut) in FILES.items():
    path = os.path.join(DOCS, fn)
    if fn.endswith(".html"):
        lines = html_lines(path)
        stored = [l for l in json.load(open(os.path.join(HERE, f"src_{src}.json"), encoding="utf-8"))["excerpt"].split("\n") if l.strip()]
        want = stored + ([CUT] if cut else [])
        if lines != want:
            bad(f"{fn}: <p> lines differ from the stored excerpt")
        url = json.load(open(os.path.join(HERE, f"src_{src}.json"), encoding="utf-8"))["url"]
        if f"<!-- source: {url} -->" not in open(path, encoding="utf-8").read():
            bad(f"{fn}: source comment missing")
    else:
        lines = docx_lines(path)
    TEXT[L] = "\n".join(lines)

# E: the docx must hold real tables with gridSpan and vMerge, and the 续表
with zipfile.ZipFile(os.path.join(DOCS, FILES["E"][0])) as z:
    xml = z.read("word/document.xml").decode("utf-8")
for needle in ("<w:tbl>", "<w:gridSpan", '<w:vMerge w:val="restart"/>', "<w:vMerge/>", "（续表）", 'w:type="page"', 'w:orient="landscape"'):
    if needle not in xml:
        bad(f"E docx lacks {needle}")
import e_data
e_data.check()

ORG = {L: v[1] for L, v in FILES.items()}
NORM = {L: t.replace(",", "") for L, t in TEXT.items()}
ALL = "\n".join(NORM.values())


def num_re(v):
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    if "." in s:
        return r"(?<![\d.])" + re.escape(s) + r"0*(?!\d)"
    return r"(?<![\d.])" + re.escape(s) + r"(?:\.0+)?(?!\d)"


def printed(v, letters):
    return any(re.search(num_re(v), NORM[L]) for L in letters)


def eval_calc(c):
    c = c.strip()
    if c.startswith("count:"):
        body, n = c[len("count:"):].rsplit("=", 1)
        names = [x.strip() for x in body.split("、") if x.strip()]
        return names, float(n)
    lhs, rhs = c.split("=", 1)
    return lhs, float(rhs)


ANSWER_WORDS = {"不一致", "对不上", "不符"}  # judgement words an answer adds (not document text)
items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
ask_eval.ORGS.extend(sorted((o, re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", o)) for o in ORG.values()))
ids = collections.Counter(it["id"] for it in items)
for i, n in ids.items():
    if n > 1:
        bad(f"duplicate id {i}")
cats = collections.Counter()
for it in items:
    iid, cat, exp = it["id"], it["category"], it["expect"]
    cats[cat] += 1
    if cat not in {"lookup", "column", "change", "code", "cross", "none", "ratio", "reason", "text"}:
        bad(f"{iid}: category {cat}")
    if exp.get("none"):
        if "cite" in it:
            bad(f"{iid}: none with cite")
        cited = None
    else:
        cite = it.get("cite")
        if not cite:
            bad(f"{iid}: no cite"); continue
        hits = [L for L, o in ORG.items() if cite["doc"] in o]
        if len(hits) != 1:
            bad(f"{iid}: cite.doc {cite['doc']} matches {hits}"); continue
        cited = hits[0]
        alts = [a for r in cite["rows"] for a in r.split("|")]
        if not any(a in TEXT[cited] for a in alts):
            bad(f"{iid}: no cite row alternative {alts} in {cited}")
    letters = list(ORG) if cat == "cross" or cited is None else [cited]
    # calc
    calc_val = None
    if "calc" in it:
        lhs, calc_val = eval_calc(it["calc"])
        if isinstance(lhs, list):
            if len(lhs) != calc_val or not all(n in TEXT[cited] for n in lhs):
                bad(f"{iid}: count calc does not hold")
        else:
            got = eval(lhs)
            if abs(got - calc_val) > 0.006 * max(1, abs(calc_val)) and abs(got - calc_val) > 0.006:
                bad(f"{iid}: calc {it['calc']} evaluates to {got}")
            for opnd in re.findall(r"\d+(?:\.\d+)?", lhs):
                if opnd in ("100",):
                    continue
                if not printed(float(opnd), letters):
                    bad(f"{iid}: calc operand {opnd} not printed")
    for key in ("values", "any"):
        for v, u in exp.get(key, []):
            if calc_val is not None and abs(v - calc_val) < 0.01:
                continue
            if key == "any" and calc_val is not None:
                continue
            if not printed(v, letters):
                bad(f"{iid}: {v}{u} not printed in {letters}")
    for v, u in exp.get("absent", []):
        if not re.search(num_re(v), ALL):
            bad(f"{iid}: absent {v}{u} printed nowhere")
    for kw in exp.get("text", []):
        if not any(kw in TEXT[L] for L in letters):
            bad(f"{iid}: text {kw} not in document")
    if "anytext" in exp and not any(any(a in TEXT[L] for L in letters) or a in ANSWER_WORDS for a in exp["anytext"]):
        bad(f"{iid}: no anytext word in document")
    # the ideal must pass the scorer
    cits = []
    if cited:
        alts = [a for r in it["cite"]["rows"] for a in r.split("|")]
        row = next((a for a in alts if a in TEXT[cited]), alts[0])
        cits = [{"doc": ORG[cited], "file": FILES[cited][0], "row": row}]
    why = ask_eval.check(it, {"answer": it.get("ideal", ""), "citations": cits}, strict=True)
    if why:
        bad(f"{iid}: ideal fails check(): {why}")
    if not it.get("ideal"):
        bad(f"{iid}: no ideal")

print("categories:", dict(cats))
print(f"checked {len(items)} questions; {len(problems)} problems")
