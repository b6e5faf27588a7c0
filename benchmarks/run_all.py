"""Every speed figure of msworkshop in one run, with the peak memory of each part.

    .venv/bin/python benchmarks/run_all.py [--quick]

Runs, each in a fresh process (so their memory and start-up do not mix):
start-up against a bare QMainWindow, 500 phones / 50 concurrent over loopback, phones while an
attacker holds 1,000 idle connections and sends 60 KB request lines (attacks.py), the results
repaint of 10 teams x 60 ballots, the 10-team PDF export and its first preview page. Prints
each benchmark's own lines, then a summary with the peak resident memory of every part.
``--quick`` uses fewer repetitions (a smoke run, e.g. in CI); the README's table comes from a
full run.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parts(quick: bool) -> list[tuple[str, list[str]]]:
    return [
        ("start-up", ["startup.py", "--runs", "3" if quick else "11"]),
        ("500 phones", ["phones.py", "--phones", "100" if quick else "500"]),
        (
            "500 phones, kept-alive connections",
            ["phones.py", "--phones", "100" if quick else "500", "--keep-alive"],
        ),
        (
            "phones under attack (idle connections, long request lines, stuffing)",
            ["attacks.py", "--phones", "10" if quick else "40"],
        ),
        ("phone page on slow Wi-Fi", ["phone_page.py", "--runs", "3" if quick else "5"]),
        ("results repaint", ["results_repaint.py", "--updates", "15" if quick else "60"]),
        ("PDF export + preview", ["export.py"]),
    ]


def run(script: list[str]) -> tuple[int, float, int]:
    """Run one benchmark; its exit code, seconds and peak RSS in MiB (Linux/macOS)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(HERE / script[0]), *script[1:]], env=env)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(process.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss // (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:  # Windows: no per-child rusage
        code, peak = process.wait(), 0
    return code, time.perf_counter() - start, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}\n",
        flush=True,
    )
    summary, failed = [], False
    for title, script in parts(args.quick):
        print(f"== {title}", flush=True)
        code, seconds, peak = run(script)
        failed |= code != 0
        summary.append((title, code, seconds, peak))
        print(flush=True)
    print("== summary")
    for title, code, seconds, peak in summary:
        state = "ok" if code == 0 else f"FAILED ({code})"
        print(f"{title:22s} {state:8s} ran {seconds:5.1f} s, peak memory {peak} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
