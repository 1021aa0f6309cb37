#!/usr/bin/env python3
"""Wrap each stored line of the four real excerpts in <p> (escaping &, <, >), add <title> and a source comment."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(src):
    return [ln for ln in src["excerpt"].split("\n") if ln.strip()]


def build(src):
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(src['title'])}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
    for ln in lines_of(src):
        out.append(f"<p>{esc(ln)}</p>")
    if src["cut"]:
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    path = os.path.join(DOCS, src["stem"] + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return path


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for L in "ABCD":
        with open(os.path.join(HERE, f"src_{L}.json"), encoding="utf-8") as f:
            print("wrote", build(json.load(f)))
