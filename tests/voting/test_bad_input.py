"""Every class of bad request gets a clear 4xx (never a 5xx) and stores nothing."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Any

import pytest

from msworkshop.store import SessionStore
from msworkshop.voting.api import MAX_BODY_BYTES

from .conftest import Client, ballot, stored_count

MALFORMED = [b"", b"{", b"{'team': 1}", b"\xff\xfe{}", b"[" * 5000, b'{"team": NaN}']
NOT_AN_OBJECT = [b"null", b"[]", b'"ballot"', b"42"]
WRONG_TYPES = [
    {"team": "1"},
    {"team": True},
    {"team": 1.0},
    {"team": None},
    {"function": 5},
    {"function": ["marketing"]},
    {"stage": "2"},
    {"stage": 2.5},
    {"answers": "3,3,3"},
    {"answers": {"s1": 3}},
    {"answers": [3] * 19 + ["3"]},
    {"answers": [3] * 19 + [True]},
    {"comment": 5},
    {"comment": ["hi"]},
    {"round": "1"},
    {"round": None},
    {"device": 12345678901234567890},
    {"device": "short"},
    {"device": "x" * 65},
    {"device": "<script>alert(1)</script>xx"},
]
OUT_OF_RANGE = [
    {"stage": 0},
    {"stage": 5},
    {"stage": None},  # this session asks for a stage
    {"answers": [3] * 19 + [6]},
    {"answers": [0] + [3] * 19},
    {"answers": [-1] * 20},
    {"answers": [3] * 19},
    {"answers": [3] * 21},
    {"comment": "x" * 501},
    {"comment": "x" * 5000},
    {"function": "f" * 1000},
]
UNKNOWN = [
    {"team": 99},
    {"team": -1},
    {"function": "finance"},
    {"function": "Marketing"},
    {"name": "Alice"},
    {"__proto__": {}},
]


def _assert_clear_error(reply: Any, status: int = 400) -> dict[str, str]:
    assert reply.status == status, reply.body
    data = reply.json()
    assert set(data) == {"error", "message"}
    assert data["error"] and data["message"] and data["message"] != data["error"]
    return data


@pytest.mark.parametrize("body", MALFORMED + NOT_AN_OBJECT)
def test_malformed_json_is_refused(client: Client, session_path: Path, body: bytes) -> None:
    reply = client.raw("POST", client.prefix + "api/ballot", body)
    data = _assert_clear_error(reply)
    assert data["error"] in ("phone_json_invalid", "phone_request_invalid")
    assert stored_count(session_path) == 0


@pytest.mark.parametrize("change", WRONG_TYPES + OUT_OF_RANGE + UNKNOWN, ids=repr)
def test_bad_field_is_refused(client: Client, session_path: Path, change: dict) -> None:
    _assert_clear_error(client.post("api/ballot", ballot(**change)))
    assert stored_count(session_path) == 0


@pytest.mark.parametrize("field", ["team", "function", "round", "device"])
def test_missing_field_is_refused(client: Client, session_path: Path, field: str) -> None:
    data = ballot()
    del data[field]
    error = _assert_clear_error(client.post("api/ballot", data))
    assert error["error"] == "phone_field_missing"
    assert field in error["message"]
    assert stored_count(session_path) == 0


def test_error_message_in_the_requested_language(client: Client) -> None:
    english = client.post("api/ballot?lang=en", ballot(team=99)).json()
    dutch = client.post("api/ballot?lang=nl", ballot(team=99)).json()
    assert english["error"] == dutch["error"] == "unknown_team"
    assert english["message"] != dutch["message"]
    assert "team" in english["message"] and "team" in dutch["message"]


def test_closed_round_is_refused(client: Client, store: SessionStore, session_path: Path) -> None:
    store.close_round()
    data = _assert_clear_error(client.post("api/ballot", ballot()), 409)
    assert data["error"] == "phone_round_closed"
    assert client.get("api/status").json() == {"round": 1, "open": False}
    assert stored_count(session_path) == 0


def test_ballot_for_an_earlier_round_is_refused(
    client: Client, store: SessionStore, session_path: Path
) -> None:
    store.open_round()  # round 2; the phone still thinks round 1
    data = _assert_clear_error(client.post("api/ballot", ballot(round=1)), 409)
    assert data["error"] == "phone_round_changed"
    assert "2" in data["message"]
    assert stored_count(session_path) == 0


def test_unknown_path_and_wrong_method(client: Client) -> None:
    for rest in ("secret.txt", "../../etc/passwd", "api/results", "index.html/x", "API/status"):
        _assert_clear_error(client.get(rest), 404)
    reply = client.get("api/ballot")
    _assert_clear_error(reply, 405)
    assert reply.headers["allow"] == "POST"
    _assert_clear_error(client.post("api/status", {}), 405)


@pytest.mark.parametrize("size", [MAX_BODY_BYTES + 1024, 1024 * 1024])
def test_oversized_body_is_refused(client: Client, session_path: Path, size: int) -> None:
    padding = "x" * size
    body = json.dumps(ballot(comment=padding)).encode()

    def work() -> int | str:
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
        try:
            conn.request("POST", client.prefix + "api/ballot", body=body)
            return conn.getresponse().status
        except (OSError, http.client.HTTPException) as error:
            return type(error).__name__
        finally:
            conn.close()

    result = client.run(work)
    assert result == 413 or isinstance(result, str), result
    assert stored_count(session_path) == 0


def test_flood_from_one_address_gets_429(client: Client, session_path: Path) -> None:
    """Far more requests per second than a roomful of phones behind one NAT ever sends."""

    def work() -> tuple[list[int], int]:
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
        statuses: list[int] = []
        for attempt in range(3):  # the limit is per second: retry if a window boundary hits
            for _ in range(1000):
                conn.request("GET", client.prefix + "api/status")
                reply = conn.getresponse()
                reply.read()
                statuses.append(reply.status)
                if reply.status == 429:
                    break
            conn.request("POST", client.prefix + "api/ballot", body=json.dumps(ballot()).encode())
            reply = conn.getresponse()
            reply.read()
            if reply.status == 429 or attempt == 2:
                return statuses, reply.status
        raise AssertionError("unreachable")

    statuses, ballot_status = client.run(work, timeout_ms=30000)
    assert statuses[-1] == 429
    assert statuses.count(200) >= 100  # a busy room is not refused
    assert ballot_status == 429
    assert stored_count(session_path) == 0
