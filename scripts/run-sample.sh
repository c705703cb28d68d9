#!/usr/bin/env bash
# Set-up, build, then the main job on the bundled sample workbook: installs
# jixiao.oxt into a throwaway LibreOffice profile, checks the sample's target
# values and execution rates, prints the results and writes a checked copy
# to out/jixiao-sample-checked.ods (the sample itself is never changed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
JIXIAO_OXT="$(pwd)/build/jixiao.oxt" /usr/bin/python3 scripts/sample_job.py \
  samples/jixiao-sample.ods out/jixiao-sample-checked.ods
