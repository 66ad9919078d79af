#!/usr/bin/env python3
"""Checks the benchmarks' neighbour rule with and without plans per 1,000 pupils, from the raw
published files (docs/method.md, "Nearest neighbours", quotes what this prints).

For every authority with all the measures at January 2025, the 10 nearest on the standardised
Euclidean distance (measures z-scored with the sample SD, as model/benchmark/Neighbours does), on
special school share, 5-year growth and log plans ("before"), and with plans per 1,000 pupils at the
January 2023 school census added ("after"); then, for figures the rule does not use, how far apart an
authority and its neighbours are on average, against a random authority; then how many neighbours
stay if each authority's pupils are carried on to 2025 by its own 2021-2023 change.

    python3 data/tools/neighbour-rule-check.py ../shared/data
"""
import collections, copy, csv, math, os, statistics, sys

D = sys.argv[1]


def rows(path):
    with open(os.path.join(D, path), encoding='utf-8-sig', newline='') as f:
        yield from csv.DictReader(f)


def num(s):
    try:
        return float(s)
    except ValueError:
        return float('nan')


C = collections.defaultdict(dict)
for x in rows('dfe-sen2-2025/caseload.csv'):
    if x['geographic_level'] == 'Local authority' and x['breakdown_topic'] == 'All EHC plans':
        C[x['old_la_code']][x['time_period']] = x
NP = {x['old_la_code']: num(x['new_ehc_plans']) for x in rows('dfe-sen2-2025/newplans.csv')
      if x['geographic_level'] == 'Local authority' and x['breakdown_topic'] == 'New EHC plans' and x['time_period'] == '2024'}
R = {x['old_la_code']: x for x in rows('dfe-sen2-2025/requests.csv')
     if x['geographic_level'] == 'Local authority' and x['breakdown_topic'].startswith('All requests') and x['time_period'] == '2024'}
P = collections.defaultdict(lambda: collections.defaultdict(float))
for x in rows('dfe-pupils-ncyear/pupil_numbers_by_ncyear_2012_2023.csv'):
    P[x['time_period']][x['old_la_code']] += float(x['headcount'])
P23, P21 = P['202223'], P['202021']

A = {}
for c, y in C.items():
    if '202425' not in y or '201920' not in y:
        continue
    now = y['202425']
    plans = num(now['ehcplans'])
    pupils = P23.get(c, float('nan'))
    req = num(R[c]['requests_received_in_year']) if c in R else float('nan')
    A[c] = dict(
        name=now['la_name'], special=num(now['special_total']) / plans, growth5=plans / num(y['201920']['ehcplans']) - 1,
        logplans=math.log(plans), pp=1000 * plans / pupils if pupils > 0 else float('nan'),
        independent=(num(now['special_independent']) + num(now['special_non_maintained'])) / plans,
        growth1=plans / num(y['202324']['ehcplans']) - 1 if '202324' in y else float('nan'),
        requests_pp=1000 * req / pupils if pupils > 0 else float('nan'),
        new_pp=1000 * NP.get(c, float('nan')) / pupils if pupils > 0 else float('nan'))


def rule(figures, measures):
    cand = sorted(c for c in figures if all(math.isfinite(figures[c][m]) for m in measures))
    z = {c: [] for c in cand}
    for m in measures:
        v = [figures[c][m] for c in cand]
        mu, sd = statistics.mean(v), statistics.stdev(v)
        for c in cand:
            z[c].append((figures[c][m] - mu) / sd)

    def nearest(s, k=10):
        d = sorted((math.sqrt(sum((a - b) ** 2 for a, b in zip(z[c], z[s]))), c) for c in cand if c != s)
        return d[:k]
    return cand, nearest


BEFORE = ['special', 'growth5', 'logplans']
AFTER = BEFORE + ['pp']
cb, before = rule(A, BEFORE)
ca, after = rule(A, AFTER)
print('candidates: before', len(cb), 'after', len(ca))
for label, near in (('before', before), ('after', after)):
    print('Stockton-on-Tees,', label + ':', ', '.join('%s %.3f' % (A[c]['name'], d) for d, c in near('808')))
for m in ['pp', 'requests_pp', 'new_pp', 'independent', 'growth1']:
    out = []
    for near in (before, after):
        out.append(statistics.mean(statistics.mean(abs(A[c][m] - A[s][m]) for _, c in near(s) if math.isfinite(A[c][m]))
                                   for s in ca if math.isfinite(A[s][m])))
    rnd = statistics.mean(statistics.mean(abs(A[c][m] - A[s][m]) for c in ca if c != s and math.isfinite(A[c][m]))
                          for s in ca if math.isfinite(A[s][m]))
    print('%-12s mean distance to the 10 neighbours: before %.4f, after %.4f, a random authority %.4f' % (m, out[0], out[1], rnd))
v = sorted(A[c]['pp'] for c in ca)
print('plans per 1,000 pupils: min %.1f, median %.1f, max %.1f' % (v[0], statistics.median(v), v[-1]))
ch = sorted(abs(P23[c] / P21[c] - 1) for c in P23 if P21.get(c, 0) > 0)
print('pupils, January 2021 to 2023: median absolute change %.1f%%, largest %.1f%%' % (100 * statistics.median(ch), 100 * ch[-1]))
B = copy.deepcopy(A)
for c in B:
    if P21.get(c, 0) > 0 and P23.get(c, 0) > 0:
        B[c]['pp'] = A[c]['pp'] / (P23[c] / P21[c])
_, scaled = rule(B, AFTER)
kept = [len({c for _, c in after(s)} & {c for _, c in scaled(s)}) for s in ca]
print('pupils carried on to 2025: neighbours kept %.1f of 10 on average, at least %d; Stockton-on-Tees: %s'
      % (statistics.mean(kept), min(kept), ', '.join(B[c]['name'] for _, c in scaled('808'))))
