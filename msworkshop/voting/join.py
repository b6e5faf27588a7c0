"""How phones find the server: the laptop's LAN addresses, the join URL and its QR code.

A laptop can have several addresses (Wi-Fi, Ethernet, a phone hotspot, a VPN). The
facilitator picks the one the room is on; :func:`lan_addresses` lists them best first, so the
first is a sensible default: Wi-Fi and Ethernet over virtual adapters and VPNs, private
addresses over the rest.
"""

from __future__ import annotations

import io
import ipaddress
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

if TYPE_CHECKING:
    import segno

_VPN_NAMES = re.compile(
    r"^(tun|tap|wg|utun|ppp|ipsec|gpd|zt|tailscale|nordlynx|proton|vpn)|vpn|wireguard|tailscale"
    r"|anyconnect|fortinet|globalprotect|zerotier",
    re.IGNORECASE,
)
_VIRTUAL_NAMES = re.compile(
    r"^(docker|veth|br-|virbr|vboxnet|vmnet|vethernet|lxc|lxd|podman|cni|flannel|awdl|llw|bridge)"
    r"|virtualbox|vmware|hyper-v|loopback",
    re.IGNORECASE,
)
_WIFI_NAMES = re.compile(r"^(wlan|wlp|wlx|wl|ath|ra)\d|wi-?fi|wireless|wlan", re.IGNORECASE)
_ETHERNET_NAMES = re.compile(r"^(eth|enp|eno|ens|enx|em|en)\d|ethernet", re.IGNORECASE)
_CGNAT = ipaddress.ip_network("100.64.0.0/10")  # Tailscale and carrier NAT: rarely the room


@dataclass(frozen=True)
class LanAddress:
    address: str  # dotted IPv4, e.g. "192.168.1.23"
    interface: str  # system name, e.g. "wlan0"
    label: str  # human-readable name, e.g. "Wi-Fi"
    kind: str  # "wifi", "ethernet", "vpn", "virtual" or "other"

    @property
    def display(self) -> str:
        """E.g. '192.168.1.23 (Wi-Fi)' for a picker."""
        return f"{self.address} ({self.label or self.interface})"


def classify(name: str, label: str, qt_type: str = "") -> str:
    """The kind of an interface from its names (and Qt's type name when known)."""
    names = f"{name} {label}"
    if _VPN_NAMES.search(name) or _VPN_NAMES.search(label):
        return "vpn"
    if _VIRTUAL_NAMES.search(name) or _VIRTUAL_NAMES.search(label) or qt_type == "Virtual":
        return "virtual"
    if qt_type in ("Wifi", "Ieee80211") or _WIFI_NAMES.search(name) or _WIFI_NAMES.search(label):
        return "wifi"
    if qt_type == "Ethernet" or _ETHERNET_NAMES.search(names):
        return "ethernet"
    return "other"


def _rank(entry: LanAddress) -> tuple[int, int]:
    kind_order = {"wifi": 0, "ethernet": 1, "other": 2, "virtual": 3, "vpn": 4}
    ip = ipaddress.ip_address(entry.address)
    if ip.is_link_local:
        address_order = 3
    elif ip in _CGNAT:
        address_order = 2
    elif ip.is_private:
        address_order = 0
    else:
        address_order = 1
    return address_order, kind_order.get(entry.kind, 2)


def rank_addresses(entries: list[LanAddress]) -> list[LanAddress]:
    """``entries`` best first (stable for equal ranks)."""
    return sorted(entries, key=_rank)


def lan_addresses() -> list[LanAddress]:
    """The IPv4 addresses of interfaces that are up and not loopback, best first."""
    found: list[LanAddress] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not state & flags.IsUp or not state & flags.IsRunning or state & flags.IsLoopBack:
            continue
        kind = classify(
            interface.name(), interface.humanReadableName(), interface.type().name or ""
        )
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            if ip.isLoopback():
                continue
            found.append(
                LanAddress(ip.toString(), interface.name(), interface.humanReadableName(), kind)
            )
    return rank_addresses(found)


def default_address(entries: list[LanAddress] | None = None) -> str:
    """The best LAN address, or 127.0.0.1 when the laptop has no network."""
    entries = lan_addresses() if entries is None else rank_addresses(entries)
    return entries[0].address if entries else "127.0.0.1"


def join_url(address: str, port: int, token: str) -> str:
    """The short URL participants open, e.g. ``http://192.168.1.23:8765/k7m4pq``.

    The server answers it with a redirect to the page under ``/j/<token>/``."""
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/{token}"


def _qr(url: str) -> segno.QRCode:
    import segno  # imported when a code is drawn: it costs start-up time otherwise

    return segno.make(url, error="m", micro=False)


def qr_svg(url: str, *, dark: str = "#000000", light: str = "#ffffff") -> bytes:
    """The QR code of ``url`` as a scalable SVG (black on white, quiet zone included)."""
    buffer = io.BytesIO()
    _qr(url).save(buffer, kind="svg", scale=1, border=4, dark=dark, light=light, xmldecl=False)
    return buffer.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    """The QR code of ``url`` as PNG bytes, ``scale`` pixels per module."""
    buffer = io.BytesIO()
    _qr(url).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
