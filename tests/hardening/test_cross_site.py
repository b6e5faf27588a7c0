"""Red team, finding 5: only our own page can vote.

Before: a page on another origin made a browser store ballots three ways (a form POST with
``enctype=text/plain``, a ``no-cors`` fetch and a CORS fetch), and ``Host: evil.example`` got
200. Now a ballot needs ``Content-Type: application/json`` (a preflight that is never granted
for any other origin), a present ``Origin`` must be this server and ``Host`` must name it.
Every refusal is 403 and stores nothing. First as raw requests, then from a real browser.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from msworkshop.store import SessionStore
from tests.hardening.served import Served, post_ballot, start_serve
from tests.voting.conftest import ballot, make_workshop

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="127.0.0.x source addresses")


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "cross-site.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    return path


@pytest.fixture
def served(session: Path) -> Iterator[Served]:
    running = start_serve(session)
    yield running
    running.stop()


def stored(session: Path) -> int:
    with SessionStore.open(session) as store:
        return store.ballot_count()


def own(served: Served) -> str:
    return f"127.0.0.1:{served.port}"


def cases(served: Served) -> dict[str, dict[str, str]]:
    here = own(served)
    return {
        "form POST, enctype=text/plain": {
            "Host": here,
            "Content-Type": "text/plain",
            "Origin": "http://evil.example",
            "Sec-Fetch-Site": "cross-site",
            "Sec-Fetch-Mode": "navigate",
        },
        "no-cors fetch": {
            "Host": here,
            "Content-Type": "text/plain;charset=UTF-8",
            "Origin": "http://evil.example",
            "Sec-Fetch-Site": "cross-site",
            "Sec-Fetch-Mode": "no-cors",
        },
        "CORS fetch with JSON from another origin": {
            "Host": here,
            "Content-Type": "application/json",
            "Origin": "http://evil.example",
        },
        "another port on this host is another origin": {
            "Host": here,
            "Content-Type": "application/json",
            "Origin": "http://127.0.0.1:1",
        },
        "sandboxed page (Origin: null)": {
            "Host": here,
            "Content-Type": "application/json",
            "Origin": "null",
        },
        "JSON without Content-Type": {"Host": here},
        "cross-site by Sec-Fetch-Site alone": {
            "Host": here,
            "Content-Type": "application/json",
            "Sec-Fetch-Site": "cross-site",
        },
        "DNS rebinding": {
            "Host": f"evil.example:{served.port}",
            "Content-Type": "application/json",
            "Origin": f"http://evil.example:{served.port}",
        },
        "rebinding without Origin": {
            "Host": f"evil.example:{served.port}",
            "Content-Type": "application/json",
        },
        "wrong port in Host": {"Host": "127.0.0.1:1", "Content-Type": "application/json"},
    }


def test_cross_site_and_rebinding_ballots_are_refused(served: Served, session: Path) -> None:
    for number, (name, headers) in enumerate(cases(served).items()):
        reply = post_ballot(served, f"cross-site-{number:03d}-abcdefgh", headers=headers)
        assert reply.status == 403, name
        assert json.loads(reply.body)["error"] == "phone_request_refused", name
    assert stored(session) == 0
    # The page's own request still votes (same origin, JSON).
    here = own(served)
    headers = {"Host": here, "Content-Type": "application/json", "Origin": f"http://{here}"}
    assert post_ballot(served, "own-page-0000-abcdefgh", headers=headers).status == 200
    localhost = {
        "Host": f"localhost:{served.port}",
        "Content-Type": "application/json; charset=utf-8",
        "Origin": f"http://localhost:{served.port}",
        "Sec-Fetch-Site": "same-origin",
    }
    assert post_ballot(served, "own-page-0001-abcdefgh", headers=localhost).status == 200
    assert stored(session) == 2


def test_a_rebinding_host_reads_nothing(served: Served) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=5)
    try:
        for rest in ("", "api/session", "api/status"):
            conn.request("GET", served.prefix + rest, headers={"Host": "evil.example"})
            reply = conn.getresponse()
            body = reply.read()
            assert reply.status == 403, rest
            assert b"Spring" not in body
    finally:
        conn.close()


def test_a_preflight_is_never_granted(served: Served) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=5)
    try:
        conn.request(
            "OPTIONS",
            served.prefix + "api/ballot",
            headers={
                "Host": own(served),
                "Origin": "http://evil.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        reply = conn.getresponse()
        reply.read()
    finally:
        conn.close()
    assert reply.status >= 400
    assert reply.getheader("Access-Control-Allow-Origin") is None


# --- from a real browser ----------------------------------------------------------------

FOREIGN_PAGE = """<!doctype html><meta charset="utf-8"><title>free pizza</title>
<form id="f" method="POST" enctype="text/plain" action="{target}" target="sink">
<input name='{{"x":"' value='"}}'></form><iframe name="sink"></iframe>
<script>
const ballot = {ballot};
window.attacks = Promise.allSettled([
  fetch("{target}", {{method: "POST", mode: "no-cors",
    headers: {{"Content-Type": "text/plain"}}, body: JSON.stringify(ballot)}}),
  fetch("{target}", {{method: "POST", mode: "cors",
    headers: {{"Content-Type": "text/plain"}},
    body: JSON.stringify(Object.assign({{}}, ballot, {{device: "cors-device-0000-abcdefgh"}}))}}),
  fetch("{target}", {{method: "POST", mode: "cors",
    headers: {{"Content-Type": "application/json"}},
    body: JSON.stringify(Object.assign({{}}, ballot, {{device: "json-device-0000-abcdefgh"}}))}}),
]).then(r => r.map(x => x.status));
document.getElementById("f").submit();
</script>"""


@pytest.fixture
def foreign_site(served: Served) -> Iterator[str]:
    """Another origin on loopback (another port) serving the attacker's page."""
    target = f"http://127.0.0.1:{served.port}{served.prefix}api/ballot"
    page = FOREIGN_PAGE.format(
        target=target, ballot=json.dumps(ballot(device="nocors-device-0000-abcdefgh"))
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.2:{site.server_address[1]}/"
    site.shutdown()
    site.server_close()


@pytest.mark.browser
def test_a_foreign_page_cannot_vote_through_the_browser(
    browser: Any, served: Served, session: Path, foreign_site: str
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(foreign_site)
        page.evaluate("window.attacks")
        page.wait_for_timeout(500)  # the form's POST lands in the iframe
    finally:
        context.close()
    assert stored(session) == 0
