"""Dot limits and the ranking of a team's actions (the threshold hides the split)."""

from __future__ import annotations

import pytest

from msworkshop.domain.action_vote import (
    DOTS_PER_PERSON,
    MAX_DOTS_PER_ACTION,
    DotCounts,
    check_dots,
    ordered_by_dots,
    rank_actions,
    split_allowed,
)
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PlanAction

ACTIONS = [PlanAction(1, f"Action {i}", id=i, position=i - 10) for i in (10, 11, 12, 13)]


def test_limits_are_three_dots_two_per_action() -> None:
    assert (DOTS_PER_PERSON, MAX_DOTS_PER_ACTION) == (3, 2)


@pytest.mark.parametrize(
    ("dots", "expected"),
    [([10], {10: 1}), ([10, 10, 11], {10: 2, 11: 1}), ([12, 11, 10], {10: 1, 11: 1, 12: 1})],
)
def test_valid_dots_are_counted(dots: list[int], expected: dict[int, int]) -> None:
    assert check_dots(dots, {10, 11, 12, 13}) == expected


@pytest.mark.parametrize(
    ("dots", "key"),
    [
        ([], "dots_none"),
        ([10, 11, 12, 13], "dots_too_many"),
        ([10, 10, 10], "dots_too_many_on_one"),
        ([10, 99], "dots_action_unknown"),
        ([True], "dots_invalid"),
        (["10"], "dots_invalid"),
        ({"10": 1}, "dots_invalid"),
        ([1.5], "dots_invalid"),
        (None, "dots_invalid"),
    ],
)
def test_invalid_dots_are_refused(dots: object, key: str) -> None:
    with pytest.raises(UserError) as caught:
        check_dots(dots, {10, 11, 12, 13})
    assert caught.value.key == key


def test_split_needs_every_voting_function_at_the_threshold() -> None:
    assert split_allowed({"marketing": 3, "sales": 4}, 3)
    assert split_allowed({"marketing": 3, "sales": 0}, 3)
    assert not split_allowed({"marketing": 3, "sales": 2}, 3)
    assert not split_allowed({}, 3)


def test_ranking_orders_by_dots_ties_keep_plan_order() -> None:
    counts = DotCounts(
        {(12, "marketing"): 3, (12, "sales"): 2, (11, "sales"): 2, (13, "marketing"): 2},
        {"marketing": 3, "sales": 2},
    )
    ranking = rank_actions(1, ACTIONS, counts, ("marketing", "sales"), 3)
    assert [(r.action.id, r.dots, r.rank) for r in ranking.rows] == [
        (12, 5, 1),
        (11, 2, 2),
        (13, 2, 2),
        (10, 0, 4),
    ]
    assert ranking.voters == 5 and ranking.total_dots == 9
    assert not ranking.split_shown  # sales has 2 voters, below 3
    assert all(row.by_function == () for row in ranking.rows)


def test_ranking_shows_the_split_when_every_group_is_large_enough() -> None:
    counts = DotCounts({(12, "marketing"): 3, (12, "sales"): 2}, {"marketing": 3, "sales": 3})
    ranking = rank_actions(1, ACTIONS, counts, ("marketing", "sales"), 3)
    assert ranking.split_shown and ranking.functions == ("marketing", "sales")
    assert ranking.rows[0].by_function == (("marketing", 3), ("sales", 2))
    assert ranking.dots_for(12) == 5 and ranking.dots_for(10) == 0


def test_ordered_by_dots_renumbers_and_is_stable() -> None:
    ordered = ordered_by_dots(ACTIONS, {13: 4, 11: 4, 10: 1})
    assert [a.id for a in ordered] == [11, 13, 10, 12]
    assert [a.position for a in ordered] == [0, 1, 2, 3]
