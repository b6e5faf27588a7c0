"""LAN addresses, the join URL and its QR code."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from msworkshop.voting import join
from msworkshop.voting.join import LanAddress


@pytest.mark.parametrize(
    ("name", "label", "qt_type", "kind"),
    [
        ("wlan0", "wlan0", "Wifi", "wifi"),
        ("wlp2s0", "wlp2s0", "Unknown", "wifi"),
        ("{GUID}", "Wi-Fi", "Ieee80211", "wifi"),
        ("en0", "en0", "Ethernet", "ethernet"),
        ("enp3s0", "enp3s0", "Unknown", "ethernet"),
        ("tun0", "tun0", "Virtual", "vpn"),
        ("wg0", "wg0", "Unknown", "vpn"),
        ("{GUID}", "Cisco AnyConnect Secure Mobility", "Ethernet", "vpn"),
        ("docker0", "docker0", "Ethernet", "virtual"),
        ("vEthernet (WSL)", "vEthernet (WSL)", "Ethernet", "virtual"),
        ("foo", "foo", "Unknown", "other"),
    ],
)
def test_interfaces_are_classified(name: str, label: str, qt_type: str, kind: str) -> None:
    assert join.classify(name, label, qt_type) == kind


def test_best_address_first() -> None:
    entries = [
        LanAddress("100.101.1.2", "tailscale0", "tailscale0", "vpn"),
        LanAddress("172.17.0.1", "docker0", "docker0", "virtual"),
        LanAddress("169.254.3.4", "eth1", "eth1", "ethernet"),
        LanAddress("10.8.0.2", "tun0", "tun0", "vpn"),
        LanAddress("192.168.1.20", "eth0", "eth0", "ethernet"),
        LanAddress("192.168.43.7", "wlan0", "wlan0", "wifi"),
    ]
    ranked = [e.address for e in join.rank_addresses(entries)]
    assert ranked[:2] == ["192.168.43.7", "192.168.1.20"]
    assert ranked[-1] == "169.254.3.4"
    assert join.default_address(entries) == "192.168.43.7"
    assert join.default_address([]) == "127.0.0.1"


def test_lan_addresses_are_ipv4_and_not_loopback(qapp: Any) -> None:
    for entry in join.lan_addresses():
        assert entry.address.count(".") == 3
        assert not entry.address.startswith("127.")
        assert entry.display.startswith(entry.address)


def test_join_url() -> None:
    assert join.join_url("192.168.1.5", 8080, "abc") == "http://192.168.1.5:8080/abc"
    assert join.join_url("fe80::1", 80, "abc") == "http://[fe80::1]:80/abc"


def test_qr_code_as_svg_and_png(qapp: Any) -> None:
    url = join.join_url("192.168.100.123", 54321, "AbCdEfGhIjKlMnOpQrStUv")
    svg = join.qr_svg(url)
    assert svg.lstrip().startswith(b"<svg")
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    png = join.qr_png(url, scale=4)
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert not image.isNull() and image.width() == image.height() >= 29 * 4


def test_join_tokens_are_short_unambiguous_and_unique() -> None:
    from msworkshop.voting import tokens

    made = {tokens.make_token() for _ in range(2000)}
    assert len(made) == 2000
    for token in made:
        assert len(token) == tokens.TOKEN_LENGTH
        assert set(token) <= set(tokens.TOKEN_ALPHABET)
        assert not set(token) & set("01ilo")
        assert tokens.TOKEN_PATTERN.match(token)
