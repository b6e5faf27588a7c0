"""A real ``msworkshop serve`` process on 127.0.0.1 and the few client moves the attacks need.

Everything stays on loopback: the attacker and the phones are sockets on 127.0.0.x (each
``127.0.0.n`` is a separate source address, as separate devices on the Wi-Fi would be).
"""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.voting.conftest import ballot

PHONE_TIMEOUT_S = 5.0


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int
    prefix: str  # /j/<token>/

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_serve(path: Path) -> Served:
    process = subprocess.Popen(
        [sys.executable, "-m", "msworkshop", "serve", str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("Join URL: "):
        process.kill()
        errors = process.stderr.read() if process.stderr else ""
        raise AssertionError(f"no join URL: {line!r} {errors}")
    url = urlsplit(line.removeprefix("Join URL: "))
    assert url.hostname == "127.0.0.1" and url.port
    return Served(process, url.port, f"/j{url.path}/")  # the short link is /<code>


@dataclass
class Answer:
    status: int | str  # the HTTP status, or the name of the exception
    seconds: float
    body: bytes = b""


def post_ballot(
    served: Served,
    device: str,
    *,
    source: str = "127.0.0.2",
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    comment: str = "",
) -> Answer:
    """One phone's ballot on a fresh connection from ``source``."""
    data = body if body is not None else json.dumps(ballot(device=device, comment=comment))
    sent = {"Content-Type": "application/json"} if headers is None else headers
    started = time.perf_counter()
    conn = http.client.HTTPConnection(
        "127.0.0.1", served.port, timeout=PHONE_TIMEOUT_S, source_address=(source, 0)
    )
    try:
        conn.request("POST", served.prefix + "api/ballot", body=data, headers=sent)
        reply = conn.getresponse()
        return Answer(reply.status, time.perf_counter() - started, reply.read())
    except (OSError, http.client.HTTPException) as error:
        return Answer(type(error).__name__, time.perf_counter() - started)
    finally:
        conn.close()


def raw_request(served: Served, data: bytes, *, source: str = "127.0.0.3") -> bytes:
    """Send ``data`` as is and return the status line (b"" when the server hung up)."""
    with socket.create_connection(("127.0.0.1", served.port), 5, (source, 0)) as client:
        try:
            client.sendall(data)
            reply = b""
            while b"\r\n" not in reply and (chunk := client.recv(4096)):
                reply += chunk
        except OSError:
            return b""
    return reply.split(b"\r\n", 1)[0]


def idle_connections(served: Served, count: int, source: str = "127.0.0.1") -> list[socket.socket]:
    """``count`` connections that send nothing (the attacker holds them open)."""
    return [
        socket.create_connection(("127.0.0.1", served.port), 5, (source, 0)) for _ in range(count)
    ]


def median_ms(answers: list[Answer]) -> float:
    return statistics.median(answer.seconds for answer in answers) * 1000
