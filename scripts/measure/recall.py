"""Recall of a jixiao-check JSON report against readers' defect lists (one TSV a workbook:
sheet, cell, kind, defect, correction, confidence; BENCHMARKS.md, "Recall"). A defect is found
when a finding at its cell has a rule of its kind (RULE_KINDS); a finding that counts rows
(missing-direction, unit-on-qualitative) covers them below it; info-field-empty may sit at the
label or the cell beside it. Defects marked unsure are left out unless --include-unsure.
usage: recall.py REPORT.json DEFECTS.tsv... [--include-unsure] [--misses KIND|all] [--file-filter S]"""
import json, sys, os, re, collections, csv
RULE_KINDS = {
 'whitespace-in-value':'whitespace', 'whitespace-in-text':'whitespace',
 'operator-variant':'operator full-width', 'full-width-characters':'full-width operator', 'bare-number':'operator',
 'missing-operator':'operator other direction', 'unknown-operator':'operator', 'latex-leftover':'other operator',
 'html-leftover':'other', 'missing-unit':'unit', 'nonstandard-unit':'unit', 'bad-unit':'unit kind-mismatch', 'unit-on-qualitative':'unit kind-mismatch',
 'kind-mismatch-name':'kind-mismatch unit vague', 'qualitative-with-number':'kind-mismatch structure',
 'percent-above-100':'number kind-mismatch operator', 'comparison-without-number':'kind-mismatch vague structure',
 'malformed-value':'kind-mismatch vague number operator unit', 'direction-mismatch':'direction',
 'direction-against-name':'direction', 'missing-direction':'direction other info-field', 'direction-inconsistent':'direction',
 'cost-declared-higher':'direction', 'unknown-first-level':'label', 'unknown-second-level':'label',
 'second-level-is-first-level':'label', 'unlisted-second-level':'label', 'second-level-under-other-first':'label structure', 'satisfaction-outside-its-group':'label structure kind-mismatch', 'indicator-in-other-group':'label structure kind-mismatch', 'missing-second-level':'label structure',
 'empty-second-level-group':'structure info-field', 'duplicate-indicator':'structure', 'missing-indicator-group':'structure',
 'project-without-indicators':'structure info-field', 'value-is-weight':'structure number', 'vague-target':'vague kind-mismatch',
 'long-qualitative-value':'vague', 'name-in-value':'vague structure', 'placeholder-value':'vague other info-field',
 'number-stored-as-text':'number', 'cost-exceeds-budget':'number unit', 'info-field-empty':'info-field',
 'info-field-repeats-name':'info-field vague', 'sum-mismatch':'sum', 'weight-total':'sum structure',
 'share-mismatch':'sum', 'value-without-name':'structure label other', 'missing-value':'structure vague other',
 'misaligned-row':'structure other', 'placeholder-row':'structure other', 'empty-value':'other',
 'target-typed-as-formula':'operator other', 'word-bookmark-leftover':'other', 'suspicious-ocr-operator':'operator number',
 'half-full-kind-mismatch':'kind-mismatch', 'half-full-unit-mismatch':'unit', 'half-exceeds-full':'number',
 'cell-error':'other number', 'name-is-a-goal':'vague structure label', 'stale-year':'info-field other vague number', 'rate-at-least-full':'operator number kind-mismatch', 'template-text-left':'other info-field vague label', 'missing-comparison-sign':'operator',
 'date-shown-as-number':'number unit other', 'goal-without-figure':'vague info-field',
}
PROJECT_LEVEL = {'missing-indicator-group', 'project-without-indicators'}
PROJECT_ROWS = 3
ROW_LEVEL = {'satisfaction-outside-its-group', 'indicator-in-other-group', 'empty-second-level-group', 'second-level-under-other-first', 'missing-second-level',
             'second-level-is-first-level', 'unlisted-second-level'}
def cellrc(cell):
    m = re.match(r'([A-Z]+)(\d+)', cell or '')
    if not m: return None
    col = 0
    for ch in m.group(1): col = col*26 + ord(ch)-64
    return int(m.group(2)), col
args = sys.argv[1:]
report = args.pop(0)
include_unsure = '--include-unsure' in args
misses = None; ff = None
if '--misses' in args: misses = args[args.index('--misses')+1]
if '--file-filter' in args: ff = args[args.index('--file-filter')+1]
names = [a for a in args if a.endswith('.tsv')]
rep = json.load(open(report))
findings = collections.defaultdict(list)
for f in rep['files']:
    base = os.path.basename(f['file'])
    for x in f.get('findings', []):
        findings[base].append(x)
        # A list may be named after the workbook with or without its extension (hn-1.xlsx.tsv, hn-1.tsv).
        if os.path.splitext(base)[0] != base: findings[os.path.splitext(base)[0]].append(x)
tot = collections.Counter(); hit = collections.Counter(); missed = []
for tsv in names:
    base = os.path.basename(tsv)[:-4]
    if ff and ff not in base: continue
    rows = list(csv.reader(open(tsv), delimiter='\t'))
    fs = findings.get(base, [])
    for r in rows[1:]:
        if len(r) < 6 or r[0] == 'sheet': continue
        sheet, cell, kind, desc, corr, conf = r[:6]
        if conf.strip() == 'unsure' and not include_unsure: continue
        kind = kind.strip()
        tot[kind] += 1
        rc = cellrc(cell.split(':')[0].strip())
        ok = False
        for x in fs:
            if x['sheet'].strip()[:31] != sheet.strip()[:31]: continue  # .xlsx keeps 31 characters of a sheet's name
            kinds = RULE_KINDS.get(x['rule_id'], 'other').split()
            if x['cell'] == cell.split(':')[0].strip() and (kind in kinds or True and kind == 'other'):
                ok = True; break
            # a missing-direction finding counts the empty direction cells of its project below it
            # a field left empty is reported at its label or at the cell beside it
            if x['rule_id'] == 'info-field-empty' and kind == 'info-field' and rc:
                frc = cellrc(x['cell'])
                if frc and frc[0] == rc[0] and abs(frc[1] - rc[1]) <= 1:
                    ok = True; break
            agg = None
            if x['rule_id'] == 'missing-direction' and ('方向' in desc) and kind in ('direction', 'other', 'info-field'):
                agg = int(re.search(r'(\d+)', x['message']).group(1))
            if x['rule_id'] == 'unit-on-qualitative' and kind in ('unit', 'kind-mismatch'):
                agg = int(re.search(r'共(\d+)行', x['message']).group(1))
            if agg and rc:
                frc = cellrc(x['cell'])
                if frc and frc[1] == rc[1] and frc[0] <= rc[0] and rc[0] - frc[0] < agg * 3 + 3:
                    ok = True; break
            # A project's finding (missing groups, no indicators) is reported at the project's name;
            # readers list it there or at the first cell of its indicators, in the project's first rows.
            if x['rule_id'] in PROJECT_LEVEL and rc and kind in RULE_KINDS[x['rule_id']].split():
                frc = cellrc(x['cell'])
                if frc and 0 <= rc[0] - frc[0] <= PROJECT_ROWS:
                    ok = True; break
            # A row's placement (its group) is reported at its name; readers list it at the name or
            # at the level cell of the same row.
            if x['rule_id'] in ROW_LEVEL and rc and kind in RULE_KINDS[x['rule_id']].split():
                frc = cellrc(x['cell'])
                if frc and frc[0] == rc[0]:
                    ok = True; break
        if ok: hit[kind] += 1
        else: missed.append((base, sheet, cell, kind, desc))
print(f"{'kind':14s} {'defects':>7s} {'found':>6s}  recall")
for k in sorted(tot, key=lambda k: -tot[k]):
    print(f"{k:14s} {tot[k]:7d} {hit[k]:6d}  {100*hit[k]/tot[k]:5.1f}%")
T = sum(tot.values()); H = sum(hit.values())
print(f"{'total':14s} {T:7d} {H:6d}  {100*H/T:5.1f}%")
if misses:
    for m in missed:
        if misses == 'all' or m[3] == misses: print('MISS', m[0][:30], m[1][:12], m[2], m[3], m[4][:90])
