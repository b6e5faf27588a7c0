"""Run work after a window has been painted once: the facilitator sees the window first.

Start-up work the first screen does not need (the phone server, which loads Qt's network
modules and looks up the network interfaces) waits until the window is on screen, so opening
the app feels as quick as opening an empty window. A window that is never painted (started
minimised, or hidden) gets the work anyway after ``FALLBACK_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500


class _FirstPaintWatcher(QObject):
    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and self._work:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self._window.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], object]) -> None:
    """Call ``work`` once, on the first turn of the event loop after ``window`` was painted
    (or after ``FALLBACK_MS`` if it is not painted by then)."""
    _FirstPaintWatcher(window, work)
