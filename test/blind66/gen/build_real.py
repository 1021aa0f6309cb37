"""Wrap the four stored excerpts (gen/src_*.txt, transcribed from the `pages` search answers) as minimal HTML pages,
one <p> per non-empty line, escaped; add <title>, <!-- source -->, and the cut-off line. Nothing else."""
import html, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CUT = "（存档副本至此中断，以下内容未保存。）"
DOCS = [  # letter, src, out file, source address, title (page's own heading), cut?
    ("A", "src_a.txt", "A-echeng-qu-2022-sangong-js.html",
     "https://www.echeng.gov.cn/ecqxxgk/xxgkml/czgk1/bmyjs/202312/t20231212_599416.html",
     "2022年一般公共预算“三公”经费决算执行情况说明", True),
    ("B", "src_b.txt", "B-zhushan-shangyong-czs-2023-dwjs.html",
     "http://www.zhushan.gov.cn/xxgkxi/fdzdgk/czzj/bmjxzjs/2023_114329/202409/t20240924_4603101.shtml",
     "竹山县上庸镇财政所2023年度单位决算", True),
    ("C", "src_c.txt", "C-linxiang-yizhong-2023-bmjs.html",
     "http://souzy.net/24733/24767/30552/30555/30608/30626/content_2238522.html",
     "2023年度 臨湘市第一中學(xué)部門(mén)決算", True),
    ("D", "src_d.txt", "D-yueyang-cgzx-2018-jxzp.html",
     "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html",
     "岳阳市城市管理监督指挥中心2018绩效评价自评报告及评分表(整体支出和数字城管信息采集服务费专项支出)", True),
]
def lines_of(src):
    return [l for l in open(os.path.join(HERE, src), encoding="utf-8").read().split("\n") if l.strip()]
if __name__ == "__main__":
    for L, src, out, url, title, cut in DOCS:
        lines = lines_of(src)
        body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
        if cut:
            body += f"\n<p>{CUT}</p>"
        page = (f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title, quote=False)}</title>\n"
                f"<!-- source: {url} -->\n</head>\n<body>\n{body}\n</body>\n</html>\n")
        open(os.path.join(ROOT, "docs", out), "w", encoding="utf-8").write(page)
        print(L, out, len(lines))
