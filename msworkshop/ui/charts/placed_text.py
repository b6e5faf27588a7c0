"""Where a chart put its texts: every text is painted through :func:`place_text`, which
records its box while :func:`recording_texts` is active (each chart's paint is), so the
layout audit reads geometry rather than pixels."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPainter


@dataclass(frozen=True)
class PlacedText:
    """One text a chart painted: where its ink lies (in the painter's device coordinates),
    the space it was given, what it was meant to say and what it showed."""

    box: QRectF
    room: QRectF
    text: str
    shown: str
    pixel_size: float

    @property
    def elided(self) -> bool:
        return self.shown != self.text


_recorded: list[list[PlacedText]] = []

# Whether every paint of a chart on screen records its texts (``ChartWidget.placed_texts``):
# on for the layout audit only. A chart's own fit check (``texts_fit``) records regardless.
# Off by default: recording inside Qt's redirected paints (QWidget.render of the projector
# for the presenter thumbnail) crashed PySide6 6.12.
RECORD_ON_SCREEN = False


@contextmanager
def recording_texts() -> Iterator[list[PlacedText]]:
    """Collect every text painted through :func:`place_text` inside the block."""
    placed: list[PlacedText] = []
    _recorded.append(placed)
    try:
        yield placed
    finally:
        _recorded.pop()


def place_text(
    painter: QPainter, rect: QRectF, flags: int, text: str, shown: str | None = None
) -> None:
    """``painter.drawText`` that the layout audit can see (``shown``: an elided ``text``)."""
    shown = text if shown is None else shown
    painter.drawText(rect, flags, shown)
    if _recorded:
        transform = painter.transform()
        # From the font's metrics, not QPainter.boundingRect (which corrupted memory here).
        box = QFontMetricsF(painter.font()).boundingRect(rect, int(flags), shown)
        font = painter.font()
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        _recorded[-1].append(
            PlacedText(transform.mapRect(box), transform.mapRect(rect), text, shown, size)
        )
