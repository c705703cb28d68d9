#!/usr/bin/env bash
# Cross-builds the component and the unit tests for ARM64 Linux into build-arm64/ and runs the
# unit tests under qemu-aarch64. The arm64 libraries it links and runs with (LibreOffice's URE,
# ICU, Boost.Test) are Debian 12's arm64 packages, downloaded with a private apt state and
# unpacked into JIXIAO_ARM64_SYSROOT (default /var/cache/jixiao-compat/arm64-sysroot-v1), since
# they cannot be installed beside this machine's own. scripts/build.sh packages the result into
# jixiao.oxt next to the x86-64 one.
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
  apt_dir="$CACHE/apt-arm64"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial"
  printf 'deb [arch=arm64] %s bookworm main\ndeb [arch=arm64] %s bookworm-updates main\n' "$MIRROR" "$MIRROR" \
    >"$apt_dir/sources.list"
  options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/nonexistent
           -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache::Archives=$apt_dir/archives"
           -o Debug::NoLocking=1 -o APT::Sandbox::User=root -o APT::Architecture=arm64 -o APT::Architectures=arm64)
  apt-get "${options[@]}" update -qq
  rm -rf "$apt_dir/debs" "$SYSROOT.tmp" && mkdir -p "$apt_dir/debs" "$SYSROOT.tmp"
  (cd "$apt_dir/debs" && apt-get "${options[@]}" download "${PACKAGES[@]}" >/dev/null)
  for deb in "$apt_dir/debs"/*.deb; do dpkg-deb -x "$deb" "$SYSROOT.tmp"; done
  # Debian puts the URE in LibreOffice's program folder and links it from the multiarch one.
  for lib in "$SYSROOT.tmp"/usr/lib/libreoffice/program/libuno_*.so.3; do
    ln -sf "../../libreoffice/program/$(basename "$lib")" "$SYSROOT.tmp/usr/lib/aarch64-linux-gnu/$(basename "$lib")"
  done
  # Absolute symlinks (libicu-dev's .so links are relative; the rest is not needed) into the folder.
  while IFS= read -r link; do
    target=$(readlink "$link")
    ln -sfn "$SYSROOT${target}" "$link"
  done < <(find "$SYSROOT.tmp" -type l -lname '/*')
  touch "$SYSROOT.tmp/.complete"
  rm -rf "$SYSROOT" && mv "$SYSROOT.tmp" "$SYSROOT"
fi

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/aarch64-linux-gnu.cmake" -DJIXIAO_ARM64_SYSROOT="$SYSROOT" \
  -DLO_UNO_LIB_DIR="$SYSROOT/usr/lib/libreoffice/program" -DJIXIAO_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target jixiao_uno jixiao_unit_tests
echo "arm64: $BUILD/src/uno/jixiao.uno.so"
