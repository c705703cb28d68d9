#!/usr/bin/env bash
# Checks every spreadsheet in DIR with one jixiao-check (one headless office for all files) and
# prints findings per rule and per file, the files it could not read and the time it took.
#   bash scripts/corpus-report.sh DIR [--json FILE] [--markdown]
# --json keeps jixiao-check's whole JSON report (to compare two runs or read findings at their
# cells); --markdown prints the summary as Markdown tables (BENCHMARKS.md holds one).
# Builds first when build/jixiao-check is missing. Exits 0 unless jixiao-check itself failed.
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# < 1)); then
  echo "usage: bash scripts/corpus-report.sh DIR [--json FILE] [--markdown]" >&2
  exit 2
fi
dir=$1
shift
json=""
markdown=""
while (($#)); do
  case $1 in
    --json) json=$2; shift 2 ;;
    --markdown) markdown=--markdown; shift ;;
    *) echo "corpus-report: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -x build/jixiao-check ]] || bash scripts/build.sh >/dev/null
mapfile -d '' files < <(find "$dir" -maxdepth 1 -type f \( -iname '*.xlsx' -o -iname '*.xls' -o -iname '*.ods' \
  -o -iname '*.csv' \) -print0 | sort -z)
if ((${#files[@]} == 0)); then
  echo "corpus-report: no .xlsx, .xls, .ods or .csv files in $dir" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
status=0
build/jixiao-check --format json --lang zh-CN "${files[@]}" >"$work/report.json" 2>"$work/stderr" || status=$?
end=$(date +%s.%N)
# 0: no errors found, 1: errors found, 2: some files could not be read (listed by the summary).
if ((status > 2)) || ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/report.json" 2>/dev/null; then
  echo "corpus-report: jixiao-check failed (exit $status):" >&2
  cat "$work/stderr" >&2
  exit 1
fi
[[ -n $json ]] && cp "$work/report.json" "$json"
python3 scripts/corpus_summary.py "$work/report.json" --seconds "$(python3 -c "print($end - $start)")" $markdown
