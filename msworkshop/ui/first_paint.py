"""Run work after a window has been painted once: the facilitator sees the window first.

Start-up work the first screen does not need (the phone server, which loads Qt's network
modules and looks up the network interfaces) waits until the window is on screen, so opening
the app feels as quick as opening an empty window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintWatcher(QObject):
    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and self._work:
            work, self._work = self._work, None
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, work)  # after this paint has reached the screen
        return False


def after_first_paint(window: QWidget, work: Callable[[], object]) -> None:
    """Call ``work`` once, on the first turn of the event loop after ``window`` was painted."""
    _FirstPaintWatcher(window, work)
