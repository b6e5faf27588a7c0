"""What a person on the same Wi-Fi can learn from the phone door, and what the file keeps.

See docs/security.md, which cites these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.api import STATIC_TYPES, ParticipantApi

TOKEN = "security-token-0123"
SECRET = b"s" * 64
SECRET_COMMENT = "only-the-facilitator-may-read-this"


@pytest.fixture
def voted(tmp_path: Path) -> tuple[SessionStore, ParticipantApi]:
    path = tmp_path / "security.msworkshop"
    workshop = Workshop(
        title="Security",
        teams=(Team(0, "North"),),
        functions=(Function("marketing"), Function("sales")),
        mode=VotingMode.BOTH,
    )
    store = SessionStore.create(path, workshop)
    round_ = store.open_round()
    for n in range(5):
        store.add_ballot(
            Ballot(1, "sales", round_.number, stage=2, comment=SECRET_COMMENT),
            replace_key=tokens.replace_key(SECRET, f"device-{n:012d}", 1),
        )
    return store, ParticipantApi(store, TOKEN, SECRET)


def test_no_endpoint_reveals_ballots_or_counts(
    voted: tuple[SessionStore, ParticipantApi],
) -> None:
    store, api = voted
    prefix = f"/j/{TOKEN}/"
    for rest in ("", *STATIC_TYPES, "api/session", "api/session?lang=nl", "api/status"):
        path, _, query = rest.partition("?")
        reply = api.handle("GET", prefix + path, query)
        assert reply.status == 200
        assert SECRET_COMMENT.encode() not in reply.body
    status = json.loads(api.handle("GET", prefix + "api/status").body)
    assert status == {"round": 1, "open": True}  # the round, never a count
    session = json.loads(api.handle("GET", prefix + "api/session").body)
    assert not {"ballots", "counts", "results", "count"} & set(session)
    for rest in (
        "api/results",
        "api/ballots",
        "api/export",
        "api/comments",
        "results",
        "api/session/ballots",
    ):
        assert api.handle("GET", prefix + rest).status == 404
        assert api.handle("POST", prefix + rest, body=b"{}").status == 404
    store.close()


def test_every_refusal_without_the_token_is_the_same_empty_403(
    voted: tuple[SessionStore, ParticipantApi],
) -> None:
    store, api = voted
    answers = {
        api.handle(method, path, "", b'{"team": 1}')
        for method in ("GET", "POST", "PUT")
        for path in (
            "/",
            "/j/",
            f"/j/{TOKEN[:-1]}/api/status",
            f"/j/{TOKEN}x/api/ballot",
            f"/j/{TOKEN.upper()}/",
            "/api/status",
            "/j/nope/api/results",
            "/favicon.ico",
            f"/x/j/{TOKEN}/",
        )
    }
    assert len(answers) == 1
    [answer] = answers
    assert (answer.status, answer.body, answer.content_type, answer.headers) == (403, b"", "", ())
    store.close()


def test_replaced_ballot_leaves_no_trace_in_the_closed_file(tmp_path: Path) -> None:
    """secure_delete zeroes replaced ballots; until the file is closed the -wal may hold them."""
    path = tmp_path / "replace.msworkshop"
    store = SessionStore.create(path, Workshop(title="R", teams=(Team(0, "North"),)))
    round_ = store.open_round()
    assert store._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    key = tokens.replace_key(SECRET, "device-000000000001", round_.number)
    first, second = "FIRST-ANSWER-" * 3, "SECOND-ANSWER-" * 3
    store.add_ballot(Ballot(1, "sales", round_.number, stage=1, comment=first), replace_key=key)
    store.add_ballot(Ballot(1, "sales", round_.number, stage=4, comment=second), replace_key=key)
    assert [b.comment for b in store.ballots()] == [second]
    wal = Path(f"{path}-wal")
    assert first.encode() in wal.read_bytes()  # the WAL note in docs/security.md
    store.close()
    assert not wal.exists()
    data = path.read_bytes()
    assert first.encode() not in data and second.encode() in data
    assert b"device-000000000001" not in data  # the device token itself is never stored


def test_ballot_rows_cannot_be_linked_across_rounds() -> None:
    """The same phone's keys differ per round and reveal nothing without the file's secret."""
    device = "device-000000000001"
    keys = {tokens.replace_key(SECRET, device, n) for n in range(1, 6)}
    assert len(keys) == 5
    assert all(device not in key for key in keys)
    other_secret = {tokens.replace_key(b"t" * 64, device, n) for n in range(1, 6)}
    assert not keys & other_secret
