"""The plan's movement page: how each team moved from an earlier round to the plan's round.

Per team the same models the projector's movement slide paints (``domain.movement_chart``):
an arrow per function on the stage axis from the earlier position (open dot) to the later one
(filled dot), the perception gap then and now, and each function's stage profile in both
rounds as a compact table. A group hidden in either round shows no movement (anonymity).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.charts import MovementChartData, StageProfileChartData
from msworkshop.domain.comparison import TeamMovement, compare_rounds
from msworkshop.domain.movement_chart import (
    gap_movement_text,
    movement_chart_data,
    profile_movement_chart_data,
)
from msworkshop.export.pdf_layout import FONT, FONT_BOLD, TEXT_GREY, esc, fit_text, styles
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts

ROW = 13.0  # points per function row in the drawing
HEADER = 22.0  # a stage name may take two lines
SIZE = 8.5
GRID = colors.Color(0.75, 0.75, 0.75)


def movement_section(
    earlier: SessionResult, later: SessionResult, texts: PdfTexts, width: float
) -> list[Flowable]:
    """The movement page's story: a heading, how to read it, and one block per team."""
    s = styles()
    content = texts.content
    before, after = earlier.round_number, later.round_number
    story: list[Flowable] = [
        Paragraph(esc(content.text("movement.pdf_heading", number=before)), s.heading),
        Paragraph(esc(_intro(texts, before, after)), s.small),
    ]
    comparison = compare_rounds(earlier, later)
    if not comparison.teams:
        story.append(Paragraph(esc(content.text("movement.pdf_none")), s.body))
    for team in comparison.teams:
        story.append(KeepTogether(_team_block(team, texts, width, before, after)))
    return story


def _intro(texts: PdfTexts, before: int | None, after: int | None) -> str:
    """How to read the page, once (the drawings have no legend of their own)."""
    intro = texts.content.text("movement.pdf_intro", before=before, after=after)
    mode = texts.workshop.mode
    if mode.asks_stage and mode.asks_statements:
        intro += " " + texts.content.text("movement.explain").capitalize() + "."
    return intro


def _team_block(
    team: TeamMovement, texts: PdfTexts, width: float, before: int | None, after: int | None
) -> list[Flowable]:
    s = styles()
    workshop, content = texts.workshop, texts.content
    data = movement_chart_data(workshop, content, team, before, after)
    block: list[Flowable] = [
        Paragraph(esc(team.team_name), s.subheading),
        movement_drawing(data, width),
        Paragraph(esc(gap_movement_text(content, team)), s.small),
    ]
    if workshop.mode.asks_statements:
        profile = profile_movement_chart_data(workshop, content, team, before, after)
        block.append(_profile_table(profile, texts, width))
    return block


def movement_drawing(data: MovementChartData, width: float) -> Drawing:
    """Per row: the function (once), the measure, the arrow on the stage axis, the figures."""
    rows = len(data.rows)
    height = HEADER + rows * ROW + 2
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=SIZE)
    names = (stringWidth(r.style.name, FONT_BOLD, SIZE) for r in data.rows)
    name_w = min(width * 0.24, max(names, default=0) + 8)
    measures = [r.measure for r in data.rows if r.measure]
    measure_w = min(width * 0.14, max((stringWidth(m, FONT, SIZE) for m in measures), default=0))
    measure_w = measure_w + 8 if measures else 0
    figures_w = 62.0
    left = name_w + measure_w
    cell_w = (width - left - figures_w) / len(data.categories)

    def x_of(stage: float) -> float:
        return left + (stage - 0.5) * cell_w

    top = height - HEADER
    for index, category in enumerate(data.categories):
        for line, label in enumerate(reversed(_header_lines(category, cell_w - 4))):
            drawing.add(
                String(
                    x_of(index + 1),
                    top + 4 + line * (SIZE + 1.5),
                    label,
                    fontName=FONT,
                    fontSize=SIZE,
                    textAnchor="middle",
                )
            )
    radius = 3.6
    for r, row in enumerate(data.rows):
        y = top - (r + 1) * ROW + ROW / 2 - 3  # the text's baseline in the row
        centre = y + 3
        if r == 0 or data.rows[r - 1].style.key != row.style.key:
            name = fit_text(row.style.name, FONT_BOLD, SIZE, name_w - 8)
            drawing.add(String(0, y, name, fontName=FONT_BOLD, fontSize=SIZE))
        if row.measure:
            drawing.add(
                String(name_w, y, row.measure, fontName=FONT, fontSize=SIZE, fillColor=TEXT_GREY)
            )
        if not row.shown or row.before is None or row.after is None:
            note = fit_text(row.note, FONT, SIZE, width - left - 4)
            drawing.add(
                String(left + 4, y, note, fontName=FONT, fontSize=SIZE, fillColor=TEXT_GREY)
            )
            continue
        for index in range(len(data.categories)):  # the grid, in the rows with an arrow
            x = x_of(index + 1)
            row_top = top - r * ROW
            drawing.add(Line(x, row_top - ROW, x, row_top, strokeColor=GRID, strokeWidth=0.5))
        colour = colors.HexColor(row.style.colour)
        start, end = x_of(row.before), x_of(row.after)
        _arrow(drawing, start, end, centre, radius, colour)
        drawing.add(
            Circle(
                start, centre, radius, fillColor=colors.white, strokeColor=colour, strokeWidth=1.4
            )
        )
        drawing.add(
            Circle(end, centre, radius, fillColor=colour, strokeColor=colour, strokeWidth=0.6)
        )
        drawing.add(String(width - figures_w + 8, y, row.figures, fontName=FONT, fontSize=SIZE))
    return drawing


def _header_lines(text: str, width: float) -> list[str]:
    """A stage name on one line, or on two when it is too wide ("Living / together")."""
    if stringWidth(text, FONT, SIZE) <= width or " " not in text:
        return [fit_text(text, FONT, SIZE, width)]
    first, rest = text.split(" ", 1)
    return [fit_text(first, FONT, SIZE, width), fit_text(rest, FONT, SIZE, width)]


def _arrow(
    drawing: Drawing, start: float, end: float, y: float, radius: float, colour: colors.Color
) -> None:
    length = abs(end - start)
    if length < 3.5 * radius:
        return  # the dots (nearly) sit on each other: no room for an arrow
    direction = math.copysign(1.0, end - start)
    tip = end - direction * radius * 1.1
    head = radius * 1.4
    drawing.add(
        Line(
            start + direction * radius,
            y,
            tip - direction * head * 0.6,
            y,
            strokeColor=colour,
            strokeWidth=1.4,
        )
    )
    drawing.add(
        Polygon(
            [
                tip,
                y,
                tip - direction * head,
                y + head * 0.6,
                tip - direction * head,
                y - head * 0.6,
            ],
            fillColor=colour,
            strokeColor=colour,
            strokeWidth=0.4,
        )
    )


def _profile_table(data: StageProfileChartData, texts: PdfTexts, width: float) -> Table:
    """Each function's stage profile then and now, one row per function: per stage the share
    agreed with in both rounds, and the stage the statements point to in both."""
    s = styles()
    head = [Paragraph(esc(c), s.cell_head) for c in ("", *data.categories, "")]
    rows: list[list[Flowable]] = [head]
    spans = []
    # The model lists each function's earlier profile, then its later one.
    for before, after in zip(data.series[0::2], data.series[1::2], strict=True):
        name = function_name(texts.workshop, texts.content, before.style.key)
        cells: list[Flowable] = [Paragraph(esc(name), s.cell_small)]
        if before.shares is None or after.shares is None:
            note = before.note if before.shares is None else after.note
            cells.append(Paragraph(esc(note), s.cell_small))
            cells += [Paragraph("", s.cell_small) for _ in data.categories]
            spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        else:
            for index in range(len(data.categories)):
                then, now = _percent(before.percent(index)), _percent(after.percent(index))
                cells.append(Paragraph(f"{then} \u2192 {now}", s.cell_small))
            stages = f"{before.stage_label} \u2192 {after.stage_label}"
            cells.append(Paragraph(esc(stages), s.cell_small))
        rows.append(cells)
    first, last = 0.17 * width, 0.25 * width
    stage_w = (width - first - last) / len(data.categories)
    widths = [first, *(stage_w for _ in data.categories), last]
    table = Table(
        rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style(extra=spans)
    )
    table.spaceBefore = 2 * mm
    return table


def _percent(value: int | None) -> str:
    return "\u2013" if value is None else f"{value}%"
