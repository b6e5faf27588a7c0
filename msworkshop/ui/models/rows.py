"""A table of keyed rows that updates itself in place: the base of the models in this package.

A subclass turns its service's data into :class:`Row` values (one per team, per team and
function, per action) and hands them to :meth:`RowsModel.set_table`. The model compares them
with what it shows by key: rows that vanished are removed, new ones inserted, rows whose key
moved are moved (persistent indexes follow), and only rows whose cells differ get
``dataChanged``. A view's selection, sort order and open editors therefore survive every
update; nothing is cleared and refilled.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the number a column sorts by (None: last)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's key (team id, action id, ...)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3  # an editable cell's options: ((text, value), ...)

Index = QModelIndex | QPersistentModelIndex

_CENTER = Qt.AlignmentFlag.AlignCenter
_MUTED = QBrush(Qt.GlobalColor.darkGray)


@dataclass(frozen=True)
class Cell:
    """One cell: its text, and optionally the number it sorts by, a tooltip, centring, a
    greyed-out look (e.g. the anonymity notice); an editable cell has its value and the
    options an editor offers (see :mod:`msworkshop.ui.models.choice_delegate`)."""

    text: str
    sort: float | None = None
    tooltip: str | None = None
    centred: bool = False
    muted: bool = False
    value: object = None
    editable: bool = False
    choices: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Row:
    key: Hashable
    cells: tuple[Cell, ...]
    label: str | None = None  # the vertical header's text, when a view shows it


class RowsModel(QAbstractTableModel):
    """Read-only rows with a horizontal header; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[Row] = []

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._rows)
        ):
            label = self._rows[section].label
            return section + 1 if label is None else label  # numbered, as Qt's default
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if cell.centred else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED if cell.muted else None
        if role == Qt.ItemDataRole.EditRole:
            return cell.value
        if role == SORT_ROLE:
            return cell.sort
        if role == KEY_ROLE:
            return self._rows[index.row()].key
        if role == CHOICES_ROLE:
            return cell.choices
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is not None and cell.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or cell is None or not cell.editable:
            return False
        return self.set_value(self._rows[index.row()].key, index.column(), value)

    def set_value(self, key: Hashable, column: int, value: object) -> bool:
        """An editor chose ``value`` for the cell of row ``key``: a subclass writes it to its
        service (which announces the change; the model then updates) and returns True."""
        return False

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._rows[row].cells):
            return self._rows[row].cells[column]
        return None

    def key(self, row: int) -> Hashable | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row holding ``key``; -1 when there is none."""
        return next((n for n, row in enumerate(self._rows) if row.key == key), -1)

    def headers(self) -> list[str]:
        return list(self._headers)

    # -- updating ------------------------------------------------------------------------------
    def clear(self) -> None:
        self.set_table([], [])

    def set_table(self, headers: Sequence[str], rows: Sequence[Row]) -> None:
        """Show ``rows`` under ``headers``, telling the views only what changed."""
        keys = [row.key for row in rows]
        if len(set(keys)) != len(keys):
            raise ValueError("row keys must be unique")
        self._set_headers(list(headers))
        self._remove_vanished(set(keys))
        kept = {row.key for row in self._rows}
        self._reorder([k for k in keys if k in kept])
        self._insert_new(rows)
        self._update_cells(rows)

    def _set_headers(self, headers: list[str]) -> None:
        old = len(self._headers)
        kept = min(old, len(headers))
        # Columns added or removed can move the titles of the others (a function added before
        # "Total"): views must hear of those too, not only of the new columns.
        moved = headers[:kept] != self._headers[:kept]
        if len(headers) > old:
            self.beginInsertColumns(QModelIndex(), old, len(headers) - 1)
            self._headers = headers
            self.endInsertColumns()
        elif len(headers) < old:
            self.beginRemoveColumns(QModelIndex(), len(headers), old - 1)
            self._headers = headers
            self.endRemoveColumns()
        else:
            self._headers = headers
        if moved and headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def _remove_vanished(self, keep: set[Hashable]) -> None:
        last = len(self._rows) - 1
        while last >= 0:
            if self._rows[last].key in keep:
                last -= 1
                continue
            first = last
            while first > 0 and self._rows[first - 1].key not in keep:
                first -= 1
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
            last = first - 1

    def _reorder(self, wanted: list[Hashable]) -> None:
        """Put the remaining rows in the order ``wanted``; persistent indexes follow."""
        old_keys = [row.key for row in self._rows]
        if wanted == old_keys:
            return
        self.layoutAboutToBeChanged.emit()
        position = {key: n for n, key in enumerate(wanted)}
        by_key = {row.key: row for row in self._rows}
        before = self.persistentIndexList()
        after = [self.index(position[old_keys[i.row()]], i.column()) for i in before]
        self._rows = [by_key[key] for key in wanted]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _insert_new(self, rows: Sequence[Row]) -> None:
        known = {row.key for row in self._rows}
        n = 0
        while n < len(rows):
            if rows[n].key in known:
                n += 1
                continue
            end = n
            while end < len(rows) and rows[end].key not in known:
                end += 1
            self.beginInsertRows(QModelIndex(), n, end - 1)
            self._rows[n:n] = rows[n:end]
            self.endInsertRows()
            n = end

    def _update_cells(self, rows: Sequence[Row]) -> None:
        changed = [n for n, row in enumerate(rows) if self._rows[n] != row]
        labels = [n for n in changed if self._rows[n].label != rows[n].label]
        self._rows = list(rows)
        if changed and self._headers:
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], len(self._headers) - 1)
            )
        if labels:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, labels[0], labels[-1])


class SortProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; cells without a number (hidden, none) go last when
    ascending, and equal numbers by their text. Re-sorts by itself when cells change."""

    def __init__(self, source: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        mine, theirs = _number(left.data(SORT_ROLE)), _number(right.data(SORT_ROLE))
        if mine == theirs:
            return str(left.data() or "") < str(right.data() or "")
        return mine < theirs


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else math.inf


def shown_rows(view: QAbstractItemView) -> list[list[str]]:
    """The texts of a view's table as shown (after sorting), for tests and copying."""
    model = view.model()
    if model is None:
        return []
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
