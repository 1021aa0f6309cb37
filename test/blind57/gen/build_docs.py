import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = {"a": ("A-tianjin-nankai-2023-yszx.html", "南开区2023年预算执行情况和2024年预算草案的报告", True),
        "b": ("B-tongzhou-luyi-jd-2023-js.html", "北京市通州区潞邑街道办事处2023年度部门决算公开", True),
        "c": ("C-beijing-shiji-2015-sangong-js.html", None, False),
        "d": ("D-jilin-jyjf-2022-tjgg.html", "2022年吉林省教育经费,", True)}
for k, (fn, title, cut) in SPEC.items():
    d = json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))
    txt = d["excerpt"]; open(os.path.join(HERE, f"src_{k}.txt"), "w", encoding="utf-8").write(txt)
    lines = [l for l in txt.split("\n") if l.strip()]
    t = title or d["url"]
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    if cut: body += f"\n<p>{CUT}</p>"
    out = f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(t, quote=False)}</title>\n</head>\n<body>\n<!-- source: {d["url"]} -->\n{body}\n</body>\n</html>\n'
    open(os.path.join(HERE, "..", "docs", fn), "w", encoding="utf-8").write(out)
    print(fn, len(lines))
