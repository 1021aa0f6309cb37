"""Wrap the four stored excerpts (gen/src_*.json) as minimal HTML pages, one <p> per non-empty line."""
import json, html
CUT = "（存档副本至此中断，以下内容未保存。）"
DOCS = [  # letter, src, out file, title (the page's own heading line), cut?
    ("A", "src_a.json", "A-quxian-2024js-2025zx.html", "http://www.quxian.gov.cn/xxgk-show-64712.html", True),
    ("B", "src_b.json", "B-tongliang-xiaolin-2022-js.html", "重庆市铜梁区小林镇人民政府 2022年决算报告", True),
    ("C", "src_c.json", "C-zhanjiang-xcb-2017-sangong.html", None, False),
    ("D", "src_d.json", "D-fengjie-yunwu-2023-jxmb.html", None, True),
]
for L, src, out, title, cut in DOCS:
    d = json.load(open(src, encoding="utf-8"))
    text = d["excerpt"]
    open(src.replace(".json", ".txt"), "w", encoding="utf-8").write(text)
    lines = [l for l in text.split("\n") if l.strip()]
    if title is None:
        title = lines[0]
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    if cut:
        body += f"\n<p>{CUT}</p>"
    page = (f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title, quote=False)}</title>\n"
            f"<!-- source: {d['url']} -->\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    open("../docs/" + out, "w", encoding="utf-8").write(page)
    print(L, out, len(lines), title)
