#!/usr/bin/env python3
"""Set up msworkshop in ./.venv and start the app, run the tests or build the bundle.

Runs on any Python >= 3.11 (a fresh machine's default), but the app needs Python >= 3.12
(PySide6 6.12 crashes on 3.11), so this script finds a suitable interpreter first:
the running one, python3.13/python3.12 on PATH, the Windows launcher, or a pyenv version.

    python3 scripts/dev.py start [FILE]     install, then start the app (demo workshop
                                            when no FILE is given)
    python3 scripts/dev.py test [PYTEST ARGS] install with test extras, then run the tests
    python3 scripts/dev.py bundle           build the one-folder app in dist/msworkshop/
                                            (PyInstaller; no Python needed to run it)
    python3 scripts/dev.py install-desktop [EXECUTABLE]
                                            Linux: menu entry, icon and the .msworkshop file
                                            type for this user (the bundle's executable when
                                            dist/msworkshop/ exists, else .venv's)
    python3 scripts/dev.py uninstall-desktop

One install serves every command: .venv remembers which extras it holds, and a command
whose extras are already there installs nothing. On Debian and Ubuntu the system packages
a command needs (Qt's X11 libraries for start and bundle, Chromium and poppler for test)
are installed with apt-get. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = ".msworkshop-installed"  # in VENV: {"digest": ..., "extras": [...]}
MINIMUM = (3, 12)
WINDOWS = os.name == "nt"
LINUX = sys.platform.startswith("linux")
# Debian packages the test suite needs: a real browser for the phone page, poppler for PDFs,
# the desktop-entry and MIME tools for the desktop-integration tests.
DEBIAN_TEST_PACKAGES = {
    "chromium": "/usr/bin/chromium",
    "poppler-utils": "/usr/bin/pdftoppm",
    "desktop-file-utils": "/usr/bin/desktop-file-validate",
    "shared-mime-info": "/usr/bin/update-mime-database",
}
# Library file names whose Debian package does not follow the usual naming rule.
DEBIAN_LIBRARY_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def version_of(python: str | Path) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.split()
        return int(out[0]), int(out[1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def candidate_pythons() -> list[str]:
    candidates = [sys.executable]
    for name in ("python3.13", "python3.12", "python3.14"):
        found = shutil.which(name)
        if found:
            candidates.append(found)
    if WINDOWS and shutil.which("py"):
        for minor in ("3.13", "3.12"):
            try:
                path = subprocess.run(
                    ["py", f"-{minor}", "-c", "import sys; print(sys.executable)"],
                    capture_output=True,
                    text=True,
                    timeout=30,
                    check=True,
                ).stdout.strip()
                candidates.append(path)
            except (OSError, subprocess.SubprocessError):
                pass
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    versions = Path(pyenv_root) / "versions"
    if versions.is_dir():
        for folder in sorted(versions.iterdir(), reverse=True):
            python = folder / "bin" / "python"
            if python.exists():
                candidates.append(str(python))
    return candidates


def find_python() -> str:
    for candidate in candidate_pythons():
        version = version_of(candidate)
        if version and version >= MINIMUM:
            return candidate
    sys.exit(
        "msworkshop needs Python 3.12 or newer and none was found "
        "(looked at this Python, python3.12/3.13 on PATH, the py launcher and pyenv). "
        "Install Python 3.12+ and run this command again."
    )


def ensure_venv() -> None:
    version = version_of(venv_python()) if venv_python().exists() else None
    if version and version >= MINIMUM:
        return
    if VENV.exists():
        shutil.rmtree(VENV)
    python = find_python()
    print(f"Creating .venv with {python}", flush=True)
    subprocess.run([python, "-m", "venv", str(VENV)], check=True)
    subprocess.run(
        [str(venv_python()), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True
    )


# -- one install for every command ----------------------------------------------------------


def packaging_digest() -> str:
    """Changes whenever what pip would install changes."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "setup.py"):
        path = ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def installed_extras() -> set[str] | None:
    """The extras .venv holds for the current packaging files (None: install needed)."""
    try:
        stamp = json.loads((VENV / STAMP).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("digest") != packaging_digest():
        return None
    return set(stamp.get("extras", []))


def ensure_installed(extras: set[str]) -> None:
    """``pip install -e .[extras]``, skipped when .venv already holds these extras for the
    current pyproject.toml and setup.py. Extras installed before are kept (installed again
    with the rest), so ``start`` after ``test`` installs nothing and ``test`` after
    ``bundle`` keeps PyInstaller."""
    have = installed_extras()
    if have is not None and extras <= have:
        return
    wanted = sorted(extras | previous_extras())
    target = f".[{','.join(wanted)}]" if wanted else "."
    print(f"Installing msworkshop{target[1:]} into .venv", flush=True)
    subprocess.run(
        [str(venv_python()), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT, check=True
    )
    (VENV / STAMP).write_text(json.dumps({"digest": packaging_digest(), "extras": wanted}))


def previous_extras() -> set[str]:
    """The extras of an earlier install, whatever the packaging files were then."""
    try:
        return set(json.loads((VENV / STAMP).read_text()).get("extras", []))
    except (OSError, ValueError, AttributeError):
        return set()


# -- system packages on Debian / Ubuntu --------------------------------------------------


def apt_get_install(packages: list[str]) -> bool:
    """``apt-get install`` (with sudo unless root); False when it cannot be done."""
    if WINDOWS or not shutil.which("apt-get"):
        return False
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and not shutil.which("sudo"):
        return False
    print(f"Installing Debian packages: {' '.join(packages)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["update", "-qq"], ["install", "-y", "-qq", *packages]):
        # dpkg reports every unpacked file even with -qq: keep it for when something fails.
        try:
            done = subprocess.run(
                [*sudo, "apt-get", *step], env=env, stdout=subprocess.PIPE, text=True
            )
        except OSError:
            return False
        if done.returncode != 0:
            print(done.stdout, end="", flush=True)
            return False
    return True


def ensure_debian_test_packages() -> None:
    """Install Chromium, poppler and the desktop tools with apt-get when missing."""
    missing = [pkg for pkg, path in DEBIAN_TEST_PACKAGES.items() if not Path(path).exists()]
    if missing:
        apt_get_install(missing)


# -- Qt's X11 runtime libraries (Linux) --------------------------------------------------


def qt_xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside .venv's PySide6, if there is one."""
    found = sorted(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))
    return found[-1] if found else None


def missing_libraries(binary: Path) -> list[str]:
    """Shared libraries ``binary`` needs (directly or through another) that the dynamic
    loader cannot find, as ``ldd`` names them, in order and without repeats."""
    try:
        out = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    names = re.findall(r"^\s*(\S+)\s+=>\s+not found", out, flags=re.MULTILINE)
    return list(dict.fromkeys(names))


def debian_package(library: str) -> str:
    """The Debian package that ships a library file, by Debian's naming rule for library
    packages: ``libxcb-icccm.so.4`` -> ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` ->
    ``libxkbcommon-x11-0`` (a dash when the name ends in a digit)."""
    if library in DEBIAN_LIBRARY_PACKAGES:
        return DEBIAN_LIBRARY_PACKAGES[library]
    match = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\.\d+)*", library)
    if not match:
        return library
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def qt_uses_x11() -> bool:
    """False when Qt is told to use another platform (offscreen, wayland, ...)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return not platform or platform.split(";")[0].startswith("xcb")


def ensure_qt_runtime(plugin: Path | None = None, for_bundle: bool = False) -> bool:
    """See that Qt's X11 plugin can load: name every library it lacks and, on Debian and
    Ubuntu, install them. False when they are still missing and the app would abort (the
    message then says exactly what to install)."""
    if not LINUX or (not for_bundle and not qt_uses_x11()):
        return True
    plugin = plugin or qt_xcb_plugin()
    if plugin is None or not shutil.which("ldd"):
        return True
    missing = missing_libraries(plugin)
    if not missing:
        return True
    packages = list(dict.fromkeys(debian_package(name) for name in missing))
    print(f"Qt's X11 plugin needs {', '.join(missing)}, which this machine lacks.", flush=True)
    if apt_get_install(packages):
        missing = missing_libraries(plugin)
        if not missing:
            return True
    wayland = bool(os.environ.get("WAYLAND_DISPLAY")) and not for_bundle
    if shutil.which("apt-get"):
        sudo = "" if os.geteuid() == 0 else "sudo "
        print(
            f"Could not install them. Run\n    {sudo}apt-get install {' '.join(packages)}\n"
            "and then this command again.",
            file=sys.stderr,
        )
    else:
        print(
            f"msworkshop: missing {', '.join(missing)} for Qt's X11 plugin: install them with "
            "your system's package manager (e.g. xcb-util-wm, xcb-util-keysyms, "
            "xcb-util-cursor) and run this command again.",
            file=sys.stderr,
        )
    if wayland:
        print("Trying Qt's Wayland plugin instead.", file=sys.stderr)
    return wayland


# -- the bundle ---------------------------------------------------------------------------


def bundle_executable() -> Path:
    """Where ``bundle`` leaves the program (the console one on Windows)."""
    folder = ROOT / "dist" / "msworkshop"
    return folder / ("msworkshop-cli.exe" if WINDOWS else "msworkshop")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle() -> int:
    if not ensure_qt_runtime(for_bundle=True):
        print("The bundle would lack them: install them first.", file=sys.stderr)
        return 1
    started = time.monotonic()
    done = subprocess.call(
        [
            str(venv_python()),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "msworkshop.spec"),
        ],
        cwd=ROOT,
    )
    if done != 0:
        return done
    folder = ROOT / "dist" / "msworkshop"
    print(
        f"Built {bundle_executable().relative_to(ROOT)} in {time.monotonic() - started:.0f} s "
        f"({folder_size(folder) / 2**20:.0f} MiB in dist/msworkshop/)",
        flush=True,
    )
    return 0


# -- desktop integration (Linux) -----------------------------------------------------------


def desktop_install_module() -> ModuleType:
    """msworkshop/desktop_install.py (standard library only), loaded from its file so that
    it works with this script's Python, before or without .venv."""
    path = ROOT / "msworkshop" / "desktop_install.py"
    spec = importlib.util.spec_from_file_location("msworkshop_desktop_install", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def install_desktop(rest: list[str]) -> int:
    if not LINUX:
        print("install-desktop is for Linux desktops (XDG); on Windows and macOS use the bundle.")
        return 2
    if rest:
        executable = Path(rest[0]).resolve()
    elif bundle_executable().exists():
        executable = bundle_executable()
    else:
        ensure_venv()
        ensure_installed(set())
        executable = VENV / "bin" / "msworkshop"
    desktop = desktop_install_module()
    written = desktop.install(executable, desktop.XdgDirs.from_environment(), ROOT)
    print(f"Installed the desktop entry for {executable} ({len(written)} files).")
    return 0


def uninstall_desktop() -> int:
    if not LINUX:
        return 0
    desktop = desktop_install_module()
    removed = desktop.uninstall(desktop.XdgDirs.from_environment())
    print(f"Removed the desktop entry ({len(removed)} files).")
    return 0


COMMANDS = ("start", "test", "bundle", "install-desktop", "uninstall-desktop")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "install-desktop":
        return install_desktop(rest)
    if command == "uninstall-desktop":
        return uninstall_desktop()
    ensure_venv()
    if command == "start":
        ensure_installed(set())
        if not ensure_qt_runtime():
            return 1
        args = rest or ["--demo"]
        return subprocess.call([str(venv_python()), "-m", "msworkshop", *args], cwd=ROOT)
    if command == "bundle":
        ensure_installed({"bundle"})
        return build_bundle()
    ensure_installed({"test"})
    ensure_debian_test_packages()
    return subprocess.call([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
