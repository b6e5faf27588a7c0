"""A drop-down editor for cells that offer a few choices (a stage, stay or move on).

The options come from the model (:data:`~msworkshop.ui.models.rows.CHOICES_ROLE`), the
current value from ``EditRole``. Only the facilitator's choice (``activated``) is written back
— setting the editor from the model never is — so no re-entrancy guard is needed: the model
updates, and the editor shows what the model says.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from msworkshop.ui.models.rows import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
COMBO_CHROME_PX = 44  # a drop-down's frame, padding and arrow around its text


def fit_choice_column(table: QTableView, column: int, texts: Iterable[str]) -> None:
    """``column`` of ``table`` as wide as a drop-down showing the longest of ``texts`` (its
    choices, and the column's title) needs: a choice is never cut off."""
    widest = max(QFontMetrics(table.font()).horizontalAdvance(text) for text in texts)
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(column, widest + COMBO_CHROME_PX)


class ChoiceDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        box = QComboBox(parent)
        box.activated.connect(lambda _index: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox):
            return
        choices = index.data(CHOICES_ROLE) or ()
        shown = tuple((editor.itemText(i), editor.itemData(i)) for i in range(editor.count()))
        if shown != tuple(choices):
            editor.clear()
            for text, value in choices:
                editor.addItem(text, value)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        editor.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            self.setEditorData(editor, index)  # a refused choice shows the model's value again

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """The cell's width at the drop-down's own height, centred (rows grow with wrapped
        text; a drop-down as tall as three lines looks broken)."""
        rect = option.rect
        height = min(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.x(), rect.y() + (rect.height() - height) // 2, rect.width(), height)
