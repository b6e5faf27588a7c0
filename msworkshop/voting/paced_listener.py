"""A listening socket that hands new connections to QHttpServer a few at a time.

Why: QHttpServer answers each request synchronously on the Qt thread, and every ballot is
written durably before its answer. When 50 phones submit at the same moment, Qt reads all
50 ready sockets in one pass of the event loop, and the window cannot repaint until the last
ballot is stored (about 1 ms each). The Python binding cannot answer later (no responder, no
futures), so the back-pressure goes in front: a new connection is accepted from the kernel at
once and watched until its first request has arrived, and connections with a request waiting
are released to the HTTP server at most ``per_pass`` per turn of the event loop. Timers and
repaints run between the turns; the phones wait a few milliseconds longer, and nothing is
refused. (Releasing idle connections would not help: their requests would then all arrive in
the HTTP server's hands in the same turn.)

The room's network may be hostile, so the watch has rules (see docs/security.md):

- A connection must deliver its whole request (line, headers and a small announced body)
  within ``HEAD_DEADLINE_S``; one that does not is closed. Nothing idle is held forever.
- At most ``MAX_WAITING_PER_ADDRESS`` connections per source address are watched, and at
  most ``MAX_WAITING`` in all. Over either cap the *oldest* watched connection (of that
  address, or of the address holding the most) is dropped, never the new one: a phone that
  connects and sends at once always gets in.
- The bytes are peeked (not read) before Qt sees them: a request line over 8 KiB gets 414, a
  header block over 32 KiB gets 431, both written here without Qt parsing anything.
- Once Qt has a connection, the next requests on it are Qt's to read. Qt closes one that is
  idle for its keep-alive time, but not one that trickles a request byte by byte; so a
  connection that has had no answer for ``ANSWER_GAP_S`` (the server reports each answer
  with :meth:`PacedTcpServer.answered`) is closed.
"""

from __future__ import annotations

import functools
import socket
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtNetwork import QTcpServer, QTcpSocket

from msworkshop.voting import http_head

DEFAULT_PER_PASS = 8
# Connections watched (accepted, request not complete) or queued. Read at call time, so tests
# can lower them.
MAX_WAITING = 1024
# Per source address: phones behind one NAT'ed guest network share an address, and a browser
# may open a spare connection or two before it needs them. Well below MAX_WAITING.
MAX_WAITING_PER_ADDRESS = 128
HEAD_DEADLINE_S = 5.0  # to deliver the whole first request after connecting
ANSWER_GAP_S = 12.0  # a connection Qt holds: longest time without an answer (keep-alive is 5 s)
PEEK_RETRY_S = 0.01  # how often a partly arrived request is looked at again
_PEEK_FLAGS = socket.MSG_PEEK | getattr(socket, "MSG_DONTWAIT", 0)


@dataclass
class _Watch:
    handle: int
    address: str
    accepted: float
    notifier: QSocketNotifier
    partial: bool = False  # some bytes arrived, not the whole request


class PacedTcpServer(QTcpServer):
    """``QTcpServer`` that releases at most ``per_pass`` complete requests per event-loop turn."""

    def __init__(
        self,
        parent: QObject | None = None,
        per_pass: int = DEFAULT_PER_PASS,
        *,
        max_body: int = 16 * 1024,
    ) -> None:
        super().__init__(parent)
        self._per_pass = max(1, per_pass)
        self._max_body = max_body
        self._peek_size = http_head.MAX_HEAD + max_body + 1024
        self._watched: dict[int, _Watch] = {}  # in accept order: the oldest first
        self._by_address: dict[str, dict[int, None]] = {}  # ordered sets of handles
        self._partial: set[int] = set()
        self._waiting: deque[int] = deque()  # a request has arrived: next in line
        self.dropped = 0  # connections closed by the rules above (for tests and benchmarks)
        self.refused = 0  # requests answered 414/431 here
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)
        self._release.setTimerType(Qt.TimerType.PreciseTimer)
        self._release.timeout.connect(self._release_some)
        self._handed: dict[tuple[str, int], tuple[QTcpSocket, float]] = {}  # Qt's now
        self._guard = QTimer(self)
        self._guard.setInterval(1000)
        self._guard.timeout.connect(self._close_silent)
        self._sweep = QTimer(self)
        self._sweep.setSingleShot(True)
        self._sweep.timeout.connect(self._sweep_now)

    @property
    def waiting(self) -> int:
        """Connections accepted from the kernel but not yet given to the HTTP server."""
        return len(self._watched) + len(self._waiting)

    def incomingConnection(self, handle: int) -> None:  # noqa: N802 - Qt's name
        address = _peer_address(handle)
        same = self._by_address.get(address, {})
        if len(same) >= MAX_WAITING_PER_ADDRESS:
            self._drop(self._watched[next(iter(same))])
        elif self.waiting >= MAX_WAITING:
            if not self._watched:  # all queued with complete requests: they go out soon
                _close_descriptor(handle)
                self.dropped += 1
                return
            busiest = max(self._by_address.values(), key=len)
            self._drop(self._watched[next(iter(busiest))])
        notifier = QSocketNotifier(handle, QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._readable)
        self._watched[handle] = _Watch(handle, address, time.monotonic(), notifier)
        self._by_address.setdefault(address, {})[handle] = None
        if not self._sweep.isActive():
            self._arm()

    def close(self) -> None:
        """Stop listening and close the connections that were still waiting."""
        super().close()
        self._release.stop()
        self._sweep.stop()
        self._guard.stop()
        self._handed.clear()
        for watch in list(self._watched.values()):
            self._unwatch(watch)
            _close_descriptor(watch.handle)
        while self._waiting:
            _close_descriptor(self._waiting.popleft())

    # --- watching --------------------------------------------------------------------------

    def _readable(self) -> None:
        notifier = self.sender()
        if not isinstance(notifier, QSocketNotifier):
            return
        watch = self._watched.get(notifier.socket())
        if watch is not None and watch.notifier is notifier:
            self._look(watch)

    def _look(self, watch: _Watch) -> None:
        """Peek at what arrived: release, wait (looking again shortly), refuse or forget."""
        data = _peek(watch.handle, self._peek_size)
        if data is not None and not data:  # closed by the client, or broken
            self._drop(watch, counted=False)
            return
        found = http_head.verdict(data or b"", max_body=self._max_body)
        if found == http_head.COMPLETE:
            self._unwatch(watch)
            self._waiting.append(watch.handle)
            if not self._release.isActive():
                self._release.start()
        elif found == http_head.WAIT:
            if not watch.partial:
                # The notifier is level-triggered: unread bytes would wake it on every turn.
                watch.partial = True
                watch.notifier.setEnabled(False)
                self._partial.add(watch.handle)
                self._arm()
        else:
            self._unwatch(watch)
            self.refused += 1
            _refuse(watch.handle, found)

    def _sweep_now(self) -> None:
        """Close connections past their deadline; look again at partly arrived requests."""
        now = time.monotonic()
        expired = now - HEAD_DEADLINE_S
        for watch in list(self._watched.values()):
            if watch.accepted > expired:
                break  # in accept order: the rest are younger
            self._drop(watch)
        for handle in list(self._partial):
            partial = self._watched.get(handle)
            if partial is not None:
                self._look(partial)
        self._arm()

    def _arm(self) -> None:
        """Run the sweep when the next thing is due (a retry, or the oldest's deadline)."""
        if not self._watched:
            self._sweep.stop()
            return
        oldest = next(iter(self._watched.values()))
        due = oldest.accepted + HEAD_DEADLINE_S - time.monotonic()
        if self._partial:
            due = min(due, PEEK_RETRY_S)
        self._sweep.start(max(1, min(1000, int(due * 1000) + 1)))

    def _drop(self, watch: _Watch, *, counted: bool = True) -> None:
        self._unwatch(watch)
        _close_descriptor(watch.handle)
        if counted:
            self.dropped += 1

    def _unwatch(self, watch: _Watch) -> None:
        del self._watched[watch.handle]
        same = self._by_address[watch.address]
        del same[watch.handle]
        if not same:
            del self._by_address[watch.address]
        self._partial.discard(watch.handle)
        notifier = watch.notifier
        notifier.setEnabled(False)  # only one notifier per socket: the QTcpSocket's comes next
        notifier.activated.disconnect(self._readable)
        notifier.deleteLater()

    def _release_some(self) -> None:
        now = time.monotonic()
        for _ in range(min(self._per_pass, len(self._waiting))):
            socket_ = QTcpSocket(self)
            if socket_.setSocketDescriptor(self._waiting.popleft()):
                key = (_normalised(socket_.peerAddress().toString()), socket_.peerPort())
                self._handed[key] = (socket_, now)
                socket_.disconnected.connect(functools.partial(self._handed_closed, key, socket_))
                self.addPendingConnection(socket_)
            else:
                socket_.deleteLater()
        if self._handed and not self._guard.isActive():
            self._guard.start()
        if self._waiting:
            self._release.start()  # the rest after timers and repaints have had their turn

    # --- connections Qt holds ----------------------------------------------------------------

    def answered(self, address: str, port: int) -> None:
        """The HTTP server answered a request from ``address``:``port`` (its connection)."""
        key = (_normalised(address), port)
        held = self._handed.get(key)
        if held is not None:
            self._handed[key] = (held[0], time.monotonic())

    def _handed_closed(self, key: tuple[str, int], closed: QTcpSocket) -> None:
        held = self._handed.get(key)
        if held is not None and held[0] is closed:
            del self._handed[key]

    def _close_silent(self) -> None:
        """Close connections Qt holds that went ``ANSWER_GAP_S`` without an answer."""
        too_old = time.monotonic() - ANSWER_GAP_S
        for key, (socket_, last) in list(self._handed.items()):
            if last < too_old:
                del self._handed[key]
                try:
                    socket_.abort()
                except RuntimeError:  # Qt already deleted it
                    continue
                self.dropped += 1
        if not self._handed:
            self._guard.stop()


# --- the raw descriptor (owned by us until Qt gets it) -------------------------------------


def _borrow(handle: int) -> socket.socket:
    """A Python socket object on ``handle``; ``detach()`` it to give the descriptor back."""
    return socket.socket(fileno=handle)


def _peer_address(handle: int) -> str:
    try:
        borrowed = _borrow(handle)
    except OSError:
        return ""
    try:
        address = str(borrowed.getpeername()[0])
    except (OSError, IndexError):
        address = ""
    finally:
        borrowed.detach()
    return _normalised(address)


def _normalised(address: str) -> str:
    return address.removeprefix("::ffff:")


def _peek(handle: int, size: int) -> bytes | None:
    """The bytes waiting on ``handle``, left in place; None when there are none yet, b""
    when the connection is closed or broken."""
    try:
        borrowed = _borrow(handle)
    except OSError:
        return b""
    try:
        return borrowed.recv(size, _PEEK_FLAGS)
    except BlockingIOError:
        return None
    except OSError:
        return b""
    finally:
        borrowed.detach()


def _refuse(handle: int, status: int) -> None:
    """Answer ``status`` without Qt and close: read what is there, so the reply is not reset."""
    try:
        borrowed = _borrow(handle)
    except OSError:
        return
    try:
        borrowed.setblocking(False)
        for _ in range(4):
            if not borrowed.recv(65536):
                break
    except OSError:
        pass
    try:
        borrowed.send(http_head.refusal(status))
        borrowed.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        borrowed.close()


def _close_descriptor(handle: int) -> None:
    socket_ = QTcpSocket()
    if socket_.setSocketDescriptor(handle):
        socket_.abort()
