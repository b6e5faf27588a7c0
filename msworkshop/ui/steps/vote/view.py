"""The vote step on the projector: how to join (QR code and address) and one overall progress bar.

Only the total number of votes is shown to the room, never a count per team or function.
The join address comes from the phone server (``controller.join_url``, announced by
``controller.join_url_changed``); while phones cannot vote the view says so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.labels import typed_address
from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)
EXPECTED_SETTING = "vote.expected"


def expected_voters(controller: SessionController) -> int:
    """The number of participants the facilitator expects (0: unknown)."""
    try:
        return max(0, int(controller.setting(EXPECTED_SETTING, "0") or 0))
    except ValueError:
        return 0


def room_expected(controller: SessionController) -> int:
    """The number the room's progress counts to: the expected voters, else the sum of the
    expected people per team and function (0: unknown). Only this total is projected."""
    return expected_voters(controller) or sum(controller.expected_people().values())


def join_url(controller: SessionController) -> str:
    return controller.join_url


def qr_pixmap(url: str, size: int) -> QPixmap | None:
    """The QR code of ``url`` at about ``size`` pixels, or None when it cannot be made."""
    try:
        from msworkshop.voting.join import qr_png
    except ImportError:  # the phone channel is not installed in this build
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(qr_png(url, scale=8))):
        log.warning("could not draw the QR code")
        return None
    return pixmap.scaled(
        QSize(size, size),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,  # keep the modules sharp
    )


class VoteView(QWidget):
    """Projected while voting: the join QR code and address, and "N voted"."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawn: tuple[str, int] | None = None  # the URL and size of the QR code shown
        self._controller = controller
        self.title = theme.label("", "h1")
        self.status = theme.label("", "h2")
        self.qr = theme.label("", "small")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setWordWrap(True)
        qr_frame = QFrame()
        qr_frame.setObjectName("qrFrame")
        frame_layout = QVBoxLayout(qr_frame)
        frame_layout.addWidget(self.qr)
        self.qr_frame = qr_frame
        self.scan = theme.label("", "body")
        self.or_open = theme.label("", "small")
        self.address = theme.label("", "h2")
        self.address.setWordWrap(False)  # never break a URL in the middle
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.other_ways = theme.label("", "small")
        self.progress = QProgressBar()
        self.progress.setObjectName("voteProgress")
        self.progress.setTextVisible(True)
        self.count_label = theme.label("", "h1")

        join = QVBoxLayout()
        join.addWidget(self.scan)
        join.addWidget(self.or_open)
        join.addWidget(self.address)
        join.addSpacing(24)
        join.addWidget(self.other_ways)
        join.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(qr_frame, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(32)
        row.addLayout(join, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(row, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        for signal in (
            controller.session_opened,
            controller.round_changed,
            controller.ballots_changed,
        ):
            signal.connect(self.refresh)
        controller.join_url_changed.connect(self.refresh)
        self.refresh()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._draw_qr()
        self._fit_address()

    def _fit_address(self) -> None:
        """The whole address on one line: smaller type when it would not fit (never tiny)."""
        scale = theme.scale_for(self.window().width(), self.window().height())
        px = theme.type_px("h2", scale)
        text = self.address.text()
        room = max(1, self.width() - self.qr_frame.width() - 80)
        if text:
            font = QFont(self.address.font())
            font.setPixelSize(px)
            needed = QFontMetrics(font).horizontalAdvance(text)
            if needed > room:
                px = max(theme.type_px("small", scale), int(px * room / needed))
        self.address.setStyleSheet(f"font-size: {px}px;")

    def _qr_size(self) -> int:
        return max(120, int(min(self.height() * 0.55, self.width() * 0.35)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._draw_qr()
        self._fit_address()

    def _draw_qr(self) -> None:
        """Draw the code for the current URL and size; only while shown (costly to make)."""
        if not self._controller.is_open:
            return
        size = self._qr_size()
        self.qr_frame.setFixedSize(size + 24, size + 24)
        url = join_url(self._controller)
        if not self.isVisible() or (url, size) == self._drawn:
            return
        self._drawn = (url, size)
        pixmap = qr_pixmap(url, size) if url else None
        if pixmap is None:
            self.qr.setPixmap(QPixmap())
            self.qr.setText(self._controller.content.text("projector.vote_link_soon"))
        else:
            self.qr.setPixmap(pixmap)

    def refresh(self, *_: object) -> None:
        controller = self._controller
        if not controller.is_open:
            return
        content = controller.content
        round_ = controller.current_round()
        count = controller.ballot_count() if round_ is not None else 0
        expected = room_expected(controller)
        closed = round_ is not None and not round_.is_open
        if closed:  # the thanks is the headline
            self.title.setText(content.text("projector.vote_closed"))
            self.status.setText("")
        else:
            self.title.setText(content.text("projector.vote_title"))
            self.status.setText(content.text("projector.vote_waiting") if round_ is None else "")
        self.status.setVisible(bool(self.status.text()))
        url = "" if closed else join_url(controller)  # a closed round: no invitation to scan
        self.scan.setText(content.text("projector.vote_scan") if url else "")
        self.or_open.setText(content.text("projector.vote_address") if url else "")
        self.address.setText(typed_address(url))
        for label in (self.scan, self.or_open, self.address):
            label.setVisible(bool(url))
        self._fit_address()
        self.qr_frame.setVisible(not closed)
        self.other_ways.setText(content.text("projector.vote_no_link"))
        self.other_ways.setVisible(not closed)
        if expected and count <= expected:
            self.count_label.setText(
                content.text("projector.voted_of", count=count, expected=expected)
            )
            self.progress.setRange(0, expected)
        else:
            self.count_label.setText(content.text("projector.voted", count=count))
            self.progress.setRange(0, max(count, 1))
        self.progress.setValue(count)
        self.progress.setVisible(bool(expected))  # without a number to reach, the count says it
        self.progress.setFormat("")
        self._draw_qr()
