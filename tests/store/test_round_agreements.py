"""Schema version 4: agreements per round, and the one rule for the plan's round."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from msworkshop.domain.ballot import Source
from msworkshop.domain.messages import UserError
from msworkshop.domain.plan_basis import basis_round
from msworkshop.domain.workshop import Round, RoundStatus
from msworkshop.store import LATEST_VERSION, SessionStore
from msworkshop.store.migrations import expected_tables, migrate
from msworkshop.store.plan_round import plan_agreements, plan_round, rounds_text
from tests.store.conftest import make_ballot, make_workshop

OPEN, CLOSED = RoundStatus.OPEN, RoundStatus.CLOSED


def _store(tmp_path: Path) -> SessionStore:
    return SessionStore.create(tmp_path / "s.msworkshop", make_workshop())


def test_v4_adds_agreement_rounds() -> None:
    assert LATEST_VERSION >= 4
    assert "agreement_rounds" in expected_tables(4)
    assert "agreement_rounds" not in expected_tables(3)


def test_v3_agreements_are_dated_to_the_latest_closed_round(tmp_path: Path) -> None:
    path = tmp_path / "v3.msworkshop"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    conn.execute("INSERT INTO workshop VALUES (1, 'T', NULL, '', '', 'en', 'quick', 3)")
    conn.execute("INSERT INTO teams VALUES (1, 'North', 0)")
    conn.executemany("INSERT INTO functions VALUES (?, '', ?)", [("marketing", 0), ("sales", 1)])
    conn.executemany(
        "INSERT INTO rounds VALUES (?, ?)", [(1, "closed"), (2, "closed"), (3, "open")]
    )
    conn.execute("INSERT INTO agreements VALUES (1, 2, 3)")
    conn.close()
    with SessionStore.open(path) as store:
        assert store.agreements() == {1: (2, 3)}
        assert store.agreed_rounds() == [2]
        assert store.round_agreements(2) == {1: (2, 3)}
        assert plan_round(store) == 2


def test_each_round_keeps_its_agreement(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        store.set_agreement(1, 1, 1)  # before any round: the latest agreement only
        assert store.agreed_rounds() == [] and store.agreements() == {1: (1, 1)}
        assert plan_agreements(store, None) == {1: (1, 1)}
        store.open_round()
        store.set_agreement(1, 2, 3)
        store.open_round()
        store.set_agreement(1, 3, 4)
        store.set_agreement(2, 1, 2)
        assert store.agreements() == {1: (3, 4), 2: (1, 2)}
        assert store.round_agreements(1) == {1: (2, 3)}
        assert store.round_agreements(2) == {1: (3, 4), 2: (1, 2)}
        assert store.agreed_rounds() == [1, 2]
        assert plan_round(store) == 2
        assert plan_agreements(store, 1) == {1: (2, 3)}
        store.clear_agreement(2)  # undo in round 2: round 1 untouched
        assert store.round_agreements(2) == {1: (3, 4)} and store.agreements() == {1: (3, 4)}
        store.set_agreement(2, 4, 4, round_number=1)
        assert store.round_agreements(1) == {1: (2, 3), 2: (4, 4)}


def test_chosen_plan_round_wins_and_can_be_reset(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert plan_round(store) is None
        store.open_round()
        store.set_agreement(1, 2, 3)
        store.open_round()
        assert plan_round(store) == 1
        store.choose_plan_round(2)
        assert store.chosen_plan_round() == 2 and plan_round(store) == 2
        store.choose_plan_round(None)
        assert plan_round(store) == 1
        with pytest.raises(UserError) as caught:
            store.choose_plan_round(9)
        assert caught.value.key == "round_not_found" and plan_round(store) == 1


def test_ballot_counts_by_source(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        store.open_round()
        store.add_ballots(
            [make_ballot(source=Source.PAPER)] * 2 + [make_ballot(source=Source.PHONE)]
        )
        store.open_round()
        assert store.ballot_counts_by_source() == {1: {"paper": 2, "phone": 1}, 2: {}}


def test_basis_round_rule() -> None:
    r = [Round(1, CLOSED), Round(2, CLOSED), Round(3, OPEN)]
    assert basis_round([], []) is None
    assert basis_round([Round(1, OPEN)], []) == 1
    assert basis_round(r, []) == 2  # latest closed, not the open stray round
    assert basis_round(r, [1]) == 1  # where the room agreed
    assert basis_round(r, [1, 3]) == 3
    assert basis_round(r, [1], chosen=3) == 3
    assert basis_round(r, [7], chosen=9) == 2  # gone rounds are ignored
    assert rounds_text([1, 2, 3]) == "1\u20133" and rounds_text([3, 1]) == "1, 3"
