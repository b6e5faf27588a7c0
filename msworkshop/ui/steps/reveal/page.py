"""The Reveal step on the laptop: results per team, overview, rounds, comments, and the
controls that decide what the projector shows (with a preview of the next reveal).

Redraws from the controller's result on every ``results_changed``; tabs that are not on
screen are brought up to date when they are opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import SessionResult
from msworkshop.ui.charts.team_panel import GroupPanel, TeamPanel
from msworkshop.ui.charts.widgets import StageBarChart
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.comments import CommentsView
from msworkshop.ui.steps.reveal.overview import OverviewView
from msworkshop.ui.steps.reveal.reveal_panel import RevealPanel
from msworkshop.ui.steps.reveal.rounds import RoundsView
from msworkshop.ui.steps.reveal.view import RevealProjectorView


class ResultsPage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.team_panels: dict[int, TeamPanel] = {}
        self._stale: set[QWidget] = set()

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.reveal_panel = RevealPanel(controller)

        self._teams_widget = QWidget()
        self._teams_layout = QVBoxLayout(self._teams_widget)
        self.teams_scroll = QScrollArea()
        self.teams_scroll.setWidgetResizable(True)
        self.teams_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.teams_scroll.setWidget(self._teams_widget)
        self.overview = OverviewView()
        self.overview.team_activated.connect(self.show_team)
        self.rounds = RoundsView(controller)
        self.comments = CommentsView(controller)
        self.projector_now = RevealProjectorView(controller)
        self.projector_next = RevealProjectorView(controller, preview=True)
        preview = QWidget()
        preview_row = QHBoxLayout(preview)
        self.preview_captions: list[QLabel] = []
        for view in (self.projector_now, self.projector_next):
            box = QVBoxLayout()
            caption = QLabel()
            self.preview_captions.append(caption)
            caption.setStyleSheet("font-weight: bold;")
            view.setStyleSheet(
                "QLabel#h1 { font-size: 16pt; font-weight: bold; }"
                "QLabel#h2, QLabel#kicker { font-size: 14pt; }"
            )
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            QVBoxLayout(frame).addWidget(view)
            box.addWidget(caption)
            box.addWidget(frame, 1)
            preview_row.addLayout(box, 1)

        self.tabs = QTabWidget()
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        preview_scroll.setWidget(preview)
        for tab in (self.teams_scroll, self.overview, self.rounds, self.comments, preview_scroll):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.reveal_panel)
        layout.addWidget(self.tabs, 1)

        controller.results_changed.connect(self._show_result)
        controller.round_changed.connect(self._round_changed)
        controller.session_closed.connect(self._clear)
        if controller.result is not None:
            self._show_result(controller.result)
            self._round_changed()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        for index, text in enumerate(
            (
                self.tr("Teams"),
                self.tr("Overview"),
                self.tr("Rounds"),
                self.tr("Comments"),
                self.tr("Projector preview"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.preview_captions[0].setText(self.tr("On the projector now"))
        self.preview_captions[1].setText(self.tr("After the next reveal"))
        for panel in self.team_panels.values():
            panel.retranslate_ui()
        c = self._controller
        if c.is_open and c.result is not None:
            self._show_result(c.result)  # headings, panels, and the overview when shown
            self._round_changed()  # the rounds and comments tabs

    # -- for tests and other pages -------------------------------------------------------
    def panel(self, team_id: int, function: str) -> GroupPanel:
        return self.team_panels[team_id].panels[function]

    def chart(self, team_id: int, function: str) -> StageBarChart:
        return self.panel(team_id, function).chart

    def show_team(self, team_id: int) -> None:
        """Open the Teams tab on ``team_id`` (a click in the overview)."""
        self.tabs.setCurrentWidget(self.teams_scroll)
        panel = self.team_panels.get(team_id)
        if panel is not None:
            self.teams_scroll.ensureWidgetVisible(panel, 0, 0)
            layout = self._teams_widget.layout()
            if layout is not None:
                layout.activate()
            self.teams_scroll.verticalScrollBar().setValue(panel.y())

    # -- updating -----------------------------------------------------------------------
    def _clear(self) -> None:
        for panel in self.team_panels.values():
            panel.setParent(None)
            panel.deleteLater()
        self.team_panels.clear()
        while self._teams_layout.count():
            self._teams_layout.takeAt(0)
        self.heading.setText("")
        self.subheading.setText("")
        self.overview.clear()
        self.comments.refresh()
        self.rounds.refresh()

    def _build(self) -> None:
        self._clear()
        workshop = self._controller.workshop
        for team in workshop.teams:
            panel = TeamPanel(workshop, team.name)
            self._teams_layout.addWidget(panel)
            self.team_panels[team.id] = panel
        self._teams_layout.addStretch(1)

    def _show_result(self, result: SessionResult | None) -> None:
        if result is None or not self._controller.is_open:
            self._clear()
            return
        workshop, content = self._controller.workshop, self._controller.facilitator_content
        keys = workshop.function_keys
        if set(self.team_panels) != {t.id for t in workshop.teams} or any(
            tuple(p.panels) != keys for p in self.team_panels.values()
        ):
            self._build()
        for team in result.teams:
            self.team_panels[team.team_id].show_team(workshop, content, team)
        if result.round_number is None:
            self.heading.setText(self.tr("Results — no voting round yet"))
        else:
            self.heading.setText(
                self.tr("Results — round %1").replace("%1", str(result.round_number))
            )
        self.subheading.setText(
            self.tr(
                "Groups with fewer than %1 votes are hidden to keep every vote anonymous. "
                "Nothing reaches the projector until you reveal it."
            ).replace("%1", str(result.threshold))
        )
        self._stale.update({self.overview, self.comments})
        self._update_current()

    def _round_changed(self) -> None:
        self._stale.update({self.rounds, self.comments})
        self._update_current()

    def _tab_changed(self, _index: int) -> None:
        self._update_current()

    def _update_current(self) -> None:
        current = self.tabs.currentWidget()
        if current not in self._stale:
            return
        self._stale.discard(current)
        c = self._controller
        if current is self.overview and c.is_open and c.result is not None:
            self.overview.show_result(c.workshop, c.facilitator_content, c.result)
        elif current is self.comments:
            self.comments.refresh()
        elif current is self.rounds:
            self.rounds.refresh()
