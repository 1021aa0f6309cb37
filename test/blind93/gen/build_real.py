# -*- coding: utf-8 -*-
"""Writes docs/A–D: every non-empty line of the stored excerpt in <p> (escaped, spaces kept), <title>, <!-- source -->,
and the interruption line (every stored copy stops short). Also writes gen/src_<L>.json with the raw answer data."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from src_raw import SOURCES

HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"


def lines_of(ex):
    return [l for l in ex.split("\n") if l.strip()]


def build():
    for L, s in sorted(SOURCES.items()):
        json.dump({"url": s["url"], "query": s["query"], "excerpt": s["excerpt"]},
                  open(os.path.join(HERE, "src_%s.json" % L), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        body = ["<p>%s</p>" % html.escape(l, quote=False) for l in lines_of(s["excerpt"])]
        if s["cut"]:
            body.append("<p>%s</p>" % CUT)
        page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n"
                "<!-- source: %s -->\n<body>\n%s\n</body>\n</html>\n") % (html.escape(s["title"], quote=False), s["url"], "\n".join(body))
        out = os.path.join(HERE, "..", "docs", s["file"])
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, "w", encoding="utf-8").write(page)
        print("wrote", s["file"], len(body), "paragraphs")


if __name__ == "__main__":
    build()
