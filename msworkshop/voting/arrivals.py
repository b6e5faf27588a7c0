"""What the open round's phone ballots looked like as they arrived, in memory only (no Qt).

Anyone with the join URL can vote, and a script can make a new device token per request. Two
things bound and expose that without storing anything about anyone:

- **A cap per source address**: at most ``NEW_BALLOTS_PER_ADDRESS`` *new* ballots (a phone
  replacing its own ballot does not count) from one address in one round. Generous for a
  guest network that puts the whole room behind one address (the product's rooms hold up to
  60 people), a hard stop for a script.
- **An arrival log**: the order in which this round's phone ballots arrived, with the seconds
  since the round (or the server) started, the group, and an opaque source number (1, 2, ...;
  never the address). The facilitator can look at a suspicious burst and remove exactly those
  ballots (``SessionStore.remove_ballots``). The log lives in this object only: it is never
  written to the session file, and is forgotten when the round changes or the server stops.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

NEW_BALLOTS_PER_ADDRESS = 150
BURST_WINDOW_S = 10.0
BURST_MIN_BALLOTS = 15  # from one source within the window: faster than people fill a ballot


@dataclass(frozen=True)
class Arrival:
    order: int  # 1, 2, ... within the round
    seconds: int  # since the round (or the server) started, whole seconds
    source: int  # opaque number of the sending address, per round
    team_id: int
    function: str
    ballot_id: str
    replaced: bool = False  # the same phone sent a newer ballot


@dataclass(frozen=True)
class Burst:
    source: int
    first_second: int
    last_second: int
    ballot_ids: tuple[str, ...]
    groups: tuple[tuple[int, str, int], ...]  # (team id, function, ballots)


class RoundArrivals:
    """Per-round counts and arrival order of phone ballots, never stored."""

    def __init__(
        self,
        per_address: int = NEW_BALLOTS_PER_ADDRESS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_address = per_address
        self._clock = clock
        self._round: int | None = None
        self._reset(None)

    def _reset(self, round_number: int | None) -> None:
        self._round = round_number
        self._started = self._clock()
        self._new: Counter[str] = Counter()
        self._sources: dict[str, int] = {}
        self._latest: dict[str, int] = {}  # replace key -> index of its latest arrival
        self._log: list[Arrival] = []
        self.capped = 0  # ballots refused by the cap this round

    def _roll(self, round_number: int) -> None:
        if round_number != self._round:
            self._reset(round_number)

    def allow(self, round_number: int, address: str, replace_key: str) -> bool:
        """Whether a ballot from ``address`` may be stored (a replacement always may)."""
        self._roll(round_number)
        if replace_key in self._latest or self._new[address] < self.per_address:
            return True
        self.capped += 1
        return False

    def record(
        self,
        round_number: int,
        address: str,
        replace_key: str,
        ballot_id: str,
        team_id: int,
        function: str,
    ) -> None:
        self._roll(round_number)
        previous = self._latest.get(replace_key)
        if previous is None:
            self._new[address] += 1
        else:
            self._log[previous] = dataclasses.replace(self._log[previous], replaced=True)
        source = self._sources.setdefault(address, len(self._sources) + 1)
        self._latest[replace_key] = len(self._log)
        seconds = int(self._clock() - self._started)
        self._log.append(Arrival(len(self._log) + 1, seconds, source, team_id, function, ballot_id))

    def arrivals(self, round_number: int | None = None) -> list[Arrival]:
        """This round's phone ballots in arrival order ([] for another round)."""
        if round_number is not None and round_number != self._round:
            return []
        return list(self._log)

    def bursts(
        self, window_s: float = BURST_WINDOW_S, min_ballots: int = BURST_MIN_BALLOTS
    ) -> list[Burst]:
        """Ballots (still standing) from one source that came at least ``min_ballots`` within
        ``window_s`` seconds: faster than people in a room fill a ballot, even behind one
        shared address. Overlapping dense stretches make one burst."""
        found: list[Burst] = []
        by_source: dict[int, list[Arrival]] = {}
        for arrival in self._log:
            if not arrival.replaced:
                by_source.setdefault(arrival.source, []).append(arrival)
        for source, arrivals in sorted(by_source.items()):
            dense = [False] * len(arrivals)
            end = 0
            for start, arrival in enumerate(arrivals):
                end = max(end, start)
                while (
                    end + 1 < len(arrivals)
                    and arrivals[end + 1].seconds - arrival.seconds <= window_s
                ):
                    end += 1
                if end - start + 1 >= min_ballots:
                    dense[start : end + 1] = [True] * (end - start + 1)
            run: list[Arrival] = []
            for arrival, inside in zip(arrivals, dense, strict=True):
                if inside:
                    run.append(arrival)
                elif run:
                    found.append(_burst(source, run))
                    run = []
            if run:
                found.append(_burst(source, run))
        return sorted(found, key=lambda burst: burst.first_second)

    def forget(self, ballot_ids: Iterable[str]) -> None:
        """Drop removed ballots from the log (their replace keys stay counted)."""
        gone = set(ballot_ids)
        kept: list[Arrival] = []
        moved: dict[int, int] = {}  # old index -> new index
        for index, arrival in enumerate(self._log):
            if arrival.ballot_id not in gone:
                moved[index] = len(kept)
                kept.append(arrival)
        self._log = kept
        self._latest = {key: moved[at] for key, at in self._latest.items() if at in moved}


def _burst(source: int, run: list[Arrival]) -> Burst:
    groups = Counter((arrival.team_id, arrival.function) for arrival in run)
    return Burst(
        source,
        run[0].seconds,
        run[-1].seconds,
        tuple(arrival.ballot_id for arrival in run),
        tuple((team, function, count) for (team, function), count in sorted(groups.items())),
    )
