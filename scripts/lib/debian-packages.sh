# Sourced by scripts/test-compat.sh and scripts/build-arm64.sh: Debian packages fetched with an apt
# state of their own (its sources, lists and archives under one folder) and unpacked into a folder
# with dpkg-deb, never installed: another release's LibreOffice, or another architecture's
# libraries, beside this machine's own.

# private_apt FOLDER ARCHITECTURE SOURCE_LINE...: writes the sources, reads the package lists and
# sets APT_OPTIONS, the options every later apt-get call of that state takes.
private_apt() {
  local folder=$1 architecture=$2
  shift 2
  mkdir -p "$folder/lists/partial" "$folder/archives/partial"
  printf '%s\n' "$@" >"$folder/sources.list"
  APT_OPTIONS=(-o "Dir::Etc::SourceList=$folder/sources.list" -o Dir::Etc::SourceParts=/nonexistent
               -o "Dir::State::Lists=$folder/lists" -o "Dir::Cache::Archives=$folder/archives"
               -o Debug::NoLocking=1 -o APT::Sandbox::User=root
               -o "APT::Architecture=$architecture" -o "APT::Architectures=$architecture")
  apt-get "${APT_OPTIONS[@]}" update -qq
}

# unpack_packages FOLDER DESTINATION PACKAGE...: downloads the packages (name or name=version)
# into FOLDER/debs and unpacks each into DESTINATION.
unpack_packages() {
  local folder=$1 destination=$2 deb
  shift 2
  rm -rf "$folder/debs" && mkdir -p "$folder/debs" "$destination"
  (cd "$folder/debs" && apt-get "${APT_OPTIONS[@]}" download "$@" >/dev/null)
  for deb in "$folder/debs"/*.deb; do dpkg-deb -x "$deb" "$destination"; done
}

# packages_to_install APT-GET-OPTION... PACKAGE...: what `apt-get install` would bring with that
# state, one name=version a line (without installing anything).
packages_to_install() {
  apt-get "${APT_OPTIONS[@]}" -s install --no-install-recommends "$@" |
    awk '/^Inst/ { v = $3; if (v ~ /^\[/) v = $4; gsub(/[()]/, "", v); print $2 "=" v }'
}
