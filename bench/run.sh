#!/usr/bin/env bash
# Jixiao's benchmarks in one command (not part of ctest): builds the extension, jixiao-check and
# parser_bench (CMake option JIXIAO_BUILD_BENCH), then runs bench/run.py, which generates the
# workbooks (1 000, 10 000 and 100 000 indicator rows, 200 small ones) and prints every
# measurement with its ratio to the baseline measured in the same run (BENCHMARKS.md).
#
#   bash bench/run.sh [bench/run.py options, e.g. --sizes 1000 10000]
#   bash bench/run.sh --sidebar [bench/sidebar.py options]   (the Findings panel's actions)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f /usr/lib/libreoffice/program/pythonscript.py ]]; then
  echo "bench: the Python macro needs libreoffice-script-provider-python (bash scripts/setup.sh installs it)" >&2
  exit 2
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_BUILD_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" --target jixiao_oxt jixiao-check parser_bench >/dev/null
export JIXIAO_OXT="$PWD/build/jixiao.oxt"
# The client receives org.jixiao.Finding structs: it must know the extension's types.
export URE_MORE_TYPES="<file:///usr/lib/libreoffice/program/types>* file://$PWD/build/src/uno/jixiao.rdb"
export JIXIAO_BENCH_COMMAND="bash bench/run.sh${*:+ $*}"
if [[ "${1:-}" == "--sidebar" ]]; then
  shift
  exec /usr/bin/python3 bench/sidebar.py "$@"
fi
exec /usr/bin/python3 bench/run.py "$@"
