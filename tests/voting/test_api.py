"""The participant server's happy paths, headers, token and device-key handling."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QHostAddress, QTcpServer

from msworkshop.domain.ballot import Source
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.lan_server import ParticipantServer

from .conftest import DEVICE, Client, ballot, stored_count

SECURITY = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def _assert_security_headers(headers: dict[str, str]) -> None:
    for name, value in SECURITY.items():
        assert headers.get(name) == value, name
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


@pytest.mark.parametrize(
    ("rest", "mime"),
    [
        ("", "text/html; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("dom.js", "text/javascript; charset=utf-8"),
        ("steps.js", "text/javascript; charset=utf-8"),
        ("icon.svg", "image/svg+xml"),
        ("api/status", "application/json; charset=utf-8"),
        ("api/session", "application/json; charset=utf-8"),
    ],
)
def test_page_assets_and_api_are_served_with_headers(client: Client, rest: str, mime: str) -> None:
    reply = client.get(rest)
    assert reply.status == 200
    assert reply.headers["content-type"] == mime
    assert reply.body
    _assert_security_headers(reply.headers)


def test_path_without_slash_redirects_to_the_page(client: Client) -> None:
    reply = client.raw("GET", client.prefix.rstrip("/"))
    assert reply.status == 308
    assert reply.headers["location"] == client.prefix


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/favicon.ico",
        "/j/",
        "/j/wrong-token-0000000000/",
        "/j//api/status",
        "/api/status",
        "/j/{near}/api/status",
        "/j/{token}x/api/status",
        "/J/{token}/api/status",
    ],
)
def test_wrong_or_missing_token_is_403_and_empty(client: Client, path: str) -> None:
    token = client.prefix.split("/")[2]
    near = token[:-1] + ("A" if token[-1] != "A" else "B")
    reply = client.raw("GET", path.format(token=token, near=near))
    assert reply.status == 403
    assert reply.body == b""
    _assert_security_headers(reply.headers)
    assert "content-type" not in reply.headers or "json" not in reply.headers["content-type"]


def test_wrong_token_cannot_vote(client: Client, session_path: Path) -> None:
    reply = client.raw("POST", "/j/not-the-token-at-all/api/ballot", b"{}")
    assert (reply.status, reply.body) == (403, b"")
    assert stored_count(session_path) == 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_session_describes_the_ballot_in_the_asked_language(client: Client, lang: str) -> None:
    data = client.get(f"api/session?lang={lang}").json()
    assert data["lang"] == lang
    assert data["mode"] == "both" and data["asks_stage"] and data["asks_statements"]
    assert [t["name"] for t in data["teams"]] == ["North", "South & East"]
    assert [f["key"] for f in data["functions"]] == ["marketing", "sales", "service"]
    assert data["functions"][2]["name"] == "Service"
    assert [s["number"] for s in data["stages"]] == [1, 2, 3, 4]
    assert all(s["name"] and s["formal"] and s["summary"] for s in data["stages"])
    assert len(data["statements"]) == data["statement_count"] == 20
    assert len(data["scale"]) == 5
    assert data["round"] == {"round": 1, "open": True}
    assert data["strings"]["phone.title"]
    assert data["strings"]["general.promise"]
    forbidden = {"ballots", "results", "count", "counts", "comments", "threshold", "token"}
    assert not forbidden & set(data)


def test_session_languages_differ_and_fall_back(client: Client) -> None:
    english = client.get("api/session?lang=en").json()
    dutch = client.get("api/session?lang=nl").json()
    assert english["stages"][0]["name"] != dutch["stages"][0]["name"]
    assert english["strings"].keys() == dutch["strings"].keys()
    assert client.get("api/session?lang=xx").json()["lang"] == "en"  # the session language


def test_valid_ballot_is_stored_before_the_answer(
    qtbot: Any, client: Client, server: ParticipantServer, session_path: Path
) -> None:
    answers = [1, 2, 3, 4, 5] * 3 + [None] * 5
    with qtbot.waitSignal(server.ballot_received, timeout=5000) as blocker:
        reply = client.post(
            "api/ballot",
            ballot(team=2, function="service", stage=3, answers=answers, comment="  <b>hi</b>  "),
        )
    assert reply.status == 200
    assert reply.json() == {"ok": True, "round": 1}
    _assert_security_headers(reply.headers)
    assert blocker.args == [2, "service"]
    with SessionStore.open(session_path) as other:  # another connection: committed to disk
        [stored] = other.ballots(1)
    assert (stored.team_id, stored.function, stored.stage) == (2, "service", 3)
    assert stored.answers == tuple(answers)
    assert stored.comment == "<b>hi</b>"
    assert stored.source is Source.PHONE


def test_quick_vote_without_statements_is_accepted(client: Client, session_path: Path) -> None:
    reply = client.post("api/ballot", ballot(answers=None, comment=None))
    assert reply.status == 200
    reply = client.post("api/ballot", ballot(answers=[None] * 20, device="another-device-12345"))
    assert reply.status == 200
    assert stored_count(session_path) == 2


def test_same_device_replaces_its_ballot_within_a_round(
    client: Client, store: SessionStore, session_path: Path
) -> None:
    assert client.post("api/ballot", ballot(stage=1)).status == 200
    assert client.post("api/ballot", ballot(stage=4)).status == 200
    with SessionStore.open(session_path) as other:
        assert [b.stage for b in other.ballots(1)] == [4]
    assert client.post("api/ballot", ballot(device="other-device-abcdefgh")).status == 200
    assert stored_count(session_path) == 2
    store.open_round()
    assert client.post("api/ballot", ballot(round=2, stage=3)).status == 200
    with SessionStore.open(session_path) as other:
        assert other.ballot_count(1) == 2 and other.ballot_count(2) == 1


def test_device_token_is_never_stored(
    client: Client, store: SessionStore, session_path: Path
) -> None:
    client.post("api/ballot", ballot())
    store.open_round()
    client.post("api/ballot", ballot(round=2))
    with sqlite3.connect(session_path) as conn:
        keys = [row[0] for row in conn.execute("SELECT replace_key FROM ballots ORDER BY round")]
        dump = "\n".join(conn.iterdump())
    assert len(keys) == 2 and keys[0] != keys[1]  # not linkable across rounds
    assert DEVICE not in dump
    assert all(DEVICE not in key for key in keys)


def test_token_persists_and_can_be_renewed(
    client: Client, server: ParticipantServer, store: SessionStore, session_path: Path
) -> None:
    token = server.token
    with SessionStore.open(session_path) as other:
        assert tokens.session_token(other) == token  # same QR after a restart
    assert len(token) == tokens.TOKEN_LENGTH  # short enough to type from the projector
    new = tokens.new_session_token(store)
    assert new != token
    server.set_token(new)
    assert client.get("api/status").status == 403  # the old URL
    assert client.raw("GET", f"/j/{new}/api/status").status == 200


def test_configured_port_falls_back_when_taken(qtbot: Any, store: SessionStore) -> None:
    blocker = QTcpServer()
    assert blocker.listen(QHostAddress("127.0.0.1"), 0)
    taken = blocker.serverPort()
    server = ParticipantServer(store, tokens.session_token(store))
    try:
        with qtbot.waitSignal(server.port_changed, timeout=2000) as signal:
            port = server.start("127.0.0.1", taken)
        assert port != taken and port > 0 and signal.args == [port]
        assert server.is_running
        with qtbot.waitSignal(server.port_changed, timeout=2000) as signal:
            server.stop()
        assert signal.args == [0] and not server.is_running
    finally:
        server.stop()
        blocker.close()


def test_restart_serves_again(qtbot: Any, client: Client, server: ParticipantServer) -> None:
    server.stop()
    port = server.start("127.0.0.1", 0)
    assert Client(qtbot, port, server.url_path).get("api/status").status == 200


def test_server_is_freed_without_the_cyclic_garbage_collector(
    qtbot: Any, store: SessionStore
) -> None:
    """No reference cycle: otherwise Python's cyclic GC frees the QObject on whatever thread
    happens to trigger a collection (an HTTP worker thread here), which corrupts the heap."""
    server = ParticipantServer(store, tokens.session_token(store))
    server.start("127.0.0.1", 0)
    server.stop()
    alive = weakref.ref(server)
    gc.disable()
    try:
        del server
        assert alive() is None
    finally:
        gc.enable()
