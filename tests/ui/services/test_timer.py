"""Step timers on a fake clock: countdown, pause, reset, a visible overrun, kept in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import StepTimer, TimerBank, format_remaining
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import click, make_workshop


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(600, "10:00"), (0.2, "00:01"), (0, "00:00"), (-0.5, "+00:00"), (-133, "+02:13")],
)
def test_format_remaining(seconds: float, text: str) -> None:
    assert format_remaining(seconds) == text


def test_step_timer_counts_down_pauses_and_overruns() -> None:
    clock = FakeClock()
    timer = StepTimer(60, clock)
    timer.start()
    clock.advance(45)
    assert timer.text() == "00:15" and timer.running
    timer.pause()
    clock.advance(100)  # paused: time does not count
    assert timer.text() == "00:15"
    timer.toggle()
    clock.advance(15 + 133)
    assert timer.overrun and timer.text() == "+02:13"
    timer.reset()
    assert timer.text() == "01:00" and not timer.running


def test_the_bank_ticks_only_while_a_timer_runs(qtbot) -> None:
    clock = FakeClock()
    bank = TimerBank(["welcome", "vote"], clock)
    assert not bank._ticker.isActive()
    bank["vote"].start()
    assert bank._ticker.isActive()
    bank.pause_all()
    assert not bank._ticker.isActive()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, clock: FakeClock) -> MainWindow:
    window = MainWindow(SessionController(), full_screen_kiosk=False, clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_page_timer_shows_countdown_and_overrun_in_red(
    window: MainWindow, clock: FakeClock, session_path: Path
) -> None:
    window.controller.create(session_path, make_workshop())
    widget = window.steps.timer_widget
    assert widget.display.text() == "10:00"  # the welcome step's timebox
    click(widget.start_button)
    assert widget.start_button.text() == "Pause"
    assert window.sidebar.item(0).text().startswith("▶")  # running, seen in the sidebar
    clock.advance(10 * 60 + 133)
    window.timers.tick.emit()
    assert widget.display.text() == "+02:13"
    assert "#C0001A" in widget.display.styleSheet()  # red, and the "+" says it without colour
    click(widget.start_button)
    assert widget.start_button.text() == "Start"
    click(widget.reset_button)
    assert widget.display.text() == "10:00" and "#C0001A" not in widget.display.styleSheet()


def test_each_step_has_its_own_timer_and_the_file_keeps_them(
    qtbot, window: MainWindow, clock: FakeClock, session_path: Path
) -> None:
    controller = window.controller
    controller.create(session_path, make_workshop())
    window.show_step("vote")
    click(window.steps.timer_widget.start_button)
    clock.advance(300)
    window.show_step("welcome")
    assert window.steps.timer_widget.display.text() == "10:00"
    window.close()  # pauses and writes the timers

    again = MainWindow(SessionController(), full_screen_kiosk=False, clock=clock)
    qtbot.addWidget(again)
    again.open_path(session_path)
    assert again.current_step() == "welcome"
    again.show_step("vote")
    assert again.steps.timer_widget.display.text() == "10:00"  # 15 min - 5 min
    assert not again.timers["vote"].running


def test_a_set_up_edit_keeps_a_running_timer_running(
    window: MainWindow, clock: FakeClock, session_path: Path
) -> None:
    from msworkshop.ui.services.commands import edit_workshop

    controller = window.controller
    controller.create(session_path, make_workshop())
    window.show_step("vote")
    window.timers["vote"].start()
    clock.advance(60)
    assert edit_workshop(controller, controller.workshop.with_changes(title="New"), False)
    assert window.timers["vote"].running and window.current_step() == "vote"
    assert window.steps.timer_widget.display.text() == "14:00"
