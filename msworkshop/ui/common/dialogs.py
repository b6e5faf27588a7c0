"""Small modal questions, each behind one function so tests can monkeypatch them.

Callers use them as ``dialogs.show_error(...)`` (module attribute look-up), never
``from ... import show_error``, so that a monkeypatched function is the one called.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common.i18n import current_ui_language


def _filter() -> str:
    return QCoreApplication.translate("dialogs", "Workshop sessions (*.msworkshop);;All files (*)")


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "msworkshop", text)


def ask_confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        "msworkshop",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget | None, folder: Path) -> Path | None:
    caption = QCoreApplication.translate("dialogs", "Open session")
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), _filter())
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Save new session as"),
        str(suggested),
        _filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".msworkshop")


def ask_new_workshop(parent: QWidget | None) -> Workshop | None:
    """Run the set-up dialog for a new session; the validated Workshop, or None when cancelled."""
    from msworkshop.ui.setup.dialog import SetupDialog

    dialog = SetupDialog(parent, language=current_ui_language())
    try:
        if dialog.exec() == SetupDialog.DialogCode.Accepted:
            return dialog.workshop()
        return None
    finally:
        dialog.deleteLater()


def ask_edit_workshop(
    parent: QWidget | None,
    workshop: Workshop,
    team_counts: Mapping[int, int],
    function_counts: Mapping[str, int],
) -> tuple[Workshop, bool] | None:
    """Edit the open session's set-up: (workshop, may delete votes), or None when cancelled."""
    from msworkshop.ui.setup.dialog import SetupDialog

    dialog = SetupDialog(parent, workshop, team_counts, function_counts, current_ui_language())
    try:
        if dialog.exec() == SetupDialog.DialogCode.Accepted and dialog.workshop() is not None:
            return dialog.workshop(), dialog.delete_ballots
        return None
    finally:
        dialog.deleteLater()


def show_shortcuts(parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
    """The overview of keyboard shortcuts (F1 or ?): (what, keys) rows."""
    from msworkshop.ui.shell.shortcuts import ShortcutOverview

    dialog = ShortcutOverview(rows, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
