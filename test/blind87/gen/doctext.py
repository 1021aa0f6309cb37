#!/usr/bin/env python3
"""Plain text of a document: .html -> text of <p>/<title> lines; .docx -> paragraphs, and table rows as cells joined by ' | '."""
import re, sys, zipfile, html
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def _ptext(p):
    return "".join(t.text or "" for t in p.iter(NS + "t"))

def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for el in root.find(NS + "body"):
        if el.tag == NS + "p":
            out.append(_ptext(el))
        elif el.tag == NS + "tbl":
            for tr in el.iter(NS + "tr"):
                out.append(" | ".join(_ptext(tc) for tc in tr.findall(NS + "tc")))
    return "\n".join(out)

def docx_parts(path):
    """(prose, tables) text separately"""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    prose, tabs = [], []
    for el in root.find(NS + "body"):
        if el.tag == NS + "p":
            prose.append(_ptext(el))
        elif el.tag == NS + "tbl":
            for tr in el.iter(NS + "tr"):
                tabs.append(" | ".join(_ptext(tc) for tc in tr.findall(NS + "tc")))
    return "\n".join(prose), "\n".join(tabs)

def html_text(path):
    s = open(path, encoding="utf-8").read()
    lines = re.findall(r"<(?:p|title)>(.*?)</(?:p|title)>", s)
    return "\n".join(html.unescape(x) for x in lines)

def text(path):
    return docx_text(path) if path.endswith(".docx") else html_text(path)

if __name__ == "__main__":
    print(text(sys.argv[1]))
