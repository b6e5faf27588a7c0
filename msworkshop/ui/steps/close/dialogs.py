"""The Close step's questions and hand-offs, each behind one function tests monkeypatch.

Call them as ``close_dialogs.ask_export_path(...)`` (module attribute look-up), so a
monkeypatched function is the one called.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask_export_path(
    parent: QWidget | None, caption: str, suggested: Path, name_filter: str
) -> Path | None:
    """A save-as dialog; the chosen path with ``suggested``'s suffix added when missing."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), name_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suggested.suffix)


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def open_in_viewer(path: Path) -> bool:
    """Open a file in the system's viewer (the PDF reader, a spreadsheet, ...)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
