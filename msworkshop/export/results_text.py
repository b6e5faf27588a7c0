"""The analysis as readable text for ``msworkshop results``."""

from __future__ import annotations

from msworkshop.domain.analysis import GroupResult, SessionResult
from msworkshop.domain.chart_builders import reading_talking_points
from msworkshop.domain.content import Content
from msworkshop.domain.number_format import format_decimal, format_signed_decimal
from msworkshop.domain.workshop import Workshop

TOP_GAPS = 5


def results_to_text(result: SessionResult, workshop: Workshop, content: Content) -> str:
    lines = [
        f"{workshop.title} — {content.text('cli.round', number=result.round_number or '-')}",
        content.text("cli.ballots_total", count=_count(result.ballots, content)),
    ]
    for team in result.teams:
        lines += [
            "",
            f"== {team.team_name} ==",
            content.text("cli.ballots_total", count=_count(team.ballots, content)),
        ]
        for group in team.groups:
            function = workshop.function(group.function)
            name = content.function_name(function.key, function.name)
            lines.append(f"  {name}: {_group_line(group, content)}")
        lang = content.language
        if team.stage_gap is not None:
            gap_text = format_signed_decimal(team.stage_gap, 1, lang)
            lines.append("  " + content.text("cli.stage_gap", gap=gap_text))
        if team.score_gap is not None:
            gap_text = format_signed_decimal(team.score_gap, 1, lang)
            lines.append("  " + content.text("cli.score_gap", gap=gap_text))
        for point in reading_talking_points(workshop, content, team):
            lines.append("  " + point)
        if team.statement_gaps:
            lines.append("  " + content.text("cli.largest_gaps"))
        for rank, gap in enumerate(team.statement_gaps[:TOP_GAPS], start=1):
            means = " / ".join(format_decimal(v, 1, lang) for v in gap.means.values())
            statement = content.statement(gap.key)
            reference = content.text("pdf.statement_ref", number=statement.number)
            difference = format_signed_decimal(gap.difference, 1, lang)
            lines.append(f"    {rank}. {difference} ({means})  {statement.text} ({reference})")
    return "\n".join(lines) + "\n"


def _count(count: int | None, content: Content) -> str:
    return str(count) if count is not None else content.text("cli.hidden")


def _group_line(group: GroupResult, content: Content) -> str:
    if group.suppressed:
        return content.text("cli.suppressed")
    parts = [content.plural("cli.ballots", group.ballots or 0)]
    if group.stage_votes and group.modal_stage is not None:
        votes = " ".join(f"{stage}:{n}" for stage, n in group.stage_votes.items())
        parts.append(
            content.text(
                "cli.stage_votes", votes=votes, stage=content.stage_label(group.modal_stage)
            )
        )
    if group.diagnostic_mean is not None and group.band is not None:
        parts.append(
            content.text(
                "cli.score",
                score=format_decimal(group.diagnostic_mean, 1, content.language),
                band=content.stage_label(group.band),
            )
        )
    if group.diagnostic_stage is not None:
        stage = content.stage_label(group.diagnostic_stage)
        parts.append(content.text("diagnostic.stage_value", stage=stage))
    return "; ".join(parts)
