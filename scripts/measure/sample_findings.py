"""Seeded sample of findings per rule from a jixiao-check JSON report, each with its context read
from the workbook as the user sees it (title rows, the indicator header, the rows around it), for
an independent reader to judge at the cells (BENCHMARKS.md, "Precision").
usage: /usr/bin/python3 sample_findings.py REPORT.json OUTDIR [--per-rule 15] [--seed 19]
Writes OUTDIR/part1.txt … (PARTS, default 4), one per reader."""
import json, os, sys, random, collections, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dump_sheets as unodump
import uno
from com.sun.star.beans import PropertyValue
args = sys.argv[1:]
report, outdir = args[0], args[1]
per = int(args[args.index('--per-rule') + 1]) if '--per-rule' in args else 15
seed = int(args[args.index('--seed') + 1]) if '--seed' in args else 19
d = json.load(open(report))
by_rule = collections.defaultdict(list)
for f in d['files']:
    for x in f.get('findings', []):
        if x['rule_id'] in ('no-table-found',): pass
        by_rule[x['rule_id']].append((f['file'], x))
rnd = random.Random(seed)
sample = []
for rule in sorted(by_rule):
    items = by_rule[rule]
    pick = items if len(items) <= per else rnd.sample(items, per)
    sample += [(rule, fpath, x) for fpath, x in pick]
os.makedirs(outdir, exist_ok=True)
p, c = unodump.start()
desk = c.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", c)
def pv(n, v):
    x = PropertyValue(); x.Name = n; x.Value = v; return x
docs = {}
out = []
try:
    for n, (rule, fpath, x) in enumerate(sample, 1):
        if fpath not in docs:
            for k in list(docs): docs[k].close(True)
            docs.clear()
            docs[fpath] = desk.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(fpath)), "_blank", 0, (pv("Hidden", True), pv("ReadOnly", True)))
        doc = docs[fpath]
        sh = doc.Sheets.getByName(x['sheet'])
        cur = sh.createCursor(); cur.gotoEndOfUsedArea(False)
        rows = cur.RangeAddress.EndRow + 1; cols = min(cur.RangeAddress.EndColumn + 1, 60)
        r = x['row'] - 1
        data = sh.getCellRangeByPosition(0, 0, cols - 1, rows - 1).DataArray
        # the indicator header row above: a row with 一级 or 三级 or 指标名称 words
        header = None
        for rr in range(r, -1, -1):
            if any(isinstance(v, str) and ('三级' in v or '指标名称' in v or '一级' in v) for v in data[rr]): header = rr; break
        lines = [f"### {n}. {rule} ({x['severity']}) at {os.path.basename(fpath)} / sheet '{x['sheet']}' / {x['cell']}",
                 f"message: {x['message']}"]
        def rowtext(rr):
            cells = []
            for cc in range(cols):
                v = data[rr][cc]
                if v == '' : continue
                cell = sh.getCellByPosition(cc, rr)
                cells.append(f"{unodump.col(cc)}{rr+1}={unodump.esc(cell.String)}")
            return f"  row {rr+1}: " + " | ".join(cells)
        shown = []
        for rr in range(0, min(3, rows)): shown.append(rr)
        if header is not None: shown += list(range(max(header - 1, 0), header + 1))
        shown += list(range(max(r - 6, 0), min(r + 4, rows)))
        seen = set()
        for rr in sorted(shown):
            if rr in seen or rr < 0 or rr >= rows: continue
            seen.add(rr); lines.append(rowtext(rr))
        out.append("\n".join(lines))
finally:
    for k in list(docs): docs[k].close(True)
    p.terminate(); p.wait()
# split into 4 parts
k = int(os.environ.get('PARTS', '4'))
for i in range(k):
    part = out[i::k]
    open(os.path.join(outdir, f'part{i+1}.txt'), 'w').write("\n\n".join(part) + "\n")
print(len(out), 'findings sampled;', {r: min(len(v), per) for r, v in by_rule.items()})
