#!/usr/bin/env bash
# Configures and builds everything into build/: the core, the component,
# jixiao.oxt and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$(nproc)"
echo "build: $(pwd)/build/jixiao.oxt"
