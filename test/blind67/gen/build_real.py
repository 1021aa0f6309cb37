"""Wrap the four stored excerpts (gen/src_*.json) as minimal HTML pages, one <p> per non-empty line."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"
DOCS = [("src_a.json", "A-yuhang-qu-2024-jscaoan.html", True),
        ("src_b.json", "B-jinxi-xian-2022-yszx.html", True),
        ("src_c.json", "C-guiyang-gxq-2024-sangong-ys.html", False),
        ("src_d.json", "D-zhanjiang-mzdp-2018-sangong.html", False)]
for src, out, cut in DOCS:
    d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
    text = d["excerpt"]
    open(os.path.join(HERE, src.replace(".json", ".txt")), "w", encoding="utf-8").write(text)
    lines = [l for l in text.split("\n") if l.strip()]
    title = lines[0]  # each page's own first line is its heading
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    if cut:
        body += f"\n<p>{CUT}</p>"
    page = (f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title, quote=False)}</title>\n"
            f"<!-- source: {d['url']} -->\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    open(os.path.join(HERE, "..", "docs", out), "w", encoding="utf-8").write(page)
    print(out, len(lines), title)
