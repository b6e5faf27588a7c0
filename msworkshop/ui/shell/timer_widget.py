"""The facilitator's control for the current step's timer: countdown, start/pause, reset."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.services.timers import StepTimer, TimerBank


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
