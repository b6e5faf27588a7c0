"""Rows of text for the room that never shrink to fit: a long list is shown a slide at a time.

The projector's agree and plan slides show one row per team or action in the theme's type
(which follows the window's size). When the rows do not fit, the slide holds as many whole
rows as fit and the facilitator decides which part the room sees: the page that holds the
*anchor* row (the team in focus, the action selected on the laptop). A line under the rows
says which rows are shown ("6 to 10 of 12", in the room's words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from msworkshop.domain.content import Content
from msworkshop.ui.common import theme

COLUMN_GAP = 32  # px at 720p
ROW_GAP = 10


class PagedRows(QWidget):
    def __init__(
        self,
        stretch: Sequence[int],
        room_content: Callable[[], Content],
        parent: QWidget | None = None,
    ) -> None:
        """``stretch``: the columns' shares of the width; ``room_content``: the room's content
        (the session's language), for the line that says which rows are on the slide."""
        super().__init__(parent)
        self._stretch = tuple(stretch)
        self._room_content = room_content
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._strong: int | None = None
        self._anchor = 0
        self.first = 0  # the first row on the slide
        self.count = 0  # how many rows are on it
        self.grid = QGridLayout()
        self.footer = theme.label("", "small")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.footer)
        self._labels: list[QLabel] = []

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        anchor: int = 0,
        strong: int | None = None,
    ) -> None:
        """Show ``rows`` under ``headers``; the slide holds row ``anchor``; row ``strong`` is
        set in bold (the team the room is talking about)."""
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        self._anchor = max(0, min(anchor, len(self._rows) - 1))
        self._strong = strong
        self._lay_out()

    def set_stretch(self, stretch: Sequence[int]) -> None:
        """New column shares (a table whose number of columns changes); laid out again."""
        if tuple(stretch) != self._stretch:
            for column in range(len(self._stretch)):
                self.grid.setColumnStretch(column, 0)
            self._stretch = tuple(stretch)
            self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._lay_out()

    def shown_rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows[self.first : self.first + self.count]

    # -- layout ------------------------------------------------------------------------------
    def _scale(self) -> float:
        screen = self.window()
        return theme.scale_for(screen.width(), screen.height())

    def _font(self, role: str, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(theme.type_px(role, self._scale()))
        font.setBold(bold)
        return font

    def _column_widths(self) -> list[int]:
        gap = round(COLUMN_GAP * self._scale())
        usable = max(1, self.width() - gap * (len(self._stretch) - 1))
        total = sum(self._stretch) or 1
        return [max(1, usable * share // total) for share in self._stretch]

    def _row_height(self, texts: Sequence[str], font: QFont, widths: Sequence[int]) -> int:
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        return (
            max(
                metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
                for text, width in zip(texts, widths, strict=False)
            )
            if texts
            else 0
        )

    def _pages(self, widths: Sequence[int]) -> list[tuple[int, int]]:
        """(first row, count) of each slide, filling each with as many whole rows as fit."""
        gap = round(ROW_GAP * self._scale())
        header_h = self._row_height(self._headers, self._font("small", True), widths) + gap
        footer_h = QFontMetrics(self._font("small", False)).lineSpacing() + gap
        room = max(1, self.height() - header_h - footer_h)
        pages: list[tuple[int, int]] = []
        first, used = 0, 0
        for index, row in enumerate(self._rows):
            height = self._row_height(row, self._font("body", index == self._strong), widths) + gap
            if index > first and used + height > room:
                pages.append((first, index - first))
                first, used = index, 0
            used += height
        if self._rows:
            pages.append((first, len(self._rows) - first))
        return pages

    def _lay_out(self) -> None:
        for label in self._labels:
            self.grid.removeWidget(label)
            label.hide()  # gone from the slide now; deleted at the next turn of the loop
            label.deleteLater()
        self._labels = []
        widths = self._column_widths()
        pages = self._pages(widths) if self.height() > 0 else [(0, len(self._rows))]
        self.first, self.count = next(
            ((f, n) for f, n in pages if f <= self._anchor < f + n), (0, len(self._rows))
        )
        scale = self._scale()
        self.grid.setHorizontalSpacing(round(COLUMN_GAP * scale))
        self.grid.setVerticalSpacing(round(ROW_GAP * scale))
        for column, (text, share) in enumerate(zip(self._headers, self._stretch, strict=False)):
            header = theme.label(text, "small")
            header.setStyleSheet("font-weight: bold;")
            self._place(header, 0, column)
            self.grid.setColumnStretch(column, share)
        for offset, row in enumerate(self.shown_rows()):
            index = self.first + offset
            for column, text in enumerate(row):
                label = theme.label(text, "body")
                if index == self._strong:
                    label.setStyleSheet("font-weight: bold;")
                self._place(label, offset + 1, column)
        total = len(self._rows)
        self.footer.setText(
            self._room_content().text(
                "projector.rows_shown",
                first=self.first + 1,
                last=self.first + self.count,
                total=total,
            )
            if total and self.count < total
            else ""
        )

    def _place(self, label: QLabel, row: int, column: int) -> None:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(label, row, column)
        self._labels.append(label)
