"""The core stays free of Qt: ``msworkshop.domain`` and ``msworkshop.store`` never import PySide6.

Checked two ways: importing every module in a fresh interpreter, and reading the source, so
an import hidden inside a function is caught too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

QT_FREE_PACKAGES = ("msworkshop.domain", "msworkshop.store")
ROOT = Path(__file__).resolve().parent.parent

_IMPORT_ALL = """
import importlib, pkgutil, sys
for package_name in sys.argv[1:]:
    package = importlib.import_module(package_name)
    for module in pkgutil.walk_packages(package.__path__, package_name + "."):
        importlib.import_module(module.name)
leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print("\\n".join(leaked))
"""


def test_core_modules_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *QT_FREE_PACKAGES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


@pytest.mark.parametrize("package", QT_FREE_PACKAGES)
def test_core_sources_do_not_mention_qt(package: str) -> None:
    folder = ROOT.joinpath(*package.split("."))
    sources = sorted(folder.rglob("*.py"))
    assert sources, f"no sources found in {folder}"
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources
        if "pyside6" in path.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []
