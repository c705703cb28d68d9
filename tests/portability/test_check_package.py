"""check_package.py can fail: packages made wrong from the built one, each in one way a real
mistake would make them, must each be refused for that reason; the built package must pass.

    python3 test_check_package.py PACKAGE.oxt PLATFORMS
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE, PLATFORMS = sys.argv[1], sys.argv[2]
OWN = PLATFORMS.split(",")[0]


def check(package, platforms=PLATFORMS):
    result = subprocess.run([sys.executable, os.path.join(HERE, "check_package.py"), package,
                             "--platforms", platforms], capture_output=True, text=True)
    return result.returncode, result.stdout


def remade(folder, change):
    """A copy of the package in which change(name, bytes) rewrites each member (None drops it)."""
    path = os.path.join(folder, "remade.oxt")
    with zipfile.ZipFile(PACKAGE) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            changed = change(name, source.read(name))
            if changed is not None:
                target.writestr(name if isinstance(changed, bytes) else changed[0],
                                changed if isinstance(changed, bytes) else changed[1])
    return path


class CheckPackage(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="jixiao-package-check-")
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)

    def test_the_built_package_passes(self):
        status, output = check(PACKAGE)
        self.assertEqual(status, 0, output)

    def test_a_library_of_another_machine_is_refused(self):
        # This build's library presented as the other Linux architecture's.
        other = "linux_aarch64" if OWN == "linux_x86_64" else "linux_x86_64"

        def relabel(name, data):
            if name in ("META-INF/manifest.xml", "description.xml"):
                return re.sub(OWN.replace("linux_", "[Ll]inux_"), other, data.decode()).encode()
            if name.startswith(OWN + "/"):
                return other + name[len(OWN):], data
            if name.startswith(other + "/"):
                return None
            return data

        status, output = check(remade(self.folder, relabel), other)
        self.assertEqual(status, 1, output)
        self.assertIn(f"not {other}", output)

    def test_a_constructor_the_library_lacks_is_refused(self):
        def misspell(name, data):
            if name.endswith("jixiao.components"):
                return data.replace(b"org_jixiao_ValidatorImpl_get_implementation",
                                    b"org_jixiao_ValidatorImpl_get_implementaton")
            return data

        status, output = check(remade(self.folder, misspell))
        self.assertEqual(status, 1, output)
        self.assertIn("does not export org_jixiao_ValidatorImpl_get_implementaton", output)

    def test_a_platform_missing_from_the_description_is_refused(self):
        def forget(name, data):
            if name == "description.xml":
                return re.sub(rb'<platform value="[^"]*"', f'<platform value="{OWN}"'.encode(), data)
            return data

        status, output = check(remade(self.folder, forget), PLATFORMS + ",linux_aarch64"
                               if "linux_aarch64" not in PLATFORMS else PLATFORMS)
        self.assertEqual(status, 1, output)
        self.assertIn("description.xml lists platforms", output)

    def test_a_missing_licence_is_refused(self):
        status, output = check(remade(self.folder, lambda name, data: None if name == "LICENSE_zh-CN.txt" else data))
        self.assertEqual(status, 1, output)
        self.assertIn("LICENSE_zh-CN.txt, which is not in the package", output)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
