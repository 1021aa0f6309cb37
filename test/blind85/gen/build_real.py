#!/usr/bin/env python3
"""Wrap each stored line of the real pages in <p> (escaped), add <title> and the source comment."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NAMES = {"A": "A-liuzhou-yanghe3yey-2023-bmys.html", "B": "B-daying-jinyuanzhen-2023-bmys.html",
         "C": "C-xundian-wlj-2022-sangong-js.html", "D": "D-wuzhou-ncpjc-2020-dwjs.html"}
CUT = "（存档副本至此中断，以下内容未保存。）"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines_of(src):
    return [l for l in src["text"].split("\n") if l.strip()]

def build(k):
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(src['title'])}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
    out += [f"<p>{esc(l)}</p>" for l in lines_of(src)]
    if src.get("cut"):
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, NAMES[k]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for k in NAMES:
        build(k)
    print("built", len(NAMES), "real pages")
