# -*- coding: utf-8 -*-
"""Wrap each stored excerpt (gen/src_<L>.json) into docs/<file>.html, one <p> per non-blank line."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
FILES = {
    "A": "A-hainan-wsxx3-2023-dwys.html",
    "B": "B-ezhou-czj-2022-jsbg.html",
    "C": "C-hunan-sj-2016-sangong.html",
    "D": "D-yichuan-czj-2021-ysbg.html",
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(excerpt):
    return [l for l in excerpt.split("\n") if l.strip()]


def main():
    os.makedirs(DOCS, exist_ok=True)
    for k, fn in FILES.items():
        src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
        out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
               f"<title>{esc(src['title'])}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
        out += [f"<p>{esc(l)}</p>" for l in lines_of(src["excerpt"])]
        if src["truncated"]:
            out.append(f"<p>{CUT}</p>")
        out += ["</body>", "</html>", ""]
        with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
            f.write("\n".join(out))


if __name__ == "__main__":
    main()
