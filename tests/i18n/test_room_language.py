"""What the room sees is in the session's language, whatever the UI language: the projector,
the kiosk, the printed plan. Their fixed texts are content strings (``strings/*.toml``)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from msworkshop.export.pdf import plan_pdf_bytes
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import SIDEBAR_STEPS, MainWindow
from tests.export.plan_fixtures import plan_document
from tests.i18n.conftest import process_events
from tests.i18n.texts import (
    SAME_IN_BOTH,
    english_fragments,
    english_left,
    strings_file,
    widget_texts,
)

ROOM_FILES = ("kiosk", "projector", "general", "function")


@pytest.mark.parametrize("name", ["kiosk", "projector", "phone", "pdf", "general", "setup"])
def test_every_dutch_string_differs_from_the_english(name: str) -> None:
    """A Dutch value equal to its English one is a forgotten translation (or a name)."""
    english, dutch = strings_file("en", name), strings_file("nl", name)
    assert english.keys() == dutch.keys()
    same = {v for k, v in english.items() if dutch[k] == v}
    words = {v for v in same if re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+\}", "", v))}
    allowed = {v for v in words if v in SAME_IN_BOTH}
    assert words - allowed == set()


def _english_in(texts: list[str], files: tuple[str, ...]) -> list[str]:
    fragments = [f for name in files for f in english_fragments(name)]
    flat = [" ".join(t.split()) for t in texts if t]
    return sorted({f for f in fragments for t in flat if f in t})


@pytest.mark.parametrize("handout", [False, True])
def test_the_dutch_plan_pdf_has_no_english_fixed_text(handout: bool) -> None:
    pdf = plan_pdf_bytes(plan_document("nl"), "a4", handout=handout)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert pages and "Actieplan" in pages[0]
    assert _english_in(pages, ("pdf", "general")) == []


def test_the_check_finds_english_fixed_text() -> None:
    assert _english_in(["Suggested actions: from Single to Dating"], ("pdf",))
    assert _english_in(["Scan the code with your phone camera"], ("projector",))
    assert _english_in(["Voorgestelde acties: van Vrijgezel naar Verkering"], ("pdf",)) == []


def _room_texts(root: QWidget) -> list[tuple[str, str]]:
    return [(w, t) for w, t in widget_texts(root) if not w.endswith(" title")]


def test_projector_and_kiosk_speak_the_sessions_dutch_in_an_english_ui(
    qtbot, demo_nl: Path
) -> None:
    window = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_nl)
    controller = window.controller
    state = controller.plans
    state.set_agreement(1, 1, 2)
    state.add_suggestions(1, None, "plan")
    state.set_agreement(2, 3, 3)
    window.projector.present()
    seen: list[tuple[str, str]] = []
    for reveal in (False, True):
        if reveal:
            controller.reveal.reveal_all()
        for step in SIDEBAR_STEPS:
            window.show_step(step)
            process_events()
            seen += _room_texts(window.projector)
    preview = window.results_page.projector_next
    seen += _room_texts(preview)
    controller.open_round()
    kiosk = window.start_kiosk()
    assert kiosk is not None
    for index in range(kiosk.pages.count()):
        kiosk.pages.setCurrentIndex(index)
        process_events()
        seen += _room_texts(kiosk)
    kiosk.force_close()
    window.projector.stop()
    texts = [t for _, t in seen]
    assert "Waar we staan, waar we heen gaan" in texts
    assert "Het stemmen is gesloten. Bedankt!" in texts  # the demo's round is closed
    assert any(t.startswith("Actieplan — ") for t in texts)
    assert english_left(seen) == []  # no UI (tr) string on the room's screens
    assert _english_in(texts, ROOM_FILES) == []
    assert window.sidebar.item(0).text().startswith("Welcome")  # while the UI is English
