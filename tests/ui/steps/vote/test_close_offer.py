"""Knowing when everyone has voted (issue 18): the Vote page shows the turnout against the
people expected and offers to close the round with one key once everyone has voted or the
vote's timebox is over; the room sees the overall progress only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from msworkshop.domain.ballot import Source
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import TimerBank
from msworkshop.ui.steps.vote.close_offer import EVERYONE, TIME_UP
from msworkshop.ui.steps.vote.page import VotePage
from msworkshop.ui.steps.vote.view import VoteView
from tests.ui.conftest import make_workshop


def _cast(controller: SessionController, team: int, function: str, times: int = 1) -> None:
    for _ in range(times):
        controller.intake.cast(team_id=team, function=function, stage=2, source=Source.KIOSK)


def _page(qtbot, controller: SessionController) -> VotePage:
    page = VotePage(controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # C is a shortcut of the active window
    return page


def test_everyone_expected_has_voted_then_c_closes_the_round(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    controller.set_expected_people({(1, "marketing"): 2, (1, "sales"): 1})
    page = _page(qtbot, controller)
    assert not page.close_offer.isVisible()
    assert "0 of 3 expected" in page.turnout_label.text()
    _cast(controller, 1, "marketing", 3)  # more marketing than expected: sales still missing
    assert not page.close_offer.offered
    text = page.turnout_label.text()
    assert "3 of 3 expected (100%)" in text and "still to vote: North · Sales 1" in text
    _cast(controller, 1, "sales")
    assert page.close_offer.reason == EVERYONE and page.close_offer.isVisible()
    assert "still to vote" not in page.turnout_label.text()
    qtbot.keyClick(page, Qt.Key.Key_C)
    round_ = controller.current_round()
    assert round_ is not None and not round_.is_open
    assert not page.close_offer.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_C)  # no offer: C does nothing any more
    assert not controller.current_round().is_open


def test_kept_open_it_stays_away_until_the_time_is_up(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    page = _page(qtbot, controller)
    now = [0.0]
    timers = TimerBank(["vote"], clock=lambda: now[0])
    timers["vote"].restore(0, 60)
    page.watch_timers(timers)
    page.expected_spin.setValue(2)  # a total only: no groups to wait for
    _cast(controller, 1, "marketing")
    _cast(controller, 2, "sales")
    assert page.close_offer.reason == EVERYONE
    page.close_offer.keep_button.click()
    assert not page.close_offer.isVisible()
    _cast(controller, 2, "sales")  # the same reason does not come back
    assert not page.close_offer.offered
    timers["vote"].start()
    now[0] = 59.0
    timers.tick.emit()
    assert not page.close_offer.offered
    now[0] = 61.0
    timers.tick.emit()
    assert page.close_offer.reason == TIME_UP and page.close_offer.isVisible()
    assert "time for the vote is up" in page.close_offer.message.text()
    page.close_offer.close_button.click()
    assert not controller.current_round().is_open


def test_without_expectations_nothing_is_offered_and_the_room_sees_only_the_total(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    page = _page(qtbot, controller)
    _cast(controller, 1, "marketing", 5)
    assert not page.close_offer.offered
    assert "Set the expected voters" in page.turnout_label.text()
    controller.set_expected_people({(1, "marketing"): 5, (1, "sales"): 4, (2, "sales"): 3})
    controller.ballots_changed.emit()
    view = VoteView(controller)
    qtbot.addWidget(view)
    view.refresh()
    # The sum of the groups is the room's target; no count per team or function is shown.
    assert view.count_label.text() == controller.content.text(
        "projector.voted_of", count=5, expected=12
    )
    assert view.progress.maximum() == 12 and view.progress.value() == 5
