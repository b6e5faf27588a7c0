"""The Action plan step: build each team's plan from the suggestions and the team's own ideas.

Left: the content's suggested actions for the team's agreed step (or stay), to pick from.
Right: the team's plan, in order, with the form for the selected action below it. Add,
remove, reorder and edit; every change is saved at once and can be undone. ``PlanView`` shows
the plan of the team being worked on to the room.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import (
    Agreement,
    PlanAction,
    due_for,
    suggestions_for,
    third_function_name,
)
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, date_format, on_language_change
from msworkshop.ui.common.labels import stage_text
from msworkshop.ui.models.plan_actions import DOTS_COLUMN, PlanActionsModel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.plan.dot_panel import DotVotePanel
from msworkshop.ui.steps.plan.editor import ActionEditor, priority_labels, status_labels

KEY_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


DUE_COLUMN = 2
EDITOR_ONLY_COLUMNS = (3, 4, 5)  # success measure, priority, status


class PlanPage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self.team_box = QComboBox()
        self.team_box.activated.connect(self._team_chosen)  # the facilitator's choice only
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
        stack = controller.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        top = QHBoxLayout()
        self.team_label = QLabel()
        top.addWidget(self.team_label)
        top.addWidget(self.team_box, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)

        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)  # long titles wrap rather than scroll sideways
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_selected_button = QPushButton()
        self.add_all_button = QPushButton()
        self.add_selected_button.clicked.connect(self._add_ticked)
        self.add_all_button.clicked.connect(self._add_all)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.suggested_label = QLabel()
        left_layout.addWidget(self.suggested_label)
        left_layout.addWidget(self.suggestions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_selected_button)
        buttons.addWidget(self.add_all_button)
        left_layout.addLayout(buttons)

        self.model = PlanActionsModel(controller, priority_labels, status_labels, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Title, owner and due date in the list; measure, priority and status in the editor
        # below it (six columns do not fit beside the suggestions at 1280 wide).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOTS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for column in EDITOR_ONLY_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self._add_custom)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.editor = ActionEditor()
        self.editor.edited.connect(self._edited)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.plan_label = QLabel()
        right_layout.addWidget(self.plan_label)
        right_layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        right_layout.addLayout(row_buttons)
        right_layout.addWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.step_label)
        self.dot_panel = DotVotePanel(controller, self.team_id)
        layout.addWidget(self.dot_panel)
        layout.addWidget(splitter, 1)
        controller.session_opened.connect(self._session_changed)
        controller.session_closed.connect(self._session_changed)
        self._state.changed.connect(self._plan_changed)
        self._state.focus_changed.connect(self._focus_changed)
        controller.action_votes.changed.connect(self._dots_changed)
        self._session_changed()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Texts only: the rows, the ticks, the selection and what is typed in the form stay."""
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.team_label.setText(self.tr("Team:"))
        self.add_selected_button.setText(self.tr("Add ticked"))
        self.add_all_button.setText(self.tr("Add all"))
        self.suggested_label.setText(self.tr("<b>Suggested actions</b>"))
        self.plan_label.setText(self.tr("<b>The team's plan</b>"))
        self.add_button.setText(self.tr("&New action"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.model.refresh()  # headers, dates, priorities and statuses; the selection stays
        self.editor.due.setDisplayFormat(date_format())
        team_id = self.team_id()
        if not (self._controller.is_open and team_id):
            return
        self._show_step(self._state.agreement(team_id))
        for index in range(self.suggestions.count()):
            item = self.suggestions.item(index)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setText(self.tr("%1 (in the plan)").replace("%1", item.data(TITLE_ROLE)))

    # -- the team ----------------------------------------------------------------------------
    def team_id(self) -> int:
        data = self.team_box.currentData()
        return int(data) if data else 0

    def select_team(self, team_id: int) -> None:
        """Work on ``team_id``'s plan: the room's focus moves to it."""
        index = self.team_box.findData(team_id)
        if index >= 0 and index != self.team_box.currentIndex():
            self.team_box.setCurrentIndex(index)
            self._team_chosen()

    def _session_changed(self, *_: object) -> None:
        self.team_box.clear()
        if self._controller.is_open:
            for team in self._controller.workshop.teams:
                self.team_box.addItem(team.name, team.id)
            self.team_box.setCurrentIndex(self.team_box.findData(self._state.focused_team))
            self.editor.due.setDisplayFormat(date_format())
        self.refresh()

    def _team_chosen(self, *_: object) -> None:
        self._state.set_focus(self.team_id())
        self.refresh()

    def _focus_changed(self, team_id: int) -> None:
        if team_id and team_id != self.team_id():
            self.select_team(team_id)

    def _dots_changed(self, team_id: int) -> None:
        """The live tally: a phone's dots (or the vote's state) changed."""
        if self._controller.is_open and team_id in (0, self.team_id()):
            self._show_actions(self.team_id())

    def _plan_changed(self, team_id: int) -> None:
        if team_id in (0, self.team_id()):
            self.refresh()

    # -- drawing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        team_id = self.team_id()
        is_open = self._controller.is_open and bool(team_id)
        for widget in (self.add_button, self.suggestions, self.table):
            widget.setEnabled(is_open)
        if not is_open:
            self.step_label.clear()
            self.suggestions.clear()
            self.model.show_team(0)
            self.editor.set_action(None)
            self._update_buttons()
            self.dot_panel.refresh()
            return
        agreement = self._state.agreement(team_id)
        self._show_step(agreement)
        self._fill_suggestions(agreement, {a.template_key for a in self._state.actions(team_id)})
        self._show_actions(team_id)

    def _show_step(self, agreement: Agreement | None) -> None:
        if agreement is None:
            self.step_label.setText(
                self.tr(
                    "No stage agreed for this team yet: agree one in the previous step to see "
                    "suggestions. You can still add your own actions."
                )
            )
        elif agreement.is_stay:
            self.step_label.setText(
                self.tr("Stay in %1 and strengthen it.").replace(
                    "%1", stage_text(self._controller.content, agreement.current_stage)
                )
            )
        else:
            self.step_label.setText(
                self.tr("From %1 to %2.")
                .replace("%1", stage_text(self._controller.content, agreement.current_stage))
                .replace("%2", stage_text(self._controller.content, agreement.target_stage))
            )

    def _fill_suggestions(self, agreement: Agreement | None, taken: set[str]) -> None:
        self.suggestions.clear()
        c = self._controller
        templates = suggestions_for(
            c.content, agreement, third_function_name(c.workshop, c.content)
        )
        for template in templates:
            item = QListWidgetItem(template.title)
            item.setToolTip(template.description)
            item.setData(KEY_ROLE, template.key)
            item.setData(TITLE_ROLE, template.title)
            if template.key in taken:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("%1 (in the plan)").replace("%1", template.title))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.suggestions.addItem(item)

    def _show_actions(self, team_id: int) -> None:
        """The plan in the table: the selected action stays selected (it follows a move);
        when it is gone, the row where it was (or the last one) is selected."""
        row = self.current_row()
        self.model.show_team(team_id)
        self.table.setColumnHidden(DOTS_COLUMN, not self.model.has_dots)
        self.dot_panel.refresh()
        count = self.model.rowCount()
        if count and not self.table.selectionModel().selectedRows():
            self.table.selectRow(max(0, min(row, count - 1)))
        self._row_changed()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._row_changed()

    def _row_changed(self) -> None:
        self.editor.set_action(self.model.action(self.current_row()))
        self._controller.focus.set_action(self.current_row())
        self._update_buttons()

    def _update_buttons(self) -> None:
        actions = self.model.actions() if self.team_id() else []
        row = self.current_row()
        self.remove_button.setEnabled(bool(actions))
        self.up_button.setEnabled(bool(actions) and row > 0)
        self.down_button.setEnabled(bool(actions) and row < len(actions) - 1)
        has_suggestions = self.suggestions.count() > 0 and self.suggestions.isEnabled()
        self.add_selected_button.setEnabled(has_suggestions)
        self.add_all_button.setEnabled(has_suggestions)

    # -- edits -------------------------------------------------------------------------------
    def _run(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            self.refresh()

    def _ticked_keys(self) -> list[str]:
        return [
            self.suggestions.item(i).data(KEY_ROLE)
            for i in range(self.suggestions.count())
            if self.suggestions.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _add_ticked(self) -> None:
        keys = self._ticked_keys()
        if keys:
            self._run(
                lambda: self._state.add_suggestions(
                    self.team_id(), keys, lambda: self.tr("Add suggested actions")
                )
            )

    def _add_all(self) -> None:
        self._run(
            lambda: self._state.add_suggestions(
                self.team_id(), None, lambda: self.tr("Add suggested actions")
            )
        )

    def _add_custom(self) -> None:
        workshop = self._controller.workshop
        action = PlanAction(
            team_id=self.team_id(), title=self.tr("New action"), due=due_for(90, workshop.date)
        )

        def add() -> None:
            self._state.add_action(action, lambda: self.tr("Add an action"))
            self.table.selectRow(self.model.rowCount() - 1)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

        self._run(add)

    def _remove(self) -> None:
        row = self.current_row()
        self._run(
            lambda: self._state.remove_action(
                self.team_id(), row, lambda: self.tr("Remove an action")
            )
        )

    def _move(self, delta: int) -> None:
        row = self.current_row()

        def move() -> None:
            target = self._state.move_action(
                self.team_id(), row, delta, lambda: self.tr("Reorder actions")
            )
            self.table.selectRow(target)

        self._run(move)

    def _edited(self, action: PlanAction) -> None:
        self._run(lambda: self._state.edit_action(action, lambda: self.tr("Edit an action")))
