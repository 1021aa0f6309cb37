"""Wrap the stored excerpts of A-D word for word in <p> lines (non-empty lines; &,<,> escaped)."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # src, file, title (page's own heading, else address), stored copy stops short?
    ("src_a.json", "A-wenzhou-czj-2023-shiji-juesuan.html", None, True),
    ("src_b.json", "B-lechang-lyj-2018-sangong.html", "2018年第四季度“三公经费”管理使用情况", False),
    ("src_c.json", "C-wuyi-xian-2021-nianjian-caizheng.html", "Page 332 - 武义年鉴2022", True),
    ("src_d.json", "D-qiongzhong-zdxm-2025-yusuan.html", "2025年琼中县重大项目推进协调服务中心预算公开表", True),
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
