"""Switching the UI language in the running app re-translates every open window at once,
and nothing the facilitator was doing is lost. What the room sees keeps the session's
language (projector views, kiosk); the projector's window title follows the UI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.common import i18n, settings
from msworkshop.ui.services.commands import edit_workshop
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.setup.dialog import SetupDialog
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.gaps.page import GapsPage
from msworkshop.ui.steps.plan.page import PlanPage
from tests.i18n.conftest import process_events


def choose_language(window: MainWindow, language: str) -> None:
    """Through the View > Language menu, as the facilitator does."""
    action = next(a for a in window.actions_.languages.actions() if a.data() == language)
    action.trigger()
    process_events()


@pytest.fixture
def window(qtbot, demo_en: Path) -> Iterator[MainWindow]:
    window = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_en)
    yield window
    if window.kiosk is not None:
        window.kiosk.force_close()
    window.projector.stop()


def texts_of(window: MainWindow) -> dict[str, str]:
    """One characteristic text of each window and page."""
    gaps, plan = window.pages["gaps"], window.pages["plan"]
    assert isinstance(gaps, GapsPage) and isinstance(plan, PlanPage)
    return {
        "menu": window.menus["session"].title(),
        "action": window.actions_.open_round.text(),
        "sidebar": window.sidebar.item(0).text(),
        "step title": window.steps.title_label.text(),
        "timer": window.steps.timer_widget.start_button.text(),
        "notes": window.steps.notes.toPlainText().splitlines()[1],
        "status": window.status_label.text(),
        "vote": window.vote_page.kiosk_button.text(),
        "results tab": window.results_page.tabs.tabText(1),
        "reveal": window.results_page.reveal_panel.next_button.text(),
        "gaps caption": gaps.notes.caption.text(),
        "plan header": plan.table.model().headerData(1, Qt.Orientation.Horizontal),
        "plan priority": plan.editor.priority.currentText(),
        "projector title": window.projector.windowTitle(),
    }


def test_en_nl_en_retranslates_every_window_and_keeps_the_state(qtbot, window: MainWindow) -> None:
    controller = window.controller
    controller.open_round()  # a second round, for the kiosk
    controller.reveal.set_focus(1)
    controller.reveal.reveal_next()  # Benelux's stage votes are on the projector
    gaps, plan = window.pages["gaps"], window.pages["plan"]
    assert isinstance(gaps, GapsPage) and isinstance(plan, PlanPage)
    plan.select_team(1)
    gaps.show_team(2)  # the room's focus team: the plan step follows it
    gaps.notes.edit.setPlainText("Half typed, not saved yet")
    window.show_step("plan")
    window.steps.timer_widget.start_button.click()  # the plan's timer runs
    window.projector.present()
    kiosk = window.start_kiosk()
    assert kiosk is not None
    kiosk.team_buttons[controller.workshop.teams[1].id].click()  # someone is voting
    tally = window.show_tally()
    assert tally is not None
    dialog = SetupDialog(window, controller.workshop, {}, {}, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Typed in the dialog")
    process_events()
    english = texts_of(window)
    room = window.projector.current_view()
    assert room is not None
    room_texts = [label.text() for label in room.findChildren(QLabel)]
    kiosk_page, kiosk_title = kiosk.pages.currentWidget(), kiosk.windowTitle()
    kiosk_texts = [label.text() for label in kiosk.findChildren(QLabel)]

    choose_language(window, "nl")

    dutch = texts_of(window)
    assert dutch == {
        "menu": "&Sessie",
        "action": "Stemronde &openen",
        "sidebar": "Welkom · 10 min",
        "step title": "Actieplan",
        "timer": "Pauze",
        "notes": "Doel",
        "status": "demo-en.msworkshop — stemronde 2 — stembiljetten: 0",
        "vote": "Kiosk starten",
        "results tab": "Overzicht",
        "reveal": "Volgende onthullen",
        "gaps caption": "Aantekeningen bij dit team (bewaard in de sessie, afgedrukt in het "
        "actieplan)",
        "plan header": "Eigenaar",
        "plan priority": "Gemiddeld",
        "projector title": "msworkshop — projector: wat de zaal ziet",
    }
    assert all(dutch[key] != english[key] for key in dutch)
    assert tally.windowTitle() == "Papieren stembiljetten"
    assert dialog.windowTitle() == "Sessie-instellingen"
    assert dialog.form_labels["title"].text() == "&Titel:"
    assert settings.ui_language() == "nl" and i18n.current_ui_language() == "nl"
    assert QLocale().language() == QLocale.Language.Dutch
    # Nothing lost: step, timer, reveal, projector, typed text, chosen teams, the kiosk.
    assert window.current_step() == "plan"
    assert window.timers["plan"].running
    assert controller.reveal.level(1) == RevealLevel.STAGES and window.projector.presenting
    assert gaps.team_id() == 2 and gaps.notes.edit.toPlainText() == "Half typed, not saved yet"
    assert plan.team_id() == 2
    assert dialog.title_edit.text() == "Typed in the dialog"
    assert kiosk.pages.currentWidget() is kiosk_page and kiosk.isVisible()
    # The room keeps the session's language (English here).
    assert [label.text() for label in room.findChildren(QLabel)] == room_texts
    assert [label.text() for label in kiosk.findChildren(QLabel)] == kiosk_texts
    assert kiosk.windowTitle() == kiosk_title

    choose_language(window, "en")

    assert texts_of(window) == english
    assert dialog.windowTitle() == "Session set-up" and tally.windowTitle() == "Paper ballots"
    assert window.timers["plan"].running and window.current_step() == "plan"
    assert gaps.notes.edit.toPlainText() == "Half typed, not saved yet"


def test_the_language_menu_shows_the_choice(window: MainWindow) -> None:
    choose_language(window, "nl")
    checked = [a.data() for a in window.actions_.languages.actions() if a.isChecked()]
    assert checked == ["nl"]
    assert window.actions_.language_menu.title() == "&Taal"
    assert [a.text() for a in window.actions_.languages.actions()] == ["English", "Nederlands"]


def test_numbers_and_dates_follow_the_ui_locale(window: MainWindow) -> None:
    panel = window.results_page.team_panels[1].panels["marketing"]
    window.show_step("plan")
    plan = window.pages["plan"]
    assert isinstance(plan, PlanPage)
    assert "mean 2.4" in panel.modal_label.text()
    assert plan.editor.due.displayFormat() in ("d MMMM yyyy", "MMMM d, yyyy")
    choose_language(window, "nl")
    assert "gemiddeld 2,4" in panel.modal_label.text()
    assert plan.editor.due.displayFormat() == "dd-MM-yyyy"
    date = window.controller.workshop.date  # the demo's date is the day it was built
    assert date is not None
    assert i18n.format_date(date) == f"{date.day:02d}-{date.month:02d}-{date.year}"


def test_changing_the_session_language_changes_what_the_room_sees(window: MainWindow) -> None:
    """The projector follows the session's language (UI stays English)."""
    controller = window.controller
    window.show_step("agree")
    view = window.projector.views["agree"]
    heading = view.findChild(QLabel)
    assert heading is not None and heading.text() == "Where we stand, where we go"
    assert edit_workshop(controller, controller.workshop.with_changes(language="nl"), False)
    process_events()
    assert heading.text() == "Waar we staan, waar we heen gaan"
    assert window.projector.locale().language() == QLocale.Language.Dutch
    assert window.sidebar.item(0).text() == "Welcome · 10 min"  # the UI stays English
    assert window.locale().language() != QLocale.Language.Dutch


def test_the_remembered_language_is_applied_at_start_up(qtbot) -> None:
    from msworkshop.ui.app import apply_ui_language, create_main_window

    settings.set_ui_language("nl")
    assert apply_ui_language() == "nl"
    window = create_main_window(full_screen_kiosk=False)
    qtbot.addWidget(window)
    assert window.empty_labels[0].text() == "Geen sessie geopend"
    assert [a.data() for a in window.actions_.languages.actions() if a.isChecked()] == ["nl"]
    window.projector.deleteLater()


def test_without_a_choice_the_systems_language_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from msworkshop.ui.app import apply_ui_language

    monkeypatch.setattr(i18n, "system_ui_language", lambda: "nl")
    assert settings.ui_language() == ""
    assert apply_ui_language() == "nl" and i18n.current_ui_language() == "nl"


def test_the_facilitators_notes_follow_the_ui_language_not_the_sessions(qtbot, tmp_path) -> None:
    """Issue 13: an English session run by a Dutch-speaking facilitator: the laptop's notes
    are Dutch, the room's texts stay English."""
    from msworkshop.domain.content_loader import load_content
    from msworkshop.ui.services.session import SessionController
    from msworkshop.ui.shell.main_window import MainWindow
    from tests.ui.conftest import make_workshop

    controller = SessionController()
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(tmp_path / "en.msworkshop", make_workshop(language="en"))
    i18n.set_ui_language("nl")
    dutch = load_content("nl").notes_for("welcome").title
    qtbot.waitUntil(lambda: window.steps.notes.notes.title == dutch)  # LanguageChange is posted
    assert controller.content.language == "en"
    window.show_step("gaps")
    assert window.steps.notes.notes.title == load_content("nl").notes_for("gaps").title
    i18n.set_ui_language("en")
    english = load_content("en").notes_for("gaps").title
    qtbot.waitUntil(lambda: window.steps.notes.notes.title == english)
