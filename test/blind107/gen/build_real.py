# -*- coding: utf-8 -*-
"""Write docs/A-D (.html) and gen/src_<L>.json from src_raw.py: every non-blank line in <p> (escaped, spaces kept)."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from src_raw import SOURCES

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"


def lines_of(excerpt):
    return [l for l in excerpt.split("\n") if l.strip()]


def build():
    os.makedirs(DOCS, exist_ok=True)
    for letter, s in sorted(SOURCES.items()):
        lines = lines_of(s["excerpt"])
        with open(os.path.join(HERE, f"src_{letter}.json"), "w", encoding="utf-8") as f:
            json.dump({"url": s["url"], "query": s["query"], "excerpt": s["excerpt"], "lines": lines}, f,
                      ensure_ascii=False, indent=1)
        body = "\n".join("<p>" + html.escape(l, quote=False) + "</p>" for l in lines)
        if s.get("cut"):
            body += "\n<p>" + CUT + "</p>"
        page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{html.escape(s['title'], quote=False)}</title>\n</head>\n<body>\n"
                f"<!-- source: {s['url']} -->\n{body}\n</body>\n</html>\n")
        with open(os.path.join(DOCS, s["file"]), "w", encoding="utf-8") as f:
            f.write(page)
        print("wrote", s["file"], len(lines), "lines")


if __name__ == "__main__":
    build()
