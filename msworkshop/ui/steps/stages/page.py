"""The four stages: one slide per stage with the metaphor, stepped through on the laptop.

The current slide is shared by the laptop page and the projector view through a small
:class:`~msworkshop.ui.services.focus.RoomFocus` (``controller.focus``), saved in the file.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.services.focus import STAGE_COUNT
from msworkshop.ui.services.session import SessionController


class StagesPage(QWidget):
    """The laptop: the four stages as buttons, the current slide, previous and next."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.focus = controller.focus
        self.stage_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for index in range(STAGE_COUNT):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, i=index: self.focus.set_slide(i))
            self.stage_buttons.append(button)
            row.addWidget(button)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.focus.step_slide(-1))
        self.next_button.clicked.connect(lambda: self.focus.step_slide(1))
        self.position = QLabel()
        self.slide = QLabel()
        self.slide.setObjectName("slidePreview")
        self.slide.setWordWrap(True)
        self.slide.setTextFormat(Qt.TextFormat.RichText)
        self.slide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.slide.setStyleSheet("font-size: 13pt;")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(nav)
        layout.addWidget(self.slide, 1)
        self.focus.slide_changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        self.refresh()
        on_language_change(self, self.refresh)

    def advance(self, delta: int) -> bool:
        """Next/previous step keys move through the slides first (like presentation software)."""
        return self.focus.step_slide(delta)

    def refresh(self, *_: object) -> None:
        self.previous_button.setText(self.tr("← Previous slide"))
        self.next_button.setText(self.tr("Next slide →"))
        if not self._controller.is_open:
            return
        content = self._controller.content
        index = self.focus.slide
        for i, button in enumerate(self.stage_buttons):
            button.setText(f"{i + 1}. {content.stages[i].name}")
            button.setChecked(i == index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < STAGE_COUNT - 1)
        self.position.setText(
            self.tr("Slide %1 of %2").replace("%1", str(index + 1)).replace("%2", str(STAGE_COUNT))
        )
        stage = content.stages[index]
        hallmarks = "".join(f"<li>{escape(h)}</li>" for h in stage.hallmarks)
        mention = self.tr("Hallmarks (for you to mention)")
        self.slide.setText(
            f"<h2>{escape(stage.name)} ({escape(stage.formal)})</h2>"
            f"<p><i>{escape(stage.summary)}</i></p><p>{escape(stage.slide)}</p>"
            f"<p><b>{escape(mention)}</b></p><ul>{hallmarks}</ul>"
        )
