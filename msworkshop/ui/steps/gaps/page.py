"""The Discuss-the-gaps step on the laptop: per team, the statements the functions see most
differently, ranked, with each function's mean and spread, a discussion prompt, and notes;
beside the notes, the queue of the room's questions and comments (``comment_queue``).

Choosing a team here also puts it on the projector (the reveal focus); its gaps reach the
room only once revealed (the button below the table does that).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import SessionResult, TeamResult
from msworkshop.domain.chart_builders import (
    discussion_prompt,
    gap_chart_data,
    reading_talking_points,
    series_styles,
)
from msworkshop.domain.charts import GapChartData
from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.charts.widgets import GapChart, chart_texts
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.common.tables import row_table
from msworkshop.ui.models.gaps import GapsModel
from msworkshop.ui.models.rows import KEY_ROLE
from msworkshop.ui.services.reveal import reveal_for
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.comment_queue import RoomCommentQueue
from msworkshop.ui.steps.gaps.notes import TeamNotesEditor

CHART_ROWS = 5
EMPTY_FIGURE = "—"  # the gaps model's figure for a group hidden by the anonymity threshold


class GapsPage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reveal = reveal_for(controller)
        self.data: GapChartData | None = None  # every ranked statement of the chosen team
        self.team_combo = QComboBox()
        self.reveal_button = QPushButton()
        self.team_label, self.prompt_heading = QLabel(), QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = GapsModel(self)
        self.table = row_table(self.model)
        # Small column titles: with three functions the names would squeeze the statements.
        self.table.setStyleSheet("QTableView { font-size: 11pt; } QHeaderView { font-size: 9pt; }")
        self.chart = GapChart()
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("font-size: 13pt; font-style: italic;")
        self.notes = TeamNotesEditor(controller)

        top = QHBoxLayout()  # a row of its own: room for longer (Dutch) texts
        top.addWidget(self.team_label)
        top.addWidget(self.team_combo)
        top.addWidget(self.reveal_button)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.message)
        # The list and the chart share the height; the facilitator can move the line.
        self.table_and_chart = QSplitter(Qt.Orientation.Vertical)
        self.table_and_chart.addWidget(self.table)
        chart_area = QScrollArea()  # the chart keeps its rows' height and scrolls
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chart_area.setWidget(self.chart)
        self.table_and_chart.addWidget(chart_area)
        self.table_and_chart.setChildrenCollapsible(False)
        self.table_and_chart.setSizes([300, 400])
        left_layout.addWidget(self.table_and_chart, 1)
        discussion = QWidget()
        right_layout = QVBoxLayout(discussion)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.prompt_heading)
        right_layout.addWidget(self.prompt_label)
        right_layout.addWidget(self.notes, 1)
        self.comments = RoomCommentQueue(controller)
        self.side_tabs = QTabWidget()  # the prompt and notes, or the room's comments
        self.side_tabs.addTab(discussion, "")
        self.side_tabs.addTab(self.comments, "")
        self.comments.new_count_changed.connect(self._comments_tab_title)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 2)  # the statements need the width; notes wrap
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.team_combo.activated.connect(self._team_chosen)
        self.reveal_button.clicked.connect(self._reveal_gaps)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Rows as high as their wrapped statement at the column's real width, always.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self._stretch_statements)
        self.model.headerDataChanged.connect(self._stretch_statements)
        controller.results_changed.connect(self._show_result)
        controller.session_opened.connect(self._fill_teams)
        controller.session_closed.connect(self._fill_teams)
        self._reveal.changed.connect(self._follow_focus)
        self._fill_teams()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.team_label.setText(self.tr("Team:"))
        self.prompt_heading.setText(self.tr("Discussion prompt"))
        self.side_tabs.setTabText(0, self.tr("Notes"))
        self._comments_tab_title(self.comments.service.new_count())
        self._show_result(self._controller.result if self._controller.is_open else None)

    def _comments_tab_title(self, new: int) -> None:
        title = self.tr("Comments (%1 new)").replace("%1", str(new)) if new else self.tr("Comments")
        self.side_tabs.setTabText(1, title)

    def team_id(self) -> int | None:
        data = self.team_combo.currentData()
        return None if data is None else int(data)

    def show_team(self, team_id: int) -> None:
        self.team_combo.setCurrentIndex(self.team_combo.findData(team_id))
        self._team_chosen(self.team_combo.currentIndex())

    def _fill_teams(self) -> None:
        c = self._controller
        chosen = self.team_id()
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        if c.is_open:
            for team in c.workshop.teams:
                self.team_combo.addItem(team.name, team.id)
            wanted = chosen if chosen is not None else self._reveal.focus
            index = self.team_combo.findData(wanted)
            self.team_combo.setCurrentIndex(max(0, index))
        self.team_combo.blockSignals(False)
        self.notes.show_team(self.team_id())
        self._show_result(c.result if c.is_open else None)

    def _team_chosen(self, _index: int) -> None:
        team_id = self.team_id()
        self.notes.show_team(team_id)
        if team_id is not None:
            self._reveal.set_focus(team_id)
        self._show_result(self._controller.result)

    def _follow_focus(self) -> None:
        focus = self._reveal.focus
        if focus is not None and focus != self.team_id() and not self.isVisible():
            self.team_combo.setCurrentIndex(self.team_combo.findData(focus))
            self.notes.show_team(focus)
            self._show_result(self._controller.result)
        self._update_reveal_button()

    def _reveal_gaps(self) -> None:
        team_id = self.team_id()
        if team_id is not None:
            self._reveal.set_focus(team_id)
            self._reveal.set_level(team_id, RevealLevel.GAPS)

    def _update_reveal_button(self) -> None:
        team_id = self.team_id()
        shown = team_id is not None and self._reveal.level(team_id) >= RevealLevel.GAPS
        self.reveal_button.setEnabled(
            team_id is not None and not shown and RevealLevel.GAPS in self._reveal.steps()
        )
        self.reveal_button.setText(
            self.tr("Gaps are on the projector")
            if shown
            else self.tr("Show this team's gaps on the projector")
        )

    def _show_result(self, result: SessionResult | None) -> None:
        team_id = self.team_id()
        self._update_reveal_button()
        if result is None or team_id is None or not self._controller.is_open:
            self.data = None
            self.model.clear()
            self.chart.set_data(None)
            self.message.setText("")
            self.prompt_label.setText("")
            return
        team = result.team(team_id)
        c = self._controller
        self.data = gap_chart_data(c.workshop, c.facilitator_content, team, None, chart_texts())
        self.chart.set_data(
            gap_chart_data(c.workshop, c.facilitator_content, team, CHART_ROWS, chart_texts())
        )
        self._fill_table(team, self.data)

    def _fill_table(self, team: TeamResult, data: GapChartData) -> None:
        c = self._controller
        hidden = [
            s.name
            for s, g in zip(
                series_styles(c.workshop, c.facilitator_content), team.groups, strict=True
            )
            if g.suppressed
        ]
        notes = []
        if hidden:
            notes.append(
                self.tr("Too few votes to show — anonymity: %1").replace("%1", ", ".join(hidden))
            )
        if not data.rows:
            notes.append(
                self.tr("No statements to compare yet: at least two functions need enough answers.")
            )
        else:
            notes.append(
                self.tr(
                    "Largest difference first. Each function: mean answer (1 to 5) "
                    "± spread, how much people within it disagree."
                )
            )
        notes += reading_talking_points(c.workshop, c.facilitator_content, team)
        self.message.setText("\n".join(notes))  # one fact per line: they are separate
        self.model.show(c.facilitator_content, data)
        self._stretch_statements()  # the rows may have changed without a reset
        if self.selected_key() is None and data.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _stretch_statements(self, *_: object) -> None:
        """The statement column takes the room left by the figures, and wraps."""
        header = self.table.horizontalHeader()
        model = self.model
        for column in range(2, model.columnCount() - 1):  # a hidden group's figures: all "—"
            texts = {model.index(row, column).data() for row in range(model.rowCount())}
            self.table.setColumnHidden(column, texts == {EMPTY_FIGURE})
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(
                column, mode.Stretch if column == 1 else mode.ResizeToContents
            )

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(KEY_ROLE)) if rows else None

    def _selection_changed(self, *_: object) -> None:
        key = self.selected_key()
        self.prompt_label.setText(
            discussion_prompt(self._controller.facilitator_content, key)
            if key and self._controller.is_open
            else ""
        )

    def row_texts(self) -> list[list[str]]:
        model = self.model
        return [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
