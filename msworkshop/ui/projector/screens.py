"""Which screen the projector window uses (pure choice, tested without real screens)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class NamedScreen(Protocol):
    def name(self) -> str: ...


def choose_screen[S: NamedScreen](
    screens: Sequence[S], facilitator: S | None, preferred: str = ""
) -> S | None:
    """The screen for the projector: the preferred one if attached and not the laptop's,
    else the first screen that is not the facilitator's; None with only one screen."""
    if len(screens) < 2:
        return None
    others = [s for s in screens if s is not facilitator]
    for screen in others:
        if preferred and screen.name() == preferred:
            return screen
    return others[0] if others else None
