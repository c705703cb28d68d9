#!/usr/bin/env bash
# The compatibility smoke: the built jixiao.oxt installed into three offices, one line each.
#   LibreOffice 7.4  this machine's (Debian 12): the reference findings
#   LibreOffice 25.2 Debian 12's bookworm-backports, unpacked into a folder beside this one's
#   LibreOffice 7.0  Debian 11's, in a chroot made with debootstrap
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

log() { echo "compat: $*" >&2; }
# shellcheck source=scripts/lib/debian-packages.sh
source "$ROOT/scripts/lib/debian-packages.sh"

for tool in debootstrap chroot mount Xvfb import; do
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
  mapfile -t packages < <(apt-get "${APT_OPTIONS[@]}" -s -t bookworm-backports install --no-install-recommends \
      libreoffice-calc libreoffice-l10n-zh-cn |
    awk '/^Inst/ { v = $3; if (v ~ /^\[/) v = $4; gsub(/[()]/, "", v); print $2 "=" v }' |
    grep -vE '^(libreoffice-dev|python3-uno|libreoffice-script-provider)')
  ((${#packages[@]})) || { log "apt resolved no backport packages"; return 1; }
  rm -rf "$tmp"
  unpack_packages "$apt" "$tmp" "${packages[@]}"
  local program="$tmp/usr/lib/libreoffice/program"
  [[ -x "$program/soffice.bin" ]] || { log "the unpacked backport has no soffice.bin"; return 1; }
  # main.xcd is made by libreoffice-common's postinst from share/.registry; the other absolute
  # links point at files the packages also unpacked here.
  rm -f "$tmp/usr/lib/libreoffice/share/registry/main.xcd"
  cp "$tmp/usr/lib/libreoffice/share/.registry/main.xcd" "$tmp/usr/lib/libreoffice/share/registry/main.xcd"
  # Pointed at their final place: the folder is renamed into $LO25 below.
  while IFS= read -r link; do
    local target
    target=$(readlink "$link")
    if [[ -e "$tmp$target" ]]; then ln -sfn "$LO25$target" "$link"; else rm -f "$link"; fi
  done < <(find "$tmp" -type l -lname '/*')
  sed -i "s|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=file://$LO25/usr/lib/libreoffice|" "$program/fundamentalrc"
  touch "$tmp/.complete"
  rm -rf "$LO25" && mv "$tmp" "$LO25"
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

echo "compat: screenshots and findings in $OUT"
exit $((failures > 0))
