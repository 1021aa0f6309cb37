# -*- coding: utf-8 -*-
"""Minimal stdlib PDF writer: A4 portrait, non-embedded STSong-Light (UniGB-UCS2-H) with a ToUnicode CMap,
uncompressed content streams, so the text layer can be extracted (pdftotext or extract_text below)."""
import re

W, H = 595.0, 842.0


def char_w(ch):
    return 0.5 if ord(ch) < 0x80 else 1.0


def text_w(s, size):
    return sum(char_w(c) for c in s) * size


def hexs(s):
    return "<" + "".join("%04X" % ord(c) for c in s) + ">"


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=11):
        if s:
            self.ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {hexs(s)} Tj ET")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(f"{w} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def stream(self):
        return "\n".join(self.ops).encode("latin-1")


class Doc:
    def __init__(self, title=""):
        self.pages = []
        self.title = title
        self.chars = set()

    def new_page(self):
        p = Page()
        self.pages.append(p)
        return p

    def save(self, path):
        for p in self.pages:
            for op in p.ops:
                for m in re.finditer(r"<([0-9A-F]+)>", op):
                    h = m.group(1)
                    for i in range(0, len(h), 4):
                        self.chars.add(int(h[i:i + 4], 16))
        objs = []  # index i -> object number i+1

        def add(b):
            objs.append(b)
            return len(objs)

        cat = add(None)
        pages = add(None)
        # font
        ascii_w = " ".join(["500"] * 95)
        cidfont = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                       f"/FontDescriptor {len(objs) + 2} 0 R /DW 1000 /W [1 [{ascii_w}]] >>").encode())
        desc = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                   b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        assert desc == cidfont + 1
        cs = sorted(self.chars)
        body = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(cs), 100):
            chunk = cs[i:i + 100]
            body.append(f"{len(chunk)} beginbfchar")
            body += ["<%04X> <%04X>" % (c, c) for c in chunk]
            body.append("endbfchar")
        body += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        cmap = "\n".join(body).encode()
        tou = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
        font = add(("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
                    f"/DescendantFonts [{cidfont} 0 R] /ToUnicode {tou} 0 R >>").encode())
        kids = []
        for p in self.pages:
            st = p.stream()
            c = add(b"<< /Length %d >>\nstream\n" % len(st) + st + b"\nendstream")
            pg = add((f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {W:.0f} {H:.0f}] "
                      f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R >>").encode())
            kids.append(pg)
        objs[cat - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
        objs[pages - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
        info = add(f"<< /Title {hexs(chr(0xFEFF) + self.title)} /Producer (pdfw.py) >>".encode())
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
        for o in offs:
            out += f"{o:010d} 00000 n \n".encode()
        out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
        with open(path, "wb") as f:
            f.write(out)


def extract_text(path):
    """Own extraction: every content stream's Tj strings, one text object per item, grouped into lines by y."""
    data = open(path, "rb").read()
    pages = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        s = m.group(1)
        if b" Tj" not in s:
            continue
        items = []
        for t in re.finditer(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm <([0-9A-F]*)> Tj", s):
            x, y, h = float(t.group(1)), float(t.group(2)), t.group(3).decode()
            items.append((-y, x, "".join(chr(int(h[i:i + 4], 16)) for i in range(0, len(h), 4))))
        items.sort()
        lines, cur, cy = [], [], None
        for ny, x, txt in items:
            if cy is not None and abs(ny - cy) > 2:
                lines.append(" ".join(t for _, t in sorted(cur)))
                cur = []
            cy = ny
            cur.append((x, txt))
        if cur:
            lines.append(" ".join(t for _, t in sorted(cur)))
        pages.append("\n".join(lines))
    return "\f".join(pages)
