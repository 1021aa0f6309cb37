import json, html, os
H = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(H, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = {"a": ("A-youxi-sjbg-2024-yszx.html", 0), "b": ("B-jinjiang-2024-yszx.html", None), "c": ("C-qiantang-qianjin-2021-js.html", 0), "d": ("D-yinzhou-2017-yszx.html", None)}
TITLES = {"b": "晋江市2024年预算执行情况及2025年预算草案报告", "d": "2017年鄞州区和区级预算执行情况与2018年鄞州区和区级预算情况"}
for k, (fn, ti) in SPEC.items():
    s = json.load(open(os.path.join(H, f"src_{k}.json")))
    lines = [l for l in s["excerpt"].split("\n") if l.strip()]
    title = lines[ti].strip() if ti is not None else TITLES[k]
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    open(os.path.join(D, fn), "w").write(f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title, quote=False)}</title></head>\n<!-- source: {s['url']} -->\n<body>\n{body}\n<p>{CUT}</p>\n</body></html>\n")
print("ok")
