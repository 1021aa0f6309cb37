"""Plain text of a document as a reader would see it: tags removed, entities unescaped, one line per <p>/<tr>."""
import re, html, sys
def text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"</t[dh]>", " | ", s); s = re.sub(r"</(p|tr|title)>|<br[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return "\n".join(l.rstrip() for l in s.split("\n") if l.strip())
if __name__ == "__main__": print(text(sys.argv[1]))
