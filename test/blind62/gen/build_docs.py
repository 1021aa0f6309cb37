"""Wrap the stored excerpts (src_*.json) as minimal HTML pages in docs/."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"
DOCS = {  # letter: (file, title, truncated)
    "a": ("A-qinbei-nameng-2023-bmys.html", "钦北区那蒙镇人民政府2023年部门预算及 “三公”经费预算编制说明", True),
    "b": ("B-jimei-guankou-wsy-2024-js.html", "2024年度厦门市集美区灌口镇中心卫生院决算公开", True),
    "c": ("C-hainan-jtt-2022-sgys.html", "海南省交通运输部门2022年“三公”经费预算情况说明", False),
    "d": ("D-minhou-2020-jsbg.html", "关于2020年县本级财政决算的报告", True),
}
def lines_of(letter):
    d = json.load(open(os.path.join(HERE, f"src_{letter}.json"), encoding="utf-8"))
    return d["url"], [l for l in d["excerpt"].split("\n") if l.strip()]
if __name__ == "__main__":
    for k, (fn, title, cut) in DOCS.items():
        url, lines = lines_of(k)
        open(os.path.join(HERE, f"src_{k}.txt"), "w", encoding="utf-8").write(json.load(open(os.path.join(HERE, f"src_{k}.json"), encoding="utf-8"))["excerpt"])
        body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
        if cut:
            body += f"\n<p>{CUT}</p>"
        page = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title, quote=False)}</title>\n'
                f"</head>\n<body>\n<!-- source: {url} -->\n{body}\n</body>\n</html>\n")
        open(os.path.join(HERE, "..", "docs", fn), "w", encoding="utf-8").write(page)
        print(fn, len(lines))
