"""The Agree step: per team the agreed current stage and the target, with the votes beside it.

Beside each team: what each function voted (most chosen stage) and its diagnostic band;
nothing for a group below the anonymity threshold. Below the table the stay-or-move
checklist for the selected team's stage helps the room decide. Changes are saved at once
and can be undone (``controller.undo_stack``). ``AgreeView`` is the projector's version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import GroupResult
from msworkshop.domain.messages import UserError
from msworkshop.domain.plan_basis import most_chosen_stage
from msworkshop.domain.plans import default_target, stay_or_move_for
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, format_number, on_language_change
from msworkshop.ui.common.labels import function_label, stage_text
from msworkshop.ui.services.session import SessionController

STAY, MOVE = 0, 1


class AgreePage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self._filling = False
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.checklist = QGroupBox()
        self._checklist_layout = QGridLayout(self.checklist)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.checklist, 1)
        self.current_boxes: dict[int, QComboBox] = {}
        self.target_boxes: dict[int, QComboBox] = {}
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.results_changed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Per team: agree where the relationship stands today and where it goes next. "
                "Moving one stage on is not always needed: staying and strengthening is a fine "
                "choice."
            )
        )
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        controller = self._controller
        self._filling = True
        try:
            selected = self.selected_team()
            self.table.clear()
            self.current_boxes.clear()
            self.target_boxes.clear()
            if not controller.is_open or controller.result is None:
                self.table.setRowCount(0)
                self.table.setColumnCount(0)
                return
            self._fill()
            teams = [t.id for t in controller.workshop.teams]
            row = teams.index(selected) if selected in teams else 0
            if teams:
                self.table.selectRow(row)
        finally:
            self._filling = False
        self._show_checklist()

    def _fill(self) -> None:
        controller = self._controller
        workshop, result = controller.workshop, controller.result
        assert result is not None
        agreements = self._state.agreements()
        keys = workshop.function_keys
        headers = (
            [self.tr("Team")]
            + [
                self.tr("%1 voted").replace("%1", function_label(workshop, controller.content, k))
                for k in keys
            ]
            + [self.tr("Agreed stage"), self.tr("Target")]
        )
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(workshop.teams))
        for row, team in enumerate(workshop.teams):
            self.table.setItem(row, 0, QTableWidgetItem(team.name))
            team_result = result.team(team.id)
            for column, key in enumerate(keys, start=1):
                item = QTableWidgetItem(self.vote_text(team_result.group(key)))
                item.setToolTip(item.text())
                self.table.setItem(row, column, item)
            agreement = agreements.get(team.id)
            current = QComboBox()
            current.addItem(self.tr("— not agreed —"), 0)
            for stage in range(1, 5):
                current.addItem(stage_text(controller.content, stage), stage)
            current.setCurrentIndex(agreement.current_stage if agreement else 0)
            current.currentIndexChanged.connect(lambda _i, t=team.id: self._current_chosen(t))
            target = QComboBox()
            if agreement is not None:
                self._fill_targets(target, agreement.current_stage)
                target.setCurrentIndex(target.findData(STAY if agreement.is_stay else MOVE))
            target.setEnabled(agreement is not None)
            target.currentIndexChanged.connect(lambda _i, t=team.id: self._target_chosen(t))
            self.table.setCellWidget(row, len(keys) + 1, current)
            self.table.setCellWidget(row, len(keys) + 2, target)
            self.current_boxes[team.id] = current
            self.target_boxes[team.id] = target

    def _fill_targets(self, box: QComboBox, current: int) -> None:
        box.clear()
        following = default_target(current)
        if following != current:
            box.addItem(
                self.tr("Move on to %1").replace(
                    "%1", stage_text(self._controller.content, following)
                ),
                MOVE,
            )
        box.addItem(self.tr("Stay and strengthen"), STAY)

    def vote_text(self, group: GroupResult) -> str:
        """What one function voted; empty for a hidden (too small) group."""
        if group.suppressed:
            return ""
        parts = []
        if group.modal_stage is not None:
            parts.append(
                self.tr("most chosen: %1").replace(
                    "%1", stage_text(self._controller.content, group.modal_stage)
                )
            )
        if group.band is not None and group.diagnostic_mean is not None:
            parts.append(
                self.tr("band: %1 (score %2)")
                .replace("%1", stage_text(self._controller.content, group.band))
                .replace("%2", format_number(group.diagnostic_mean, 0))
            )
        return " · ".join(parts)

    def _show_checklist(self) -> None:
        while self._checklist_layout.count():
            item = self._checklist_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once, not only after the next event loop
                widget.deleteLater()
        team_id = self.selected_team()
        if not team_id or not self._controller.is_open:
            self.checklist.setTitle(self.tr("Stay or move?"))
            return
        stage = self._stage_for_checklist(team_id)
        if stage is None:
            self.checklist.setTitle(self.tr("Stay or move? Choose the agreed stage first."))
            return
        self.checklist.setTitle(
            self.tr("Stay or move? — %1").replace("%1", stage_text(self._controller.content, stage))
        )
        entry = stay_or_move_for(self._controller.content, stage)
        if entry is None:
            return
        for column, (title, items) in enumerate(
            (
                (self.tr("Staying is fine when…"), entry.stay_when),
                (self.tr("Time to move on when…"), entry.move_when),
            )
        ):
            label = QLabel(f"<b>{title}</b>")
            self._checklist_layout.addWidget(label, 0, column)
            for row, text in enumerate(items, start=1):
                # A thinking aid while deciding; not saved. The text wraps (a QCheckBox's
                # does not), so long items do not widen the page.
                box = QCheckBox()
                box.setAccessibleName(text)
                box.setStyleSheet("QCheckBox { padding: 2px; }")
                line = QLabel(text)
                line.setWordWrap(True)
                line.setBuddy(box)
                line.mousePressEvent = lambda _e, b=box: b.toggle()  # type: ignore[method-assign]
                item = QHBoxLayout()
                item.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                item.addWidget(line, 1)
                cell = QWidget()
                cell.setLayout(item)
                item.setContentsMargins(0, 0, 0, 0)
                self._checklist_layout.addWidget(cell, row, column)

    def _stage_for_checklist(self, team_id: int) -> int | None:
        agreement = self._state.agreement(team_id)
        if agreement is not None:
            return agreement.current_stage
        result = self._controller.result
        return most_chosen_stage(result.team(team_id)) if result is not None else None

    # -- choices ---------------------------------------------------------------------------
    def selected_team(self) -> int:
        if not self._controller.is_open:
            return 0
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        teams = self._controller.workshop.teams
        if rows and rows[0].row() < len(teams):
            return teams[rows[0].row()].id
        return 0

    def _selection_changed(self) -> None:
        if self._filling:
            return
        self._show_checklist()
        team_id = self.selected_team()
        if team_id:
            self._state.set_focus(team_id)

    def _current_chosen(self, team_id: int) -> None:
        if self._filling:
            return
        stage = self.current_boxes[team_id].currentData()
        if not stage:
            self.refresh()  # an agreement is undone with Undo, not by choosing "not agreed"
            return
        before = self._state.agreement(team_id)
        stay = before is not None and before.is_stay
        self._apply(team_id, stage, stage if stay else default_target(stage))

    def _target_chosen(self, team_id: int) -> None:
        if self._filling:
            return
        agreement = self._state.agreement(team_id)
        if agreement is None:
            return
        choice = self.target_boxes[team_id].currentData()
        current = agreement.current_stage
        self._apply(team_id, current, current if choice == STAY else default_target(current))

    def _apply(self, team_id: int, current: int, target: int) -> None:
        self._select_team(team_id)
        try:
            self._state.set_agreement(team_id, current, target)
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            self.refresh()

    def _select_team(self, team_id: int) -> None:
        teams = [t.id for t in self._controller.workshop.teams]
        if team_id in teams:
            self.table.selectRow(teams.index(team_id))

    def agree(self, team_id: int, current: int, stay: bool = False) -> None:
        """Choose the stage and target in the widgets, as the facilitator would (for tests)."""
        box = self.current_boxes[team_id]
        box.setCurrentIndex(box.findData(current))
        target = self.target_boxes[team_id]
        target.setCurrentIndex(target.findData(STAY if stay else MOVE))
