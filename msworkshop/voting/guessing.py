"""Guessing the join code: a device that sends too many wrong codes is refused for a while.

The join code is short so that it can be typed from the projector (see ``tokens``). This limit
is what keeps a short code safe: per sending address, after ``max_wrong`` wrong codes within
``window_s`` seconds, every code from that address is refused, the right one included, until
the window has passed. Other devices are not affected, so one laptop on the Wi-Fi can neither
guess the code quickly nor lock the room's phones out. Addresses are kept in memory only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_WRONG = 20
WINDOW_S = 600.0
MAX_TRACKED = 4096  # addresses remembered at once; the oldest are forgotten first


class GuessLimit:
    """Counts wrong join codes per address in a sliding window."""

    def __init__(
        self,
        max_wrong: int = MAX_WRONG,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_wrong = max_wrong
        self._window_s = window_s
        self._clock = clock
        self._wrong: dict[str, list[float]] = {}

    def blocked(self, client: str) -> bool:
        """Whether ``client`` has used up its wrong codes (an empty address is never counted)."""
        if not client:
            return False
        recent = self._recent(client)
        return len(recent) >= self._max_wrong

    def record_wrong(self, client: str) -> None:
        if not client:
            return
        recent = self._recent(client)
        recent.append(self._clock())
        self._wrong[client] = recent
        if len(self._wrong) > MAX_TRACKED:
            del self._wrong[next(iter(self._wrong))]

    def _recent(self, client: str) -> list[float]:
        since = self._clock() - self._window_s
        recent = [t for t in self._wrong.get(client, ()) if t > since]
        if recent:
            self._wrong[client] = recent
        else:
            self._wrong.pop(client, None)
        return recent
