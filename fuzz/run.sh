#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++ and runs each for a while on a copy of its seed corpus.
#
#   fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET=60]
#
# Everything the run writes (build, working corpus, crash artifacts, logs) stays in BUILD_DIR; the
# seed corpus in the source tree is only read. Exit status: 0 when no target crashed, leaked,
# timed out or tripped a sanitizer; 1 otherwise; 2 on a usage or build error.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET]" >&2
  exit 2
fi
build_dir=$(realpath -m "$1")
seconds=${2:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds == 0)); then
  echo "$0: SECONDS_PER_TARGET must be a positive whole number, not '$seconds'" >&2
  exit 2
fi
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
targets=(target_value numbers sheet)

if ! command -v clang++ >/dev/null; then
  echo "$0: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi

mkdir -p "$build_dir"
cmake -S "$fuzz_dir" -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ >"$build_dir/configure.log" 2>&1 ||
  { tail -50 "$build_dir/configure.log" >&2; exit 2; }
cmake --build "$build_dir" -j "${JOBS:-2}" >"$build_dir/build.log" 2>&1 ||
  { tail -50 "$build_dir/build.log" >&2; exit 2; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
for target in "${targets[@]}"; do
  corpus="$build_dir/corpus/$target"
  artifacts="$build_dir/artifacts/$target"
  log="$build_dir/$target.log"
  mkdir -p "$corpus" "$artifacts"
  # A copy: libFuzzer adds what it finds to the corpus directory it is given.
  cp -r "$fuzz_dir/corpus/$target/." "$corpus/"
  rm -f "$artifacts"/*

  # A target may come with a dictionary of the words its search should start from.
  dictionary=()
  [[ -f "$fuzz_dir/$target.dict" ]] && dictionary=(-dict="$fuzz_dir/$target.dict")

  status=0
  "$build_dir/${target}_fuzzer" "$corpus" "${dictionary[@]}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?

  executions=$(grep -oP 'stat::number_of_executed_units:\s*\K[0-9]+' "$log" | tail -1 || true)
  shopt -s nullglob
  found=("$artifacts"/*)
  shopt -u nullglob
  if ((status == 0)) && ((${#found[@]} == 0)) && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
    echo "$target: ${executions:-?} executions in ${seconds}s, crashes: 0"
  else
    failed=1
    echo "$target: ${executions:-?} executions, FAILED (exit status $status)"
    for artifact in "${found[@]}"; do echo "  artifact: $artifact"; done
    echo "  log: $log"
    grep -m1 -E 'ERROR:|runtime error:|invariant broken|deadly signal|timeout' "$log" | sed 's/^/  /' || true
    tail -40 "$log" | sed 's/^/  | /'
  fi
done
exit "$failed"
