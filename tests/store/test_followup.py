"""Follow-up sessions: the predecessor tables (v5), making a follow-up, statuses decided today."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from msworkshop.domain.followup import ReviewStatus
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import ActionStatus, PlanAction
from msworkshop.store import LATEST_VERSION, SessionFileError, SessionStore
from msworkshop.store.followup import create_followup
from msworkshop.store.migrations import MIGRATIONS, expected_tables
from tests.store.conftest import make_ballot, make_workshop, snapshot

TABLES = {"predecessor", "previous_teams", "previous_actions"}


def _finished(path: Path) -> Path:
    """A finished session: two rounds, round 1 agreed for North (and chosen for the plan by
    agreement), a later agreement in round 2 for North only, and plans for both teams."""
    with SessionStore.create(path, make_workshop("North", "South", third="Service")) as store:
        store.open_round()
        store.add_ballots([make_ballot(1), make_ballot(2, "sales")])
        store.set_agreement(1, 2, 3)
        store.set_agreement(2, 1, 1)
        store.close_round()
        store.add_plan_action(
            PlanAction(1, "Hand-over rules", owner="Ann", due=dt.date(2026, 6, 1), measure="SLA")
        )
        store.add_plan_action(PlanAction(1, "Weekly stand-up", status=ActionStatus.IN_PROGRESS))
        store.add_plan_action(PlanAction(2, "Who-is-who list", owner="Bo"))
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_migration_adds_the_predecessor_tables() -> None:
    assert expected_tables(LATEST_VERSION) >= TABLES
    added = [n for n in range(1, len(MIGRATIONS) + 1) if expected_tables(n) >= TABLES]
    assert not TABLES & expected_tables(added[0] - 1)


def test_an_ordinary_session_has_no_predecessor(tmp_path: Path) -> None:
    with SessionStore.create(tmp_path / "a.msworkshop", make_workshop()) as store:
        assert store.predecessor() is None
        assert not store.is_followup()


def test_a_followup_copies_the_set_up_and_the_plan(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    new = create_followup(old, tmp_path / "new.msworkshop", date=dt.date(2026, 9, 1))
    with SessionStore.open(old) as before, SessionStore.open(new) as after:
        was, now = before.workshop(), after.workshop()
        assert now.teams == was.teams and now.functions == was.functions
        for field in ("organisation", "language", "mode", "threshold", "title", "facilitator"):
            assert getattr(now, field) == getattr(was, field)
        assert now.date == dt.date(2026, 9, 1)
        assert after.rounds() == [] and after.ballot_count() == 0
        assert after.agreements() == {} and after.plan_actions() == []
        previous = after.predecessor()
        assert previous is not None and after.is_followup()
        assert (previous.title, previous.date) == (was.title, was.date)
        assert [t.team_id for t in previous.teams] == [t.id for t in was.teams]
        north, south = previous.teams
        assert (north.agreed_stage, north.target_stage) == (2, 3)
        assert (south.agreed_stage, south.target_stage) == (1, 1)
        assert [(a.title, a.owner, a.due, a.measure, a.old_status) for a in north.actions] == [
            ("Hand-over rules", "Ann", dt.date(2026, 6, 1), "SLA", ActionStatus.OPEN),
            ("Weekly stand-up", "", None, "", ActionStatus.IN_PROGRESS),
        ]
        assert [a.title for a in south.actions] == ["Who-is-who list"]
        assert all(a.status is None and a.note == "" for a in north.actions + south.actions)


def test_the_agreement_is_the_plans_rounds_not_the_latest(tmp_path: Path) -> None:
    """Round 2 is opened and North re-agreed there, but the facilitator based the plan on 1."""
    old = _finished(tmp_path / "old.msworkshop")
    with SessionStore.open(old) as store:
        store.open_round()
        store.set_agreement(1, 3, 4)
        store.choose_plan_round(1)
    new = create_followup(old, tmp_path / "new.msworkshop")
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        assert previous is not None
        assert previous.teams[0].agreed_stage == 2 and previous.teams[0].target_stage == 3


def test_a_team_without_agreement_or_plan(tmp_path: Path) -> None:
    old = tmp_path / "old.msworkshop"
    SessionStore.create(old, make_workshop("Solo")).close()
    new = create_followup(old, tmp_path / "new.msworkshop", title="  Second look ")
    with SessionStore.open(new) as store:
        assert store.workshop().title == "Second look"
        previous = store.predecessor()
        assert previous is not None
        (team,) = previous.teams
        assert (team.agreed_stage, team.target_stage, team.actions) == (None, None, ())


def test_the_old_file_is_byte_for_byte_unchanged(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    folder_before = snapshot(tmp_path)
    digest = _sha(old)
    create_followup(old, tmp_path / "new.msworkshop")
    assert _sha(old) == digest
    after = snapshot(tmp_path)
    assert after.pop("new.msworkshop")
    assert after == folder_before  # no -wal/-shm beside the old file, no temporary left


def test_the_old_file_open_in_the_app_is_read_as_it_stands(tmp_path: Path) -> None:
    """The facilitator makes the follow-up while the session is open (its WAL in use)."""
    old = _finished(tmp_path / "old.msworkshop")
    with SessionStore.open(old) as store:
        store.add_plan_action(PlanAction(2, "Joint key-account review"))
        digest = _sha(old)
        create_followup(old, tmp_path / "new.msworkshop")
        assert _sha(old) == digest
    with SessionStore.open(tmp_path / "new.msworkshop") as store:
        previous = store.predecessor()
        assert previous is not None
        assert [a.title for a in previous.teams[1].actions][-1] == "Joint key-account review"


def test_a_read_only_old_file(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    old.chmod(0o444)
    try:
        digest = _sha(old)
        create_followup(old, tmp_path / "new.msworkshop")
        assert _sha(old) == digest
    finally:
        old.chmod(0o644)


def test_an_existing_new_file_is_not_overwritten(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    new = tmp_path / "new.msworkshop"
    new.write_bytes(b"mine")
    before = snapshot(tmp_path)
    with pytest.raises(SessionFileError) as caught:
        create_followup(old, new)
    assert caught.value.key == "session_exists"
    assert "new.msworkshop" in caught.value.message("en")
    assert snapshot(tmp_path) == before


def _too_new(path: Path) -> Path:
    _finished(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    return path


def _damaged(path: Path) -> Path:
    _finished(path)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # a page in the middle
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make_old", "reason"),
    [
        (lambda p: p, "session_not_found"),
        (_too_new, "session_too_new"),
        (_damaged, "session_damaged"),
        (lambda p: (p.write_text("not sqlite"), p)[1], "not_a_session_file"),
    ],
)
def test_a_bad_predecessor_changes_nothing(tmp_path: Path, make_old: object, reason: str) -> None:
    old = make_old(tmp_path / "old.msworkshop")  # type: ignore[operator]
    before = snapshot(tmp_path)
    with pytest.raises(SessionFileError) as caught:
        create_followup(old, tmp_path / "new.msworkshop")
    assert caught.value.key == "followup_source_failed"
    assert caught.value.cause.key == reason  # type: ignore[attr-defined]
    dutch = caught.value.message("nl")
    assert "vervolgsessie" in dutch and "old.msworkshop" in dutch
    assert caught.value.cause.message("nl") in dutch  # type: ignore[attr-defined]
    assert snapshot(tmp_path) == before


def test_a_failure_while_writing_leaves_no_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    before = snapshot(tmp_path)

    def broken(conn: sqlite3.Connection, predecessor: object) -> None:
        conn.execute("INSERT INTO predecessor (id, title) VALUES (1, 'x')")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("msworkshop.store.followup.write_predecessor", broken)
    with pytest.raises(SessionFileError) as caught:
        create_followup(old, tmp_path / "new.msworkshop")
    assert caught.value.key == "session_create_failed"
    assert snapshot(tmp_path) == before


def test_statuses_decided_today_are_stored(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    new = create_followup(old, tmp_path / "new.msworkshop")
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        assert previous is not None
        first, second = previous.teams[0].actions
        store.set_action_review(first.id, ReviewStatus.DONE, "  shipped in May ")
        store.set_action_review(second.id, ReviewStatus.DROPPED, "")
        store.set_action_review(second.id, None, "")  # back to undecided
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        assert previous is not None
        first, second = previous.teams[0].actions
        assert (first.status, first.note) == (ReviewStatus.DONE, "shipped in May")
        assert (second.status, second.note) == (None, "")
        assert previous.teams[0].decided == 1
        with pytest.raises(UserError):
            store.set_action_review(first.id, "finished", "")  # type: ignore[arg-type]
        with pytest.raises(UserError):
            store.set_action_review(first.id, ReviewStatus.DONE, "x" * 301)
        with pytest.raises(UserError):
            store.set_action_review(9999, ReviewStatus.DONE, "")


def test_a_removed_team_takes_its_facts_along(tmp_path: Path) -> None:
    old = _finished(tmp_path / "old.msworkshop")
    new = create_followup(old, tmp_path / "new.msworkshop")
    with SessionStore.open(new) as store:
        workshop = store.workshop()
        store.update_workshop(
            workshop.__class__(**{**workshop.__dict__, "teams": workshop.teams[:1]})
        )
        previous = store.predecessor()
        assert previous is not None
        assert [t.team_id for t in previous.teams] == [workshop.teams[0].id]
