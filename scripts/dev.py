#!/usr/bin/env python3
"""Set up msworkshop in ./.venv and start the app or run the tests.

Runs on any Python >= 3.11 (a fresh machine's default), but the app needs Python >= 3.12
(PySide6 6.12 crashes on 3.11), so this script finds a suitable interpreter first:
the running one, python3.13/python3.12 on PATH, the Windows launcher, or a pyenv version.

    python3 scripts/dev.py start [FILE]     install, then start the app (demo workshop
                                            when no FILE is given)
    python3 scripts/dev.py test [PYTEST ARGS] install with test extras, then run the tests

Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
MINIMUM = (3, 12)
WINDOWS = os.name == "nt"
# Debian packages the test suite needs: a real browser for the phone page, poppler for PDFs.
DEBIAN_TEST_PACKAGES = {"chromium": "/usr/bin/chromium", "poppler-utils": "/usr/bin/pdftoppm"}


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


def ensure_installed(extra: str) -> None:
    """pip install -e .[extra], skipped when pyproject.toml has not changed since."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extra}]" if extra else "."
    print(f"Installing msworkshop{f'[{extra}]' if extra else ''} into .venv", flush=True)
    subprocess.run(
        [str(venv_python()), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT, check=True
    )
    stamp.write_text(digest)


def ensure_debian_test_packages() -> None:
    """Install Chromium and poppler with apt-get when missing (CI runs as root)."""
    missing = [pkg for pkg, path in DEBIAN_TEST_PACKAGES.items() if not Path(path).exists()]
    if not missing or WINDOWS or not shutil.which("apt-get"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"Installing Debian packages: {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-q"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-q", *missing], check=True, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "start":
        ensure_installed("")
        args = rest or ["--demo"]
        return subprocess.call([str(venv_python()), "-m", "msworkshop", *args], cwd=ROOT)
    ensure_installed("test")
    ensure_debian_test_packages()
    return subprocess.call([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
