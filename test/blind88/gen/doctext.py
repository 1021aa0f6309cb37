#!/usr/bin/env python3
"""Read the text of the five documents: <p> lines of the HTML pages, and the text layer of the PDF (decoded from
its content streams: hex strings in UTF-16BE under a UniGB-UCS2-H font)."""
import html, os, re, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def html_lines(path):
    s = open(path, encoding="utf-8").read()
    return [html.unescape(m) for m in re.findall(r"<p>(.*?)</p>", s)]


def pdf_pages(path):
    b = open(path, "rb").read()
    objs = dict((int(n), body) for n, body in re.findall(rb"(\d+) 0 obj\n(.*?)\nendobj", b, re.S))
    kids = re.search(rb"/Kids \[(.*?)\]", objs[2]).group(1)
    pages = []
    for k in re.findall(rb"(\d+) 0 R", kids):
        c = int(re.search(rb"/Contents (\d+) 0 R", objs[int(k)]).group(1))
        raw = re.search(rb"stream\n(.*)\nendstream", objs[c], re.S).group(1)
        data = zlib.decompress(raw).decode("latin-1")
        pages.append([bytes.fromhex(h).decode("utf-16-be") for h in re.findall(r"<([0-9A-F]+)> Tj", data)])
    return pages


def doc_text(name):
    p = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        return "\n".join(l for pg in pdf_pages(p) for l in pg)
    return "\n".join(html_lines(p))


def all_docs():
    return {n: doc_text(n) for n in sorted(os.listdir(DOCS))}
