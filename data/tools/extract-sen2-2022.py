#!/usr/bin/env python3
"""Extracts what sendplan reads from the DfE SEN2 2022 release (long layout) into the bundled,
gzipped copies under data/src/main/resources/org/sendplan/data/dfe-sen2-2022/.

Keeps local-authority rows only, the identifying columns and the combined count (statements and
EHC plans: Total_all / Total_new_all); drops zero rows other than totals (an absent row reads as
zero, as in the published files). Column names are the publisher's, so the reader reads the
full published files the same way.

    python3 data/tools/extract-sen2-2022.py ../shared/data/dfe-sen2-2022
"""
import csv, gzip, io, os, sys

SRC = sys.argv[1]
DST = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'org', 'sendplan', 'data', 'dfe-sen2-2022')
ID = ['time_period', 'geographic_level', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name']
FILES = {
    'sen2_age_caseload.csv': (['characteristic_age'], 'Total_all'),
    'sen2_estab_caseload.csv': (['establishment_group', 'establishment_type'], 'Total_all'),
    'sen2_age_new_plans.csv': (['characteristic_age'], 'Total_new_all'),
    'sen2_estab_new_plans.csv': (['establishment_group', 'establishment_type'], 'Total_new_all'),
}
os.makedirs(DST, exist_ok=True)
for name, (keys, measure) in FILES.items():
    cols = ID + keys + [measure]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(cols)
    with open(os.path.join(SRC, name), encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            if r['geographic_level'] != 'Local authority':
                continue
            total = all(r[k] == 'Total' for k in keys[-1:])
            if not total and r[measure] in ('0', ''):
                continue
            w.writerow([r[c] for c in cols])
    # fixed mtime: the same input gives the same bytes
    with open(os.path.join(DST, name + '.gz'), 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode('utf-8'))
