"""The facilitator window: steps, opening files, recent files, geometry, demo, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.app import create_main_window
from msworkshop.ui.common import dialogs, settings
from msworkshop.ui.kiosk.window import Kiosk
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import SIDEBAR_STEPS, MainWindow
from tests.ui.conftest import make_workshop


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(window)
    return window


def test_sidebar_lists_the_steps_and_drives_the_pages(
    window: MainWindow, session_path: Path
) -> None:
    sidebar = window.sidebar
    # "Last time" is there for follow-up sessions only (tests/ui/steps/lasttime).
    titles = [sidebar.item(i).text() for i in range(sidebar.count()) if not sidebar.isRowHidden(i)]
    assert titles == [
        "Welcome",
        "The four stages",
        "Vote",
        "Reveal",
        "Discuss the gaps",
        "Agree",
        "Action plan",
        "Close",
    ]
    assert "prepare" not in SIDEBAR_STEPS
    assert window.body.currentWidget() is window.empty_page
    window.controller.create(session_path, make_workshop())
    assert window.current_step() == "welcome"  # a new session starts at the beginning
    assert window.sidebar.item(0).text() == "Welcome · 10 min"  # title and timebox
    window.show_step("vote")
    assert window.steps.current_page() is window.vote_page
    window.sidebar.setCurrentRow(SIDEBAR_STEPS.index("reveal"))
    assert window.steps.current_page() is window.results_page
    window.actions_.next_step.trigger()
    assert window.current_step() == "gaps"
    assert "offsite.msworkshop — no voting round yet" in window.status_label.text()


def test_open_remembers_the_file_and_close_forgets_the_session(
    window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, folder: session_path)
    window.actions_.open.trigger()
    assert window.controller.path == session_path
    assert window.windowTitle().startswith("Spring offsite")
    assert settings.recent_files(QSettings()) == [session_path.resolve()]
    window.actions_.recent_menu.aboutToShow.emit()
    assert window.actions_.recent_menu.actions()[0].text() == session_path.name
    window.actions_.close.trigger()
    assert not window.controller.is_open
    assert window.body.currentWidget() is window.empty_page
    assert not window.actions_.close.isEnabled()


def test_a_file_that_cannot_be_opened_shows_an_error(
    window: MainWindow, tmp_path: Path, no_real_dialogs: list[tuple[str, str]]
) -> None:
    damaged = tmp_path / "damaged.msworkshop"
    damaged.write_bytes(b"not a session" * 200)
    assert not window.open_path(damaged)
    [(kind, text)] = no_real_dialogs
    assert kind == "error" and "damaged.msworkshop" in text
    assert not window.controller.is_open


def test_round_buttons_follow_the_round(
    window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.vote_page
    assert not page.open_button.isEnabled() and not page.kiosk_button.isEnabled()
    window.controller.create(session_path, make_workshop())
    assert page.open_button.isEnabled() and not page.close_button.isEnabled()
    page.open_button.click()
    assert page.close_button.isEnabled() and not page.open_button.isEnabled()
    assert "Round 1 is open" in page.status_label.text()
    page.close_button.click()
    assert "Round 1 is closed" in page.status_label.text()
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: False)
    page.open_button.click()  # a second round needs a yes
    assert window.controller.current_round().number == 1
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: True)
    page.open_button.click()
    assert window.controller.current_round().number == 2


def test_geometry_is_saved_on_close(qtbot) -> None:
    window = MainWindow(SessionController())
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    window.close()
    again = MainWindow(SessionController())
    qtbot.addWidget(again)
    assert settings.load_bytes(settings.GEOMETRY_KEY) is not None
    assert (again.width(), again.height()) == (700, 500)


def test_the_phone_door_opens_once_the_window_is_on_screen(qtbot) -> None:
    """Start-up shows the window first; the phone server (network modules, interfaces) follows
    on the next turn of the event loop after the first paint."""
    window = create_main_window(demo=True, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller = window.controller
    assert controller.is_open and controller.phones is None and controller.join_url == ""
    announced: list[str] = []
    controller.join_url_changed.connect(announced.append)
    window.show()
    qtbot.waitUntil(lambda: bool(controller.join_url), timeout=5000)
    assert controller.phones.join_url == controller.join_url
    assert announced[-1] == controller.join_url  # views built before now catch up
    window.show_step("vote")
    panel = window.vote_page.join_panel
    assert panel.isVisibleTo(window)
    assert panel.url.text() == controller.join_url.removeprefix("http://")  # as projected


def test_demo_opens_a_realistic_session(qtbot) -> None:
    window = create_main_window(demo=True, full_screen_kiosk=False)
    qtbot.addWidget(window)
    result = window.controller.result
    assert window.controller.is_open and result is not None and result.round_number == 1
    assert window.results_page.chart(1, "marketing").data().total == 8
    assert window.results_page.chart(3, "sales").data().suppressed


def _shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MSWORKSHOP_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(widget: QWidget, path: Path) -> None:
    image = widget.grab()
    assert (image.width(), image.height()) == (1280, 720)
    assert image.save(str(path))


def test_screenshots_at_1280x720(qtbot, tmp_path: Path) -> None:
    """Set MSWORKSHOP_SCREENSHOTS=/tmp/shots to keep the PNGs for a look."""
    folder = _shots_folder(tmp_path)
    window = create_main_window(demo=True, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_step("reveal")
    qtbot.waitExposed(window)
    _save(window, folder / "main_results.png")
    window.show_step("vote")
    _save(window, folder / "main_vote.png")

    controller = SessionController()
    controller.create(
        tmp_path / "kiosk.msworkshop",
        make_workshop(mode=VotingMode.BOTH, teams=("Benelux", "DACH", "Nordics", "Iberia")),
    )
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 720)
    kiosk.show()
    _save(kiosk, folder / "kiosk_team.png")
    kiosk.team_buttons[1].click()
    _save(kiosk, folder / "kiosk_function.png")
    kiosk.function_buttons["sales"].click()
    _save(kiosk, folder / "kiosk_stage.png")
    kiosk.stage_buttons[2].click()
    kiosk.statement_rows[0].buttons[3].click()
    _save(kiosk, folder / "kiosk_statements.png")
    for page in kiosk.statement_pages:
        page.property("next_button").click()
    _save(kiosk, folder / "kiosk_finish.png")
    kiosk.submit_button.click()
    _save(kiosk, folder / "kiosk_thanks.png")
    controller.close()


def test_undo_texts_follow_a_change_of_language(
    qtbot, window: MainWindow, session_path: Path
) -> None:
    """Commands made in English read in Dutch after the switch, and back (issue 13, 5)."""
    from msworkshop.domain.plans import PlanAction
    from msworkshop.ui.common import i18n

    controller = window.controller
    controller.create(session_path, make_workshop())
    controller.open_round()
    controller.close_round()  # "Close round 1"
    window.show_step("plan")
    page = window.steps.pages["plan"]
    page.team_box.setCurrentIndex(0)
    controller.plans.add_action(
        PlanAction(page.team_id(), "Weekly lead review"), lambda: page.tr("Add an action")
    )
    undo = window.actions_.undo
    assert undo.text() == "&Undo Add an action"
    try:
        assert i18n.set_ui_language("nl")
        qtbot.waitUntil(lambda: undo.text().startswith("&Ongedaan"), timeout=2000)
        assert undo.text() == "&Ongedaan maken: Actie toevoegen"
        controller.undo_stack.undo()
        assert undo.text() == "&Ongedaan maken: Stemronde 1 sluiten"
        assert controller.undo_stack.redoText() == "Actie toevoegen"
    finally:
        i18n.set_ui_language("en")
    qtbot.waitUntil(lambda: undo.text().startswith("&Undo"), timeout=2000)
    assert undo.text() == "&Undo Close round 1"
    assert controller.undo_stack.redoText() == "Add an action"


def test_opening_a_new_round_says_which_round_the_plan_stays_on(
    window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    controller.create(session_path, make_workshop())
    controller.open_round()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: asked.append(text) or True)
    window.vote_page.open_button.setEnabled(True)
    controller.close_round()
    window.vote_page.open_button.click()  # nobody agreed yet: round 1, the one just closed
    assert "stay based on round 1" in asked[-1]
    controller.plans.set_agreement(1, 2, 3)  # agreed in round 2
    controller.close_round()
    window.vote_page.open_button.click()
    assert "stay based on round 2" in asked[-1] and controller.current_round().number == 3
    controller.close_round()
    window.vote_page.open_button.click()  # round 4: the agreement of round 2 still holds
    assert "stay based on round 2" in asked[-1]
