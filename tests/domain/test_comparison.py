"""Two rounds compared: movement per function and team; hidden groups show no change."""

from __future__ import annotations

import pytest

from msworkshop.domain.analysis import analyse
from msworkshop.domain.comments import visible_comments
from msworkshop.domain.comparison import Movement, compare_rounds
from tests.domain.factories import STATEMENTS, ballot, workshop


def test_movement_per_function_and_team() -> None:
    ws = workshop()
    before = analyse(
        ws,
        [ballot(1, "marketing", 2, answers=3, round_number=1)] * 3
        + [ballot(1, "sales", 1, answers=2, round_number=1)] * 3
        + [ballot(2, "marketing", 2, round_number=1)] * 3
        + [ballot(2, "sales", 2, round_number=1)] * 3,
        STATEMENTS,
        1,
    )
    after = analyse(
        ws,
        [ballot(1, "marketing", 3, answers=4, round_number=2)] * 3
        + [ballot(1, "sales", 2, answers=4, round_number=2)] * 3
        + [ballot(2, "marketing", 2, round_number=2)] * 3
        + [ballot(2, "sales", 3, round_number=2)] * 2,
        STATEMENTS,
        2,
    )
    comparison = compare_rounds(before, after)
    assert (comparison.before_round, comparison.after_round) == (1, 2)
    north = comparison.team(1)
    marketing, sales = north.group("marketing"), north.group("sales")
    assert marketing.stage == Movement(2.0, 3.0) and marketing.stage.change == 1.0
    assert marketing.score.change == pytest.approx(20.0)  # 60 -> 80
    assert sales.score.change == pytest.approx(40.0)  # 40 -> 80
    assert (marketing.modal_before, marketing.modal_after) == (2, 3)
    assert north.stage_gap == Movement(1.0, 1.0)
    assert north.score_gap.before == pytest.approx(20.0) and north.score_gap.after == 0.0
    south_sales = comparison.team(2).group("sales")
    assert south_sales.hidden_after and south_sales.hidden
    assert south_sales.stage.before == 2.0 and south_sales.stage.change is None
    assert comparison.team(2).stage_gap == Movement(0.0, None)


def test_comments_only_after_closing_only_visible_groups_and_shuffled() -> None:
    ws = workshop()
    texts = [f"comment {i}" for i in range(12)]
    ballots = (
        [ballot(1, "marketing", 2, comment=t) for t in texts[:6]]
        + [ballot(1, "sales", 2, comment=t) for t in texts[6:]]
        + [ballot(2, "marketing", 2, comment="hidden remark")] * 2
        + [ballot(2, "sales", 2, comment="  ")] * 3
    )
    result = analyse(ws, ballots, STATEMENTS, 1)
    assert visible_comments(result, ballots, round_closed=False, seed=1) == ()
    orders = set()
    for seed in range(8):
        teams = visible_comments(result, ballots, round_closed=True, seed=seed)
        north = [c.text for c in teams[0].comments]
        assert sorted(north) == sorted(texts)
        assert teams[1].comments == ()  # the hidden group's comment never shows; blanks neither
        orders.add(tuple(north))
    assert len(orders) > 1 and tuple(texts) not in orders
