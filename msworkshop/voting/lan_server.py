"""The participant server: Qt's QHttpServer on the Qt event loop, serving the phone page.

``ParticipantServer`` is a service object with :meth:`start` / :meth:`stop`, a
``port_changed`` signal and a ``ballot_received`` signal. It never touches a widget. Each
request is answered by :class:`~msworkshop.voting.api.ParticipantApi` (validate, store, signal,
answer) on the Qt thread, which is also the thread that owns the session store.

QHttpServer in PySide6 6.12 (see shared/QT-NOTES.md): only ``route(rule, callback)`` is bound
and a route callback can only return text, so one catch-all route returns a constant and the
after-request handler builds the real response (status, type, headers). Neither call keeps a
reference to its callable: both are held in attributes for the server's lifetime.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl, Signal
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QHostAddress, QHttpHeaders, QNetworkInterface

from msworkshop.domain.messages import UserError
from msworkshop.store.errors import SessionFileError
from msworkshop.voting import guessing, http_head, tokens
from msworkshop.voting.api import (
    MAX_BODY_BYTES,
    SECURITY_HEADERS,
    BallotStore,
    ParticipantApi,
    Reply,
)
from msworkshop.voting.arrivals import RoundArrivals
from msworkshop.voting.paced_listener import PacedTcpServer
from msworkshop.voting.request_guard import RequestGuard, RequestHeaders
from msworkshop.voting.take_home_api import RoomShare

log = logging.getLogger(__name__)

ANY_IPV4 = "0.0.0.0"
# Requests per second from one address. Phones behind a NAT share an address: 60 phones
# polling every 2 s make ~30/s, and a room scanning the code at once loads 4 files each.
DEFAULT_RATE_LIMIT = 150
# The page polls every ~2 s on a kept-alive connection; one idle longer than this is closed.
KEEP_ALIVE_S = 5
FILE_CHECK_MS = 2000  # how often the session file's identity is checked between ballots
_EMPTY = ""  # the route callback's constant return value (each return leaks one reference)
_METHODS = {QHttpServerRequest.Method.Get: "GET", QHttpServerRequest.Method.Post: "POST"}
_ENCODED = QUrl.ComponentFormattingOption.FullyEncoded


class ServerStore(BallotStore, tokens.SettingsStore, Protocol):
    """What the server needs of ``SessionStore``: ballots, rounds and settings."""


class ParticipantServer(QObject):
    """Serves the phone page for one open session on the local network."""

    port_changed = Signal(int)
    ballot_received = Signal(int, str)  # team id, function key (never who)
    dots_received = Signal(int)  # team id whose dot vote changed (never who)
    # The session path no longer names the file the store opened (deleted, moved, replaced):
    # ballots get 503 from now on. Emitted once; the store's ``file_lost`` says more.
    session_file_lost = Signal()

    def __init__(
        self,
        store: ServerStore,
        token: str,
        *,
        secret: bytes | None = None,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        max_wrong_codes: int = guessing.MAX_WRONG,
        web_root: Path | None = None,
        share: RoomShare | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._api = ParticipantApi(
            store,
            token,
            secret if secret is not None else tokens.device_secret(store),
            web_root=web_root,
            share=share,
        )
        self._api.guesses = guessing.GuessLimit(max_wrong_codes)
        self._rate_limit = rate_limit
        # Qt loads the CA certificates on the first connection (~80-180 ms): done ahead, this
        # many ms after start. The app waits until its window has painted; 0 = next event.
        self.prewarm_delay_ms = 0
        self._http: QHttpServer | None = None
        self._tcp: PacedTcpServer | None = None
        self._port = 0
        self._file_lost = False
        self._context = QObject(self)
        # Kept referenced: QHttpServer does not hold a reference to its callbacks. Neither
        # refers back to self strongly: a reference cycle would leave this QObject to Python's
        # cyclic garbage collector, which may run (and delete it) on any thread.
        self._route_callback = _answer_in_after_handler
        self._after_callback = _after_handler(weakref.ref(self))
        # Between ballots too: the facilitator learns of a deleted file before a phone does.
        self._store = store
        self._file_timer = QTimer(self)
        self._file_timer.setInterval(FILE_CHECK_MS)
        self._file_timer.timeout.connect(self._check_file)

    # --- public --------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The listening port, 0 when stopped."""
        return self._port

    @property
    def is_running(self) -> bool:
        return self._tcp is not None and self._tcp.isListening()

    @property
    def token(self) -> str:
        return self._api.token

    @property
    def arrivals(self) -> RoundArrivals:
        """The open round's phone ballots in arrival order, in memory only (never stored):
        for the facilitator to spot and remove a burst (``bursts()``, ``arrivals()``)."""
        return self._api.arrivals

    @property
    def url_path(self) -> str:
        """The page's path, e.g. ``/j/<token>/``; join.join_url adds the address and port."""
        return self._api.path_prefix

    def set_token(self, token: str) -> None:
        """Use a new session token: the old join URL gets 403 from now on."""
        self._api.token = token

    def start(self, host: str = ANY_IPV4, port: int = 0) -> int:
        """Listen on ``host`` (all IPv4 interfaces by default) and return the port.

        Port 0 picks a free port; a configured port that is taken falls back to a free one.
        Raises ``UserError('phone_server_failed')`` when nothing can be listened on.
        """
        self.stop()
        address = QHostAddress(host)
        if address.isNull():
            raise UserError("phone_host_invalid", host=host[:60])
        tcp = PacedTcpServer(self, max_body=MAX_BODY_BYTES)
        if not tcp.listen(address, port) and not (port and tcp.listen(address, 0)):
            reason = tcp.errorString()
            tcp.deleteLater()
            raise UserError("phone_server_failed", reason=reason)
        if port and tcp.serverPort() != port:
            log.warning("port %d is taken; listening on %d instead", port, tcp.serverPort())
        http = QHttpServer(self)
        configuration = QHttpServerConfiguration()
        configuration.setMaximumBodySize(MAX_BODY_BYTES)
        configuration.setRateLimitPerSecond(self._rate_limit)
        # The paced listener checks a connection's first request; these hold for the next
        # requests on a kept-alive connection, which Qt reads itself.
        configuration.setMaximumUrlSize(http_head.MAX_REQUEST_LINE)
        configuration.setMaximumTotalHeaderSize(http_head.MAX_HEAD)
        configuration.setMaximumHeaderFieldSize(http_head.MAX_REQUEST_LINE)
        configuration.setKeepAliveTimeout(KEEP_ALIVE_S)
        http.setConfiguration(configuration)
        http.route("/.*", self._route_callback)
        http.addAfterRequestHandler(self._context, self._after_callback)
        if not http.bind(tcp):
            tcp.close()
            http.deleteLater()
            raise UserError("phone_server_failed", reason="bind")
        self._http, self._tcp = http, tcp
        self._api.guard = RequestGuard(tcp.serverPort(), _local_addresses)
        self._set_port(tcp.serverPort())
        QTimer.singleShot(self.prewarm_delay_ms, self, _prewarm_certificates)
        self._file_timer.start()
        return self._port

    def stop(self) -> None:
        """Stop listening and drop open connections. Safe to call when stopped."""
        self._file_timer.stop()
        if self._tcp is not None:
            self._tcp.close()
        if self._http is not None:
            self._http.deleteLater()  # also deletes its connections and the bound QTcpServer
        self._http = self._tcp = None
        self._set_port(0)

    # --- request handling ----------------------------------------------------------------

    def _respond(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        """Answer one request: validate, store, signal, then the response goes out."""
        try:
            reply = self._api.handle(
                _METHODS.get(request.method(), "OTHER"),
                request.url().path(_ENCODED),
                request.url().query(_ENCODED),
                bytes(request.body().data()),
                _guarded_headers(request),
                request.remoteAddress().toString().removeprefix("::ffff:"),
            )
        except Exception:  # ParticipantApi.handle does not raise; never let Qt see one
            log.exception("participant request failed")
            reply = Reply(500)
        if reply.ballot is not None:
            self.ballot_received.emit(reply.ballot.team_id, reply.ballot.function)
        if reply.dots_team:
            self.dots_received.emit(reply.dots_team)
        if reply.file_lost:
            self._announce_file_lost()
        response.swap(_qt_response(reply))
        if self._tcp is not None:
            self._tcp.answered(request.remoteAddress().toString(), request.remotePort())

    def _check_file(self) -> None:
        check = getattr(self._store, "check_file", None)
        if check is None:
            return
        try:
            check()
        except SessionFileError as error:
            if error.key == "session_file_lost":
                self._announce_file_lost()

    def _announce_file_lost(self) -> None:
        if not self._file_lost:
            self._file_lost = True
            self._file_timer.stop()
            self.session_file_lost.emit()

    def _set_port(self, port: int) -> None:
        if port != self._port:
            self._port = port
            self.port_changed.emit(port)


def _answer_in_after_handler(request: QHttpServerRequest) -> str:
    return _EMPTY  # the after-request handler builds the real response


def _after_handler(
    server: weakref.ref[ParticipantServer],
) -> Callable[[QHttpServerRequest, QHttpServerResponse], None]:
    def handle(request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        alive = server()
        if alive is not None:
            alive._respond(request, response)

    return handle


_GUARDED = {
    b"host": "host",
    b"origin": "origin",
    b"content-type": "content_type",
    b"sec-fetch-site": "fetch_site",
    b"accept-encoding": "accept_encoding",
}


def _guarded_headers(request: QHttpServerRequest) -> RequestHeaders:
    """The headers the request guard looks at (the first of each; a missing Host is "")."""
    found: dict[str, str] = {}
    for name, value in request.headers().toListOfPairs():
        field = _GUARDED.get(bytes(name.data()).lower())
        if field is not None and field not in found:
            found[field] = bytes(value.data()).decode("latin-1")
    return RequestHeaders(**found)


def _local_addresses() -> list[str]:
    return [address.toString() for address in QNetworkInterface.allAddresses()]


def _qt_response(reply: Reply) -> QHttpServerResponse:
    status = QHttpServerResponder.StatusCode(reply.status)
    mime = reply.content_type.encode("ascii") or b"application/octet-stream"
    response = QHttpServerResponse(mime, QByteArray(reply.body), status)
    headers = QHttpHeaders()
    if reply.content_type:
        headers.append(QHttpHeaders.WellKnownHeader.ContentType, reply.content_type)
    # A reply's own header (the page's CSP with its hashes, an asset's Cache-Control)
    # replaces the default of the same name.
    own = {name.lower() for name, _value in reply.headers}
    defaults = [(name, value) for name, value in SECURITY_HEADERS if name.lower() not in own]
    for name, value in (*defaults, *reply.headers):
        headers.append(name, value)
    response.setHeaders(headers)
    return response


def _prewarm_certificates() -> None:
    """Qt loads the system CA certificates on the first connection (~80 ms); do it now."""
    try:
        from PySide6.QtNetwork import QSslConfiguration

        QSslConfiguration.defaultConfiguration().caCertificates()
    except (ImportError, AttributeError):  # a Qt without SSL support: nothing to warm
        pass
