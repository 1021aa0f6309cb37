"""Wrap the stored excerpts of A-D (gen/src_*.txt, transcribed word for word from the `pages` search answers)
in <p> lines: every non-blank line, &,<,> escaped; <title> = the page's own heading; <!-- source -->."""
import html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [  # src, file, url, title, stored copy stops short?
    ("src_a.txt", "A-maiji-huaniu-zhen-2020-bmys.html", "http://www.maiji.gov.cn/info/3561/179031.htm",
     "【财政预算】天水市麦积区花牛镇政府2020年部门预算情况说明", True),
    ("src_b.txt", "B-jinzhong-zyy-2018-bmys.html", "http://czj.sxjz.gov.cn/zfczyjsgkzl/bmyjsjbmsgjfyjs/qtbm/szyy/content_242565",
     "晋中市中医院2018年度部门预算公开", True),
    ("src_c.txt", "C-jianghan-minyijie-2015-sangong-ys.html",
     "https://nucsns.com/www/qzfpcjg/qfzhggj_46371/fdzdgknr/sgjf/201802/t20180223_9924",
     "江汉区民意街2015年“三公”经费财政拨款预算情况补充说明", False),
    ("src_d.txt", "D-xinfeng-sjj-2023-bmjs.html", "http://jxxf.gov.cn/xfxrmzfyyh/c101943/202409/918a1a6a8cc84f0aadc2fc0796113940.shtml",
     "信丰县审计局2023年度部门决算", True),
]
def lines_of(src):
    return [l for l in open(os.path.join(HERE, src), encoding="utf-8").read().split("\n") if l.strip()]
if __name__ == "__main__":
    for src, fn, url, title, cut in SPEC:
        lines = lines_of(src)
        out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', f"<title>{html.escape(title, quote=False)}</title>",
               "</head>", "<body>", f"<!-- source: {url} -->"]
        out += [f"<p>{html.escape(l, quote=False)}</p>" for l in lines]
        if cut: out.append(f"<p>{CUT}</p>")
        out += ["</body>", "</html>", ""]
        open(os.path.join(DOCS, fn), "w", encoding="utf-8").write("\n".join(out))
        print(fn, len(lines))
