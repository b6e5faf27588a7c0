"""Stuffing made visible (issue 17): expected people per group against the live counts, and a
burst of phone ballots from one address removed in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.ui.services.phones import attach_phone_voting
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.page import VotePage
from msworkshop.ui.steps.vote.turnout_dialog import TurnoutDialog
from msworkshop.voting.arrivals import BURST_MIN_BALLOTS
from tests.ui.conftest import make_workshop


def test_more_ballots_than_expected_people_are_marked(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    page = VotePage(controller)
    qtbot.addWidget(page)
    page.show_turnout()
    dialog = page.turnout_dialog
    assert isinstance(dialog, TurnoutDialog)
    dialog.spins[(1, "sales")].setValue(2)
    dialog.save()
    assert controller.expected_people() == {(1, "sales"): 2}
    model = page.counts
    for _ in range(3):
        controller.intake.cast(team_id=1, function="sales", stage=2, source=Source.KIOSK)
    cell = model.cell(model.row_of(1), controller.workshop.function_keys.index("sales"))
    assert cell is not None and cell.text == "⚠ 3 / 2" and cell.tooltip
    assert model.count(1, "sales") == 3


def test_a_burst_from_one_address_is_listed_and_removed_exactly(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    round_ = controller.open_round() or controller.current_round()
    assert round_ is not None
    controller.intake.cast(team_id=2, function="marketing", stage=3, source=Source.KIOSK)
    phones = attach_phone_voting(controller)
    arrivals = phones.arrivals
    assert arrivals is not None
    count = BURST_MIN_BALLOTS + 2
    ids = controller.intake.add(
        [Ballot(1, "sales", round_.number, 1, (None,) * 20, "", Source.PHONE) for _ in range(count)]
    )
    for n, ballot_id in enumerate(ids):
        arrivals.record(round_.number, "192.0.2.7", f"device-{n}", ballot_id, 1, "sales")
    dialog = TurnoutDialog(controller)
    qtbot.addWidget(dialog)
    remove = [b for b in dialog.findChildren(QPushButton) if b.text() == "Remove these ballots"]
    assert len(remove) == 1
    remove[0].click()
    assert controller.ballot_counts() == {(2, "marketing"): 1}  # only the burst went
    assert not [b for b in dialog.findChildren(QPushButton) if b.text() == "Remove these ballots"]
