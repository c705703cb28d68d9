"""Fails when a built component needs more than every LibreOffice we support has (DEVELOPERS.md,
"Portability"): its NEEDED libraries, RUNPATH, the symbol versions it requires of each library and
the symbols it exports, read from the ELF file with readelf (which reads any architecture's ELF,
so the same check runs on the x86-64 and the AArch64 build).

    python3 check_binary.py LIBRARY...
"""

import re
import subprocess
import sys

# The C runtime and LibreOffice's URE: what every Linux LibreOffice process has loaded.
ALLOWED_NEEDED = {
    "libc.so.6", "libm.so.6", "libgcc_s.so.1", "libstdc++.so.6", "libpthread.so.0", "libdl.so.2",
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
    "libuno_sal.so.3", "libuno_cppu.so.3", "libuno_cppuhelpergcc3.so.3", "libuno_salhelpergcc3.so.3",
}
# The newest version of each family the component may require: glibc 2.28 and GCC 8's runtime
# (Debian 10, UOS 20, Ubuntu 18.10; older than any system that ships LibreOffice >= 7.0), and the
# UNO API of LibreOffice 7.0.
CEILINGS = {
    "GLIBC": (2, 28),
    "GLIBCXX": (3, 4, 25),
    "CXXABI": (1, 3, 11),
    "GCC": (8, 0, 0),
    "UDK": (3, 99),
    "LIBO_UDK": (7, 0),
}
EXPORTED = re.compile(r"^org_jixiao_\w+Impl_get_implementation$")


def readelf(*args):
    return subprocess.run(["readelf", "-W", *args], check=True, capture_output=True, text=True).stdout


def version_of(name):
    """("GLIBC", (2, 14)) for "GLIBC_2.14"; UDK_3_0_0 and UDK_3.1 both count as UDK."""
    match = re.fullmatch(r"([A-Z_]*?)_?(\d+(?:[._]\d+)*)", name)
    if not match:
        return None, None
    return match.group(1), tuple(int(p) for p in re.split(r"[._]", match.group(2)))


def problems_of(path):
    problems = []
    dynamic = readelf("-d", path)
    for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic):
        if needed not in ALLOWED_NEEDED:
            problems.append(f"needs {needed}")
    for kind in ("RPATH", "RUNPATH"):
        if f"({kind})" in dynamic:
            problems.append(f"has a {kind}")
    required = set(re.findall(r"Name: (\S+)\s+Flags", readelf("-V", path)))
    for name in sorted(required):
        family, version = version_of(name)
        if family not in CEILINGS:
            problems.append(f"requires unknown version {name}")
        elif version > CEILINGS[family]:
            problems.append(f"requires {name}, newer than {family} {'.'.join(map(str, CEILINGS[family]))}")
    for line in readelf("--dyn-syms", path).splitlines():
        fields = line.split()
        # Num: Value Size Type Bind Vis Ndx Name: a defined global or weak symbol is exported.
        if len(fields) >= 8 and fields[4] in ("GLOBAL", "WEAK") and fields[6] != "UND":
            name = fields[7].split("@")[0]
            if not EXPORTED.match(name):
                problems.append(f"exports {name}")
    return problems, sorted(required)


def main():
    failed = False
    for path in sys.argv[1:]:
        problems, required = problems_of(path)
        newest = {}
        for name in required:
            family, version = version_of(name)
            if family and (family not in newest or version > version_of(newest[family])[1]):
                newest[family] = name
        print(f"{path}: newest required {', '.join(sorted(newest.values()))}")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
