# -*- coding: utf-8 -*-
"""Read back the text layer of the E PDF (our own simple structure): per page, a list of
(x, y, size, text) from `Tm <hex> Tj`; lines() groups by y and sorts by x."""
import re, zlib, sys

OBJ = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.S)
TJ = re.compile(r"/F1 ([\d.]+) Tf 1 0 0 1 ([\d.\-]+) ([\d.\-]+) Tm <([0-9A-F]+)> Tj")

def pages(path):
    data = open(path, "rb").read()
    objs = {int(m.group(1)): m.group(2) for m in OBJ.finditer(data)}
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", objs[2]).group(1))]
    out = []
    for k in kids:
        cid = int(re.search(rb"/Contents (\d+) 0 R", objs[k]).group(1))
        body = objs[cid]
        raw = body[body.index(b"stream\n") + 7: body.rindex(b"\nendstream")]
        ops = zlib.decompress(raw).decode("ascii")
        items = [(float(m.group(2)), float(m.group(3)), float(m.group(1)),
                  bytes.fromhex(m.group(4)).decode("utf-16-be")) for m in TJ.finditer(ops)]
        out.append(items)
    return out

def lines(items):
    rows = {}
    for x, y, s, t in items:
        rows.setdefault(round(y, 1), []).append((x, t))
    return [(y, [t for x, t in sorted(v)]) for y, v in sorted(rows.items(), key=lambda kv: -kv[0])]

def strings(path):
    return [t for pg in pages(path) for _, _, _, t in pg]

def fulltext(path):
    return "".join(t for pg in pages(path) for _, _, _, t in sorted(pg, key=lambda i: (-i[1], i[0])))

if __name__ == "__main__":
    for i, pg in enumerate(pages(sys.argv[1]), 1):
        print(f"=== page {i}")
        for y, ts in lines(pg):
            print(f"{y:6.1f} | " + " | ".join(ts))
