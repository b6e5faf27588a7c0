"""Start-up time: the real facilitator window vs a bare PySide6 QMainWindow, same run.

Each sample is a fresh process, timed from spawn until its window receives its first paint
event (the child reports the wall-clock time then, and quits; shutting down is not timed, as
it is not part of starting). Offscreen. Goal: ratio <= 2.0. Runs alternate bare/app; the
ratio is the median over the pairs, as the machine's speed drifts between pairs.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUIT_WHEN_SHOWN = """
import time
from PySide6.QtCore import QEvent, QObject
class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(repr(time.time()), flush=True)  # shown: the parent takes it from here
            self.parent().quit()
        return False
def quit_when_shown(app, window):
    window.installEventFilter(QuitOnFirstPaint(app))
    window.show()
    app.exec()
"""

BARE = (
    QUIT_WHEN_SHOWN
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
quit_when_shown(app, window)
"""
)

APP = (
    QUIT_WHEN_SHOWN
    + """
import sys
from pathlib import Path
from msworkshop.ui.app import create_main_window, ensure_application
app = ensure_application([])
window = create_main_window(Path(sys.argv[1]))
quit_when_shown(app, window)
"""
)


def time_process(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from spawning the process to its window's first paint."""
    start = time.time()  # wall clock: comparable with the child's time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
    )
    return float(done.stdout.split()[-1]) - start


def measure(runs: int) -> dict[str, float]:
    from msworkshop.domain.content_loader import load_content
    from msworkshop.store.demo_session import build_demo_session

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MSWORKSHOP_HOME": tmp,
            "XDG_CONFIG_HOME": tmp,
            "QT_LOGGING_RULES": "qt.qpa.*=false",
        }
        # An installed app runs from compiled bytecode: let the warm-up runs write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        session = build_demo_session(load_content("en").statements, Path(tmp) / "d.msworkshop")
        time_process(BARE, env=env)  # warm the file cache once for both
        time_process(APP, str(session), env=env)
        bare, app = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            bare.append(time_process(BARE, env=env))
            app.append(time_process(APP, str(session), env=env))
    # The machine's speed drifts (a shared VM): each app run is compared with the bare run
    # just before it, and the median of those paired ratios is the figure.
    paired = [a / b for a, b in zip(app, bare, strict=True)]
    return {
        "bare_ms": statistics.median(bare) * 1000,
        "app_ms": statistics.median(app) * 1000,
        "ratio": statistics.median(paired),
        "best_ratio": min(app) / min(bare),
        "spread": (min(paired), max(paired)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    figures = measure(parser.parse_args().runs)
    low, high = figures["spread"]
    print(
        f"startup: bare QMainWindow {figures['bare_ms']:.0f} ms, msworkshop window "
        f"{figures['app_ms']:.0f} ms (with a session open; medians), ratio "
        f"{figures['ratio']:.2f}x (median of paired runs, {low:.2f}-{high:.2f}; "
        f"best runs {figures['best_ratio']:.2f}x) (goal <= 2.0x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
