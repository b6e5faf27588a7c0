"""The room's comments on the Discuss-the-gaps page and its projected view: the queue fills
as phones send, approve / edit / drop are undoable, the room sees only approved comments of
large-enough groups, shuffled, and no team or function unless the facilitator chose so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from msworkshop.domain.room_comments import OPEN_SETTING, CommentStatus, RoomComment
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.common import i18n, undo_texts
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.room_comments import room_comments_for
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps import comment_queue
from msworkshop.ui.steps.gaps.page import GapsPage
from msworkshop.ui.steps.gaps.view import GapsProjectorView
from tests.ui.conftest import click, make_workshop
from tests.ui.results_helpers import create_session, group

# North: marketing 2 votes (below the threshold 3), sales 3; South: both 3.
VOTES = (
    group(1, "marketing", (2, 2), 3)
    + group(1, "sales", (1, 2, 2), 2)
    + group(2, "marketing", (3, 3, 3), 3)
    + group(2, "sales", (2, 2, 2), 2)
)


@pytest.fixture
def opened(controller: SessionController, session_path: Path) -> SessionController:
    workshop = make_workshop(mode=VotingMode.QUICK, threshold=3)
    controller.open(create_session(session_path, VOTES, workshop, close=False))
    return controller


def _send(controller: SessionController, team: int, function: str, text: str) -> str:
    """What the participant server does with a phone's comment: through the phone door."""
    return controller.intake.phone_store().add_room_comment(RoomComment("", team, function, text))


_windows: list[ProjectorWindow] = []


@pytest.fixture(autouse=True)
def _forget_windows() -> object:
    yield
    _windows.clear()


def _parts(qtbot, controller: SessionController) -> tuple[GapsPage, GapsProjectorView]:
    """The laptop's page, and the room's view in a real projector window at 720p."""
    page = GapsPage(controller)
    projector = ProjectorWindow(controller)
    for widget in (page, projector):
        qtbot.addWidget(widget)
    page.resize(1280, 800)
    projector.resize(1280, 720)
    page.show()
    projector.show()
    projector.set_step("gaps")
    page.side_tabs.setCurrentWidget(page.comments)
    view = projector.views["gaps"]
    assert isinstance(view, GapsProjectorView)
    _windows.append(projector)  # qtbot holds widgets weakly: keep the window alive
    return page, view


def tick(box: QCheckBox) -> None:
    """A real click on a check box's indicator (its middle may be empty space)."""
    assert box.isVisible() and box.isEnabled()
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _room_texts(view: GapsProjectorView) -> str:
    return "\n".join(view.visible_texts())


def _stored(path: Path) -> list[RoomComment]:
    with SessionStore.open(path) as other:
        return other.room_comments()


def test_a_phone_comment_reaches_the_queue_at_once_and_never_the_room(
    qtbot, opened: SessionController
) -> None:
    page, view = _parts(qtbot, opened)
    queue = page.comments
    tick(queue.project_box)  # the cards are on the projector already
    assert view.showing_cards
    _send(opened, 1, "sales", "Why do leads wait so long?")
    assert [t.splitlines()[0] for t in queue.row_texts()] == ["Why do leads wait so long?"]
    assert "North · Sales" in queue.row_texts()[0] and "new" in queue.row_texts()[0]
    assert page.side_tabs.tabText(1) == "Comments (1 new)"
    assert "Why do leads" not in _room_texts(view)
    assert view.cards.texts() == []
    assert view.cards_none.text()  # "appear here once the facilitator has read them"


def test_approve_projects_it_and_undo_takes_it_back(
    qtbot, opened: SessionController, session_path: Path
) -> None:
    page, view = _parts(qtbot, opened)
    queue = page.comments
    queue.project_box.setChecked(True)
    first = _send(opened, 2, "marketing", "Shared targets, please")
    queue.select(first)
    assert queue.approve_button.text() == "Approve"
    click(queue.approve_button)
    assert view.cards.texts() == ["Shared targets, please"]
    assert _stored(session_path)[0].status is CommentStatus.APPROVED
    assert queue.approve_button.text() == "Take off the cards"
    assert opened.undo_stack.undoText() == "Approve a comment"
    opened.undo_stack.undo()
    assert view.cards.texts() == []
    assert _stored(session_path)[0].status is CommentStatus.NEW
    opened.undo_stack.redo()
    assert view.cards.texts() == ["Shared targets, please"]
    tick(queue.project_box)  # off: the gaps step shows the gaps again, no card left behind
    assert not view.showing_cards and "Shared targets" not in _room_texts(view)


def test_edit_takes_a_name_out_and_undo_puts_it_back(
    qtbot, opened: SessionController, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, view = _parts(qtbot, opened)
    queue = page.comments
    queue.project_box.setChecked(True)
    comment_id = _send(opened, 2, "sales", "Ask Petra why the leads wait")
    room_comments_for(opened).approve(comment_id)
    asked: list[str] = []

    def edited(parent: object, title: str, label: str, text: str) -> str:
        asked.append(text)
        return "Ask why the leads wait"

    monkeypatch.setattr(comment_queue, "ask_comment_text", edited)
    queue.select(comment_id)
    click(queue.edit_button)
    assert asked == ["Ask Petra why the leads wait"]
    assert view.cards.texts() == ["Ask why the leads wait"]
    assert _stored(session_path)[0].text == "Ask why the leads wait"
    on_disk = b"".join(p.read_bytes() for p in session_path.parent.glob(session_path.name + "*"))
    assert b"Petra" not in on_disk  # the file and its WAL, while the session is still open
    opened.undo_stack.undo()
    assert _stored(session_path)[0].text == "Ask Petra why the leads wait"
    opened.undo_stack.redo()
    monkeypatch.setattr(comment_queue, "ask_comment_text", lambda *args: "   ")
    click(queue.edit_button)  # an empty text is refused with a message, nothing changes
    assert _stored(session_path)[0].text == "Ask why the leads wait"


def test_drop_removes_it_from_the_file_and_undo_restores_its_place(
    qtbot, opened: SessionController, session_path: Path, no_real_dialogs: list
) -> None:
    page, _view = _parts(qtbot, opened)
    queue = page.comments
    ids = [_send(opened, 2, "sales", text) for text in ("First", "Second: rude", "Third")]
    queue.select(ids[1])
    click(queue.drop_button)
    assert [t.splitlines()[0] for t in queue.row_texts()] == ["First", "Third"]
    assert {c.text for c in _stored(session_path)} == {"First", "Third"}
    assert opened.undo_stack.undoText() == "Drop a comment"
    opened.undo_stack.undo()
    assert [t.splitlines()[0] for t in queue.row_texts()] == ["First", "Second: rude", "Third"]
    assert ids[1] in {c.id for c in _stored(session_path)}


def test_a_comment_from_a_small_group_waits_and_the_laptop_says_why(
    qtbot, opened: SessionController
) -> None:
    page, view = _parts(qtbot, opened)
    queue = page.comments
    queue.project_box.setChecked(True)
    service = room_comments_for(opened)
    small = _send(opened, 1, "marketing", "From a group of two")
    service.approve(small)
    assert view.cards.texts() == []
    row = queue.row_texts()[0]
    assert "waits" in row and "2 of the 3 votes" in row
    assert "waiting for enough votes" in queue.summary.text()
    opened.intake.cast(team_id=1, function="marketing", stage=2)  # a third marketing vote
    assert view.cards.texts() == ["From a group of two"]
    assert "on the cards" in queue.row_texts()[0]


def test_no_team_or_function_on_the_cards_unless_chosen(qtbot, opened: SessionController) -> None:
    page, view = _parts(qtbot, opened)
    queue = page.comments
    queue.project_box.setChecked(True)
    service = room_comments_for(opened)
    service.approve(_send(opened, 2, "sales", "Labelled or not?"))
    assert view.cards.texts() == ["Labelled or not?"]
    assert "South" not in _room_texts(view) and "Sales" not in _room_texts(view)
    assert "fewer than 3 votes" in queue.labels_box.toolTip()
    tick(queue.labels_box)
    assert view.cards.texts() == ["Labelled or not?", "South · Sales"]
    assert opened.setting("comments.show_groups") == "1"  # kept in the session file


def test_cards_are_shuffled_and_page_when_there_are_many(qtbot, opened: SessionController) -> None:
    page, view = _parts(qtbot, opened)
    page.comments.project_box.setChecked(True)
    service = room_comments_for(opened)
    texts = [f"Comment number {n:02} about working together" for n in range(14)]
    for text in texts:
        service.approve(_send(opened, 2, "marketing", text))
    qtbot.wait(20)
    shown: list[str] = []
    assert service.slide_count > 1  # fourteen cards do not fit one slide at 720p
    for _ in range(service.slide_count):
        shown += view.cards.texts()
        assert view.cards.footer.text()  # "1-6 of 14"
        click(page.comments.next_button)
    assert sorted(shown) == texts  # every card once
    assert shown != texts  # not in the order they came
    assert view.cards.texts() == shown[: len(view.cards.texts())]  # back at the first slide


def test_the_open_switch_is_kept_in_the_session_file(
    qtbot, opened: SessionController, session_path: Path
) -> None:
    page, _view = _parts(qtbot, opened)
    assert not page.comments.open_box.isChecked()
    tick(page.comments.open_box)
    with SessionStore.open(session_path) as other:
        assert other.get_setting(OPEN_SETTING) == "1"
    opened.close()
    opened.open(session_path)
    assert page.comments.open_box.isChecked()


def test_undo_texts_follow_the_language(qtbot, opened: SessionController) -> None:
    service = room_comments_for(opened)
    service.approve(_send(opened, 2, "sales", "x"))
    try:
        i18n.set_ui_language("nl")
        undo_texts.retranslate(opened.undo_stack)  # as the window's Edit menu does
        assert opened.undo_stack.undoText() == "Opmerking goedkeuren"
    finally:
        i18n.set_ui_language("en")
        undo_texts.retranslate(opened.undo_stack)
    assert opened.undo_stack.undoText() == "Approve a comment"
