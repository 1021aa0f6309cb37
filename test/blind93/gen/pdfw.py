# -*- coding: utf-8 -*-
"""Minimal PDF writer (stdlib only): A4 portrait pages, text in the predefined CJK font STSong-Light
(UniGB-UCS2-H, so every character is stored as its UCS-2 code) with a ToUnicode CMap, so the text layer
extracts as Unicode. Content streams are left uncompressed."""

PAGE_W, PAGE_H = 595.0, 842.0


def char_w(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def text_w(s, size):
    return sum(char_w(c) for c in s) * size


def hexstr(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=10.5, bold=False):
        if not s:
            return
        if bold:
            self.ops.append("BT 2 Tr 0.25 w /F1 %.2f Tf %.2f %.2f Td %s Tj ET 0 Tr" % (size, x, y, hexstr(s)))
        else:
            self.ops.append("BT /F1 %.2f Tf %.2f %.2f Td %s Tj ET" % (size, x, y, hexstr(s)))

    def text_center(self, cx, y, s, size=10.5, bold=False):
        self.text(cx - text_w(s, size) / 2, y, s, size, bold)

    def text_right(self, rx, y, s, size=10.5, bold=False):
        self.text(rx - text_w(s, size), y, s, size, bold)

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))


TOUNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def write_pdf(path, pages, title="", author=""):
    objs = []  # list of bytes, index+1 = object number

    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1"))
        return len(objs)

    def stream(data):
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    catalog = add("")  # placeholder 1
    pages_id = add("")  # placeholder 2
    tounicode = add(stream(TOUNICODE))
    # ASCII range (CIDs 1-95 in Adobe-GB1 are proportional Latin) given half width
    descendant = add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                     "/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
                     "/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> "
                     "/DW 1000 /W [1 95 500] >>")
    font = add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
               "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, tounicode))
    page_ids = []
    for p in pages:
        data = ("\n".join(p.ops)).encode("latin-1")
        c = add(stream(data))
        pid = add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, PAGE_W, PAGE_H, font, c))
        page_ids.append(pid)
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
    info = add("<< /Title %s /Author %s /Producer (pdfw) >>" % (hexstr("\ufeff"[0:0] + title).replace("<", "<FEFF", 1), hexstr(author).replace("<", "<FEFF", 1)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(out)


def extract_text(path):
    """Text layer of a PDF written by write_pdf: one string per Tj, pages separated by form feed."""
    import re
    data = open(path, "rb").read()
    pages_out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        body = m.group(1)
        if b" Tj" not in body:
            continue
        strs = [bytes.fromhex(h.decode()).decode("utf-16-be") for h in re.findall(rb"<([0-9A-F]+)> Tj", body)]
        pages_out.append("\n".join(strs))
    return "\f".join(pages_out)
