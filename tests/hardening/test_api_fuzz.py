"""Fuzz the participant API with hypothesis: no 5xx, clear 4xx, nothing invalid stored.

Most cases go straight to the Qt-free :class:`ParticipantApi` over a real session file (fast);
a few hundred go through the real QHttpServer on 127.0.0.1, plus raw bytes on a socket.
Properties checked for every request:

* never a 5xx (the documented 503 needs an unwritable file, which fuzzing never makes);
* a wrong or missing token is 403 with an empty body (the caller learns nothing);
* every other refusal is a 4xx with a JSON ``{"error", "message"}`` in the asked language;
* a refused request changes nothing in the file; an accepted ballot is the one stored;
* every ballot in the file re-validates (``make_ballot`` gives it back unchanged), and each
  phone has at most one ballot per round;
* over HTTP the server keeps answering afterwards.

Case counts (MSWORKSHOP_FUZZ_SCALE multiplies them; see tests/fuzzing.py): 10,000 direct,
about 400 over HTTP.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msworkshop.domain.ballot import COMMENT_MAX_LENGTH, make_ballot
from msworkshop.domain.comment_text import clean_comment
from msworkshop.domain.workshop import Function, Round, RoundStatus, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.api import (
    BALLOT_FIELDS,
    JSON_TYPE,
    MAX_BODY_BYTES,
    STATIC_TYPES,
    ParticipantApi,
    Reply,
)
from msworkshop.voting.lan_server import ParticipantServer
from tests.fuzzing import fuzz_settings
from tests.voting.conftest import Client

TOKEN = "fuzz-token-0123456789_AB"
SECRET = b"0123456789abcdef" * 4
PREFIX = f"/j/{TOKEN}/"
TEAMS = ("North", "South & East", "<b>West</b>")
FUNCTIONS = ("marketing", "sales", "service")
MODES = tuple(VotingMode)
ROUTES = ("", "api/session", "api/status", "api/ballot", *STATIC_TYPES)
METHODS = ("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "OTHER", "get", "")


# --- the sessions under test -------------------------------------------------------------


@dataclass
class Harness:
    mode: VotingMode
    path: Path
    store: SessionStore
    api: ParticipantApi

    def total(self) -> int:
        return int(self.store._conn.execute("SELECT COUNT(*) FROM ballots").fetchone()[0])

    def current(self) -> Round:
        current = self.store.current_round()
        assert current is not None
        return current


def _workshop(mode: VotingMode) -> Workshop:
    return Workshop(
        title="Fuzz",
        teams=tuple(Team(0, name) for name in TEAMS),
        functions=(Function("marketing"), Function("sales"), Function("service", "Service")),
        language="nl",
        mode=mode,
    )


@pytest.fixture(scope="module")
def harnesses(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[VotingMode, Harness]]:
    made: dict[VotingMode, Harness] = {}
    for mode in MODES:
        path = tmp_path_factory.mktemp("fuzz") / f"{mode}.msworkshop"
        store = SessionStore.create(path, _workshop(mode))
        store.open_round()
        made[mode] = Harness(mode, path, store, ParticipantApi(store, TOKEN, SECRET))
    yield made
    for harness in made.values():
        assert_file_holds_only_valid_ballots(harness.store)
        harness.store.close()


def assert_file_holds_only_valid_ballots(store: SessionStore) -> int:
    """Every stored ballot passes the domain's validation unchanged; one per phone per round."""
    workshop = store.workshop()
    count = 0
    for round_ in store.rounds():
        as_open = Round(round_.number, RoundStatus.OPEN)
        for ballot in store.ballots(round_.number):
            again = make_ballot(
                workshop,
                as_open,
                team_id=ballot.team_id,
                function=ballot.function,
                stage=ballot.stage,
                answers=list(ballot.answers),
                comment=ballot.comment,
                source=ballot.source,
            )
            assert again == ballot
            count += 1
    conn: sqlite3.Connection = store._conn
    keys = conn.execute("SELECT round, replace_key FROM ballots WHERE source = 'phone'").fetchall()
    assert all(key is not None and len(key) == 64 for _round, key in keys)
    assert len(set(keys)) == len(keys)
    return count


# --- properties of one reply ---------------------------------------------------------------


def check_reply(reply: Reply, method: str = "POST") -> dict[str, Any] | None:
    """The properties every reply has; the JSON body of an error, if any."""
    assert reply.status < 500, (reply.status, reply.body[:300])
    if reply.status == 403:
        assert reply.body == b"" and reply.content_type == "" and reply.headers == ()
        return None
    if reply.status == 308:
        assert reply.headers == (("Location", PREFIX),)
        return None
    if reply.status >= 400:
        assert reply.content_type == JSON_TYPE
        data = json.loads(reply.body.decode("utf-8"))
        assert set(data) == {"error", "message"}, data
        assert isinstance(data["message"], str) and data["message"]
        assert data["message"] != data["error"], "an untranslated key reached the phone"
        if reply.status == 405:
            assert reply.headers[0][0] == "Allow" and reply.headers[0][1] != method
        return data
    assert reply.status == 200
    return None


def post(harness: Harness, body: bytes, query: str = "") -> Reply:
    before = harness.total()
    reply = harness.api.handle("POST", PREFIX + "api/ballot", query, body)
    check_reply(reply)
    if reply.status == 200:
        assert reply.ballot is not None
        assert json.loads(reply.body) == {"ok": True, "round": harness.current().number}
        assert harness.total() in (before, before + 1)  # added, or replaced its own
    else:
        assert reply.ballot is None
        assert harness.total() == before, "a refused ballot changed the file"
    return reply


# --- strategies ----------------------------------------------------------------------------

DEVICE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
devices = st.text(DEVICE_ALPHABET, min_size=16, max_size=64)  # tokens.DEVICE_PATTERN, fast
huge_text = st.builds(
    lambda piece, n: piece * n, st.text(min_size=1, max_size=4), st.integers(0, 6000)
)
any_text = st.one_of(
    st.text(max_size=40),
    huge_text,
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(
        [
            "\u202e",
            "\x00",
            "\ud800",
            "<script>x</script>",
            "é" * 600,
            "null",
            "1",
            "marketing ",
            "MARKETING",
        ]
    ),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-5, 25),
    st.floats(allow_nan=False, allow_infinity=False),
    any_text,
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=8) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=8,
)


comments = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "<b>x</b>",
            "<img src=x onerror=alert(1)>",
            "é" * COMMENT_MAX_LENGTH,
            " " * 900 + "x",
            "\x00\x1b[31m",
            "\u202eevil",
            "🙂" * 250,
        ]
    ),
)


answer_lists = st.lists(st.integers(0, 5), min_size=20, max_size=20)  # 0: not answered


@st.composite
def valid_ballots(draw: st.DrawFn, mode: VotingMode, round_number: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "team": draw(st.integers(1, len(TEAMS))),
        "function": draw(st.sampled_from(FUNCTIONS)),
        "round": round_number,
        "device": draw(devices),
    }
    if mode.asks_stage:
        data["stage"] = draw(st.integers(1, 4))
    elif draw(st.booleans()):
        data["stage"] = None
    if mode.asks_statements:
        answers: list[int | None] = [a or None for a in draw(answer_lists)]
        if mode is VotingMode.DIAGNOSTIC and all(a is None for a in answers):
            answers[draw(st.integers(0, 19))] = draw(st.integers(1, 5))
        if any(a is not None for a in answers) or draw(st.booleans()):
            data["answers"] = answers
    elif draw(st.booleans()):
        data["answers"] = draw(st.sampled_from([None, [None] * 20]))
    if draw(st.booleans()):
        data["comment"] = draw(comments)
    return data


# Cheap to draw (recursive JSON costs hypothesis ~10 ms per value here): known trouble makers,
# any int, short and huge text, flat lists of those.
TRICKY: tuple[object, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1,
    5,
    2**31,
    2**63,
    -(2**63),
    10**40,
    1.0,
    2.5,
    -0.0,
    1e308,
    "",
    " ",
    "1",
    "3",
    "marketing",
    "sales ",
    "Marketing",
    "<script>alert(1)</script>",
    "\u202e",
    "\x00",
    "\ud800",
    "é",
    "🙂" * 100,
    "x" * 20000,
    [],
    {},
    [None] * 20,
    [3] * 20,
    [3] * 19,
    [3] * 21,
    ["3"] * 20,
    [True] * 20,
    [3.0] * 20,
    {"team": 1},
    [[1]],
    {"__proto__": {}},
)
wrong_values = st.one_of(
    st.sampled_from(TRICKY),
    st.integers(),
    st.text(max_size=20),
    huge_text,
    st.lists(st.sampled_from(TRICKY[:20]), max_size=22),
)
mutations = st.lists(
    st.one_of(
        st.tuples(st.just("drop"), st.sampled_from(sorted(BALLOT_FIELDS))),
        st.tuples(st.just("set"), st.sampled_from(sorted(BALLOT_FIELDS)), wrong_values),
        st.tuples(st.just("extra"), st.text(max_size=20), wrong_values),
        st.tuples(st.just("round"), st.integers(-3, 10) | st.integers()),
        st.tuples(st.just("answer"), st.integers(0, 19), wrong_values),
    ),
    min_size=1,
    max_size=3,
)


def mutate(data: dict[str, Any], changes: list[tuple[Any, ...]]) -> dict[str, Any]:
    data = dict(data)
    for change in changes:
        kind = change[0]
        if kind == "drop":
            data.pop(change[1], None)
        elif kind in ("set", "extra"):
            data[change[1]] = change[2]
        elif kind == "round":
            data["round"] = change[1]
        elif kind == "answer" and isinstance(data.get("answers"), list):
            answers = list(data["answers"])
            if answers:
                answers[change[1] % len(answers)] = change[2]
            data["answers"] = answers
    return data


def encode(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


# --- direct: the Qt-free API ---------------------------------------------------------------
# Hypothesis costs ~1-3 ms per example here before our code runs, so each example carries a
# small batch of requests (a "case" is one request and its checks; CASES counts them).

PER_EXAMPLE = 4
CASES: Counter[str] = Counter()


@fuzz_settings(700)
@given(
    mode=st.sampled_from(MODES),
    data=st.data(),
    action=st.sampled_from(["keep"] * 6 + ["close", "open_new", "reopen", "reopen"]),
    replay=st.booleans(),
    lang=st.sampled_from(["", "lang=en", "lang=nl", "lang=xx"]),
)
def test_valid_ballots_replays_and_round_changes(
    harnesses: dict[VotingMode, Harness],
    mode: VotingMode,
    data: st.DataObject,
    action: str,
    replay: bool,
    lang: str,
) -> None:
    """Valid ballots are stored; a replay replaces; a closed or wrong round is a clear 409."""
    harness = harnesses[mode]
    store = harness.store
    if action == "close":
        store.close_round()
    elif action == "open_new" and len(store.rounds()) < 6:
        store.open_round()
    elif action == "reopen":
        store.reopen_round(harness.current().number)
    current = harness.current()
    number = current.number if data.draw(st.integers(0, 9)) else data.draw(st.integers(-2, 9))
    ballot = data.draw(valid_ballots(mode, number))
    body = encode(ballot)
    reply = post(harness, body, lang)
    CASES["valid"] += 1
    if not current.is_open or number != current.number:
        assert reply.status == 409
        return
    assert reply.status == 200, reply.body
    key = tokens.replace_key(SECRET, ballot["device"], number)
    stored = store._conn.execute(
        "SELECT team_id, function, stage, comment FROM ballots WHERE round = ? AND replace_key = ?",
        (number, key),
    ).fetchall()
    assert stored == [
        (
            ballot["team"],
            ballot["function"],
            ballot.get("stage"),
            clean_comment(ballot.get("comment", "")).strip(),  # invisible characters removed
        )
    ]
    if replay:  # the same phone sends the same ballot again: replaced, still one
        before = harness.total()
        assert post(harness, body).status == 200
        assert harness.total() == before
        CASES["valid"] += 1


@fuzz_settings(1000)
@given(
    mode=st.sampled_from(MODES),
    data=st.data(),
    batch=st.lists(mutations, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE),
)
def test_mutated_ballots(
    harnesses: dict[VotingMode, Harness],
    mode: VotingMode,
    data: st.DataObject,
    batch: list[list[tuple[Any, ...]]],
) -> None:
    """Missing, extra and wrong-typed fields, huge and odd strings, wrong rounds."""
    harness = harnesses[mode]
    if not harness.current().is_open:
        harness.store.reopen_round(harness.current().number)
    base = data.draw(valid_ballots(mode, harness.current().number))
    for changes in batch:
        ballot = mutate(base, changes)
        reply = post(harness, encode(ballot))
        if reply.status == 200:  # the mutation kept it valid: what was stored was sent
            assert reply.ballot is not None
            assert (reply.ballot.team_id, reply.ballot.function) == (
                ballot["team"],
                ballot["function"],
            )
        CASES["mutated"] += 1


@fuzz_settings(400)
@given(
    mode=st.sampled_from(MODES),
    values=st.lists(json_values, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE),
)
def test_arbitrary_json_bodies(
    harnesses: dict[VotingMode, Harness], mode: VotingMode, values: list[object]
) -> None:
    for value in values:
        reply = post(harnesses[mode], encode(value))
        assert reply.status in (400, 409, 413)
        CASES["json"] += 1


byte_edits = st.tuples(
    st.lists(
        st.tuples(st.integers(0), st.binary(max_size=3), st.integers(0, 3)), min_size=1, max_size=5
    ),
    st.none() | st.integers(0),
)


@fuzz_settings(500)
@given(
    mode=st.sampled_from(MODES),
    data=st.data(),
    batch=st.lists(byte_edits, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE),
)
def test_mutated_bytes(
    harnesses: dict[VotingMode, Harness],
    mode: VotingMode,
    data: st.DataObject,
    batch: list[tuple[list[tuple[int, bytes, int]], int | None]],
) -> None:
    """Byte-level damage to a valid body: flips, insertions, deletions, truncation."""
    harness = harnesses[mode]
    valid = encode(data.draw(valid_ballots(mode, harness.current().number)))
    for edits, cut in batch:
        body = bytearray(valid)
        for offset, inserted, removed in edits:
            at = offset % (len(body) + 1)
            body[at : at + removed] = inserted
        if cut is not None:
            body = body[: cut % (len(body) + 1)]
        post(harness, bytes(body))
        CASES["bytes"] += 1


path_prefixes = st.sampled_from(
    [
        PREFIX,
        PREFIX,
        PREFIX,
        f"/j/{TOKEN}",
        f"/j/{TOKEN}//",
        f"/j/{TOKEN.upper()}/",
        f"/j/{TOKEN[:-1]}/",
        f"/j/{TOKEN}x/",
        "/j//",
        "/j/",
        "/",
        "",
        f"//j/{TOKEN}/",
        f"/J/{TOKEN}/",
        f"/j/{TOKEN}/../{TOKEN}/",
        f"j/{TOKEN}/",
        f"/x/j/{TOKEN}/",
        f"/j/{quote(TOKEN)}%2F",
        "/j/" + "A" * 22 + "/",
    ]
)
path_rests = st.one_of(
    st.sampled_from(ROUTES),
    st.sampled_from(
        [f"{r}/" for r in ROUTES]
        + [r.upper() for r in ROUTES]
        + [
            "index.html",
            "api/results",
            "api/ballots",
            "api",
            "api/",
            "../index.html",
            "..%2fapi%2fstatus",
            "api/ballot/1",
            "app.js?x",
            "%2e%2e/",
            "api//status",
            "icon.svg/.",
        ]
    ),
    st.text(max_size=30),
)
queries = st.one_of(
    st.sampled_from(
        [
            "",
            "lang=nl",
            "lang=en",
            "lang=de",
            "lang=",
            "lang=nl&lang=en",
            "&".join(f"f{i}=1" for i in range(12)),
            "%ff%fe",
            "lang=%00",
        ]
    ),
    st.text(max_size=60),
)
requests = st.tuples(
    st.sampled_from(METHODS) | st.text(max_size=8),
    path_prefixes,
    path_rests,
    queries,
    st.binary(max_size=64) | st.sampled_from(TRICKY).map(encode),
)


@fuzz_settings(500)
@given(
    mode=st.sampled_from(MODES),
    batch=st.lists(requests, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE),
)
def test_paths_methods_and_queries(
    harnesses: dict[VotingMode, Harness],
    mode: VotingMode,
    batch: list[tuple[str, str, str, str, bytes]],
) -> None:
    """Odd paths (wrong, partial or case-changed tokens, traversal), methods and queries."""
    for method, prefix, rest, query, body in batch:
        check_request(harnesses[mode], method, prefix + rest, query, body)
        CASES["paths"] += 1


def check_request(harness: Harness, method: str, path: str, query: str, body: bytes) -> None:
    before = harness.total()
    reply = harness.api.handle(method, path, query, body)
    check_reply(reply, method)
    parts = path.split("/")
    token_ok = len(parts) >= 3 and parts[0] == "" and parts[1] == "j" and parts[2] == TOKEN
    assert (reply.status == 403) == (not token_ok), (path, reply.status)
    if token_ok and len(parts) > 3 and "/".join(parts[3:]) not in ROUTES:
        assert reply.status == 404
    if not (method == "POST" and path == PREFIX + "api/ballot" and reply.status == 200):
        assert harness.total() == before  # only an accepted ballot writes


def test_enough_cases() -> None:
    """The direct tests above checked at least 10,000 requests (when they all ran)."""
    if set(CASES) != {"valid", "mutated", "json", "bytes", "paths"}:
        pytest.skip("only part of the fuzz tests ran")
    scale = float(os.environ.get("MSWORKSHOP_FUZZ_SCALE", "1"))
    assert sum(CASES.values()) >= 10_000 * min(scale, 1.0), CASES


# --- through the real HTTP server ------------------------------------------------------------


@pytest.fixture(scope="module")
def http_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SessionStore]:
    path = tmp_path_factory.mktemp("http") / "http.msworkshop"
    store = SessionStore.create(path, _workshop(VotingMode.BOTH))
    store.open_round()
    yield store
    assert_file_holds_only_valid_ballots(store)
    store.close()


@pytest.fixture
def http_client(qtbot: Any, http_session: SessionStore) -> Iterator[Client]:
    # The rate limit is raised so that fuzzing tests our answers, not Qt's 429 (tested in
    # tests/voting/test_bad_input.py::test_flood_from_one_address_gets_429).
    # Wrong join codes likewise (the limit on guessing: tests/voting/test_guessing.py).
    server = ParticipantServer(
        http_session, TOKEN, secret=SECRET, rate_limit=100_000, max_wrong_codes=10**9
    )
    server.start("127.0.0.1", 0)
    client = Client(qtbot, server.port, PREFIX)
    yield client
    assert client.get("api/status").status == 200  # still answering after the fuzzing
    server.stop()


def _check_http(reply: Any, method: str) -> None:
    assert reply.status < 500, (reply.status, reply.body[:300])
    if reply.status in (413, 429) and "content-type" not in reply.headers:
        # Qt's own answer before our handler runs: no JSON and none of our headers (the
        # known gap in docs/security.md); the request never reached the API.
        assert reply.body == b""
        return
    assert reply.headers.get("x-content-type-options") == "nosniff"
    assert "content-security-policy" in reply.headers
    if reply.status == 403:
        assert reply.body == b""
    elif reply.status >= 400 and method != "HEAD":
        data = reply.json()
        assert set(data) == {"error", "message"} and data["message"] != data["error"]


@fuzz_settings(200)
@given(data=st.data(), changes=st.none() | mutations, lang=queries)
def test_http_ballots(
    http_client: Client,
    http_session: SessionStore,
    data: st.DataObject,
    changes: list[tuple[Any, ...]] | None,
    lang: str,
) -> None:
    ballot = data.draw(valid_ballots(VotingMode.BOTH, 1))
    if changes:
        ballot = mutate(ballot, changes)
    before = http_session.ballot_count(1)
    body = encode(ballot)
    try:
        reply = http_client.raw("POST", PREFIX + "api/ballot?" + quote(lang, safe="=&%"), body)
    except ConnectionResetError:
        # Qt answers an oversized body with its own 413 and closes; a client still sending
        # may see that as a reset (shared/QT-NOTES.md). Only then, and nothing stored.
        assert len(body) > MAX_BODY_BYTES
        assert http_session.ballot_count(1) == before
        return
    _check_http(reply, "POST")
    if reply.status != 200:
        assert http_session.ballot_count(1) == before
    elif changes is None:
        assert reply.json() == {"ok": True, "round": 1}


@fuzz_settings(150)
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"]),
    prefix=path_prefixes,
    rest=path_rests,
    body=st.none() | st.binary(max_size=64),
)
def test_http_paths_and_methods(
    http_client: Client,
    http_session: SessionStore,
    method: str,
    prefix: str,
    rest: str,
    body: bytes | None,
) -> None:
    before = http_session.ballot_count(1)
    path = quote(prefix + rest, safe="/%:@&=+$,;~-._!*'()")
    if not path.startswith("/"):
        path = "/" + path
    reply = http_client.raw(method, path, body)
    _check_http(reply, method)
    assert http_session.ballot_count(1) == before


@fuzz_settings(50)
@given(
    garbage=st.binary(min_size=1, max_size=300)
    | st.builds(
        lambda m, p, rest: f"{m} {p} HTTP/1.1\r\n".encode() + rest,
        st.sampled_from(["GET", "POST", "BREW", "G ET", ""]),
        st.sampled_from([PREFIX + "api/status", "*", "http://x/", "", "/j/\x00"]),
        st.binary(max_size=100),
    )
)
def test_raw_bytes_on_the_socket(http_client: Client, garbage: bytes) -> None:
    """Malformed requests on a raw connection: Qt drops or answers them; never a 5xx."""

    def work() -> bytes:
        with socket.create_connection(("127.0.0.1", http_client.port), timeout=2) as sock:
            sock.sendall(garbage)
            sock.shutdown(socket.SHUT_WR)
            chunks = []
            try:
                while chunk := sock.recv(4096):
                    chunks.append(chunk)
            except OSError:  # reset or timeout: the server dropped the connection
                pass
            return b"".join(chunks)

    answer = http_client.run(work)
    if answer.startswith(b"HTTP/"):
        status = int(answer.split(b" ", 2)[1])
        assert status < 500, answer[:200]
    assert http_client.get("api/status").status == 200


# --- regressions found by this fuzzing ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        '{"team": 1, "function": "sales", "stage": 2, "round": ROUND, "device": "DEVICE",'
        ' "comment": "\\ud800"}',
        '{"\\udfff": 1, "team": 1, "function": "sales", "round": ROUND, "device": "DEVICE"}',
    ],
)
def test_lone_surrogate_is_a_clear_400(harnesses: dict[VotingMode, Harness], body: str) -> None:
    """JSON may escape a lone surrogate; it once reached SQLite (or the reply) and gave a 500."""
    harness = harnesses[VotingMode.QUICK]
    if not harness.current().is_open:
        harness.store.reopen_round(harness.current().number)
    text = body.replace("ROUND", str(harness.current().number)).replace("DEVICE", "d" * 20)
    reply = post(harness, text.encode())
    assert reply.status == 400
    assert json.loads(reply.body)["error"] == "phone_json_invalid"


def test_many_query_fields_are_ignored(harnesses: dict[VotingMode, Harness]) -> None:
    """More than 10 query fields made ``parse_qs`` raise outside the handler's guard: a 500."""
    harness = harnesses[VotingMode.BOTH]
    query = "&".join(f"f{i}=1" for i in range(50)) + "&lang=en"
    reply = harness.api.handle("GET", PREFIX + "api/status", query)
    assert reply.status == 200
    reply = harness.api.handle("GET", PREFIX + "api/nothing", query)
    assert check_reply(reply, "GET") is not None and reply.status == 404
