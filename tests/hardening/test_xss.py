"""No markup injection through comments, team names, function names or titles.

Participants control one free text (the comment); the facilitator controls team and function
names, titles, notes and actions. Each surface must show such text literally:

* the phone page (real Chromium via Playwright) builds every node with textContent;
* the app's Qt widgets never render such text as rich text (a QLabel in its default
  ``AutoText`` format would turn ``<b>x</b>`` bold and load ``<img src=...>``);
* the PDF escapes it before it enters reportlab's Paragraph markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText is a QtGui function
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.export.pdf import export_plan_pdf
from msworkshop.export.plan_exports import plan_document
from msworkshop.store import SessionStore
from msworkshop.ui.app import create_main_window
from msworkshop.ui.shell.main_window import SIDEBAR_STEPS
from tests.web.conftest import PHONE, Served, start_server, stop_server

IMG = "<img src=x onerror=alert(1)>"
BOLD = "<b>x</b>"
SCRIPT = "<script>alert(1)</script>"
MARKERS = ("<img", "<b>", "<script", "<font", "&lt;")


def _workshop(language: str = "en") -> Workshop:
    return Workshop(
        title=f"Offsite {SCRIPT}",
        teams=(Team(0, IMG), Team(0, f"{BOLD} team")),
        functions=(Function("marketing"), Function("sales"), Function("service", BOLD)),
        language=language,
        mode=VotingMode.BOTH,
        threshold=1,
        organisation=f"Acme {BOLD}",
    )


def _fill(store: SessionStore) -> None:
    round_ = store.open_round()
    for team in (1, 2):
        for function in ("marketing", "sales", "service"):
            for n in range(3):
                store.add_ballot(
                    Ballot(
                        team,
                        function,
                        round_.number,
                        stage=1 + n,
                        answers=tuple(1 + (n + i) % 5 for i in range(20)),
                        comment=f"{BOLD} {IMG} {n}",
                        source=Source.PHONE,
                    )
                )
    store.set_team_note(1, f"Notes {BOLD} {IMG}")
    store.set_agreement(1, 1, 2)


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "xss.msworkshop"
    with SessionStore.create(path, _workshop()) as store:
        _fill(store)
    return path


# --- the app ---------------------------------------------------------------------------------


# Labels that may show rich text with a team name in it (none: every such label is plain
# text, so a team called "R&D <Noord>" shows exactly that).
KNOWN_RICH_TEXT_LABELS: frozenset[str] = frozenset()


def _renders_rich(fmt: Qt.TextFormat, text: str) -> bool:
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)


def _describe(widget: QWidget) -> str:
    chain = []
    node: Any = widget
    while node is not None and len(chain) < 5:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " < ".join(chain)


def test_app_shows_names_and_comments_as_plain_text(qtbot: Any, session: Path) -> None:
    window = create_main_window(session, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    assert window.controller.is_open
    offenders: dict[str, set[str]] = {}
    seen_user_text = 0
    for step in SIDEBAR_STEPS:
        window.show_step(step)
        qtbot.wait(20)
        for widget in QApplication.allWidgets():
            texts: list[tuple[str, Qt.TextFormat]] = []
            if isinstance(widget, QLabel):
                texts.append((widget.text(), widget.textFormat()))
            if widget.toolTip():
                texts.append((widget.toolTip(), Qt.TextFormat.AutoText))  # tooltips: AutoText
            for text, fmt in texts:
                if not any(marker in text for marker in ("<img src=x", "<b>x</b>", "<script>")):
                    continue
                seen_user_text += 1
                if _renders_rich(fmt, text):
                    owner = type(widget.parentWidget()).__name__
                    offenders.setdefault(owner, set()).add(f"{_describe(widget)}: {text[:60]!r}")
    assert seen_user_text > 0, "the test did not find the names anywhere"
    new = {k: v for k, v in offenders.items() if k not in KNOWN_RICH_TEXT_LABELS}
    assert not new, "labels that render names as rich text:\n" + "\n".join(
        line for lines in new.values() for line in sorted(lines)
    )
    fixed = KNOWN_RICH_TEXT_LABELS - set(offenders)
    assert not fixed, f"fixed, remove from KNOWN_RICH_TEXT_LABELS: {sorted(fixed)}"


# --- the PDF ---------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def test_pdf_prints_markup_literally(qtbot: Any, session: Path, tmp_path: Path) -> None:
    from msworkshop.ui.services.session import SessionController

    controller = SessionController()
    controller.open(session)
    try:
        store = controller.store()
        store.set_plan(
            1,
            [
                PlanAction(
                    team_id=1,
                    title=f"Act {IMG}",
                    owner=BOLD,
                    description="<font size=40>big</font>",
                )
            ],
        )
        result = controller.result
        assert result is not None
        document = plan_document(store, controller.workshop, controller.content, result)
        out = export_plan_pdf(document, tmp_path / "plan.pdf")
    finally:
        controller.close()
    text = _pdf_text(out)
    for literal in (IMG, f"{BOLD} team", f"Notes {BOLD}", f"Act {IMG}", SCRIPT):
        assert literal in text, (literal, text[:2000])
    assert "&lt;" not in text and "&amp;" not in text  # escaped once, not twice


# --- the phone page --------------------------------------------------------------------------


@pytest.fixture
def served_xss(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "phones.msworkshop"
    SessionStore.create(path, _workshop()).close()
    running = start_server(path)
    yield running
    stop_server(running)


@pytest.mark.browser
def test_phone_page_shows_markup_as_text(browser: Any, served_xss: Served) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(8000)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(served_xss.url)
        expect(page).to_have_title(re.compile(re.escape(SCRIPT)))
        expect(page.get_by_role("radio", name=IMG)).to_be_visible()
        expect(page.get_by_role("radio", name=f"{BOLD} team")).to_be_visible()
        _assert_no_injected_nodes(page, IMG, f"{BOLD} team", SCRIPT)
        page.get_by_role("radio", name=IMG).check()
        page.get_by_role("button", name="Next").click()
        expect(page.get_by_role("radio", name=BOLD)).to_be_visible()
        _assert_no_injected_nodes(page, BOLD)
        page.wait_for_timeout(300)
        assert dialogs == [] and errors == []
    finally:
        context.close()


def _assert_no_injected_nodes(page: Any, *literals: str) -> None:
    found = page.evaluate(
        """() => ({
            img: document.querySelectorAll('img[src="x"], [onerror]').length,
            bold: document.querySelectorAll('body b').length,
            // The page's own inline module (allowed by its CSP hash) sits in <head>.
            scripts: [...document.scripts].filter(s => !s.src && s !== document.head
                .querySelector('script[type="module"]')).length,
            text: document.body.textContent,
        })"""
    )
    assert found["img"] == 0 and found["bold"] == 0 and found["scripts"] == 0, found
    for literal in literals:
        assert literal in found["text"] or literal == SCRIPT, (literal, found["text"])
