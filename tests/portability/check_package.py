"""Fails when jixiao.oxt would not install or load on one of the platforms it claims: reads the
package as LibreOffice's extension manager does (META-INF/manifest.xml, description.xml, each
platform's jixiao.components) and checks that
  - the manifest has one components entry per expected platform, each in its own folder;
  - description.xml lists the same platforms, with the tokens LibreOffice knows;
  - each components file's library is in its folder, is built for that platform's machine and
    exports every constructor the file names;
  - every file description.xml refers to (icons, licences, descriptions) is in the package, with
    a zh-CN and an English licence and display name;
  - the update information written beside the package (--update-xml) names the same version and
    a download of that version.

    python3 check_package.py PACKAGE.oxt --platforms linux_x86_64,linux_aarch64 [--update-xml FILE]
"""

import argparse
import posixpath
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

from check_binary import readelf

MANIFEST = "{http://openoffice.org/2001/manifest}"
DESCRIPTION = "{http://openoffice.org/extensions/description/2006}"
UPDATE = "{http://openoffice.org/extensions/update/2006}"
COMPONENTS = "{http://openoffice.org/2010/uno-components}"
XLINK = "{http://www.w3.org/1999/xlink}"
# The ELF machine, as readelf names it, of each platform (description.xml's token; the manifest's
# is $_OS_$_ARCH, which the office compares case aside).
MACHINES = {
    "linux_x86_64": "Advanced Micro Devices X86-64",
    "linux_aarch64": "AArch64",
}


def components_entries(package):
    """{platform token (lower case): path of its .components file} from the manifest."""
    entries = {}
    root = ET.fromstring(package.read("META-INF/manifest.xml"))
    for entry in root.iter(f"{MANIFEST}file-entry"):
        media_type = entry.get(f"{MANIFEST}media-type", "")
        if not media_type.startswith("application/vnd.sun.star.uno-components"):
            continue
        platform = re.search(r"platform=([^;]+)", media_type)
        entries[platform.group(1).lower() if platform else "all"] = entry.get(f"{MANIFEST}full-path")
    return entries


def library_problems(package, platform, components_path, folder):
    problems = []
    components = ET.fromstring(package.read(components_path))
    for component in components.iter(f"{COMPONENTS}component"):
        library = posixpath.join(posixpath.dirname(components_path), component.get("uri"))
        if library not in package.namelist():
            problems.append(f"{components_path} names {library}, which is not in the package")
            continue
        path = package.extract(library, folder)
        machine = re.search(r"Machine:\s+(.+)", readelf("-h", path)).group(1).strip()
        if machine != MACHINES[platform]:
            problems.append(f"{library} is built for {machine}, not {platform}")
        exported = set(re.findall(r"\bFUNC\s+GLOBAL\s+DEFAULT\s+\d+\s+(\S+)", readelf("--dyn-syms", path)))
        for implementation in component.iter(f"{COMPONENTS}implementation"):
            constructor = implementation.get("constructor")
            if constructor and constructor not in exported:
                problems.append(f"{library} does not export {constructor}")
    return problems


def description_problems(package, platforms):
    problems = []
    root = ET.fromstring(package.read("description.xml"))
    listed = set(root.find(f"{DESCRIPTION}platform").get("value").split(","))
    if listed != set(platforms):
        problems.append(f"description.xml lists platforms {sorted(listed)}, not {sorted(platforms)}")
    for element in root.iter():
        target = element.get(f"{XLINK}href")
        if target and "://" not in target and target not in package.namelist():
            problems.append(f"description.xml refers to {target}, which is not in the package")
    for what, path in (("display name", "display-name/name"), ("publisher", "publisher/name"),
                       ("description", "extension-description/src"),
                       ("licence", "registration/simple-license/license-text")):
        languages = {e.get("lang") for e in root.iterfind("/".join(DESCRIPTION + p for p in path.split("/")))}
        if not {"zh-CN", "en"} <= languages:
            problems.append(f"description.xml's {what} is in {sorted(languages)}, not zh-CN and en")
    if root.find(f"{DESCRIPTION}icon/{DESCRIPTION}high-contrast") is None:
        problems.append("description.xml has no high-contrast icon")
    return problems, root.find(f"{DESCRIPTION}version").get("value")


def update_problems(update_xml, version):
    root = ET.parse(update_xml).getroot()
    problems = []
    if root.find(f"{UPDATE}version").get("value") != version:
        problems.append(f"{update_xml} offers version {root.find(f'{UPDATE}version').get('value')}, "
                        f"the package is {version}")
    download = root.find(f"{UPDATE}update-download/{UPDATE}src").get(f"{XLINK}href")
    if not download.endswith(f"-{version}.oxt"):
        problems.append(f"{update_xml} downloads {download}, not version {version}")
    if root.find(f"{UPDATE}release-notes") is None:
        problems.append(f"{update_xml} has no release notes")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package")
    parser.add_argument("--platforms", required=True)
    parser.add_argument("--update-xml")
    args = parser.parse_args()
    platforms = args.platforms.split(",")
    problems = []
    with zipfile.ZipFile(args.package) as package, tempfile.TemporaryDirectory() as folder:
        entries = components_entries(package)
        if set(entries) != set(platforms):
            problems.append(f"the manifest registers components for {sorted(entries)}, not {sorted(platforms)}")
        for platform, path in sorted(entries.items()):
            if platform not in MACHINES:
                problems.append(f"the manifest names platform {platform}, which LibreOffice does not know")
            elif posixpath.dirname(path) != platform:
                problems.append(f"{platform}'s components file {path} is not in a folder of its own")
            else:
                problems += library_problems(package, platform, path, folder)
        found, version = description_problems(package, platforms)
        problems += found
    if args.update_xml:
        problems += update_problems(args.update_xml, version)
    for problem in problems:
        print(f"{args.package}: {problem}")
    if not problems:
        print(f"{args.package}: version {version}, platforms {', '.join(sorted(entries))}: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
