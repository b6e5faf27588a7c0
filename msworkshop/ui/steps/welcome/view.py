"""Welcome, projected: the session's title, date and the promise that votes stay anonymous."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common import theme
from msworkshop.ui.services.session import SessionController

_LOCALES = {"en": QLocale.Language.English, "nl": QLocale.Language.Dutch}


def long_date(workshop: Workshop) -> str:
    """The session's date written out in the session's language, day before month as in the
    printed plan ("Tuesday 1 December 2026", "dinsdag 1 december 2026"); '' when there is none."""
    if workshop.date is None:
        return ""
    locale = QLocale(_LOCALES.get(workshop.language, QLocale.Language.English))
    day = QDate(workshop.date.year, workshop.date.month, workshop.date.day)
    return locale.toString(day, "dddd d MMMM yyyy")


class WelcomeView(QWidget):
    """Projected: what the session is about, and the promise that votes stay anonymous."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.kicker = theme.label("", "small")
        self.title = theme.label("", "hero")
        self.details = theme.label("", "kicker")
        self.promise_title = theme.label("", "h1")
        self.promise = theme.label("", "body")
        box = QFrame()
        box.setObjectName("promiseBox")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.promise_title)
        box_layout.addWidget(self.promise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(box)
        layout.addStretch(1)
        controller.session_opened.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        controller = self._controller
        if not controller.is_open:
            for label in (self.kicker, self.title, self.details, self.promise_title, self.promise):
                label.setText("")
            return
        workshop, content = controller.workshop, controller.content
        self.kicker.setText(content.text("projector.welcome_kicker"))
        self.title.setText(workshop.title)
        self.details.setText(
            " · ".join(p for p in (workshop.organisation, long_date(workshop)) if p)
        )
        self.promise_title.setText(content.text("general.promise_title"))
        self.promise.setText(content.text("general.promise"))
        self._fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title in the hero size while it takes at most two lines, else one size down
        (a long title would push the anonymity promise off the slide)."""
        screen = self.window()
        scale = theme.scale_for(screen.width(), screen.height())
        font = QFont(self.title.font())
        font.setPixelSize(theme.type_px("hero", scale))
        font.setBold(True)
        lines = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(1, self.width()), 10_000),
            int(Qt.TextFlag.TextWordWrap),
            self.title.text(),
        ).height() / max(1, QFontMetrics(font).lineSpacing())
        role = "hero" if lines <= 2.05 else "h1"
        if self.title.objectName() != role:
            self.title.setObjectName(role)
            theme.repolish(self.title)
