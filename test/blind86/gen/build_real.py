#!/usr/bin/env python3
"""Write docs/A-D: every non-empty line of the stored excerpt in its own <p> (escaped, spaces kept),
<title> = the address (none of the four stored copies prints a heading), <!-- source -->, and the
truncation line (the pages answer is an excerpt, never a whole page)."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
NAMES = {
    "A": "A-qingdao-jiaoyuju-2013-sangong.html",
    "B": "B-daxinganling-czj-2013-q1-szqk.html",
    "C": "C-shandong-czt-2016-yszx.html",
    "D": "D-xingtai-2018-h1-zcqk.html",
}
CUT = "（存档副本至此中断，以下内容未保存。）"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(excerpt):
    return [l for l in excerpt.split("\n") if l.strip()]


def build():
    os.makedirs(DOCS, exist_ok=True)
    for k, name in NAMES.items():
        src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
        body = "\n".join(f"<p>{esc(l)}</p>" for l in lines_of(src["excerpt"]))
        page = (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{esc(src['url'])}</title>\n</head>\n<body>\n<!-- source: {esc(src['url'])} -->\n"
                f"{body}\n<p>{CUT}</p>\n</body>\n</html>\n")
        with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
            f.write(page)
    print("wrote", ", ".join(NAMES.values()))


if __name__ == "__main__":
    build()
