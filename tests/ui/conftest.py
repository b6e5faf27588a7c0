"""Fixtures for the GUI tests: real session files in tmp_path, the real content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.ui.common import dialogs
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell import window_dialogs


def make_workshop(
    mode: VotingMode = VotingMode.QUICK,
    threshold: int = 3,
    language: str = "en",
    teams: tuple[str, ...] = ("North", "South"),
    third: str = "",
) -> Workshop:
    functions = [Function("marketing"), Function("sales")]
    if third:
        functions.append(Function("service", third))
    return Workshop(
        title="Spring offsite",
        teams=tuple(Team(i, name) for i, name in enumerate(teams, start=1)),
        functions=tuple(functions),
        language=language,
        mode=mode,
        threshold=threshold,
        date=dt.date(2026, 4, 1),
        organisation="Acme",
    )


@pytest.fixture
def controller(qtbot) -> Iterator[SessionController]:
    controller = SessionController()
    yield controller
    controller.close()


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "offsite.msworkshop"


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Fail loudly instead of blocking on a modal dialog; record what would have been shown."""
    shown: list[tuple[str, str]] = []

    def show_error(parent: QWidget | None, text: str) -> None:
        shown.append(("error", text))

    def ask_confirm(parent: QWidget | None, text: str) -> bool:
        raise AssertionError(f"unexpected confirmation: {text}")

    def ask_one_screen(parent: QWidget | None) -> str | None:
        raise AssertionError("unexpected question: how to present on one screen")

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "ask_confirm", ask_confirm)
    monkeypatch.setattr(window_dialogs, "ask_one_screen", ask_one_screen)
    return shown


def click(widget: QWidget) -> None:
    """A real mouse click on a widget the participant can see."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
