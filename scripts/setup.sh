#!/usr/bin/env bash
# Installs what building and testing Jixiao needs on Debian 12, as root.
# Everything comes from Debian's own packages (see DEVELOPERS.md for why each).
set -euo pipefail

PACKAGES=(
  build-essential cmake            # the C++20 toolchain (g++ 12, cmake 3.25)
  libicu-dev                       # ICU headers (the core finds ICU at run time) and the tests' oracle
  libfast-float-dev                # from_chars for doubles without libstdc++ 11 (number_text)
  libboost-test-dev                # unit tests
  libreoffice-dev libreoffice-dev-common  # SDK: headers, unoidl-write, cppumaker, IDL
  libreoffice-calc                 # the office the extension runs in
  libreoffice-l10n-zh-cn           # zh-CN UI: Chinese function names and help
  python3-uno                      # integration tests and the sample job drive the office
  python3-openpyxl                 # .xlsx fixtures from a writer that is not LibreOffice
  libreoffice-script-provider-python  # bench/: the hand-made Python checker runs as an office macro
  clang libclang-rt-14-dev         # libFuzzer with ASan/UBSan for the fuzz targets
  xvfb imagemagick fonts-noto-cjk  # the sidebar in a real window, its screenshots, Chinese glyphs
  xdotool                          # a key pressed in that window (a flagged cell's context menu)
  g++-aarch64-linux-gnu binutils-aarch64-linux-gnu  # the ARM64 component (scripts/build-arm64.sh)
  qemu-user                        # the ARM64 unit tests, run on this machine
  binfmt-support qemu-user-binfmt  # ARM64 programs run as native ones: the ARM64 office's smoke
  debootstrap                      # Debian 11 with LibreOffice 7.0 for the compatibility smoke
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: all packages present"
