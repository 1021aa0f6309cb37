#!/usr/bin/env python3
"""Wrap each non-empty line of a stored excerpt in <p> (escaping &, <, >; spaces kept), add <title> and the source comment."""
import json, os, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines_of(src):
    return [l for l in src["excerpt"].split("\n") if l.strip()]

def build(k):
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(src['title'])}</title>", f"<!-- source: {esc(src['url'])} -->", "</head>", "<body>"]
    out += [f"<p>{esc(l)}</p>" for l in lines_of(src)]
    if src.get("truncated"):
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, src["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return src["file"]

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    print("wrote", ", ".join(build(k) for k in "ABCD"))
