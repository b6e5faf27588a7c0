"""A whole session, prepare to close, through the real windows; both windows grabbed per step.

Set MSWORKSHOP_SCREENSHOTS=/tmp/shots to keep the PNGs (main_<width>_<step>.png,
projector_<width>_<step>.png) for a look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from msworkshop.domain.workshop import VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.common import dialogs
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.setup.dialog import SetupDialog
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import click
from tests.ui.kiosk.test_kiosk import submit_and_continue, vote
from tests.ui.projector.test_projector import projected_text

SIZES = ((1280, 720), (1920, 1080))


def shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MSWORKSHOP_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def grab(widget: QWidget, size: tuple[int, int], path: Path) -> None:
    widget.resize(*size)
    QApplication.processEvents()  # let the layouts follow the new type sizes
    image = widget.grab()
    assert (image.width(), image.height()) == size
    assert image.save(str(path))


def test_a_whole_session_from_prepare_to_close(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def prepare(parent: QWidget | None) -> Workshop | None:
        dialog = SetupDialog(parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("regions"))
        dialog.template_combo.activated.emit(dialog.template_combo.currentIndex())
        QTest.keyClicks(dialog.title_edit, "Commercial offsite 2026")
        QTest.keyClicks(dialog.organisation_edit, "Acme Benelux")
        dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(VotingMode.QUICK))
        click(dialog.ok_button)
        return dialog.workshop()

    path = tmp_path / "offsite.msworkshop"
    monkeypatch.setattr(window_dialogs, "ask_new_workshop", prepare)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggestion: path)
    window = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    window.actions_.new.trigger()  # prepare
    controller, projector = window.controller, window.projector
    assert controller.workshop.title == "Commercial offsite 2026"
    window.actions_.present.trigger()
    folder = shots_folder(tmp_path)

    for step in window.steps.visible_steps():  # an ordinary session: no "Last time"
        assert window.current_step() == step and projector.step == step
        if step == "vote":
            window.actions_.open_round.trigger()
            kiosk = window.start_kiosk()
            assert kiosk is not None
            for team_id, function, stage in ((1, "marketing", 2), (1, "sales", 3), (2, "sales", 1)):
                vote(kiosk, team_id, function, stage)
                submit_and_continue(kiosk)
            kiosk.force_close()
            assert "3 voted" in projected_text(projector)
        if step == "reveal":
            window.actions_.close_round.trigger()
        text = projected_text(projector)
        notes = controller.content.notes_for(step)
        assert notes.purpose not in text and not any(s in text for s in notes.say)
        for size in SIZES:
            grab(window, size, folder / f"main_{size[0]}_{step}.png")
            grab(projector, size, folder / f"projector_{size[0]}_{step}.png")
        window.actions_.next_step.trigger()
        if step == "stages":  # PageDown walked the slides first
            for _ in range(3):
                window.actions_.next_step.trigger()

    assert window.current_step() == "close"
    window.actions_.blank.trigger()
    grab(projector, SIZES[0], folder / "projector_blank.png")
    window.close()
    assert not projector.isVisible()
    with SessionStore.open(path) as store:
        assert store.ballot_count(1) == 3
        assert store.get_setting("ui.step") == "close"
