"""Phone voting inside the app: the server follows the session, counts update live."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtGui import QGuiApplication

from msworkshop.store import SessionStore
from msworkshop.ui.models.rows import shown_rows
from msworkshop.ui.services.phones import DEFAULT_PORT, attach_phone_voting
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.page import VotePage
from msworkshop.ui.steps.vote.view import VoteView
from tests.voting.conftest import Client, ballot, make_workshop


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "phones.msworkshop"
    with SessionStore.create(path, make_workshop()) as store:
        store.open_round()
    return path


@pytest.fixture
def controller(qtbot, session: Path):
    controller = SessionController()
    phones = attach_phone_voting(controller)
    controller.open(session)
    yield controller
    controller.close()
    assert phones.port == 0


def _client(qtbot, controller: SessionController) -> Client:
    parts = urlsplit(controller.join_url)  # the short link: /<code>
    return Client(qtbot, parts.port or 80, f"/j{parts.path}/")


def test_server_runs_while_the_session_is_open(qtbot, controller: SessionController) -> None:
    url = controller.join_url
    code = urlsplit(url).path.strip("/")
    assert url == f"http://{controller.phones.address}:{controller.phones.port}/{code}"
    assert len(code) == 6, "short enough to type from the back row"
    assert urlsplit(url).port == controller.phones.port > 0
    controller.close()
    assert controller.join_url == ""


def test_the_address_on_the_projector_is_short_and_the_same_each_time(
    qtbot, controller: SessionController
) -> None:
    """A fixed port (when free) and a 6-character code: about 24 characters to type."""
    assert controller.phones is not None
    assert controller.phones.preferred_port() == DEFAULT_PORT
    assert controller.phones.port == DEFAULT_PORT  # free on a test machine
    view = VoteView(controller)
    qtbot.addWidget(view)
    shown = view.address.text()
    assert shown == controller.join_url.removeprefix("http://")
    assert len(shown) <= len("192.168.100.200:8765/k7m4pq")


def test_phone_ballot_reaches_the_facilitator_within_a_second(
    qtbot, controller: SessionController
) -> None:
    page = VotePage(controller)
    qtbot.addWidget(page)
    view = VoteView(controller)
    qtbot.addWidget(view)
    reply = _client(qtbot, controller).post("api/ballot", ballot(team=1, function="sales"))
    assert reply.status == 200
    qtbot.waitUntil(lambda: controller.ballot_count() == 1, timeout=1000)
    assert controller.ballot_counts() == {(1, "sales"): 1}
    texts = [text for row in shown_rows(page.table) for text in row if text]
    assert "1" in texts
    assert "1" in view.count_label.text()  # the room sees only the total


def test_join_panel_and_projector_show_the_same_url(qtbot, controller: SessionController) -> None:
    page = VotePage(controller)
    qtbot.addWidget(page)
    view = VoteView(controller)
    qtbot.addWidget(view)
    panel = page.join_panel
    assert panel.url.text() == view.address.text() == controller.join_url.removeprefix("http://")
    panel.copy_url()
    assert QGuiApplication.clipboard().text() == controller.join_url


def test_new_link_invalidates_the_old_one(
    qtbot, controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_client = _client(qtbot, controller)
    page = VotePage(controller)
    qtbot.addWidget(page)
    monkeypatch.setattr("msworkshop.ui.common.dialogs.ask_confirm", lambda *_: True)
    with qtbot.waitSignal(controller.join_url_changed, timeout=1000):
        page.join_panel.renew_button.click()
    assert old_client.get("api/status").status == 403
    assert _client(qtbot, controller).get("api/status").status == 200
    assert page.join_panel.url.text() == controller.join_url.removeprefix("http://")


def test_read_only_session_explains_why_phones_cannot_vote(qtbot, session: Path) -> None:
    os.chmod(session, stat.S_IRUSR)
    os.chmod(session.parent, stat.S_IRUSR | stat.S_IXUSR)
    try:
        controller = SessionController()
        phones = attach_phone_voting(controller)
        controller.open(session)
        page = VotePage(controller)
        qtbot.addWidget(page)
        assert controller.join_url == ""
        assert phones.error is not None and phones.error.key == "phone_read_only"
        assert "read-only" in page.join_panel.error.text()
        controller.close()
    finally:
        os.chmod(session.parent, stat.S_IRWXU)
        os.chmod(session, stat.S_IRUSR | stat.S_IWUSR)
