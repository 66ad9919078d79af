#!/usr/bin/env python3
"""Extracts what sendplan reads from the DfE SEN2 2025 release's requests.csv into the bundled,
gzipped copy data/src/main/resources/org/sendplan/data/dfe-sen2-2025/requests.csv.gz.

Keeps the header and the rows of the breakdown topic "All requests for EHC needs assessments"
(every geographic level, every column), byte for byte as published (byte-order mark and CRLF line
ends included); drops the age, sex and ethnicity breakdowns, which sendplan does not read. The
reader reads the full published file the same way (it uses that topic only).

    python3 data/tools/extract-requests-2025.py ../shared/data/dfe-sen2-2025
"""
import gzip, os, sys

SRC = os.path.join(sys.argv[1], 'requests.csv')
DST = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'org', 'sendplan', 'data',
                   'dfe-sen2-2025', 'requests.csv.gz')
TOPIC = b',All requests for EHC needs assessments,All requests for EHC needs assessments,'

with open(SRC, 'rb') as f:
    lines = f.read().split(b'\n')
kept = [lines[0]] + [l for l in lines[1:] if TOPIC in l]
if lines[-1] == b'':
    kept.append(b'')
out = b'\n'.join(kept)
with open(DST, 'wb') as raw:
    # mtime 0 and no file name: the same input gives the same bytes
    with gzip.GzipFile(filename='', mode='wb', fileobj=raw, compresslevel=9, mtime=0) as g:
        g.write(out)
print(DST, len(kept) - 2 if lines[-1] == b'' else len(kept) - 1, 'rows')
