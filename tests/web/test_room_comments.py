"""A question from a phone reaches the facilitator's queue, is approved, and is projected:
the real page in Debian's Chromium, the real participant server inside the app's Qt loop.

The server answers on the Qt event loop of the test thread, so the phone runs in a worker
thread (Playwright's async API, its own Chromium) while ``qtbot.waitUntil`` keeps the loop
turning; the two sides meet at ``threading.Event``s.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from msworkshop.domain.room_comments import CommentStatus
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.room_comments import room_comments_for
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.page import GapsPage
from msworkshop.ui.steps.gaps.view import GapsProjectorView
from msworkshop.voting import tokens
from msworkshop.voting.lan_server import ParticipantServer
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

from .conftest import PHONE

pytestmark = pytest.mark.browser
async_api = pytest.importorskip("playwright.async_api")

SHOTS = Path(os.environ.get("MSW_SCREENSHOTS", "")) if os.environ.get("MSW_SCREENSHOTS") else None


def _workshop(language: str) -> Workshop:
    return Workshop(
        title="Spring offsite",
        teams=(Team(0, "North"), Team(0, "South")),
        functions=(Function("marketing"), Function("sales")),
        language=language,
        mode=VotingMode.QUICK,
        threshold=3,
    )


class App:
    """The laptop: a session, its phone server, the gaps page and the projector."""

    def __init__(self, qtbot: Any, path: Path) -> None:
        self.controller = SessionController()
        self.controller.open(path)
        self.server = ParticipantServer(
            self.controller.intake.phone_store(), tokens.session_token(self.controller.store())
        )
        with qtbot.waitSignal(self.server.port_changed, timeout=3000):
            self.server.start("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.port}{self.server.url_path}"
        self.page = GapsPage(self.controller)
        self.projector = ProjectorWindow(self.controller)
        for widget in (self.page, self.projector):
            qtbot.addWidget(widget)
        self.page.resize(1280, 800)
        self.projector.resize(1280, 720)
        self.page.show()
        self.projector.show()
        self.projector.set_step("gaps")
        self.page.side_tabs.setCurrentWidget(self.page.comments)
        view = self.projector.views["gaps"]
        assert isinstance(view, GapsProjectorView)
        self.view = view
        self.comments = room_comments_for(self.controller)

    def close(self) -> None:
        self.server.stop()
        self.controller.close()


@pytest.fixture
def app(qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[App]:
    language = getattr(request, "param", "en")
    path = tmp_path / "comments.msworkshop"
    with SessionStore.create(path, _workshop(language)) as store:
        store.open_round()
    opened = App(qtbot, path)
    yield opened
    opened.close()


def run_phone(
    qtbot: Any,
    script: Callable[[Any], Awaitable[None]],
    expected_errors: tuple[str, ...] = (),
    timeout_ms: int = 60_000,
) -> None:
    """Run ``script(page)`` on a phone-sized Chromium page in a worker thread, while this
    thread's Qt loop answers its requests; re-raise what went wrong there. The page must log
    no error but ``expected_errors`` (Chromium logs every 4xx reply as one)."""
    failure: list[BaseException] = []

    async def main() -> None:
        async with async_api.async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = await browser.new_context(
                viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
            )
            context.set_default_timeout(10_000)
            page = await context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            try:
                await script(page)
            finally:
                await browser.close()
            assert [e for e in errors if not e.endswith(expected_errors)] == [], errors

    def target() -> None:
        try:
            asyncio.run(main())
        except BaseException as error:  # handed to the test thread
            failure.append(error)

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}")
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if failure:
        raise failure[0]


async def _wait(event: threading.Event) -> None:
    await asyncio.get_running_loop().run_in_executor(None, event.wait, 30)


def test_comment_submit_queue_approve_projected(qtbot: Any, app: App) -> None:
    # Enough votes in South · Sales (3, the threshold) for its comments to be projected.
    for _ in range(3):
        app.controller.intake.cast(team_id=2, function="sales", stage=2)
    app.comments.set_open(True)
    app.comments.set_projected(True)
    text = "Why do the leads from the fair wait two weeks?"

    async def phone(page: Any) -> None:
        await page.goto(app.url + "?poll=300")
        expect = async_api.expect
        box = page.locator("#room-comment")
        await expect(box).to_be_visible()
        await expect(
            page.get_by_role("heading", name="Question or comment for the room")
        ).to_be_visible()
        await page.select_option("#room-comment-team", label="South")
        await page.select_option("#room-comment-fn", label="Sales")
        await page.fill("#room-comment-text", text)
        await expect(page.locator("#room-comment-count")).to_have_text(
            f"{len(text)} of 280 characters"
        )
        await page.click("#room-comment-send")
        await expect(page.locator("#room-comment-note")).to_have_text(
            "Thank you! The facilitator has your comment. You can send another one."
        )
        await expect(page.locator("#room-comment-text")).to_have_value("")
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(SHOTS / "room-comment-sent.png"), full_page=True)

    run_phone(qtbot, phone)
    # In the queue at once, not in the room.
    [item] = app.comments.queue()
    assert (item.comment.text, item.comment.team_id, item.comment.function) == (text, 2, "sales")
    assert item.comment.status is CommentStatus.NEW
    assert app.page.comments.row_texts()[0].startswith(text)
    assert app.view.cards.texts() == []
    app.page.comments.select(item.comment.id)
    app.page.comments.approve_button.click()
    assert app.view.cards.texts() == [text]  # projected, without team or function
    app.projector.grab()  # paints the card as the room sees it
    if SHOTS:
        app.projector.grab().save(str(SHOTS / "room-comment-projected.png"))


@pytest.mark.parametrize("app", ["nl"], indirect=True)
def test_closed_comments_hide_the_box_and_refuse_in_the_phones_language(
    qtbot: Any, app: App
) -> None:
    app.comments.set_open(True)
    typed, closed = threading.Event(), threading.Event()

    async def phone(page: Any) -> None:
        expect = async_api.expect
        await page.goto(app.url + "?poll=60000")  # this page will not notice the close itself
        await expect(page.locator("#room-comment")).to_be_visible()
        await page.select_option("#room-comment-team", label="North")
        await page.select_option("#room-comment-fn", label="Marketing")
        await page.fill("#room-comment-text", "Nog één vraag")
        typed.set()
        await _wait(closed)
        await page.click("#room-comment-send")
        note = page.locator("#room-comment-note")
        await expect(note).to_have_text(
            "Opmerkingen zijn nu gesloten. Bewaar je gedachte voor het gesprek, of stuur hem als"
            " de begeleider opmerkingen opent."
        )
        await expect(page.locator("#room-comment-text")).to_have_value("Nog één vraag")  # kept
        if SHOTS:
            await page.screenshot(path=str(SHOTS / "room-comment-closed.png"), full_page=True)
        await page.goto(app.url + "?poll=300")  # a page opened now shows no box
        await expect(page.get_by_role("heading", name="Jouw team")).to_be_visible()
        await expect(page.locator("#room-comment")).to_be_hidden()

    def close_when_typed() -> None:  # on the Qt thread, between the phone's requests
        if typed.is_set() and not closed.is_set():
            app.comments.set_open(False)
            closed.set()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_when_typed)
    timer.start()
    try:
        run_phone(qtbot, phone, expected_errors=("status of 409 (Conflict)",))
    finally:
        timer.stop()
    assert closed.is_set()
    assert app.comments.queue() == []  # nothing stored
