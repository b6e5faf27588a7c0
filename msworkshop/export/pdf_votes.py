"""The votes of one team in the action plan: stage-vote table, bar chart, diagnostic scores.

The analysis has already hidden every group below the anonymity threshold (all its figures
are None): such a group gets the anonymity notice in place of numbers and is left out of
the chart.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from msworkshop.domain.analysis import TeamResult
from msworkshop.domain.chart_builders import ChartTexts, team_stage_chart
from msworkshop.domain.plan_basis import STAGE_NUMBERS
from msworkshop.export.pdf_chart import stage_chart
from msworkshop.export.pdf_layout import esc, styles
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts


def votes_section(team: TeamResult, texts: PdfTexts, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Paragraph(texts.t("votes_heading"), s.subheading)]
    if _shows_stages(team, texts):
        story.append(_stage_table(team, texts, width))
        story.extend(_chart(team, texts, width))
    else:
        story.append(_ballots_table(team, texts, width))
    if _shows_scores(team, texts):
        story.append(Paragraph(texts.t("score_heading"), s.subheading))
        story.append(_score_table(team, texts, width))
    return story


def _shows_stages(team: TeamResult, texts: PdfTexts) -> bool:
    return texts.workshop.mode.asks_stage or any(
        sum((g.stage_votes or {}).values()) for g in team.groups
    )


def _shows_scores(team: TeamResult, texts: PdfTexts) -> bool:
    return texts.workshop.mode.asks_statements or any(g.has_diagnostic for g in team.groups)


def _table(
    team: TeamResult,
    texts: PdfTexts,
    header: list[str],
    widths: list[float],
    cells: dict[str, list[str]],
) -> Table:
    """One row per function; a hidden function's row is the anonymity notice, spanned."""
    s = styles()
    rows: list[list[Flowable | str]] = [[Paragraph(text, s.cell_head) for text in header]]
    spans = []
    for group in team.groups:
        name = Paragraph(esc(texts.function_name(group.function)), s.cell_bold)
        if group.suppressed:
            spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
            rows.append([name, Paragraph(texts.t("suppressed"), s.cell)] + [""] * (len(header) - 2))
        else:
            rows.append([name, *(Paragraph(text, s.cell) for text in cells[group.function])])
    return Table(
        rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style(extra=spans)
    )


def _stage_table(team: TeamResult, texts: PdfTexts, width: float) -> Table:
    header = [texts.t("col_function"), texts.t("col_ballots")] + [
        f"{n}. {esc(texts.content.stage(n).name)}" for n in STAGE_NUMBERS
    ]
    cells = {
        g.function: [str(g.ballots)] + [str((g.stage_votes or {}).get(n, 0)) for n in STAGE_NUMBERS]
        for g in team.groups
        if not g.suppressed
    }
    widths = [width * 0.22, width * 0.14] + [width * 0.16] * 4
    return _table(team, texts, header, widths, cells)


def _ballots_table(team: TeamResult, texts: PdfTexts, width: float) -> Table:
    """Only the number of ballots (a diagnostic-only session has no stage votes)."""
    header = [texts.t("col_function"), texts.t("col_ballots")]
    cells = {g.function: [str(g.ballots)] for g in team.groups if not g.suppressed}
    return _table(team, texts, header, [width * 0.22, width * 0.78], cells)


def _score_table(team: TeamResult, texts: PdfTexts, width: float) -> Table:
    header = [texts.t("col_function"), texts.t("col_score"), texts.t("col_band")]
    cells = {}
    for g in team.groups:
        if g.suppressed:
            continue
        if g.diagnostic_mean is not None and g.band is not None:
            cells[g.function] = [
                texts.t("score_value", score=f"{g.diagnostic_mean:.0f}"),
                esc(texts.stage(g.band)),
            ]
        else:
            cells[g.function] = [texts.t("no_score"), ""]
    return _table(team, texts, header, [width * 0.22, width * 0.3, width * 0.48], cells)


def _chart(team: TeamResult, texts: PdfTexts, width: float) -> list[Flowable]:
    s = styles()
    visible = [g for g in team.groups if not g.suppressed]
    hidden = [g for g in team.groups if g.suppressed]
    story: list[Flowable] = [Paragraph(texts.t("chart_caption"), s.subheading)]
    if not any(sum((g.stage_votes or {}).values()) for g in visible):
        story.append(Paragraph(texts.t("chart_empty"), s.body))
    else:
        chart_texts = ChartTexts(suppressed=texts.plain("suppressed"))
        story.append(
            stage_chart(team_stage_chart(texts.workshop, texts.content, team, chart_texts), width)
        )
    if hidden:
        names = ", ".join(texts.function_name(g.function) for g in hidden)
        story.append(Paragraph(texts.t("chart_hidden", functions=names), s.small))
    return story
