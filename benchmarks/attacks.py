"""Benchmark: phones voting while an attacker on the same network works on the laptop.

    python benchmarks/attacks.py [--phones 40] [--idle 1000] [--long-line-clients 4]

Runs the real ``msworkshop serve`` in a subprocess on 127.0.0.1 (loopback only) and measures
phone ballots (each on a fresh connection from its own 127.0.0.x address, as the page sends
them) and status polls:

1. quiet: no attack;
2. 1,000 idle connections held open by one address, plus four clients sending 60 KB request
   lines in a loop (findings 1 and 2 of the red-team issue);
3. stuffing: one address posting new ballots as fast as it can for a few seconds, with fresh
   device tokens (finding 6): how many were stored.

Prints median, p90 and max latency, failures, and the stuffing rate. Goal: phones < 100 ms
median under attack 2, no failures. Run it against an older checkout (PYTHONPATH) to compare.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

LONG_LINE = b"GET /" + b"a" * 60_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def ballot_body(device: str) -> bytes:
    return json.dumps(
        {
            "team": 1,
            "function": "marketing",
            "stage": 2,
            "answers": [3] * 20,
            "comment": "",
            "round": 1,
            "device": device,
        }
    ).encode()


def start(path: Path) -> tuple[subprocess.Popen[str], int, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "msworkshop", "serve", str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    url = urlsplit(process.stdout.readline().strip().removeprefix("Join URL: "))
    assert url.port, "serve did not start"
    return process, url.port, f"/j{url.path}/"  # the page behind the short link /<code>


def request(
    port: int, method: str, path: str, body: bytes | None, source: str
) -> tuple[int | str, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers=headers)
        reply = conn.getresponse()
        reply.read()
        return reply.status, time.perf_counter() - started
    except (OSError, http.client.HTTPException) as error:
        return type(error).__name__, time.perf_counter() - started
    finally:
        conn.close()


def phones(port: int, prefix: str, count: int, tag: str) -> tuple[list[float], list[object]]:
    latencies: list[float] = []
    failures: list[object] = []
    for n in range(count):
        source = f"127.0.{2 + n // 200}.{10 + n % 200}"
        status, seconds = request(
            port, "POST", prefix + "api/ballot", ballot_body(f"{tag}-{n:05d}-abcdefgh"), source
        )
        poll, poll_seconds = request(port, "GET", prefix + "api/status", None, source)
        latencies.append(seconds)
        latencies.append(poll_seconds)
        failures.extend(s for s in (status, poll) if s != 200)
    return latencies, failures


def report(label: str, latencies: list[float], failures: list[object]) -> None:
    ordered = sorted(latencies)
    p90 = ordered[int(len(ordered) * 0.9)]
    kinds = sorted(set(map(str, failures)))[:3]
    print(
        f"{label}: median {statistics.median(ordered) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms, failures {len(failures)} {kinds}"
    )


def long_lines(port: int, stop: threading.Event, number: int, sent: list[int]) -> None:
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), 5, (f"127.0.9.{number}", 0)) as s:
                s.sendall(LONG_LINE)
                s.recv(64)
        except OSError:
            pass
        sent[number] += 1


def stuffing(port: int, prefix: str, seconds: float) -> tuple[int, int]:
    stop = time.monotonic() + seconds
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=("127.0.8.8", 0))
    stored = sent = 0
    while time.monotonic() < stop:
        try:
            conn.request(
                "POST",
                prefix + "api/ballot",
                ballot_body(f"stuff-{sent:07d}-abcdefgh"),
                {"Content-Type": "application/json"},
            )
            reply = conn.getresponse()
            reply.read()
            stored += reply.status == 200
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection(
                "127.0.0.1", port, timeout=5, source_address=("127.0.8.8", 0)
            )
        sent += 1
    conn.close()
    return sent, stored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--long-line-clients", type=int, default=4)
    parser.add_argument("--stuffing-seconds", type=float, default=5.0)
    args = parser.parse_args()
    from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
    from msworkshop.store import SessionStore

    folder = Path(tempfile.mkdtemp(prefix="msw-attack-"))
    path = folder / "attack.msworkshop"
    workshop = Workshop(
        title="Attack",
        teams=(Team(0, "North"), Team(0, "South")),
        functions=(Function("marketing"), Function("sales")),
        mode=VotingMode.BOTH,
    )
    SessionStore.create(path, workshop).close()
    process, port, prefix = start(path)
    try:
        request(port, "GET", prefix + "api/status", None, "127.0.0.2")  # warm up
        report("quiet (ballot + poll)", *phones(port, prefix, args.phones, "quiet"))

        idle = [
            socket.create_connection(("127.0.0.1", port), 5, ("127.0.0.1", 0))
            for _ in range(args.idle)
        ]
        stop = threading.Event()
        sent = [0] * (args.long_line_clients + 1)
        threads = [
            threading.Thread(target=long_lines, args=(port, stop, n + 1, sent), daemon=True)
            for n in range(args.long_line_clients)
        ]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        label = f"under attack ({args.idle} idle, {args.long_line_clients} long-line clients)"
        attacked, failures = phones(port, prefix, args.phones, "attacked")
        report(label, attacked, failures)
        met = not failures and statistics.median(attacked) < 0.1
        stop.set()
        for thread in threads:
            thread.join(10)
        for client in idle:
            client.close()
        print(f"long request lines sent during the attack: {sum(sent)}")

        tried, stored = stuffing(port, prefix, args.stuffing_seconds)
        rate = stored / args.stuffing_seconds * 60
        print(
            f"stuffing from one address for {args.stuffing_seconds:.0f} s: {tried} sent, "
            f"{stored} stored (a rate of {rate:.0f} per minute; the cap is per round)"
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"goal (0 failures, median < 100 ms under attack): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
