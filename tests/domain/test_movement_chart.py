"""The movement chart models: what the projector's movement slide and the PDF's movement page
both draw. A group hidden in either round shows no movement and no profile."""

from __future__ import annotations

import pytest

from msworkshop.domain.analysis import analyse
from msworkshop.domain.comparison import compare_rounds
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.movement_chart import (
    gap_movement_text,
    movement_chart_data,
    movement_heading,
    profile_movement_chart_data,
)
from msworkshop.domain.workshop import VotingMode
from tests.domain.factories import STATEMENTS, ballot, workshop


def _two_rounds(mode: VotingMode = VotingMode.BOTH, hidden_later: bool = False):
    ws = workshop(mode=mode)
    before = analyse(
        ws,
        [ballot(1, "marketing", 2, answers=3, round_number=1)] * 3
        + [ballot(1, "sales", 1, answers=2, round_number=1)] * 3,
        STATEMENTS,
        1,
    )
    sales_later = 2 if hidden_later else 3
    after = analyse(
        ws,
        [ballot(1, "marketing", 3, answers=4, round_number=2)] * 3
        + [ballot(1, "sales", 2, answers=4, round_number=2)] * sales_later,
        STATEMENTS,
        2,
    )
    return ws, compare_rounds(before, after).team(1)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_each_function_moves_on_the_stage_axis_by_vote_and_by_statements(language: str) -> None:
    ws, team = _two_rounds()
    content = load_content(language)
    data = movement_chart_data(ws, content, team, 1, 2)
    assert [(r.style.key, r.before, r.after) for r in data.rows] == [
        ("marketing", 2.0, 3.0),
        (
            "marketing",
            team.group("marketing").reading.before,
            team.group("marketing").reading.after,
        ),
        ("sales", 1.0, 2.0),
        ("sales", team.group("sales").reading.before, team.group("sales").reading.after),
    ]
    assert data.rows[0].measure == content.text("movement.vote")
    assert data.rows[1].measure == content.text("movement.statements")
    decimal = "," if language == "nl" else "."
    assert (data.rows[0].before_text, data.rows[0].after_text) == (f"2{decimal}0", f"3{decimal}0")
    assert data.rows[1].before_text.isdigit()  # the statements' stage is a whole stage
    assert data.categories == tuple(content.stage(n).name for n in (1, 2, 3, 4))
    assert data.before_label == content.text("movement.round", number=1)
    assert data.explain and "1" in data.legend and "2" in data.legend
    assert "1" in movement_heading(content, 1, 2) and "2" in movement_heading(content, 1, 2)
    assert gap_movement_text(content, team) == content.text(
        "movement.gap", before=f"1{decimal}0", after=f"1{decimal}0"
    )


def test_a_quick_vote_has_one_row_per_function_and_no_measure_names() -> None:
    ws, team = _two_rounds(VotingMode.QUICK)
    data = movement_chart_data(ws, load_content("en"), team, 1, 2)
    assert [(r.style.key, r.measure) for r in data.rows] == [("marketing", ""), ("sales", "")]
    assert data.explain == ""


def test_a_group_hidden_in_either_round_shows_a_note_and_no_figures() -> None:
    ws, team = _two_rounds(hidden_later=True)
    content = load_content("en")
    data = movement_chart_data(ws, content, team, 1, 2)
    sales = [r for r in data.rows if r.style.key == "sales"]
    assert sales and all(not r.shown and r.before is None and r.after is None for r in sales)
    assert all(r.note == content.text("movement.hidden") for r in sales)
    assert all(r.before_text == r.after_text == "" for r in sales)
    profile = profile_movement_chart_data(ws, content, team, 1, 2)
    hidden = [s for s in profile.series if s.style.key == "sales"]
    assert len(hidden) == 2 and all(s.shares is None for s in hidden)  # round 1's too
    assert gap_movement_text(content, team) == content.text("movement.gap_none")


def test_the_profile_pairs_each_functions_earlier_and_later_round() -> None:
    ws, team = _two_rounds()
    content = load_content("en")
    profile = profile_movement_chart_data(ws, content, team, 1, 2)
    assert [s.style.name for s in profile.series] == [
        "Marketing, Round 1",
        "Marketing, Round 2",
        "Sales, Round 1",
        "Sales, Round 2",
    ]
    marketing = team.group("marketing")
    assert profile.series[0].shares == tuple(marketing.profile_before.get(n) for n in (1, 2, 3, 4))
    assert profile.series[1].shares == tuple(marketing.profile_after.get(n) for n in (1, 2, 3, 4))
