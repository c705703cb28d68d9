"""Per-rule precision from judged samples (sample_findings.py's parts and the readers' judged-*.tsv
in DIR); with --now REPORT, only the judged findings that report still gives (same file, sheet,
cell and rule), the others counted apart. usage: precision_table.py DIR [--now REPORT.json]"""
import csv, json, re, os, sys, collections
DIR = sys.argv[1]
parts = sorted(f for f in os.listdir(DIR) if f.startswith('part'))
entries = {}
for p in parts:
    for block in open(DIR + '/' + p).read().split('\n\n'):
        m = re.match(r'### (\d+)\. (\S+) \((\w+)\) at (\S+) / sheet \'(.*)\' / (\S+)', block)
        if m: entries[int(m.group(1))] = (m.group(2), m.group(4), m.group(5), m.group(6))
verdicts = {}
for p in os.listdir(DIR):
    if p.startswith('judged'):
        for row in csv.reader(open(DIR + '/' + p), delimiter='\t'):
            if row and row[0].isdigit(): verdicts[int(row[0])] = row[2].strip()
now = None
if '--now' in sys.argv:
    d = json.load(open(sys.argv[sys.argv.index('--now') + 1]))
    now = {(os.path.basename(f['file']), x['sheet'], x['cell'], x['rule_id']) for f in d['files'] for x in f['findings']}
t = collections.defaultdict(collections.Counter)
for n, (rule, file, sheet, cell) in entries.items():
    v = verdicts.get(n, '?')
    if now is not None and (file, sheet, cell, rule) not in now: v = 'gone-' + v
    t[rule][v] += 1
print('| rule | read | true | false | borderline |' + (' no longer reported (true/false/borderline) |' if now else ''))
print('|---|---:|---:|---:|---:|' + ('---|' if now else ''))
tot = collections.Counter()
for rule in sorted(t):
    c = t[rule]
    if now is not None:
        kept = {k: c[k] for k in ('true', 'false', 'borderline')}
        gone = f"{c['gone-true']}/{c['gone-false']}/{c['gone-borderline']}"
        n = sum(kept.values())
        print(f"| `{rule}` | {n} | {kept['true']} | {kept['false']} | {kept['borderline']} | {gone} |")
        for k in kept: tot[k] += kept[k]
    else:
        print(f"| `{rule}` | {sum(c.values())} | {c['true']} | {c['false']} | {c['borderline']} |")
        for k in ('true', 'false', 'borderline'): tot[k] += c[k]
print('total', dict(tot), 'precision', round(100 * tot['true'] / max(1, sum(tot.values())), 1))
