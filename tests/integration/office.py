"""A real, throwaway LibreOffice for the integration tests.

Office(oxt, locale) installs the extension with unopkg into a fresh profile
and shared-extension folder of its own (nothing outside its temporary folder
is touched), starts a headless soffice.bin on a private pipe, connects over
UNO and, on exit, terminates that office and kills it by its PID if it does
not go. soffice.bin is started directly, not through the soffice script, so
the PID we hold is the office itself; exit code 81 (restart after a profile
change) is handled by starting it again.

The office is this machine's unless an Installation says otherwise: an office
unpacked into a folder, or one inside a chroot of another distribution
(tests/compat/smoke.py); a chroot's office is reached over a local socket.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

PROGRAM_DIR = "/usr/lib/libreoffice/program"
# A program that execs soffice.bin with the arguments it is given (bench/profile.py's valgrind
# wrapper), for this machine's office; None to start soffice.bin itself.
SOFFICE_LAUNCHER = None
RESTART_EXIT_CODE = 81

_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="FirstStartWizardCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


class Installation:
    """Where an office lives and how its programs are run. program_dir is the folder of
    soffice.bin as the office sees it; root a chroot holding the office ("" for this system);
    env what its programs need in their environment (an unpacked office's libraries)."""

    def __init__(self, program_dir=PROGRAM_DIR, root="", env=None):
        self.program_dir = program_dir
        self.root = root
        self.env = dict(env or {})

    def command(self, program, *args):
        path = os.path.join(self.program_dir, program)
        if program == "soffice.bin" and SOFFICE_LAUNCHER and not self.root:
            path = SOFFICE_LAUNCHER
        return (["chroot", self.root, path] if self.root else [path]) + list(args)

    def environment(self):
        env = dict(os.environ)
        # The client's extra UNO types (its copy of jixiao.rdb beside this machine's office's
        # types) are for this process: another office loading them would mix two offices' APIs.
        env.pop("URE_MORE_TYPES", None)
        env.update(self.env)
        return env

    def temporary_folder(self):
        """A new folder both this process and the office can reach (inside the chroot)."""
        return tempfile.mkdtemp(prefix="jixiao-office-", dir=os.path.join(self.root, "tmp") if self.root else None)

    def office_path(self, path):
        """A path of this machine as the office sees it."""
        path = os.path.abspath(path)
        return "/" + os.path.relpath(path, self.root) if self.root else path


def free_local_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_xvfb(width=1440, height=900):
    """An X server on a display number it picks itself (-displayfd); returns (process, display)."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                f"{width}x{height}x24", "-nolisten", "tcp"],
                               pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as f:
        number = f.readline().strip()
    if not number:
        process.kill()
        raise RuntimeError("Xvfb did not start")
    return process, f":{number}"


# Every Office entered and not yet exited: a test class whose set-up fails after starting its
# office never reaches tearDownClass, so run.py ends what is left here before it exits.
_entered = set()


def end_all_offices():
    """Ends, by PID, every office still running that this process started; returns their PIDs."""
    pids = []
    for office in list(_entered):
        if office.process is not None:
            pids.append(office.process.pid)
        office.__exit__(None, None, None)
    return pids


def props(**kwargs):
    """A tuple of PropertyValue, as loadComponentFromURL and storeToURL take."""
    result = []
    for name, value in kwargs.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        result.append(p)
    return tuple(result)


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes; reap it if it is our child.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class Office:
    def __init__(self, oxt=None, locale="en-US", display=None, installation=None):
        # No extension only when asked for (oxt=""), never by a forgotten
        # environment variable: a silent office without Jixiao shows #NAME?.
        self.oxt = oxt if oxt is not None else os.environ["JIXIAO_OXT"]
        self.locale = locale
        self.display = display
        self.installation = installation or Installation()
        self.dir = self.installation.temporary_folder()
        self.profile_url = self.office_url(os.path.join(self.dir, "profile"))
        self.shared_url = self.office_url(os.path.join(self.dir, "shared-extensions"))
        self.pipe = "jixiao_" + uuid.uuid4().hex
        # A pipe lives in the office's /tmp, out of reach from outside a chroot: a socket is not.
        self.connection = (f"socket,host=127.0.0.1,port={free_local_port()}" if self.installation.root
                           else f"pipe,name={self.pipe}")
        self.process = None
        self.context = None
        self.desktop = None
        self.stderr_path = None  # where _spawn keeps the office's stderr, if anywhere

    # -- set-up -----------------------------------------------------------
    def _env_args(self):
        return [
            f"-env:UserInstallation={self.profile_url}",
            f"-env:UNO_SHARED_PACKAGES_CACHE={self.shared_url}",
        ]

    def _write_profile_settings(self):
        user = os.path.join(self.dir, "profile", "user")
        os.makedirs(user, exist_ok=True)
        with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write(_PROFILE_SETTINGS.format(locale=self.locale))

    def office_url(self, path):
        """The file URL the office uses for a path of this machine."""
        return uno.systemPathToFileUrl(self.installation.office_path(path))

    def install_extension(self):
        # --shared because unopkg refuses per-user installs as root; the
        # shared folder is redirected into our temporary folder. A chroot's
        # unopkg reads the package from a copy inside the chroot.
        oxt = self.oxt
        if self.installation.root:
            oxt = os.path.join(self.dir, os.path.basename(self.oxt))
            shutil.copy(self.oxt, oxt)
        result = subprocess.run(
            self.installation.command("unopkg", "add", "--shared", "--suppress-license",
                                      self.installation.office_path(oxt), *self._env_args()),
            capture_output=True, text=True, timeout=180, env=self.installation.environment())
        if result.returncode != 0:
            raise RuntimeError(f"unopkg add failed ({result.returncode}): "
                               f"{result.stdout}\n{result.stderr}")
        return result

    def list_extensions(self):
        return subprocess.run(self.installation.command("unopkg", "list", "--shared", *self._env_args()),
                              capture_output=True, text=True, timeout=120,
                              env=self.installation.environment()).stdout

    def _spawn(self):
        env = self.installation.environment()
        if self.display:
            env["DISPLAY"] = self.display
        # Sanitizer builds (scripts/test-sanitized.sh): the runtimes go into soffice.bin only;
        # unopkg deadlocks in glibc's locale lock with them preloaded, and needs none.
        if os.environ.get("JIXIAO_SOFFICE_PRELOAD"):
            env["LD_PRELOAD"] = os.environ["JIXIAO_SOFFICE_PRELOAD"]
        args = ["--norestore", "--nologo", "--nodefault", "--nolockcheck",
                f"--accept={self.connection};urp;StarOffice.ComponentContext"]
        if not self.display:
            args[0:0] = ["--headless", "--invisible"]
        # UBSan prints to stderr whatever its log_path says (GCC 12): keep it when asked.
        stderr = subprocess.DEVNULL
        folder = os.environ.get("JIXIAO_SOFFICE_STDERR_DIR") or (self.dir if self.display else None)
        if folder:
            # A window office that fails to start says why here (start() quotes it).
            self.stderr_path = os.path.join(folder, f"soffice-{self.pipe}-{time.monotonic_ns()}.stderr")
            stderr = open(self.stderr_path, "wb")
        return subprocess.Popen(self.installation.command("soffice.bin", *args, *self._env_args()), env=env,
                                stdout=subprocess.DEVNULL, stderr=stderr)

    def _stderr_tail(self):
        if not self.stderr_path:
            return ""
        try:
            with open(self.stderr_path, "rb") as f:
                return f.read()[-2000:].decode(errors="replace")
        except OSError:
            return ""

    def start(self, timeout=90):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:{self.connection};urp;StarOffice.ComponentContext"
        self.process = self._spawn()
        deadline = time.monotonic() + timeout
        respawns = 3
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == RESTART_EXIT_CODE:
                self.process = self._spawn()
            elif code == 0 and self.display and respawns > 0:
                # With a display, a first start on a fresh profile sometimes ends at once with 0
                # (seen under a loaded ctest run); starting again, a moment later, works.
                respawns -= 1
                time.sleep(1)
                self.process = self._spawn()
            elif code is not None:
                raise RuntimeError(f"soffice.bin exited with {code} before accepting; its stderr: "
                                   f"{self._stderr_tail()!r}")
            try:
                self.context = resolver.resolve(url)
                break
            except NoConnectException:
                time.sleep(0.2)
        else:
            raise RuntimeError("soffice.bin did not accept a connection in time")
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)
        return self

    def __enter__(self):
        try:
            self._write_profile_settings()
            if self.oxt:
                self.install_extension()
            _entered.add(self)
            return self.start()
        except BaseException:
            # __exit__ does not run when __enter__ fails: end what started, drop the folder.
            self.__exit__(None, None, None)
            raise

    # -- use ----------------------------------------------------------------
    def create(self, service_name, *args):
        smgr = self.context.ServiceManager
        if args:
            return smgr.createInstanceWithArgumentsAndContext(service_name, args, self.context)
        return smgr.createInstanceWithContext(service_name, self.context)

    def new_spreadsheet(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 props(Hidden=True))

    def load(self, path, **options):
        options.setdefault("Hidden", True)
        return self.desktop.loadComponentFromURL(self.office_url(path), "_blank", 0, props(**options))

    # -- tear-down ----------------------------------------------------------
    def stop(self, timeout=20):
        """Ends the office we started, by its PID; returns that PID."""
        if self.process is None:
            return None
        pid = self.process.pid
        def terminate():
            try:
                if self.desktop is not None:
                    self.desktop.terminate()
            except Exception:
                pass  # the bridge drops as the office goes; that is expected
        # terminate() can block for good in an office with a display (seen under ctest with
        # Xvfb): it runs aside, and the PID is killed below if the office does not go.
        closer = threading.Thread(target=terminate, daemon=True)
        closer.start()
        closer.join(timeout)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self.process.wait(timeout=timeout)
        self.process = None
        self.desktop = self.context = None
        return pid

    def shutdown(self):
        """Ends the office and its folder, and fails loudly if the office
        survives: what every test module's tearDownClass calls."""
        pid = self.process.pid if self.process else None
        self.__exit__(None, None, None)
        if pid is not None and pid_alive(pid):
            raise AssertionError(f"soffice.bin {pid} still running")

    def __exit__(self, *exc):
        _entered.discard(self)
        try:
            self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
        return False


class OfficeCase(unittest.TestCase):
    """A test class with one office of its own (UI language `office_locale`), started before
    its first test and ended, by its PID, after its last."""

    office_locale = "en-US"

    @classmethod
    def setUpClass(cls):
        cls.office = Office(locale=cls.office_locale).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()
