"""A session file deleted while the workshop runs (issue 17): the facilitator is told at once,
and saving under a new name keeps every ballot and goes on from there."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.domain.ballot import Source
from msworkshop.ui.common import dialogs
from msworkshop.ui.services.phones import attach_phone_voting
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import make_workshop


def test_a_deleted_file_is_reported_and_saved_elsewhere_with_every_ballot(
    qtbot,
    controller: SessionController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    path = tmp_path / "offsite.msworkshop"
    controller.create(path, make_workshop())
    controller.open_round()
    for _ in range(3):
        controller.intake.cast(team_id=1, function="sales", stage=2, source=Source.KIOSK)
    phones = attach_phone_voting(controller)
    rescued = tmp_path / "rescued.msworkshop"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: rescued)

    path.unlink()
    with qtbot.waitSignal(controller.file_lost, timeout=5000):
        phones._server.session_file_lost.emit()  # what the server does on its next check
    assert no_real_dialogs and "was deleted or replaced" in no_real_dialogs[0][1]
    assert controller.path == rescued and rescued.exists()
    assert controller.ballot_count() == 3
    controller.intake.cast(team_id=1, function="sales", stage=3, source=Source.KIOSK)
    assert controller.ballot_count() == 4 and not path.exists()
