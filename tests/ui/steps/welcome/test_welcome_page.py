"""The Welcome page: the set-up at a glance, shown as typed (never as markup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.welcome.page import WelcomePage
from tests.ui.conftest import make_workshop


def rows(page: WelcomePage) -> dict[str, str]:
    """Name -> value, as the grid shows them; every label plain text."""
    labels = page.summary.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    grid = page.summary.layout()
    shown = {}
    for row in range(grid.rowCount()):
        name, value = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        if name is not None and value is not None:
            shown[name.widget().text()] = value.widget().text()
    assert len(labels) == 2 * len(shown)
    return shown


def test_the_set_up_is_listed_and_follows_edits(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = WelcomePage(controller)
    qtbot.addWidget(page)
    assert rows(page) == {}
    controller.create(session_path, make_workshop(teams=("<b>North</b>", "South & East")))
    shown = rows(page)
    assert shown["Title"] == "Spring offsite"
    assert shown["Teams"] == "<b>North</b>, South & East"  # as typed, not bold
    assert shown["Anonymity threshold"] == "3"
    controller.close()
    assert rows(page) == {}
