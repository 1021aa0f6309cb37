"""Unzip a .docx and return its text: one line per paragraph; a table row as its cells joined by ' | '."""
import zipfile, re, html, sys
def docx_text(path):
    x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    out = []
    body = re.search(r"<w:body>(.*)</w:body>", x, re.S).group(1)
    for m in re.finditer(r"<w:tbl>.*?</w:tbl>|<w:p[ >].*?</w:p>|<w:p/>", body, re.S):
        chunk = m.group(0)
        if chunk.startswith("<w:tbl>"):
            for tr in re.findall(r"<w:tr>.*?</w:tr>", chunk, re.S):
                cells = ["".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", tc, re.S)) for tc in re.findall(r"<w:tc>.*?</w:tc>", tr, re.S)]
                out.append(" | ".join(html.unescape(c) for c in cells))
        else:
            t = "".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", chunk, re.S))
            if t: out.append(html.unescape(t))
    return "\n".join(out)
if __name__ == "__main__":
    print(docx_text(sys.argv[1]))
