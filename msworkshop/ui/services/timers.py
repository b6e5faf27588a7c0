"""Step timers: a countdown per session step with start, pause, reset and a visible overrun.

:class:`StepTimer` is the model (driven by an injectable clock, so tests need no sleeps),
:class:`TimerBank` holds one per step and ticks while any runs, :class:`TimerWidget` is the
facilitator's control. Elapsed times are written to the session file (``timer.<step>``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change

Clock = Callable[[], float]
TICK_MS = 250


def format_remaining(seconds: float) -> str:
    """``12:34`` while time is left, ``+02:13`` once the timebox is overrun."""
    if seconds >= 0:
        whole = math.ceil(seconds)
        sign = ""
    else:
        whole = math.floor(-seconds)
        sign = "+"
    minutes, secs = divmod(whole, 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


class StepTimer(QObject):
    """Counts down from the step's timebox; keeps counting (as overrun) past zero."""

    changed = Signal()  # started, paused, reset or restored (not on every tick)

    def __init__(
        self, duration_s: float, clock: Clock = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.duration_s = float(duration_s)
        self._elapsed_before = 0.0
        self._started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + running

    def remaining(self) -> float:
        return self.duration_s - self.elapsed()

    @property
    def overrun(self) -> bool:
        return self.remaining() < 0

    def text(self) -> str:
        return format_remaining(self.remaining())

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
            self.changed.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before = self.elapsed()
            self._started_at = None
            self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._elapsed_before = 0.0
        self._started_at = None
        self.changed.emit()

    def restore(self, elapsed: float, duration_s: float | None = None) -> None:
        """Set a paused state (from the session file)."""
        if duration_s is not None:
            self.duration_s = float(duration_s)
        self._elapsed_before = max(0.0, float(elapsed))
        self._started_at = None
        self.changed.emit()


class TimerBank(QObject):
    """One :class:`StepTimer` per step and one shared tick while any of them runs."""

    tick = Signal()

    def __init__(
        self, steps: Iterable[str], clock: Clock = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timers: dict[str, StepTimer] = {}
        for step in steps:
            timer = StepTimer(0, clock, self)
            timer.changed.connect(self._update_ticking)
            self.timers[step] = timer
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    def __getitem__(self, step: str) -> StepTimer:
        return self.timers[step]

    def _update_ticking(self) -> None:
        if any(t.running for t in self.timers.values()):
            self._ticker.start()
        else:
            self._ticker.stop()
        self.tick.emit()

    def pause_all(self) -> None:
        for timer in self.timers.values():
            timer.pause()

    def saved_state(self) -> dict[str, str]:
        """Setting key -> value, for the session file."""
        return {f"timer.{step}": f"{t.elapsed():.1f}" for step, t in self.timers.items()}

    def restore(self, durations: dict[str, float], saved: Callable[[str], str | None]) -> None:
        """Timeboxes from the content; elapsed times from ``saved(setting key)``."""
        for step, timer in self.timers.items():
            try:
                elapsed = float(saved(f"timer.{step}") or 0)
            except ValueError:
                elapsed = 0.0
            timer.restore(elapsed if math.isfinite(elapsed) else 0.0, durations.get(step, 0))


class TimerWidget(QWidget):
    """The facilitator's timer for the current step: countdown, start/pause, reset."""

    def __init__(self, bank: TimerBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank = bank
        self._timer: StepTimer | None = None
        self.display = QLabel("--:--")
        self.display.setObjectName("timerDisplay")
        self.display.setMinimumWidth(130)
        self.start_button = QPushButton(self.tr("Start"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.start_button.clicked.connect(self._toggle)
        self.reset_button.clicked.connect(self._reset)
        for button in (self.start_button, self.reset_button):
            button.setMinimumHeight(34)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        bank.tick.connect(self.refresh)
        on_language_change(self, self.refresh)

    def set_timer(self, timer: StepTimer | None) -> None:
        self._timer = timer
        self.refresh()

    def refresh(self) -> None:
        self.reset_button.setText(self.tr("Reset"))
        timer = self._timer
        enabled = timer is not None and timer.duration_s > 0
        self.start_button.setEnabled(enabled)
        self.reset_button.setEnabled(enabled)
        if timer is None or not enabled:
            self.display.setText("--:--")
            self._style(False)
            self.start_button.setText(self.tr("Start"))
            return
        self.display.setText(timer.text())
        self._style(timer.overrun)
        self.display.setToolTip(
            self.tr("Over time") if timer.overrun else self.tr("Time left in this step")
        )
        self.start_button.setText(self.tr("Pause") if timer.running else self.tr("Start"))

    def _style(self, overrun: bool) -> None:
        colours = (
            f"background: {theme.WARNING_COLOUR}; color: #FFFFFF;"
            if overrun
            else "color: palette(window-text);"
        )
        sheet = (
            f"font-size: 20pt; font-weight: bold; padding: 2px 10px; border-radius: 4px;"
            f" font-family: monospace; {colours}"
        )
        if sheet != self.display.styleSheet():  # re-polishing on every tick is not free
            self.display.setStyleSheet(sheet)

    def _toggle(self) -> None:
        if self._timer is not None:
            self._timer.toggle()

    def _reset(self) -> None:
        if self._timer is not None:
            self._timer.reset()
