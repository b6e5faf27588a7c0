"""Benchmark: how soon the phone page is usable on congested Wi-Fi.

    python benchmarks/phone_page.py [--runs 5]

Starts the real server (``msworkshop.voting.serve_command``) on a real session file and loads
the join URL in Debian's Chromium with the DevTools network emulation of a busy venue network:
150 ms round trip / 1.6 Mbit/s and 400 ms / 400 kbit/s. Each run uses a fresh browser context
(cold cache). "Usable" is the moment the team choice (its first radio button) is visible.
Prints the median and worst time, the number of requests and the bytes on the wire.
Goals: 0.6 s at 150 ms and 1.3 s at 400 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"  # Debian's, as in the tests
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
PROFILES = (  # name, round trip (ms), throughput (bit/s), goal (s)
    ("150 ms RTT / 1.6 Mbit/s", 150, 1_600_000, 0.6),
    ("400 ms RTT / 400 kbit/s", 400, 400_000, 1.3),
)


def make_session(path: Path) -> None:
    from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
    from msworkshop.store import SessionStore

    workshop = Workshop(
        title="Spring offsite",
        teams=tuple(Team(0, f"Team {n}") for n in range(1, 9)),
        functions=(Function("marketing"), Function("sales")),
        language="en",
        mode=VotingMode.BOTH,
    )
    SessionStore.create(path, workshop).close()


def start_server(path: Path) -> tuple[str, subprocess.Popen[str]]:
    command = [sys.executable, "-m", "msworkshop.voting.serve_command", str(path)]
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("Join URL: "):
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return line.removeprefix("Join URL: "), process


def load_once(browser: Any, url: str, rtt_ms: int, bits: int) -> tuple[float, int, int]:
    """Seconds until the team choice is visible, requests made and bytes received."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": rtt_ms,
            "downloadThroughput": bits / 8,
            "uploadThroughput": bits / 8,
        },
    )
    received: list[float] = []
    requests: list[str] = []
    cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
    cdp.on("Network.requestWillBeSent", lambda event: requests.append(event["request"]["url"]))
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator("input[type=radio]").first.wait_for(state="visible", timeout=30000)
    elapsed = time.perf_counter() - start
    page.wait_for_load_state("networkidle")
    count, total = len(requests), int(sum(received))
    context.close()
    return elapsed, count, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    failed = False
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.msworkshop"
        make_session(path)
        url, server = start_server(path)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                load_once(browser, url, 0, 100_000_000)  # warm the server's first reply
                for name, rtt, bits, goal in PROFILES:
                    runs = [load_once(browser, url, rtt, bits) for _ in range(options.runs)]
                    times = [run[0] for run in runs]
                    median = statistics.median(times)
                    verdict = "ok" if median <= goal else "OVER GOAL"
                    failed |= median > goal
                    print(
                        f"{name}: usable after {median:.2f} s median, {max(times):.2f} s worst "
                        f"(goal {goal} s, {verdict}); {runs[0][1]} requests, "
                        f"{runs[0][2] / 1024:.1f} KB transferred"
                    )
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
