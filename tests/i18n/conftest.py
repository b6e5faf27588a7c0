"""Fixtures for the translation tests: the UI in Dutch, a Dutch demo session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from msworkshop.domain.content_loader import load_content
from msworkshop.store.demo_session import build_demo_session
from msworkshop.ui.common import dialogs, i18n


def process_events() -> None:
    """Qt posts LanguageChange to the windows: deliver it."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def dutch_ui(qapp) -> Iterator[None]:
    assert i18n.set_ui_language("nl")
    process_events()
    yield
    i18n.set_ui_language("en")  # tests/conftest.py also resets it
    process_events()


def demo_session(tmp_path: Path, language: str) -> Path:
    return build_demo_session(
        load_content(language).statements, tmp_path / f"demo-{language}.msworkshop", language
    )


@pytest.fixture
def demo_nl(tmp_path: Path) -> Path:
    return demo_session(tmp_path, "nl")


@pytest.fixture
def demo_en(tmp_path: Path) -> Path:
    return demo_session(tmp_path, "en")


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Never block on a modal dialog; record what would have been shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: shown.append(("e", text)))
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: False)
    return shown
