"""The four stages, projected: one slide per stage with its metaphor and hallmarks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import theme
from msworkshop.ui.services.focus import STAGE_COUNT
from msworkshop.ui.services.session import SessionController


class StagesView(QWidget):
    """Projected: one stage per slide with its playful and formal name and the metaphor."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.focus = controller.focus
        self.kicker = theme.label("", "kicker")
        self.name = theme.label("", "hero")
        self.formal = theme.label("", "h2")
        self.formal.setObjectName("kicker")
        self.text = theme.label("", "body")
        self.strip: list[QLabel] = []
        strip = QHBoxLayout()
        for _ in range(STAGE_COUNT):
            label = theme.label("", "small")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.strip.append(label)
            strip.addWidget(label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kicker)
        layout.addWidget(self.name)
        layout.addWidget(self.formal)
        layout.addSpacing(16)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(strip)
        self.focus.slide_changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if not self._controller.is_open:
            return
        content = self._controller.content
        index = self.focus.slide
        stage = content.stages[index]
        self.kicker.setText(content.text("projector.stage_of", number=index + 1, total=STAGE_COUNT))
        self.name.setText(stage.name)
        self.formal.setText(stage.formal)
        self.text.setText(stage.slide)
        for i, label in enumerate(self.strip):
            name = f"{i + 1}. {content.stages[i].name}"
            # The current stage is marked by brackets and weight, not by colour alone.
            label.setText(f"[ {name} ]" if i == index else name)
            font = label.font()
            font.setBold(i == index)
            label.setFont(font)
