"""Wrap the stored excerpts of A-D word for word in <p> lines (non-empty lines; &,<,> escaped)."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # src, file, title (page's own heading, else address), stored copy stops short?
    ("src_a.json", "A-tiandeng-xian-2023-juesuan-baogao.html", "2023年天等县决算(草案)的报告", True),
    ("src_b.json", "B-jiangyou-czj-2021-xianjie-zijin-fenpei.html", "江油市财政局 江油市乡村振兴服务中心关于2021年省级财政衔接推进乡村振兴补助资金安排使用方案的公示", True),
    ("src_c.json", "C-tongdao-xian-2024-zhengfu-juesuan.html", "通道侗族自治县2024年政府决算公开", True),
    ("src_d.json", "D-yeji-jyj-2025-caigou-yixiang.html", None, False),
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
