"""The short join code: /<code> leads to the page, and guessing it is slowed per address."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.api import ParticipantApi
from msworkshop.voting.guessing import MAX_WRONG, WINDOW_S, GuessLimit
from tests.voting.conftest import make_workshop

TOKEN = "k7m4pq"


@pytest.fixture
def api(tmp_path: Path):
    store = SessionStore.create(tmp_path / "s.msworkshop", make_workshop(VotingMode.BOTH))
    store.open_round()
    yield ParticipantApi(store, TOKEN, b"s" * 32)
    store.close()


def test_new_codes_are_six_unambiguous_characters() -> None:
    codes = {tokens.make_token() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 6 and set(code) <= set(tokens.TOKEN_ALPHABET)
        assert not set(code) & set("01ilo")  # nothing that reads as another character


def test_an_older_ten_character_code_keeps_working() -> None:
    class Settings(dict):
        def get_setting(self, key, default=None):
            return self.get(key, default)

        def set_setting(self, key, value):
            self[key] = value

    old = Settings({tokens.TOKEN_SETTING: "jvfzyn9vtz"})
    assert tokens.session_token(old) == "jvfzyn9vtz"


@pytest.mark.parametrize("typed", [f"/{TOKEN}", f"/{TOKEN}/", "/K7m4pq", "/K7M4PQ"])
def test_the_short_link_redirects_to_the_page_whatever_the_case(api, typed: str) -> None:
    reply = api.handle("GET", typed, "lang=nl")
    assert reply.status == 308
    assert dict(reply.headers)["Location"] == f"/j/{TOKEN}/?lang=nl"
    assert api.handle("GET", f"/j/{TOKEN}/", client="10.0.0.2").status == 200


@pytest.mark.parametrize("wrong", ["/k7m4pz", "/k7m4p", "/j/K7M4PQ/", "/", "/favicon.ico"])
def test_a_wrong_code_is_refused_with_nothing_in_it(api, wrong: str) -> None:
    reply = api.handle("GET", wrong)
    assert (reply.status, reply.body) == (403, b"")


def test_an_address_that_guesses_is_refused_even_the_right_code(api) -> None:
    guesser, phone = "10.0.0.66", "10.0.0.7"
    for n in range(MAX_WRONG - 1):
        assert api.handle("GET", f"/a{n:05d}", client=guesser).status == 403
    assert api.handle("GET", f"/{TOKEN}", client=guesser).status == 308  # not yet used up
    assert api.handle("GET", "/zzzzzz", client=guesser).status == 403  # the last wrong guess
    assert api.handle("GET", f"/{TOKEN}", client=guesser).status == 403
    assert api.handle("GET", f"/j/{TOKEN}/api/status", client=guesser).status == 403
    # Everyone else is not affected: one laptop on the Wi-Fi cannot lock the room out.
    assert api.handle("GET", f"/{TOKEN}", client=phone).status == 308
    assert api.handle("GET", f"/j/{TOKEN}/api/status", client=phone).status == 200


def test_paths_that_are_not_codes_do_not_count_as_guesses(api) -> None:
    for _ in range(MAX_WRONG * 3):
        api.handle("GET", "/favicon.ico", client="10.0.0.8")
        api.handle("GET", "/", client="10.0.0.8")
    assert api.handle("GET", f"/{TOKEN}", client="10.0.0.8").status == 308


def test_the_limit_lifts_after_its_window() -> None:
    now = [0.0]
    limit = GuessLimit(max_wrong=3, window_s=WINDOW_S, clock=lambda: now[0])
    for _ in range(3):
        limit.record_wrong("10.0.0.9")
    assert limit.blocked("10.0.0.9") and not limit.blocked("10.0.0.10")
    now[0] += WINDOW_S + 1
    assert not limit.blocked("10.0.0.9")
    assert not limit.blocked("")  # direct callers (tools, tests) send no address
