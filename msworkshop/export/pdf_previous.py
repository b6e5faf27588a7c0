"""A follow-up's team page opens with "last time → today": the stage and target agreed last
time beside today's, and last time's actions with the status decided with the room today.

Returns flowables; user texts are escaped (``esc``), fixed texts are ``pdf.*`` strings.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from msworkshop.domain.followup import Predecessor, PreviousAction
from msworkshop.export.pdf_layout import esc, format_date, styles
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts

DASH = "\u2013"
ARROW = "\u2192"


def previous_section(
    team_id: int,
    previous: Predecessor,
    today: tuple[int, int] | None,
    texts: PdfTexts,
    width: float,
) -> list[Flowable]:
    """Last time's agreement next to today's (``today``: agreed stage and target, or None),
    then last time's actions with their status."""
    s = styles()
    team = previous.team(team_id)
    since = previous.title
    if previous.date is not None:
        since = texts.plain(
            "previous_since", title=previous.title, date=format_date(previous.date, texts.content)
        )
    story: list[Flowable] = [
        Paragraph(texts.t("previous_heading"), s.subheading),
        Paragraph(texts.t("previous_from", since=since), s.small),
    ]
    before = (
        (team.agreed_stage, team.target_stage)
        if team is not None and team.agreed_stage is not None and team.target_stage is not None
        else None
    )
    rows: list[list[Flowable]] = [
        [
            Paragraph("", s.cell_head),
            Paragraph(texts.t("previous_col_then"), s.cell_head),
            Paragraph("", s.cell_head),
            Paragraph(texts.t("previous_col_now"), s.cell_head),
        ],
        [
            Paragraph(texts.t("previous_row_agreed"), s.cell_bold),
            Paragraph(_stage(texts, before[0] if before else None), s.cell),
            Paragraph(ARROW, s.cell),
            Paragraph(_stage(texts, today[0] if today else None), s.cell),
        ],
        [
            Paragraph(texts.t("previous_row_target"), s.cell_bold),
            Paragraph(esc(texts.target(before)) if before else texts.t("not_agreed"), s.cell),
            Paragraph(ARROW, s.cell),
            Paragraph(esc(texts.target(today)) if today else texts.t("not_agreed"), s.cell),
        ],
    ]
    widths = [width * f for f in (0.2, 0.37, 0.06, 0.37)]
    story.append(Table(rows, colWidths=widths, hAlign="LEFT", style=table_style()))
    actions = team.actions if team is not None else ()
    if actions:
        story.append(Paragraph(texts.t("previous_actions_heading"), s.subheading))
        story.append(_actions_table(actions, texts, width))
    else:
        story.append(Paragraph(texts.t("previous_no_actions"), s.body))
    story.append(Spacer(1, 8))  # today's own agreement line follows
    return story


def _stage(texts: PdfTexts, stage: int | None) -> str:
    return esc(texts.stage(stage)) if stage is not None else texts.t("not_agreed")


def status_label(texts: PdfTexts, action: PreviousAction) -> str:
    """The status decided today ("not decided" when the room did not get to it), escaped."""
    return texts.t(f"review_{action.status or 'undecided'}")


def _actions_table(actions: tuple[PreviousAction, ...], texts: PdfTexts, width: float) -> Table:
    s = styles()
    keys = ("col_number", "col_action", "col_owner", "col_due", "previous_col_status")
    rows: list[list[Flowable]] = [[Paragraph(texts.t(k), s.cell_head) for k in keys]]
    for number, action in enumerate(actions, start=1):
        status = f"<b>{status_label(texts, action)}</b>"
        if action.note:
            status += f'<br/><font size="8">{esc(action.note)}</font>'
        due = format_date(action.due, texts.content) if action.due else DASH
        rows.append(
            [
                Paragraph(str(number), s.cell),
                Paragraph(esc(action.title), s.cell),
                Paragraph(esc(action.owner) or DASH, s.cell),
                Paragraph(esc(due), s.cell),
                Paragraph(status, s.cell),
            ]
        )
    widths = [width * f for f in (0.05, 0.38, 0.18, 0.14, 0.25)]
    return Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style())
