from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msworkshop.domain.analysis import _mean, _median, analyse
from tests.domain.factories import STATEMENTS, ballot, workshop


def _run(ballots, **kwargs):
    return analyse(workshop(**kwargs), ballots, STATEMENTS, round_number=1)


def test_stage_distribution_mode_median_and_mean() -> None:
    votes = [1, 2, 2, 3, 4]
    result = _run([ballot(stage=s) for s in votes] + [ballot(function="sales", stage=1)] * 3)
    marketing = result.team(1).group("marketing")
    assert marketing.ballots == 5
    assert marketing.stage_votes == {1: 1, 2: 2, 3: 1, 4: 1}
    assert marketing.modal_stage == 2
    assert marketing.median_stage == 2.0
    assert marketing.mean_stage == pytest.approx(2.4)
    assert result.team(1).stage_gap == pytest.approx(1.4)  # marketing minus sales


def test_modal_tie_goes_to_lower_stage() -> None:
    result = _run([ballot(stage=s) for s in (3, 3, 2, 2)])
    assert result.team(1).group("marketing").modal_stage == 2


def test_group_below_threshold_is_hidden_without_any_number() -> None:
    result = _run([ballot(stage=2, answers=3)] * 3 + [ballot(function="sales", answers=4)] * 2)
    sales = result.team(1).group("sales")
    assert sales.suppressed
    assert all(
        getattr(sales, field) is None
        for field in (
            "ballots",
            "stage_votes",
            "diagnostic_mean",
            "band",
            "dimensions",
            "statements",
            "mean_stage",
        )
    )


def test_totals_do_not_reveal_hidden_groups() -> None:
    visible = [ballot(stage=2)] * 4 + [ballot(function="sales")] * 3
    hidden = [ballot(function="sales", team_id=2)] * 2 + [ballot(team_id=2)] * 5
    result = _run(visible + hidden)
    assert result.team(1).ballots == 7
    assert result.team(2).ballots is None  # 7 minus the visible 5 would reveal 2
    assert result.ballots is None
    assert result.team(2).statement_gaps == ()
    assert result.team(2).stage_gap is None


def test_zero_ballots_give_empty_results_not_errors() -> None:
    result = _run([])
    assert result.ballots is None
    for team in result.teams:
        assert all(g.suppressed for g in team.groups)
        assert team.statement_gaps == ()


def test_threshold_of_one_shows_everything() -> None:
    result = _run([ballot(team_id=1), ballot(team_id=2, function="sales")], threshold=1)
    assert result.ballots is None  # marketing of team 2 has no ballot: hidden
    full = _run([ballot(t, f) for t in (1, 2) for f in ("marketing", "sales")], threshold=1)
    assert full.ballots == 4


def test_diagnostic_totals_bands_and_scaling_of_missing_answers() -> None:
    # Every answer 2 -> 40 -> band 2; four answers missing still scale to 40.
    partial = (2,) * 16 + (None,) * 4
    result = _run([ballot(answers=2), ballot(answers=2), ballot(answers=partial)])
    marketing = result.team(1).group("marketing")
    assert marketing.diagnostic_ballots == 3
    assert marketing.diagnostic_mean == pytest.approx(40.0)
    assert marketing.band == 2
    assert marketing.statements is not None
    assert "s20" not in marketing.statements  # only 2 answers: below the threshold
    assert marketing.statements["s1"].n == 3


@pytest.mark.parametrize(
    ("answer_sum", "band"), [(39, 1), (40, 2), (59, 2), (60, 3), (79, 3), (80, 4)]
)
def test_band_edges_through_real_ballots(answer_sum: int, band: int) -> None:
    answers = _answers_summing_to(answer_sum)
    result = _run([ballot(answers=answers)] * 3)
    group = result.team(1).group("marketing")
    assert group.diagnostic_mean == answer_sum
    assert group.band == band


def _answers_summing_to(total: int) -> tuple[int, ...]:
    answers = [1] * 20
    remaining = total - 20
    for i in range(20):
        step = min(4, remaining)
        answers[i] += step
        remaining -= step
    assert sum(answers) == total
    return tuple(answers)


def test_dimension_means() -> None:
    answers = tuple([5] * 4 + [1] * 4 + [3] * 12)
    result = _run([ballot(answers=answers)] * 3)
    dims = result.team(1).group("marketing").dimensions
    assert dims == {"communication": 5, "process": 1, "goals": 3, "structure": 3, "culture": 3}


def test_gaps_ranked_largest_first_with_spread() -> None:
    marketing = [ballot(answers=tuple([5] + [3] * 18 + [2]))] * 3
    sales = [
        ballot(function="sales", answers=tuple([1] + [3] * 18 + [a]), stage=1) for a in (2, 3, 4)
    ]
    gaps = _run(marketing + sales).team(1).statement_gaps
    assert gaps[0].key == "s1"
    assert gaps[0].difference == pytest.approx(4.0)
    assert gaps[0].pair == ("marketing", "sales")
    assert gaps[0].means == {"marketing": 5.0, "sales": 1.0}
    assert gaps[1].key == "s20"
    assert gaps[1].difference == pytest.approx(-1.0)
    assert gaps[1].spreads["marketing"] == 0
    assert gaps[1].spreads["sales"] == pytest.approx(0.8165, abs=1e-4)
    assert [g.difference for g in gaps[2:]] == [0.0] * 18
    assert [g.key for g in gaps[2:5]] == ["s2", "s3", "s4"]


def test_one_function_only_gives_no_gaps() -> None:
    team = _run([ballot(answers=3)] * 5).team(1)
    assert team.statement_gaps == ()
    assert team.score_gap is None


def test_third_function_gap_uses_the_pair_that_differs_most() -> None:
    rows = (
        [ballot(answers=3, stage=2)] * 3
        + [ballot(function="sales", answers=4, stage=2)] * 3
        + [ballot(function="service", answers=1, stage=1)] * 3
    )
    team = _run(rows, third="Service").team(1)
    assert [g.function for g in team.groups] == ["marketing", "sales", "service"]
    assert team.statement_gaps[0].pair == ("sales", "service")
    assert team.statement_gaps[0].difference == pytest.approx(3.0)
    assert team.score_gap == pytest.approx(60.0)
    assert team.stage_gap == pytest.approx(1.0)


def test_statement_below_threshold_within_visible_group_is_hidden() -> None:
    rows = [ballot(answers=tuple([4] + [None] * 19))] * 2
    rows.append(ballot(answers=tuple([None] + [3] * 19)))
    group = _run(rows).team(1).group("marketing")
    assert group.statements is not None
    assert "s1" not in group.statements  # answered by only two people
    assert "s2" not in group.statements


def test_diagnostic_hidden_when_too_few_people_answered_statements() -> None:
    rows = [ballot(stage=2)] * 4 + [ballot(stage=3, answers=5)] * 2
    group = _run(rows).team(1).group("marketing")
    assert group.ballots == 6
    assert group.diagnostic_mean is None
    assert group.statements == {}
    assert group.dimensions == {}


@given(st.lists(st.integers(1, 4), min_size=1, max_size=120))
def test_mean_and_median_match_the_statistics_module(votes: list[int]) -> None:
    assert _median(votes) == float(statistics.median(votes))
    assert _mean(votes) == statistics.fmean(votes)
