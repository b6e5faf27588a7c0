"""Keyboard habits: arrows stay with the widget that uses them; the shortcut overview (F1, ?).

Qt asks the focused widget first (a ``ShortcutOverride`` event) before firing a shortcut, and
text fields and spin boxes claim Left/Right that way. Tables, lists, sliders and tab bars do
not: for them :func:`forward_arrow` hands the key back, so the step shortcuts on the arrows
never steal it. The step sidebar is left alone: there the arrows mean "next/previous step".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common.i18n import on_language_change

ARROW_USERS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
FREE_FOR_STEPS = "steps"  # objectName of widgets whose arrows may move between steps


def uses_arrows(widget: QWidget | None) -> bool:
    """Whether ``widget`` needs Left/Right for itself (editing, moving in a table, ...)."""
    if widget is None or widget.objectName() == FREE_FOR_STEPS:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, ARROW_USERS)


class _ClaimKeys(QObject):
    """While a key is handed over: the widget claims it, so no shortcut fires again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return False


def _send_key(focus: QWidget, key: Qt.Key) -> None:
    """Press and release ``key`` on ``focus`` without any shortcut firing for it."""
    claim = _ClaimKeys()
    focus.installEventFilter(claim)
    try:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
    finally:
        focus.removeEventFilter(claim)


def _cell_editor_view(widget: QWidget) -> QAbstractItemView | None:
    """The item view whose cell ``widget`` is editing, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            editing = parent.state() == QAbstractItemView.State.EditingState
            return parent if editing else None
        parent = parent.parentWidget()
    return None


ESCAPE_USERS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
)


def forward_escape() -> bool:
    """Esc belongs to whatever would take it before it means "stop presenting": a cell
    being edited gets it (and cancels), a text field being typed in gives up the focus (so
    the next Esc stops). True when Esc was used that way. Menus, combo box lists and dialogs
    take Esc themselves: no window shortcut fires while they are open."""
    focus = QApplication.focusWidget()
    if focus is None:
        return False
    if _cell_editor_view(focus) is not None:
        _send_key(focus, Qt.Key.Key_Escape)
        return True
    editable_combo = isinstance(focus, QComboBox) and focus.isEditable()
    if isinstance(focus, ESCAPE_USERS) or editable_combo:
        _send_key(focus, Qt.Key.Key_Escape)
        window = focus.window()
        focus.clearFocus()
        window.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
    return False


def forward_arrow(key: Qt.Key) -> bool:
    """Give an arrow key to the focused widget if it uses arrows; True when it was given."""
    focus = QApplication.focusWidget()
    if focus is None or not uses_arrows(focus):
        return False
    _send_key(focus, key)
    return True


class ShortcutOverview(QDialog):
    """A table of what each key does (re-read from the window's actions on a language change
    when the parent window has them)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = getattr(getattr(parent, "actions_", None), "overview", None)
        self.setMinimumSize(560, 520)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self._fill(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr("Run the session from the keyboard, like presentation software.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        if callable(self._source):
            self._fill(self._source())

    def _fill(self, rows: list[tuple[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def rows(self) -> list[tuple[str, str]]:
        return [
            (_text(self.table.item(r, 0)), _text(self.table.item(r, 1)))
            for r in range(self.table.rowCount())
        ]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
