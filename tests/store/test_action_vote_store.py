"""Dot votes in a real session file: the migration, limits checked inside the transaction,
a phone's change replacing its dots, and nothing but sums read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from msworkshop.domain.action_vote import ActionVote, VoteStatus
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PlanAction
from msworkshop.store import LATEST_VERSION, SessionStore
from msworkshop.store.migrations import MIGRATIONS, expected_tables, migrate

TABLES = {"action_votes", "action_dots"}


def _plan(store: SessionStore, team_id: int = 1, count: int = 3) -> list[int]:
    stored = store.set_plan(team_id, [PlanAction(team_id, f"Action {i}") for i in range(count)])
    return [a.id for a in stored]


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_latest_migration_adds_the_vote_tables(session_path: Path) -> None:
    assert len(MIGRATIONS) == LATEST_VERSION
    assert expected_tables(LATEST_VERSION) >= TABLES
    before = next(v for v in range(LATEST_VERSION, 0, -1) if not expected_tables(v) >= TABLES)
    assert not TABLES & expected_tables(before)
    conn = sqlite3.connect(session_path, isolation_level=None)
    assert migrate(conn, target=before) == before
    conn.execute("INSERT INTO workshop VALUES (1, 'Oud', NULL, '', '', 'nl', 'quick', 3)")
    conn.execute("INSERT INTO teams (id, name, position) VALUES (1, 'Noord', 0)")
    conn.execute("INSERT INTO functions (key, name, position) VALUES ('marketing', '', 0)")
    conn.execute("INSERT INTO functions (key, name, position) VALUES ('sales', '', 1)")
    conn.close()
    assert not TABLES & _tables(session_path)
    with SessionStore.open(session_path) as store:
        assert store.workshop().title == "Oud"
        assert store.action_votes() == {}
    assert _tables(session_path) >= TABLES


def test_dots_need_an_open_vote(store: SessionStore) -> None:
    ids = _plan(store)
    with pytest.raises(UserError) as caught:
        store.place_dots(1, "sales", "k" * 64, [ids[0]])
    assert caught.value.key == "dots_vote_closed"
    store.open_action_votes([1])
    assert store.action_votes() == {1: ActionVote(1, VoteStatus.OPEN, False)}
    assert store.place_dots(1, "sales", "k" * 64, [ids[0], ids[0], ids[1]]) == {
        ids[0]: 2,
        ids[1]: 1,
    }
    store.close_action_votes([1])
    with pytest.raises(UserError) as caught:
        store.place_dots(1, "sales", "k" * 64, [ids[2]])
    assert caught.value.key == "dots_vote_closed"
    assert store.dot_counts(1).dots == {(ids[0], "sales"): 2, (ids[1], "sales"): 1}


def test_a_phone_changing_its_dots_replaces_them(store: SessionStore) -> None:
    ids = _plan(store)
    store.open_action_votes([1])
    store.place_dots(1, "marketing", "a" * 64, [ids[0], ids[1], ids[2]])
    store.place_dots(1, "sales", "b" * 64, [ids[0]])
    store.place_dots(1, "marketing", "a" * 64, [ids[2], ids[2]])  # changed
    counts = store.dot_counts(1)
    assert counts.dots == {(ids[0], "sales"): 1, (ids[2], "marketing"): 2}
    assert counts.voters == {"marketing": 1, "sales": 1}


@pytest.mark.parametrize(
    ("team", "function", "dots", "key"),
    [
        (2, "sales", "own", "dots_vote_closed"),  # South has no open vote
        (99, "sales", "own", "unknown_team"),
        (1, "finance", "own", "unknown_function"),
        (1, "sales", "south", "dots_action_unknown"),  # another team's action
        (1, "sales", "four", "dots_too_many"),
        (1, "sales", "three_same", "dots_too_many_on_one"),
        (1, "sales", "none", "dots_none"),
    ],
)
def test_bad_dots_store_nothing(
    store: SessionStore, team: int, function: str, dots: str, key: str
) -> None:
    ids = _plan(store)
    south = _plan(store, 2, 1)
    store.open_action_votes([1])
    store.place_dots(1, "sales", "x" * 64, [ids[0]])
    given = {
        "own": [ids[1]],
        "south": [south[0]],
        "four": [ids[0], ids[1], ids[2], ids[1]],
        "three_same": [ids[1]] * 3,
        "none": [],
    }[dots]
    before = store.dot_counts(1)
    with pytest.raises(UserError) as caught:
        store.place_dots(team, function, "x" * 64, given)
    assert caught.value.key == key
    assert store.dot_counts(1) == before  # the earlier dots of the same phone stay


def test_tally_ignores_actions_removed_from_the_plan(store: SessionStore) -> None:
    ids = _plan(store)
    store.open_action_votes([1])
    store.place_dots(1, "sales", "a" * 64, [ids[0], ids[1]])
    keep = [a for a in store.plan_actions(1) if a.id != ids[0]]
    store.set_plan(1, keep)  # a plan edit rewrites the rows: the other dots stay
    assert store.dot_counts(1).dots == {(ids[1], "sales"): 1}


def test_vote_state_round_trips_and_reopening_hides_the_ranking(store: SessionStore) -> None:
    store.open_action_votes([1, 2])
    store.set_action_vote(1, ActionVote(1, VoteStatus.CLOSED, True))
    assert store.action_votes()[1] == ActionVote(1, VoteStatus.CLOSED, True)
    store.open_action_votes([1])
    assert store.action_votes()[1] == ActionVote(1, VoteStatus.OPEN, False)
    store.set_action_vote(2, None)
    assert set(store.action_votes()) == {1}


def test_only_a_keyed_hash_identifies_a_phone(store: SessionStore, session_path: Path) -> None:
    ids = _plan(store)
    store.open_action_votes([1])
    store.place_dots(1, "sales", "f" * 64, [ids[0]])
    conn = sqlite3.connect(session_path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(action_dots)")]
    conn.close()
    assert columns == ["voter", "action_id", "team_id", "function", "dots"]


def test_removing_a_team_removes_its_vote_and_dots(store: SessionStore) -> None:
    ids = _plan(store, 2)
    store.open_action_votes([2])
    store.place_dots(2, "sales", "a" * 64, [ids[0]])
    workshop = store.workshop()
    store.update_workshop(
        workshop.__class__(**{**workshop.__dict__, "teams": workshop.teams[:1]}),
        delete_ballots=True,
    )
    assert store.action_votes() == {}
    assert store.dot_counts(2).dots == {}
