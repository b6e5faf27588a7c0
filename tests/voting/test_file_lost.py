"""The server tells the app when the session file is gone: a signal, and 503 for the phone."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from msworkshop.store import SessionStore
from msworkshop.voting.lan_server import ParticipantServer

from .conftest import Client, ballot, stored_count


def test_deleted_file_gives_503_and_the_signal_once(
    qtbot: Any, server: ParticipantServer, client: Client, store: SessionStore, tmp_path: Path
) -> None:
    assert client.post("api/ballot", ballot()).status == 200
    os.unlink(store.path)
    with qtbot.waitSignal(server.session_file_lost, timeout=5000):
        reply = client.post("api/ballot", ballot(device="another-device-0123456789"))
    assert reply.status == 503
    assert reply.json()["error"] == "phone_save_failed"
    emitted: list[bool] = []
    server.session_file_lost.connect(lambda: emitted.append(True))
    assert client.post("api/ballot", ballot(device="third-device-0123456789ab")).status == 503
    assert emitted == []  # told once
    assert store.file_lost is not None and store.file_lost.key == "session_file_lost"
    rescue = tmp_path / "rescue.msworkshop"
    store.save_copy(rescue)  # what the app offers: "Save the session as…"
    assert stored_count(rescue) == 1


def test_the_server_notices_a_deleted_file_between_ballots(
    qtbot: Any, server: ParticipantServer, store: SessionStore
) -> None:
    os.unlink(store.path)
    with qtbot.waitSignal(server.session_file_lost, timeout=5000):
        pass
    assert store.file_lost is not None
