"""Test set-up shared by every test: offscreen Qt, isolated settings and data folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

# Must be set before any Qt import: without a display the process would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep QSettings and the sessions folder away from the real user profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MSWORKSHOP_HOME", str(home / "sessions"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        yield home
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qs"))
    yield home


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    """Every test starts, and leaves, with the UI in English (the source language)."""
    yield
    i18n = sys.modules.get("msworkshop.ui.i18n")
    if i18n is not None and i18n.current_ui_language() != "en":
        i18n.set_ui_language("en")


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
