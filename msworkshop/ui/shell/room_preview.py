"""A presenter view beside every step: what the room sees now (a live thumbnail of the
projector window) and what the next R and PageDown will show.

The thumbnail is painted from the projector window itself (``QWidget.render`` into a small
image), so it can never differ from the room's view. It is refreshed shortly after anything
the room sees may have changed and once a second (timers, progress), and only while the
projector is on: no work for a window nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.registry import session_steps

REFRESH_MS = 1000  # the room's clock and progress bar move on their own
SETTLE_MS = 60  # after a change: let the projector lay out first
THUMBNAIL_WIDTH = 240  # at most; narrower when the side column is
MIN_WIDTH = 160
REVEAL_STEPS = ("reveal", "gaps")


class RoomPreview(QWidget):
    def __init__(
        self,
        controller: SessionController,
        projector: ProjectorWindow,
        step_title: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomPreview")
        self._controller = controller
        self._projector = projector
        self._step_title = step_title
        self.caption = QLabel()
        theme.set_point_size(self.caption, 10, bold=True)
        self.caption.setWordWrap(True)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("roomThumbnail")
        self.thumbnail.setFixedSize(_thumbnail_size(THUMBNAIL_WIDTH))
        self.setMinimumWidth(MIN_WIDTH)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setStyleSheet("QLabel#roomThumbnail { border: 1px solid #888; }")
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.next_label)

        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SETTLE_MS)
        self._soon.timeout.connect(self.refresh)
        projector.presenting_changed.connect(self._presenting_changed)
        projector.blank_changed.connect(self.schedule)
        projector.step_changed.connect(self.schedule)
        controller.round_changed.connect(self.schedule)
        controller.session_opened.connect(self.schedule)
        # Reveals, the focus team and new results show within a second (the tick): listening
        # to them here would make the reveal state and the analysis at start-up.
        self.refresh()
        on_language_change(self, self.refresh)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        margins = self.contentsMargins()
        width = min(THUMBNAIL_WIDTH, self.width() - margins.left() - margins.right() - 12)
        size = _thumbnail_size(max(MIN_WIDTH - 12, width))
        if size != self.thumbnail.size():
            self.thumbnail.setFixedSize(size)
            self.schedule()
        self._fit_text_heights()

    def _presenting_changed(self, presenting: bool) -> None:
        if presenting:
            self._tick.start()
        else:
            self._tick.stop()
        self.schedule()

    def schedule(self, *_: object) -> None:
        """Something the room sees may have changed: refresh once the projector has laid out."""
        self._soon.start()

    # -- what is shown ---------------------------------------------------------------------------
    def refresh(self) -> None:
        projector = self._projector
        if not projector.presenting:
            self.caption.setText(self.tr("The room sees: nothing (projector off)"))
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("F5 shows this step to the room"))
        elif projector.blank:
            self.caption.setText(self.tr("The room sees: a black screen (B)"))
            self.thumbnail.setPixmap(self._black())
        else:
            self.caption.setText(self.tr("The room sees now"))
            self.thumbnail.setPixmap(self._render_projector())
        self.next_label.setText(self.next_text())
        self._fit_text_heights()

    def _fit_text_heights(self) -> None:
        """Wrapped lines get the height they need at the column's width (a splitter's side
        column does not ask its labels for it)."""
        for label in (self.caption, self.next_label):
            label.setMinimumHeight(label.heightForWidth(max(1, label.width())))

    def next_text(self) -> str:
        """What R (on the reveal steps) and PageDown will show next."""
        lines = []
        step = self._projector.step
        if step in REVEAL_STEPS and self._controller.is_open:
            lines.append(self._next_reveal())
        lines.append(self._next_page())
        return "\n".join(lines)

    def _next_reveal(self) -> str:
        reveal = self._controller.reveal.next_step()
        if reveal is None:
            return self.tr("R: everything is revealed")
        from msworkshop.ui.common.labels import level_name  # not needed at start-up

        names = {t.id: t.name for t in self._controller.workshop.teams}
        teams = ", ".join(names.get(t, "?") for t in reveal.team_ids)
        return self.tr("R: %1 — %2").replace("%1", teams).replace("%2", level_name(reveal.level))

    def _next_page(self) -> str:
        step = self._projector.step
        if step == "stages" and self._controller.is_open:
            slide = self._controller.focus.slide
            stages = self._controller.content.stages
            if slide + 1 < len(stages):
                return (
                    self.tr("PageDown: stage %1, %2")
                    .replace("%1", str(slide + 2))
                    .replace("%2", stages[slide + 1].name)
                )
        controller = self._controller
        steps = session_steps(controller.is_open and controller.previous is not None)
        index = steps.index(step) if step in steps else len(steps)
        if index + 1 >= len(steps):
            return self.tr("PageDown: this is the last step")
        return self.tr("PageDown: %1").replace("%1", self._step_title(steps[index + 1]))

    def _size(self) -> QSize:
        return self.thumbnail.size() - QSize(2, 2)

    def _black(self) -> QPixmap:
        pixmap = QPixmap(self._size())
        pixmap.fill(QColor("black"))
        return pixmap

    def _render_projector(self) -> QPixmap:
        """The projector window painted at thumbnail size (aspect kept)."""
        source = self._projector
        target = self._size()
        width, height = max(1, source.width()), max(1, source.height())
        scale = min(target.width() / width, target.height() / height)
        pixmap = QPixmap(target)
        pixmap.fill(QColor("black"))
        with QPainter(pixmap) as painter:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.translate(
                (target.width() - width * scale) / 2, (target.height() - height * scale) / 2
            )
            painter.scale(scale, scale)
            source.render(painter, QPoint(0, 0))
        return pixmap


def _thumbnail_size(width: int) -> QSize:
    return QSize(width, width * 9 // 16)
