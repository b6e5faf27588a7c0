"""Sections of a team's pages in the action plan: gaps with notes, the plan, signatures.

Every section returns flowables; user and content texts are escaped (``esc``) and fixed texts
come from the ``pdf.*`` strings through :class:`PdfTexts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from msworkshop.domain.analysis import TeamResult
from msworkshop.domain.plan_basis import Transition
from msworkshop.domain.plans import PlanAction
from msworkshop.export.pdf_layout import esc, format_date, styles
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts

GAP_LIMIT = 5


def visible_functions(team: TeamResult) -> list[str]:
    """Functions of the team whose statement means may be shown."""
    return [g.function for g in team.groups if not g.suppressed and g.statements]


def gaps_table(
    team: TeamResult, texts: PdfTexts, width: float, limit: int = GAP_LIMIT, with_text: bool = True
) -> Table | None:
    """The statements with the largest gaps: mean per visible function and the gap."""
    s = styles()
    functions = visible_functions(team)
    gaps = team.statement_gaps[:limit]
    if len(functions) < 2 or not gaps:
        return None
    header = (
        [Paragraph(texts.t("col_statement"), s.cell_head)]
        + [Paragraph(esc(texts.function_name(f)), s.cell_head) for f in functions]
        + [Paragraph(texts.t("col_difference"), s.cell_head)]
    )
    rows: list[list[Flowable]] = [header]
    for gap in gaps:
        statement = texts.content.statement(gap.key)
        label = (
            f"<b>{statement.number}.</b> {esc(statement.text)}"
            if with_text
            else (f"<b>{statement.number}</b>")
        )
        rows.append(
            [Paragraph(label, s.cell)]
            + [
                Paragraph(f"{gap.means[f]:.1f}" if f in gap.means else "\u2013", s.cell)
                for f in functions
            ]
            + [Paragraph(f"<b>{abs(gap.difference):.1f}</b>", s.cell)]
        )
    number_width = 0.13 * width
    first = width - number_width * (len(functions) + 1)
    return Table(
        rows,
        colWidths=[first] + [number_width] * (len(functions) + 1),
        repeatRows=1,
        hAlign="LEFT",
        style=table_style(),
    )


def gaps_section(team: TeamResult, texts: PdfTexts, width: float, notes: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    asks = texts.workshop.mode.asks_statements or any(g.has_diagnostic for g in team.groups)
    if asks:
        story.append(Paragraph(texts.t("gaps_heading"), s.subheading))
        table = gaps_table(team, texts, width)
        if table is None:
            story.append(Paragraph(texts.t("gaps_none"), s.body))
        else:
            story += [Paragraph(texts.t("gaps_intro"), s.small), table]
    notes = notes.strip()
    if notes:
        story.append(Paragraph(texts.t("notes_heading"), s.subheading))
        story.extend(
            Paragraph(esc(part.strip()), s.body) for part in notes.split("\n\n") if part.strip()
        )
    return story


def plan_heading(texts: PdfTexts, transition: Transition | None, *, plan: bool) -> str:
    """ "Action plan: from A to B" (or the suggested-actions wording when ``plan`` is False)."""
    content = texts.content
    prefix = "plan_heading" if plan else "actions_heading"
    if transition is None:
        return texts.t("plan_heading")
    if transition.is_stay:
        return texts.t(f"{prefix}_stay", stage=content.stage_label(transition.from_stage))
    return texts.t(
        f"{prefix}_move",
        from_stage=content.stage_label(transition.from_stage),
        to_stage=content.stage_label(transition.to_stage),
    )


def plan_table(
    actions: Sequence[PlanAction], texts: PdfTexts, width: float, *, compact: bool = False
) -> Table:
    """The team's actions: title (with description), owner, due date, measure, priority.

    Splits across pages with the header row repeated. ``compact`` (the handout) leaves out
    the descriptions and the priority column.
    """
    s = styles()
    keys = ["col_number", "col_action", "col_owner", "col_due", "col_measure"]
    # Dutch dates (26-11-2026) are narrow and Dutch role names long ("Salesmanager").
    nl = texts.content.language == "nl"
    fractions = [0.05, 0.28, 0.20, 0.13, 0.23, 0.11] if nl else [0.05, 0.30, 0.16, 0.15, 0.23, 0.11]
    if compact:
        fractions = [0.05, 0.33, 0.21, 0.13, 0.28] if nl else [0.05, 0.34, 0.18, 0.15, 0.28]
    else:
        keys.append("col_priority")
    rows: list[list[Flowable]] = [[Paragraph(texts.t(k), s.cell_head) for k in keys]]
    for number, action in enumerate(actions, start=1):
        title = f"<b>{esc(action.title)}</b>"
        if action.description.strip() and not compact:
            title += f'<br/><font size="8">{esc(action.description)}</font>'
        due = format_date(action.due, texts.content) if action.due else "\u2013"
        row = [
            Paragraph(str(number), s.cell),
            Paragraph(title, s.cell),
            Paragraph(esc(action.owner) or "\u2013", s.cell),
            Paragraph(esc(due), s.cell),
            Paragraph(esc(action.measure), s.cell),
        ]
        if not compact:
            row.append(Paragraph(texts.t(f"priority_{action.priority}"), s.cell))
        rows.append(row)
    return Table(
        rows,
        colWidths=[width * f for f in fractions],
        repeatRows=1,
        hAlign="LEFT",
        style=table_style(),
    )


def suggestions_table(transition: Transition, texts: PdfTexts, width: float) -> Table | None:
    """The content's suggested actions for a team without a plan of its own."""
    s = styles()
    actions = texts.content.actions_for(transition.from_stage, transition.to_stage)
    if not actions:
        return None
    rows: list[list[Flowable]] = [
        [
            Paragraph(texts.t(key), s.cell_head)
            for key in ("col_action", "col_owner", "col_horizon", "col_measure")
        ]
    ]
    for action in actions:
        title = f"<b>{esc(action.title)}</b>"
        if action.description.strip():
            title += f'<br/><font size="8">{esc(action.description)}</font>'
        rows.append(
            [
                Paragraph(title, s.cell),
                Paragraph(esc(action.owner), s.cell),
                Paragraph(texts.t("horizon_days", days=action.horizon_days), s.cell),
                Paragraph(esc(action.measure), s.cell),
            ]
        )
    widths = [width * f for f in (0.39, 0.2, 0.12, 0.29)]
    return Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style())


def actions_section(
    team: TeamResult,
    texts: PdfTexts,
    width: float,
    transition: Transition | None,
    actions: Sequence[PlanAction],
) -> list[Flowable]:
    """The team's own plan; without one, the suggestions for its (agreed or voted) step."""
    s = styles()
    if actions:
        return [
            Paragraph(plan_heading(texts, transition, plan=True), s.subheading),
            plan_table(actions, texts, width),
        ]
    if transition is None:
        return [Spacer(1, 6), Paragraph(texts.t("actions_basis_none"), s.body)]
    story: list[Flowable] = [Paragraph(plan_heading(texts, transition, plan=False), s.subheading)]
    if not transition.agreed:
        story.append(
            Paragraph(
                texts.t("actions_basis_votes", stage=texts.stage(transition.from_stage)), s.small
            )
        )
    table = suggestions_table(transition, texts, width)
    story.append(table if table is not None else Paragraph(texts.t("actions_none"), s.body))
    return story


def signatures(texts: PdfTexts, width: float) -> Flowable:
    """Room for a commitment: one row per function with name, signature and date."""
    s = styles()
    header = [
        Paragraph(texts.t(k), s.cell_head)
        for k in ("col_function", "col_name", "col_signature", "date")
    ]
    rows: list[list[Flowable]] = [header] + [
        [Paragraph(esc(texts.function_name(f.key)), s.cell_bold), "", "", ""]
        for f in texts.workshop.functions
    ]
    table = Table(
        rows,
        colWidths=[width * f for f in (0.2, 0.3, 0.32, 0.18)],
        rowHeights=[None] + [13 * mm] * (len(rows) - 1),
        hAlign="LEFT",
        style=table_style(),
    )
    return KeepTogether(
        [
            Paragraph(texts.t("commitments_heading"), s.subheading),
            Paragraph(texts.t("commitments_text"), s.body),
            table,
        ]
    )
