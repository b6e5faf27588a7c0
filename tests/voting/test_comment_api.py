"""POST api/comment: as strict as the ballot, on disk before the 200, nothing kept of who."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Any

import pytest

from msworkshop.domain.room_comments import OPEN_SETTING, ROOM_COMMENT_MAX_LENGTH, CommentStatus
from msworkshop.store import SessionStore

from .conftest import Client


def comment(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {"team": 1, "function": "sales", "text": "Why do leads wait?"}
    data.update(changes)
    return data


def _stored(path: Path) -> list[Any]:
    with SessionStore.open(path) as other:  # a second connection: committed data only
        return other.room_comments()


@pytest.fixture
def open_comments(store: SessionStore) -> SessionStore:
    store.set_setting(OPEN_SETTING, "1")
    return store


def _clear_error(reply: Any, status: int) -> dict[str, str]:
    assert reply.status == status, reply.body
    data = reply.json()
    assert set(data) == {"error", "message"}
    assert data["message"] and data["message"] != data["error"]
    return data


def test_a_comment_is_stored_before_the_answer(
    client: Client, open_comments: SessionStore, session_path: Path
) -> None:
    reply = client.post(
        "api/comment", comment(team=2, function="service", text="  Hi\u202e there ")
    )
    assert reply.status == 200 and reply.json() == {"ok": True}
    assert "unsafe-inline" not in reply.headers["content-security-policy"]
    [stored] = _stored(session_path)
    assert (stored.team_id, stored.function, stored.text) == (2, "service", "Hi there")
    assert stored.status is CommentStatus.NEW and len(stored.id) == 32


def test_status_and_session_say_whether_comments_are_open(
    client: Client, store: SessionStore
) -> None:
    assert "comments_open" not in client.get("api/status").json()
    assert "comments_open" not in client.get("api/session").json()["round"]
    store.set_setting(OPEN_SETTING, "1")
    assert client.get("api/status").json() == {"round": 1, "open": True, "comments_open": True}
    assert client.get("api/session").json()["round"]["comments_open"] is True


def test_the_box_texts_come_only_while_comments_are_open(
    client: Client, store: SessionStore
) -> None:
    def box_texts() -> list[str]:
        strings = client.get("api/session?lang=nl").json()["strings"]
        return [key for key in strings if key.startswith("comments.")]

    assert box_texts() == []  # the page's first response carries no comment box
    store.set_setting(OPEN_SETTING, "1")
    assert "comments.phone_title" in box_texts()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_closed_comments_get_409_in_the_phones_language(
    client: Client, store: SessionStore, session_path: Path, lang: str
) -> None:
    data = _clear_error(client.post(f"api/comment?lang={lang}", comment()), 409)
    assert data["error"] == "phone_comments_closed"
    other = "nl" if lang == "en" else "en"
    assert data["message"] != client.post(f"api/comment?lang={other}", comment()).json()["message"]
    assert _stored(session_path) == []


def test_comments_do_not_need_an_open_round(
    client: Client, open_comments: SessionStore, session_path: Path
) -> None:
    open_comments.close_round()  # the discussion comes after the vote
    assert client.post("api/comment", comment()).status == 200
    assert len(_stored(session_path)) == 1


BAD = [
    (comment(name="Alice"), "phone_comment_field_unknown"),
    (comment(device="abcdefgh12345678"), "phone_comment_field_unknown"),
    (comment(round=1), "phone_comment_field_unknown"),
    ({"team": 1, "function": "sales"}, "phone_comment_field_missing"),
    ({"team": 1, "text": "x"}, "phone_comment_field_missing"),
    ({"function": "sales", "text": "x"}, "phone_comment_field_missing"),
    (comment(team="1"), "team_invalid"),
    (comment(team=True), "team_invalid"),
    (comment(team=1.0), "team_invalid"),
    (comment(team=None), "team_invalid"),
    (comment(team=99), "unknown_team"),
    (comment(function=5), "function_invalid"),
    (comment(function="finance"), "unknown_function"),
    (comment(function="f" * 100), "function_invalid"),
    (comment(text=5), "room_comment_invalid"),
    (comment(text=["hi"]), "room_comment_invalid"),
    (comment(text=None), "room_comment_invalid"),
    (comment(text=""), "room_comment_empty"),
    (comment(text=" \n\t\u200b "), "room_comment_empty"),
    (comment(text="x" * (ROOM_COMMENT_MAX_LENGTH + 1)), "room_comment_too_long"),
    (comment(text="x" * 2000), "room_comment_too_long"),
]


@pytest.mark.parametrize(("body", "key"), BAD, ids=repr)
def test_bad_comment_is_refused_and_nothing_stored(
    client: Client, open_comments: SessionStore, session_path: Path, body: dict, key: str
) -> None:
    for lang in ("en", "nl"):
        data = _clear_error(client.post(f"api/comment?lang={lang}", body), 400)
        assert data["error"] == key
    assert _stored(session_path) == []


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[]", b"null", b'"hi"', b'{"team": NaN}', b"\xff{}", b'{"text": "\\ud800"}']
)
def test_malformed_json_is_refused(
    client: Client, open_comments: SessionStore, session_path: Path, raw: bytes
) -> None:
    data = _clear_error(client.raw("POST", client.prefix + "api/comment", raw), 400)
    assert data["error"] in ("phone_json_invalid", "phone_comment_invalid")
    assert _stored(session_path) == []


def test_exactly_the_limit_is_accepted(
    client: Client, open_comments: SessionStore, session_path: Path
) -> None:
    text = "é" * ROOM_COMMENT_MAX_LENGTH
    assert client.post("api/comment", comment(text=text)).status == 200
    assert _stored(session_path)[0].text == text


def test_oversized_body_and_wrong_method(
    client: Client, open_comments: SessionStore, session_path: Path
) -> None:
    body = json.dumps(comment(text="x" * 8000)).encode()

    def work() -> int:
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
        try:
            headers = {"Content-Type": "application/json"}
            conn.request("POST", client.prefix + "api/comment", body=body, headers=headers)
            return conn.getresponse().status
        finally:
            conn.close()

    assert client.run(work) == 413
    reply = client.get("api/comment")
    assert reply.status == 405 and reply.headers["allow"] == "POST"
    assert _stored(session_path) == []


def test_a_comment_from_another_origin_is_refused(
    client: Client, open_comments: SessionStore, session_path: Path
) -> None:
    def work(headers: dict[str, str]) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
        try:
            conn.request(
                "POST", client.prefix + "api/comment", json.dumps(comment()).encode(), headers
            )
            return conn.getresponse().status
        finally:
            conn.close()

    assert client.run(lambda: work({"Content-Type": "text/plain"})) == 403
    evil = {"Content-Type": "application/json", "Origin": "http://evil.example"}
    assert client.run(lambda: work(evil)) == 403
    assert _stored(session_path) == []


def test_wrong_token_cannot_comment(client: Client, open_comments: SessionStore) -> None:
    reply = client.raw("POST", "/j/wrongtoken0/api/comment", json.dumps(comment()).encode())
    assert reply.status == 403 and reply.body == b""
