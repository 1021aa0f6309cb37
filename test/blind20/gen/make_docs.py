#!/usr/bin/env python3
"""Write the five documents of blind20 into ../docs."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from real_texts import *

OUT = os.path.join(os.path.dirname(__file__), "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
e = html.escape

def page(title, body, url, cut):
    tail = f"<p>{CUT}</p>\n" if cut else ""
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{e(title)}</title></head>\n<body>\n"
            f"<!-- 来源：{e(url)} （搜索库 pages 中的存档副本，逐字照录） -->\n{body}{tail}<p>来源：{e(url)}</p>\n</body></html>\n")

def paras(text):
    return "".join(f"<p>{e(l)}</p>\n" for l in text.split("\n"))

def table(rows):
    out = "<table border=\"1\">\n"
    for r in rows:
        out += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>\n"
    return out + "</table>\n"

def write(name, s):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(s)

os.makedirs(OUT, exist_ok=True)
# A: flat text
write("A-jiaocheng-2022-benji-final.html",
      page("2022年蕉城區本級財政總決算相關重要事項說明", paras(A), A_URL, True))
# B: flat text
write("B-fangchenggang-ggzy-2018-budget.html",
      page("防城港市公共资源交易中心2018年部门预算及“三公”经费预算编制说明", paras(B), B_URL, True))
# C: every line of the stored copy is a row of pipe-separated cells
rows = []
for line in C.split("\n"):
    cells = [c.strip() for c in line.split("|")]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    rows.append(cells)
write("C-yueyang-county-2015-sangong.html",
      page(rows[0][0], table(rows), C_URL, False))
# D: prose, then the stored copy's one-cell-per-line table (4 cells a row), then the cut line
lines = D.split("\n")
i = lines.index("项目 |")
head, rest = lines[:i], lines[i:]
tail = rest[-1]
toks = []
for l in rest[:-1]:
    toks += [c.strip() for c in l.split("|")][:-1]
trows = [toks[k:k + 4] for k in range(0, len(toks), 4)]
write("D-taoyuan-mutangyuan-2018-final-notes.html",
      page("桃源县木塘垸乡财政所2018年部门决算编制说明", paras("\n".join(head)) + table(trows) + f"<p>{e(tail)}</p>\n", D_URL, True))
print("real docs written; D table rows:", len(trows))
