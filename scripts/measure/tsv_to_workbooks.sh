#!/usr/bin/env bash
# Tables rebuilt by hand from public pages (one .tsv a table, as docs/measuring.md says) turned into
# .xlsx workbooks the way a user's Calc would read them: numbers and percents typed (detect special
# numbers), a cell starting with = kept as text (a page's "=10个" is no formula).
# usage: tsv_to_workbooks.sh OUTDIR TABLE.tsv...
set -euo pipefail
out=$1; shift
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for table in "$@"; do cp "$table" "$work/$(basename "${table%.tsv}").csv"; done
# CSV filter tokens: tab, ", UTF-8, line 1, no column formats, zh-CN, quoted as text off,
# detect special numbers on, …, evaluate formulas off.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --infilter="CSV:9,34,76,1,,2052,false,true,false,false,false,-1,false" \
  --convert-to xlsx --outdir "$out" "$work"/*.csv >/dev/null
ls "$out"
