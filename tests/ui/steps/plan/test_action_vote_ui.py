"""The dot vote on the laptop and the projector, driving the real widgets: open, live tally
from real phones over HTTP, close (which orders the plan, undoably), and the revealed
ranking with the split by function only at or above the threshold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from msworkshop.domain.action_vote import VoteStatus
from msworkshop.domain.plans import PlanAction
from msworkshop.store import SessionStore
from msworkshop.ui.models.plan_actions import DOTS_COLUMN
from msworkshop.ui.services.phones import attach_phone_voting
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.plan.page import PlanPage
from msworkshop.ui.steps.plan.view import PlanView
from tests.ui.conftest import click, make_workshop
from tests.voting.conftest import Client

TITLES = ("Hand-over rules for leads", "A who-is-who list", "Monthly key-account meeting")


@pytest.fixture
def session(controller: SessionController, session_path: Path) -> SessionController:
    """North (1) and South (2) with three and one actions; threshold 3; round 1 closed."""
    with SessionStore.create(session_path, make_workshop(threshold=3)) as store:
        store.open_round()
        store.close_round()
        store.set_plan(1, [PlanAction(1, title) for title in TITLES])
        store.set_plan(2, [PlanAction(2, "South's action")])
    controller.open(session_path)
    controller.plans.set_focus(1)
    return controller


@pytest.fixture
def windows(qtbot, session: SessionController) -> Iterator[tuple[PlanPage, PlanView]]:
    page = PlanPage(session)
    view = PlanView(session)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    page.resize(1280, 800)
    view.resize(1280, 720)
    page.show()
    view.show()
    yield page, view


def _ids(session: SessionController, team: int = 1) -> list[int]:
    return [a.id for a in session.plans.actions(team)]


def _dots_column(page: PlanPage) -> list[str]:
    model = page.table.model()
    return [str(model.index(r, DOTS_COLUMN).data() or "") for r in range(model.rowCount())]


def _titles(page: PlanPage) -> list[str]:
    model = page.table.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def _place(
    qtbot, session: SessionController, team: int, votes: list[tuple[str, list[int]]]
) -> None:
    """Dots as phones place them (through the store the server uses), then announced."""
    store = session.store()
    for number, (function, dots) in enumerate(votes):
        store.place_dots(team, function, f"voter-{function}-{number}", dots)
    with qtbot.waitSignal(session.action_votes.changed, timeout=2000):
        session.action_votes.dots_arrived(team)


def test_phones_dots_reach_the_live_tally_and_never_the_room_before_reveal(
    qtbot, windows: tuple[PlanPage, PlanView], session: SessionController, session_path: Path
) -> None:
    page, view = windows
    attach_phone_voting(session)
    assert page.table.isColumnHidden(DOTS_COLUMN)  # no vote yet: no Dots column
    click(page.dot_panel.open_button)
    with SessionStore.open(session_path) as other:  # on disk
        assert other.action_votes()[1].status is VoteStatus.OPEN
    assert view.notice.isVisible() and "3 dots each" in view.notice.text()
    ids = _ids(session)
    parts = urlsplit(session.join_url)
    client = Client(qtbot, parts.port or 80, f"/j{parts.path}/")
    device = "phone-device-token-000000000"
    reply = client.post(
        "api/dots",
        {"team": 1, "function": "sales", "dots": [ids[2], ids[2], ids[0]], "device": device},
    )
    assert reply.status == 200
    qtbot.waitUntil(lambda: _dots_column(page) == ["1", "0", "2"], timeout=2000)
    assert not page.table.isColumnHidden(DOTS_COLUMN)
    assert "People who placed dots: 1; dots placed: 3." in page.dot_panel.status.text()
    assert "stay hidden" in page.dot_panel.status.text()  # 1 sales voter < threshold 3
    # The room sees the plan in its order, no figure, until the facilitator reveals.
    assert view.titles() == list(TITLES) and not view.shows_ranking
    assert all("2" not in cell for row in view.figures() for cell in row[:1])


def test_close_orders_the_plan_by_dots_and_undo_puts_it_back(
    qtbot, windows: tuple[PlanPage, PlanView], session: SessionController, session_path: Path
) -> None:
    page, _view = windows
    click(page.dot_panel.open_button)
    ids = _ids(session)
    _place(
        qtbot, session, 1, [("sales", [ids[2], ids[1]]), ("marketing", [ids[2], ids[1], ids[1]])]
    )
    assert _dots_column(page) == ["0", "3", "2"]
    click(page.dot_panel.close_button)
    assert _titles(page) == [TITLES[1], TITLES[2], TITLES[0]]
    with SessionStore.open(session_path) as other:
        assert other.action_votes()[1].status is VoteStatus.CLOSED
        assert [a.title for a in other.plan_actions(1)] == [TITLES[1], TITLES[2], TITLES[0]]
    assert _dots_column(page) == ["3", "2", "0"]  # the dots follow their actions
    assert not page.dot_panel.close_button.isEnabled()
    assert session.undo_stack.undoText() == "Close the vote and sort by dots"
    session.undo_stack.undo()
    assert _titles(page) == list(TITLES)
    assert session.action_votes.vote(1).is_open  # type: ignore[union-attr]
    with SessionStore.open(session_path) as other:
        assert [a.title for a in other.plan_actions(1)] == list(TITLES)
        assert other.dot_counts(1).total(ids[1]) == 3  # undo keeps the dots
    session.undo_stack.redo()
    assert _titles(page) == [TITLES[1], TITLES[2], TITLES[0]]
    assert not session.action_votes.vote(1).is_open  # type: ignore[union-attr]


def test_sort_by_dots_is_one_undoable_step(
    qtbot, windows: tuple[PlanPage, PlanView], session: SessionController
) -> None:
    page, _view = windows
    click(page.dot_panel.open_button)
    ids = _ids(session)
    _place(qtbot, session, 1, [("sales", [ids[2]])])
    click(page.dot_panel.sort_button)
    assert _titles(page) == [TITLES[2], TITLES[0], TITLES[1]]  # ties keep their order
    assert session.action_votes.vote(1).is_open  # type: ignore[union-attr]
    session.undo_stack.undo()
    assert _titles(page) == list(TITLES)


def test_revealed_ranking_splits_by_function_only_at_the_threshold(
    qtbot, windows: tuple[PlanPage, PlanView], session: SessionController
) -> None:
    page, view = windows
    click(page.dot_panel.open_button)
    ids = _ids(session)
    _place(qtbot, session, 1, [("marketing", [ids[1], ids[1]])] * 3 + [("sales", [ids[0]])] * 2)
    click(page.dot_panel.reveal_button)
    assert view.shows_ranking
    assert view.titles() == [TITLES[1], TITLES[0], TITLES[2]]
    assert [row[2] for row in view.figures()] == ["6", "2", "0"]
    assert all(len(row) == 3 for row in view.figures())  # sales has 2 voters: no split
    assert view.notice.isVisible() and "fewer than 3 people" in view.notice.text()
    _place(qtbot, session, 1, [("sales", [ids[2]])])  # the third sales voter
    assert view.figures()[0] == ("1", TITLES[1], "6", "Marketing 6, Sales 0")
    assert not view.notice.isVisible()
    assert page.dot_panel.reveal_button.text() == "Hide the ranking"
    session.undo_stack.undo()  # hide again
    assert not view.shows_ranking and view.titles() == list(TITLES)


def test_open_for_all_teams_and_reopen(
    qtbot, windows: tuple[PlanPage, PlanView], session: SessionController, session_path: Path
) -> None:
    page, _view = windows
    click(page.dot_panel.open_all_button)
    assert {t: v.is_open for t, v in session.action_votes.votes().items()} == {1: True, 2: True}
    click(page.dot_panel.close_button)  # this team only
    assert {t: v.is_open for t, v in session.action_votes.votes().items()} == {1: False, 2: True}
    assert page.dot_panel.open_button.text() == "Reopen the vote"
    click(page.dot_panel.open_button)
    assert session.action_votes.vote(1).is_open  # type: ignore[union-attr]
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    with SessionStore.open(session_path) as other:
        assert other.action_votes() == {}
