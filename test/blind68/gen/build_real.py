"""Wrap the four stored excerpts (gen/src_*.txt, hand-transcribed from the `pages` search answers) as minimal HTML pages,
one <p> per line that has any non-space character (whitespace-only lines of the stored copy are not wrapped)."""
import html, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "（存档副本至此中断，以下内容未保存。）"
SRC = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))
for d in SRC:
    text = open(os.path.join(HERE, d["src"]), encoding="utf-8").read().rstrip("\n")
    lines = [l for l in text.split("\n") if l.strip()]
    title = d["title"]
    body = "\n".join(f"<p>{html.escape(l, quote=False)}</p>" for l in lines)
    if d["cut"]:
        body += f"\n<p>{CUT}</p>"
    page = (f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{html.escape(title, quote=False)}</title>\n"
            f"<!-- source: {d['url']} -->\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    open(os.path.join(HERE, "..", "docs", d["out"]), "w", encoding="utf-8").write(page)
    print(d["out"], len(lines), title)
