# -*- coding: utf-8 -*-
"""Write docs/A-D as HTML: every non-empty stored line in <p> (escaped, spaces kept), <title>, source comment, cut-off line."""
import json, os, html
from src_raw import SOURCES
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"

def lines_of(text):
    return [l for l in text.split("\n") if l.strip()]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def main():
    os.makedirs(DOCS, exist_ok=True)
    for s in SOURCES:
        with open(os.path.join(HERE, "src_%s.json" % s["letter"]), "w", encoding="utf-8") as f:
            json.dump({k: s[k] for k in ("url", "query", "title", "text")}, f, ensure_ascii=False, indent=1)
        body = "\n".join("<p>%s</p>" % esc(l) for l in lines_of(s["text"]))
        page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n"
                "<!-- source: %s -->\n<body>\n%s\n<p>%s</p>\n</body>\n</html>\n") % (esc(s["title"]), s["url"], body, CUT)
        with open(os.path.join(DOCS, s["stem"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page)

if __name__ == "__main__":
    main()
