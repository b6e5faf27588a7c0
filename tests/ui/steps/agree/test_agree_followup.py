"""The Agree step of a follow-up session shows last time's target beside today's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from msworkshop.store import SessionStore
from msworkshop.store.followup import create_followup
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.agree.page import AgreePage
from msworkshop.ui.steps.agree.view import AgreeView
from tests.ui.conftest import make_workshop


def _earlier(path: Path) -> Path:
    with SessionStore.create(path, make_workshop()) as store:
        store.open_round()
        store.set_agreement(1, 2, 3)  # North moves on; South was not agreed
    return path


def test_last_times_target_beside_todays(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    new = create_followup(_earlier(tmp_path / "a.msworkshop"), tmp_path / "b.msworkshop")
    controller.open(new)
    page = AgreePage(controller)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.columnCount() == model.target_column + 1  # no column more than usual
    north, south = model.index(0, 0), model.index(1, 0)
    assert north.data() == "North\nlast time: → 3. Living together"
    assert north.data(Qt.ItemDataRole.ToolTipRole) == (
        "Last time: agreed 2. Dating, target 3. Living together"
    )
    assert south.data() == "South\nnot agreed last time"
    controller.open_round()
    page.agree(1, 3, stay=True)  # today's choice does not touch last time's
    assert model.index(0, 0).data() == "North\nlast time: → 3. Living together"
    assert model.index(0, model.target_column).data() == "Stay and strengthen"


def test_the_room_sees_last_times_target_too(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    new = create_followup(_earlier(tmp_path / "a.msworkshop"), tmp_path / "b.msworkshop")
    controller.open(new)
    view = AgreeView(controller)
    qtbot.addWidget(view)
    assert "North\nlast time: → 3. Living together" in view.texts()
    assert "South" in view.texts()  # nothing agreed last time: nothing more to read


def test_an_ordinary_session_has_no_such_column(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    controller.open(_earlier(tmp_path / "a.msworkshop"))
    page = AgreePage(controller)
    qtbot.addWidget(page)
    assert page.model.index(0, 0).data() == "North"
    view = AgreeView(controller)
    qtbot.addWidget(view)
    assert "North" in view.texts()
    assert page.model.columnCount() == page.model.target_column + 1
