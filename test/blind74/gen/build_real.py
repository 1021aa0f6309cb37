"""Wrap the stored excerpts of A-D word for word in <p> lines (non-empty lines; &,<,> escaped)."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # src, file, title (page's own heading, else address), stored copy stops short?
    ("src_a.json", "A-leiyang-jyj-2023-juesuan.html", "2023年度 耒阳市教育局(本级)部门决算", True),
    ("src_b.json", "B-hongjiang-shawanxiang-2024-juesuan.html", "2024年度洪江市沙湾乡人民政府部门决算", True),
    ("src_c.json", "C-huangshan-yizhong-2024-danweijuesuan.html", "黄山市黄山第一中学2024年度单位决算公开情况", True),
    ("src_d.json", "D-huaihua-hechengqu-czj-2024-zongjuesuan.html", "鹤城区2024年财政总决算公开", True),
]
for src, fn, title, cut in SPEC:
    d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
    lines = [l for l in d["excerpt"].split("\n") if l.strip()]
    t = title or d["url"]
    out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', f"<title>{html.escape(t, quote=False)}</title>",
           "</head>", "<body>", f"<!-- source: {d['url']} -->"]
    out += [f"<p>{html.escape(l, quote=False)}</p>" for l in lines]
    if cut: out.append(f"<p>{CUT}</p>")
    out += ["</body>", "</html>", ""]
    open(os.path.join(DOCS, fn), "w", encoding="utf-8").write("\n".join(out))
    print(fn, len(lines))
