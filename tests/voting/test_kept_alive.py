"""A connection Qt holds (after its first request) is closed when it stops getting answers:
a request trickled byte by byte on a kept-alive connection cannot hold a socket forever."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest

from msworkshop.voting import paced_listener
from msworkshop.voting.lan_server import ParticipantServer

from .conftest import Client


def test_a_trickling_kept_alive_connection_is_closed_a_polling_one_is_not(
    qtbot: Any, server: ParticipantServer, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paced_listener, "ANSWER_GAP_S", 1.0)
    poll = f"GET {server.url_path}api/status HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"

    def connections() -> tuple[bool, bool]:
        trickle = socket.create_connection(("127.0.0.1", server.port), 5)
        polling = socket.create_connection(("127.0.0.1", server.port), 5)
        try:
            for conn in (trickle, polling):
                conn.sendall(poll.encode())
                assert conn.recv(65536).startswith(b"HTTP/1.1 200")
            trickle.settimeout(0.05)
            partial = poll.encode()[:-2] + b"X-Pad: "
            trickle_closed = False
            started = time.monotonic()
            step = 0
            while time.monotonic() - started < 3.0:
                try:
                    trickle.send(partial[step : step + 1] or b"a")
                    if trickle.recv(10) == b"":
                        trickle_closed = True
                        break
                except TimeoutError:
                    pass
                except OSError:
                    trickle_closed = True
                    break
                step += 1
                if step % 4 == 0:  # the page's own polling, every ~0.3 s
                    polling.sendall(poll.encode())
                    polling.settimeout(5)
                    assert polling.recv(65536).startswith(b"HTTP/1.1 200")
                time.sleep(0.05)
            polling.sendall(poll.encode())
            still_open = polling.recv(65536).startswith(b"HTTP/1.1 200")
            return trickle_closed, still_open
        finally:
            trickle.close()
            polling.close()

    trickle_closed, polling_open = client.run(connections)
    assert trickle_closed, "the trickling connection was held"
    assert polling_open, "a connection that gets answers is kept"
