#!/usr/bin/env python3
"""Wrap each non-empty stored line of A-D in <p> (escaping &, <, >; spaces kept)."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(src):
    return [l for l in src["excerpt"].split("\n") if l.strip()]


def build(letter):
    src = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(src['title'])}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
    for l in lines_of(src):
        out.append(f"<p>{esc(l)}</p>")
    if src["truncated"]:
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, src["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for k in "ABCD":
        build(k)
    print("real docs ok")
