"""The dots endpoints over real HTTP: as strict as the ballot (clear 4xx in the phone's
language, nothing stored), every accepted dot on disk before the phone is thanked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from msworkshop.domain.plans import PlanAction
from msworkshop.store import SessionStore
from msworkshop.voting.action_vote import DOTS_FIELDS
from msworkshop.voting.api import ParticipantApi
from msworkshop.voting.lan_server import ParticipantServer
from msworkshop.voting.request_guard import RequestGuard, RequestHeaders
from tests.voting.conftest import DEVICE, Client

OTHER_DEVICE = "another-device-token-0123456789"


@pytest.fixture
def actions(store: SessionStore) -> list[int]:
    """North (1) has three actions and an open dot vote; South (2) one action, no vote."""
    north = store.set_plan(1, [PlanAction(1, t) for t in ("Lead rules", "Who is who", "Joint day")])
    store.set_plan(2, [PlanAction(2, "South only")])
    store.open_action_votes([1])
    return [a.id for a in north]


def _dots(ids: list[int], **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "team": 1,
        "function": "sales",
        "dots": [ids[0], ids[0], ids[1]],
        "device": DEVICE,
    }
    data.update(changes)
    return data


def _on_disk(path: Path) -> dict[tuple[int, str], int]:
    with SessionStore.open(path) as other:  # a second connection: only what was committed
        return dict(other.dot_counts(1).dots)


def test_status_names_the_teams_with_an_open_vote_never_a_count(
    client: Client, store: SessionStore, actions: list[int]
) -> None:
    assert client.get("api/status").json() == {"round": 1, "open": True, "dots": [1]}
    store.close_action_votes([1])
    assert client.get("api/status").json() == {"round": 1, "open": True}


def test_actions_lists_the_teams_actions_while_open(
    client: Client, store: SessionStore, actions: list[int]
) -> None:
    reply = client.get("api/actions?team=1").json()
    assert reply["open"] is True and reply["team"] == 1
    assert [a["id"] for a in reply["actions"]] == actions
    assert [a["title"] for a in reply["actions"]] == ["Lead rules", "Who is who", "Joint day"]
    assert (reply["dots_per_person"], reply["max_per_action"]) == (3, 2)
    assert "dots" not in json.dumps(reply["actions"])  # no tally reaches a phone
    closed = client.get("api/actions?team=2").json()
    assert closed["open"] is False and closed["actions"] == []


@pytest.mark.parametrize("query", ["", "team=", "team=abc", "team=99", "team=1&team=2", "team=-1"])
def test_actions_refuses_a_bad_team(client: Client, actions: list[int], query: str) -> None:
    reply = client.get(f"api/actions?{query}&lang=nl")
    assert reply.status == 400
    assert reply.json()["error"] == "dots_team_invalid"
    assert reply.json()["message"].startswith("Kies")


def test_dots_are_on_disk_before_the_thanks_and_a_change_replaces_them(
    qtbot: Any, client: Client, server: ParticipantServer, session_path: Path, actions: list[int]
) -> None:
    with qtbot.waitSignal(server.dots_received, timeout=5000) as blocker:
        reply = client.post("api/dots", _dots(actions))
    assert reply.status == 200
    assert reply.json() == {"ok": True, "team": 1, "dots": {str(actions[0]): 2, str(actions[1]): 1}}
    assert blocker.args == [1]
    assert _on_disk(session_path) == {(actions[0], "sales"): 2, (actions[1], "sales"): 1}
    client.post("api/dots", _dots(actions, function="marketing", device=OTHER_DEVICE))
    changed = client.post("api/dots", _dots(actions, dots=[actions[2]]))
    assert changed.status == 200
    assert _on_disk(session_path) == {
        (actions[0], "marketing"): 2,
        (actions[1], "marketing"): 1,
        (actions[2], "sales"): 1,
    }


def test_the_device_token_is_never_stored(
    client: Client, store: SessionStore, session_path: Path, actions: list[int]
) -> None:
    assert client.post("api/dots", _dots(actions)).status == 200
    store.compact()
    for name in (session_path, Path(f"{session_path}-wal")):
        if name.exists():
            assert DEVICE.encode() not in name.read_bytes()
    conn = sqlite3.connect(session_path)
    (voter,) = conn.execute("SELECT DISTINCT voter FROM action_dots").fetchone()
    conn.close()
    assert DEVICE not in voter and len(voter) == 64


BAD_BODIES: list[tuple[str, Any, int, str]] = [
    ("unknown field", {"comment": "hi"}, 400, "phone_field_unknown"),
    ("round field", {"round": 1}, 400, "phone_field_unknown"),
    ("team as text", {"team": "1"}, 400, "dots_team_invalid"),
    ("team as bool", {"team": True}, 400, "dots_team_invalid"),
    ("unknown team", {"team": 99}, 400, "unknown_team"),
    ("function as number", {"function": 5}, 400, "function_invalid"),
    ("function too long", {"function": "m" * 65}, 400, "function_invalid"),
    ("unknown function", {"function": "finance"}, 400, "unknown_function"),
    ("dots as text", {"dots": "1,2"}, 400, "dots_invalid"),
    ("dots as object", {"dots": {"1": 2}}, 400, "dots_invalid"),
    ("dot as float", {"dots": [1.5]}, 400, "dots_invalid"),
    ("dot as bool", {"dots": [True]}, 400, "dots_invalid"),
    ("no dots", {"dots": []}, 400, "dots_none"),
    ("four dots", {"dots": "four"}, 400, "dots_too_many"),
    ("very many dots", {"dots": list(range(1000))}, 400, "dots_too_many"),
    ("three on one", {"dots": "three"}, 400, "dots_too_many_on_one"),
    ("unknown action", {"dots": [999999]}, 400, "dots_action_unknown"),
    ("other team's action", {"dots": "south"}, 400, "dots_action_unknown"),
    ("short device", {"device": "abc"}, 400, "phone_device_invalid"),
    ("device as number", {"device": 12345678901234567890}, 400, "phone_device_invalid"),
    ("team without a vote", {"team": 2, "dots": "south"}, 409, "dots_vote_closed"),
]


@pytest.mark.parametrize(
    ("name", "changes", "status", "key"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES]
)
def test_bad_dots_get_a_clear_4xx_and_store_nothing(
    client: Client,
    store: SessionStore,
    session_path: Path,
    actions: list[int],
    name: str,
    changes: dict[str, Any],
    status: int,
    key: str,
) -> None:
    south = store.plan_actions(2)[0].id
    named = {
        "four": [actions[0], actions[1], actions[2], actions[1]],
        "three": [actions[0]] * 3,
        "south": [south],
    }
    body = {
        k: named.get(v, v) if isinstance(v, str) and k == "dots" else v for k, v in changes.items()
    }
    english = client.post("api/dots", _dots(actions, **body))
    dutch = client.post("api/dots?lang=nl", _dots(actions, **body))
    assert (english.status, english.json()["error"]) == (status, key), name
    assert dutch.status == status
    assert english.json()["message"] != dutch.json()["message"]  # in the phone's language
    assert _on_disk(session_path) == {}
    with SessionStore.open(session_path) as other:
        assert other.dot_counts(2).dots == {}


def test_missing_field_is_named(client: Client, session_path: Path, actions: list[int]) -> None:
    for field in sorted(DOTS_FIELDS):
        data = _dots(actions)
        del data[field]
        reply = client.post("api/dots", data)
        assert reply.status == 400
        assert reply.json()["error"] == "phone_field_missing"
        assert field in reply.json()["message"]
    assert _on_disk(session_path) == {}


@pytest.mark.parametrize(
    "raw",
    [b"{", b"[1, 2]", b'{"team": NaN}', b'{"function": "\\ud800"}', "{\xff}".encode("latin-1")],
)
def test_unreadable_bodies_are_refused(
    client: Client, session_path: Path, actions: list[int], raw: bytes
) -> None:
    reply = client.raw("POST", client.prefix + "api/dots", raw)
    assert reply.status == 400
    assert reply.json()["error"] in ("phone_json_invalid", "phone_request_invalid")
    assert _on_disk(session_path) == {}


def test_closed_vote_is_409_and_keeps_the_earlier_dots(
    client: Client, store: SessionStore, session_path: Path, actions: list[int]
) -> None:
    assert client.post("api/dots", _dots(actions)).status == 200
    store.close_action_votes([1])
    reply = client.post("api/dots?lang=nl", _dots(actions, dots=[actions[2]]))
    assert reply.status == 409
    assert reply.json()["error"] == "dots_vote_closed"
    assert "niet open" in reply.json()["message"]
    assert _on_disk(session_path) == {(actions[0], "sales"): 2, (actions[1], "sales"): 1}
    assert client.get("api/actions?team=1").json()["open"] is False


def test_too_large_body_is_refused(client: Client, session_path: Path, actions: list[int]) -> None:
    padded = json.dumps(_dots(actions)).replace("{", "{" + " " * 20000, 1).encode()
    try:
        reply = client.raw("POST", client.prefix + "api/dots", padded)
    except (ConnectionError, OSError):
        reply = None  # Qt may reset a connection whose body is far too large
    assert reply is None or reply.status == 413
    assert _on_disk(session_path) == {}


def test_wrong_methods(client: Client, actions: list[int]) -> None:
    assert client.get("api/dots").status == 405
    assert client.post("api/actions", {}).status == 405


def test_dots_from_another_page_are_refused(
    store: SessionStore, session_path: Path, actions: list[int]
) -> None:
    api = ParticipantApi(store, "abcdefgh", b"s" * 32)
    api.guard = RequestGuard(8765, lambda: ["192.168.1.5"])
    body = json.dumps(_dots(actions)).encode()
    path = "/j/abcdefgh/api/dots"
    for headers in (
        RequestHeaders("192.168.1.5:8765", None, "text/plain"),
        RequestHeaders("evil.example:8765", None, "application/json"),
        RequestHeaders("192.168.1.5:8765", "http://evil.example", "application/json"),
        RequestHeaders("192.168.1.5:8765", None, "application/json", "cross-site"),
    ):
        assert api.handle("POST", path, "", body, headers).status == 403
    assert _on_disk(session_path) == {}
    good = RequestHeaders("192.168.1.5:8765", "http://192.168.1.5:8765", "application/json")
    assert api.handle("POST", path, "", body, good).status == 200


def test_one_address_may_not_stuff_the_vote_with_new_phones(
    store: SessionStore, session_path: Path, actions: list[int]
) -> None:
    api = ParticipantApi(store, "abcdefgh", b"s" * 32)
    api.dot_arrivals.per_address = 2
    path = "/j/abcdefgh/api/dots"

    def send(device: str, client: str = "10.0.0.9", lang: str = "en") -> Any:
        body = json.dumps(_dots(actions, device=device, dots=[actions[0]])).encode()
        return api.handle("POST", path, f"lang={lang}", body, client=client)

    assert send("phone-one-0000000000").status == 200
    assert send("phone-two-0000000000").status == 200
    refused = send("phone-three-00000000", lang="nl")
    assert refused.status == 429
    assert json.loads(refused.body)["error"] == "dots_too_many_phones"
    assert "telefoons" in json.loads(refused.body)["message"]
    assert send("phone-one-0000000000").status == 200  # moving its own dots always may
    assert send("phone-three-00000000", client="10.0.0.10").status == 200  # another address
    assert _on_disk(session_path) == {(actions[0], "sales"): 3}
