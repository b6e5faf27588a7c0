"""The reveal page: per team, marketing and sales (and a third function) side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import GroupResult, SessionResult
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.charts import StageBarChart, function_colour, function_label, stage_chart_data
from msworkshop.ui.controller import SessionController


class GroupPanel(QFrame):
    """One function of one team: ballots, stage chart, diagnostic mean and band, modal stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.ballots_label = QLabel()
        self.chart = StageBarChart()
        self.modal_label = QLabel()
        self.diagnostic_label = QLabel()
        for label in (self.modal_label, self.diagnostic_label):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.ballots_label)
        layout.addLayout(header)
        layout.addWidget(self.chart)
        layout.addWidget(self.modal_label)
        layout.addWidget(self.diagnostic_label)
        layout.addStretch(1)

    def show_group(self, workshop: Workshop, content: Content, group: GroupResult) -> None:
        colour = function_colour(workshop, group.function)
        name = function_label(workshop, content, group.function)
        self.title_label.setText(
            f'<span style="color:{colour}; font-size:16pt">■</span> '
            f'<b style="font-size:13pt">{_escape(name)}</b>'
        )
        self.chart.set_data(stage_chart_data(workshop, content, group))
        if group.suppressed:
            self.ballots_label.setText("")
            self.modal_label.setText("")
            self.diagnostic_label.setText("")
            return
        self.ballots_label.setText(self.tr("Ballots: %1").replace("%1", str(group.ballots or 0)))
        if group.modal_stage is not None:
            self.modal_label.setText(
                self.tr("Most chosen: %1").replace("%1", content.stage_label(group.modal_stage))
            )
        else:
            self.modal_label.setText(self.tr("No stage votes"))
        if group.diagnostic_mean is not None and group.band is not None:
            self.diagnostic_label.setText(
                self.tr("Diagnostic: %1 of 100 — band %2")
                .replace("%1", f"{group.diagnostic_mean:.0f}")
                .replace("%2", content.stage_label(group.band))
            )
        elif group.diagnostic_ballots:
            self.diagnostic_label.setText(self.tr("Diagnostic: too few answers to show"))
        else:
            self.diagnostic_label.setText("")


class ResultsPage(QWidget):
    """Redraws from the controller's result on every ``results_changed``."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._panels: dict[tuple[int, str], GroupPanel] = {}
        self._team_boxes: dict[int, QGroupBox] = {}

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self._teams_widget = QWidget()
        self._teams_layout = QVBoxLayout(self._teams_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._teams_widget)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(scroll, 1)

        controller.results_changed.connect(self._show_result)
        controller.session_closed.connect(self._clear)
        if controller.result is not None:
            self._show_result(controller.result)

    def panel(self, team_id: int, function: str) -> GroupPanel:
        return self._panels[(team_id, function)]

    def chart(self, team_id: int, function: str) -> StageBarChart:
        return self._panels[(team_id, function)].chart

    def _clear(self) -> None:
        for box in self._team_boxes.values():
            box.setParent(None)
            box.deleteLater()
        self._team_boxes.clear()
        self._panels.clear()
        self.heading.setText("")
        self.subheading.setText("")

    def _build(self, workshop: Workshop) -> None:
        self._clear()
        for team in workshop.teams:
            box = QGroupBox(team.name)
            box.setStyleSheet("QGroupBox { font-size: 13pt; font-weight: bold; }")
            row = QHBoxLayout(box)
            for key in workshop.function_keys:
                panel = GroupPanel()
                panel.setStyleSheet("font-size: 11pt; font-weight: normal;")
                row.addWidget(panel, 1)
                self._panels[(team.id, key)] = panel
            self._teams_layout.addWidget(box)
            self._team_boxes[team.id] = box
        self._teams_layout.addStretch(1)

    def _show_result(self, result: SessionResult | None) -> None:
        if result is None or not self._controller.is_open:
            self._clear()
            return
        workshop, content = self._controller.workshop, self._controller.content
        wanted = {(t.id, key) for t in workshop.teams for key in workshop.function_keys}
        if set(self._panels) != wanted:
            while self._teams_layout.count():
                self._teams_layout.takeAt(0)
            self._build(workshop)
        for team in result.teams:
            for group in team.groups:
                self._panels[(team.team_id, group.function)].show_group(workshop, content, group)
        if result.round_number is None:
            self.heading.setText(self.tr("Results — no voting round yet"))
        else:
            self.heading.setText(
                self.tr("Results — round %1").replace("%1", str(result.round_number))
            )
        self.subheading.setText(
            self.tr(
                "Groups with fewer than %1 votes are hidden to keep every vote anonymous."
            ).replace("%1", str(result.threshold))
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
