"""The facilitator window's own dialogs (set-up, shortcuts), each behind one function so
tests can monkeypatch them; loaded when the first of them opens.

Callers use them as ``window_dialogs.ask_new_workshop(...)`` (module attribute look-up) so
that a monkeypatched function is the one called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common.i18n import current_ui_language


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
        edited = dialog.workshop() if dialog.exec() == SetupDialog.DialogCode.Accepted else None
        return (edited, dialog.delete_ballots) if edited is not None else None
    finally:
        dialog.deleteLater()


def ask_followup(parent: QWidget | None, title: str) -> tuple[str, dt.date | None] | None:
    """A follow-up's title and optional date (Session → New follow-up session…), or None."""
    from msworkshop.ui.shell.followup_dialog import FollowupDialog

    dialog = FollowupDialog(title, parent)
    try:
        return dialog.answer() if dialog.exec() == FollowupDialog.DialogCode.Accepted else None
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


def ask_one_screen(parent: QWidget | None) -> str | None:
    """With one screen: "full_screen" (a projector that mirrors the laptop) or "window";
    None when cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Present on one screen"))
    box.setText(
        QCoreApplication.translate(
            "dialogs",
            "Only one screen is connected. If the projector shows a copy of this screen "
            "(mirrored display), present full screen; otherwise present in a window you can "
            "drag to the projector. Esc stops presenting; View → Mirrored display changes it.",
        )
    )
    full = box.addButton(
        QCoreApplication.translate("dialogs", "Full screen (mirrored)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    window = box.addButton(
        QCoreApplication.translate("dialogs", "In a window"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(full)
    try:
        box.exec()
        clicked = box.clickedButton()
        return "full_screen" if clicked is full else "window" if clicked is window else None
    finally:
        box.deleteLater()
