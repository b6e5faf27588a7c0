"""The "stay or move?" checklist of a team's stage on its PDF page, with what the team ticked.

The two lists stand side by side under their headings; a ticked item shows a ticked box, the
others an empty one to tick on paper. The advice under the lists is help text, not an item.
"""

from __future__ import annotations

from collections.abc import Collection

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from msworkshop.domain.content import StayOrMove
from msworkshop.domain.plans import stay_or_move_for
from msworkshop.export.pdf_layout import FONT, esc, styles
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_texts import PdfTexts

TICKED, OPEN = "\u2611", "\u2610"


def checklist_section(
    texts: PdfTexts, stage: int | None, ticked: Collection[str], width: float
) -> list[Flowable]:
    """The checklist for ``stage`` (the agreed or most chosen one); nothing without a stage."""
    entry = stay_or_move_for(texts.content, stage) if stage is not None else None
    if entry is None:
        return []
    s = styles()
    columns = [
        _column(entry.stay_heading, entry.stay_when, "stay", ticked),
        _column(entry.move_heading, entry.move_when, "move", ticked),
    ]
    table = Table(
        [[columns[0], columns[1]]],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
        style=table_style(grid=False),
    )
    heading = texts.t("checklist_heading", stage=texts.stage(int(entry.stage)))
    story: list[Flowable] = [Paragraph(heading, s.subheading), table]
    if entry.advice:
        story.append(Paragraph(esc(entry.advice), s.small))
    if not ticked:
        story.append(Paragraph(texts.t("checklist_none_ticked"), s.small))
    return [KeepTogether(story)]


def _column(
    heading: str, items: tuple[str, ...], prefix: str, ticked: Collection[str]
) -> list[Flowable]:
    s = styles()
    # The box hangs in the margin, so a wrapped item lines up under its own first word.
    item_style = ParagraphStyle(
        "checklist_item", s.cell, leftIndent=14, bulletIndent=0, bulletFontName=FONT
    )
    column: list[Flowable] = [Paragraph(f"<b>{esc(heading)}</b>", s.cell)]
    for number, item in enumerate(items, start=1):
        mark = TICKED if f"{prefix}_{number}" in ticked else OPEN
        column.append(Paragraph(esc(item), item_style, bulletText=mark))
    return column


def ticked_texts(entry: StayOrMove, ticked: Collection[str]) -> list[str]:
    """The texts of the ticked items, in checklist order (for tests and summaries)."""
    items = (*entry.stay_when, *entry.move_when)
    return [text for key, text in zip(entry.item_keys(), items, strict=True) if key in ticked]
