"""Red team, finding 4: the byte order of ballots in the file must not tell the voting order.

Before: random ids hid the order in the keys, but SQLite writes each new cell below the
previous one in a page, and the byte offsets of 40 ballots correlated with their arrival
(Kendall tau -0.48 and -0.60). Now closing a round (and the session) rebuilds the file in
random-id order and truncates the WAL. The attacker's view: read the closed file's bytes, find
each ballot, and rank the offsets against the order in which the ballots were seen to arrive.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from msworkshop.domain.ballot import NO_ANSWERS
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from tests.store.conftest import make_ballot, make_workshop

BALLOTS = 40
ROUNDS = 3
TRIALS = 3
MAX_TAU = 0.3


def page_tau(data: bytes, round_number: int, page_size: int) -> float:
    """Kendall's tau between arrival and byte offset, pooled over the pairs of ballots that
    share a page (the attacker's view: cells of one page in the order they sit)."""
    on_page: dict[int, list[tuple[int, int]]] = {}
    for arrival in range(BALLOTS):
        needle = marker(round_number, arrival).encode()
        offset = data.find(needle)
        assert offset >= 0, "every ballot is in the main file"
        while offset >= 0:  # interior pages of the b-tree hold copies of some keys
            on_page.setdefault(offset // page_size, []).append((arrival, offset))
            offset = data.find(needle, offset + 1)
    score = pairs = 0
    for cells in on_page.values():
        for i, (arrival_a, offset_a) in enumerate(cells):
            for arrival_b, offset_b in cells[i + 1 :]:
                score += 1 if (arrival_b - arrival_a) * (offset_b - offset_a) > 0 else -1
                pairs += 1
    assert pairs >= BALLOTS, "enough ballots share pages to measure"
    return score / pairs


def marker(round_number: int, arrival: int) -> str:
    return f"r{round_number}-arrival-{arrival:03d}-more joint planning"


def vote(store: SessionStore, round_number: int, *, phones: bool = True) -> None:
    """40 ballots in a known arrival order: phones (with a replace key, full diagnostic) or
    kiosk ballots (stage and a short comment only: 40 of them fit on one page)."""
    secret = b"k" * 32
    for arrival in range(BALLOTS):
        key = tokens.replace_key(secret, f"device-{arrival:04d}-abcdefgh", round_number)
        store.add_ballot(
            make_ballot(
                team_id=1 + arrival % 2,
                round_number=round_number,
                answers=tuple((arrival + n) % 5 + 1 for n in range(20)) if phones else NO_ANSWERS,
                comment=marker(round_number, arrival),
            ),
            replace_key=key if phones else None,
        )


def tau_of(path: Path, round_number: int) -> float:
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big") or 65536  # from the SQLite header
    return page_tau(data, round_number, page_size)


def checkpoint(store: SessionStore) -> None:
    """What the open round looks like in the main file once SQLite has checkpointed it."""
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_closed_round_shows_no_voting_order(tmp_path: Path) -> None:
    before, after = [], []
    for trial in range(TRIALS):
        path = tmp_path / f"trial-{trial}.msworkshop"
        with SessionStore.create(path, make_workshop()) as store:
            store.open_round()
            vote(store, 1, phones=False)
            checkpoint(store)
            before.append(tau_of(path, 1))
            store.close_round()
            assert Path(f"{path}-wal").stat().st_size == 0  # no order left in the WAL
            after.append(tau_of(path, 1))
    summary = f"Kendall tau, arrival vs offset: open round {before}, closed round {after}"
    assert statistics.mean(abs(t) for t in before) > 0.6, "the attack works on the open round"
    assert statistics.mean(abs(t) for t in after) <= MAX_TAU, summary


def test_phone_rounds_and_the_closed_file_show_no_voting_order(tmp_path: Path) -> None:
    path = tmp_path / "rounds.msworkshop"
    after = []
    with SessionStore.create(path, make_workshop()) as store:
        for number in range(1, ROUNDS + 1):
            store.open_round()
            vote(store, number)
            store.close_round()
            after.append(tau_of(path, number))
        store.open_round()
        vote(store, ROUNDS + 1)  # still open when the session closes
    assert not Path(f"{path}-wal").exists()
    closed = [tau_of(path, number) for number in range(1, ROUNDS + 2)]
    summary = f"Kendall tau after each round closed {after}, in the closed file {closed}"
    assert statistics.mean(abs(t) for t in after) <= MAX_TAU, summary
    assert statistics.mean(abs(t) for t in closed) <= MAX_TAU, summary
