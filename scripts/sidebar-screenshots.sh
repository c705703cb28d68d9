#!/usr/bin/env bash
# Runs integration.sidebar_xvfb (also part of the ctest run) on its own: the Jixiao deck in a real Calc window under Xvfb,
# validate, highlight, fix and rates on the bundled sample, the shortcuts and a flagged cell's
# context menu, with screenshots into
# build/screenshots (README.md shows copies from docs/screenshots). Needs a build
# (scripts/build.sh) and the packages of scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
mkdir -p build/screenshots
cd tests/integration
URE_MORE_TYPES="<file:///usr/lib/libreoffice/program/types>* file://$root/build/src/uno/jixiao.rdb" \
JIXIAO_OXT="$root/build/jixiao.oxt" JIXIAO_SCREENSHOTS="$root/build/screenshots" \
  timeout 300 /usr/bin/python3 run.py test_sidebar_xvfb
