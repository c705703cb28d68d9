#!/usr/bin/env bash
# Builds Jixiao again with AddressSanitizer and UndefinedBehaviorSanitizer (the core, the unit
# tests, the component in jixiao.oxt and jixiao-check) and runs the unit tests and a sample of the
# integration tests on it, the sanitizer runtimes preloaded into the soffice.bin they start.
# Fails on a test failure and on any sanitizer report that names our code.
#
#   scripts/test-sanitized.sh build|unit|integration|all [BUILD_DIR=build-asan]
#
# ctest runs the three steps as sanitized.build, sanitized.core and sanitized.office.
set -euo pipefail
cd "$(dirname "$0")/.."

step=${1:-all}
tree=$(realpath -m "${2:-build-asan}")
# The integration sample: the Validator, the Calc functions, jixiao-check, hostile cells.
integration_sample='^integration\.(validator|functions_new_document|cli|hostile_cells)$'

build() {
  cmake -S . -B "$tree" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_SANITIZE=address,undefined \
    -DJIXIAO_BUILD_TESTS=ON >"$tree.configure.log" 2>&1 || { tail -40 "$tree.configure.log" >&2; exit 2; }
  cmake --build "$tree" -j"${JOBS:-2}" >"$tree.build.log" 2>&1 || { tail -60 "$tree.build.log" >&2; exit 2; }
  echo "sanitized build: $tree"
}

# Runs ctest on the sanitized tree with the runtimes preloaded and every report written to a log
# folder; then fails on a report that names our sources or our libraries.
run_tests() {
  local label=$1 regex=$2
  local logs="$tree/sanitizer-logs/$label"
  rm -rf "$logs"
  mkdir -p "$logs"
  local runtimes
  runtimes="$(g++ -print-file-name=libasan.so) $(g++ -print-file-name=libubsan.so)"
  # LibreOffice is not instrumented and leaks at exit by design, and its operator new[]/delete
  # pairs cross library boundaries: only what concerns instrumented code (ours) is reported.
  # Reports go to files, one per process, so those of soffice.bin are kept too.
  # The unit tests link the runtimes; soffice.bin gets them through JIXIAO_SOFFICE_PRELOAD (read
  # by tests/integration/office.py and jixiao-check), never unopkg, which deadlocks with them.
  # soffice.bin's stderr is kept too: UBSan writes there whatever its log_path says. A report in an
  # office started by jixiao-check is not kept, but halt_on_error ends that office and so fails
  # the test.
  local status=0
  JIXIAO_SOFFICE_PRELOAD="$runtimes" JIXIAO_SOFFICE_STDERR_DIR="$logs" \
    ASAN_OPTIONS="detect_leaks=0:alloc_dealloc_mismatch=0:new_delete_type_mismatch=0:detect_odr_violation=0:halt_on_error=1:abort_on_error=1:log_path=$logs/asan" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan" \
    ctest --test-dir "$tree" -R "$regex" --output-on-failure -j"${JOBS:-2}" || status=$?

  shopt -s nullglob
  local reports=("$logs"/*)
  shopt -u nullglob
  local ours=0
  local count=0
  for report in "${reports[@]}"; do
    grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$report" || continue  # stderr without a report
    count=$((count + 1))
    if grep -qE 'src/(core|uno|cli)/|jixiao\.uno\.so|jixiao-check|jixiao_unit_tests' "$report"; then
      ours=1
      echo "sanitizer report from our code: $report" >&2
      sed 's/^/  | /' "$report" | head -60 >&2
    else
      echo "sanitizer report outside our code (LibreOffice or Python), not counted: $report"
      head -5 "$report" | sed 's/^/  | /'
    fi
  done
  echo "$label: $count sanitizer report file(s), from our code: $ours"
  if ((status != 0)); then exit "$status"; fi
  if ((ours)); then exit 1; fi
}

case "$step" in
  build) build ;;
  unit) run_tests unit '^unit\.' ;;
  integration) run_tests integration "$integration_sample" ;;
  all) build; run_tests unit '^unit\.'; run_tests integration "$integration_sample" ;;
  *) echo "usage: $0 build|unit|integration|all [BUILD_DIR]" >&2; exit 2 ;;
esac
