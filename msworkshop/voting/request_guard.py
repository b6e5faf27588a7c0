"""Only our own page may vote: Host, Origin and Content-Type checks (no Qt in here).

A page on another origin can make a participant's browser send requests to the laptop: a
form POST with ``enctype=text/plain``, a ``no-cors`` fetch, a CORS fetch whose reply it cannot
read, or (DNS rebinding) requests under its own host name that resolve to the laptop. So:

- the ``Host`` header must name this server: ``localhost`` or one of this computer's own
  addresses, with the port it listens on (a rebinding name such as ``evil.example`` fails);
- a ballot must be sent as ``Content-Type: application/json``, which no form can send and a
  cross-site ``fetch`` can only send after a CORS preflight, which is never granted;
- an ``Origin`` header, when present, must be this same server (``http://<Host>``), and a
  ``Sec-Fetch-Site`` header, when present, must say ``same-origin`` (or ``none``).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

ADDRESS_REFRESH_S = 2.0  # how often an unknown address may trigger a fresh interface list
_SAME_SITE = frozenset(("same-origin", "none"))


@dataclass(frozen=True)
class RequestHeaders:
    """The few headers the checks need, as the client sent them."""

    host: str = ""
    origin: str | None = None
    content_type: str | None = None
    fetch_site: str | None = None  # Sec-Fetch-Site
    accept_encoding: str | None = None  # not checked: only whether the page may be gzipped


class RequestGuard:
    """Decides whether a request came to this server, from this server's page."""

    def __init__(self, port: int, addresses: Callable[[], Iterable[str]]) -> None:
        self._port = port
        self._addresses = addresses
        self._known: frozenset[str] = frozenset()
        self._fetched = -ADDRESS_REFRESH_S

    def host_allowed(self, host: str) -> bool:
        """Whether a ``Host`` header value names this server (address and port)."""
        parsed = _split_host(host)
        if parsed is None or parsed[1] != self._port:
            return False
        name = parsed[0]
        if name == "localhost":
            return True
        try:
            address = ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            return False  # a host name: DNS rebinding, or a name we were never served under
        if address.is_loopback:
            return True
        return self._is_ours(str(address))

    def ballot_allowed(self, headers: RequestHeaders) -> bool:
        """Whether a ballot POST carrying ``headers`` may be stored."""
        if not self.host_allowed(headers.host):
            return False
        if _media_type(headers.content_type) != "application/json":
            return False
        if headers.fetch_site is not None and headers.fetch_site.lower() not in _SAME_SITE:
            return False
        if headers.origin is not None:
            origin = headers.origin.strip().lower()
            if not origin.startswith("http://"):
                return False  # "null", https, anything else
            if _split_host(origin.removeprefix("http://")) != _split_host(headers.host):
                return False
        return True

    def _is_ours(self, address: str) -> bool:
        if address in self._known:
            return True
        now = time.monotonic()
        if now - self._fetched < ADDRESS_REFRESH_S:
            return False
        self._fetched = now  # interfaces change (a hotspot started): look again, at most so often
        self._known = frozenset(_normalise(found) for found in self._addresses())
        return address in self._known


def _split_host(host: str) -> tuple[str, int] | None:
    """``("192.168.1.5", 8080)`` from ``192.168.1.5:8080``; port 80 when none is given."""
    host = host.strip().lower()
    if not host or "/" in host or "@" in host:
        return None
    if host.startswith("["):
        end = host.find("]")
        if end < 0:
            return None
        name, rest = host[1:end], host[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else ""
    else:
        name, _, port_text = host.partition(":")
    if not port_text:
        return name, 80
    if not port_text.isdigit() or len(port_text) > 5:
        return None
    return name, int(port_text)


def _normalise(address: str) -> str:
    try:
        return str(ipaddress.ip_address(address.split("%", 1)[0]))
    except ValueError:
        return address


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()
