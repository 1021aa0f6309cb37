#!/usr/bin/env python3
"""Wrap each stored line of the four real excerpts in <p> (escaping &, <, >; inner spaces kept), add <title> and the
source comment, and the cut-off line where the stored copy stops short. Whitespace-only lines are dropped."""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NAMES = {
    "A": "A-xiaoyi-zyy-2022-bmys.html",
    "B": "B-chaoyang-czj-2022-bmjs.html",
    "C": "C-beijing-lyw-syjj-2015-sangong.html",
    "D": "D-heping-czj-2024-ysbg.html",
}
CUT = "（存档副本至此中断，以下内容未保存。）"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_of(text):
    return [l for l in text.split("\n") if l.strip()]


def build(k):
    src = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    title = src["title"] or src["url"]
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(title)}</title>", f"<!-- source: {src['url']} -->", "</head>", "<body>"]
    for l in lines_of(src["text"]):
        out.append(f"<p>{esc(l)}</p>")
    if src["cut"]:
        out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    with open(os.path.join(DOCS, NAMES[k]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for k in NAMES:
        build(k)
