from __future__ import annotations

import pytest

from msworkshop.domain.ballot import Source, make_ballot
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round, RoundStatus, VotingMode
from tests.domain.factories import ballot, workshop

OPEN = Round(1)


def _make(mode: VotingMode = VotingMode.BOTH, **fields: object):
    values: dict[str, object] = {"team_id": 1, "function": "sales", "stage": 3}
    values.update(fields)
    return make_ballot(workshop(mode=mode), OPEN, **values)  # type: ignore[arg-type]


def test_valid_quick_ballot() -> None:
    made = _make(VotingMode.QUICK, comment="  fine  ", source=Source.PHONE)
    assert (made.team_id, made.function, made.stage, made.comment) == (1, "sales", 3, "fine")
    assert not made.has_diagnostic
    assert made.source is Source.PHONE


def test_missing_answers_are_allowed() -> None:
    answers = [4] * 18 + [None, None]
    made = _make(answers=answers)
    assert made.answers[-1] is None
    assert made.scaled_total() == pytest.approx(80.0)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"team_id": 99}, "unknown_team"),
        ({"team_id": "1"}, "team_invalid"),
        ({"team_id": True}, "team_invalid"),
        ({"function": "finance"}, "unknown_function"),
        ({"function": 3}, "function_invalid"),
        ({"stage": 5}, "stage_invalid"),
        ({"stage": 0}, "stage_invalid"),
        ({"stage": "2"}, "stage_invalid"),
        ({"stage": None}, "stage_required"),
        ({"answers": [3] * 19}, "answers_count"),
        ({"answers": "3" * 20}, "answers_invalid"),
        ({"answers": [3] * 19 + [6]}, "answer_invalid"),
        ({"answers": [3] * 19 + [2.5]}, "answer_invalid"),
        ({"answers": [3] * 19 + [True]}, "answer_invalid"),
        ({"comment": "x" * 501}, "comment_too_long"),
        ({"comment": 12}, "comment_invalid"),
    ],
)
def test_invalid_ballots_name_the_problem(fields: dict[str, object], key: str) -> None:
    with pytest.raises(UserError) as caught:
        _make(**fields)
    assert caught.value.key == key


def test_mode_decides_what_is_asked() -> None:
    with pytest.raises(UserError, match="does not ask for the statements"):
        _make(VotingMode.QUICK, answers=[3] * 20)
    with pytest.raises(UserError) as caught:
        _make(VotingMode.DIAGNOSTIC, stage=None, answers=[None] * 20)
    assert caught.value.key == "answers_required"
    assert _make(VotingMode.DIAGNOSTIC, stage=None, answers=[5] * 20).scaled_total() == 100


def test_closed_round_refuses() -> None:
    with pytest.raises(UserError) as caught:
        make_ballot(workshop(), Round(2, RoundStatus.CLOSED), team_id=1, function="sales", stage=1)
    assert caught.value.key == "round_closed"
    assert "Stemronde 2 is gesloten" in caught.value.message("nl")


def test_comment_of_exactly_500_characters_is_kept() -> None:
    assert len(_make(comment="é" * 500).comment) == 500


def test_scaled_total_none_without_answers() -> None:
    assert ballot().scaled_total() is None
