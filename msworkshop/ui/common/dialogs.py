"""Small modal questions, each behind one function so tests can monkeypatch them.

Callers use them as ``dialogs.show_error(...)`` (module attribute look-up), never
``from ... import show_error``, so that a monkeypatched function is the one called.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
