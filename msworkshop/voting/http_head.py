"""A cheap look at the first bytes of an HTTP request, before Qt parses it (no Qt in here).

The paced listener peeks at what a new connection has sent and asks :func:`verdict` whether
the request is complete (release it to QHttpServer), still arriving (wait), or too large to be
worth parsing (answer 414 or 431 at once). Qt's own parser spends noticeable CPU on very long
request lines, on the thread that also paints the facilitator's window.
"""

from __future__ import annotations

import re

WAIT = 0  # not complete yet: look again later
COMPLETE = 1  # the request line, headers and (announced) body are here
URI_TOO_LONG = 414
HEADERS_TOO_LARGE = 431

MAX_REQUEST_LINE = 8 * 1024
MAX_HEAD = 32 * 1024

_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d{1,12})[ \t]*\r?$", re.I | re.M)
_EXPECT_CONTINUE = re.compile(rb"^expect[ \t]*:[ \t]*100-continue", re.I | re.M)
_REASONS = {URI_TOO_LONG: b"URI Too Long", HEADERS_TOO_LARGE: b"Request Header Fields Too Large"}


def verdict(
    data: bytes,
    *,
    max_line: int = MAX_REQUEST_LINE,
    max_head: int = MAX_HEAD,
    max_body: int = 0,
) -> int:
    """WAIT, COMPLETE, URI_TOO_LONG or HEADERS_TOO_LARGE for the bytes received so far.

    A body is waited for when its Content-Length is at most ``max_body``; a larger one is
    left to Qt (which answers 413), as is a chunked body or one announced with
    ``Expect: 100-continue`` (the client sends it only after Qt's interim answer).
    """
    start = len(data) - len(data.lstrip(b"\r\n"))  # stray blank lines before a request
    line_end = data.find(b"\n", start)
    if line_end < 0:
        return URI_TOO_LONG if len(data) - start > max_line else WAIT
    if line_end - start > max_line:
        return URI_TOO_LONG
    head_end, separator = _head_end(data, line_end)
    if head_end < 0:
        return HEADERS_TOO_LARGE if len(data) - start > max_head else WAIT
    if head_end - start > max_head:
        return HEADERS_TOO_LARGE
    found = _CONTENT_LENGTH.search(data, line_end, head_end + 1)
    if found is None:
        return COMPLETE
    length = int(found.group(1))
    if length > max_body or _EXPECT_CONTINUE.search(data, line_end, head_end + 1):
        return COMPLETE  # Qt answers 413, or the client waits for "100 Continue" first
    return COMPLETE if len(data) - (head_end + separator) >= length else WAIT


def _head_end(data: bytes, line_end: int) -> tuple[int, int]:
    """Where the header block ends (index of the blank line's start) and its separator size."""
    crlf = data.find(b"\r\n\r\n", line_end - 1)
    lf = data.find(b"\n\n", line_end)
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return crlf, 4
    return lf, 2


def refusal(status: int) -> bytes:
    """A complete, tiny response for a refused request; the connection is closed after it."""
    reason = _REASONS.get(status, b"Bad Request")
    return (
        b"HTTP/1.1 %d %s\r\nContent-Length: 0\r\nConnection: close\r\n"
        b"Cache-Control: no-store\r\n\r\n" % (status, reason)
    )
