#!/usr/bin/env python3
"""Read back the text layer of a PDF written by pdfw.py: pages -> lines (runs grouped by y, sorted by x).
Also counts line-drawing operators. Usage: pdftext.py FILE"""
import re, sys, zlib

RUN = re.compile(rb"BT /F1 ([\d.]+) Tf 1 0 0 1 ([\d.\-]+) ([\d.\-]+) Tm <([0-9A-F]*)> Tj ET")


def streams(data):
    pages = []
    for m in re.finditer(rb"/Contents (\d+) 0 R", data):
        oid = int(m.group(1))
        om = re.search(rb"\n%d 0 obj\n<< /Length (\d+) /Filter /FlateDecode >>\nstream\n" % oid, data)
        n = int(om.group(1))
        pages.append(zlib.decompress(data[om.end():om.end() + n]))
    return pages


def page_lines(raw):
    runs = []
    for m in RUN.finditer(raw):
        size, x, y, hx = float(m.group(1)), float(m.group(2)), float(m.group(3)), m.group(4).decode()
        runs.append((round(y, 1), x, size, bytes.fromhex(hx).decode("utf-16-be")))
    rows = {}
    for y, x, size, s in runs:
        key = next((k for k in rows if abs(k - y) < 2.5), y)
        rows.setdefault(key, []).append((x, size, s))
    out = []
    for y in sorted(rows, reverse=True):
        parts = sorted(rows[y])
        line, end = "", None
        for x, size, s in parts:
            if end is not None and x - end > size * 0.4:
                line += " "
            line += s
            end = x + sum(0.5 if 0x20 <= ord(ch) <= 0x7E else 1.0 for ch in s) * size
        out.append(line)
    return out


def lines_drawn(raw):
    return len(re.findall(rb" l S", raw)) + len(re.findall(rb" re S", raw))


def read(path):
    data = open(path, "rb").read()
    return [page_lines(r) for r in streams(data)], [lines_drawn(r) for r in streams(data)]


if __name__ == "__main__":
    pages, rules = read(sys.argv[1])
    for i, (ls, r) in enumerate(zip(pages, rules), 1):
        print(f"==== page {i} ({r} rules)")
        for l in ls:
            print(l)
