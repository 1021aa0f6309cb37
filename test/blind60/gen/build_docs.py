import json, html, os
G = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(G, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = {"a": ("A-yongxiu-jiangshang-2022-bmys.html", "永修县江上乡人民政府2022年部门预算"),
        "b": ("B-hukou-2023-yszx.html", None),
        "c": ("C-huangshan-zyyy-2023-dwjs.html", "黄山市中医医院2023年度单位决算"),
        "d": ("D-xuzhou-32zhong-2023-dwjs.html", "徐州市第三十二中学2023年度单位决算公开")}
for k, (fn, title) in SPEC.items():
    src = json.load(open(os.path.join(G, f"src_{k}.json"), encoding="utf-8"))
    text = src["excerpt"]
    open(os.path.join(G, f"src_{k}.txt"), "w", encoding="utf-8").write(text)
    lines = [l for l in text.split("\n") if l.strip()]
    t = title or src["url"]
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    doc = (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(t, quote=False)}</title>\n"
           f"<!-- source: {src['url']} -->\n</head>\n<body>\n{body}\n<p>{CUT}</p>\n</body>\n</html>\n")
    open(os.path.join(D, fn), "w", encoding="utf-8").write(doc)
    print(fn, len(lines))
