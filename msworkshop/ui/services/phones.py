"""Phone voting while a session is open: runs the participant server and publishes its URL.

Set on the controller as ``controller.phones`` by :func:`attach_phone_voting`. Starts the
:class:`~msworkshop.voting.lan_server.ParticipantServer` when a session opens (not for a
read-only file) and stops it when the session closes. The server writes every ballot through
the session's one door (``controller.intake``), which announces a burst of phone ballots as
one refresh of the results. No widgets in here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from msworkshop.domain.messages import UserError
from msworkshop.voting import join, tokens
from msworkshop.voting.arrivals import RoundArrivals
from msworkshop.voting.lan_server import ParticipantServer

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)

PORT_KEY = "phones/port"  # QSettings: 0 = any free port
# Tried first, so the address on the projector is short and the same at every workshop; when
# another program has it, the server takes a free port instead (and the projector says so).
DEFAULT_PORT = 8765
PREWARM_AFTER_MS = 1500  # let the window paint before the server's one-off certificate load


class PhoneVoting(QObject):
    """The phone door of one open session: server, chosen address and join URL."""

    join_url_changed = Signal(str)
    state_changed = Signal()

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self._controller = controller
        self._server: ParticipantServer | None = None
        self._addresses: list[join.LanAddress] = []
        self._address = ""
        self.error: UserError | None = None  # why the server is not running
        controller.session_opened.connect(self._start)
        controller.session_closed.connect(self.stop)
        if controller.is_open:
            self._start()

    # -- what the windows show -------------------------------------------------------------
    @property
    def join_url(self) -> str:
        if self._server is None or not self._server.is_running:
            return ""
        return join.join_url(self._address, self._server.port, self._server.token)

    @property
    def addresses(self) -> list[join.LanAddress]:
        return list(self._addresses)

    @property
    def address(self) -> str:
        return self._address

    @property
    def arrivals(self) -> RoundArrivals | None:
        """Phone ballots of the open round by arrival, in memory only (bursts, the cap)."""
        return self._server.arrivals if self._server is not None else None

    @property
    def port(self) -> int:
        return self._server.port if self._server is not None else 0

    def set_address(self, address: str) -> None:
        """The interface the room is on (Wi-Fi, hotspot, ...); the server listens on all."""
        if address != self._address:
            self._address = address
            self._announce()

    def set_preferred_port(self, port: int) -> None:
        QSettings().setValue(PORT_KEY, int(port))
        if self._controller.is_open:
            self._start()

    @staticmethod
    def preferred_port() -> int:
        try:
            return max(0, min(65535, int(str(QSettings().value(PORT_KEY, DEFAULT_PORT)))))
        except (TypeError, ValueError):
            return DEFAULT_PORT

    def renew_token(self) -> None:
        """A new link: the old QR code stops working (e.g. after it was shared by mistake)."""
        if self._server is not None:
            self._server.set_token(tokens.new_session_token(self._controller.store()))
            self._announce()

    # -- life cycle ------------------------------------------------------------------------
    def _start(self, *_: object) -> None:
        self.stop()
        self.error = None
        store = self._controller.store()
        if getattr(store, "read_only", False):
            self.error = UserError(
                "phone_read_only", name=self._controller.path.name if self._controller.path else ""
            )
            self._announce()
            return
        from msworkshop.export.take_home import TakeHome

        server = ParticipantServer(
            self._controller.intake.phone_store(),
            tokens.session_token(store),
            share=TakeHome(store),  # what the room saw and the plan, for the phones
            parent=self,
        )
        server.prewarm_delay_ms = PREWARM_AFTER_MS
        server.session_file_lost.connect(self._controller.report_file_lost)
        server.dots_received.connect(self._controller.action_votes.dots_arrived)
        try:
            server.start(port=self.preferred_port())
        except UserError as error:
            self.error = error
            server.deleteLater()
            self._announce()
            return
        self._server = server
        self._addresses = join.lan_addresses()
        if self._address not in {a.address for a in self._addresses}:
            self._address = join.default_address(self._addresses)
        log.info("phone server listening on port %d", server.port)
        self._announce()

    def stop(self) -> None:
        if self._server is not None:
            server, self._server = self._server, None
            server.stop()
            server.deleteLater()
            self._announce()

    def _announce(self) -> None:
        self.join_url_changed.emit(self.join_url)
        self.state_changed.emit()


def attach_phone_voting(controller: SessionController) -> PhoneVoting:
    """Give ``controller`` its phone door (the app does this; most tests do not)."""
    phones = PhoneVoting(controller)
    controller.phones = phones
    phones.join_url_changed.connect(controller.join_url_changed)
    controller.join_url_changed.emit(phones.join_url)  # windows built before now catch up
    return phones
