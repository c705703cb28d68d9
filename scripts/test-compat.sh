#!/usr/bin/env bash
# The compatibility smoke: the built jixiao.oxt installed into four offices, one line each.
#   LibreOffice 7.4  this machine's (Debian 12): the reference findings
#   LibreOffice 25.2 Debian 12's bookworm-backports, unpacked into a folder beside this one's
#   LibreOffice 7.0  Debian 11's, in a chroot made with debootstrap
#   LibreOffice 7.4  Debian 12's for ARM64, unpacked into a folder and run under qemu-aarch64
#                    (binfmt_misc, registered by qemu-user-binfmt: the office starts helper
#                    programs of its own, so every ARM64 program must run as if native)
# In each, tests/compat/smoke.py installs the package with the office's own unopkg, computes
# JXRATE and JXNORMALIZE, validates the bundled sample through the service (the findings must
# equal 7.4's) and shows the deck in the sidebar (screenshots in the output folder).
# The offices are made once and kept in JIXIAO_COMPAT_CACHE (default /var/cache/jixiao-compat),
# which survives between runs on one machine. Needs root (chroot, mount). Exits 1 on any failure.
#
#   bash scripts/test-compat.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-$BUILD/compat}")
CACHE=${JIXIAO_COMPAT_CACHE:-/var/cache/jixiao-compat}
MIRROR=${JIXIAO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
OXT="$BUILD/jixiao.oxt"
SAMPLE="$ROOT/samples/jixiao-sample.ods"
# Each office is rebuilt when its recipe changes: the recipe's version is part of its folder name.
LO25="$CACHE/lo25-bookworm-backports-v1"
BULLSEYE="$CACHE/bullseye-lo70-v1"
ARM64_OFFICE="$CACHE/arm64-lo74-v1"

log() { echo "compat: $*" >&2; }
# shellcheck source=scripts/lib/debian-packages.sh
source "$ROOT/scripts/lib/debian-packages.sh"

for tool in debootstrap chroot mount Xvfb import update-binfmts; do
  command -v "$tool" >/dev/null || { echo "compat: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
[[ -f "$OXT" ]] || { echo "compat: no $OXT: build first" >&2; exit 1; }
mkdir -p "$CACHE" "$OUT"

# LibreOffice 25.2 from bookworm-backports, unpacked (not installed: it has the same package names
# as this machine's 7.4). A private apt state resolves which packages the backport needs beyond
# what this machine has; they are downloaded and extracted into one folder, whose absolute
# symlinks and BRAND_BASE_DIR are then pointed into the folder.
prepare_lo25() {
  [[ -f "$LO25/.complete" ]] && return
  log "unpacking LibreOffice 25.2 from bookworm-backports into $LO25"
  local apt="$CACHE/apt" tmp="$LO25.tmp"
  private_apt "$apt" amd64 "deb $MIRROR bookworm main" "deb $MIRROR bookworm-backports main"
  # What installing the backport would bring, as package=version; no SDK and no Python bridge
  # (the smoke's UNO client is this machine's).
  mapfile -t packages < <(packages_to_install -t bookworm-backports libreoffice-calc libreoffice-l10n-zh-cn |
    grep -vE '^(libreoffice-dev|python3-uno|libreoffice-script-provider)')
  ((${#packages[@]})) || { log "apt resolved no backport packages"; return 1; }
  rm -rf "$tmp"
  unpack_packages "$apt" "$tmp" "${packages[@]}"
  local program="$tmp/usr/lib/libreoffice/program"
  [[ -x "$program/soffice.bin" ]] || { log "the unpacked backport has no soffice.bin"; return 1; }
  # Pointed at their final place: the folder is renamed into $LO25 below.
  relink_into "$tmp" "$LO25"
  # main.xcd is made by libreoffice-common's postinst from share/.registry.
  rm -f "$tmp/usr/lib/libreoffice/share/registry/main.xcd"
  cp "$tmp/usr/lib/libreoffice/share/.registry/main.xcd" "$tmp/usr/lib/libreoffice/share/registry/main.xcd"
  sed -i "s|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=file://$LO25/usr/lib/libreoffice|" "$program/fundamentalrc"
  touch "$tmp/.complete"
  rm -rf "$LO25" && mv "$tmp" "$LO25"
}

# Points every absolute symbolic link under FOLDER at the same path inside FINAL (the folder's
# name once complete), or removes it when the packages did not bring its target. Done before
# anything is written into the folder: a link such as share/registry -> /etc/libreoffice/registry
# would otherwise lead a write into this machine's own office.
relink_into() {
  local folder=$1 final=$2 link target
  while IFS= read -r link; do
    target=$(readlink "$link")
    if [[ -e "$folder$target" ]]; then ln -sfn "$final$target" "$link"; else rm -f "$link"; fi
  done < <(find "$folder" -type l -lname '/*')
}

# Debian 12's LibreOffice for ARM64, with every arm64 library it needs, unpacked into a folder.
# The private apt state starts from an empty package status, so that nothing this machine has
# installed (its arch-independent packages) is left out.
prepare_arm64_office() {
  [[ -f "$ARM64_OFFICE/.complete" ]] && return
  log "unpacking Debian 12's ARM64 LibreOffice into $ARM64_OFFICE"
  local apt="$CACHE/apt-arm64-office" tmp="$ARM64_OFFICE.tmp"
  private_apt "$apt" arm64 "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main"
  : >"$apt/status"
  APT_OPTIONS+=(-o "Dir::State::status=$apt/status")
  mapfile -t packages < <(packages_to_install libreoffice-calc libreoffice-core libreoffice-l10n-zh-cn fonts-noto-cjk)
  ((${#packages[@]})) || { log "apt resolved no arm64 packages"; return 1; }
  rm -rf "$tmp"
  unpack_packages "$apt" "$tmp" "${packages[@]}"
  [[ -x "$tmp/usr/lib/libreoffice/program/soffice.bin" ]] || { log "the arm64 packages have no soffice.bin"; return 1; }
  relink_into "$tmp" "$ARM64_OFFICE"
  # What libreoffice-common's postinst does: the configuration layers from share/.registry into
  # /etc/libreoffice/registry (share/registry links there).
  mkdir -p "$tmp/etc/libreoffice/registry"
  cp -a "$tmp/usr/lib/libreoffice/share/.registry/." "$tmp/etc/libreoffice/registry/"
  touch "$tmp/.complete"
  rm -rf "$ARM64_OFFICE" && mv "$tmp" "$ARM64_OFFICE"
}

# Whether this machine runs ARM64 programs as its own: qemu-user-binfmt's registration, which
# needs the binfmt_misc file system (mounted here if it is not yet).
arm64_programs_run() {
  local misc=/proc/sys/fs/binfmt_misc
  [[ -e "$misc/status" ]] || mount -t binfmt_misc binfmt_misc "$misc" 2>/dev/null || return 1
  [[ -e "$misc/qemu-aarch64" ]] || update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
  grep -qx enabled "$misc/qemu-aarch64" 2>/dev/null
}

# Debian 11 with its LibreOffice 7.0 (the GUI variant, for the sidebar), in a chroot.
prepare_bullseye() {
  [[ -f "$BULLSEYE/.complete" ]] && return
  log "debootstrap Debian 11 with LibreOffice 7.0 into $BULLSEYE (several minutes, once)"
  local tmp="$BULLSEYE.tmp"
  rm -rf "$tmp"
  # debootstrap's own resolver cannot choose between libreoffice-core and -core-nogui: it makes
  # the base system, and the chroot's apt installs the office.
  debootstrap --variant=minbase bullseye "$tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
    { log "debootstrap failed; see $CACHE/debootstrap.log"; return 1; }
  mount -t proc proc "$tmp/proc"
  local status=0
  chroot "$tmp" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc libreoffice-core \
       libreoffice-l10n-zh-cn fonts-noto-cjk && apt-get clean" >>"$CACHE/debootstrap.log" 2>&1 || status=$?
  umount "$tmp/proc"
  ((status == 0)) || { log "installing LibreOffice in the chroot failed; see $CACHE/debootstrap.log"; return 1; }
  touch "$tmp/.complete"
  rm -rf "$BULLSEYE" && mv "$tmp" "$BULLSEYE"
}

# What the chroot's office needs of this machine while it runs: /proc, /dev and the X server's
# socket folder (the smoke's Xvfb runs here). Undone on exit, whatever happens.
MOUNTS=()
mount_chroot() {
  mkdir -p "$BULLSEYE/proc" "$BULLSEYE/dev" "$BULLSEYE/tmp/.X11-unix" /tmp/.X11-unix
  chmod 1777 "$BULLSEYE/tmp" /tmp/.X11-unix
  mount -t proc proc "$BULLSEYE/proc" && MOUNTS+=("$BULLSEYE/proc")
  mount --rbind /dev "$BULLSEYE/dev" && mount --make-rslave "$BULLSEYE/dev" && MOUNTS+=("$BULLSEYE/dev")
  mount --bind /tmp/.X11-unix "$BULLSEYE/tmp/.X11-unix" && MOUNTS+=("$BULLSEYE/tmp/.X11-unix")
}
unmount_chroot() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -R "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" || true; done
  MOUNTS=()
}
trap unmount_chroot EXIT

failures=0
smoke() {
  if ! /usr/bin/python3 "$ROOT/tests/compat/smoke.py" --oxt "$OXT" --sample "$SAMPLE" --out "$OUT" "$@" \
       2>"$OUT/${2}.log"; then
    failures=$((failures + 1))
    tail -n 20 "$OUT/${2}.log" >&2
  fi
}

smoke --name lo74-debian12
reference="$OUT/lo74-debian12.findings.json"
[[ -f "$reference" ]] || { echo "compat: the reference office gave no findings" >&2; exit 1; }

if prepare_lo25; then
  # program/ first: the URE libraries are found there (their folder is where they look for unorc),
  # then the few libraries the backport needs beyond this machine's.
  smoke --name lo252-backports --expect "$reference" --program-dir "$LO25/usr/lib/libreoffice/program" \
    --env "LD_LIBRARY_PATH=$LO25/usr/lib/libreoffice/program:$LO25/usr/lib/x86_64-linux-gnu"
else
  echo "lo252-backports: FAILED: could not unpack LibreOffice 25.2" && failures=$((failures + 1))
fi

if prepare_bullseye; then
  mount_chroot
  smoke --name lo70-debian11 --expect "$reference" --root "$BULLSEYE" --program-dir /usr/lib/libreoffice/program
  unmount_chroot
else
  echo "lo70-debian11: FAILED: could not make the Debian 11 chroot" && failures=$((failures + 1))
fi

if ! arm64_programs_run; then
  echo "lo74-arm64: FAILED: this machine cannot run ARM64 programs (binfmt_misc with qemu-user-binfmt)" &&
    failures=$((failures + 1))
elif prepare_arm64_office; then
  # QEMU_LD_PREFIX: where qemu finds the ARM64 loader and libraries for every ARM64 program the
  # office starts (unopkg starts a uno process of its own).
  smoke --name lo74-arm64 --expect "$reference" --program-dir "$ARM64_OFFICE/usr/lib/libreoffice/program" \
    --env "QEMU_LD_PREFIX=$ARM64_OFFICE" \
    --env "LD_LIBRARY_PATH=$ARM64_OFFICE/usr/lib/libreoffice/program:$ARM64_OFFICE/usr/lib/aarch64-linux-gnu"
else
  echo "lo74-arm64: FAILED: could not unpack the ARM64 LibreOffice" && failures=$((failures + 1))
fi

echo "compat: screenshots and findings in $OUT"
exit $((failures > 0))
