"""The import dialog's columns table: one row per column of the export, what it will be used
for (a combo per row), a "use as sN" box for a close statement match, samples and the reason.

:class:`ImportColumnsModel` is a thin view over an :class:`ImportDraft`: a change the user
makes goes to the draft (``choose``, ``accept``), and every row is re-read from the draft's new
plan, since one choice can move another column (two columns cannot both be the team).
Columns that identify people or times are disabled and their samples are never shown.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from msworkshop.domain.content_loader import load_content
from msworkshop.importing.columns import ColumnPlan, Meaning, Reason, Role
from msworkshop.importing.draft import CHOICES, ImportDraft
from msworkshop.importing.report import reason_text
from msworkshop.ui.common.i18n import current_ui_language

NUMBER, HEADER, MEANING, ACCEPT, SAMPLES, REASON = range(6)
COLUMN_COUNT = 6
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1  # ACCEPT: the statement key offered, or None
IDENTIFYING = frozenset({Reason.PERSONAL, Reason.TIME})
MEANING_WIDTH = 330  # px of the meaning column; its combo texts are elided to fit
Index = QModelIndex | QPersistentModelIndex


class ImportColumnsModel(QAbstractTableModel):
    """The draft's columns. ``plan_changed`` follows every change the user makes here."""

    plan_changed = Signal()

    def __init__(self, draft: ImportDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._content = load_content(current_ui_language())
        self._columns: tuple[ColumnPlan, ...] = draft.plan().columns

    @property
    def draft(self) -> ImportDraft:
        return self._draft

    def set_draft(self, draft: ImportDraft) -> None:
        """Another file: other rows."""
        self.beginResetModel()
        self._draft = draft
        self._columns = draft.plan().columns
        self.endResetModel()
        self.plan_changed.emit()

    def reload(self) -> None:
        """Re-read every row from the draft's plan (after a change of round or language)."""
        self._content = load_content(current_ui_language())
        self._columns = self._draft.plan().columns
        if self._columns:
            last = self.index(len(self._columns) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self.plan_changed.emit()

    def column_plan(self, row: int) -> ColumnPlan:
        return self._columns[row]

    # -- what the choices are called ---------------------------------------------------------
    def choice_label(self, meaning: Meaning) -> str:
        """``Team``, ``s5: We have clear rules …`` in the UI language."""
        if meaning.role is Role.STATEMENT and meaning.statement:
            text = self._content.statement(meaning.statement).text
            return f"{meaning.statement}: {text}"
        return {
            Role.IGNORE: self.tr("Leave out"),
            Role.TEAM: self.tr("Team"),
            Role.FUNCTION: self.tr("Function"),
            Role.STAGE: self.tr("Stage"),
            Role.COMMENT: self.tr("Comment"),
        }[meaning.role]

    def choices(self) -> list[tuple[str, str]]:
        """(label, key) for every meaning a column can be given, in the order to list them."""
        return [(self.choice_label(meaning), meaning.key) for meaning in CHOICES]

    def accept_label(self, statement: str) -> str:
        return self.tr("Use as %1").replace("%1", statement)

    def reason(self, column: ColumnPlan) -> str:
        return reason_text(column, self._content)

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Column in the file"),
            self.tr("Used as"),
            self.tr("Close match"),
            self.tr("Sample answers"),
            self.tr("Why"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self._columns[index.row()]
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.reason in IDENTIFYING:
            return enabled  # never kept, whatever is chosen: its combo is disabled
        if index.column() == MEANING or (index.column() == ACCEPT and self._offer(column)):
            return enabled | Qt.ItemFlag.ItemIsEditable
        return enabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self._columns[index.row()]
        kind = index.column()
        if role == SUGGESTION_ROLE and kind == ACCEPT:
            return self._offer(column)
        if role == Qt.ItemDataRole.EditRole:
            if kind == MEANING:
                return column.meaning.key
            if kind == ACCEPT:
                return column.reason is Reason.CLOSE_ACCEPTED
        if role == Qt.ItemDataRole.ForegroundRole and column.reason in IDENTIFYING:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if kind == NUMBER:
            return str(column.index + 1)
        if kind == HEADER:
            return " ".join(column.header.split()) or "—"
        if kind == MEANING:
            return self.choice_label(column.meaning)
        if kind == SAMPLES:
            if column.reason in IDENTIFYING:
                return self.tr("(not shown)")
            return ", ".join(f"“{' '.join(sample.split())}”" for sample in column.samples)
        if kind == REASON:
            return self.reason(column)
        return None

    def setData(  # noqa: N802 - Qt API
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        column = self._columns[index.row()]
        if index.column() == MEANING:
            meaning = Meaning.parse(str(value))
            if meaning is None or meaning == column.meaning:
                return False
            self._draft.choose(column.index, meaning)
        elif index.column() == ACCEPT:
            if bool(value) == (column.reason is Reason.CLOSE_ACCEPTED):
                return False
            self._draft.accept(column.index, bool(value))
        else:
            return False
        self.reload()
        return True

    @staticmethod
    def _offer(column: ColumnPlan) -> str | None:
        """The statement a close match offers (while offered or accepted), else None."""
        offered = column.reason in (Reason.CLOSE_OFFERED, Reason.CLOSE_ACCEPTED)
        return column.suggested.key if offered and column.suggested is not None else None


class ImportColumnsDelegate(QStyledItemDelegate):
    """A combo for the meaning and a check box for a close match, kept open on every row."""

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = index.model()
        if index.column() == ACCEPT:
            box = QCheckBox(parent)
            box.toggled.connect(lambda _on, b=box: self.commitData.emit(b))
            return box
        combo = QComboBox(parent)
        assert isinstance(model, ImportColumnsModel)
        fm = QFontMetrics(combo.font())
        room = MEANING_WIDTH - 44  # the arrow and the frame
        for label, key in model.choices():
            combo.addItem(fm.elidedText(label, Qt.TextElideMode.ElideRight, room), key)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(2 * MEANING_WIDTH)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        editor.blockSignals(True)
        try:
            editor.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))
            if isinstance(editor, QCheckBox):
                model = index.model()
                assert isinstance(model, ImportColumnsModel)
                editor.setText(model.accept_label(str(index.data(SUGGESTION_ROLE) or "")))
                editor.setChecked(bool(index.data(Qt.ItemDataRole.EditRole)))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
                editor.setToolTip(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        finally:
            editor.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt API
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QCheckBox):
            model.setData(index, editor.isChecked(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportColumnsView(QTableView):
    """The table, with its editors opened on the rows that have them."""

    def __init__(self, model: ImportColumnsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setItemDelegate(ImportColumnsDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACCEPT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(HEADER, 250)
        self.setColumnWidth(MEANING, MEANING_WIDTH)
        self.setColumnWidth(SAMPLES, 200)
        model.plan_changed.connect(self._open_editors)
        model.modelReset.connect(self._reopen_editors)
        self._reopen_editors()

    def editor(self, row: int, column: int) -> QWidget | None:
        """The combo (MEANING) or check box (ACCEPT) of a row, None when it has none."""
        return self.indexWidget(self._model.index(row, column))

    def _reopen_editors(self) -> None:
        for row in range(self._model.rowCount()):
            self.openPersistentEditor(self._model.index(row, MEANING))
        self._open_editors()

    def _open_editors(self) -> None:
        for row in range(self._model.rowCount()):
            index = self._model.index(row, ACCEPT)
            wanted = index.data(SUGGESTION_ROLE) is not None
            if wanted and not self.isPersistentEditorOpen(index):
                self.openPersistentEditor(index)
            elif not wanted and self.isPersistentEditorOpen(index):
                self.closePersistentEditor(index)
        self.resizeColumnToContents(ACCEPT)
