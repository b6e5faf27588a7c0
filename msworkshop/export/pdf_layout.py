"""Fonts, paragraph styles, dates and the page header/footer of the printed action plan.

Everything prints in black and grey only. The bundled DejaVu Sans is embedded (as a subset)
so Dutch and other European names (ë, ĳ, ø, ł, ...) print on every machine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from msworkshop.domain.content import Content
from msworkshop.resource_files import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
FRAME_PADDING = 6  # platypus frames pad their content by 6 pt on each side
HEADER_GAP = 8 * mm  # between the page edge and the header/footer baseline
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
HEADER_GREY = colors.Color(0.88, 0.88, 0.88)
TEXT_GREY = colors.Color(0.3, 0.3, 0.3)


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, as a family so ``<b>`` works."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=6)
    return Styles(
        title=ParagraphStyle(
            "title", body, fontName=FONT_BOLD, fontSize=22, leading=27, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", body, fontSize=12, leading=16, spaceAfter=14, textColor=TEXT_GREY
        ),
        heading=ParagraphStyle(
            "heading", body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=8
        ),
        subheading=ParagraphStyle(
            "subheading",
            body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", body, fontSize=8.5, leading=11, textColor=TEXT_GREY),
        cell=ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", body, fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        cell_small=ParagraphStyle(
            "cell_small", body, fontSize=8, leading=10, spaceAfter=0, textColor=TEXT_GREY
        ),
        cell_head=ParagraphStyle(
            "cell_head", body, fontName=FONT_BOLD, fontSize=8, leading=10.5, spaceAfter=0
        ),
    )


def esc(text: str) -> str:
    """User or content text made safe for Paragraph markup (``<b>R&D</b>`` prints literally)."""
    return escape(text).replace("\n", "<br/>")


def format_date(date: dt.date, content: Content) -> str:
    """26-11-2026 in Dutch, 26 November 2026 in English (see Content.format_date)."""
    return content.format_date(date)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class PageDecoration:
    """Draws the header (session title) and footer (generation date, page X of Y)."""

    session_title: str
    generated: str  # already formatted and translated, e.g. "Generated on 26 November 2026"
    page_of: str  # template with {page} and {pages}
    total_pages: int | None  # None in the counting pass

    def __call__(self, canvas: Canvas, doc: object) -> None:
        width, height = canvas._pagesize
        left, right = MARGIN + FRAME_PADDING, width - MARGIN - FRAME_PADDING
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        top = height - HEADER_GAP - 3 * mm
        canvas.setFont(FONT, 8.5)
        canvas.drawString(left, top, fit_text(self.session_title, FONT, 8.5, right - left))
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = HEADER_GAP
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.drawString(left, bottom, self.generated)
        if self.total_pages is not None:  # else the PageNumbers canvas draws it on save
            page = canvas.getPageNumber()
            canvas.drawRightString(
                right, bottom, self.page_of.format(page=page, pages=self.total_pages)
            )
        canvas.restoreState()


def page_numbers_canvas(page_of: str) -> type[Canvas]:
    """A canvas class that writes "page X of Y" on every page once Y is known (at save).

    Pages are kept until the document is saved, so the PDF is built in one pass instead of
    two (one to count the pages).
    """

    class PageNumbers(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.saveState()
                self.setFillColor(TEXT_GREY)
                self.setFont(FONT, 8.5)
                self.drawRightString(
                    width - MARGIN - FRAME_PADDING,
                    HEADER_GAP,
                    page_of.format(page=self.getPageNumber(), pages=total),
                )
                self.restoreState()
                super().showPage()
            super().save()

    return PageNumbers
