"""``msworkshop serve FILE [--host H] [--port P]``: the participant server without the GUI.

Opens a voting round when none is open, prints ``Join URL: <url>`` (flushed at once) and
serves until Ctrl-C or SIGTERM. Python runs signal handlers only when it gets control, which
a Qt event loop may not give it for a long time: the handler's wake-up byte goes through a
socket pair watched by a QSocketNotifier, so the loop wakes and quits promptly.

Also runnable as ``python -m msworkshop.voting.serve_command FILE [--host H] [--port P]``.
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer

from msworkshop.domain.messages import UserError, translate
from msworkshop.store import SessionStore
from msworkshop.voting import join, tokens
from msworkshop.voting.lan_server import ANY_IPV4, ParticipantServer

_WILDCARDS = ("0.0.0.0", "", "::", "any")


def run_serve(
    path: Path | str, host: str = ANY_IPV4, port: int = 0, *, out: TextIO | None = None
) -> int:
    """Serve the phone page for the session at ``path`` until interrupted; the exit code."""
    out = out or sys.stdout
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "serve"])
    host = ANY_IPV4 if host.strip().lower() in _WILDCARDS else host.strip()
    with SessionStore.open(path) as store, _quit_on_signals(app.quit):
        if store.read_only:
            raise UserError("read_only", name=Path(path).name)
        lang = store.workshop().language
        current = store.current_round()
        if current is None or not current.is_open:
            current = store.open_round()
        server = ParticipantServer(store, tokens.session_token(store))
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
        from msworkshop.cli import cli_language

        sys.stderr.write(f"msworkshop: {lost[0].message(cli_language())}\n")
        return 1
    return 0


@contextmanager
def _quit_on_signals(quit_loop: Callable[[], None]) -> Iterator[None]:
    """Route SIGINT and SIGTERM to ``quit_loop`` while a Qt event loop runs."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        try:
            while reader.recv(64):
                pass
        except OSError:  # nothing left to read (BlockingIOError)
            pass

    def on_signal(signum: int, frame: object) -> None:
        QTimer.singleShot(0, quit_loop)  # also works when the loop has not started yet

    notifier.activated.connect(drain)
    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {number: signal.signal(number, on_signal) for number in wanted}
    old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(old_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        notifier.setEnabled(False)
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
        from msworkshop.cli import cli_language

        sys.stderr.write(f"msworkshop: {error.message(cli_language())}\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
