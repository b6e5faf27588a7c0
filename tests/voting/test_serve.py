"""``msworkshop serve``: headless, opens a round, prints the join URL, stops on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from msworkshop.store import SessionStore

from .conftest import make_workshop


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_join_url_and_stops_cleanly(tmp_path: Path, stop: signal.Signals) -> None:
    path = tmp_path / "served.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "msworkshop.voting.serve_command",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("Join URL: http://127.0.0.1:")
        url = line.removeprefix("Join URL: ")
        with urllib.request.urlopen(url, timeout=10) as page:  # the short link redirects
            assert page.status == 200 and page.geturl().endswith("/j/" + url[-6:] + "/")
            page_url = page.geturl()
        with urllib.request.urlopen(page_url + "api/status", timeout=10) as reply:
            assert json.load(reply) == {"round": 1, "open": True}
        process.send_signal(stop)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    with SessionStore.open(path) as store:
        current = store.current_round()
        assert current is not None and current.number == 1 and current.is_open


def test_serve_reports_a_missing_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "msworkshop.voting.serve_command", str(tmp_path / "none.x")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("msworkshop: ") and "Traceback" not in result.stderr
