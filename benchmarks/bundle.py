"""The bundle against the venv: size on disk, download size, and start-up time.

    python3 benchmarks/bundle.py [--runs N]      (after python3 scripts/dev.py bundle)

Start-up is the wall time of a whole process that opens a session file, paints the main
window once (offscreen) and quits (MSWORKSHOP_EXIT_AFTER_FIRST_PAINT=1): the bundle's
executable against ``.venv/bin/msworkshop``, alternating, median of N runs each. The venv's
size counts what the app needs at run time (the Python installation it was made from, its
dependencies and the package), not the test tools.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "msworkshop"
VENV = ROOT / ".venv"
RUNTIME_PACKAGES = ("PySide6", "shiboken6", "reportlab", "segno", "PIL", "msworkshop")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def gzip_size(folder: Path) -> int:
    """Size of a .tar.gz of the folder (what a facilitator downloads)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name)
    return buffer.tell()


def venv_runtime_size() -> int:
    site = next(VENV.glob("lib/python3*/site-packages"))
    base = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", "import sys; print(sys.base_prefix)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    python = folder_size(next((Path(base) / "lib").glob("python3.*")))
    packages = sum(folder_size(site / name) for name in RUNTIME_PACKAGES if (site / name).exists())
    return python + packages + folder_size(ROOT / "resources")


def start(command: list[str], session: Path, home: Path) -> float:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "MSWORKSHOP_EXIT_AFTER_FIRST_PAINT": "1",
    }
    started = time.perf_counter()
    done = subprocess.run([*command, str(session)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if "first paint" not in done.stdout:
        sys.exit(f"{command[0]} did not paint: {done.stderr[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (BUNDLE / "msworkshop").exists():
        sys.exit("No bundle: run python3 scripts/dev.py bundle first.")
    with tempfile.TemporaryDirectory() as work:
        home = Path(work)
        session = home / "s.msworkshop"
        subprocess.run(
            [str(BUNDLE / "msworkshop"), "new", str(session), "--title", "B", "--team", "A"],
            check=True,
            capture_output=True,
        )
        commands = {"bundle": [str(BUNDLE / "msworkshop")], "venv": [str(VENV / "bin/msworkshop")]}
        for command in commands.values():  # warm the file cache for both
            start(command, session, home)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(start(command, session, home))
    bundle_ms = statistics.median(times["bundle"]) * 1000
    venv_ms = statistics.median(times["venv"]) * 1000
    print(f"machine: {os.cpu_count()} cores, {sys.platform}, offscreen Qt")
    print(
        f"start to first paint and exit, median of {args.runs}: bundle {bundle_ms:.0f} ms, "
        f"venv {venv_ms:.0f} ms (ratio {bundle_ms / venv_ms:.2f}); "
        f"ranges {min(times['bundle']) * 1000:.0f}-{max(times['bundle']) * 1000:.0f} / "
        f"{min(times['venv']) * 1000:.0f}-{max(times['venv']) * 1000:.0f} ms"
    )
    print(
        f"size: bundle {folder_size(BUNDLE) / 2**20:.0f} MiB on disk, "
        f"{gzip_size(BUNDLE) / 2**20:.0f} MiB as .tar.gz; "
        f"venv runtime (Python + dependencies) {venv_runtime_size() / 2**20:.0f} MiB, "
        f"whole .venv with test tools {folder_size(VENV) / 2**20:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
