"""Writing a session and reading it back: workshop, teams, functions, rounds, ballots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from msworkshop.domain.ballot import NO_ANSWERS, Source
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Function, Round, RoundStatus, Team, VotingMode
from msworkshop.store import LATEST_VERSION, SessionFileError, SessionStore

from .conftest import make_ballot, make_workshop


def test_workshop_round_trip(session_path: Path) -> None:
    original = make_workshop("North", "South", "Benelux", third="Klantenservice")
    SessionStore.create(session_path, original).close()

    with SessionStore.open(session_path) as store:
        loaded = store.workshop()
        assert not store.read_only
        assert store.rounds() == []
        assert store.current_round() is None
    assert loaded.title == original.title
    assert loaded.date == original.date
    assert (loaded.organisation, loaded.facilitator) == ("Acme BV", "Sam")
    assert (loaded.language, loaded.mode, loaded.threshold) == ("nl", VotingMode.BOTH, 4)
    assert [t.name for t in loaded.teams] == ["North", "South", "Benelux"]
    assert all(t.id > 0 for t in loaded.teams)
    assert loaded.functions == (
        Function("marketing"),
        Function("sales"),
        Function("customer_service", "Klantenservice"),
    )


def test_create_refuses_invalid_workshop_and_leaves_no_file(session_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        SessionStore.create(session_path, make_workshop().with_changes(title=" "))
    assert caught.value.key == "title_required"
    assert not session_path.exists()


def test_create_refuses_to_overwrite(session_path: Path) -> None:
    session_path.write_bytes(b"precious")
    with pytest.raises(SessionFileError) as caught:
        SessionStore.create(session_path, make_workshop())
    assert caught.value.key == "session_exists"
    assert caught.value.params["name"] == session_path.name
    assert session_path.read_bytes() == b"precious"


def test_failed_create_leaves_no_half_file(session_path: Path) -> None:
    # Two teams with the same explicit id pass validate_workshop but fail while writing.
    broken = make_workshop().with_changes(teams=(Team(5, "North"), Team(5, "South")))
    with pytest.raises(UserError):
        SessionStore.create(session_path, broken)
    assert list(session_path.parent.iterdir()) == []


def test_created_file_is_marked_and_in_wal_mode(session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    header = session_path.read_bytes()[:100]
    assert header[68:72] == b"MSWS"
    assert int.from_bytes(header[60:64], "big") == LATEST_VERSION
    assert header[18:20] == b"\x02\x02"  # WAL
    assert not Path(f"{session_path}-wal").exists()  # checkpointed and removed on close


def test_rounds(store: SessionStore) -> None:
    assert [(r.number, r.status) for r in store.rounds()] == [(1, RoundStatus.OPEN)]
    second = store.open_round()
    assert second.number == 2
    assert [r.status for r in store.rounds()] == [RoundStatus.CLOSED, RoundStatus.OPEN]
    closed = store.close_round()
    assert closed is not None and closed.number == 2 and not closed.is_open
    assert store.close_round() is None
    assert store.reopen_round(1).is_open
    assert [r.status for r in store.rounds()] == [RoundStatus.OPEN, RoundStatus.CLOSED]
    assert store.current_round() == Round(1, RoundStatus.OPEN)  # a reopened round is current
    with pytest.raises(UserError) as caught:
        store.reopen_round(9)
    assert caught.value.key == "round_not_found"


def test_ballots_round_trip(store: SessionStore) -> None:
    partial = (5, None, 3, *([None] * 16), 1)
    written = [
        make_ballot(1, "marketing", stage=2, answers=partial, comment="Meer overleg, graag"),
        make_ballot(1, "sales", stage=None, answers=(4,) * 20, source=Source.PHONE),
        make_ballot(2, "customer_service", stage=3, source=Source.PAPER),
        make_ballot(2, "sales", stage=1, answers=NO_ANSWERS, source=Source.IMPORT),
    ]
    ids = [store.add_ballot(b) for b in written]
    assert len(set(ids)) == 4 and all(len(i) == 32 for i in ids)

    read = store.ballots()
    assert sorted(read, key=repr) == sorted(written, key=repr)
    assert store.ballot_count() == 4 == store.ballot_count(1)
    store.open_round()
    assert store.ballots() == [] and store.ballot_count() == 0
    assert len(store.ballots(1)) == 4


def test_ballots_are_stored_in_id_order_not_arrival_order(store: SessionStore) -> None:
    ids = [store.add_ballot(make_ballot(comment=str(n))) for n in range(30)]
    conn = sqlite3.connect(store.path)
    stored = [row[0] for row in conn.execute("SELECT id FROM ballots")]
    conn.close()
    assert stored == sorted(ids)
    assert [b.comment for b in store.ballots()] == [str(ids.index(i)) for i in sorted(ids)]


def test_ballot_checks_against_the_file(store: SessionStore) -> None:
    for ballot, key in [
        (make_ballot(team_id=99), "unknown_team"),
        (make_ballot(function="finance"), "unknown_function"),
        (make_ballot(round_number=7), "round_not_found"),
        (make_ballot(answers=(3,) * 19), "answers_count"),
    ]:
        with pytest.raises(UserError) as caught:
            store.add_ballot(ballot)
        assert caught.value.key == key
    assert store.ballot_count() == 0


def test_replace_key_replaces_only_that_phones_ballot_in_that_round(store: SessionStore) -> None:
    store.add_ballot(make_ballot(stage=1), replace_key="phone-a")
    store.add_ballot(make_ballot(stage=4), replace_key="phone-b")
    store.add_ballot(make_ballot(stage=2))
    store.add_ballot(make_ballot(stage=3), replace_key="phone-a")
    assert sorted(b.stage or 0 for b in store.ballots()) == [2, 3, 4]

    store.open_round()
    store.add_ballot(make_ballot(round_number=2, stage=1), replace_key="phone-a")
    assert store.ballot_count(1) == 3 and store.ballot_count(2) == 1


def test_add_ballots_is_all_or_nothing(store: SessionStore) -> None:
    good = [make_ballot(stage=s) for s in (1, 2, 3)]
    assert store.add_ballots(good) == 3
    with pytest.raises(UserError):
        store.add_ballots([*good, make_ballot(team_id=42)])
    assert store.ballot_count() == 3


def test_inserted_ballots_can_be_removed_by_their_ids_only(store: SessionStore) -> None:
    kept = store.insert_ballots([make_ballot(stage=1)])
    ids = store.insert_ballots([make_ballot(stage=s) for s in (2, 3, 4)])
    assert len(ids) == 3 and len(set(ids + kept)) == 4
    assert store.remove_ballots(ids) == 3
    assert [b.stage for b in store.ballots()] == [1]
    assert store.remove_ballots(ids) == 0  # already gone: nothing else touched
    assert store.ballot_count() == 1
    with pytest.raises(UserError):  # all or nothing, as add_ballots
        store.insert_ballots([make_ballot(stage=2), make_ballot(team_id=42)])
    assert store.ballot_count() == 1


def test_ballots_table_holds_no_time_address_or_device(store: SessionStore) -> None:
    conn = sqlite3.connect(store.path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(ballots)")}
    types = {row[2].upper() for row in conn.execute("PRAGMA table_info(ballots)")}
    (schema,) = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'ballots'").fetchone()
    conn.close()
    assert columns == {
        "id",
        "round",
        "team_id",
        "function",
        "stage",
        "answers",
        "comment",
        "source",
        "replace_key",
    }
    suspicious = ("time", "date", "created", "stamp", "ip", "addr", "device", "agent", "host")
    assert not [c for c in columns if any(word in c for word in suspicious)]
    assert not types & {"DATE", "DATETIME", "TIMESTAMP"}
    assert "WITHOUT ROWID" in schema.upper()


def test_update_workshop(store: SessionStore) -> None:
    north, south = store.workshop().teams
    changed = store.workshop().with_changes(
        title="Nieuwe titel",
        date=None,
        mode=VotingMode.QUICK,
        threshold=2,
        teams=(Team(south.id, "Zuid"), Team(0, "Oost"), Team(north.id, "Noord")),
        functions=(Function("marketing"), Function("sales")),
    )
    store.update_workshop(changed)
    loaded = store.workshop()
    assert (loaded.title, loaded.date, loaded.mode, loaded.threshold) == (
        "Nieuwe titel",
        None,
        VotingMode.QUICK,
        2,
    )
    assert [(t.id, t.name) for t in loaded.teams][::2] == [(south.id, "Zuid"), (north.id, "Noord")]
    assert loaded.teams[1].name == "Oost" and loaded.teams[1].id not in (north.id, south.id)
    assert loaded.function_keys == ("marketing", "sales")


def test_update_workshop_refuses_to_drop_a_team_with_ballots(store: SessionStore) -> None:
    north, south = store.workshop().teams
    store.add_ballot(make_ballot(team_id=south.id))
    store.set_agreement(south.id, 2, 3)
    only_north = store.workshop().with_changes(teams=(north,))
    with pytest.raises(SessionFileError) as caught:
        store.update_workshop(only_north)
    assert caught.value.key == "team_has_ballots"
    assert caught.value.params == {"name": store.path.name, "team": "South", "count": 1}
    assert len(store.workshop().teams) == 2  # nothing changed

    store.update_workshop(only_north, delete_ballots=True)
    assert store.workshop().teams == (north,)
    assert store.ballot_count() == 0
    assert store.agreements() == {}


def test_update_workshop_refuses_to_drop_a_function_with_ballots(store: SessionStore) -> None:
    store.add_ballot(make_ballot(function="customer_service"))
    two = store.workshop().with_changes(functions=(Function("marketing"), Function("sales")))
    with pytest.raises(SessionFileError) as caught:
        store.update_workshop(two)
    assert caught.value.key == "function_has_ballots"
    assert caught.value.params["function"] == "Klantenservice"
    store.update_workshop(two, delete_ballots=True)
    assert store.ballot_count() == 0


def test_add_team(store: SessionStore) -> None:
    team = store.add_team("  West ")
    assert team.name == "West"
    assert store.workshop().teams[-1] == team
    for name, key in [("", "team_name_required"), ("west", "duplicate_team")]:
        with pytest.raises(UserError) as caught:
            store.add_team(name)
        assert caught.value.key == key


def test_agreements_notes_and_settings(store: SessionStore) -> None:
    north, south = store.workshop().teams
    store.set_agreement(north.id, 2, 3)
    store.set_agreement(south.id, 3, 3)  # stay and strengthen
    store.set_agreement(north.id, 2, 4)
    assert store.agreements() == {north.id: (2, 4), south.id: (3, 3)}
    with pytest.raises(UserError):
        store.set_agreement(north.id, 0, 3)
    with pytest.raises(UserError):
        store.set_agreement(99, 1, 2)

    store.set_team_note(north.id, "Leads blijven liggen")
    store.set_team_note(south.id, "x")
    store.set_team_note(south.id, "  ")
    assert store.team_notes() == {north.id: "Leads blijven liggen"}

    assert store.get_setting("join_token") is None
    assert store.get_setting("join_token", "none") == "none"
    store.set_setting("join_token", "abc")
    assert store.get_setting("join_token") == "abc"
    store.set_setting("join_token", None)
    assert store.get_setting("join_token") is None


def test_writes_survive_reopening(store: SessionStore) -> None:
    store.add_ballot(make_ballot())
    store.set_setting("k", "v")
    # A second, independent connection sees the committed data before the first closes.
    with SessionStore.open(store.path) as other:
        assert other.ballot_count() == 1
        assert other.get_setting("k") == "v"
