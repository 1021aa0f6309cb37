#!/usr/bin/env python3
"""Wrap each non-empty stored line in <p> (escape &,<,>; spaces kept), add <title> and <!-- source -->,
and the truncation line (every stored copy stops short)."""
import json, os, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NAMES = {"A": "A-kunming-wuhua-2021-sangong-js.html", "B": "B-sichuan-czt-2014-sangong-ys.html",
         "C": "C-renshou-czj-2023-ysbg.html", "D": "D-tulufan-czj-2025h1-zxbg.html"}
CUT = "（存档副本至此中断，以下内容未保存。）"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines_of(d):
    return [l for l in d["excerpt"].split("\n") if l.strip()]

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for k, name in NAMES.items():
        d = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
        out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
               f"<title>{esc(d['title'])}</title>", f"<!-- source: {d['url']} -->", "</head>", "<body>"]
        out += [f"<p>{esc(l)}</p>" for l in lines_of(d)]
        out += [f"<p>{CUT}</p>", "</body>", "</html>"]
        open(os.path.join(DOCS, name), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("real docs ok")
