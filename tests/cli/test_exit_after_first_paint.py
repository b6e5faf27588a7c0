"""MSWORKSHOP_EXIT_AFTER_FIRST_PAINT=1: the real app, started as a process, paints its window
once and quits with 0 (what the bundle's smoke test and benchmarks/bundle.py rely on)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from msworkshop.cli import main


def test_the_app_quits_after_its_first_paint(tmp_path: Path) -> None:
    session = tmp_path / "s.msworkshop"
    assert main(["new", str(session), "--title", "Paint", "--team", "A"]) == 0
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MSWORKSHOP_EXIT_AFTER_FIRST_PAINT": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "msworkshop", str(session)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["first paint"]


def test_without_the_variable_the_hook_is_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI path only builds the filter when asked (the normal start is untouched)."""
    import msworkshop.cli as cli

    calls: list[str] = []
    monkeypatch.delenv(cli.EXIT_AFTER_FIRST_PAINT, raising=False)
    monkeypatch.setattr(cli, "_quit_after_first_paint", lambda: calls.append("hook"))
    import msworkshop.ui.app as app

    monkeypatch.setattr(app, "run_app", lambda *a, **k: 0)
    assert cli.main([]) == 0
    assert calls == []
    monkeypatch.setenv(cli.EXIT_AFTER_FIRST_PAINT, "1")
    assert cli.main([]) == 0
    assert calls == ["hook"]
