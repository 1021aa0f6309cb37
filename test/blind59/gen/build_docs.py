"""Wrap the four stored excerpts (gen/src_*.json, copied from the `pages` search answers) as minimal HTML pages.
Each non-empty line becomes one <p> (escaping & < >). Nothing is added inside the text; added only: <title>,
<!-- source: URL -->, and for C and D (stored copy stops mid-text) one closing line saying so."""
import json, os, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # letter, source file, output, title (None = source address), cut?
    ("a", "A-junan-czsz-1-5yue.html", None, False),
    ("b", "B-mengjin-xjzj-2022.html", None, False),
    ("c", "C-shanxi-czsz-1-4yue.html", None, True),
    ("d", "D-qixian-czj-2023-ys.html", "2023年杞縣財(cái)政局部門(mén)預(yù)算公開(kāi)說(shuō)明", True),
]
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
for letter, out, title, cut in SPEC:
    src = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
    text = src["excerpt"]
    open(os.path.join(HERE, f"src_{letter}.txt"), "w", encoding="utf-8").write(text)
    lines = [l for l in text.split("\n") if l.strip()]
    if title is not None:
        assert title in lines, title
    t = title if title is not None else src["url"]
    body = "\n".join(f"<p>{esc(l)}</p>" for l in lines)
    if cut:
        body += f"\n<p>{CUT}</p>"
    page = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(t)}</title>\n'
            f'<!-- source: {src["url"]} -->\n</head>\n<body>\n{body}\n</body>\n</html>\n')
    open(os.path.join(DOCS, out), "w", encoding="utf-8").write(page)
    print(out, len(lines), "lines")
