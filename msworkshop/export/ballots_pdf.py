"""Paper ballots: one form per team and function, or a blank form with tick boxes for both.

The form asks what the session asks (its voting mode) in the session's language: the stage
question with one box per stage, and/or the 20 statements with boxes 1-5, then a comment.
Each form fits one page (shrunk a little when it must) and carries a code such as "Form 2.1"
(team 2, function 1) so the facilitator can sort the forms before typing them in.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from msworkshop import __version__
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Team, Workshop
from msworkshop.export.pdf_layout import (
    FONT,
    FRAME_PADDING,
    PAPER_SIZES,
    RULE_GREY,
    TEXT_GREY,
    esc,
    fit_text,
    styles,
)
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts

BOX = "\u2610"  # ☐, in DejaVu Sans
BALLOT_MARGIN = 14 * mm


def ballots_pdf_bytes(
    workshop: Workshop,
    content: Content,
    paper: str = "a4",
    *,
    blank: bool = False,
    teams: Sequence[Team] | None = None,
) -> bytes:
    """The ballot forms: per team and function (``teams`` default: all), or one blank form."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}: use one of {sorted(PAPER_SIZES)}")
    texts = PdfTexts(content, workshop)
    pagesize = PAPER_SIZES[paper]
    width = pagesize[0] - 2 * (BALLOT_MARGIN + FRAME_PADDING)
    height = pagesize[1] - 2 * (BALLOT_MARGIN + FRAME_PADDING) - 6 * mm
    forms: list[tuple[str, list[Flowable]]] = []
    if blank:
        forms.append(("", _form(texts, width, None, None)))
    else:
        for team_number, team in enumerate(teams or workshop.teams, start=1):
            for function_number, function in enumerate(workshop.functions, start=1):
                code = texts.plain(
                    "ballot_code", team_number=team_number, function_number=function_number
                )
                forms.append((code, _form(texts, width, team, function.key)))
    story: list[Flowable] = []
    codes = []
    for code, form in forms:
        if story:
            story.append(PageBreak())
        story.append(KeepInFrame(width, height, form, mode="shrink"))
        codes.append(code)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=BALLOT_MARGIN,
        rightMargin=BALLOT_MARGIN,
        topMargin=BALLOT_MARGIN + 6 * mm,
        bottomMargin=BALLOT_MARGIN,
        title=f"{texts.plain('ballot_title')}: {workshop.title}",
        author=workshop.facilitator,
        subject=texts.plain("ballot_title"),
        creator=f"msworkshop {__version__}",
        lang=content.language,
        initialFontName=FONT,
        initialFontSize=10,
    )

    def decorate(canvas: Canvas, doc: object) -> None:
        page_width, page_height = canvas._pagesize
        left, right = BALLOT_MARGIN + FRAME_PADDING, page_width - BALLOT_MARGIN - FRAME_PADDING
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        canvas.setFont(FONT, 8.5)
        top = page_height - BALLOT_MARGIN
        canvas.drawString(left, top, fit_text(workshop.title, FONT, 8.5, (right - left) * 0.7))
        code = codes[canvas.getPageNumber() - 1] if canvas.getPageNumber() <= len(codes) else ""
        canvas.drawRightString(right, top, code)
        canvas.restoreState()

    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def export_ballots_pdf(
    out: Path, workshop: Workshop, content: Content, paper: str = "a4", *, blank: bool = False
) -> Path:
    out = Path(out)
    out.write_bytes(ballots_pdf_bytes(workshop, content, paper, blank=blank))
    return out


def _form(texts: PdfTexts, width: float, team: Team | None, function: str | None) -> list[Flowable]:
    s = styles()
    content, workshop = texts.content, texts.workshop
    story: list[Flowable] = [
        Paragraph(texts.t("ballot_title"), s.heading),
        Paragraph(
            f"<b>{esc(content.text('general.promise_title'))}.</b> "
            f"{texts.t('ballot_anonymous')} {esc(content.text('general.promise'))}",
            s.small,
        ),
        Spacer(1, 4),
    ]
    if team is not None and function is not None:
        story.append(_who_printed(texts, width, team, function))
    else:
        story += _who_ticked(texts, width)
    if workshop.mode.asks_stage:
        story += _stage_question(texts, width)
    if workshop.mode.asks_statements:
        story += _statements(texts, width)
    story += [
        Paragraph(texts.t("ballot_comment"), s.subheading),
        Table(
            [[""]],
            colWidths=[width],
            rowHeights=[16 * mm],
            style=table_style(grid=False, extra=[("BOX", (0, 0), (-1, -1), 0.6, RULE_GREY)]),
        ),
        Spacer(1, 4),
        Paragraph(texts.t("ballot_footer"), s.small),
    ]
    return story


def _who_printed(texts: PdfTexts, width: float, team: Team, function: str) -> Table:
    s = styles()
    general = texts.content.text
    row = [
        Paragraph(f"{esc(general('general.team'))}: <b>{esc(team.name)}</b>", s.body),
        Paragraph(
            f"{esc(general('general.function'))}: <b>{esc(texts.function_name(function))}</b>",
            s.body,
        ),
    ]
    return Table(
        [row],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
        style=table_style(grid=True, extra=[("BACKGROUND", (0, 0), (-1, -1), (0.93, 0.93, 0.93))]),
    )


def _ticks(labels: Sequence[str], width: float, per_row: int) -> Table:
    s = styles()
    cells = [Paragraph(f'<font size="12">{BOX}</font> {esc(label)}', s.cell) for label in labels]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    if rows:
        rows[-1] += [""] * (per_row - len(rows[-1]))
    return Table(
        rows, colWidths=[width / per_row] * per_row, hAlign="LEFT", style=table_style(grid=False)
    )


def _who_ticked(texts: PdfTexts, width: float) -> list[Flowable]:
    s = styles()
    teams = [t.name for t in texts.workshop.teams]
    functions = [texts.function_name(f.key) for f in texts.workshop.functions]
    return [
        Paragraph(texts.t("ballot_team_tick"), s.subheading),
        _ticks(teams, width, 4),
        Paragraph(texts.t("ballot_function_tick"), s.subheading),
        _ticks(functions, width, 4),
    ]


def _stage_question(texts: PdfTexts, width: float) -> list[Flowable]:
    s = styles()
    content = texts.content
    rows = []
    for stage in content.stages:
        rows.append(
            [
                Paragraph(f'<font size="14">{BOX}</font>', s.cell),
                Paragraph(
                    f"<b>{int(stage.stage)}. {esc(stage.name)}</b> ({esc(stage.formal)})"
                    f"<br/>{esc(stage.summary)}",
                    s.cell,
                ),
            ]
        )
    return [
        Paragraph(
            f"{esc(content.text('general.stage_question'))} "
            f"<font size='9'>{texts.t('ballot_stage_hint')}</font>",
            s.subheading,
        ),
        Table(
            rows, colWidths=[9 * mm, width - 9 * mm], hAlign="LEFT", style=table_style(grid=False)
        ),
    ]


def _statements(texts: PdfTexts, width: float) -> list[Flowable]:
    s = styles()
    content = texts.content
    box_width = 8 * mm
    header = [
        Paragraph("", s.cell_head),
        Paragraph(esc(content.text("general.statement")), s.cell_head),
    ]
    centred = ParagraphStyle("centred", s.cell, alignment=TA_CENTER)
    header += [Paragraph(f"<b>{n}</b>", centred) for n in range(1, 6)]
    rows: list[list[Flowable]] = [header]
    for statement in content.statements:
        rows.append(
            [
                Paragraph(f"<b>{statement.number}</b>", s.cell_small),
                Paragraph(esc(statement.text), s.cell_small),
            ]
            + [Paragraph(f'<font size="12">{BOX}</font>', centred) for _ in range(5)]
        )
    widths = [7 * mm, width - 7 * mm - 5 * box_width] + [box_width] * 5
    extra = [
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return [
        Paragraph(texts.t("ballot_statements_heading"), s.subheading),
        Paragraph(
            esc(content.text("general.statements_intro")) + " " + texts.t("ballot_scale_hint"),
            s.small,
        ),
        Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style(extra=extra)),
    ]
