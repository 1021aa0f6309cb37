#!/usr/bin/env python3
"""Minimal PDF writer (stdlib only): A4 pages, text in STSong-Light / UniGB-UCS2-H (no embedded font),
a ToUnicode CMap so the text layer extracts as Unicode, ruled lines. Content streams are uncompressed."""

A4 = (595, 842)

def hexs(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"

def text_width(s, size):
    return sum((0.5 if ord(c) < 128 else 1.0) * size for c in s)

def _tounicode():
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
    return "\n".join(lines)

class Page:
    def __init__(self):
        self.ops = []
    def text(self, x, y, s, size=10):
        if not s:
            return
        self.ops.append(f"BT /F1 {size:.2f} Tf {x:.2f} {y:.2f} Td {hexs(s)} Tj ET")
    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(f"{w:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")
    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append(f"{lw:.2f} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

def write_pdf(path, pages, title="", author=""):
    objs = []
    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1"))
        return len(objs)
    cat = add("")  # placeholder 1
    pages_id = add("")  # placeholder 2
    fd = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
             "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
              f"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor {fd} 0 R "
              f"/DW 1000 /W [1 95 500 814 939 500] >>")
    tu = _tounicode().encode("latin-1")
    tuid = add(b"<< /Length %d >>\nstream\n" % len(tu) + tu + b"\nendstream")
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] /ToUnicode {tuid} 0 R >>")
    kids = []
    for p in pages:
        data = "\n".join(p.ops).encode("latin-1")
        cs = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        pid = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
                  f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {cs} 0 R >>")
        kids.append(pid)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode("latin-1")
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode("latin-1")
    info = add(f"<< /Title {hexs(title)} /Author {hexs(author)} /Producer (pdfw.py) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(out)

def extract_text(path):
    """Reads back the text layer of a PDF written by write_pdf: one string per Tj, in drawing order,
    grouped into lines by equal y. Returns list of lines (cells joined by ' ')."""
    import re
    raw = open(path, "rb").read().decode("latin-1")
    lines = []
    for m in re.finditer(r"stream\n(.*?)\nendstream", raw, re.S):
        body = m.group(1)
        if "BT" not in body:
            continue
        cur_y, cur = None, []
        for t in re.finditer(r"BT /F1 [\d.]+ Tf ([\d.]+) ([\d.]+) Td <([0-9A-F]*)> Tj ET", body):
            y = t.group(2)
            s = bytes.fromhex(t.group(3)).decode("utf-16-be")
            if cur_y is not None and y != cur_y:
                lines.append(" ".join(cur)); cur = []
            cur_y = y; cur.append(s)
        if cur:
            lines.append(" ".join(cur))
    return lines
