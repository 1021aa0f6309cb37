#!/usr/bin/env python3
"""Checks for blind82: real pages equal their stored lines and carry amounts; E reconciles and holds the planted
contradiction only in its prose; every expected value occurs in its document (or has a calc); text phrases and cite
rows occur; every `absent` value is not what the tables say for the cited row; cite.doc names one document only;
ids unique. Prints `OK N questions`."""
import html, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import e_data as D  # noqa: E402
import build_real  # noqa: E402

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def nums(text):
    out = set()
    for t in NUM.findall(text):
        try:
            out.add(round(float(t.replace(",", "")), 6))
        except ValueError:
            pass
    return out


def html_text(path):
    s = open(path, encoding="utf-8").read()
    body = s[s.find("<body>"):]
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body)]
    title = html.unescape(re.search(r"<title>(.*?)</title>", s).group(1))
    return title + "\n" + "\n".join(paras), paras


def docx_parts(path):
    with zipfile.ZipFile(path) as z:
        x = z.read("word/document.xml").decode("utf-8")
    body = x[x.find("<w:body>"):]
    # split into top-level blocks: paragraphs outside tables and table rows
    prose, rows = [], []
    pos = 0
    for m in re.finditer(r"<w:tbl>.*?</w:tbl>", body, flags=re.S):
        for p in re.findall(r"<w:p>(.*?)</w:p>", body[pos:m.start()], flags=re.S):
            prose.append(html.unescape(re.sub(r"<[^>]+>", "", p)))
        for tr in re.findall(r"<w:tr>(.*?)</w:tr>", m.group(0), flags=re.S):
            cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<w:tc>(.*?)</w:tc>", tr, flags=re.S)]
            rows.append(cells)
        pos = m.end()
    for p in re.findall(r"<w:p>(.*?)</w:p>", body[pos:], flags=re.S):
        prose.append(html.unescape(re.sub(r"<[^>]+>", "", p)))
    return prose, rows


def main():
    files = sorted(os.listdir(DOCS))
    assert [f[0] for f in files] == list("ABCDE"), files
    texts, rows_of = {}, {}
    # ---- real pages
    for k, name in build_real.NAMES.items():
        src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
        text, paras = html_text(os.path.join(DOCS, name))
        stored = build_real.lines_of(src["text"])
        tail = [build_real.CUT] if src["cut"] else []
        assert paras == stored + tail, f"{k}: <p> lines differ from the stored excerpt"
        assert re.search(r"\d(?:[\d,]*\.?\d*)\s*(万元|萬元|亿元)", src["text"]), f"{k}: no amount with unit"
        s = open(os.path.join(DOCS, name), encoding="utf-8").read()
        assert f"<!-- source: {src['url']} -->" in s
        texts[k] = text
        rows_of[k] = []
    # ---- E
    assert D.check()
    prose, rows = docx_parts(os.path.join(DOCS, "E-xiuchuan-njtg-2025-dwys.docx"))
    etext = "\n".join(prose) + "\n" + "\n".join(" | ".join(r) for r in rows)
    texts["E"], rows_of["E"] = etext, rows
    assert sum(p.count("69.50") for p in prose) == 1, "planted prose figure must occur once, in the prose"
    assert not any("69.50" in c for r in rows for c in r), "planted figure must not occur in any table"
    pc = [r for r in rows if any("病虫害控制" in c for c in r)]
    assert len(pc) >= 3 and all("96.50" in r for r in pc), pc
    assert any("病虫害控制（2130108）69.50万元" in p for p in prose)
    # every E table that states 单位 states 万元
    assert sum("单位：万元" in p for p in prose) >= 9
    # gridSpan and vMerge present
    with zipfile.ZipFile(os.path.join(DOCS, "E-xiuchuan-njtg-2025-dwys.docx")) as z:
        x = z.read("word/document.xml").decode("utf-8")
    assert "<w:gridSpan" in x and '<w:vMerge w:val="restart"/>' in x and "<w:vMerge/>" in x
    assert x.count("注：") >= 3

    # ---- questions
    items = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    allnums = {k: nums(t) for k, t in texts.items()}
    for it in items:
        exp = it["expect"]
        cite = it.get("cite")
        if exp.get("none"):
            assert not cite, it["id"]
            continue
        assert cite, it["id"]
        holders = [k for k, t in texts.items() if cite["doc"] in t]
        assert len(holders) == 1, (it["id"], cite["doc"], holders)
        k = holders[0]
        scope = list(texts) if it["category"] == "cross" else [k]
        for v, u in exp.get("values", []) + exp.get("any", []):
            found = any(round(float(v), 6) in allnums[s] for s in scope)
            assert found or it.get("calc"), (it["id"], v, u)
        if it["category"] != "cross":
            for t in exp.get("text", []):
                assert t in texts[k], (it["id"], t)
            if "anytext" in exp:
                assert any(t in texts[k] for t in exp["anytext"]), (it["id"], exp["anytext"])
        alts = [a for r in cite["rows"] for a in r.split("|")]
        assert any(a in texts[k] for a in alts), (it["id"], alts)
        for v, u in exp.get("absent", []):
            assert k == "E", it["id"]
            hit = [r for r in rows_of["E"] if any(a in c for a in alts for c in r)]
            assert hit, (it["id"], "no table row for", alts)
            for r in hit:
                assert round(float(v), 6) not in nums(" ".join(r)), (it["id"], v, r)
            assert all(round(float(v), 6) not in [round(float(x), 6) for x, _ in exp["values"]] for _ in [0])
    print(f"OK {len(items)} questions")


if __name__ == "__main__":
    main()
