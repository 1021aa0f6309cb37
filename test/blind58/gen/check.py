#!/usr/bin/env python3
"""Mechanical check of blind58 (documents + questions.jsonl).

Reads the documents themselves (the <p> text of the four HTML pages, `pdftotext` of the PDF) and checks:
  * A–D: the <p> lines equal the stored excerpt lines (gen/src_X.json), plus only the cut-off line;
    <title> is a line of the excerpt; the source comment is the stored address;
  * E: e_data.check() and check_prose_sums() pass; the planted prose figure 312.46 occurs once, the
    table figure 3,214,600.00 occurs in 附表1-3, 1-5 and 1-10 and 321.46 in 情况说明 十三;
  * every question: known category, unique id, cite.doc occurs in exactly one document, one cite-row
    alternative occurs in the cited document; each expected figure is printed in the cited document (any
    document for cross) or is the result of the question's calc, whose operands are printed; every
    `absent` figure is printed somewhere; `text` words all and one `anytext` word occur in the document;
    `none` questions have no cite and a refusal in the ideal;
  * every ideal answer passes ask_eval.check() (strict) with the five organisations as held ones.
Prints the problems and `checked N questions; P problems`.
"""
import html
import importlib.util
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import build_docs  # noqa: E402
import e_data  # noqa: E402

spec = importlib.util.spec_from_file_location("ask_eval", "/work/shared/tools/ask_eval.py")
ask_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ask_eval)

CATS = {"lookup", "column", "change", "code", "cross", "none", "ratio", "reason", "text"}
UNITS = {"元", "万元", "亿元", "%", "人", "名", "个", "辆", "项", "次", "批次", "人次", "户", "台", "平方米"}
# the organisations as a service would hold them (full names as the documents print them)
HELD = {
    "A": "寻甸回族彝族自治县农业农村局",
    "B": "鹤山市双合镇",
    "C": "崇左市高级中学",
    "D": "麗江市古城區自然資源局",
    "E": "榄州市芸溪区住房和城乡建设局",
}
FILES = {"A": "A-xundian-nyncj-2022-sgjs.html", "B": "B-heshan-shuanghe-2023-2024-ysbg.html",
         "C": "C-chongzuo-gaozhong-2025-bmys.html", "D": "D-gucheng-zrzy-2020-jxzp.html",
         "E": "E-yunxi-zjj-2024-bmjs.pdf"}

problems = []


def bad(msg):
    problems.append(msg)


def html_lines(path):
    s = open(path, encoding="utf-8").read()
    return [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", s, flags=re.S)], s


def load_texts():
    texts = {}
    for letter, (lo, fname, title, cut) in zip("ABCD", build_docs.PAGES):
        path = os.path.join(DOCS, fname)
        lines, raw = html_lines(path)
        src = json.load(open(os.path.join(HERE, f"src_{lo}.json"), encoding="utf-8"))
        want = build_docs.lines_of(src["excerpt"]) + ([build_docs.CUT] if cut else [])
        if lines != want:
            bad(f"{letter}: <p> lines differ from the stored excerpt")
        t = re.search(r"<title>(.*?)</title>", raw).group(1)
        if html.unescape(t) not in [x.strip() for x in want]:
            bad(f"{letter}: title is not a line of the page")
        if f"<!-- source: {src['url']} -->" not in raw:
            bad(f"{letter}: source comment missing")
        texts[letter] = html.unescape(t) + "\n" + "\n".join(lines)
    pdf = os.path.join(DOCS, FILES["E"])
    raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    joined = re.sub(r"\n(?=[^\s\d])", "", raw)        # prose lines re-joined (words broken at line ends)
    texts["E"] = raw + "\n" + lay + "\n" + joined
    return texts, raw


def norm(text):
    """drop thousands separators, join lines (prose is never broken inside a number)"""
    t = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return t


def variants(v):
    out = {f"{v:.2f}"}
    if abs(v - round(v, 1)) < 1e-9:
        out.add(f"{v:.1f}")
    if abs(v - round(v)) < 1e-9:
        out.add(str(int(round(v))))
    return out


def printed(v, text):
    t = norm(text)
    for s in variants(v):
        if re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])(?!\.\d)", t):
            return True
    return False


def calc_parts(calc):
    m = re.match(r"\s*([0-9.+\-*/() ]+)=\s*(-?[0-9.]+)", calc)
    if not m:
        return None, None, []
    expr, rhs = m.group(1), float(m.group(2))
    ops = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", expr)]
    return expr, rhs, ops


def main():
    texts, e_raw = load_texts()
    alltext = "\n".join(texts.values())

    # E internals
    e_data.check()
    e_data.check_prose_sums()
    if norm(e_raw).count("312.46") != 1:
        bad("E: planted 312.46 should occur exactly once")
    if norm(e_raw).count("3214600.00") < 3:
        bad("E: 3,214,600.00 should be printed in 附表1-3, 1-5 and 1-10")
    if "321.46" not in e_raw:
        bad("E: 321.46 (情况说明 十三) missing")

    held = []
    for full in HELD.values():
        short = re.sub(r"^(?:原)?(?:\w{2,7}?省)?\w{2,5}?市(?=\w{2,})", "", full)
        held.append((full, short))
    ask_eval.ORGS[:] = sorted(held)

    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for it in qs:
        qid = it["id"]
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        cat = it.get("category")
        if cat not in CATS:
            bad(f"{qid}: category {cat}")
        letter = qid[4]
        exp = it["expect"]
        for k in exp:
            if k not in ("values", "any", "text", "anytext", "absent", "none", "nofigure", "org"):
                bad(f"{qid}: unknown expect key {k}")
        for key in ("values", "any", "absent"):
            for v, u in exp.get(key, []):
                if u not in UNITS:
                    bad(f"{qid}: unit {u}")
        if exp.get("none"):
            if it.get("cite"):
                bad(f"{qid}: none question with cite")
            if not any(m in it["ideal"].lower() for m in ask_eval.REFUSAL):
                bad(f"{qid}: none ideal lacks a refusal word")
        else:
            cite = it.get("cite")
            if not cite:
                bad(f"{qid}: no cite")
                continue
            holders = [L for L, t in texts.items() if cite["doc"] in t]
            if len(holders) != 1:
                bad(f"{qid}: cite.doc {cite['doc']} in {holders}")
                continue
            cited = holders[0]
            if letter != "X" and cited != letter:
                bad(f"{qid}: cites {cited}")
            alts = [a for r in cite["rows"] for a in r.split("|")]
            if not any(a in texts[cited] for a in alts):
                bad(f"{qid}: no cite row alternative in {cited}: {alts}")
            scope = alltext if cat == "cross" else texts[cited]
            expr, rhs, ops = calc_parts(it.get("calc", "")) if it.get("calc") else (None, None, [])
            if it.get("calc"):
                if expr is None:
                    bad(f"{qid}: calc unreadable")
                else:
                    val = eval(expr, {"__builtins__": {}})
                    if abs(val - rhs) > 0.006 * max(1, abs(rhs) / 100 if "*100" in expr else 1):
                        bad(f"{qid}: calc {expr} = {val:.4f}, not {rhs}")
                    for o in ops:
                        if o in (100.0,) and "*100" in expr:
                            continue
                        if not printed(o, scope):
                            bad(f"{qid}: calc operand {o} not printed")
            for key in ("values", "any"):
                for v, u in exp.get(key, []):
                    if printed(v, scope):
                        continue
                    if rhs is not None and abs(v - rhs) < 0.006:
                        continue
                    bad(f"{qid}: {key} {v}{u} neither printed nor the calc result")
            for v, u in exp.get("absent", []):
                if not printed(v, alltext):
                    bad(f"{qid}: absent {v}{u} not printed anywhere")
            for kw in exp.get("text", []):
                if kw not in scope:
                    bad(f"{qid}: text {kw} not in document")
            if "anytext" in exp and not any(a in scope for a in exp["anytext"]):
                bad(f"{qid}: no anytext word in document")
        # the ideal answer passes the scorer
        cits = []
        if it.get("cite"):
            alt = [a for r in it["cite"]["rows"] for a in r.split("|")][0]
            cits = [{"doc": f"{HELD.get(it['id'][4], '')} {it['cite']['doc']}", "row": alt}]
        why = ask_eval.check(it, {"answer": it["ideal"], "citations": cits}, strict=True)
        if why:
            bad(f"{qid}: ideal fails check(): {'; '.join(why)}")
        for prev in it.get("history", []):
            if not any(p["q"] == prev for p in qs):
                pass  # a history turn need not be a question of the set
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(qs)} questions; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
