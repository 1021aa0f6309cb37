"""Wrap the four stored excerpts (src_*.json, JSON string literals copied from the `pages` answers) as minimal HTML pages."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = {
    "a": ("A-shangyou-szyjs-2024-bmys.html", "http://www.sydw.gov.cn/n530865/c44210507/content.html", None, True),
    "b": ("B-fengqing-czj-2022-yszx.html", "http://m.ilynn.cn/document_detail/114085.html", 1, True),
    "c": ("C-xundian-zx-2022-sgjs.html", "http://www.kmxd.gov.cn/c/2023-08-11/6680677.shtml", 0, True),
    "d": ("D-hengshan-swlsj-2020-zxzp.html", "https://taowenge.com/p-72820237.html", 0, True),
}
def lines_of(x):
    t = json.load(open(os.path.join(HERE, f"src_{x}.json"), encoding="utf-8"))
    open(os.path.join(HERE, f"src_{x}.txt"), "w", encoding="utf-8").write(t)
    return [l for l in t.split("\n") if l.strip()]
if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for x, (fn, url, title_line, cut) in SPEC.items():
        ls = lines_of(x)
        title = ls[title_line] if title_line is not None else url
        body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in ls)
        if cut:
            body += f"\n<p>{CUT}</p>"
        page = (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title, quote=False)}</title>\n"
                f"</head>\n<body>\n<!-- source: {url} -->\n{body}\n</body>\n</html>\n")
        open(os.path.join(DOCS, fn), "w", encoding="utf-8").write(page)
        print(fn, len(ls), "lines; title:", title[:40])
