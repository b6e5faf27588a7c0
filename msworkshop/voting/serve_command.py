"""``msworkshop serve FILE [--host H] [--port P]``: the participant server without the GUI.

Opens a voting round when none is open, prints ``Join URL: <url>`` (flushed at once) and
serves until Ctrl-C or SIGTERM. Python runs signal handlers only when the main thread gets
control, which a Qt event loop (or a request stuck on a full or locked disk) may not give it
for a long time. So the C-level wake-up byte of a signal goes through a socket pair to a
small watcher thread, which asks the loop to quit and, should the process still be running
``STOP_GRACE_S`` later, ends it: every acknowledged ballot is already on disk.

A request never waits longer than ``BUSY_TIMEOUT_S`` for the file's write lock (another
program holding it): the phone gets a 503 and tries again.

Also runnable as ``python -m msworkshop.voting.serve_command FILE [--host H] [--port P]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt, QTimer

from msworkshop.domain.messages import UserError, translate
from msworkshop.store import SessionStore
from msworkshop.voting import join, tokens
from msworkshop.voting.lan_server import ANY_IPV4, ParticipantServer
from msworkshop.voting.take_home_api import RoomShare

_WILDCARDS = ("0.0.0.0", "", "::", "any")
STOP_GRACE_S = 1.5  # after SIGTERM/SIGINT, then the process ends regardless
BUSY_TIMEOUT_S = 0.5


def run_serve(
    path: Path | str,
    host: str = ANY_IPV4,
    port: int = 0,
    *,
    out: TextIO | None = None,
    share: Callable[[SessionStore], RoomShare] | None = None,
) -> int:
    """Serve the phone page for the session at ``path`` until interrupted; the exit code.
    ``share`` makes the take-home answers for the open store (the command line gives it)."""
    out = out or sys.stdout
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "serve"])
    host = ANY_IPV4 if host.strip().lower() in _WILDCARDS else host.strip()
    with _quit_on_signals(app), SessionStore.open(path, busy_timeout=BUSY_TIMEOUT_S) as store:
        if store.read_only:
            raise UserError("read_only", name=Path(path).name)
        lang = store.workshop().language
        current = store.current_round()
        if current is None or not current.is_open:
            current = store.open_round()
        server = ParticipantServer(
            store, tokens.session_token(store), share=share(store) if share else None
        )
        lost: list[UserError] = []

        def file_lost() -> None:  # the 503 goes out first, then the loop ends
            lost.append(store.file_lost or UserError("session_file_lost", name=Path(path).name))
            QTimer.singleShot(0, app.quit)

        server.session_file_lost.connect(file_lost)
        actual_port = server.start(host, port)
        addresses = join.lan_addresses() if host == ANY_IPV4 else []
        shown = host if host != ANY_IPV4 else join.default_address(addresses)
        out.write(f"Join URL: {join.join_url(shown, actual_port, server.token)}\n")
        for other in addresses[1:]:
            url = join.join_url(other.address, actual_port, server.token)
            out.write(translate("phone_serve_also", lang, url=url, interface=other.label) + "\n")
        out.write(translate("phone_serve_running", lang, round=current.number) + "\n")
        out.flush()
        app.exec()
        server.stop()
    if lost:
        from msworkshop.domain.languages import cli_language

        sys.stderr.write(f"msworkshop: {lost[0].message(cli_language())}\n")
        return 1
    return 0


@contextmanager
def _quit_on_signals(app: QCoreApplication, grace_s: float | None = None) -> Iterator[None]:
    """Route SIGINT and SIGTERM to ``app.quit`` while a Qt event loop runs, within a grace."""
    grace = STOP_GRACE_S if grace_s is None else grace_s
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    finished = threading.Event()

    def watch() -> None:
        try:
            if not reader.recv(64) or finished.is_set():
                return
        except OSError:
            return
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)
        if not finished.wait(grace):
            os._exit(1)  # no message: stderr itself may be what blocks the main thread

    def on_signal(signum: int, frame: object) -> None:
        QTimer.singleShot(0, app.quit)  # also works when the loop has not started yet

    watcher = threading.Thread(target=watch, name="serve-signals", daemon=True)
    watcher.start()
    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {number: signal.signal(number, on_signal) for number in wanted}
    old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        finished.set()
        signal.set_wakeup_fd(old_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        with contextlib.suppress(OSError):
            writer.send(b"\0")  # let the watcher end
        watcher.join(1)
        reader.close()
        writer.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="msworkshop serve", description="Serve the phone voting page without the app."
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--host", default=ANY_IPV4)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        return run_serve(args.file, args.host, args.port)
    except UserError as error:
        from msworkshop.domain.languages import cli_language

        sys.stderr.write(f"msworkshop: {error.message(cli_language())}\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
