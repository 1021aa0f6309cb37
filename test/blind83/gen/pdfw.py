# -*- coding: utf-8 -*-
"""A small PDF writer (stdlib only): text-only pages, non-embedded CJK font STSong-Light with
UniGB-UCS2-H encoding and a ToUnicode CMap, Flate-compressed content streams, no graphics at all."""
import zlib

PORTRAIT = (595.28, 841.89)
LANDSCAPE = (841.89, 595.28)

def char_w(ch, size):
    return (0.5 if ord(ch) < 128 else 1.0) * size

def text_w(s, size):
    return sum(char_w(c, size) for c in s)

def hexstr(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"

class Page:
    def __init__(self, size):
        self.size = size
        self.ops = []
    def text(self, x, y, s, size=9, align="left"):
        if not s:
            return
        w = text_w(s, size)
        if align == "right":
            x = x - w
        elif align == "center":
            x = x - w / 2
        self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {hexstr(s)} Tj ET")

def tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    hi = [h for h in range(256) if not (0xD8 <= h <= 0xDF)]
    for i in range(0, len(hi), 100):
        chunk = hi[i:i + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        for h in chunk:
            lines.append(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>")
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")

def write_pdf(path, pages, title, author):
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>")
    objs[4] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               b"/FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>")
    objs[5] = (b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
               b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    tu = zlib.compress(tounicode())
    objs[6] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream"
    objs[7] = ("<< /Title <FEFF" + title.encode("utf-16-be").hex().upper() + ">" +
               " /Author <FEFF" + author.encode("utf-16-be").hex().upper() + "> /Producer (pdfw.py) >>").encode("ascii")
    kids = []
    n = 8
    for p in pages:
        pid, cid = n, n + 1
        n += 2
        kids.append(pid)
        data = zlib.compress("\n".join(p.ops).encode("ascii"))
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        w, h = p.size
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>").encode("ascii")
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) +
               f"] /Count {len(kids)} >>").encode("ascii")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    maxn = max(objs)
    out += b"xref\n0 %d\n" % (maxn + 1)
    out += b"0000000000 65535 f \n"
    for i in range(1, maxn + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxn + 1, xref)
    with open(path, "wb") as f:
        f.write(out)
