"""A realistic demo workshop: three teams, visible disagreements, one group too small to show.

Deterministic (seeded), so screenshots and tests see the same picture every time.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.content import Statement
from msworkshop.domain.workshop import Team, VotingMode, Workshop

DEMO_SEED = 2026


@dataclass(frozen=True)
class DemoGroup:
    team_id: int
    function: str
    people: int
    perceived_stage: float  # where this group thinks the relationship is
    # statement number -> shift of the answers, to create the disagreements worth discussing
    shifts: tuple[tuple[int, float], ...] = ()


DEMO_GROUPS: tuple[DemoGroup, ...] = (
    # Benelux: marketing feels they are dating; sales feels single. Lead hand-over is the fight.
    DemoGroup(1, "marketing", 8, 2.4, ((5, 1.2), (6, 0.8), (11, 0.9), (17, 0.6))),
    DemoGroup(1, "sales", 9, 1.5, ((5, -1.2), (6, -0.8), (11, -0.8), (18, -0.7))),
    # DACH: both vote living together, with a quarrel about budget and rewards; sales' answers on
    # joint planning and large customers read dating.
    DemoGroup(2, "marketing", 6, 3.1, ((9, -0.9), (12, -0.6))),
    DemoGroup(2, "sales", 7, 2.9, ((9, 1.0), (12, 0.7), (14, 0.5), (7, -1.0), (19, -0.8))),
    # Nordics: only two sales people voted, below the anonymity threshold.
    DemoGroup(3, "marketing", 5, 2.0, ((2, 0.8),)),
    DemoGroup(3, "sales", 2, 2.2),
)

_COMMENTS = (
    "Leads from the last trade show were never followed up.",
    "We only meet when something has gone wrong.",
    "Marketing does not know what our customers ask for.",
    "The new joint pipeline review is a good start.",
    "Sales ignores the campaign calendar.",
    "",
    "",
    "",
)


def demo_workshop(language: str = "en") -> Workshop:
    return Workshop(
        title="Marketing & Sales — relationship check"
        if language == "en"
        else "Marketing & sales — relatiecheck",
        teams=(Team(1, "Benelux"), Team(2, "DACH"), Team(3, "Nordics")),
        language=language,
        mode=VotingMode.BOTH,
        threshold=3,
        date=dt.date.today(),
        organisation="Demo Company",
        facilitator="Demo facilitator",
    )


def demo_ballots(
    round_number: int, statements: Sequence[Statement], seed: int = DEMO_SEED
) -> list[Ballot]:
    """Ballots whose answers follow each group's perceived stage, with noise and shifts."""
    rng = random.Random(seed)
    ballots = []
    for group in DEMO_GROUPS:
        shifts = dict(group.shifts)
        for _ in range(group.people):
            stage = min(4, max(1, round(rng.gauss(group.perceived_stage, 0.6))))
            answers = tuple(
                _answer(rng, group.perceived_stage, s.stage, shifts.get(s.number, 0.0))
                for s in statements
            )
            ballots.append(
                Ballot(
                    team_id=group.team_id,
                    function=group.function,
                    round_number=round_number,
                    stage=stage,
                    answers=answers,
                    comment=rng.choice(_COMMENTS),
                    source=rng.choice((Source.PHONE, Source.PHONE, Source.KIOSK, Source.PAPER)),
                )
            )
    return ballots


def _answer(rng: random.Random, perceived: float, statement_stage: int, shift: float) -> int | None:
    if rng.random() < 0.03:
        return None  # now and then somebody skips a statement
    # A textbook profile with noise: the hallmarks of the perceived stage and below are agreed
    # with, the next stage's draw a shrug, later ones disagreement; so the diagnostic's stage
    # mostly follows the group's own vote (DACH sales' shifts make it read one lower: a
    # talking point), while the article's band often reads one higher, as in real rooms.
    base = 3.6 + (perceived - statement_stage)
    return min(5, max(1, round(rng.gauss(base + shift, 0.7))))
