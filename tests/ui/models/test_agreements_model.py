"""The Agree table: drop-downs from a delegate, the selection is the room's focus and stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtTest import QSignalSpy

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.messages import UserError
from msworkshop.store import SessionStore
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.agree.page import AgreePage
from tests.ui.conftest import make_workshop


@pytest.fixture
def page(qtbot, controller: SessionController, session_path: Path) -> AgreePage:
    """North: marketing 3x stage 2, sales 3x stage 1; South: sales 2 votes (hidden); West."""
    with SessionStore.create(session_path, make_workshop(teams=("North", "South", "West"))) as s:
        number = s.open_round().number
        s.add_ballots(
            [Ballot(1, "marketing", number, stage=2)] * 3
            + [Ballot(1, "sales", number, stage=1)] * 3
            + [Ballot(2, "sales", number, stage=3)] * 2
        )
    controller.open(session_path)
    page = AgreePage(controller)
    qtbot.addWidget(page)
    page.show()
    return page


def test_selection_and_drop_downs_survive_ballots_and_agreements(
    page: AgreePage, controller: SessionController
) -> None:
    model = page.table.model()
    assert page.selected_team() == 1 == controller.focus.team  # the first team by default
    page.table.selectRow(1)
    assert controller.focus.team == 2  # the room follows the facilitator's choice
    boxes = page.current_boxes
    south_votes = QPersistentModelIndex(model.index(1, 2))
    assert south_votes.data() == "hidden: fewer than 3 votes"  # says why, shows nothing
    resets = QSignalSpy(model.modelReset)
    controller.intake.cast(team_id=2, function="sales", stage=3)  # a third vote: shown now
    assert "most chosen: 3." in south_votes.data()
    page.agree(3, 2)  # another team's agreement
    assert controller.plans.agreement(3).stages == (2, 3)  # type: ignore[union-attr]
    assert page.selected_team() == 3  # choosing in a row selects its team, as before
    page.table.selectRow(1)
    controller.plans.set_agreement(1, 4, 4)  # an agreement made elsewhere
    assert page.selected_team() == 2 == controller.focus.team
    assert resets.count() == 0
    assert page.current_boxes == boxes  # the same drop-downs, updated in place
    assert page.current_boxes[1].currentData() == 4
    assert page.target_boxes[1].currentText() == "Stay and strengthen"
    assert not page.target_boxes[2].isEnabled()  # South: no stage agreed yet
    assert page.target_boxes[3].isEnabled()


def test_the_room_focus_moves_the_selection_and_the_checklist(
    page: AgreePage, controller: SessionController
) -> None:
    controller.focus.set_team(2)
    assert page.selected_team() == 2
    assert page.checklist.title() == "Stay or move? Choose the agreed stage first."  # hidden
    controller.focus.set_team(1)
    assert page.selected_team() == 1
    assert page.checklist.title() == "Stay or move? — 1. Single (Undefined)"  # most chosen


def test_not_agreed_and_a_refused_choice_put_the_drop_down_back(
    page: AgreePage,
    controller: SessionController,
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    page.agree(1, 2)
    box = page.current_boxes[1]
    box.setCurrentIndex(0)  # "— not agreed —": undone with Undo, not here
    box.activated.emit(0)
    assert box.currentData() == 2 and controller.plans.agreement(1) is not None

    def refuse(*_: object) -> None:
        raise UserError("stage_invalid")

    monkeypatch.setattr(controller.plans, "set_agreement", refuse)
    box.setCurrentIndex(box.findData(3))
    box.activated.emit(box.currentIndex())
    assert box.currentData() == 2  # what is saved
    assert [kind for kind, _ in no_real_dialogs] == ["error"]
