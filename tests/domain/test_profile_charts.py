"""The stage-profile chart model and the talking point where vote and statements disagree."""

from __future__ import annotations

import pytest

from msworkshop.domain.analysis import analyse
from msworkshop.domain.chart_builders import (
    ChartTexts,
    reading_talking_points,
    score_chart_data,
    stage_profile_chart_data,
)
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import LANGUAGES
from msworkshop.domain.stage_profile import HALLMARKS_MET, textbook_answers
from tests.domain.factories import ballot, workshop


def _team(lang: str, marketing_reads: int = 3, sales_people: int = 3):
    content = load_content(lang)
    statements = content.statements
    ballots = [
        ballot(1, "marketing", stage=2, answers=textbook_answers(marketing_reads, statements))
        for _ in range(3)
    ]
    ballots += [
        ballot(1, "sales", stage=2, answers=textbook_answers(2, statements))
        for _ in range(sales_people)
    ]
    shop = workshop()
    return shop, content, analyse(shop, ballots, statements).team(1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_profile_model_equals_the_analysis(lang: str) -> None:
    shop, content, team = _team(lang)
    chart = stage_profile_chart_data(shop, content, team)
    assert chart.categories == tuple(content.stage(n).name for n in (1, 2, 3, 4))
    assert chart.threshold == HALLMARKS_MET
    assert "50%" in chart.threshold_text
    marketing, sales = chart.series
    assert marketing.shares == tuple(team.group("marketing").stage_profile[n] for n in (1, 2, 3, 4))  # type: ignore[index]
    assert [marketing.percent(i) for i in range(4)] == [100, 100, 100, 0]
    assert (marketing.stage, marketing.stage_label) == (3, content.stage(3).name)
    assert (sales.stage, sales.stage_label) == (2, content.stage(2).name)


def test_a_hidden_group_has_no_bars_and_says_why() -> None:
    shop, content, team = _team("en", sales_people=2)
    texts = ChartTexts(suppressed="hidden", no_score="none")
    chart = stage_profile_chart_data(shop, content, team, texts)
    assert [s.note for s in chart.series] == ["", "hidden"]
    assert chart.series[1].shares is None and chart.visible == (chart.series[0],)


def test_score_markers_carry_the_band_and_the_statements_stage() -> None:
    shop, content, team = _team("en")
    marker = score_chart_data(shop, content, team).markers[0]
    assert marker.band_label == content.stage(team.group("marketing").band or 1).name
    assert marker.stage_label == "Living together"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_talking_point_names_the_function_vote_and_reading(lang: str) -> None:
    shop, content, team = _team(lang)
    (point,) = reading_talking_points(shop, content, team)
    marketing = content.function_name("marketing")
    assert point.startswith(marketing)
    assert content.stage(2).name in point and content.stage(3).name in point
    _, _, agreeing = _team(lang, marketing_reads=2)
    assert reading_talking_points(shop, content, agreeing) == ()


def test_gap_rows_are_ranked_with_the_statement_number_as_reference() -> None:
    from msworkshop.domain.chart_builders import gap_chart_data

    shop, content, team = _team("nl")
    rows = gap_chart_data(shop, content, team, limit=3).rows
    assert [row.rank for row in rows] == [1, 2, 3]
    for row in rows:
        assert row.reference == f"stelling {content.statement(row.key).number}"
