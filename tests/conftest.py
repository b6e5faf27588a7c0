"""Test set-up shared by every test: offscreen Qt, isolated settings and data folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

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
    monkeypatch.setenv("MSWORKSHOP_CACHE_DIR", str(home / "cache"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        yield home
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qs"))
    # Offscreen there is one screen: F5 would ask once how to present on it. A profile that
    # has answered "in a window" (tests of the question clear this).
    QSettings().setValue("projector/one_screen", "window")
    yield home


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    """Every test starts, and leaves, with the UI in English (the source language)."""
    yield
    i18n = sys.modules.get("msworkshop.ui.common.i18n")
    if i18n is not None and i18n.current_ui_language() != "en":
        i18n.set_ui_language("en")


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


# -- the browser for the phone-page tests (tests/web, tests/hardening) ----------------------
# One session-wide Chromium: Playwright's sync API allows one running instance per process.
CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright's own browser download is not used
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        message = f"Debian's chromium is not installed at {CHROMIUM}"
        if os.environ.get("CI"):  # CI must run the browser tests, never skip them
            pytest.fail(message + " (scripts/dev.py test installs it)")
        pytest.skip(message)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
