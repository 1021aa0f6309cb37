"""Wrap the stored excerpts of A-D word for word in <p> lines (lines with visible text; &,<,> escaped)."""
import json, html, os
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(os.path.dirname(HERE), "docs")
CUT = "（存档副本至此中断，以下内容未保存。）"
SPEC = [("src_a.json", "A-tianshui-sclcjzx-2020-bmjs.html"), ("src_b.json", "B-wushenqi-czj-2024-yszx.html"),
        ("src_c.json", "C-tianshui-kx-2023-bmjs.html"), ("src_d.json", "D-lanzhouxinqu-gaj-2020-bmjs.html")]
def lines_of(ex): return [l for l in ex.split("\n") if l.strip()]
if __name__ == "__main__":
    for src, fn in SPEC:
        d = json.load(open(os.path.join(HERE, src), encoding="utf-8"))
        t = d["title"] or d["url"]
        out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', f"<title>{html.escape(t, quote=False)}</title>",
               "</head>", "<body>", f"<!-- source: {d['url']} -->"]
        out += [f"<p>{html.escape(l, quote=False)}</p>" for l in lines_of(d["excerpt"])]
        out.append(f"<p>{CUT}</p>")  # every stored copy stops mid-sentence or mid-word
        out += ["</body>", "</html>", ""]
        open(os.path.join(DOCS, fn), "w", encoding="utf-8").write("\n".join(out))
        print(fn, len(lines_of(d["excerpt"])))
