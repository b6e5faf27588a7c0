"""Close, projected: the session's title while the documents are printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import theme
from msworkshop.ui.services.session import SessionController


class TitleView(QWidget):
    """For a step without its own projector view: the session's title, nothing more."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.title = theme.label("", "hero")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addStretch(1)
        controller.session_opened.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.title.setText(self._controller.workshop.title if self._controller.is_open else "")
