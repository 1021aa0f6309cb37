# -*- coding: utf-8 -*-
"""Checks for blind81: documents as built, E reconciles, every question answerable as stated."""
import html, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import e_data, build_real  # noqa: E402

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def html_lines(path):
    t = open(path, encoding="utf-8").read()
    return [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", t)], t


def xlsx_rows(path):
    """list of (sheet index, row cells as strings)"""
    z = zipfile.ZipFile(path)
    out = []
    names = sorted((n for n in z.namelist() if n.startswith("xl/worksheets/sheet")),
                   key=lambda n: int(re.search(r"(\d+)\.xml", n).group(1)))
    for i, n in enumerate(names):
        x = z.read(n).decode("utf-8")
        for row in re.findall(r"<row [^>]*>(.*?)</row>", x, re.S):
            cells = [html.unescape(a or b) for a, b in re.findall(r"<t[^>]*>(.*?)</t>|<v>(.*?)</v>", row, re.S)]
            out.append((i, cells))
    return out


def load_docs():
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        p = os.path.join(DOCS, fn)
        if fn.endswith(".html"):
            lines, raw = html_lines(p)
            title = re.search(r"<title>(.*?)</title>", raw).group(1)
            docs[fn] = {"rows": [[l] for l in lines], "text": html.unescape(title) + "\n" + "\n".join(lines), "kind": "html"}
        elif fn.endswith(".xlsx"):
            rows = xlsx_rows(p)
            docs[fn] = {"rows": [c for _, c in rows], "sheetrows": rows,
                        "text": "\n".join(" ".join(c) for _, c in rows), "kind": "xlsx"}
    return docs


def nums(text):
    return [float(m.replace(",", "")) for m in NUM.findall(text)]


def forms(v, unit):
    if unit == "万元":
        return [v, v * 10000]
    if unit == "元":
        return [v, v / 10000]
    if unit == "亿元":
        return [v, v * 10000]
    return [v]


def occurs(v, unit, text):
    ns = nums(text)
    return any(abs(n - f) < 1e-6 * max(1.0, abs(f)) + 1e-9 for f in forms(v, unit) for n in ns)


def main():
    # real documents: <p> lines equal the stored lines
    for k, fn in build_real.FILES.items():
        src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
        lines, raw = html_lines(os.path.join(DOCS, fn))
        want = build_real.lines_of(src["excerpt"]) + ([build_real.CUT] if src["truncated"] else [])
        assert lines == want, fn
        assert f"<!-- source: {src['url']} -->" in raw
        assert re.search(r"\d+(\.\d+)?(万元|亿元)", "".join(lines)), f"{fn} has no amounts"
    # E reconciles (asserts inside)
    e_data.check()
    docs = load_docs()
    assert len(docs) == 5, docs.keys()
    efn = [f for f in docs if f.startswith("E-")][0]
    E = docs[efn]
    prose = "\n".join(" ".join(c) for i, c in E["sheetrows"] if i == 0)
    tables = "\n".join(" ".join(c) for i, c in E["sheetrows"] if i > 0)
    # planted contradiction: prose 638.46, tables 683.46 / 6,834,600.00
    assert prose.count("638.46") == 1 and "638.46" not in tables and "6,384,600" not in tables
    assert "683.46" in tables and "6,834,600.00" in tables and "683.46" not in prose
    assert "104.83%" in prose  # the prose's own rate fits the table figure
    # every sheet states its unit
    for i in range(1, 10):
        st = " ".join(" ".join(c) for j, c in E["sheetrows"] if j == i)
        assert re.search(r"单位：(元|万元)", st), i
    # questions
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for q in qs:
        ex = q["expect"]
        if q["category"] == "none":
            assert ex.get("none") is True and "cite" not in q and not ex.get("values"), q["id"]
            continue
        cite = q["cite"]
        hits = [f for f, d in docs.items() if cite["doc"] in d["text"]]
        assert len(hits) == 1, (q["id"], cite["doc"], hits)
        doc = docs[hits[0]]
        pool = "\n".join(d["text"] for d in docs.values()) if q["category"] == "cross" else doc["text"]
        if q.get("history"):
            assert isinstance(q["history"], list) and q["history"]
        for v, u in ex.get("values", []) + ex.get("any", []):
            assert occurs(v, u, pool) or q.get("calc"), (q["id"], v, u)
        for t in ex.get("text", []):
            assert t in doc["text"], (q["id"], t)
        if "anytext" in ex:
            assert any(t in doc["text"] for t in ex["anytext"]), (q["id"], ex["anytext"])
        assert any(a in doc["text"] for r in cite["rows"] for a in r.split("|")), (q["id"], cite["rows"])
        exp = [tuple(x) for x in ex.get("values", [])]
        for v, u in ex.get("absent", []):
            assert (v, u) not in exp, q["id"]
            # the absent figure is not what the tables say for the cited row
            rowcells = [" ".join(c) for i, c in doc.get("sheetrows", [(1, r) for r in doc["rows"]])
                        if i > 0 and any(a in " ".join(c) for r in cite["rows"] for a in r.split("|"))]
            assert not any(occurs(v, u, rc) for rc in rowcells), (q["id"], v)
        if "calc" in q:
            assert isinstance(q["calc"], str) and q["calc"]
    print(f"OK {len(qs)} questions")


if __name__ == "__main__":
    main()
