"""The phone page in one reply: inlined, gzip-compressed, CSP by hash, hashed icon cached."""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.client
import json
import re
from typing import Any

import pytest

from msworkshop.resource_files import resource_path
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.api import ParticipantApi
from msworkshop.voting.page_bundle import accepts_gzip, content_name
from msworkshop.voting.request_guard import RequestHeaders

from .conftest import Client, Response

_INLINE_SCRIPT = re.compile(r'<script type="module">(.*?)</script>', re.S)
_INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_SESSION = re.compile(r'<script type="application/json" id="msw-session">(.*?)</script>', re.S)


def fetch(client: Client, rest: str, headers: dict[str, str]) -> Response:
    def work() -> Response:
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
        try:
            conn.request("GET", client.prefix + rest, headers=headers)
            reply = conn.getresponse()
            found = {name.lower(): value for name, value in reply.getheaders()}
            return Response(reply.status, found, reply.read())
        finally:
            conn.close()

    return client.run(work)


def sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def test_page_is_gzipped_when_accepted_and_its_csp_hashes_match(client: Client) -> None:
    reply = fetch(client, "", {"Accept-Encoding": "gzip, deflate, br"})
    assert reply.status == 200
    assert reply.headers["content-encoding"] == "gzip"
    assert reply.headers["vary"] == "Accept-Encoding"
    assert reply.headers["cache-control"] == "no-store"  # the page itself: never cached
    assert re.fullmatch(r'"[0-9a-f]{20}"', reply.headers["etag"])
    html = gzip.decompress(reply.body).decode("utf-8")
    assert len(reply.body) < len(html) / 2
    policy = reply.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    [script] = _INLINE_SCRIPT.findall(html)
    [style] = _INLINE_STYLE.findall(html)
    script_src = re.search(r"script-src ([^;]*)", policy)
    style_src = re.search(r"style-src ([^;]*)", policy)
    assert script_src and style_src
    assert script_src.group(1) == "'self' " + sha256_source(script)
    assert style_src.group(1) == "'self' " + sha256_source(style)
    assert "import " not in script.split("*/", 1)[1][:200]  # the modules are joined
    assert 'src="app.js"' not in html and 'href="app.css"' not in html


def test_page_without_accept_encoding_is_plain(client: Client) -> None:
    for headers in ({}, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "gzip;q=0"}):
        reply = fetch(client, "", headers)
        assert reply.status == 200
        assert "content-encoding" not in reply.headers, headers
        assert reply.body.startswith(b"<!doctype html>")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_inlined_session_data_equals_the_api_reply(client: Client, lang: str) -> None:
    html = fetch(client, f"?lang={lang}", {}).body.decode("utf-8")
    [block] = _SESSION.findall(html)
    assert json.loads(block) == client.get(f"api/session?lang={lang}").json()
    assert json.loads(block)["lang"] == lang


def test_hashed_icon_is_cached_for_good(client: Client) -> None:
    html = fetch(client, "", {}).body.decode("utf-8")
    found = re.search(r'rel="icon" href="(icon\.[0-9a-f]{12}\.svg)"', html)
    assert found
    icon = (resource_path("web") / "icon.svg").read_bytes()
    assert found.group(1) == content_name("icon.svg", icon)
    plain = fetch(client, found.group(1), {})
    assert plain.body == icon and "content-encoding" not in plain.headers
    assert plain.headers["cache-control"] == "public, max-age=31536000, immutable"
    packed = fetch(client, found.group(1), {"Accept-Encoding": "gzip"})
    assert gzip.decompress(packed.body) == icon
    assert packed.headers["etag"] == plain.headers["etag"]
    assert fetch(client, "icon.svg", {}).headers["cache-control"] == "no-store"
    assert fetch(client, "icon.000000000000.svg", {}).status == 404


def test_team_name_cannot_end_the_session_block(tmp_path: Any) -> None:
    from msworkshop.domain.workshop import Function, Team, Workshop

    hostile = "</script><script>alert(1)</script>"
    path = tmp_path / "hostile.msworkshop"
    workshop = Workshop(
        title="<!-- x",
        teams=(Team(0, hostile),),
        functions=(Function("marketing"), Function("sales")),
        language="en",
    )
    with SessionStore.create(path, workshop) as store:
        api = ParticipantApi(store, tokens.session_token(store), b"s" * 32)
        reply = api.handle("GET", f"/j/{api.token}/")
    html = reply.body.decode("utf-8")
    assert html.count("</script>") == 2  # the session block and the module: no third
    [block] = _SESSION.findall(html)
    assert json.loads(block)["teams"][0]["name"] == hostile


def test_compressed_once_per_session_data_change(tmp_path: Any) -> None:
    from .conftest import make_workshop

    path = tmp_path / "once.msworkshop"
    with SessionStore.create(path, make_workshop()) as store:
        store.open_round()
        api = ParticipantApi(store, tokens.session_token(store), b"s" * 32)
        gzip_ok = RequestHeaders(accept_encoding="gzip")
        first = api.handle("GET", f"/j/{api.token}/", headers=gzip_ok)
        again = api.handle("GET", f"/j/{api.token}/", headers=gzip_ok)
        assert again.body is first.body  # the same compressed bytes, not compressed again
        store.close_round()
        closed = api.handle("GET", f"/j/{api.token}/", headers=gzip_ok)
    assert closed.body != first.body
    assert dict(closed.headers)["ETag"] != dict(first.headers)["ETag"]
    assert json.loads(_SESSION.findall(gzip.decompress(closed.body).decode())[0])["round"] == {
        "round": 1,
        "open": False,
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, False),
        ("", False),
        ("gzip", True),
        ("br, GZIP", True),
        ("gzip;q=0", False),
        ("gzip; q=0.5", True),
        ("*", True),
        ("deflate", False),
        ("gzip;q=x", False),
    ],
)
def test_accepts_gzip(header: str | None, expected: bool) -> None:
    assert accepts_gzip(header) is expected
