#!/usr/bin/env bash
# Set-up, build and the whole test suite: unit and integration (the latter against a real
# LibreOffice), the package for x86-64 and ARM64 (whose unit tests run under qemu), and the
# compatibility smoke in LibreOffice 7.0, 7.4, 25.2 and ARM64's 7.4. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-arm64.sh build-arm64
JIXIAO_ARM64_BUILD_DIR=build-arm64 JIXIAO_COMPAT_TESTS=ON bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
