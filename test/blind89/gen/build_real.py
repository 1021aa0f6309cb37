# -*- coding: utf-8 -*-
"""Write docs/A-D: every non-empty line of the stored excerpt in <p> (escaped, spaces kept)."""
import os, html
from src_raw import SRC

CUT = "（存档副本至此中断，以下内容未保存。）"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines(letter):
    return [l for l in SRC[letter]["excerpt"].split("\n") if l.strip()]

def build(letter):
    s = SRC[letter]
    title = s["title"] or s["url"]
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           "<title>%s</title>" % esc(title), "</head>", "<!-- source: %s -->" % s["url"], "<body>"]
    for l in lines(letter):
        out.append("<p>%s</p>" % esc(l))
    if not s["complete"]:
        out.append("<p>%s</p>" % CUT)
    out += ["</body>", "</html>", ""]
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, s["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    for k in "ABCD":
        build(k)
    print("real docs written")
