#!/usr/bin/env bash
# Cross-builds the component and the unit tests for ARM64 Linux into build-arm64/. The arm64
# libraries it links and runs with (LibreOffice's URE, ICU, Boost.Test) are Debian 12's arm64
# packages, downloaded with a private apt state and unpacked into JIXIAO_ARM64_SYSROOT (default
# /var/cache/jixiao-compat/arm64-sysroot-v1), since they cannot be installed beside this
# machine's own. scripts/test.sh then builds the x86-64 tree with JIXIAO_ARM64_BUILD_DIR pointing
# here: jixiao.oxt carries both libraries, and ctest portability.arm64_unit_tests runs this tree's
# unit tests under qemu-aarch64 (its CMAKE_CROSSCOMPILING_EMULATOR).
#
#   bash scripts/build-arm64.sh [BUILD_DIR]      (default build-arm64)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$(realpath -m "${1:-build-arm64}")
CACHE=${JIXIAO_COMPAT_CACHE:-/var/cache/jixiao-compat}
SYSROOT=${JIXIAO_ARM64_SYSROOT:-$CACHE/arm64-sysroot-v1}
MIRROR=${JIXIAO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
PACKAGES=(libuno-sal3 libuno-cppu3 libuno-cppuhelpergcc3-3 libuno-salhelpergcc3-3 libuno-purpenvhelpergcc3-3
          uno-libs-private libicu72 libicu-dev libboost-test1.74.0 libboost-test1.74-dev libboost1.74-dev)

if [[ ! -f "$SYSROOT/.complete" ]]; then
  echo "arm64: unpacking ${PACKAGES[*]} into $SYSROOT" >&2
  # shellcheck source=scripts/lib/debian-packages.sh
  source "$ROOT/scripts/lib/debian-packages.sh"
  private_apt "$CACHE/apt-arm64" arm64 "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main"
  rm -rf "$SYSROOT.tmp"
  unpack_packages "$CACHE/apt-arm64" "$SYSROOT.tmp" "${PACKAGES[@]}"
  # Debian puts the URE in LibreOffice's program folder and links it from the multiarch one.
  for lib in "$SYSROOT.tmp"/usr/lib/libreoffice/program/libuno_*.so.3; do
    ln -sf "../../libreoffice/program/$(basename "$lib")" "$SYSROOT.tmp/usr/lib/aarch64-linux-gnu/$(basename "$lib")"
  done
  touch "$SYSROOT.tmp/.complete"
  rm -rf "$SYSROOT" && mv "$SYSROOT.tmp" "$SYSROOT"
fi

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/aarch64-linux-gnu.cmake" -DJIXIAO_ARM64_SYSROOT="$SYSROOT" \
  -DLO_UNO_LIB_DIR="$SYSROOT/usr/lib/libreoffice/program" -DJIXIAO_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target jixiao_uno jixiao_unit_tests
echo "arm64: $BUILD/src/uno/jixiao.uno.so"
