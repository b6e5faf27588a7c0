"""The team list of the set-up dialog: add, rename, reorder and remove teams.

A team keeps its id through renames and moves (its votes stay with it). Removing a team that
already has votes asks first; the answer is remembered so the set-up can delete those votes
(undoably) when it is saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from msworkshop.domain.workshop import Team
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import on_language_change

ID_ROLE = Qt.ItemDataRole.UserRole


class TeamsEditor(QWidget):
    def __init__(
        self, ballot_counts: Mapping[int, int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._counts = dict(ballot_counts or {})
        self.confirmed_removals: set[int] = set()  # team ids whose votes may be deleted
        self.list = QListWidget()
        self.list.setObjectName("teamList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumHeight(130)
        self.name_edit = QLineEdit()
        self.name_edit.installEventFilter(self)  # Enter adds the team, not closes the dialog
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_edit)
        self.rename_button.clicked.connect(self.rename_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._update_buttons)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name_edit, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0, 5, 1)
        for row, button in enumerate(
            (self.rename_button, self.up_button, self.down_button, self.remove_button), start=1
        ):
            grid.addWidget(button, row, 1)
        grid.setRowStretch(5, 1)
        self._update_buttons()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.name_edit.setPlaceholderText(self.tr("New team, e.g. Benelux"))
        self.add_button.setText(self.tr("&Add"))
        self.rename_button.setText(self.tr("Re&name"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.remove_button.setText(self.tr("&Remove"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_from_edit()
            return True
        return super().eventFilter(watched, event)

    # -- reading and writing ----------------------------------------------------------------
    def set_teams(self, teams: Sequence[Team]) -> None:
        self.list.clear()
        for team in teams:
            self._append(team.name, team.id)
        self._update_buttons()

    def set_names(self, names: Sequence[str]) -> None:
        """Replace the list by new teams (a template). Teams with votes are kept."""
        kept = [self._team(row) for row in range(self.list.count())]
        kept = [t for t in kept if self._counts.get(t.id, 0) > 0]
        self.set_teams([*kept, *(Team(0, n) for n in names if n not in {t.name for t in kept})])

    def teams(self) -> tuple[Team, ...]:
        """The teams in their order; new teams have id 0. Blank names are skipped."""
        teams = (self._team(row) for row in range(self.list.count()))
        return tuple(t for t in teams if t.name.strip())

    def _team(self, row: int) -> Team:
        item = self.list.item(row)
        return Team(int(item.data(ID_ROLE) or 0), item.text().strip())

    def _append(self, name: str, team_id: int = 0) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, team_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    # -- editing ----------------------------------------------------------------------------
    def add_from_edit(self) -> None:
        names = [n.strip() for n in self.name_edit.text().split(";")]
        for name in (n for n in names if n):
            self.list.setCurrentItem(self._append(name))
        self.name_edit.clear()
        self._update_buttons()

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        team = self._team(row)
        count = self._counts.get(team.id, 0) if team.id else 0
        if count:
            text = self.tr(
                "%n vote(s) have been cast for the team “%1”. Remove the team and delete "
                "its votes? (Undo brings them back.)",
                "",
                count,
            ).replace("%1", team.name)
            if not dialogs.ask_confirm(self, text):
                return
            self.confirmed_removals.add(team.id)
        self.list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)
