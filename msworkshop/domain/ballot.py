"""Ballots: one participant's anonymous answers in one voting round.

A ballot holds team, function, round, answers, an optional comment and the channel it came
through. It never holds a name, address, device detail or time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from msworkshop.domain.comment_text import clean_comment
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import ANSWER_MAX, ANSWER_MIN, STATEMENT_COUNT
from msworkshop.domain.workshop import Round, Workshop

COMMENT_MAX_LENGTH = 500

Answers = tuple[int | None, ...]
NO_ANSWERS: Answers = (None,) * STATEMENT_COUNT


class Source(StrEnum):
    PHONE = "phone"
    KIOSK = "kiosk"
    PAPER = "paper"
    IMPORT = "import"


@dataclass(frozen=True)
class Ballot:
    team_id: int
    function: str
    round_number: int
    stage: int | None = None
    answers: Answers = NO_ANSWERS
    comment: str = ""
    source: Source = Source.KIOSK

    @property
    def answered(self) -> tuple[int, ...]:
        return tuple(a for a in self.answers if a is not None)

    @property
    def has_diagnostic(self) -> bool:
        return any(a is not None for a in self.answers)

    def scaled_total(self) -> float | None:
        """The 20-100 diagnostic total, scaled up fairly when some answers are missing.

        The mean of the given answers stands in for each missing one, so a person who skips a
        statement is neither punished nor rewarded.
        """
        given = self.answered
        if not given:
            return None
        return sum(given) * STATEMENT_COUNT / len(given)


def make_ballot(
    workshop: Workshop,
    round_: Round,
    *,
    team_id: object,
    function: object,
    stage: object = None,
    answers: object = None,
    comment: object = "",
    source: Source = Source.KIOSK,
) -> Ballot:
    """Validate raw values (from a form, CSV row or JSON body) into a Ballot.

    Raises UserError with a translatable key on the first problem found.
    """
    if not round_.is_open:
        raise UserError("round_closed", round=round_.number)
    team, function = checked_group(workshop, team_id, function)
    checked_stage = _check_stage(stage)
    checked_answers = _check_answers(answers)
    if comment is None:
        comment = ""
    if not isinstance(comment, str):
        raise UserError("comment_invalid")
    comment = clean_comment(comment).strip()  # every door: kiosk, paper, import, phones
    if len(comment) > COMMENT_MAX_LENGTH:
        raise UserError("comment_too_long", limit=COMMENT_MAX_LENGTH)
    has_answers = any(a is not None for a in checked_answers)
    if workshop.mode.asks_stage and checked_stage is None:
        raise UserError("stage_required")
    if not workshop.mode.asks_stage and checked_stage is not None:
        raise UserError("stage_not_asked")
    if workshop.mode.asks_statements and not workshop.mode.asks_stage and not has_answers:
        raise UserError("answers_required")
    if not workshop.mode.asks_statements and has_answers:
        raise UserError("answers_not_asked")
    return Ballot(
        team_id=team,
        function=function,
        round_number=round_.number,
        stage=checked_stage,
        answers=checked_answers,
        comment=comment,
        source=Source(source),
    )


def checked_group(workshop: Workshop, team_id: object, function: object) -> tuple[int, str]:
    """A team id and function key from raw values (a form, a row, JSON), checked against
    the workshop; raises UserError (``team_invalid``, ``unknown_team``, ...)."""
    if isinstance(team_id, bool) or not isinstance(team_id, int):
        raise UserError("team_invalid")
    team = workshop.team(team_id)
    if not isinstance(function, str):
        raise UserError("function_invalid")
    workshop.function(function)
    return team.id, function


def _check_stage(stage: object) -> int | None:
    if stage is None:
        return None
    if isinstance(stage, bool) or not isinstance(stage, int) or not 1 <= stage <= 4:
        raise UserError("stage_invalid")
    return stage


def _check_answers(answers: object) -> Answers:
    if answers is None:
        return NO_ANSWERS
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        raise UserError("answers_invalid")
    if len(answers) != STATEMENT_COUNT:
        raise UserError("answers_count", count=STATEMENT_COUNT)
    checked: list[int | None] = []
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            checked.append(None)
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise UserError("answer_invalid", statement=number)
        if not ANSWER_MIN <= answer <= ANSWER_MAX:
            raise UserError("answer_invalid", statement=number)
        checked.append(answer)
    return tuple(checked)
