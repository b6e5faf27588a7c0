"""The Last time step (follow-up sessions only): per team, what the room agreed last time and,
for each earlier action, the status decided with the room today and a short note.

The team shown is the room's focus team (chosen here, or on any other step); PageDown and
PageUp move through the teams before they move to the next step. Every status and note is
saved at once and can be undone (``controller.undo_stack``). ``LastTimeView`` is the
projector's version.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.models.choice_delegate import ChoiceDelegate, fit_choice_column
from msworkshop.ui.models.rows import KEY_ROLE
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.lasttime.model import NOTE, STATUS, ReviewModel
from msworkshop.ui.steps.lasttime.texts import agreement_lines, since_text


class LastTimePage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.followup
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.team_box = QComboBox()
        self.team_box.activated.connect(self._team_chosen)
        self.team_label = QLabel()
        self.team_label.setBuddy(self.team_box)
        self.decided = QLabel()
        self.since = QLabel()
        self.since.setWordWrap(True)
        self.agreement = QLabel()
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ReviewModel(controller, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS, ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("lastTimeEmpty")

        chooser = QHBoxLayout()
        chooser.addWidget(self.team_label)
        chooser.addWidget(self.team_box, 1)
        chooser.addWidget(self.decided)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(chooser)
        body.addWidget(self.since)
        body.addWidget(self.agreement)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

        self.model.refreshed.connect(self._rows_refreshed)
        self.model.failed.connect(self._show_error)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.focus.team_changed.connect(self._show_team)
        self._state.changed.connect(self._update_texts)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Look back with the room, one team at a time: what it agreed last time, and for "
                "each action whether it is done, in progress, not started or dropped. Add a "
                "short note where it helps. PageDown moves on to the next team."
            )
        )
        self.team_label.setText(self.tr("&Team:"))
        self.empty.setText(
            self.tr(
                "This session is not a follow-up. Make one from an earlier session with "
                "Session → New follow-up session…"
            )
        )
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        c = self._controller
        followup = c.is_open and self._state.previous is not None
        self.empty.setVisible(c.is_open and not followup)
        self.body.setVisible(followup)
        self.team_box.clear()
        if c.is_open:
            for team in c.workshop.teams:
                self.team_box.addItem(team.name, team.id)
        self._show_team(c.focus.team if c.is_open else 0)
        self.model.refresh()  # the texts, in a new language too

    def _show_team(self, team_id: int) -> None:
        index = self.team_box.findData(team_id)
        if index >= 0:
            self.team_box.setCurrentIndex(index)
        self.model.set_team(team_id)
        self._update_texts()

    def _update_texts(self, *_: object) -> None:
        c = self._controller
        previous = self._state.previous if c.is_open else None
        if previous is None:
            for label in (self.since, self.agreement, self.decided):
                label.clear()
            return
        content = c.facilitator_content
        team = previous.team(self.model.team)
        self.since.setText(self.tr("Last time: %1").replace("%1", since_text(content, previous)))
        self.agreement.setText("\n".join(t for t in agreement_lines(content, team) if t))
        count = len(team.actions) if team is not None else 0
        decided = team.decided if team is not None else 0
        self.decided.setText(
            self.tr("%1 of %2 actions decided")
            .replace("%1", str(decided))
            .replace("%2", str(count))
            if count
            else self.tr("no actions")
        )

    def _rows_refreshed(self) -> None:
        model, table = self.model, self.table
        if not self._controller.is_open:
            return
        for row in range(model.rowCount()):
            index = model.index(row, STATUS)
            if not table.isPersistentEditorOpen(index):
                table.openPersistentEditor(index)
        texts = [text for text, _ in model.choices()] + [
            str(model.headerData(STATUS, Qt.Orientation.Horizontal) or "")
        ]
        fit_choice_column(table, STATUS, texts)
        self._select_action(self._controller.focus.action if self._controller.is_open else 0)

    # -- choices ---------------------------------------------------------------------------
    def _team_chosen(self, index: int) -> None:
        team_id = self.team_box.itemData(index)
        if isinstance(team_id, int):
            self._controller.focus.set_team(team_id)
            self._controller.focus.set_action(0)

    def advance(self, delta: int) -> bool:
        """PageDown/PageUp: the next or previous team first; False at the first or last."""
        c = self._controller
        if not c.is_open or self._state.previous is None:
            return False
        teams = [t.id for t in c.workshop.teams]
        if c.focus.team not in teams:
            return False
        target = teams.index(c.focus.team) + delta
        if not 0 <= target < len(teams):
            return False
        c.focus.set_team(teams[target])
        c.focus.set_action(0)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self._controller.is_open:
            self._controller.focus.set_action(rows[0].row())  # the room's slide holds it

    def _select_action(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            selected = self.table.selectionModel().selectedRows()
            if not selected or selected[0].row() != row:
                self.table.selectRow(row)

    def _show_error(self, error: UserError) -> None:
        dialogs.show_error(self, error.message(current_ui_language()))

    # -- for tests ---------------------------------------------------------------------------
    def status_box(self, action_id: int) -> QComboBox:
        """The status drop-down of an action."""
        row = self.model.row_of(action_id)
        box = self.table.indexWidget(self.model.index(row, STATUS))
        assert isinstance(box, QComboBox)
        return box

    def choose_status(self, action_id: int, value: str) -> None:
        """Choose a status in the drop-down, as the facilitator would ("" for undecided)."""
        box = self.status_box(action_id)
        box.setCurrentIndex(box.findData(value))
        box.activated.emit(box.currentIndex())

    def type_note(self, action_id: int, text: str) -> None:
        """Edit the note in place, as the facilitator would."""
        index = self.model.index(self.model.row_of(action_id), NOTE)
        self.table.edit(index)
        editor = self.table.focusWidget()
        editor.setProperty("text", text)  # a QLineEdit from the default delegate
        self.table.commitData(editor)
        self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def action_id(self, row: int) -> int:
        return int(self.model.index(row, 0).data(KEY_ROLE))
