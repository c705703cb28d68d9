#!/usr/bin/env bash
# Configures and builds everything into build/: the core, the component,
# jixiao.oxt (and beside it build/site/: update information and release notes) and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# scripts/test.sh adds the ARM64 build to the package and the compatibility smoke to the tests.
options=()
[[ -n "${JIXIAO_ARM64_BUILD_DIR:-}" ]] && options+=("-DJIXIAO_ARM64_BUILD_DIR=$(realpath "$JIXIAO_ARM64_BUILD_DIR")")
[[ -n "${JIXIAO_COMPAT_TESTS:-}" ]] && options+=("-DJIXIAO_COMPAT_TESTS=$JIXIAO_COMPAT_TESTS")
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_BUILD_TESTS=ON "${options[@]}" >/dev/null
cmake --build build -j"$(nproc)"
echo "build: $(pwd)/build/jixiao.oxt"
