#!/usr/bin/env python3
"""Wrap the four stored `pages` excerpts (gen/src_a.json … src_d.json) as minimal HTML pages.

Added only: <title> (the page's own heading line), <!-- source: ADDRESS -->, and the closing line
「（存档副本至此中断，以下内容未保存。）」.  Every non-empty line of the excerpt becomes one <p> with
& < > escaped; nothing inside a line is changed.  Also writes gen/src_X.txt (the decoded excerpt).
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"

PAGES = [
    # letter, output file, title line (must be a line of the excerpt), cut note?
    ("a", "A-xundian-nyncj-2022-sgjs.html", "寻甸县农业农村局2022年度“三公”经费决算情况说明", True),
    ("b", "B-heshan-shuanghe-2023-2024-ysbg.html", "双合镇2023年预算执行和2024年预算(草案)的报告", True),
    ("c", "C-chongzuo-gaozhong-2025-bmys.html", "崇左市高级中学2025年度部门预算", True),
    ("d", "D-gucheng-zrzy-2020-jxzp.html", "2020年云南省級自然資源衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)", True),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(excerpt):
    return [ln for ln in excerpt.split("\n") if ln.strip()]


def build():
    os.makedirs(DOCS, exist_ok=True)
    out = {}
    for letter, fname, title, cut in PAGES:
        src = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
        text = src["excerpt"]
        open(os.path.join(HERE, f"src_{letter}.txt"), "w", encoding="utf-8").write(text)
        lines = lines_of(text)
        assert title in [ln.strip() for ln in lines], (letter, title)
        body = "\n".join(f"<p>{esc(ln)}</p>" for ln in lines)
        if cut:
            body += f"\n<p>{CUT}</p>"
        page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{esc(title)}</title>\n</head>\n<body>\n<!-- source: {src['url']} -->\n{body}\n</body>\n</html>\n")
        path = os.path.join(DOCS, fname)
        open(path, "w", encoding="utf-8").write(page)
        out[letter] = path
        print("wrote", os.path.normpath(path), len(lines), "lines")
    return out


if __name__ == "__main__":
    build()
