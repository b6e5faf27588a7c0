"""The room's approved questions and comments as cards on the projector, a slide at a time.

The cards keep the theme's body type (readable from the back at 720p and 1080p) and never
shrink to fit: a slide holds as many whole cards as fit, two to a row, and the facilitator
moves to the next slide from the laptop. A line under the cards says which ones are shown.
The cards arrive already chosen and shuffled by the domain (nothing here decides what the
room may see); a label (team and function) is only there when the rule allowed it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from msworkshop.ui.common import theme

COLUMNS = 2
GAP = 24  # px at 720p, between cards
PADDING = 16  # px at 720p, inside a card
BORDER = 3


class CommentCards(QWidget):
    def __init__(
        self,
        slide_text: Callable[[int, int, int], str],
        parent: QWidget | None = None,
    ) -> None:
        """``slide_text(first, last, total)``: the line under the cards, in the room's words."""
        super().__init__(parent)
        self._busy = self._again = False  # laying out now; a resize came meanwhile
        self._slide_text = slide_text
        self._cards: tuple[tuple[str, str], ...] = ()  # (text, label or "")
        self._wanted = 0  # the slide asked for (clamped to the slides there are)
        self.slides: list[tuple[int, int]] = [(0, 0)]  # (first card, count) per slide
        self.slide = 0
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.grid = QGridLayout()
        self.footer = theme.label("", "small")
        self._probe = theme.label("", "body", self)  # measures wrapped card text
        self._probe_small = theme.label("", "small", self)
        self._probe.hide()
        self._probe_small.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.footer)
        self.card_frames: list[QFrame] = []
        self.on_slides: Callable[[int], None] | None = None  # told how many slides there are

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override: the slides page instead
        hint = super().minimumSizeHint()
        hint.setHeight(0)
        return hint

    def set_cards(self, cards: Sequence[tuple[str, str]], slide: int, scale: float) -> None:
        """Show ``cards`` ((text, label), label "" when none) from slide ``slide``."""
        self._cards = tuple(cards)
        self._wanted = slide
        self.scale = scale
        self._lay_out()

    def texts(self) -> list[str]:
        """Every card text and label the room can see on the current slide (for tests)."""
        return [
            label.text()
            for frame in self.card_frames
            if frame.isVisibleTo(self)
            for label in frame.findChildren(QLabel)
            if label.text() and label.isVisibleTo(self)
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._lay_out()

    # -- layout ----------------------------------------------------------------------------
    def _lay_out(self) -> None:
        """Lay the cards out again; a resize while doing so (showing a card can cause one)
        runs it once more afterwards instead of inside itself."""
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        try:
            self._lay_out_now()
        finally:
            self._busy = False
        if self._again:
            self._again = False
            self._lay_out()

    def _lay_out_now(self) -> None:
        self._probe.ensurePolished()
        self._probe_small.ensurePolished()
        rows = self._rows()
        self.slides = self._paginate(rows)
        if self.on_slides is not None:
            self.on_slides(len(self.slides))
        self.slide = min(max(0, self._wanted), len(self.slides) - 1)
        first_row, row_count = self.slides[self.slide]
        shown = rows[first_row : first_row + row_count]
        self._fill(shown)
        total = len(self._cards)
        first = sum(len(row) for row in rows[:first_row])
        count = sum(len(row) for row in shown)
        many = len(self.slides) > 1
        self.footer.setText(self._slide_text(first + 1, first + count, total) if many else "")

    def _inner_width(self, columns: int) -> int:
        gap = round(GAP * self.scale)
        card = (self.width() - gap * (columns - 1)) // columns
        return max(1, card - 2 * (round(PADDING * self.scale) + self._border()))

    def _rows(self) -> list[tuple[tuple[str, str], ...]]:
        """Cards two to a row; a card with a word too long for half the width gets a row of
        its own (and a word too long even for that is broken with a hyphen)."""
        half, full = self._inner_width(COLUMNS), self._inner_width(1)
        metrics = QFontMetrics(self._probe.font())
        rows: list[tuple[tuple[str, str], ...]] = []
        pending: list[tuple[str, str]] = []
        for text, label in self._cards:
            longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            if longest <= half:
                pending.append((text, label))
                if len(pending) == COLUMNS:
                    rows.append(tuple(pending))
                    pending = []
                continue
            rows.append(((_break_long_words(text, metrics, full), label),))
        if pending:
            rows.append(tuple(pending))
        return rows

    def _card_height(self, text: str, label: str, columns: int) -> int:
        inner = self._inner_width(columns)
        height = _wrapped_height(self._probe, text, inner)
        if label:
            height += _wrapped_height(self._probe_small, label, inner) + round(6 * self.scale)
        return height + 2 * (round(PADDING * self.scale) + self._border()) + 4

    def _border(self) -> int:
        return max(2, round(BORDER * self.scale))

    def _paginate(self, rows: Sequence[tuple[tuple[str, str], ...]]) -> list[tuple[int, int]]:
        """(first row, rows) per slide: as many whole rows as the height holds."""
        if not rows or self.height() <= 0:
            return [(0, len(rows))]
        gap = round(GAP * self.scale)
        layout = self.layout()
        spacing = max(0, layout.spacing()) if layout is not None else 0
        footer = QFontMetrics(self._probe_small.font()).lineSpacing() + 4
        room = self.height() - footer - 3 * spacing
        slides: list[tuple[int, int]] = []
        first, used = 0, 0
        for index, row in enumerate(rows):
            columns = COLUMNS if len(row) > 1 or self._fits_half(row[0][0]) else 1
            height = max(self._card_height(text, label, columns) for text, label in row)
            needed = height + (gap if index > first else 0)
            if index > first and used + needed > room:
                slides.append((first, index - first))
                first, used, needed = index, 0, height
            used += needed
        slides.append((first, len(rows) - first))
        return slides

    def _fits_half(self, text: str) -> bool:
        metrics = QFontMetrics(self._probe.font())
        half = self._inner_width(COLUMNS)
        return all(metrics.horizontalAdvance(w) <= half for w in text.split())

    def _fill(self, rows: Sequence[tuple[tuple[str, str], ...]]) -> None:
        for frame in self.card_frames:
            self.grid.removeWidget(frame)
            frame.hide()
            frame.setParent(None)  # gone now, not at the next event loop (grabs, audits)
            frame.deleteLater()
        self.card_frames = []
        gap, pad, border = round(GAP * self.scale), round(PADDING * self.scale), self._border()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap)
        self.setStyleSheet(
            f"QFrame#commentCard {{ border: {border}px solid rgba(128, 128, 128, 160);"
            f" border-radius: {round(12 * self.scale)}px; }}"
        )
        for row_index, row in enumerate(rows):
            wide = len(row) == 1 and not self._fits_half(row[0][0])
            for column, (text, label) in enumerate(row):
                frame = QFrame()
                frame.setObjectName("commentCard")
                inner = QVBoxLayout(frame)
                inner.setContentsMargins(pad, pad, pad, pad)
                inner.setSpacing(round(6 * self.scale))
                inner.addWidget(theme.label(text, "body"))
                if label:
                    inner.addWidget(theme.label(label, "small"))
                inner.addStretch(1)
                self.grid.addWidget(frame, row_index, column, 1, COLUMNS if wide else 1)
                frame.show()  # added to a widget already on screen: not shown by itself
                self.card_frames.append(frame)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)


def _break_long_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with every word wider than ``width`` cut into hyphenated pieces that fit."""
    words = []
    for word in text.split(" "):
        if metrics.horizontalAdvance(word) <= width:
            words.append(word)
            continue
        pieces, piece = [], ""
        for char in word:
            if piece and metrics.horizontalAdvance(piece + char + "-") > width:
                pieces.append(piece + "-")
                piece = ""
            piece += char
        words.append("\n".join([*pieces, piece]))
    return " ".join(words)


def _wrapped_height(probe: QLabel, text: str, width: int) -> int:
    metrics = QFontMetrics(probe.font())
    box = metrics.boundingRect(
        QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return box.height()
