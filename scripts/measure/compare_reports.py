"""Compares two jixiao-check JSON reports: counts per rule, the findings added and removed.
usage: compare_reports.py OLD.json NEW.json [--show RULE ...] [--max N]"""
import json, sys, collections, os
def load(p):
    d = json.load(open(p))
    out = {}
    for f in d['files']:
        name = os.path.basename(f['file'])
        for x in f.get('findings', []):
            out[(name, x['sheet'], x['cell'], x['rule_id'], x['message'])] = x
    return out
old, new = load(sys.argv[1]), load(sys.argv[2])
show = set(); mx = 20
args = sys.argv[3:]
while args:
    a = args.pop(0)
    if a == '--show': show.add(args.pop(0))
    elif a == '--max': mx = int(args.pop(0))
co = collections.Counter(k[3] for k in old); cn = collections.Counter(k[3] for k in new)
print(f"old {len(old)}  new {len(new)}")
for r in sorted(set(co) | set(cn), key=lambda r: -cn[r]):
    if co[r] != cn[r]: print(f"  {r:32s} {co[r]:5d} -> {cn[r]:5d}")
added = [k for k in new if k not in old]; removed = [k for k in old if k not in new]
for title, keys in (("added", added), ("removed", removed)):
    by = collections.defaultdict(list)
    for k in keys: by[k[3]].append(k)
    for r, ks in by.items():
        if show and r not in show: continue
        print(f"--- {title} {r}: {len(ks)}")
        for k in ks[:mx]: print("   ", k[0][8:], k[1], k[2], k[4][:150])
