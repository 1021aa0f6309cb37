"""Wrap the stored excerpts of A-D word for word in <p> lines (non-empty lines; &,<,> escaped)."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # src, file, title (page's own heading, else address), stored copy stops short?
    ("src_a.json", "A-ningxia-czt-2016-gyzb-juesuan.html", "2016年宁夏回族自治区本级国有资本经营决算说明", True),
    ("src_b.json", "B-xinganmeng-czj-2019-yishiyiyi.html", "兴安盟财政局“一事一议”项目批复工作有序进行", False),
    ("src_c.json", "C-bazhong-czj-2019-fupin-zhuanxiang.html", None, False),
    ("src_d.json", "D-shawan-czj-2025-xianjie-zijin.html", None, False),
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
