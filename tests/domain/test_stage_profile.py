"""Calibration of the diagnostic's stage, built from the shipped statements' own stage tags (so
it keeps holding when statements are reworded or retagged)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msworkshop.domain.analysis import GroupResult, analyse, group_result
from msworkshop.domain.ballot import Ballot
from msworkshop.domain.content import Statement
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import LANGUAGES
from msworkshop.domain.stage_profile import (
    HALLMARKS_MET,
    diagnostic_stage,
    group_profile,
    stage_of_answers,
    textbook_answers,
)
from msworkshop.domain.stages import STATEMENT_COUNT, band_for_total
from tests.domain.factories import ballot, workshop

STATEMENTS: dict[str, tuple[Statement, ...]] = {
    lang: load_content(lang).statements for lang in LANGUAGES
}
EN = STATEMENTS["en"]

answer = st.one_of(st.none(), st.integers(1, 5))
answer_sets = st.lists(answer, min_size=STATEMENT_COUNT, max_size=STATEMENT_COUNT)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_neutral_everywhere_reads_no_higher_than_dating(lang: str) -> None:
    statements = STATEMENTS[lang]
    reading = stage_of_answers((3,) * STATEMENT_COUNT, statements)
    assert reading is not None and reading <= 2
    # ... while the article's bands call the same ballot Aligned: the reason for the profile
    assert band_for_total(60) == 3


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("stage", [1, 2, 3, 4])
def test_each_textbook_profile_reads_as_its_stage(lang: str, stage: int) -> None:
    statements = STATEMENTS[lang]
    assert stage_of_answers(textbook_answers(stage, statements), statements) == stage
    # also with the stronger answers at either end of the scale
    strong = textbook_answers(stage, statements, agree=5, disagree=1)
    assert stage_of_answers(strong, statements) == stage


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_ones_read_single_and_all_fives_married(lang: str) -> None:
    statements = STATEMENTS[lang]
    assert stage_of_answers((1,) * STATEMENT_COUNT, statements) == 1
    assert stage_of_answers((5,) * STATEMENT_COUNT, statements) == 4


def test_nothing_answered_has_no_reading() -> None:
    assert stage_of_answers((None,) * STATEMENT_COUNT, EN) is None
    assert diagnostic_stage({}) is None


def test_a_stage_needs_its_lower_stages_met_too() -> None:
    """Agreeing with the married hallmarks only, and with nothing below, reads Single."""
    answers = tuple(5 if int(s.stage) == 4 else 2 for s in EN)
    assert stage_of_answers(answers, EN) == 1


def test_the_threshold_is_half_of_a_stages_answers() -> None:
    assert diagnostic_stage({1: HALLMARKS_MET, 2: HALLMARKS_MET - 0.01, 3: 1.0, 4: 1.0}) == 1
    assert diagnostic_stage({1: 1.0, 2: HALLMARKS_MET, 3: 0.0, 4: 0.0}) == 2
    assert diagnostic_stage({1: 1.0, 2: 1.0, 4: 1.0}) == 2  # no value for 3: not met


def test_missing_answers_are_left_out_of_a_persons_share() -> None:
    answers: list[int | None] = list(textbook_answers(2, EN))
    first_stage_two = next(s.number - 1 for s in EN if int(s.stage) == 2)
    answers[first_stage_two] = None  # skipping one agreed statement changes nothing
    assert group_profile([answers], EN)[2] == 1.0
    assert stage_of_answers(answers, EN) == 2


@settings(max_examples=400, deadline=None)
@given(answers=answer_sets, position=st.integers(0, STATEMENT_COUNT - 1), step=st.integers(1, 4))
def test_raising_an_answer_never_lowers_the_reading(
    answers: list[int | None], position: int, step: int
) -> None:
    """Raising a given answer (a blank stays a blank: missing answers are left out, not 0)."""
    current = answers[position]
    if current is None or current == 5:
        return
    raised = [*answers]
    raised[position] = min(5, current + step)
    before, after = stage_of_answers(answers, EN), stage_of_answers(raised, EN)
    assert before is not None and after is not None and after >= before


@settings(max_examples=100, deadline=None)
@given(
    people=st.lists(answer_sets, min_size=3, max_size=8),
    person=st.integers(0, 7),
    position=st.integers(0, STATEMENT_COUNT - 1),
)
def test_raising_one_persons_answer_never_lowers_the_groups_reading(
    people: list[list[int | None]], person: int, position: int
) -> None:
    person %= len(people)
    current = people[person][position]
    if current is None or current == 5:
        return
    raised = [list(p) for p in people]
    raised[person][position] = current + 1
    before = diagnostic_stage(group_profile(people, EN, 3))
    after = diagnostic_stage(group_profile(raised, EN, 3))
    if before is None:  # too few people behind every stage: raising an answer changes nothing
        assert after is None
        return
    assert after is not None and after >= before


def _group(answers: Sequence[Sequence[int | None]], threshold: int = 3) -> GroupResult:
    ballots = [ballot(answers=tuple(a)) for a in answers]
    return group_result(1, "marketing", ballots, EN, threshold)


def test_group_result_carries_profile_and_stage() -> None:
    group = _group([textbook_answers(3, EN)] * 3 + [textbook_answers(2, EN)])
    assert group.diagnostic_stage == 3
    assert group.stage_profile is not None
    assert group.stage_profile[1] == group.stage_profile[2] == 1.0
    assert group.stage_profile[3] == pytest.approx(0.75)
    assert group.stage_profile[4] == 0.0
    # the article's figures are still there, unchanged
    assert group.diagnostic_mean is not None and group.band is not None


def test_too_few_diagnostic_ballots_give_no_profile() -> None:
    ballots = [ballot(answers=4), ballot(answers=4), ballot(answers=None), ballot(answers=None)]
    group = group_result(1, "marketing", ballots, EN, 3)
    assert not group.suppressed
    assert group.stage_profile is None and group.diagnostic_stage is None


def test_a_stage_answered_by_too_few_people_has_no_value() -> None:
    married = [s.number - 1 for s in EN if int(s.stage) == 4]
    skipping = [None if i in married else 4 for i in range(STATEMENT_COUNT)]
    group = _group([tuple(skipping)] * 2 + [(4,) * STATEMENT_COUNT])
    assert group.stage_profile is not None and 4 not in group.stage_profile
    assert group.diagnostic_stage == 3


def test_suppressed_group_has_no_profile() -> None:
    group = _group([textbook_answers(4, EN)] * 2)
    assert group.suppressed and group.stage_profile is None and group.diagnostic_stage is None


def test_vote_and_reading_that_differ_are_a_talking_point() -> None:
    shop = workshop()
    ballots: list[Ballot] = [
        ballot(1, "marketing", stage=2, answers=textbook_answers(3, EN)) for _ in range(3)
    ] + [ballot(1, "sales", stage=2, answers=textbook_answers(2, EN)) for _ in range(3)]
    team = analyse(shop, ballots, EN).team(1)
    marketing, sales = team.group("marketing"), team.group("sales")
    assert marketing.modal_stage == 2 and marketing.diagnostic_stage == 3
    assert marketing.reading_differs and not sales.reading_differs
    assert team.reading_differences == (marketing,)
