# -*- coding: utf-8 -*-
"""Wrap every non-blank stored line of A-D in <p> (escape &,<,>; spaces kept),
add <title>, <!-- source: URL --> and the cut-off note where the stored copy stops short."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines_of(text):
    return [ln for ln in text.split("\n") if ln.strip()]

def build(k):
    d = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(d['title'])}</title>", f"<!-- source: {d['url']} -->", "</head>", "<body>"]
    for ln in lines_of(d["text"]):
        out.append(f"<p>{esc(ln)}</p>")
    if d["cut"]:
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, d["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for k in "ABCD":
        build(k)
