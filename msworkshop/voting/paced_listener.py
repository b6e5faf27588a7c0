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
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtNetwork import QTcpServer, QTcpSocket

DEFAULT_PER_PASS = 8
# Accepted connections waiting for their turn. Beyond this a flood is closed at once, so a
# misbehaving client cannot make the app hold thousands of open sockets.
MAX_WAITING = 1024


class PacedTcpServer(QTcpServer):
    """``QTcpServer`` that releases at most ``per_pass`` pending connections per event-loop turn."""

    def __init__(self, parent: QObject | None = None, per_pass: int = DEFAULT_PER_PASS) -> None:
        super().__init__(parent)
        self._per_pass = max(1, per_pass)
        self._watched: dict[int, QSocketNotifier] = {}  # accepted, no request yet
        self._waiting: deque[int] = deque()  # a request has arrived: next in line
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)
        self._release.setTimerType(Qt.TimerType.PreciseTimer)
        self._release.timeout.connect(self._release_some)

    @property
    def waiting(self) -> int:
        """Connections accepted from the kernel but not yet given to the HTTP server."""
        return len(self._watched) + len(self._waiting)

    def incomingConnection(self, handle: int) -> None:  # noqa: N802 - Qt's name
        if self.waiting >= MAX_WAITING:
            _close_descriptor(handle)
            return
        notifier = QSocketNotifier(handle, QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._request_arrived)
        self._watched[handle] = notifier

    def close(self) -> None:
        """Stop listening and close the connections that were still waiting."""
        super().close()
        self._release.stop()
        for handle in list(self._watched):
            self._unwatch(handle)
            _close_descriptor(handle)
        while self._waiting:
            _close_descriptor(self._waiting.popleft())

    def _request_arrived(self) -> None:
        """Data (or the end of the connection) is readable: queue it for the HTTP server."""
        notifier = self.sender()
        if not isinstance(notifier, QSocketNotifier) or notifier.socket() not in self._watched:
            return
        handle = notifier.socket()
        self._unwatch(handle)
        self._waiting.append(handle)
        if not self._release.isActive():
            self._release.start()

    def _unwatch(self, handle: int) -> None:
        notifier = self._watched.pop(handle)
        notifier.setEnabled(False)  # only one notifier per socket: the QTcpSocket's comes next
        notifier.activated.disconnect(self._request_arrived)
        notifier.deleteLater()

    def _release_some(self) -> None:
        for _ in range(min(self._per_pass, len(self._waiting))):
            socket = QTcpSocket(self)
            if socket.setSocketDescriptor(self._waiting.popleft()):
                self.addPendingConnection(socket)
            else:
                socket.deleteLater()
        if self._waiting:
            self._release.start()  # the rest after timers and repaints have had their turn


def _close_descriptor(handle: int) -> None:
    socket = QTcpSocket()
    if socket.setSocketDescriptor(handle):
        socket.abort()
