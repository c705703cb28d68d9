#!/usr/bin/env bash
# Set-up, build and the whole test suite (unit and integration, the latter
# against a real headless LibreOffice). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
