"""Remembered settings: the recent-files list, written only when it changes."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings

from msworkshop.ui.common import settings


def test_recent_files_newest_first_and_rewritten_only_when_changed(tmp_path: Path) -> None:
    first, second = tmp_path / "a.msworkshop", tmp_path / "b.msworkshop"
    for path in (first, second):
        path.write_bytes(b"x")
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.add_recent_file(first, store)
    assert settings.add_recent_file(second, store) == [second.resolve(), first.resolve()]
    store.sync()
    written = Path(store.fileName()).stat().st_mtime_ns
    time.sleep(0.02)
    assert settings.add_recent_file(second, store) == [second.resolve(), first.resolve()]
    store.sync()
    assert Path(store.fileName()).stat().st_mtime_ns == written  # reopening: no write
    assert settings.add_recent_file(first, store)[0] == first.resolve()
    store.sync()
    assert Path(store.fileName()).stat().st_mtime_ns != written
    assert settings.recent_files(store) == [first.resolve(), second.resolve()]
