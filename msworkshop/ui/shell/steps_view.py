"""The body of the facilitator window: the steps in a sidebar, the current step's page with its
title and timer above it, and the step's facilitator notes beside it.

The current step and the timers are written to the session file, so reopening a session
continues where it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.common.lazy_widgets import LazyWidgets
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import TimerBank
from msworkshop.ui.shell.notes_panel import NotesPanel
from msworkshop.ui.shell.timer_widget import TimerWidget
from msworkshop.ui.steps.registry import (
    SIDEBAR_STEPS,
    facilitator_pages,
    first_step,
    session_steps,
)

STEP_SETTING = "ui.step"
FIRST_STEP = "welcome"


class StepsView(QWidget):
    step_changed = Signal(str)
    page_built = Signal(str, QWidget)  # a step's page was built on its first showing

    def __init__(
        self, controller: SessionController, timers: TimerBank, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.timers = timers
        self._restoring = False
        self._loaded: Path | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("steps")
        self.sidebar.setStyleSheet(
            "QListWidget#steps { font-size: 10pt; } QListWidget#steps::item { padding: 7px; }"
        )
        self.stack = QStackedWidget()
        self._factories = facilitator_pages()
        self._areas: dict[str, QScrollArea] = {}
        for key in SIDEBAR_STEPS:
            self._areas[key] = self._scrolling()
            self.stack.addWidget(self._areas[key])
            self.sidebar.addItem(self.step_title(key))
        self.pages = LazyWidgets(SIDEBAR_STEPS, self._build_page)
        self.title_label = QLabel()
        self.title_label.setObjectName("stepTitle")
        theme.set_point_size(self.title_label, 20, bold=True)
        self.timer_widget = TimerWidget(timers)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.timer_widget)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 4, 8, 4)
        centre_layout.addLayout(header)
        centre_layout.addWidget(self.stack, 1)
        self.notes = NotesPanel()
        self.side = QWidget()
        self._side_layout = QVBoxLayout(self.side)
        self._side_layout.setContentsMargins(0, 0, 0, 0)
        self._side_layout.addWidget(self.notes, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("stepsSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([200, 850, 230])  # the centre gets the room at 1280 wide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.sidebar.currentRowChanged.connect(self._row_changed)
        for timer in timers.timers.values():
            timer.changed.connect(self._timer_changed)
        controller.session_opened.connect(self.load_session)
        controller.session_closed.connect(self._session_closed)
        on_language_change(self, self.retranslate_ui)
        self._update_sidebar()  # without a session: the ordinary steps

    def _show_notes(self, key: str) -> None:
        """The step's notes in the facilitator's language (they are for the laptop only)."""
        controller = self._controller
        self.notes.show_notes(
            controller.facilitator_content.notes_for(key) if controller.is_open else None
        )

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.step_title(self.current_step()))
        self._show_notes(self.current_step())
        for label in self.findChildren(QLabel, "placeholder"):
            label.setText(self.tr("This step comes in a later version."))
        self._update_sidebar()

    @staticmethod
    def _scrolling() -> QScrollArea:
        """A page scrolls rather than forcing its minimum size on the whole window."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def add_above_notes(self, widget: QWidget) -> None:
        """A panel for the side column, above the step's notes (the room preview)."""
        self._side_layout.insertWidget(0, widget)

    def _build_page(self, key: str) -> QWidget:
        """A step's page, built when first shown (see LazyWidgets)."""
        factory = self._factories.get(key)
        page = factory(self._controller) if factory else self._placeholder()
        self._areas[key].setWidget(page)
        self.page_built.emit(key, page)
        return page

    def current_page(self) -> QWidget:
        return self.pages[self.current_step()]

    def _placeholder(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        body = QLabel(self.tr("This step comes in a later version."))
        body.setObjectName("placeholder")
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
        return page

    def step_title(self, key: str) -> str:
        titles = {
            "welcome": self.tr("Welcome"),
            "stages": self.tr("The four stages"),
            "lasttime": self.tr("Last time"),
            "vote": self.tr("Vote"),
            "reveal": self.tr("Reveal"),
            "gaps": self.tr("Discuss the gaps"),
            "agree": self.tr("Agree"),
            "plan": self.tr("Action plan"),
            "close": self.tr("Close"),
        }
        return titles.get(key, key)

    # -- moving between steps -----------------------------------------------------------------
    def current_step(self) -> str:
        return SIDEBAR_STEPS[max(0, self.sidebar.currentRow())]

    def show_step(self, key: str) -> None:
        self.sidebar.setCurrentRow(SIDEBAR_STEPS.index(key))

    def visible_steps(self) -> tuple[str, ...]:
        """The steps of the open session ("Last time" only in a follow-up)."""
        return session_steps(self._is_followup())

    def _is_followup(self) -> bool:
        return self._controller.is_open and self._controller.previous is not None

    def step_by(self, delta: int) -> None:
        """Next/previous: a page with inner slides (``advance``) moves through them first."""
        advance = getattr(self.current_page(), "advance", None)
        if callable(advance) and advance(delta):
            return
        row = self.sidebar.currentRow() + delta
        while 0 <= row < self.sidebar.count() and self.sidebar.isRowHidden(row):
            row += 1 if delta > 0 else -1
        if 0 <= row < self.sidebar.count():
            self.sidebar.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SIDEBAR_STEPS[row]
        self.pages[key]  # build it now if this is its first showing
        self.stack.setCurrentIndex(row)
        self.title_label.setText(self.step_title(key))
        self.timer_widget.set_timer(self.timers[key])
        controller = self._controller
        self._show_notes(key)
        if controller.is_open and not self._restoring:
            controller.set_setting(STEP_SETTING, key)
        self.step_changed.emit(key)

    # -- the session ----------------------------------------------------------------------------
    def load_session(self, *_: object) -> None:
        """Timeboxes, timers and the current step of the open session."""
        controller = self._controller
        reannounced = controller.path is not None and controller.path == self._loaded
        self._loaded = controller.path
        self._restoring = True
        try:
            if not reannounced:  # a set-up edit re-announces: running timers keep running
                durations = {n.step: n.timebox_minutes * 60.0 for n in controller.content.notes}
                self.timers.restore(durations, controller.setting)
                first = first_step(self._is_followup())
                saved = controller.setting(STEP_SETTING, first) or first
                self.show_step(saved if saved in self.visible_steps() else first)
            self._row_changed(self.sidebar.currentRow())  # refresh notes and timer
        finally:
            self._restoring = False
        self._update_sidebar()

    def _session_closed(self) -> None:
        self._loaded = None
        self._update_sidebar()

    def _timer_changed(self) -> None:
        if self._restoring:  # load_session updates the sidebar once, when all are restored
            return
        timer = self.sender()
        controller = self._controller
        if controller.is_open:
            for step, candidate in self.timers.timers.items():
                if candidate is timer:
                    controller.set_setting(f"timer.{step}", f"{candidate.elapsed():.1f}")
        self._update_sidebar()

    def _update_sidebar(self, *_: object) -> None:
        controller = self._controller
        shown = self.visible_steps()
        for row, key in enumerate(SIDEBAR_STEPS):
            self.sidebar.setRowHidden(row, key not in shown)
            text = self.step_title(key)
            if controller.is_open:
                minutes = controller.content.notes_for(key).timebox_minutes
                running = "▶ " if self.timers[key].running else ""
                text = (
                    self.tr("%1%2 · %3 min")
                    .replace("%1", running)
                    .replace("%2", text)
                    .replace("%3", str(minutes))
                )
            item = self.sidebar.item(row)
            item.setText(text)
            item.setToolTip(text)
        self.sidebar.setMinimumWidth(self.sidebar.sizeHintForColumn(0) + 12)
