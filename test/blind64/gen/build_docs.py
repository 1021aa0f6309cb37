import json, html
SPEC = {"a": ("A-jiangning-2022-qjjs.html", "关于江宁区2022年区级决算草案的报告", True),
        "b": ("B-jinzhai-xjzj-2025-fp.html", "金寨县2025年第一批财政衔接资金分配结果公告", True),
        "c": ("C-qingdao-zx-2015-sgbc.html", "青岛市政协2015年部门决算公开补充说明", False),
        "d": ("D-nmg-ggzyjy-2022-bmjs.html", "2022年度内蒙古自治区公共资源交易中心部门决算公开", True)}
CUT = "（存档副本至此中断，以下内容未保存。）"
def lines(k):
    d = json.load(open(f"src_{k}.json", encoding="utf-8"))
    return d["url"], [l for l in d["excerpt"].split("\n") if l.strip()]
if __name__ == "__main__":
    for k, (fn, title, cut) in SPEC.items():
        url, ls = lines(k)
        body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in ls)
        if cut: body += f"\n<p>{CUT}</p>"
        open(f"../docs/{fn}", "w", encoding="utf-8").write(
            f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title)}</title>\n</head>\n<!-- source: {url} -->\n<body>\n{body}\n</body>\n</html>\n")
        open(f"src_{k}.txt", "w", encoding="utf-8").write("\n".join(ls) + "\n")
