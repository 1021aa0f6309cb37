#!/usr/bin/env python3
"""Minimal stdlib PDF writer: non-embedded STSong-Light (UniGB-UCS2-H) CID font with a ToUnicode CMap,
text runs and ruling lines, Flate-compressed page streams, portrait A4."""
import zlib

A4 = (595.28, 841.89)


def char_w(ch):
    o = ord(ch)
    return 0.5 if 0x20 <= o <= 0x7E else 1.0


def text_w(s, size):
    return sum(char_w(ch) for ch in s) * size


def _hex(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"


def _tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    rng = [f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256) if not 0xD8 <= h <= 0xDF]
    for i in range(0, len(rng), 100):
        chunk = rng[i:i + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines += chunk
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


class PDF:
    def __init__(self, title="", author=""):
        self.pages = []
        self.title, self.author = title, author
        self.W, self.H = A4

    def new_page(self):
        self.pages.append([])
        return len(self.pages)

    @property
    def cur(self):
        return self.pages[-1]

    def text(self, x, y, s, size=10.5):
        if not s:
            return
        self.cur.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {_hex(s)} Tj ET")

    def text_right(self, xr, y, s, size=10.5):
        self.text(xr - text_w(s, size), y, s, size)

    def text_center(self, xc, y, s, size=10.5):
        self.text(xc - text_w(s, size) / 2, y, s, size)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.cur.append(f"{w:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def rect(self, x, y, w, h, lw=0.5):
        self.cur.append(f"{lw:g} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

    def save(self, path):
        objs = {}
        n_fixed = 6
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[3] = b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>"
        objs[4] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R "
                   b"/DW 1000 /W [1 95 500 814 939 500] >>")
        objs[5] = (b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                   b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        tu = zlib.compress(_tounicode())
        objs[6] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream"
        kids = []
        nxt = n_fixed + 1
        for ops in self.pages:
            pid, cid = nxt, nxt + 1
            nxt += 2
            kids.append(pid)
            data = zlib.compress(("\n".join(ops)).encode("ascii"))
            objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {self.W:.2f} {self.H:.2f}] "
                         f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>").encode("ascii")
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode("ascii")
        info = nxt
        objs[info] = ("<< /Title " + _hex(self.title) + " /Author " + _hex(self.author) +
                      " /Producer (pdfw.py) >>").encode("ascii")
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for i in sorted(objs):
            offs[i] = len(out)
            out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
        xref = len(out)
        n = max(objs) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % n
        for i in range(1, n):
            out += b"%010d 00000 n \n" % offs[i]
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info, xref)
        with open(path, "wb") as fh:
            fh.write(out)
