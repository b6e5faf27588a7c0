"""What the app remembers between runs (QSettings): recent files and window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
RECENT_KEY = "session/recent_files"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []


def recent_files(settings: QSettings | None = None) -> list[Path]:
    """Recently opened session files that still exist, newest first."""
    settings = settings or QSettings()
    paths = [Path(p) for p in _as_list(settings.value(RECENT_KEY, []))]
    return [p for p in paths if p.is_file()]


def add_recent_file(path: Path, settings: QSettings | None = None) -> list[Path]:
    settings = settings or QSettings()
    path = Path(path).resolve()
    paths = [path, *(p for p in recent_files(settings) if p != path)][:MAX_RECENT]
    settings.setValue(RECENT_KEY, [str(p) for p in paths])
    return paths


def clear_recent_files(settings: QSettings | None = None) -> None:
    (settings or QSettings()).remove(RECENT_KEY)


def load_bytes(key: str, settings: QSettings | None = None) -> QByteArray | None:
    value = (settings or QSettings()).value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(key: str, value: QByteArray, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(key, value)
