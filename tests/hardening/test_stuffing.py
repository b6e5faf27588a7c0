"""Red team, finding 6: one script with the URL stuffing the ballot box.

Before: 8,991 ballots a minute from one address, and the laptop just showed the counts. Now
one address adds at most ``NEW_BALLOTS_PER_ADDRESS`` new ballots per round (a phone may still
replace its own), and the burst shows up in the server's in-memory arrival log, from which
the facilitator can remove exactly those ballots.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from msworkshop.store import SessionStore
from msworkshop.voting import arrivals
from tests.hardening.served import Answer, Served, post_ballot, start_serve
from tests.voting.conftest import make_workshop

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="127.0.0.x source addresses")

SCRIPT = "127.0.0.9"


def stuff(served: Served, device: str) -> Answer:
    """One stuffed ballot, waiting out Qt's own per-second rate limit (an empty 429)."""
    for _ in range(200):
        answer = post_ballot(served, device, source=SCRIPT)
        if answer.status != 429 or answer.body:
            return answer
        time.sleep(0.02)
    raise AssertionError("the rate limit never let up")


def test_one_address_adds_at_most_its_cap_per_round(tmp_path: Path) -> None:
    path = tmp_path / "stuffed.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    served = start_serve(path)
    cap = arrivals.NEW_BALLOTS_PER_ADDRESS
    try:
        answers = [stuff(served, f"stuffing-{n:05d}-abcdefgh") for n in range(cap + 20)]
        statuses = [a.status for a in answers]
        assert statuses[:cap] == [200] * cap
        assert statuses[cap:] == [429] * 20
        assert json.loads(answers[-1].body)["error"] == "phone_too_many_ballots"
        assert stuff(served, "stuffing-00000-abcdefgh").status == 200  # replacing its own
        assert post_ballot(served, "a-real-phone-0000-abc", source="127.0.0.10").status == 200
    finally:
        served.stop()
    with SessionStore.open(path) as store:
        assert store.ballot_count(1) == cap + 1
