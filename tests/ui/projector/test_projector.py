"""The projector window: the right view per step, nothing facilitator-only, blank, screens, type."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from msworkshop.domain.ballot import Source
from msworkshop.ui.common import settings, theme
from msworkshop.ui.projector.screens import choose_screen
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.registry import SIDEBAR_STEPS
from tests.ui.conftest import make_workshop

CLOCK_TEXT = re.compile(r"\+?\b\d\d:\d\d\b")


def projected_text(projector: ProjectorWindow) -> str:
    """Everything a person in the room can read on the projector right now."""
    texts = [
        label.text()
        for label in projector.findChildren(QLabel)
        if label.isVisibleTo(projector) and label.text()
    ]
    texts += [
        bar.text() for bar in projector.findChildren(QProgressBar) if bar.isVisibleTo(projector)
    ]
    for widget in projector.findChildren(QWidget):
        if widget.isVisibleTo(projector):
            texts += [widget.toolTip(), widget.accessibleName()]
    return "\n".join(t for t in texts if t)


@pytest.fixture
def window(qtbot, controller: SessionController, session_path: Path) -> MainWindow:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop(teams=("Northwind", "Southbank")))
    window.show()
    window.actions_.present.trigger()
    return window


def cast(controller: SessionController, team_id: int, function: str, times: int) -> None:
    for _ in range(times):
        controller.intake.cast(team_id=team_id, function=function, stage=2, source=Source.KIOSK)


def test_one_screen_gives_an_ordinary_window(window: MainWindow) -> None:
    projector = window.projector
    assert len(QGuiApplication.screens()) == 1
    assert projector.isVisible() and not projector.isFullScreen()
    assert (projector.width(), projector.height()) == (1280, 720)
    assert window.projector_label.text() == "Projector: on"
    window.actions_.stop.trigger()
    assert not projector.isVisible() and window.projector_label.text() == "Projector: off (F5)"


def test_mirrored_display_presents_full_screen_on_the_one_screen(window: MainWindow) -> None:
    projector, actions = window.projector, window.actions_
    assert len(QGuiApplication.screens()) == 1
    actions.mirrored.setChecked(True)  # while presenting: goes full screen at once
    assert projector.isVisible() and projector.isFullScreen()
    actions.stop.trigger()
    assert not projector.isVisible()
    actions.present.trigger()
    assert projector.isFullScreen()
    actions.mirrored.setChecked(False)
    assert projector.isVisible() and not projector.isFullScreen()
    assert not settings.mirrored_full_screen()  # remembered for the next start


def test_the_projector_follows_the_step_and_shows_the_welcome_promise(window: MainWindow) -> None:
    projector, content = window.projector, window.controller.content
    assert projector.step == "welcome"
    text = projected_text(projector)
    assert "Spring offsite" in text and content.text("general.promise") in text
    window.actions_.next_step.trigger()
    assert projector.step == "stages"
    assert content.stages[0].slide in projected_text(projector)


def test_nothing_is_built_or_styled_for_the_room_until_the_projector_is_shown(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    """Start-up stays quick: the projector's views and style sheet wait for F5."""
    hidden = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(hidden)
    controller.create(session_path, make_workshop(teams=("Northwind", "Southbank")))
    hidden.steps.show_step("stages")
    projector = hidden.projector
    assert projector.views.built() == {} and projector.styleSheet() == ""
    hidden.actions_.present.trigger()
    assert list(projector.views.built()) == ["stages"] and projector.styleSheet()
    assert controller.content.stages[0].slide in projected_text(projector)


def test_page_down_walks_the_stage_slides_before_the_next_step(window: MainWindow) -> None:
    projector, content = window.projector, window.controller.content
    window.show_step("stages")
    for index in range(1, 4):
        window.actions_.next_step.trigger()
        assert window.current_step() == "stages"
        text = projected_text(projector)
        assert content.stages[index].slide in text and f"Stage {index + 1} of 4" in text
    window.actions_.next_step.trigger()
    assert window.current_step() == "vote"
    window.actions_.previous_step.trigger()
    window.actions_.previous_step.trigger()
    assert content.stages[2].slide in projected_text(projector)


def test_vote_view_shows_the_total_never_per_group(window: MainWindow) -> None:
    controller = window.controller
    window.show_step("vote")
    assert "Voting opens in a moment." in projected_text(window.projector)
    controller.open_round()
    cast(controller, 1, "marketing", 2)
    cast(controller, 2, "sales", 3)
    text = projected_text(window.projector)
    assert "5 voted" in text and "The link for phones appears here." in text
    assert "Northwind" not in text and "Southbank" not in text
    window.vote_page.expected_spin.setValue(12)
    assert "5 of 12 voted" in projected_text(window.projector)
    bar = window.projector.views["vote"].progress
    assert (bar.value(), bar.maximum(), bar.isVisibleTo(window.projector)) == (5, 12, True)
    # The facilitator's page does show the counts per team and function.
    assert window.vote_page.count(2, "sales") == 3


def test_vote_view_shows_the_qr_code_once_there_is_a_join_address(window: MainWindow) -> None:
    window.show_step("vote")
    url = "http://192.168.1.23:8765/k7m4pq"
    typed = "192.168.1.23:8765/k7m4pq"  # what the back row types: browsers add http://
    window.controller.phones = SimpleNamespace(  # stands in for ui.phone_service.PhoneVoting
        join_url=url, addresses=[], address="", error=None, preferred_port=lambda: 0
    )
    window.controller.join_url_changed.emit(url)
    view = window.projector.views["vote"]
    assert not view.qr.pixmap().isNull()
    assert typed in projected_text(window.projector)
    controller = window.controller
    controller.open_round()
    assert view.qr_frame.isVisibleTo(window.projector)
    controller.close_round()  # no invitation to scan once the round is closed
    text = projected_text(window.projector)
    assert not view.qr_frame.isVisibleTo(window.projector) and typed not in text
    assert controller.content.text("projector.vote_closed") in text
    controller.open_round()  # a second round: the code is back
    assert view.qr_frame.isVisibleTo(window.projector)
    assert typed in projected_text(window.projector)


def test_no_notes_counts_or_timer_on_the_projector_in_any_step(window: MainWindow) -> None:
    controller, projector = window.controller, window.projector
    controller.open_round()
    cast(controller, 1, "marketing", 4)
    cast(controller, 2, "sales", 1)
    window.timers["welcome"].start()
    for step in SIDEBAR_STEPS:
        window.timers[step].start()
        window.show_step(step)
        text = projected_text(projector)
        for other in SIDEBAR_STEPS:
            notes = controller.content.notes_for(other)
            for private in (notes.purpose, *notes.say, *notes.watch, *notes.objections):
                assert private not in text, f"{step}: notes of {other} projected"
        assert not CLOCK_TEXT.search(text), f"{step}: a timer is projected"
        if step in ("welcome", "stages", "vote"):
            assert "Northwind" not in text and "Southbank" not in text
        if step == "vote":
            assert re.findall(r"\d+", text) == ["5"]  # only the total
    window.actions_.show_timer.setChecked(True)
    assert projector.timer_label.isVisibleTo(projector)
    assert CLOCK_TEXT.search(projected_text(projector))
    assert settings.show_timer_on_projector()


def test_blank_turns_the_projector_black_and_back(window: MainWindow) -> None:
    projector = window.projector
    window.actions_.blank.trigger()
    assert projector.blank and projector.stack.currentWidget() is projector.blank_page
    assert projected_text(projector) == ""
    assert window.projector_label.text() == "Projector: BLANK (B)"
    image = projector.grab().toImage()
    assert image.pixelColor(640, 360).name() == "#000000"
    window.actions_.next_step.trigger()  # moving on while blank stays blank
    assert projector.blank and projector.step == "stages"
    window.actions_.blank.trigger()
    assert not projector.blank and "Stage 1 of 4" in projected_text(projector)


def test_type_scales_with_the_window_and_stays_readable(window: MainWindow, qtbot) -> None:
    projector = window.projector
    body = projector.views["welcome"].promise
    projector.resize(1280, 720)
    qtbot.wait(1)
    assert body.font().pixelSize() >= 28
    small = projector.views["welcome"].kicker
    assert small.font().pixelSize() >= 28
    projector.resize(1920, 1080)
    assert body.font().pixelSize() == theme.type_px("body", 1.5) == 48
    projector.resize(800, 1000)  # portrait: scaled by the width, lines do not overflow
    scale = theme.scale_for(projector.width(), projector.height())
    assert scale < 1 and body.font().pixelSize() == theme.type_px("body", scale)


def test_dark_theme_is_remembered(window: MainWindow) -> None:
    window.actions_.dark_theme.setChecked(True)
    assert window.projector.palette_name == "dark" and settings.projector_theme() == "dark"
    image = window.projector.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#000000"


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_screen_choice_prefers_the_remembered_screen_never_the_laptop() -> None:
    laptop, hdmi, usb = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")
    assert choose_screen([laptop], laptop) is None
    assert choose_screen([laptop, hdmi], laptop) is hdmi
    assert choose_screen([laptop, hdmi, usb], laptop, "DP-2") is usb
    assert choose_screen([laptop, hdmi], laptop, "eDP-1") is hdmi
    assert choose_screen([hdmi, laptop], laptop, "gone") is hdmi


def test_screen_changes_keep_the_state(window: MainWindow, qtbot) -> None:
    projector = window.projector
    window.show_step("stages")
    window.actions_.next_step.trigger()
    window.actions_.blank.trigger()
    projector._screens_changed()  # as on plugging or unplugging a screen
    qtbot.wait(5)
    assert projector.isVisible() and projector.presenting
    assert projector.step == "stages" and projector.blank
    window.actions_.blank.trigger()
    assert "Stage 2 of 4" in projected_text(projector)
