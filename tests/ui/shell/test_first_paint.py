"""after_first_paint: work waits for the window's first paint, runs once, and never gets lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from msworkshop.ui.shell import first_paint
from msworkshop.ui.shell.first_paint import after_first_paint


def test_work_runs_once_after_the_first_paint(qtbot) -> None:
    window = QLabel("hello")
    qtbot.addWidget(window)
    calls: list[bool] = []
    after_first_paint(window, lambda: calls.append(window.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    window.update()
    qtbot.wait(50)
    assert calls == [True]


def test_a_window_that_is_never_painted_gets_the_work_anyway(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 100)
    window = QLabel("hidden")
    qtbot.addWidget(window)
    calls: list[int] = []
    after_first_paint(window, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    window.show()
    qtbot.wait(50)
    assert calls == [1]
