"""RequestGuard: which Host, Origin and Content-Type values may vote (no network needed)."""

from __future__ import annotations

import pytest

from msworkshop.voting import request_guard
from msworkshop.voting.request_guard import RequestGuard, RequestHeaders

PORT = 8421
LAN = "192.168.1.23"


class Interfaces:
    def __init__(self, *addresses: str) -> None:
        self.addresses = list(addresses)
        self.asked = 0

    def __call__(self) -> list[str]:
        self.asked += 1
        return list(self.addresses)


@pytest.fixture
def interfaces() -> Interfaces:
    return Interfaces("127.0.0.1", LAN, "fe80::1%eth0", "::1")


@pytest.fixture
def guard(interfaces: Interfaces) -> RequestGuard:
    return RequestGuard(PORT, interfaces)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        (f"{LAN}:{PORT}", True),
        (f"127.0.0.1:{PORT}", True),
        (f"127.5.6.7:{PORT}", True),  # all of 127/8 is loopback
        (f"localhost:{PORT}", True),
        (f"LOCALHOST:{PORT}", True),
        (f"[::1]:{PORT}", True),
        (f"[fe80::1]:{PORT}", True),
        (LAN, False),  # port 80 is not ours
        (f"{LAN}:{PORT + 1}", False),
        (f"10.0.0.9:{PORT}", False),  # not an address of this computer
        (f"evil.example:{PORT}", False),
        (f"laptop.local:{PORT}", False),
        (f"{LAN}:{PORT}@evil.example", False),
        (f"{LAN}:{PORT}/x", False),
        (f"{LAN}:abc", False),
        (f"[::1:{PORT}", False),
        ("", False),
    ],
)
def test_host(guard: RequestGuard, host: str, allowed: bool) -> None:
    assert guard.host_allowed(host) is allowed


def test_a_new_interface_is_learnt_but_unknown_addresses_do_not_hammer_the_list(
    guard: RequestGuard, interfaces: Interfaces, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [100.0]
    monkeypatch.setattr(request_guard.time, "monotonic", lambda: clock[0])
    assert guard.host_allowed(f"{LAN}:{PORT}")
    asked = interfaces.asked
    for _ in range(50):
        assert not guard.host_allowed(f"10.9.9.9:{PORT}")
    assert interfaces.asked == asked  # looked again at most once per ADDRESS_REFRESH_S
    interfaces.addresses.append("172.20.10.2")  # a hotspot came up
    clock[0] += request_guard.ADDRESS_REFRESH_S + 0.1
    assert guard.host_allowed(f"172.20.10.2:{PORT}")


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        (RequestHeaders(f"{LAN}:{PORT}", f"http://{LAN}:{PORT}", "application/json"), True),
        (RequestHeaders(f"{LAN}:{PORT}", None, "application/json; charset=UTF-8"), True),
        (RequestHeaders(f"{LAN}:{PORT}", None, "Application/JSON", "same-origin"), True),
        (RequestHeaders(f"{LAN}:{PORT}", None, "application/json", "none"), True),
        (RequestHeaders(f"{LAN}:{PORT}", None, "text/plain"), False),
        (RequestHeaders(f"{LAN}:{PORT}", None, None), False),
        (RequestHeaders(f"{LAN}:{PORT}", None, "application/json", "cross-site"), False),
        (RequestHeaders(f"{LAN}:{PORT}", None, "application/json", "same-site"), False),
        (RequestHeaders(f"{LAN}:{PORT}", "null", "application/json"), False),
        (RequestHeaders(f"{LAN}:{PORT}", f"https://{LAN}:{PORT}", "application/json"), False),
        (RequestHeaders(f"{LAN}:{PORT}", f"http://127.0.0.1:{PORT}", "application/json"), False),
        (RequestHeaders(f"evil.example:{PORT}", None, "application/json"), False),
    ],
)
def test_ballot(guard: RequestGuard, headers: RequestHeaders, allowed: bool) -> None:
    assert guard.ballot_allowed(headers) is allowed
