"""Benchmark: many phones voting at once while the facilitator's window keeps repainting.

    python benchmarks/phones.py [--phones 500] [--concurrency 50] [--keep-alive] [--keep FILE]

The app side runs here: a real session file, the real ParticipantServer on 127.0.0.1 and a
QMainWindow repainting at 60 Hz that also redraws per-team counts on every ``ballot_received``.
The phones run in a separate process (so their Python threads do not compete for this
process's GIL; one asyncio thread at low priority): each phone connects from its own loopback
address (127.0.x.y, as separate phones on Wi-Fi would), POSTs one full diagnostic ballot and
closes the connection.

Prints requests/s, client latency p50/p99, failures, ballots on disk, the server's handler time
and the longest stall of the Qt event loop during the burst.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- the phones (child process) ---------------------------------------------------------


def phone_ballot(index: int, round_number: int) -> bytes:
    return json.dumps(
        {
            "team": index % 4 + 1,
            "function": ("marketing", "sales")[index % 2],
            "stage": index % 4 + 1,
            "answers": [(index + n) % 5 + 1 for n in range(20)],
            "comment": f"Phone {index}: more joint planning, please.",
            "round": round_number,
            "device": f"bench-device-{index:06d}-abcdefgh",
        }
    ).encode()


async def read_status_reply(reader: asyncio.StreamReader) -> None:
    """Read one kept-alive reply (headers, then Content-Length bytes)."""
    length = 0
    while (line := await asyncio.wait_for(reader.readline(), 30)) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await asyncio.wait_for(reader.readexactly(length), 30)


async def one_phone(
    port: int,
    path: str,
    index: int,
    round_number: int,
    gate: asyncio.Semaphore,
    keep_alive: bool,
) -> tuple[float, int | str]:
    source = (f"127.0.{1 + index // 250}.{2 + index % 250}", 0)
    body = phone_ballot(index, round_number)
    head = (
        f"POST {path}api/ballot HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    status_request = f"GET {path}api/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    async with gate:
        started = time.perf_counter()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=source)
            if keep_alive:  # like the real page: the ballot follows a poll on the same connection
                writer.write(status_request)
                await read_status_reply(reader)
                started = time.perf_counter()  # the ballot's latency, not the poll's
            writer.write(head + body)
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 30)
            await asyncio.wait_for(reader.read(), 30)  # the server closes after the reply
            writer.close()
            status: int | str = int(status_line.split()[1])
        except (TimeoutError, OSError, ValueError, IndexError, asyncio.IncompleteReadError) as e:
            status = type(e).__name__
        return time.perf_counter() - started, status


async def all_phones(
    port: int, path: str, phones: int, concurrency: int, round_number: int, keep_alive: bool
) -> list[tuple[float, int | str]]:
    gate = asyncio.Semaphore(concurrency)
    return list(
        await asyncio.gather(
            *(one_phone(port, path, i, round_number, gate, keep_alive) for i in range(phones))
        )
    )


def run_phones(
    port: int, path: str, phones: int, concurrency: int, round_number: int, keep_alive: bool
) -> None:
    """One thread, 50 connections at a time, at low priority: the phones are other devices,
    so the load generator should take as little CPU from the app as it can."""
    if hasattr(os, "nice"):
        os.nice(10)
    started = time.perf_counter()
    results = asyncio.run(all_phones(port, path, phones, concurrency, round_number, keep_alive))
    elapsed = time.perf_counter() - started
    json.dump({"elapsed": elapsed, "results": results}, sys.stdout)


# --- the app (this process) ----------------------------------------------------------------


def run_app(phones: int, concurrency: int, keep: Path | None, keep_alive: bool = False) -> int:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
    from msworkshop.store import SessionStore
    from msworkshop.voting import tokens
    from msworkshop.voting.lan_server import ParticipantServer

    app = QApplication.instance() or QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="msw-bench-"))
    path = keep or folder / "bench.msworkshop"
    workshop = Workshop(
        title="Benchmark",
        teams=tuple(Team(0, f"Team {n}") for n in range(1, 5)),
        functions=(Function("marketing"), Function("sales")),
        mode=VotingMode.BOTH,
    )
    store = SessionStore.create(path, workshop)
    round_number = store.open_round().number
    counts: dict[tuple[int, str], int] = {}

    class Live(QWidget):
        """Stands in for the facilitator window: animated, and redrawn on every ballot."""

        def __init__(self) -> None:
            super().__init__()
            self.frame = 0

        def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
            self.frame += 1
            with QPainter(self) as painter:
                painter.fillRect(self.rect(), QColor("#f3f4f6"))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                for slot, ((team, function), count) in enumerate(sorted(counts.items())):
                    painter.fillRect(20, 20 + slot * 28, min(count, 600), 20, QColor("#0b3d91"))
                    painter.drawText(640, 35 + slot * 28, f"team {team} {function}: {count}")
                x = 20 + (self.frame * 4) % 700
                painter.setBrush(QColor("#ffc845"))
                painter.drawEllipse(x, 300, 40, 40)

    window = QMainWindow()
    live = Live()
    window.setCentralWidget(live)
    window.resize(1024, 400)
    window.show()
    repaint = QTimer()
    repaint.setTimerType(Qt.TimerType.PreciseTimer)
    repaint.timeout.connect(live.update)
    repaint.start(16)

    server = ParticipantServer(store, tokens.session_token(store))

    def on_ballot(team: int, function: str) -> None:
        counts[(team, function)] = counts.get((team, function), 0) + 1
        live.update()

    server.ballot_received.connect(on_ballot)
    handler_times: list[float] = []
    api = server._api  # measure the handler itself (benchmark only)
    original_handle = api.handle

    def timed_handle(*args: object) -> object:
        started = time.perf_counter()
        try:
            return original_handle(*args)  # type: ignore[arg-type]
        finally:
            handler_times.append(time.perf_counter() - started)

    api.handle = timed_handle  # type: ignore[method-assign]
    port = server.start("127.0.0.1", 0)

    # Event-loop stall: the longest gap between ticks of a 2 ms timer, minus the interval.
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    clock = QElapsedTimer()
    stall = {"last": 0, "max": 0, "measuring": False}

    def tick() -> None:
        now = clock.nsecsElapsed()
        if stall["measuring"] and stall["last"]:
            stall["max"] = max(stall["max"], now - stall["last"] - 2_000_000)
        stall["last"] = now

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start(2)
    # Let the window settle, warm the first connection, then start the burst.
    settle_until = time.perf_counter() + 0.5
    while time.perf_counter() < settle_until:
        app.processEvents()
    frames_before = live.frame
    stall["measuring"] = True
    started = time.perf_counter()
    phones_process = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--client",
            str(port),
            server.url_path,
            str(phones),
            str(concurrency),
            str(round_number),
            "keep-alive" if keep_alive else "close",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    poller = QTimer()
    poller.timeout.connect(lambda: phones_process.poll() is not None and app.quit())
    poller.start(20)
    app.exec()
    burst = time.perf_counter() - started
    stall["measuring"] = False
    frames = live.frame - frames_before
    output = phones_process.stdout.read() if phones_process.stdout else ""
    server.stop()
    store.close()
    window.close()

    data = json.loads(output)
    latencies = sorted(latency for latency, status in data["results"] if status == 200)
    failures = [status for _, status in data["results"] if status != 200]
    with SessionStore.open(path) as check:
        on_disk = check.ballot_count(round_number)
    connection = (
        "poll, then ballot on the same connection" if keep_alive else "one ballot per connection"
    )
    print(f"phones: {phones}, concurrency: {concurrency}, {connection}, window repainting at 60 Hz")
    print(f"requests/s: {phones / data['elapsed']:.0f} ({data['elapsed']:.2f} s for the burst)")
    if latencies:
        print(
            f"latency p50: {_ms(statistics.median(latencies))}, p99: {_ms(_p99(latencies))}, "
            f"max: {_ms(latencies[-1])}"
        )
    print(f"failures: {len(failures)} {sorted(set(map(str, failures)))[:5]}")
    print(f"ballots on disk: {on_disk} of {phones}")
    print(
        f"handler time p50: {_ms(statistics.median(handler_times))}, "
        f"p99: {_ms(_p99(sorted(handler_times)))}"
    )
    print(f"longest event-loop stall: {stall['max'] / 1e6:.1f} ms")
    print(
        f"window frames painted during the burst: {frames} in {burst:.2f} s "
        f"({frames / burst:.0f} fps)"
    )
    return 0 if not failures and on_disk == phones else 1


def _p99(values: list[float]) -> float:
    return values[min(len(values) - 1, int(len(values) * 0.99))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        port, path, phones, concurrency, round_number, connection = sys.argv[2:8]
        run_phones(
            int(port),
            path,
            int(phones),
            int(concurrency),
            int(round_number),
            connection == "keep-alive",
        )
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--keep", type=Path, default=None, help="write the session file here")
    parser.add_argument(
        "--keep-alive",
        action="store_true",
        help="each phone polls the status first and posts its ballot on the same connection",
    )
    args = parser.parse_args()
    return run_app(args.phones, args.concurrency, args.keep, args.keep_alive)


if __name__ == "__main__":
    sys.exit(main())
