"""Editing the set-up later: written at once, re-announced, undoable with the votes it removed."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from msworkshop.domain.ballot import Source
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.workshop import Team, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.services.commands import ballot_counts, edit_workshop
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import make_workshop


@pytest.fixture
def window(qtbot, controller: SessionController, session_path: Path) -> MainWindow:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop(teams=("North", "South")))
    return window


def stored(path: Path) -> Workshop:
    with SessionStore.open(path) as store:
        return store.workshop()


def vote(controller: SessionController, team_id: int, function: str, times: int = 1) -> None:
    for _ in range(times):
        controller.intake.cast(team_id=team_id, function=function, stage=2, source=Source.KIOSK)


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch, change: Workshop, delete_ballots: bool = False
) -> list[tuple[Mapping[int, int], Mapping[str, int]]]:
    seen: list[tuple[Mapping[int, int], Mapping[str, int]]] = []

    def ask(
        parent: QWidget | None, workshop: Workshop, teams: Mapping[int, int], functions: object
    ) -> tuple[Workshop, bool]:
        seen.append((teams, functions))  # type: ignore[arg-type]
        return change, delete_ballots

    monkeypatch.setattr(window_dialogs, "ask_edit_workshop", ask)
    return seen


def test_rename_and_add_are_written_announced_and_undoable(
    qtbot, window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    before = controller.workshop
    after = before.with_changes(
        title="Autumn offsite", teams=(Team(2, "Zuid"), Team(1, "North"), Team(0, "East"))
    )
    answer_dialog(monkeypatch, after)
    with qtbot.waitSignal(controller.workshop_changed), qtbot.waitSignal(controller.session_opened):
        window.actions_.setup.trigger()
    assert [t.name for t in stored(session_path).teams] == ["Zuid", "North", "East"]
    assert stored(session_path).title == "Autumn offsite"
    assert window.windowTitle().startswith("Autumn offsite")
    assert window.actions_.undo.isEnabled() and "set-up" in window.actions_.undo.text()

    window.actions_.undo.trigger()
    assert stored(session_path) == before and controller.workshop == before
    window.actions_.redo.trigger()
    redone = stored(session_path)
    assert [t.name for t in redone.teams] == ["Zuid", "North", "East"]
    assert controller.workshop == redone


def test_removing_a_team_with_votes_needs_consent_and_undo_brings_them_back(
    window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    controller.open_round()
    vote(controller, 1, "marketing", 2)
    vote(controller, 2, "sales", 3)
    controller.store().set_team_note(2, "South wants a shared funnel")
    assert ballot_counts(controller) == ({1: 2, 2: 3}, {"marketing": 2, "sales": 3})
    without_south = controller.workshop.with_changes(teams=(Team(1, "North"),))

    # Without consent nothing is dropped: the store refuses and the file is unchanged.
    assert not edit_workshop(controller, without_south, delete_ballots=False)
    assert [t.name for t in stored(session_path).teams] == ["North", "South"]
    assert controller.ballot_count() == 5 and controller.undo_stack.count() == 0

    seen = answer_dialog(monkeypatch, without_south, delete_ballots=True)
    window.actions_.setup.trigger()
    assert seen[0][0] == {1: 2, 2: 3}  # the dialog knew which teams have votes
    assert [t.name for t in stored(session_path).teams] == ["North"]
    assert controller.ballot_count() == 2

    controller.undo_stack.undo()
    assert [t.name for t in stored(session_path).teams] == ["North", "South"]
    assert controller.ballot_count() == 5 and controller.ballot_counts()[(2, "sales")] == 3
    assert controller.store().team_notes() == {2: "South wants a shared funnel"}
    controller.undo_stack.redo()
    assert controller.ballot_count() == 2
    controller.undo_stack.undo()
    assert controller.ballot_count() == 5


def test_undoing_an_added_team_keeps_its_votes_for_redo(
    window: MainWindow, session_path: Path
) -> None:
    controller = window.controller
    controller.open_round()
    teams = (*controller.workshop.teams, Team(0, "East"))
    assert edit_workshop(controller, controller.workshop.with_changes(teams=teams), False)
    east = controller.workshop.team_by_name("East")
    assert east is not None
    vote(controller, east.id, "marketing")
    controller.undo_stack.undo()  # East and its vote go; redo brings both back
    assert controller.workshop.team_by_name("East") is None and controller.ballot_count() == 0
    controller.undo_stack.redo()
    assert controller.ballot_counts() == {(east.id, "marketing"): 1}


def test_changing_the_language_reloads_the_content(window: MainWindow) -> None:
    controller = window.controller
    assert edit_workshop(controller, controller.workshop.with_changes(language="nl"), False)
    assert controller.content.language == "nl"  # what the room reads
    # The facilitator's notes stay in the facilitator's (English) UI language (issue 13).
    assert window.steps.notes.notes is not None
    assert window.steps.notes.notes.title == load_content("en").notes_for("welcome").title
    assert controller.facilitator_content.language == "en"
    controller.undo_stack.undo()
    assert controller.content.language == "en"
