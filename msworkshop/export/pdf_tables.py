"""Table styles of the action plan: thin grey rules, a light grey header row, print friendly."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import TableStyle

from msworkshop.export.pdf_layout import FONT, HEADER_GREY, RULE_GREY


def table_style(grid: bool = True, extra: Sequence[tuple] = ()) -> TableStyle:
    """The house table style; ``grid`` False gives a borderless key-value list.

    ``extra`` adds commands such as SPAN. Cells are Paragraphs, which align themselves.
    """
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),  # reportlab would otherwise select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if grid:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE_GREY),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ]
    else:
        commands += [("LEFTPADDING", (0, 0), (0, -1), 0)]
    commands += list(extra)
    return TableStyle(commands)
