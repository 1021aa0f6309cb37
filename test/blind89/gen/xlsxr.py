# -*- coding: utf-8 -*-
"""Tiny .xlsx reader for check.py: {sheet: {(row, col): value}} and merges."""
import zipfile, re
import xml.etree.ElementTree as ET
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

def colnum(s):
    n = 0
    for ch in s:
        n = n * 26 + ord(ch) - 64
    return n

def read(path):
    z = zipfile.ZipFile(path)
    sst = [si.find("m:t", NS).text or "" for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    tgt = {r.get("Id"): r.get("Target") for r in rels}
    out, merges, styles = {}, {}, {}
    for s in wb.find("m:sheets", NS):
        x = ET.fromstring(z.read("xl/" + tgt[s.get(RID)]))
        cells = {}
        for c in x.iter("{%s}c" % NS["m"]):
            m = re.match(r"([A-Z]+)(\d+)", c.get("r"))
            rc = (int(m.group(2)), colnum(m.group(1)))
            v = c.find("m:v", NS)
            styles[(s.get("name"),) + rc] = int(c.get("s", "0"))
            if v is None:
                continue
            cells[rc] = sst[int(v.text)] if c.get("t") == "s" else float(v.text)
        out[s.get("name")] = cells
        merges[s.get("name")] = [m.get("ref") for m in x.iter("{%s}mergeCell" % NS["m"])]
    return out, merges, styles
