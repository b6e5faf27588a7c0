"""The movement of one team between two rounds as chart models, for the projector and the PDF.

Both surfaces read the same models: :class:`~msworkshop.domain.charts.MovementChartData` (per
function an arrow on the stage axis from the earlier round's position to the later one's) and
a :class:`~msworkshop.domain.charts.StageProfileChartData` with each function's stage profile
in both rounds, the earlier one first. The anonymity rule comes from ``domain.comparison``: a
group hidden in either round shows no movement and no profile of either round.
"""

from __future__ import annotations

from msworkshop.domain.chart_builders import STAGE_NUMBERS, profile_chart_data, series_style
from msworkshop.domain.charts import (
    MovementChartData,
    MovementRow,
    ProfileSeries,
    SeriesStyle,
    StageProfileChartData,
)
from msworkshop.domain.comparison import GroupMovement, Movement, TeamMovement
from msworkshop.domain.content import Content
from msworkshop.domain.number_format import format_decimal
from msworkshop.domain.stage_profile import diagnostic_stage
from msworkshop.domain.workshop import VotingMode, Workshop


def round_label(content: Content, number: int | None) -> str:
    return content.text("movement.round", number=number if number is not None else "?")


def movement_heading(content: Content, before: int | None, after: int | None) -> str:
    return content.text(
        "movement.heading", before=round_label(content, before), after=round_label(content, after)
    )


def movement_chart_data(
    workshop: Workshop,
    content: Content,
    team: TeamMovement,
    before_round: int | None,
    after_round: int | None,
) -> MovementChartData:
    """Per function the stage vote's move (quick or both) and the statements' (diagnostic or
    both), in the workshop's function order."""
    measures: list[str] = []
    if workshop.mode is not VotingMode.DIAGNOSTIC:
        measures.append("vote")
    if workshop.mode is not VotingMode.QUICK:
        measures.append("statements")
    rows = []
    for group in _in_order(workshop, team):
        style = series_style(workshop, content, group.function)
        for measure in measures:
            movement = group.stage if measure == "vote" else group.reading
            # A mean vote has a decimal; the statements' stage is a whole stage.
            decimals = 1 if measure == "vote" else 0
            label = content.text(f"movement.{measure}") if len(measures) > 1 else ""
            rows.append(_row(content, style, label, group, movement, decimals))
    before, after = round_label(content, before_round), round_label(content, after_round)
    return MovementChartData(
        before_label=before,
        after_label=after,
        categories=tuple(content.stage(n).name for n in STAGE_NUMBERS),
        rows=tuple(rows),
        legend=content.text("movement.legend", before=before, after=after),
        explain=content.text("movement.explain") if len(measures) > 1 else "",
    )


def profile_movement_chart_data(
    workshop: Workshop,
    content: Content,
    team: TeamMovement,
    before_round: int | None,
    after_round: int | None,
) -> StageProfileChartData:
    """Each function's stage profile in the earlier round, then in the later one."""
    series = []
    for group in _in_order(workshop, team):
        style = series_style(workshop, content, group.function)
        for number, profile in (
            (before_round, group.profile_before),
            (after_round, group.profile_after),
        ):
            name = content.text(
                "movement.profile_series",
                function=style.name,
                round=round_label(content, number),
            )
            named = SeriesStyle(style.key, name, style.colour, style.pattern)
            if group.hidden:
                series.append(ProfileSeries(named, None, note=content.text("movement.hidden")))
                continue
            stage = diagnostic_stage(profile) if profile else None
            if not profile or stage is None:
                note = content.text("diagnostic.no_profile")
                series.append(ProfileSeries(named, None, note=note))
                continue
            shares = tuple(profile.get(n) for n in STAGE_NUMBERS)
            series.append(ProfileSeries(named, shares, stage, content.stage(stage).name))
    return profile_chart_data(content, series)


def gap_movement_text(content: Content, team: TeamMovement) -> str:
    """The perception gap in stages, then and now (a line under the chart)."""
    gap = team.stage_gap
    if gap.before is None or gap.after is None:
        return content.text("movement.gap_none")
    language = content.language
    return content.text(
        "movement.gap",
        before=format_decimal(gap.before, 1, language),
        after=format_decimal(gap.after, 1, language),
    )


def _in_order(workshop: Workshop, team: TeamMovement) -> list[GroupMovement]:
    order = {key: index for index, key in enumerate(workshop.function_keys)}
    return sorted(team.groups, key=lambda g: order.get(g.function, len(order)))


def _row(
    content: Content,
    style: SeriesStyle,
    measure: str,
    group: GroupMovement,
    movement: Movement,
    decimals: int,
) -> MovementRow:
    if group.hidden:
        return MovementRow(style, measure, None, None, note=content.text("movement.hidden"))
    if movement.before is None or movement.after is None:
        return MovementRow(style, measure, None, None, note=content.text("movement.no_data"))
    language = content.language
    return MovementRow(
        style,
        measure,
        movement.before,
        movement.after,
        before_text=format_decimal(movement.before, decimals, language),
        after_text=format_decimal(movement.after, decimals, language),
    )
