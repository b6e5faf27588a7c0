"""Fixtures for the participant-server tests: a real server on 127.0.0.1 over a real file.

The server runs on the Qt event loop of the test thread, so every HTTP request runs in a worker
thread while ``qtbot.waitUntil`` pumps the loop (a blocking client on this thread would
deadlock).
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.lan_server import ParticipantServer

DEVICE = "device-token-0123456789abcdef"


def make_workshop(mode: VotingMode = VotingMode.BOTH, language: str = "en") -> Workshop:
    return Workshop(
        title="Spring <offsite>",
        teams=(Team(0, "North"), Team(0, "South & East")),
        functions=(Function("marketing"), Function("sales"), Function("service", "Service")),
        language=language,
        mode=mode,
    )


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        assert self.headers.get("content-type") == "application/json; charset=utf-8"
        return json.loads(self.body.decode("utf-8"))


class Client:
    """Blocking HTTP in a worker thread while the test's Qt event loop keeps running."""

    def __init__(self, qtbot: Any, port: int, prefix: str) -> None:
        self.qtbot = qtbot
        self.port = port
        self.prefix = prefix  # /j/<token>/

    def run(self, work: Any, timeout_ms: int = 20000) -> Any:
        result: dict[str, Any] = {}

        def target() -> None:
            try:
                result["value"] = work()
            except Exception as error:  # handed to the test thread
                result["error"] = error

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        self.qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
        if "error" in result:
            raise result["error"]
        return result["value"]

    def raw(self, method: str, path: str, body: bytes | None = None) -> Response:
        def work() -> Response:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                headers = {"Content-Type": "application/json"} if body is not None else {}
                conn.request(method, path, body=body, headers=headers)
                reply = conn.getresponse()
                found = {name.lower(): value for name, value in reply.getheaders()}
                return Response(reply.status, found, reply.read())
            finally:
                conn.close()

        return self.run(work)

    def get(self, rest: str) -> Response:
        return self.raw("GET", self.prefix + rest)

    def post(self, rest: str, data: object) -> Response:
        return self.raw("POST", self.prefix + rest, json.dumps(data).encode())


def ballot(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "team": 1,
        "function": "marketing",
        "stage": 2,
        "answers": [3] * 20,
        "comment": "",
        "round": 1,
        "device": DEVICE,
    }
    data.update(changes)
    return data


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    path = tmp_path / "voting.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    return path


@pytest.fixture
def store(session_path: Path) -> Iterator[SessionStore]:
    with SessionStore.open(session_path) as opened:
        opened.open_round()
        yield opened


@pytest.fixture
def server(qtbot: Any, store: SessionStore) -> Iterator[ParticipantServer]:
    served = ParticipantServer(store, tokens.session_token(store))
    with qtbot.waitSignal(served.port_changed, timeout=2000):
        served.start("127.0.0.1", 0)
    yield served
    served.stop()


@pytest.fixture
def client(qtbot: Any, server: ParticipantServer) -> Client:
    return Client(qtbot, server.port, server.url_path)


def stored_count(path: Path) -> int:
    """Ballots on disk, read through a second connection (so only committed ones count)."""
    with SessionStore.open(path) as other:
        return other.ballot_count()
