"""The server's in-memory arrival log shows a stuffing burst, and its ballots can be removed."""

from __future__ import annotations

import http.client
import json
import sys
from typing import Any

import pytest

from msworkshop.store import SessionStore
from msworkshop.voting.lan_server import ParticipantServer

from .conftest import Client, ballot


@pytest.mark.skipif(sys.platform != "linux", reason="127.0.0.x source addresses")
def test_a_burst_is_visible_and_removable(
    qtbot: Any, server: ParticipantServer, client: Client, store: SessionStore
) -> None:
    for n in range(3):  # the room
        assert client.post("api/ballot", ballot(device=f"room-phone-{n:04d}-abcdef")).status == 200
    conn = http.client.HTTPConnection(
        "127.0.0.1", server.port, timeout=5, source_address=("127.0.0.9", 0)
    )

    def script() -> None:
        for n in range(40):
            body = json.dumps(ballot(team=2, function="sales", device=f"bot-{n:05d}-abcdefghij"))
            conn.request(
                "POST", server.url_path + "api/ballot", body, {"Content-Type": "application/json"}
            )
            reply = conn.getresponse()
            reply.read()
            assert reply.status == 200

    client.run(script)
    conn.close()
    [burst] = server.arrivals.bursts()
    assert len(burst.ballot_ids) == 40 and burst.groups == ((2, "sales", 40),)
    assert store.ballot_count() == 43
    assert store.remove_ballots(burst.ballot_ids) == 40  # what the facilitator's button does
    server.arrivals.forget(burst.ballot_ids)
    assert store.ballot_count() == 3
    assert {b.team_id for b in store.ballots()} == {1}  # the room's ballots stay
    assert server.arrivals.bursts() == []
