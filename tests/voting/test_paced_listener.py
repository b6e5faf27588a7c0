"""The paced listener: a burst of requests reaches the HTTP server a few per event-loop turn.

The clients are plain sockets on the test thread: connecting and sending only need the
kernel, and the answers are read after the Qt loop has run.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtHttpServer import QHttpServer, QHttpServerRequest
from PySide6.QtNetwork import QHostAddress

from msworkshop.voting import paced_listener
from msworkshop.voting.paced_listener import PacedTcpServer

REQUEST = b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"


class Turns(QObject):
    """Counts the requests handled in each turn of the event loop (a 0 ms timer's ticks)."""

    def __init__(self) -> None:
        super().__init__()
        self.handled = 0
        self.per_turn: list[int] = []
        self._since_tick = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def count(self, request: QHttpServerRequest) -> str:
        self.handled += 1
        self._since_tick += 1
        return "ok"

    def _tick(self) -> None:
        self.per_turn.append(self._since_tick)
        self._since_tick = 0


@pytest.fixture
def paced(qtbot: Any) -> Iterator[tuple[QHttpServer, PacedTcpServer, Turns]]:
    turns = Turns()
    http = QHttpServer()
    tcp = PacedTcpServer(per_pass=3)
    assert tcp.listen(QHostAddress("127.0.0.1"), 0)
    callback = turns.count  # QHttpServer keeps no reference to it
    http.route("/.*", callback)
    assert http.bind(tcp)
    yield http, tcp, turns
    tcp.close()
    http.deleteLater()


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=5)


def answers(clients: list[socket.socket]) -> list[bytes]:
    replies = []
    for client in clients:
        data = b""
        while chunk := client.recv(4096):
            data += chunk
        replies.append(data.split(b"\r\n", 1)[0])
        client.close()
    return replies


def test_a_burst_is_answered_at_most_three_per_turn(qtbot: Any, paced: Any) -> None:
    _, tcp, turns = paced
    clients = [connect(tcp.serverPort()) for _ in range(12)]
    for client in clients:
        client.sendall(REQUEST)
    qtbot.waitUntil(lambda: turns.handled == 12, timeout=5000)
    assert max(turns.per_turn) <= 3
    assert sum(1 for n in turns.per_turn if n) >= 4  # spread over several turns
    assert answers(clients) == [b"HTTP/1.1 200 OK"] * 12
    assert tcp.waiting == 0


def test_a_connection_waits_for_its_request_and_is_not_lost(qtbot: Any, paced: Any) -> None:
    _, tcp, turns = paced
    client = connect(tcp.serverPort())
    qtbot.waitUntil(lambda: tcp.waiting == 1, timeout=5000)
    qtbot.wait(50)
    assert turns.handled == 0
    client.sendall(REQUEST)
    qtbot.waitUntil(lambda: turns.handled == 1, timeout=5000)
    assert answers([client]) == [b"HTTP/1.1 200 OK"]


def test_a_connection_closed_before_sending_is_forgotten(qtbot: Any, paced: Any) -> None:
    _, tcp, turns = paced
    client = connect(tcp.serverPort())
    qtbot.waitUntil(lambda: tcp.waiting == 1, timeout=5000)
    client.close()
    qtbot.waitUntil(lambda: tcp.waiting == 0, timeout=5000)
    assert turns.handled == 0


def test_closing_the_server_closes_waiting_connections(qtbot: Any, paced: Any) -> None:
    _, tcp, _ = paced
    client = connect(tcp.serverPort())
    qtbot.waitUntil(lambda: tcp.waiting == 1, timeout=5000)
    tcp.close()
    assert tcp.waiting == 0
    assert hung_up(client)
    client.close()


def test_a_flood_beyond_the_queue_drops_the_oldest_idle_connection(
    qtbot: Any, paced: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, tcp, turns = paced
    monkeypatch.setattr(paced_listener, "MAX_WAITING", 2)
    clients = [connect(tcp.serverPort()) for _ in range(4)]
    qtbot.waitUntil(lambda: tcp.dropped == 2, timeout=5000)
    assert tcp.waiting == 2
    clients[3].sendall(REQUEST)  # the newest got in: it is answered
    qtbot.waitUntil(lambda: turns.handled == 1, timeout=5000)
    qtbot.wait(100)  # Qt writes the answer on a later turn of the loop
    assert answers(clients[3:]) == [b"HTTP/1.1 200 OK"]
    assert [hung_up(client) for client in clients[:2]] == [True, True]
    for client in clients[:3]:
        client.close()


def test_one_address_holds_at_most_its_share_and_the_newest_gets_in(
    qtbot: Any, paced: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, tcp, turns = paced
    monkeypatch.setattr(paced_listener, "MAX_WAITING_PER_ADDRESS", 3)
    idle = [connect(tcp.serverPort()) for _ in range(6)]
    qtbot.waitUntil(lambda: tcp.dropped == 3, timeout=5000)
    assert tcp.waiting == 3
    other = socket.create_connection(("127.0.0.1", tcp.serverPort()), 5, ("127.0.0.2", 0))
    other.sendall(REQUEST)
    qtbot.waitUntil(lambda: turns.handled == 1, timeout=5000)
    qtbot.wait(100)  # Qt writes the answer on a later turn of the loop
    assert answers([other]) == [b"HTTP/1.1 200 OK"]
    assert [hung_up(client) for client in idle[:3]] == [True] * 3
    for client in idle:
        client.close()


def test_an_idle_connection_is_closed_after_the_deadline(
    qtbot: Any, paced: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, tcp, turns = paced
    monkeypatch.setattr(paced_listener, "HEAD_DEADLINE_S", 0.3)
    silent = connect(tcp.serverPort())
    slow = connect(tcp.serverPort())
    slow.sendall(REQUEST[:10])  # a request that never completes (slowloris)
    qtbot.waitUntil(lambda: tcp.dropped == 2, timeout=3000)
    assert tcp.waiting == 0 and turns.handled == 0
    assert hung_up(silent) and hung_up(slow)
    silent.close()
    slow.close()


def test_a_request_arriving_in_pieces_is_released_when_complete(qtbot: Any, paced: Any) -> None:
    _, tcp, turns = paced
    body = b'{"a": 1}'
    head = b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(
        body
    )
    client = connect(tcp.serverPort())
    client.sendall(head[:20])
    qtbot.wait(60)
    client.sendall(head[20:])
    qtbot.wait(60)
    assert turns.handled == 0  # the announced body is not here yet
    client.sendall(body)
    qtbot.waitUntil(lambda: turns.handled == 1, timeout=3000)
    qtbot.wait(100)  # Qt writes the answer on a later turn of the loop; answers() blocks it
    assert answers([client]) == [b"HTTP/1.1 200 OK"]


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /" + b"a" * 60_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"414"),
        (b"GET /" + b"a" * 9_000, b"414"),  # still arriving, already too long
        (b"GET / HTTP/1.1\r\n" + b"X-Pad: " + b"b" * 40_000 + b"\r\n\r\n", b"431"),
    ],
)
def test_oversized_request_lines_and_headers_are_refused_before_qt(
    qtbot: Any, paced: Any, request_bytes: bytes, status: bytes
) -> None:
    _, tcp, turns = paced
    client = connect(tcp.serverPort())
    client.sendall(request_bytes)
    qtbot.waitUntil(lambda: tcp.refused == 1, timeout=3000)
    reply = answers([client])[0]
    assert reply.split(b" ")[1] == status
    assert turns.handled == 0 and tcp.waiting == 0


def hung_up(client: socket.socket) -> bool:
    try:
        return client.recv(10) == b""
    except ConnectionResetError:
        return True


def test_a_body_behind_expect_continue_is_not_waited_for() -> None:
    from msworkshop.voting import http_head

    head = b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n"
    assert http_head.verdict(head + b"\r\n", max_body=100) == http_head.WAIT
    expect = head + b"Expect: 100-continue\r\n\r\n"
    assert http_head.verdict(expect, max_body=100) == http_head.COMPLETE
    assert http_head.verdict(head + b"\r\n" + b"x" * 10, max_body=100) == http_head.COMPLETE
    assert http_head.verdict(head + b"\r\n", max_body=5) == http_head.COMPLETE  # Qt's 413
