"""The four stages: one slide per stage with the metaphor, stepped through on the laptop.

The current slide is shared by the laptop page and the projector view through a small
:class:`SlideState` hung on the controller, and written to the session file.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.services.session import SessionController

SLIDE_SETTING = "stages.slide"
STAGE_COUNT = 4


class SlideState(QObject):
    """Which stage slide (0-3) is shown; one per controller."""

    changed = Signal(int)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.setObjectName("stageSlides")
        self._controller = controller
        self.index = 0
        controller.session_opened.connect(self._load)
        self._load()

    def _load(self, *_: object) -> None:
        try:
            index = int(self._controller.setting(SLIDE_SETTING, "0") or 0)
        except ValueError:
            index = 0
        self._set(index, save=False)

    def go(self, index: int) -> None:
        self._set(index, save=True)

    def step(self, delta: int) -> bool:
        """Move one slide; False when already at the first or last one."""
        target = self.index + delta
        if not 0 <= target < STAGE_COUNT:
            return False
        self.go(target)
        return True

    def _set(self, index: int, save: bool) -> None:
        index = min(max(0, index), STAGE_COUNT - 1)
        changed = index != self.index
        self.index = index
        if save and changed:
            self._controller.set_setting(SLIDE_SETTING, str(index))
        self.changed.emit(index)


def slide_state(controller: SessionController) -> SlideState:
    found = controller.findChild(SlideState, "stageSlides")
    return found if isinstance(found, SlideState) else SlideState(controller)


class StagesPage(QWidget):
    """The laptop: the four stages as buttons, the current slide, previous and next."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.state = slide_state(controller)
        self.stage_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for index in range(STAGE_COUNT):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, i=index: self.state.go(i))
            self.stage_buttons.append(button)
            row.addWidget(button)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.state.step(-1))
        self.next_button.clicked.connect(lambda: self.state.step(1))
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
        self.state.changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        self.refresh()
        on_language_change(self, self.refresh)

    def advance(self, delta: int) -> bool:
        """Next/previous step keys move through the slides first (like presentation software)."""
        return self.state.step(delta)

    def refresh(self, *_: object) -> None:
        self.previous_button.setText(self.tr("← Previous slide"))
        self.next_button.setText(self.tr("Next slide →"))
        if not self._controller.is_open:
            return
        content = self._controller.content
        index = self.state.index
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


class StagesView(QWidget):
    """Projected: one stage per slide with its playful and formal name and the metaphor."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.state = slide_state(controller)
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
        self.state.changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if not self._controller.is_open:
            return
        content = self._controller.content
        index = self.state.index
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
