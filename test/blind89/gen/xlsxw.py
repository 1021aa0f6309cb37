# -*- coding: utf-8 -*-
"""Minimal .xlsx writer (stdlib only): shared strings, numeric cells, merged cells, column widths, styles."""
import zipfile
from xml.sax.saxutils import escape

def col(n):  # 1-based -> letters
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def ref(r, c):
    return "%s%d" % (col(c), r)

# style ids (cellXfs order below)
S_DEF, S_TXT, S_NUM, S_TITLE, S_HEAD, S_PCT, S_PROSE, S_PROSEB, S_CODE, S_INT = range(10)

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""

class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.merges = []
        self.widths = {}

    def set(self, r, c, v, s=None):
        if s is None:
            s = S_NUM if isinstance(v, (int, float)) and not isinstance(v, bool) else S_TXT
        self.cells[(r, c)] = (v, s)

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

class Book:
    def __init__(self, title=""):
        self.sheets = []
        self.title = title

    def add(self, name):
        sh = Sheet(name)
        self.sheets.append(sh)
        return sh

    def save(self, path):
        sst, idx = [], {}
        def si(s):
            if s not in idx:
                idx[s] = len(sst); sst.append(s)
            return idx[s]
        sheet_xml = []
        for sh in self.sheets:
            rows = {}
            for (r, c), (v, s) in sh.cells.items():
                rows.setdefault(r, []).append((c, v, s))
            out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
            if sh.widths:
                out.append("<cols>")
                for c in sorted(sh.widths):
                    out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (c, c, sh.widths[c]))
                out.append("</cols>")
            out.append("<sheetData>")
            for r in sorted(rows):
                out.append('<row r="%d">' % r)
                for c, v, s in sorted(rows[r], key=lambda x: x[0]):
                    if v is None or v == "":
                        out.append('<c r="%s" s="%d"/>' % (ref(r, c), s))
                    elif isinstance(v, str):
                        out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref(r, c), s, si(v)))
                    else:
                        out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref(r, c), s, repr(float(v)) if isinstance(v, float) else v))
                out.append("</row>")
            out.append("</sheetData>")
            if sh.merges:
                out.append('<mergeCells count="%d">' % len(sh.merges))
                for r1, c1, r2, c2 in sh.merges:
                    out.append('<mergeCell ref="%s:%s"/>' % (ref(r1, c1), ref(r2, c2)))
                out.append("</mergeCells>")
            out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
            out.append("</worksheet>")
            sheet_xml.append("".join(out))
        n = len(self.sheets)
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        for i in range(n):
            ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
        ct.append("</Types>")
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>沄溪县疾病预防控制中心</dc:creator>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-10T08:00:00Z</dcterms:created>'
                '</cp:coreProperties>') % escape(self.title)
        wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
        for i, sh in enumerate(self.sheets):
            wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(sh.name), i + 1, i + 1))
        wb.append("</sheets></workbook>")
        wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
        for i in range(n):
            wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2))
        wbrels.append("</Relationships>")
        sstx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(sst), len(sst))]
        for s in sst:
            sstx.append('<si><t xml:space="preserve">%s</t></si>' % escape(s))
        sstx.append("</sst>")
        def w(z, name, data):
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        with zipfile.ZipFile(path, "w") as z:
            w(z, "[Content_Types].xml", "".join(ct))
            w(z, "_rels/.rels", rels)
            w(z, "docProps/core.xml", core)
            w(z, "xl/workbook.xml", "".join(wb))
            w(z, "xl/_rels/workbook.xml.rels", "".join(wbrels))
            w(z, "xl/styles.xml", STYLES)
            w(z, "xl/sharedStrings.xml", "".join(sstx))
            for i, x in enumerate(sheet_xml):
                w(z, "xl/worksheets/sheet%d.xml" % (i + 1), x)
