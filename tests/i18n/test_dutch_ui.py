"""With the UI in Dutch, no window shows an English string of the .ts catalogue.

The whole facilitator window is walked with a Dutch demo session, every step and every tab,
the projector on every step, the kiosk's pages, the set-up dialog, the shortcut overview,
the paper-ballot window and every menu.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from msworkshop.ui.services.session import SessionController
from msworkshop.ui.setup.dialog import SetupDialog
from msworkshop.ui.shell.main_window import SIDEBAR_STEPS, MainWindow
from msworkshop.ui.shell.shortcuts import ShortcutOverview
from tests.i18n.conftest import process_events
from tests.i18n.texts import english_left, menu_texts, widget_texts


@pytest.fixture
def window(qtbot, dutch_ui: None, demo_nl: Path) -> Iterator[MainWindow]:
    window = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_nl)
    controller = window.controller
    state = controller.plans
    state.set_agreement(1, 1, 2)  # Benelux moves on: suggestions and a plan
    state.add_suggestions(1, None, "plan")
    state.set_agreement(2, 3, 3)  # DACH stays
    controller.reveal.reveal_all()
    yield window
    if window.kiosk is not None:
        window.kiosk.force_close()
    window.projector.stop()


def _tabs(root: QWidget) -> Iterator[None]:
    """Each tab of each tab widget in ``root`` in turn (hidden tabs show nothing)."""
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                process_events()
                yield


def _walk(root: QWidget, where: str) -> list[tuple[str, str]]:
    texts = [(f"{where}: {w}", t) for w, t in widget_texts(root)]
    for _ in _tabs(root):
        texts += [(f"{where} (tab): {w}", t) for w, t in widget_texts(root)]
    return texts


def test_every_step_and_the_projector_speak_dutch(window: MainWindow) -> None:
    window.projector.present()
    texts: list[tuple[str, str]] = []
    for step in SIDEBAR_STEPS:
        window.show_step(step)
        process_events()
        texts += _walk(window, f"step {step}")
        texts += _walk(window.projector, f"projector {step}")
    window.projector.set_blank(True)
    texts += _walk(window, "blank")
    assert len(texts) > 400
    assert english_left(texts) == []
    assert "Uitslag — stemronde 1" in [t for _, t in texts]  # the walk saw the results


def test_menus_toolbar_and_status_bar_speak_dutch(window: MainWindow) -> None:
    texts: list[tuple[str, str]] = []
    window.actions_.recent_menu.aboutToShow.emit()
    window.actions_.screen_menu.aboutToShow.emit()
    for menu in window.menus.values():
        texts += list(menu_texts(menu))
    texts += [("toolbar", a.text()) for a in window.toolbar.actions()]
    texts += [("status", window.status_label.text()), ("status", window.projector_label.text())]
    chart = window.results_page.team_panels[1].score_chart
    texts += list(menu_texts(chart.export_menu()))
    assert english_left(texts) == []
    assert [m.title() for m in window.menus.values()] == [
        "&Sessie",
        "Be&werken",
        "&Ga naar",
        "&Presenteren",
        "S&temmen",
        "Beel&d",
        "&Help",
    ]


def test_accelerators_are_unique_in_every_dutch_menu(window: MainWindow) -> None:
    def letters(titles: list[str]) -> list[str]:
        return [t[t.index("&") + 1].lower() for t in titles if "&" in t.replace("&&", "")]

    bar = letters([m.title() for m in window.menus.values()])
    assert len(bar) == len(set(bar)), bar
    menus: list[QMenu] = list(window.menus.values())
    while menus:
        menu = menus.pop()
        titles = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = letters(titles)
        assert len(keys) == len(set(keys)), titles
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]


def test_the_kiosk_tally_shortcuts_and_set_up_speak_dutch(qtbot, window: MainWindow) -> None:
    window.controller.open_round()
    texts: list[tuple[str, str]] = []
    kiosk = window.start_kiosk()
    assert kiosk is not None
    for index in range(kiosk.pages.count()):
        kiosk.pages.setCurrentIndex(index)
        process_events()
        texts += _walk(kiosk, f"kiosk page {index}")
    tally = window.show_tally()
    assert tally is not None
    texts += _walk(tally, "tally")
    overview = ShortcutOverview(window.actions_.overview(), window)
    qtbot.addWidget(overview)
    overview.show()
    texts += _walk(overview, "shortcuts")
    for dialog in (
        SetupDialog(window, language="nl"),
        SetupDialog(window, window.controller.workshop, {}, {}, "nl"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        texts += _walk(dialog, "set-up")
    assert english_left(texts) == []
    assert overview.windowTitle() == "Sneltoetsen"
    assert tally.windowTitle() == "Papieren stembiljetten"


def test_the_walk_would_notice_an_english_string(window: MainWindow) -> None:
    """The check itself: an English source (plain or filled in) is found."""
    assert english_left(
        [
            ("x", "Open a new round"),
            ("y", "Round 3 is open — ballots: 12"),
            ("z", "Nieuwe stemronde openen"),
            ("w", "Marketing"),
        ]
    ) == [("x", "Open a new round"), ("y", "Round 3 is open — ballots: 12")]
