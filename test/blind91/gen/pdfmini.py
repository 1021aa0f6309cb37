#!/usr/bin/env python3
"""A small PDF writer (stdlib only) for CJK text with a real text layer: non-embedded Adobe-GB1 font STSong-Light
(UniGB-UCS2-H, so each character is written as its UTF-16BE code) plus a ToUnicode map, ruled tables drawn with
line operators, Flate-compressed content streams, Info dict as WPS writes it."""
import re, zlib

PORTRAIT = (595.32, 841.92)
LANDSCAPE = (841.92, 595.32)


def cw(ch):
    """advance width in em of one character (ASCII proportional ≈ half width)."""
    return 0.5 if ord(ch) < 128 else 1.0


def tw(s, size):
    return sum(cw(c) for c in s) * size


def hexs(s):
    return s.encode("utf-16-be").hex().upper()


class Page:
    def __init__(self, size=PORTRAIT):
        self.w, self.h = size
        self.ops = []
        self.lines = []  # the text layer, in emission order (one entry per text run)

    def text(self, x, y, s, size=10.5):
        if not s:
            return
        self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexs(s)}> Tj ET")
        self.lines.append(s)

    def text_r(self, xr, y, s, size):
        self.text(xr - tw(s, size), y, s, size)

    def text_c(self, xc, y, s, size):
        self.text(xc - tw(s, size) / 2, y, s, size)

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append(f"{lw:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append(f"{lw:g} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

    def content(self):
        return ("q 0 0 0 RG 0 0 0 rg\n" + "\n".join(self.ops) + "\nQ\n").encode("latin-1")


def wrap(s, width, size):
    """Break s into lines no wider than width; a run of digits/.,%/ASCII letters is never split."""
    toks = re.findall(r"[0-9A-Za-z.,%\-]+(?:万元|元|人次|人|批次|辆|平方米|分)?|.", s)
    out, cur, curw = [], "", 0.0
    for t in toks:
        w = tw(t, size)
        if cur and curw + w > width:
            # keep closing punctuation on the line it closes (WPS does the same)
            if t in "，。；：、）”" and curw + w <= width + size:
                cur += t
                out.append(cur)
                cur, curw = "", 0.0
                continue
            out.append(cur)
            cur, curw = "", 0.0
        cur += t
        curw += w
    if cur:
        out.append(cur)
    return out


def tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
             "endcodespacerange"]
    hi = [h for h in range(256) if not 0xD8 <= h <= 0xDF]
    for i in range(0, len(hi), 100):
        chunk = hi[i:i + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        for h in chunk:
            lines.append(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>")
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("latin-1")


def pdfstr(s):
    """text string for the Info dict: UTF-16BE with BOM, as hex."""
    return "<FEFF" + hexs(s) + ">"


def write(path, pages, title, author, created="D:20250912103015+08'00'"):
    objs = {}

    def stream(d, data):
        comp = zlib.compress(data)
        return f"<< {d} /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + comp + b"\nendstream"

    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"
    objs[4] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) "
               b"/Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>")
    objs[5] = stream("", tounicode())
    objs[6] = (b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
               b"/Ascent 880 /Descent -120 /CapHeight 626 /StemV 93 >>")
    info = (f"<< /Title {pdfstr(title)} /Author {pdfstr(author)} /Creator {pdfstr('WPS 文字')} /Producer {pdfstr('WPS 文字')} "
            f"/CreationDate ({created}) /ModDate ({created}) /SourceModified ({created}) >>").encode("latin-1")
    objs[7] = info
    kids = []
    n = 8
    for p in pages:
        pid, cid = n, n + 1
        n += 2
        kids.append(pid)
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {p.w:g} {p.h:g}] /Resources << /Font << /F1 3 0 R >> "
                     f"/ProcSet [/PDF /Text] >> /Contents {cid} 0 R >>").encode("latin-1")
        objs[cid] = stream("", p.content())
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode("latin-1")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += f"{i} 0 obj\n".encode("latin-1") + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode("latin-1")
    for i in range(1, n):
        out += f"{offs[i]:010d} 00000 n \n".encode("latin-1")
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    with open(path, "wb") as f:
        f.write(bytes(out))


def read_text(path):
    """Decode the text layer back: list of pages, each a list of text runs (our own writer's form only)."""
    data = open(path, "rb").read()
    pages = []
    # content streams are the objects referenced by /Contents, in page order
    page_objs = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\].*?/Contents (\d+) 0 R", data)
    for w, h, cid in page_objs:
        m = re.search(rb"\n" + cid + rb" 0 obj\n<<\s*/Length (\d+) /Filter /FlateDecode >>\nstream\n", data)
        start = m.end()
        raw = zlib.decompress(data[start:start + int(m.group(1))]).decode("latin-1")
        runs = [bytes.fromhex(hx).decode("utf-16-be") for hx in re.findall(r"<([0-9A-F]+)> Tj", raw)]
        pages.append(dict(w=float(w), h=float(h), runs=runs))
    return pages
