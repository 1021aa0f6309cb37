#!/usr/bin/env python3
"""A tiny PDF writer (stdlib only): pages of text objects and ruling lines.
Font: Type0 /STSong-Light with /UniGB-UCS2-H (codes are UCS-2, so the text layer is Unicode) plus an
identity /ToUnicode CMap so text extraction does not depend on CMap resources."""


def hex16(s):
    out = []
    for ch in s:
        cp = ord(ch)
        assert cp <= 0xFFFF, ch
        out.append(f"{cp:04X}")
    return "<" + "".join(out) + ">"


def text_width(s, size):
    """advance width in points: ASCII half width, everything else full width"""
    return sum(0.5 if ord(c) < 0x7F else 1.0 for c in s) * size


def tounicode_cmap():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    hi = [h for h in range(256) if not 0xD8 <= h <= 0xDF]
    for i in range(0, len(hi), 100):
        chunk = hi[i:i + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        for h in chunk:
            lines.append(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>")
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []

    def text(self, x, y, s, size=10.5):
        """one text object per call (BT .. ET); (x, y) = baseline start, origin bottom-left"""
        if not s:
            return
        self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {hex16(s)} Tj ET")

    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append(f"{lw:g} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append(f"{lw:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")


def pdf_text_string(s):
    return "<FEFF" + hex16(s)[1:-1] + ">"


def write_pdf(path, pages, title="", creator=""):
    objs = []   # index 0 -> obj 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    tu = tounicode_cmap()
    tu_id = add(b"<< /Length %d >>\nstream\n" % len(tu) + tu + b"\nendstream")
    desc_id = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                  b"/FontDescriptor " + str(0).encode() + b" 0 R /DW 1000 /W [1 95 500] >>")
    fd_id = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    objs[desc_id - 1] = objs[desc_id - 1].replace(b"/FontDescriptor 0 0 R", b"/FontDescriptor %d 0 R" % fd_id)
    font_id = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                  b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (desc_id, tu_id))
    kids = []
    for p in pages:
        data = ("\n".join(p.ops)).encode("ascii")
        c_id = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
                 b"/Contents %d 0 R >>" % (pages_id, p.w, p.h, font_id, c_id))
        kids.append(pg)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
                          b"] /Count %d >>" % len(kids))
    info = add(("<< /Title %s /Creator %s >>" % (pdf_text_string(title), pdf_text_string(creator))).encode("ascii"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(out)


def extract(path):
    """Read back our own PDF: for each page (MediaBox w, h), the list of text-object strings in stream order."""
    import re
    data = open(path, "rb").read()
    objs = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S)}
    catalog = re.search(rb"/Root (\d+) 0 R", data).group(1)
    pages_obj = objs[int(re.search(rb"/Pages (\d+) 0 R", objs[int(catalog)]).group(1))]
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", pages_obj).group(1))]
    out = []
    for k in kids:
        pg = objs[k]
        w, h = map(int, re.search(rb"/MediaBox \[0 0 (\d+) (\d+)\]", pg).groups())
        c = objs[int(re.search(rb"/Contents (\d+) 0 R", pg).group(1))]
        stream = re.search(rb"stream\n(.*)\nendstream", c, re.S).group(1)
        strings = []
        for m in re.finditer(rb"Tm <([0-9A-F]+)> Tj", stream):
            hx = m.group(1).decode()
            strings.append("".join(chr(int(hx[i:i + 4], 16)) for i in range(0, len(hx), 4)))
        out.append((w, h, strings))
    return out


def extract_pos(path):
    """like extract, but (x, y, text) for every text object"""
    import re
    res = []
    for w, h, _ in extract(path):
        res.append([w, h, []])
    data = open(path, "rb").read()
    streams = re.findall(rb"stream\n(.*?)\nendstream", data, re.S)
    pages = [s for s in streams if b" Tj ET" in s]
    assert len(pages) == len(res)
    for r, st in zip(res, pages):
        for m in re.finditer(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm <([0-9A-F]+)> Tj", st):
            hx = m.group(3).decode()
            r[2].append((float(m.group(1)), float(m.group(2)),
                         "".join(chr(int(hx[i:i + 4], 16)) for i in range(0, len(hx), 4))))
    return res
