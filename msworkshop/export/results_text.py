"""The analysis as readable text for ``msworkshop results``."""

from __future__ import annotations

from msworkshop.domain.analysis import GroupResult, SessionResult
from msworkshop.domain.content import Content
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
        if team.stage_gap is not None:
            lines.append("  " + content.text("cli.stage_gap", gap=f"{team.stage_gap:+.1f}"))
        if team.score_gap is not None:
            lines.append("  " + content.text("cli.score_gap", gap=f"{team.score_gap:+.1f}"))
        if team.statement_gaps:
            lines.append("  " + content.text("cli.largest_gaps"))
        for gap in team.statement_gaps[:TOP_GAPS]:
            means = " / ".join(f"{v:.1f}" for v in gap.means.values())
            text = content.statement(gap.key).text
            lines.append(f"    {gap.key:>3} {gap.difference:+.1f} ({means})  {text}")
    return "\n".join(lines) + "\n"


def _count(count: int | None, content: Content) -> str:
    return str(count) if count is not None else content.text("cli.hidden")


def _group_line(group: GroupResult, content: Content) -> str:
    if group.suppressed:
        return content.text("cli.suppressed")
    parts = [content.text("cli.ballots", count=group.ballots)]
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
                score=f"{group.diagnostic_mean:.1f}",
                band=content.stage_label(group.band),
            )
        )
    return "; ".join(parts)
