"""What the app remembers between runs (QSettings): recent files, window geometry, the
projector (screen, theme, timer shown) and the user-interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
RECENT_KEY = "session/recent_files"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PROJECTOR_SCREEN_KEY = "projector/screen"
PROJECTOR_THEME_KEY = "projector/theme"
PROJECTOR_TIMER_KEY = "projector/show_timer"
PROJECTOR_MIRROR_KEY = "projector/mirrored_full_screen"
ONE_SCREEN_KEY = "projector/one_screen"
LANGUAGE_KEY = "ui/language"
UI_LANGUAGES: tuple[str, ...] = ("en", "nl")


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
    known = recent_files(settings)
    paths = [path, *(p for p in known if p != path)][:MAX_RECENT]
    if paths != known:  # an unchanged list is not written: each write is a synced file
        settings.setValue(RECENT_KEY, [str(p) for p in paths])
    return paths


def clear_recent_files(settings: QSettings | None = None) -> None:
    (settings or QSettings()).remove(RECENT_KEY)


def load_bytes(key: str, settings: QSettings | None = None) -> QByteArray | None:
    value = (settings or QSettings()).value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(key: str, value: QByteArray, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(key, value)


def _text(key: str, default: str, settings: QSettings | None) -> str:
    value = (settings or QSettings()).value(key, default)
    return value if isinstance(value, str) else default


def projector_screen(settings: QSettings | None = None) -> str:
    """The name of the screen the projector window used last ('' when never)."""
    return _text(PROJECTOR_SCREEN_KEY, "", settings)


def set_projector_screen(name: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(PROJECTOR_SCREEN_KEY, name)


def projector_theme(settings: QSettings | None = None) -> str:
    """'light' or 'dark'."""
    value = _text(PROJECTOR_THEME_KEY, "light", settings)
    return value if value in ("light", "dark") else "light"


def set_projector_theme(name: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(PROJECTOR_THEME_KEY, name)


def show_timer_on_projector(settings: QSettings | None = None) -> bool:
    value = (settings or QSettings()).value(PROJECTOR_TIMER_KEY, False)
    return value is True or str(value).lower() == "true"


def set_show_timer_on_projector(show: bool, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(PROJECTOR_TIMER_KEY, bool(show))


def mirrored_full_screen(settings: QSettings | None = None) -> bool:
    """With one screen (a mirrored projector), present full screen on it: yes or no."""
    value = (settings or QSettings()).value(PROJECTOR_MIRROR_KEY, False)
    return value is True or str(value).lower() == "true"


def set_mirrored_full_screen(on: bool, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(PROJECTOR_MIRROR_KEY, bool(on))
    (settings or QSettings()).setValue(ONE_SCREEN_KEY, "full_screen" if on else "window")


def one_screen_choice(settings: QSettings | None = None) -> str | None:
    """How to present with one screen, once the facilitator said (F5 asks, or View →
    Mirrored display): "full_screen" or "window"; None before that."""
    value = _text(ONE_SCREEN_KEY, "", settings)
    return value if value in ("full_screen", "window") else None


def set_one_screen_choice(choice: str, settings: QSettings | None = None) -> None:
    if choice not in ("full_screen", "window"):
        raise ValueError(f"unknown choice {choice!r}")
    (settings or QSettings()).setValue(ONE_SCREEN_KEY, choice)


def ui_language(settings: QSettings | None = None) -> str:
    """The language of the facilitator's user interface (applied by the translations)."""
    value = _text(LANGUAGE_KEY, "", settings)
    return value if value in UI_LANGUAGES else ""


def set_ui_language(language: str, settings: QSettings | None = None) -> None:
    if language not in UI_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    (settings or QSettings()).setValue(LANGUAGE_KEY, language)
