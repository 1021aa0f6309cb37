"""Wrap the stored excerpts (src_*.json) as minimal HTML pages in docs/."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"
DOCS = {  # letter: (file, title, truncated)
    "a": ("A-tongliang-xfb-2024-bmys.html", "重庆市铜梁区信访办公室2024年部门预算情况说明", True),
    "b": ("B-liangping-qbj-2021-sgjs.html", "梁平区本级 2021年度 “三公”经费决算汇总说明", True),
    "c": ("C-alashan-2020-czsz.html", "我盟公布2020年度財政收支“賬單”阿拉善盟", False),
    "d": ("D-dazhou-czj-jtfpzj.html", "http://www.dazhou.gov.cn/xxgk-show-3374.html", False),
}
def lines_of(letter):
    d = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
    return d["url"], [l for l in d["excerpt"].split("\n") if l.strip()]
if __name__ == "__main__":
    for k, (fn, title, cut) in DOCS.items():
        url, lines = lines_of(k)
        open(os.path.join(HERE, f"src_{k}.txt"), "w", encoding="utf-8").write(json.load(open(os.path.join(HERE, f"src_{k}.json")))["excerpt"])
        body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
        if cut:
            body += f"\n<p>{CUT}</p>"
        page = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title, quote=False)}</title>\n'
                f"</head>\n<body>\n<!-- source: {url} -->\n{body}\n</body>\n</html>\n")
        open(os.path.join(HERE, "..", "docs", fn), "w", encoding="utf-8").write(page)
        print(fn, len(lines))
