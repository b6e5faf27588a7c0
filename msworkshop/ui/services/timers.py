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
