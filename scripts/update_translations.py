#!/usr/bin/env python3
"""Refresh the Qt translation sources and compile them.

    .venv/bin/python scripts/update_translations.py          # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if .ts/.qm are stale

lupdate collects every ``tr()`` string of ``msworkshop/ui`` into
``resources/translations/msworkshop_<lang>.ts`` (edit the Dutch texts there, e.g. with
pyside6-linguist); lrelease compiles them into the ``.qm`` files the app loads.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_NL"}


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "msworkshop" / "ui").rglob("*.py"))


def update(ts: Path, locale: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            locale,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True
    )


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang, locale in LANGUAGES.items():
            ts = TRANSLATIONS / f"msworkshop_{lang}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            update(copy, locale)
            if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                stale.append(f"{ts.name}: out of date with the code (run this script)")
            qm = Path(tmp) / f"msworkshop_{lang}.qm"
            release(ts, qm)
            if not filecmp.cmp(qm, TRANSLATIONS / qm.name, shallow=False):
                stale.append(f"{qm.name}: not compiled from the current .ts (run this script)")
    for line in stale:
        print(line)
    return 1 if stale else 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang, locale in LANGUAGES.items():
        ts = TRANSLATIONS / f"msworkshop_{lang}.ts"
        update(ts, locale)
        release(ts, TRANSLATIONS / f"msworkshop_{lang}.qm")
        print(f"updated {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
