"""The Last time step of a follow-up session, the menu entry that makes one, and undo."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from msworkshop.domain.followup import ReviewStatus
from msworkshop.domain.plans import PlanAction
from msworkshop.store import SessionStore
from msworkshop.store.followup import create_followup
from msworkshop.ui.common import dialogs, i18n
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.lasttime.page import LastTimePage
from msworkshop.ui.steps.lasttime.view import LastTimeView
from msworkshop.ui.steps.registry import SIDEBAR_STEPS
from tests.ui.conftest import make_workshop

ORDINARY_STEPS = ["welcome", "stages", "vote", "reveal", "gaps", "agree", "plan", "close"]


def _earlier(path: Path) -> Path:
    """Spring offsite: North agreed 2 -> 3 with three actions, South 1 -> 1 with none."""
    with SessionStore.create(path, make_workshop()) as store:
        store.open_round()
        store.set_agreement(1, 2, 3)
        store.set_agreement(2, 1, 1)
        store.close_round()
        for title, owner in (("Hand-over rules", "Ann"), ("Lead board", "Bo"), ("Stand-up", "")):
            store.add_plan_action(PlanAction(1, title, owner=owner, due=dt.date(2026, 6, 1)))
    return path


@pytest.fixture
def followup(tmp_path: Path) -> Path:
    return create_followup(_earlier(tmp_path / "spring.msworkshop"), tmp_path / "autumn.msworkshop")


def _visible_steps(window: MainWindow) -> list[str]:
    return [k for row, k in enumerate(SIDEBAR_STEPS) if not window.sidebar.isRowHidden(row)]


def test_an_ordinary_session_keeps_its_steps(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.open(_earlier(tmp_path / "spring.msworkshop"))
    assert _visible_steps(window) == ORDINARY_STEPS
    assert window.current_step() == "welcome"
    window.show_step("stages")
    window.steps.pages["stages"]  # built
    while window.current_step() == "stages":
        window.steps.step_by(1)  # through the stage slides, then on: past the hidden step
    assert window.current_step() == "vote"
    window.steps.step_by(-1)
    assert window.current_step() == "stages"
    assert controller.previous is None


def test_a_followup_opens_on_last_time(
    qtbot, controller: SessionController, followup: Path
) -> None:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.open(followup)
    steps = _visible_steps(window)
    assert steps.index("lasttime") == steps.index("vote") - 1
    assert window.current_step() == "lasttime"
    assert window.steps.title_label.text() == "Last time"
    page = window.steps.pages["lasttime"]
    assert isinstance(page, LastTimePage)
    assert page.model.rowCount() == 3  # every action of North, the first team
    assert [page.model.index(r, 0).data() for r in range(3)] == [
        "Hand-over rules",
        "Lead board",
        "Stand-up",
    ]
    previous = controller.previous
    assert previous is not None
    assert [(t.agreed_stage, t.target_stage) for t in previous.teams] == [(2, 3), (1, 1)]
    assert "2. Dating (Defined)" in page.agreement.text()


def test_statuses_and_notes_are_stored_and_undoable(
    qtbot, controller: SessionController, followup: Path
) -> None:
    controller.open(followup)
    page, view = LastTimePage(controller), LastTimeView(controller)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    page.show()
    first = page.action_id(0)
    page.choose_status(first, "done")
    page.type_note(first, "shipped in May")
    page.choose_status(page.action_id(2), "dropped")
    assert "done" in view.texts() and "dropped" in view.texts() and "to decide" in view.texts()
    assert page.decided.text() == "2 of 3 actions decided"
    with SessionStore.open(followup) as store:
        previous = store.predecessor()
    assert previous is not None
    north = previous.teams[0].actions
    assert (north[0].status, north[0].note) == (ReviewStatus.DONE, "shipped in May")
    assert north[2].status is ReviewStatus.DROPPED
    assert controller.undo_stack.undoText() == "Status of an action"
    controller.undo_stack.undo()  # dropped -> undecided
    controller.undo_stack.undo()  # the note goes
    action = controller.previous.action(first)  # type: ignore[union-attr]
    assert action is not None and (action.status, action.note) == (ReviewStatus.DONE, "")
    assert page.status_box(page.action_id(2)).currentData() == ""
    assert "to decide" in view.texts()
    controller.undo_stack.redo()
    action = controller.previous.action(first)  # type: ignore[union-attr]
    assert action is not None and action.note == "shipped in May"
    with SessionStore.open(followup) as store:
        previous = store.predecessor()
    assert previous is not None and previous.teams[0].actions[2].status is None


def test_the_room_follows_the_team_in_focus(
    qtbot, controller: SessionController, followup: Path
) -> None:
    controller.open(followup)
    page, view = LastTimePage(controller), LastTimeView(controller)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    assert view.heading.text() == "Last time — North"
    assert "Target: 3. Living together (Aligned)" in view.texts()
    assert page.advance(1)  # PageDown: the next team first
    assert controller.focus.team == 2
    assert view.heading.text() == "Last time — South"
    assert "No actions were planned for this team." in view.texts()
    assert any("stay in 1. Single" in t for t in view.texts())
    assert page.team_box.currentText() == "South" and page.model.rowCount() == 0
    assert not page.advance(1)  # the last team: PageDown goes on to the vote
    assert page.advance(-1) and controller.focus.team == 1


def test_the_room_reads_its_own_language(qtbot, tmp_path: Path) -> None:
    old = tmp_path / "voorjaar.msworkshop"
    with SessionStore.create(old, make_workshop(language="nl")) as store:
        store.set_agreement(1, 3, 4)
        store.add_plan_action(PlanAction(1, "Klantendirecteur"))
    new = create_followup(old, tmp_path / "najaar.msworkshop")
    controller = SessionController()
    controller.open(new)
    view = LastTimeView(controller)
    qtbot.addWidget(view)
    assert view.heading.text() == "Vorige keer — North"
    assert "Afgesproken fase: 3. Samenwonend (Afgestemd)" in view.texts()
    assert "nog bespreken" in view.texts()
    controller.close()


def test_the_menu_makes_a_followup_and_opens_it(
    qtbot, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _earlier(tmp_path / "spring.msworkshop")
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.open(old)
    window.timers.pause_all()  # what opening the follow-up writes to the old file anyway
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    target = tmp_path / "autumn.msworkshop"
    asked: list[str] = []

    def ask_followup(parent: object, title: str) -> tuple[str, dt.date | None]:
        asked.append(title)
        return "Autumn check", dt.date(2026, 10, 1)

    monkeypatch.setattr(window_dialogs, "ask_followup", ask_followup)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    assert window.actions_.new_followup.isEnabled()
    window.actions_.new_followup.trigger()
    assert asked == ["Spring offsite"]
    assert controller.path == target and controller.workshop.title == "Autumn check"
    assert controller.workshop.date == dt.date(2026, 10, 1)
    assert window.current_step() == "lasttime"
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest


def test_the_menu_refuses_an_existing_file_in_dutch(
    qtbot,
    controller: SessionController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    old = _earlier(tmp_path / "spring.msworkshop")
    taken = tmp_path / "taken.msworkshop"
    taken.write_bytes(b"keep")
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.open(old)
    i18n.set_ui_language("nl")
    try:
        monkeypatch.setattr(window_dialogs, "ask_followup", lambda parent, title: (title, None))
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: taken)
        window.new_followup_session()
    finally:
        i18n.set_ui_language("en")
    assert controller.path == old  # still the session that was open
    assert taken.read_bytes() == b"keep"
    ((kind, text),) = no_real_dialogs
    assert kind == "error" and "taken.msworkshop" in text and "bestaat al" in text


def test_the_dialog_returns_title_and_date(qtbot) -> None:
    from msworkshop.ui.shell.followup_dialog import FollowupDialog

    dialog = FollowupDialog("Spring offsite")
    qtbot.addWidget(dialog)
    assert dialog.answer() == ("Spring offsite", None)
    dialog.title_edit.setText("  ")
    assert not dialog.buttons.buttons()[0].isEnabled()
    dialog.title_edit.setText("Autumn")
    dialog.with_date.setChecked(True)
    from PySide6.QtCore import QDate

    dialog.date_edit.setDate(QDate(2026, 10, 1))
    assert dialog.answer() == ("Autumn", dt.date(2026, 10, 1))
