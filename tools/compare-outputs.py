#!/usr/bin/env python3
"""Compares two report folders: CSV, JSON, YAML and text byte for byte, workbooks cell by cell.

Usage: tools/compare-outputs.py BEFORE AFTER
Hidden folders (the output folder's store of report sets) and chart images (PNG) are skipped: they are not part of the determinism promise. Exit 1 on any
difference, listing each one. Uses only the standard library.
"""
import sys, zipfile, re, os
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}

def cells(path):
    """{sheet name: {cell ref: (formula, value)}} with shared strings resolved."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = {}
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        target = rels[s.get("{%s}id" % NS["r"])].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        sheet = {}
        for c in ET.fromstring(z.read(target)).iter("{%s}c" % NS["m"]):
            f, v, t = c.find("m:f", NS), c.find("m:v", NS), c.get("t")
            val = v.text if v is not None else None
            if t == "s" and val is not None: val = shared[int(val)]
            if t == "inlineStr": val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
            if val is None and f is None: continue
            sheet[c.get("r")] = (f.text if f is not None else None, val)
        out[s.get("name")] = sheet
    return out

def files(root):
    for d, dirs, fs in os.walk(root):
        # hidden folders are the output folder's own store of report sets, not reports
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in fs:
            p = os.path.relpath(os.path.join(d, f), root)
            if not p.endswith(".png"): yield p

def main(a, b):
    diffs = []
    fa, fb = set(files(a)), set(files(b))
    for p in sorted(fa ^ fb): diffs.append("only in %s: %s" % (a if p in fa else b, p))
    for p in sorted(fa & fb):
        pa, pb = os.path.join(a, p), os.path.join(b, p)
        if p.endswith(".xlsx"):
            ca, cb = cells(pa), cells(pb)
            if list(ca) != list(cb): diffs.append("%s: sheets %s vs %s" % (p, list(ca), list(cb)))
            for name in ca:
                if name not in cb: continue
                for ref in sorted(set(ca[name]) | set(cb[name])):
                    if ca[name].get(ref) != cb[name].get(ref):
                        diffs.append("%s!%s!%s: %r vs %r" % (p, name, ref, ca[name].get(ref), cb[name].get(ref)))
        else:
            ta, tb = open(pa, "rb").read(), open(pb, "rb").read()
            # stdout names the output folder: compare with each run's own folder name removed
            if p.endswith((".stdout", ".stderr")):
                ta, tb = ta.replace(a.encode(), b"OUT"), tb.replace(b.encode(), b"OUT")
            if ta != tb: diffs.append("differs: " + p)
    for d in diffs[:200]: print(d)
    print("%d files compared, %d differences" % (len(fa & fb), len(diffs)))
    return 1 if diffs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")))
