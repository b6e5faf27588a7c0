"""The keyed rows model: views keep selection and sort order because nothing is refilled."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QTableView

from msworkshop.ui.models.rows import KEY_ROLE, Cell, Row, RowsModel, SortProxy, shown_rows


def rows(*pairs: tuple[str, float | None]) -> list[Row]:
    return [Row(name, (Cell(name), Cell("" if n is None else str(n), sort=n))) for name, n in pairs]


def test_changed_cells_give_data_changed_not_a_reset(qtbot) -> None:
    model = RowsModel()
    model.set_table(["Team", "Votes"], rows(("North", 1), ("South", 2)))
    resets, changed = QSignalSpy(model.modelReset), QSignalSpy(model.dataChanged)
    inserted, removed = QSignalSpy(model.rowsInserted), QSignalSpy(model.rowsRemoved)
    model.set_table(["Team", "Votes"], rows(("North", 1), ("South", 3)))
    assert resets.count() == 0 and inserted.count() == 0 and removed.count() == 0
    assert changed.count() == 1
    first, last = changed.at(0)[0], changed.at(0)[1]
    assert (first.row(), last.row(), last.column()) == (1, 1, 1)
    model.set_table(["Team", "Votes"], rows(("North", 1), ("South", 3)))
    assert changed.count() == 1  # nothing changed: nothing announced


def test_rows_are_matched_by_key_and_persistent_indexes_follow(qtbot) -> None:
    model = RowsModel()
    model.set_table(["Team", "Votes"], rows(("A", 1), ("B", 2), ("C", 3), ("D", 4)))
    held = QPersistentModelIndex(model.index(2, 1))  # C
    gone = QPersistentModelIndex(model.index(1, 0))  # B
    model.set_table(["Team", "Votes"], rows(("E", 5), ("C", 3), ("A", 1), ("F", 6), ("D", 4)))
    assert [model.key(r) for r in range(model.rowCount())] == ["E", "C", "A", "F", "D"]
    assert held.isValid() and held.row() == 1 and held.data() == "3"
    assert not gone.isValid()
    assert shown_rows_of(model) == [["E", "5"], ["C", "3"], ["A", "1"], ["F", "6"], ["D", "4"]]
    assert model.index(3, 0).data(KEY_ROLE) == "F" and model.row_of("D") == 4


def test_columns_grow_and_shrink_without_losing_rows(qtbot) -> None:
    model = RowsModel()
    model.set_table(["Team"], [Row(1, (Cell("North"),))])
    held = QPersistentModelIndex(model.index(0, 0))
    model.set_table(["Team", "Sales", "Total"], [Row(1, (Cell("North"), Cell("2"), Cell("2")))])
    assert model.columnCount() == 3 and model.index(0, 2).data() == "2" and held.isValid()
    model.set_table(["Team", "Total"], [Row(1, (Cell("North"), Cell("2")))])
    assert model.headers() == ["Team", "Total"] and held.isValid()
    model.clear()
    assert model.rowCount() == 0 and model.columnCount() == 0


def shown_rows_of(model: RowsModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_sorted_view_keeps_its_selection_and_order_across_updates(qtbot) -> None:
    model = RowsModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(SortProxy(model, view))
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    model.set_table(["Team", "Votes"], rows(("North", 3), ("South", None), ("West", 1)))
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in shown_rows(view)] == ["West", "North", "South"]  # none: last
    view.selectRow(1)  # North
    model.set_table(["Team", "Votes"], rows(("North", 0), ("South", None), ("West", 1)))
    assert [r[0] for r in shown_rows(view)] == ["North", "West", "South"]  # re-sorted
    selected = view.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["North"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in shown_rows(view)] == ["South", "West", "North"]
