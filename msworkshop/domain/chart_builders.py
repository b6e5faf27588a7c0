"""Chart models (``msworkshop.domain.charts``) made from the analysis of one team.

Hidden groups arrive here with every figure None (the analysis applies the anonymity rule);
the builders keep it that way: a hidden group becomes a series without values and a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from msworkshop.domain.analysis import GroupResult, TeamResult
from msworkshop.domain.charts import (
    Band,
    DimensionChartData,
    DimensionSeries,
    GapChartData,
    GapFigure,
    GapRow,
    PerceptionGap,
    ProfileSeries,
    ScoreChartData,
    ScoreMarker,
    SeriesStyle,
    StageChartData,
    StageProfileChartData,
    TeamStageChart,
)
from msworkshop.domain.content import DIMENSION_KEYS, Content
from msworkshop.domain.palette import function_colour, function_pattern
from msworkshop.domain.stage_profile import HALLMARKS_MET
from msworkshop.domain.workshop import Workshop

STAGE_NUMBERS = (1, 2, 3, 4)
BAND_LIMITS = ((1, 20.0, 40.0), (2, 40.0, 60.0), (3, 60.0, 80.0), (4, 80.0, 100.0))


@dataclass(frozen=True)
class ChartTexts:
    """Translated notes the charts show instead of figures."""

    suppressed: str = "Too few votes to show — anonymity"
    no_score: str = "Too few answers to show a score"
    no_gaps: str = "No statements to compare yet"
    spread: str = "line: spread within the function (± 1 standard deviation)"
    # A score beside the stage its statements point to ({score}, {stage}).
    reading: str = "{score} · statements: {stage}"


def room_chart_texts(content: Content) -> ChartTexts:
    """The charts' notices as the room reads them (projector, phone), in ``content``'s
    language."""
    return ChartTexts(
        suppressed=content.text("projector.chart_suppressed"),
        no_score=content.text("projector.chart_no_score"),
        no_gaps=content.text("projector.chart_no_gaps"),
        spread=content.text("projector.chart_spread"),
        reading=content.text("projector.score_reading", score="{score}", stage="{stage}"),
    )


def function_name(workshop: Workshop, content: Content, key: str) -> str:
    return content.function_name(key, workshop.function(key).name)


def series_style(workshop: Workshop, content: Content, key: str) -> SeriesStyle:
    index = workshop.function_keys.index(key)
    return SeriesStyle(
        key, function_name(workshop, content, key), function_colour(index), function_pattern(index)
    )


def series_styles(workshop: Workshop, content: Content) -> tuple[SeriesStyle, ...]:
    return tuple(series_style(workshop, content, key) for key in workshop.function_keys)


def stage_chart_data(
    workshop: Workshop, content: Content, group: GroupResult, texts: ChartTexts = ChartTexts()
) -> StageChartData:
    style = series_style(workshop, content, group.function)
    counts = None
    if not group.suppressed and group.stage_votes is not None:
        counts = tuple(group.stage_votes.get(n, 0) for n in STAGE_NUMBERS)
    return StageChartData(
        title=style.name,
        colour=style.colour,
        stage_labels=tuple(content.stage(n).name for n in STAGE_NUMBERS),
        counts=counts,
        suppressed_text=texts.suppressed,
        pattern=style.pattern,
    )


def team_stage_chart(
    workshop: Workshop, content: Content, team: TeamResult, texts: ChartTexts = ChartTexts()
) -> TeamStageChart:
    return TeamStageChart(
        categories=tuple(content.stage(n).name for n in STAGE_NUMBERS),
        groups=tuple(stage_chart_data(workshop, content, g, texts) for g in team.groups),
    )


def score_chart_data(
    workshop: Workshop, content: Content, team: TeamResult, texts: ChartTexts = ChartTexts()
) -> ScoreChartData:
    bands = tuple(Band(n, low, high, content.stage(n).name) for n, low, high in BAND_LIMITS)
    markers = []
    for group in team.groups:
        style = series_style(workshop, content, group.function)
        if group.suppressed:
            markers.append(ScoreMarker(style, None, note=texts.suppressed))
        elif group.diagnostic_mean is None or group.band is None:
            markers.append(ScoreMarker(style, None, note=texts.no_score))
        else:
            stage = group.diagnostic_stage
            markers.append(
                ScoreMarker(
                    style,
                    group.diagnostic_mean,
                    band_label=content.stage(group.band).name,
                    stage_label=content.stage(stage).name if stage is not None else "",
                )
            )
    return ScoreChartData(bands, tuple(markers), reading=texts.reading)


def percent_text(content: Content, share: float) -> str:
    """A share 0..1 as a whole percentage in the content's language, e.g. '50%'."""
    return content.text("diagnostic.percent", value=round(100 * share))


def stage_profile_chart_data(
    workshop: Workshop, content: Content, team: TeamResult, texts: ChartTexts = ChartTexts()
) -> StageProfileChartData:
    """The stage profile of every function of ``team``: four bars each, side by side."""
    series = []
    for group in team.groups:
        style = series_style(workshop, content, group.function)
        if group.suppressed:
            series.append(ProfileSeries(style, None, note=texts.suppressed))
        elif group.stage_profile is None or group.diagnostic_stage is None:
            series.append(ProfileSeries(style, None, note=texts.no_score))
        else:
            shares = tuple(group.stage_profile.get(n) for n in STAGE_NUMBERS)
            stage = group.diagnostic_stage
            series.append(ProfileSeries(style, shares, stage, content.stage(stage).name))
    return profile_chart_data(content, series)


def profile_chart_data(content: Content, series: Sequence[ProfileSeries]) -> StageProfileChartData:
    """Stage-profile bars of ``series`` on the four stages, with the line where a stage counts
    as met (the team's profile, or each function's earlier and later one)."""
    return StageProfileChartData(
        categories=tuple(content.stage(n).name for n in STAGE_NUMBERS),
        series=tuple(series),
        threshold=HALLMARKS_MET,
        threshold_text=content.text(
            "diagnostic.profile_line", percent=percent_text(content, HALLMARKS_MET)
        ),
    )


def reading_talking_points(
    workshop: Workshop, content: Content, team: TeamResult
) -> tuple[str, ...]:
    """One line per function whose most chosen stage differs from its diagnostic's stage, e.g.
    'Sales chose Living together most often, yet its answers ... point to Dating.'"""
    return tuple(
        content.text(
            "diagnostic.differs",
            function=function_name(workshop, content, group.function),
            voted=content.stage(group.modal_stage or 1).name,
            reading=content.stage(group.diagnostic_stage or 1).name,
        )
        for group in team.reading_differences
    )


def dimension_chart_data(
    workshop: Workshop, content: Content, team: TeamResult, texts: ChartTexts = ChartTexts()
) -> DimensionChartData:
    series = []
    for group in team.groups:
        style = series_style(workshop, content, group.function)
        if group.suppressed:
            series.append(DimensionSeries(style, None, texts.suppressed))
            continue
        means = group.dimensions or {}
        values = tuple(means.get(key) for key in DIMENSION_KEYS)
        note = texts.no_score if all(v is None for v in values) else ""
        series.append(DimensionSeries(style, values, note))
    categories = tuple(content.dimension_name(key) for key in DIMENSION_KEYS)
    return DimensionChartData(categories, tuple(series))


def gap_chart_data(
    workshop: Workshop,
    content: Content,
    team: TeamResult,
    limit: int | None = 5,
    texts: ChartTexts = ChartTexts(),
) -> GapChartData:
    """The ``limit`` statements with the largest difference (all with None), ranked."""
    styles = series_styles(workshop, content)
    gaps = team.statement_gaps if limit is None else team.statement_gaps[:limit]
    rows = tuple(
        GapRow(
            key=gap.key,
            label=content.statement(gap.key).text,
            means=tuple(gap.means.get(style.key) for style in styles),
            spreads=tuple(gap.spreads.get(style.key) for style in styles),
            difference=gap.difference,
            rank=rank,
            reference=content.text(
                "general.statement_ref", number=content.statement(gap.key).number
            ),
        )
        for rank, gap in enumerate(gaps, start=1)
    )
    hidden = [s.name for s, g in zip(styles, team.groups, strict=True) if g.suppressed]
    empty = f"{', '.join(hidden)}: {texts.suppressed}" if hidden else texts.no_gaps
    return GapChartData(styles, rows, empty_text=empty, spread_text=texts.spread)


def perception_gap(workshop: Workshop, content: Content, team: TeamResult) -> PerceptionGap:
    """The team's stage gap and score gap with the pair of functions they are between."""
    visible = [g for g in team.groups if not g.suppressed]
    return PerceptionGap(
        stages=_figure(
            workshop, content, {g.function: g.mean_stage for g in visible}, team.stage_gap
        ),
        points=_figure(
            workshop, content, {g.function: g.diagnostic_mean for g in visible}, team.score_gap
        ),
    )


def _figure(
    workshop: Workshop, content: Content, values: dict[str, float | None], gap: float | None
) -> GapFigure | None:
    known = {k: v for k, v in values.items() if v is not None}
    if gap is None or len(known) < 2:
        return None
    a, b = max(combinations(known, 2), key=lambda p: abs(known[p[0]] - known[p[1]]))
    higher, lower = (a, b) if known[a] >= known[b] else (b, a)
    return GapFigure(
        function_name(workshop, content, higher), function_name(workshop, content, lower), abs(gap)
    )


def discussion_prompt(content: Content, statement_key: str) -> str:
    """The open question to discuss a gap on this statement: one of its dimension's prompts,
    a different one for each statement of the dimension."""
    statement = content.statement(statement_key)
    prompts = content.prompts.get(statement.dimension, ())
    if not prompts:
        return ""
    siblings = [s.key for s in content.statements if s.dimension == statement.dimension]
    return prompts[siblings.index(statement_key) % len(prompts)]
