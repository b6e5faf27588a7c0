"""The Agree step: per team the agreed current stage and the target, with the votes beside it.

Beside each team: what each function voted (most chosen stage) and its diagnostic band;
nothing for a group below the anonymity threshold. Below the table the stay-or-move
checklist for the selected team's stage helps the room decide. Changes are saved at once
and can be undone (``controller.undo_stack``). ``AgreeView`` is the projector's version.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.domain.plan_basis import most_chosen_stage
from msworkshop.domain.plans import CHECKLIST_SETTING, stay_or_move_for
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import stage_text
from msworkshop.ui.models.agreements import MOVE, STAY, AgreementsModel
from msworkshop.ui.models.choice_delegate import ChoiceDelegate, fit_choice_column
from msworkshop.ui.models.rows import KEY_ROLE
from msworkshop.ui.services.session import SessionController

HORIZONTAL = Qt.Orientation.Horizontal
CELL_PX = 12  # a cell's margins, with a little air


class AgreePage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self._checklist_shown: tuple[int, int | None, str] | None = None
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.model = AgreementsModel(controller, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # The stage and target drop-downs: always shown, they write the facilitator's choice.
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(True)  # votes wrap onto lines; rows grow to hold them
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.checklist = QGroupBox()
        self._checklist_layout = QGridLayout(self.checklist)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.checklist, 1)
        self.model.refreshed.connect(self._rows_refreshed)
        self.model.choosing.connect(self._select_team)
        self.model.failed.connect(self._show_error)
        # The selected team is the room's focus: chosen here, or elsewhere (gaps, plan, R).
        controller.focus.team_changed.connect(self._select_team)
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
        self._checklist_shown = None  # rebuilt in the new language
        self.model.refresh()

    def refresh(self, *_: object) -> None:
        """Re-read the agreements and votes (the model also follows the session by itself)."""
        self.model.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def _rows_refreshed(self) -> None:
        self._open_editors()
        self._fit_choice_columns()
        self._select_team(self._state.focused_team)
        self._show_checklist()

    def _open_editors(self) -> None:
        """A drop-down in every stage and target cell, none elsewhere (columns can shift when
        the set-up's functions change)."""
        model, table = self.model, self.table
        editable = {model.agreed_column, model.target_column}
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                is_open = table.isPersistentEditorOpen(index)
                if column in editable and not is_open:
                    table.openPersistentEditor(index)
                elif column not in editable and is_open:
                    table.closePersistentEditor(index)

    def _fit_choice_columns(self) -> None:
        """The stage and target columns as wide as their longest choice (never cut off); the
        team and vote columns share the rest and wrap."""
        model, header = self.model, self.table.horizontalHeader()
        if model.agreed_column < 0:
            return
        metrics = QFontMetrics(self.table.font())
        names = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
        words = [w for name in names for w in name.split()]  # last time's target too
        words.append(str(model.headerData(0, HORIZONTAL)))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # names wrap by the word
        header.resizeSection(0, max(metrics.horizontalAdvance(w) for w in words) + CELL_PX)
        for column in (model.agreed_column, model.target_column):
            texts = [*model.choice_texts(column), str(model.headerData(column, HORIZONTAL))]
            fit_choice_column(self.table, column, texts)

    def _show_checklist(self) -> None:
        team_id = self.selected_team()
        stage = self._stage_for_checklist(team_id) if team_id else None
        shown = (team_id, stage, self._controller.language)
        if shown == self._checklist_shown:
            return  # the same list: the ticks stay
        self._checklist_shown = shown
        while self._checklist_layout.count():
            item = self._checklist_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once, not only after the next event loop
                widget.deleteLater()
        if not team_id or not self._controller.is_open:
            self.checklist.setTitle(self.tr("Stay or move?"))
            return
        if stage is None:
            self.checklist.setTitle(self.tr("Stay or move? Choose the agreed stage first."))
            return
        self.checklist.setTitle(
            self.tr("Stay or move? — %1").replace(
                "%1", stage_text(self._controller.facilitator_content, stage)
            )
        )
        entry = stay_or_move_for(self._controller.facilitator_content, stage)
        if entry is None:
            return
        ticked = self._ticked(team_id)
        keys = iter(entry.item_keys())
        for column, (title, items) in enumerate(
            (
                (entry.stay_heading or self.tr("Staying is fine when…"), entry.stay_when),
                (entry.move_heading or self.tr("Time to move on when…"), entry.move_when),
            )
        ):
            label = QLabel(f"<b>{escape(title)}</b>")
            self._checklist_layout.addWidget(label, 0, column)
            for row, text in enumerate(items, start=1):
                # Saved per team (printed on its page of the plan). The text wraps (a
                # QCheckBox's does not), so long items do not widen the page.
                key = next(keys)
                box = QCheckBox()
                box.setChecked(key in ticked)
                box.toggled.connect(lambda on, t=team_id, k=key: self._tick(t, k, on))
                box.setAccessibleName(text)
                box.setStyleSheet("QCheckBox { padding: 2px; }")
                line = QLabel(text)
                line.setWordWrap(True)
                line.setBuddy(box)
                line.mousePressEvent = lambda _e, b=box: b.toggle()  # type: ignore[method-assign,misc]
                item = QHBoxLayout()
                item.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                item.addWidget(line, 1)
                cell = QWidget()
                cell.setLayout(item)
                item.setContentsMargins(0, 0, 0, 0)
                self._checklist_layout.addWidget(cell, row, column)
        if entry.advice:  # help text, not an item to tick
            advice = QLabel(entry.advice)
            advice.setWordWrap(True)
            rows = 1 + max(len(entry.stay_when), len(entry.move_when))
            self._checklist_layout.addWidget(advice, rows, 0, 1, 2)

    def _ticked(self, team_id: int) -> set[str]:
        saved = self._controller.setting(CHECKLIST_SETTING.format(team=team_id)) or ""
        return {k for k in saved.split(",") if k}

    def _tick(self, team_id: int, key: str, on: bool) -> None:
        ticked = self._ticked(team_id)
        if on:
            ticked.add(key)
        else:
            ticked.discard(key)
        value = ",".join(sorted(ticked)) or None
        self._controller.set_setting(CHECKLIST_SETTING.format(team=team_id), value)

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
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(KEY_ROLE)) if rows else 0

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_checklist()
        team_id = self.selected_team()
        if team_id:
            self._state.set_focus(team_id)

    def _select_team(self, team_id: int) -> None:
        row = self.model.row_of(team_id)
        if row >= 0 and team_id != self.selected_team():
            self.table.selectRow(row)

    def _show_error(self, error: UserError) -> None:
        dialogs.show_error(self, error.message(current_ui_language()))

    @property
    def current_boxes(self) -> dict[int, QComboBox]:
        """The agreed-stage drop-down of each team (for tests)."""
        return self._editors(self.model.agreed_column)

    @property
    def target_boxes(self) -> dict[int, QComboBox]:
        return self._editors(self.model.target_column)

    def _editors(self, column: int) -> dict[int, QComboBox]:
        boxes = {}
        for row in range(self.model.rowCount()):
            box = self.table.indexWidget(self.model.index(row, column))
            key = self.model.key(row)
            if isinstance(box, QComboBox) and isinstance(key, int):
                boxes[key] = box
        return boxes

    def agree(self, team_id: int, current: int, stay: bool = False) -> None:
        """Choose the stage and target in the drop-downs, as the facilitator would (for tests)."""
        box = self.current_boxes[team_id]
        box.setCurrentIndex(box.findData(current))
        box.activated.emit(box.currentIndex())
        target = self.target_boxes[team_id]
        target.setCurrentIndex(target.findData(STAY if stay else MOVE))
        target.activated.emit(target.currentIndex())
