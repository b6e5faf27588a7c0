"""The open round's arrival log and per-address cap (memory only), and turnout warnings."""

from __future__ import annotations

import pytest

from msworkshop.domain.messages import UserError
from msworkshop.voting.arrivals import RoundArrivals
from msworkshop.voting.turnout import expected_people, set_expected_people, turnout


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Settings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self.values.pop(key, None)
        else:
            self.values[key] = value


def test_the_cap_counts_new_ballots_per_address_and_round() -> None:
    log = RoundArrivals(per_address=3, clock=Clock())
    for n in range(3):
        assert log.allow(1, "10.0.0.5", f"key{n}")
        log.record(1, "10.0.0.5", f"key{n}", f"id{n}", 1, "sales")
    assert not log.allow(1, "10.0.0.5", "key-new")
    assert log.capped == 1
    assert log.allow(1, "10.0.0.5", "key0")  # a phone replacing its own ballot
    assert log.allow(1, "10.0.0.6", "key-other")  # another address
    assert log.allow(2, "10.0.0.5", "key-new")  # a new round starts from zero
    assert log.arrivals(1) == [] and log.capped == 0


def test_bursts_are_found_per_source_and_can_be_forgotten() -> None:
    clock = Clock()
    log = RoundArrivals(clock=clock)
    for n in range(20):  # the room, spread over two minutes, one NAT address
        clock.now += 6
        log.record(1, "192.168.0.1", f"room{n}", f"room-id{n}", 1 + n % 2, "marketing")
    for n in range(30):  # a script: 30 ballots in 3 seconds from one laptop
        clock.now += 0.1
        log.record(1, "192.168.0.77", f"bot{n}", f"bot-id{n}", 2, "sales")
    bursts = log.bursts()
    assert len(bursts) == 1
    [burst] = bursts
    assert burst.source == 2 and len(burst.ballot_ids) == 30
    assert burst.groups == ((2, "sales", 30),)
    assert set(burst.ballot_ids) == {f"bot-id{n}" for n in range(30)}
    assert all(a.source in (1, 2) for a in log.arrivals())  # never the address itself
    assert "192.168" not in repr(log.arrivals())
    log.forget(burst.ballot_ids)
    assert log.bursts() == [] and len(log.arrivals()) == 20
    log.record(1, "192.168.0.1", "room3", "room-id3b", 1, "marketing")  # still tracked
    assert [a.replaced for a in log.arrivals() if a.ballot_id == "room-id3"] == [True]


def test_turnout_warns_when_a_group_has_more_ballots_than_people() -> None:
    settings = Settings()
    set_expected_people(settings, {(1, "marketing"): 4, (1, "sales"): 0, (2, "sales"): 6})
    expected = expected_people(settings)
    assert expected == {(1, "marketing"): 4, (2, "sales"): 6}
    rows = turnout({(1, "marketing"): 5, (2, "sales"): 6, (2, "marketing"): 2}, expected)
    assert [(r.team_id, r.function, r.ballots, r.expected, r.over) for r in rows] == [
        (1, "marketing", 5, 4, True),
        (2, "marketing", 2, 0, False),
        (2, "sales", 6, 6, False),
    ]
    with pytest.raises(UserError):
        set_expected_people(settings, {(1, "sales"): -1})
    settings.values["vote.expected_groups"] = "not json"
    assert expected_people(settings) == {}
