"""Chart models and layout maths: scales, ticks, label fitting, and models equal the analysis."""

from __future__ import annotations

import pytest

from msworkshop.domain.analysis import analyse
from msworkshop.domain.chart_builders import (
    ChartTexts,
    dimension_chart_data,
    discussion_prompt,
    gap_chart_data,
    perception_gap,
    score_chart_data,
    stage_chart_data,
    team_stage_chart,
)
from msworkshop.domain.charts import (
    ANSWER_SCALE,
    SCORE_SCALE,
    Scale,
    count_scale,
    fit_label,
    label_width,
    nice_step,
    wrap_label,
)
from msworkshop.domain.content import DIMENSION_KEYS
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.number_format import format_number, format_signed
from msworkshop.domain.palette import FUNCTION_COLOURS
from tests.domain.factories import ballot, workshop

CONTENT = load_content("en")


def measure(text: str) -> float:
    return 10.0 * len(text)  # a monospaced font of 10 units per character


@pytest.mark.parametrize(
    ("span", "ticks", "step"),
    [
        (10, 5, 2.0),
        (7, 6, 2.0),
        (1, 4, 0.25),
        (100, 5, 20.0),
        (0.3, 3, 0.1),
        (0, 5, 1.0),
    ],
)
def test_nice_step(span: float, ticks: int, step: float) -> None:
    assert nice_step(span, ticks) == pytest.approx(step)


def test_count_scale_starts_at_zero_with_whole_steps_and_headroom() -> None:
    for maximum in (0, 1, 3, 6, 9, 17, 60):
        scale = count_scale(maximum)
        assert scale.low == 0 and scale.step == int(scale.step) >= 1
        assert scale.high >= maximum and len(scale.ticks) <= 8
        assert scale.ticks[0] == 0 and scale.ticks[-1] == scale.high


def test_scale_positions_and_clamping() -> None:
    assert SCORE_SCALE.ticks == (20, 40, 60, 80, 100)
    assert ANSWER_SCALE.fraction(3) == 0.5
    assert SCORE_SCALE.position(60, 10, 200) == 110
    assert SCORE_SCALE.fraction(5) == 0.0 and SCORE_SCALE.fraction(120) == 1.0
    assert Scale(1, 1, 1).fraction(1) == 0.0


def test_fit_label_elides_to_the_width() -> None:
    assert fit_label("Dating", 100, measure) == "Dating"
    short = fit_label("Living together", 80, measure)
    assert short.endswith("…") and measure(short) <= 80 and short.startswith("Living")
    assert fit_label("Married", 5, measure) == ""
    assert label_width(["ab", "abcd"], measure, 1000) == 48
    assert label_width(["a" * 50], measure, 1000, max_share=0.3) == 300


def test_number_formats() -> None:
    assert format_number(-0.04) == "0.0" and format_number(2.46) == "2.5"
    assert format_number(61.6, 0) == "62"
    assert format_signed(0.5) == "+0.5" and format_signed(-1.25) == "-1.2"
    assert format_signed(0.0) == "0.0"


def _result(threshold: int = 3, third: str = ""):
    ws = workshop(threshold=threshold, third=third)
    votes = (
        [ballot(1, "marketing", s, answers=4) for s in (2, 2, 3, 3)]
        + [ballot(1, "sales", s, answers=2) for s in (1, 1, 2)]
        + [ballot(2, "marketing", 2, answers=3) for _ in range(3)]
        + [ballot(2, "sales", 3, answers=3) for _ in range(2)]  # hidden: 2 < 3
    )
    if third:
        votes += [ballot(1, "service", 4, answers=5) for _ in range(3)]
    return ws, analyse(ws, votes, CONTENT.statements)


def test_stage_models_equal_the_analysis_and_hide_small_groups() -> None:
    ws, result = _result()
    team = result.team(1)
    marketing = stage_chart_data(ws, CONTENT, team.group("marketing"))
    assert marketing.counts == tuple(team.group("marketing").stage_votes[n] for n in (1, 2, 3, 4))
    assert marketing.colour == FUNCTION_COLOURS[0] and marketing.title == "Marketing"
    assert marketing.percent(1) == 50
    hidden = stage_chart_data(ws, CONTENT, result.team(2).group("sales"), ChartTexts("hidden"))
    assert hidden.counts is None and hidden.suppressed and hidden.suppressed_text == "hidden"
    chart = team_stage_chart(ws, CONTENT, result.team(2))
    assert [g.title for g in chart.visible] == ["Marketing"]
    assert chart.scale.high >= 3 and chart.categories[0] == CONTENT.stage(1).name


def test_score_dimension_and_gap_models_equal_the_analysis() -> None:
    ws, result = _result()
    team = result.team(1)
    scores = score_chart_data(ws, CONTENT, team)
    assert [m.score for m in scores.markers] == [g.diagnostic_mean for g in team.groups]
    assert [b.label for b in scores.bands] == [CONTENT.stage(n).name for n in (1, 2, 3, 4)]
    dims = dimension_chart_data(ws, CONTENT, team)
    for series, group in zip(dims.series, team.groups, strict=True):
        assert series.values == tuple(group.dimensions[k] for k in DIMENSION_KEYS)
    gaps = gap_chart_data(ws, CONTENT, team, limit=3)
    assert [r.key for r in gaps.rows] == [g.key for g in team.statement_gaps[:3]]
    for row, gap in zip(gaps.rows, team.statement_gaps, strict=False):
        assert row.means == (gap.means["marketing"], gap.means["sales"])
        assert row.spreads == (gap.spreads["marketing"], gap.spreads["sales"])
        assert row.label == CONTENT.statement(gap.key).text
    assert len(gap_chart_data(ws, CONTENT, team, limit=None).rows) == 20


def test_hidden_groups_have_no_figures_in_any_model() -> None:
    ws, result = _result()
    team = result.team(2)
    scores = score_chart_data(ws, CONTENT, team, ChartTexts(suppressed="hidden"))
    assert scores.markers[1].score is None and scores.markers[1].note == "hidden"
    dims = dimension_chart_data(ws, CONTENT, team)
    assert dims.series[1].values is None
    assert gap_chart_data(ws, CONTENT, team).rows == ()  # one visible function: no gaps
    gap = perception_gap(ws, CONTENT, team)
    assert gap.stages is None and gap.points is None


def test_perception_gap_names_the_pair_and_equals_the_analysis() -> None:
    ws, result = _result(third="Service")
    team = result.team(1)
    gap = perception_gap(ws, CONTENT, team)
    assert gap.stages is not None and gap.points is not None
    assert gap.stages.value == pytest.approx(abs(team.stage_gap))
    assert gap.points.value == pytest.approx(abs(team.score_gap))
    assert (gap.stages.higher, gap.stages.lower) == ("Service", "Sales")  # 4.0 vs 1.3
    assert (gap.points.higher, gap.points.lower) == ("Service", "Sales")


def test_discussion_prompts_come_from_the_statement_dimension() -> None:
    by_dimension: dict[str, list[str]] = {}
    for statement in CONTENT.statements:
        prompt = discussion_prompt(CONTENT, statement.key)
        assert prompt in CONTENT.prompts[statement.dimension]
        by_dimension.setdefault(statement.dimension, []).append(prompt)
    for prompts in by_dimension.values():
        assert len(set(prompts)) == min(len(prompts), 4)  # a different one per statement


def test_wrap_label_breaks_between_words_and_cuts_only_what_does_not_fit() -> None:
    def measure(text: str) -> float:
        return float(len(text))  # one unit per character

    assert wrap_label("short", 10, measure) == ("short",)
    assert wrap_label("we prepare launches together", 14, measure) == (
        "we prepare",
        "launches toge…",
    )
    assert wrap_label("we prepare launches together", 19, measure) == (
        "we prepare launches",
        "together",
    )
    assert wrap_label("a b c d e f", 3, measure, max_lines=3) == ("a b", "c d", "e f")
    assert wrap_label("Marktbewerkingsafspraken gelden", 10, measure) == ("Marktbewe…", "gelden")
    for text in ("Customer feedback reaches marketing quickly", "één twee drie vier"):
        for width in range(4, 50):
            lines = wrap_label(text, width, measure)
            assert 1 <= len(lines) <= 2 and all(measure(line) <= width for line in lines)
            if not any(line.endswith("…") for line in lines):
                assert " ".join(lines) == text
