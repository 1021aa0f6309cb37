#!/usr/bin/env python3
"""Wrap each real page's stored text in HTML: one <p> per non-empty line (escaped, spaces kept), <title>, source comment,
and the closing note (every stored copy here stops short)."""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"


def lines_of(excerpt):
    return [ln for ln in excerpt.split("\n") if ln.strip()]


def build(letter):
    src = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{html.escape(src['title'], quote=False)}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
    for ln in lines_of(src["excerpt"]):
        out.append(f"<p>{html.escape(ln, quote=False)}</p>")
    out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, src["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for L in "ABCD":
        build(L)
