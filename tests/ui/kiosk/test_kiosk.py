"""The kiosk, driven with real clicks: votes reach the file and the results, nothing lingers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from msworkshop.domain.ballot import Source
from msworkshop.domain.messages import translate
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.common import dialogs
from msworkshop.ui.kiosk.window import Kiosk
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import click, make_workshop


def vote(kiosk: Kiosk, team_id: int, function: str, stage: int | None) -> None:
    click(kiosk.team_buttons[team_id])
    click(kiosk.function_buttons[function])
    if stage is not None:
        click(kiosk.stage_buttons[stage])


def submit_and_continue(kiosk: Kiosk) -> None:
    click(kiosk.submit_button)
    assert kiosk.pages.currentWidget() is kiosk.thanks_page, kiosk.error_label.text()
    click(kiosk.thanks_page)  # the next participant taps the screen


def assert_clean(kiosk: Kiosk) -> None:
    """Nothing of an earlier vote is left anywhere in the kiosk."""
    assert kiosk.pages.currentWidget() is kiosk.team_page
    assert kiosk.crumbs.text() == ""
    assert kiosk.error_label.isHidden()
    assert kiosk.comment_edit.toPlainText() == ""
    assert not kiosk.comment_edit.document().isUndoAvailable()  # Ctrl+Z brings nothing back
    assert kiosk.answers() is None or set(kiosk.answers()) == {None}
    assert not [b for b in kiosk.findChildren(QPushButton) if b.isChecked()]


@pytest.fixture
def window(qtbot, controller: SessionController) -> MainWindow:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    return window


def start_kiosk(qtbot, window: MainWindow) -> Kiosk:
    window.show_step("vote")
    click(window.vote_page.kiosk_button)
    kiosk = window.kiosk
    assert kiosk is not None and kiosk.isVisible()
    return kiosk


def test_kiosk_votes_reach_the_file_and_the_results(
    qtbot, window: MainWindow, session_path: Path
) -> None:
    controller = window.controller
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK, threshold=3))
    window.show_step("vote")
    click(window.vote_page.open_button)
    kiosk = start_kiosk(qtbot, window)
    assert_clean(kiosk)

    votes = [
        (1, "marketing", 1),
        (1, "marketing", 2),
        (1, "marketing", 2),
        (1, "sales", 1),
        (1, "sales", 1),
        (1, "sales", 3),
        (2, "marketing", 4),
        (2, "marketing", 4),
    ]
    for team_id, function, stage in votes:
        vote(kiosk, team_id, function, stage)
        assert kiosk.pages.currentWidget() is kiosk.finish_page  # quick mode: no statements
        submit_and_continue(kiosk)
        assert_clean(kiosk)

    with SessionStore.open(session_path) as store:
        stored = store.ballots(1)
    assert len(stored) == 8
    assert {b.source for b in stored} == {Source.KIOSK}
    team1 = sorted((b.function, b.stage) for b in stored if b.team_id == 1)
    assert team1 == sorted((f, s) for t, f, s in votes if t == 1)
    assert all(b.comment == "" and not b.has_diagnostic for b in stored)

    assert window.vote_page.count(1, "marketing") == 3
    assert window.vote_page.count(2, "marketing") == 2
    results = window.results_page
    marketing = results.chart(1, "marketing").data()
    sales = results.chart(1, "sales").data()
    assert marketing.counts == (1, 2, 0, 0) and marketing.colour == "#0072B2"
    assert sales.counts == (2, 0, 1, 0) and sales.colour == "#E69F00"
    assert marketing.title == "Marketing" and sales.title == "Sales"
    hidden = results.panel(2, "marketing")
    assert hidden.chart.data().suppressed
    assert hidden.chart.data().suppressed_text == "Too few votes to show — anonymity"
    assert hidden.ballots_label.text() == "" and hidden.modal_label.text() == ""
    assert results.panel(1, "sales").modal_label.text().startswith("Most chosen: ")
    window.show_step("reveal")
    assert not results.grab().isNull()  # paints without errors
    assert "offsite.msworkshop" in window.status_label.text()
    assert "ballots: 8" in window.status_label.text()


def test_statements_comment_and_a_clean_reset(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.BOTH, threshold=1))
    controller.open_round()
    kiosk = Kiosk(controller, reset_delay_ms=50)
    qtbot.addWidget(kiosk)
    kiosk.show()
    vote(kiosk, 2, "sales", 3)
    assert kiosk.crumbs.text() == "South  ·  Sales  ·  Living together"
    assert len(kiosk.statement_pages) == 5  # four statements a page
    click(kiosk.statement_rows[0].buttons[4])  # statement 1: 5
    click(kiosk.statement_rows[1].buttons[1])  # statement 2: 2 ...
    click(kiosk.statement_rows[1].buttons[1])  # ... and taken back: no answer
    click(kiosk.statement_rows[2].buttons[0])
    click(kiosk.statement_rows[2].buttons[3])  # statement 3: changed from 1 to 4
    for page in kiosk.statement_pages:
        click(page.property("next_button"))
    assert kiosk.pages.currentWidget() is kiosk.finish_page
    QTest.keyClicks(kiosk.comment_edit, "Leads get lost")
    click(kiosk.submit_button)
    assert kiosk.pages.currentWidget() is kiosk.thanks_page
    assert_clean_inputs = kiosk.comment_edit.toPlainText() == "" and kiosk.crumbs.text() == ""
    assert assert_clean_inputs  # cleared already while the thank-you shows
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.team_page, timeout=2000)
    assert_clean(kiosk)

    [ballot] = SessionStore.open(session_path).ballots(1)
    assert (ballot.team_id, ballot.function, ballot.stage) == (2, "sales", 3)
    assert ballot.answers == (5, None, 4, *(None,) * 17)
    assert ballot.comment == "Leads get lost"


def test_back_and_start_over(qtbot, controller: SessionController, session_path: Path) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.show()
    click(kiosk.team_buttons[1])
    click(kiosk.function_buttons["sales"])
    back = [b for b in kiosk.stage_page.findChildren(QPushButton) if b.objectName() == "nav"]
    click(back[0])
    assert kiosk.pages.currentWidget() is kiosk.function_page
    click(kiosk.start_over_button)
    assert_clean(kiosk)
    assert controller.ballot_count() == 0


def test_comment_is_cut_at_500_characters(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.comment_edit.setPlainText("x" * 600)
    assert len(kiosk.comment_edit.toPlainText()) == 500


def test_a_closed_round_shows_an_error_in_the_session_language(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(language="nl"))
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.show()
    vote(kiosk, 1, "marketing", 2)
    controller.close_round()  # the facilitator closes the round meanwhile
    click(kiosk.submit_button)
    expected = translate("round_closed", "nl", round=1)
    assert kiosk.error_label.isVisible() and kiosk.error_label.text() == expected
    assert kiosk.pages.currentWidget() is kiosk.finish_page
    assert SessionStore.open(session_path).ballot_count(1) == 0
    click(kiosk.start_over_button)  # a fresh start still says why no one can vote
    assert kiosk.error_label.text() == expected
    assert not kiosk.team_buttons[1].isEnabled()
    controller.open_round()  # round 2: the kiosk is ready again
    assert kiosk.error_label.isHidden() and kiosk.team_buttons[1].isEnabled()


def test_leaving_needs_the_shortcut_and_a_yes(
    qtbot, controller: SessionController, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.create(session_path, make_workshop())
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.close()  # Alt+F4 or the window manager's close button: ignored
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()

    answers: list[str] = []
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: answers.append(text) or False)
    kiosk.activateWindow()
    assert QTest.qWaitForWindowActive(kiosk)
    QTest.keyClick(
        kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(answers) == 1 and kiosk.isVisible()

    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: True)
    with qtbot.waitSignal(kiosk.left):
        QTest.keyClick(
            kiosk,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not kiosk.isVisible()


def test_closing_the_session_closes_the_kiosk(
    qtbot, window: MainWindow, session_path: Path
) -> None:
    window.controller.create(session_path, make_workshop())
    kiosk = start_kiosk(qtbot, window)
    with qtbot.waitSignal(kiosk.left):
        window.actions_.close.trigger()
    assert window.kiosk is None


def test_kiosk_speaks_the_sessions_language_not_the_apps(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    from msworkshop.domain.content_loader import load_content

    controller.create(session_path, make_workshop(language="nl", mode=VotingMode.BOTH))
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.show()
    nl = load_content("nl")
    texts = {label.text() for label in kiosk.findChildren(QLabel)}
    assert nl.text("kiosk.choose_team") in texts and "Which team are you in?" not in texts
    assert kiosk.submit_button.text() == nl.text("kiosk.submit") == "Verstuur mijn stem"
    assert kiosk.start_over_button.text() == "Opnieuw beginnen"
    assert kiosk.windowTitle() == "Stemmen \N{EN DASH} Spring offsite"
    assert nl.text("kiosk.statements_hint", first=1, last=4, total=20) in texts
    en_keys = {k for k in load_content("en").strings if k.startswith("kiosk.")}
    assert en_keys == {k for k in nl.strings if k.startswith("kiosk.")} and len(en_keys) == 14


def test_an_open_kiosk_follows_set_up_edits(qtbot, window: MainWindow, session_path: Path) -> None:
    from dataclasses import replace

    from msworkshop.domain.workshop import Team

    controller = window.controller
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    kiosk = start_kiosk(qtbot, window)
    click(kiosk.team_buttons[1])  # someone had started
    workshop = controller.workshop
    teams = (
        replace(workshop.teams[0], name="North Europe"),
        *workshop.teams[1:],
        Team(0, "Online"),
    )
    controller.update_workshop(replace(workshop, teams=teams, title="Autumn offsite"))
    assert_clean(kiosk)  # the started ballot starts over, on the new choices
    names = {button.text() for button in kiosk.team_buttons.values()}
    assert names == {"North Europe", "South", "Online"}
    assert kiosk.title_label.text() == "Autumn offsite"
    new_team = next(t.id for t in controller.workshop.teams if t.name == "Online")
    vote(kiosk, new_team, "sales", 2)
    submit_and_continue(kiosk)
    assert controller.ballot_counts() == {(new_team, "sales"): 1}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_first_screen_shows_the_phone_pages_anonymity_promise(
    qtbot, controller: SessionController, session_path: Path, language: str
) -> None:
    from msworkshop.domain.content_loader import load_content

    controller.create(session_path, make_workshop(language=language, mode=VotingMode.QUICK))
    controller.open_round()
    kiosk = Kiosk(controller, reset_delay_ms=50)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    content = load_content(language)  # the texts the phone page shows (general.promise*)
    expected = (content.text("general.promise_title"), content.text("general.promise"))
    promise = {
        "en": "We store no names, no addresses or device details, and no times.",
        "nl": "We bewaren geen namen, geen adressen of apparaatgegevens en geen tijdstippen.",
    }[language]

    def shown() -> tuple[str, str]:
        assert kiosk.pages.currentWidget() is kiosk.team_page
        box = kiosk.promise
        assert box.isVisible() and kiosk.team_page.isAncestorOf(box)
        on_screen = QRect(box.mapTo(kiosk, QPoint(0, 0)), box.size())
        assert kiosk.rect().contains(on_screen)  # inside the kiosk's screen, not below it
        for label in (box.title, box.text):  # not cut off: the wrapped text has its height
            assert label.height() >= label.heightForWidth(label.width())
        return box.title.text(), box.text.text()

    assert shown() == expected and expected[1].startswith(promise)
    vote(kiosk, 1, "sales", 2)
    assert not kiosk.promise.isVisible()  # the first screen only
    submit_and_continue(kiosk)
    assert shown() == expected  # every participant sees it again


def test_long_team_names_wrap_and_leave_the_promise_on_screen(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    names = tuple(f"{i}. Noord-Holland, IJsselmeer en Zuiderzee ĳ é"[:40] for i in range(10))
    controller.create(session_path, make_workshop(language="nl", teams=names))
    controller.open_round()
    kiosk = Kiosk(controller)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    assert kiosk.minimumSizeHint().width() <= 1280  # the names need no wider screen
    screen = kiosk.rect()
    for team_id, button in kiosk.team_buttons.items():
        assert button.text() == controller.workshop.team(team_id).name
        assert screen.contains(QRect(button.mapTo(kiosk, QPoint(0, 0)), button.size()))
        label = button.findChild(QLabel)
        assert label is not None and label.text() == button.text()
        assert label.height() >= label.heightForWidth(label.width())  # every line shown
    promise = QRect(kiosk.promise.mapTo(kiosk, QPoint(0, 0)), kiosk.promise.size())
    assert screen.contains(promise)
    last = kiosk.team_buttons[max(kiosk.team_buttons)]
    assert last.mapTo(kiosk, QPoint(0, last.height())).y() <= promise.top()  # no overlap
    click(kiosk.team_buttons[min(kiosk.team_buttons)])  # the whole button still takes a tap
    assert kiosk.pages.currentWidget() is kiosk.function_page
