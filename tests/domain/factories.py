"""Small builders for domain tests."""

from __future__ import annotations

from msworkshop.domain.ballot import NO_ANSWERS, Ballot, Source
from msworkshop.domain.content import DIMENSION_KEYS, Statement
from msworkshop.domain.stages import Stage
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop

STATEMENTS = tuple(
    Statement(f"s{n}", n, DIMENSION_KEYS[(n - 1) // 4], Stage((n - 1) % 4 + 1), f"statement {n}")
    for n in range(1, 21)
)


def workshop(
    teams: tuple[str, ...] = ("North", "South"),
    threshold: int = 3,
    mode: VotingMode = VotingMode.BOTH,
    third: str = "",
) -> Workshop:
    functions = [Function("marketing"), Function("sales")]
    if third:
        functions.append(Function("service", third))
    return Workshop(
        title="Test",
        teams=tuple(Team(i + 1, name) for i, name in enumerate(teams)),
        functions=tuple(functions),
        mode=mode,
        threshold=threshold,
    )


def ballot(
    team_id: int = 1,
    function: str = "marketing",
    stage: int | None = 2,
    answers: tuple[int | None, ...] | int | None = None,
    comment: str = "",
    round_number: int = 1,
) -> Ballot:
    if isinstance(answers, int):
        answers = (answers,) * 20
    return Ballot(
        team_id=team_id,
        function=function,
        round_number=round_number,
        stage=stage,
        answers=answers if answers is not None else NO_ANSWERS,
        comment=comment,
        source=Source.KIOSK,
    )
