#!/usr/bin/env python3
"""Wrap each non-blank line of a stored excerpt in <p> (escaping &, <, >; spaces kept) -> docs/A..D *.html."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
TITLES = {
    "A": "南昌市東湖區(qū)第八人民醫(yī)院2023年單位預(yù)算",   # the page's own heading line
    "B": "武漢市第一商業(yè)學校 2013年度部門決算",          # the page's own first words
    "C": None,                                              # no heading stored: use the address
    "D": None,
}

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def lines_of(excerpt):
    return [ln for ln in excerpt.split("\n") if ln.strip()]

def build(k):
    src = json.load(open(os.path.join(HERE, "src_%s.json" % k), encoding="utf-8"))
    title = TITLES[k] or src["url"]
    out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % esc(title), "<!-- source: %s -->" % src["url"], "</head>", "<body>"]
    for ln in lines_of(src["excerpt"]):
        out.append("<p>%s</p>" % esc(ln))
    if src["truncated"]:
        out.append("<p>%s</p>" % CUT)
    out += ["</body>", "</html>", ""]
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, src["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    for k in "ABCD":
        build(k)
