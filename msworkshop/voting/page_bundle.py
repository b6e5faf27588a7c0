"""The phone page as one response: HTML with its style, script and session data inlined.

On a busy venue Wi-Fi every extra round trip costs 150-400 ms, so the page arrives whole:
the script modules joined into one inline module, the style inline, the session data
as an inert JSON block, the lot gzip-compressed once per change of the session data. The
Content-Security-Policy stays strict: the inline script and style are allowed by their
SHA-256 hashes (computed here, at start), never by ``unsafe-inline``. The icon stays a
separate file under a content-hashed name that browsers may cache for good.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

MODULES = ("dom.js", "steps.js", "dots.js", "takehome.js", "comment_loader.js", "app.js")
STYLES = ("app.css",)  # joined in this order (comments.css comes with comments.js, later)
ICON = "icon.svg"
SESSION_MARKER = "<!--msw-session-->"
IMMUTABLE = "public, max-age=31536000, immutable"

_IMPORT = re.compile(r'^import\s[^;]*?from\s*"[^"]*";[ \t]*\n', re.M | re.S)
_EXPORT = re.compile(r"^export (?=(const|let|function|class) )", re.M)
_ASSETS = re.compile(
    r'\s*<link rel="stylesheet" href="app\.css">\s*<script type="module" src="app\.js"></script>'
)


def joined_script(sources: dict[str, str]) -> str:
    """The modules as one script: their imports dropped, their exports made plain names."""
    parts = []
    for name in MODULES:
        text = _EXPORT.sub("", _IMPORT.sub("", sources[name]))
        parts.append(f"/* {name} */\n{text}")
    return "\n".join(parts)


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_name(name: str, data: bytes) -> str:
    """``icon.svg`` -> ``icon.<12 hex digits of its SHA-256>.svg``."""
    stem, _, ext = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:12]}.{ext}"


def session_block(payload: dict) -> str:
    """The session data as ``<script type="application/json">``: data, never run.

    ``<`` is written as ``\\u003c`` so no text in it (a team called ``</script>``) can end the
    block early.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="msw-session">{text}</script>'


@dataclass(frozen=True)
class Encoded:
    """One reply body, plain and gzip-compressed, with its ETag."""

    plain: bytes
    gzipped: bytes
    etag: str

    @classmethod
    def of(cls, plain: bytes) -> Encoded:
        etag = '"' + hashlib.sha256(plain).hexdigest()[:20] + '"'
        return cls(plain, gzip.compress(plain, compresslevel=9, mtime=0), etag)


class PageBundle:
    """Builds the inlined page once per start, and its compressed copy once per session data."""

    def __init__(self, root: Path) -> None:
        index = (root / "index.html").read_text("utf-8")
        style = "\n".join((root / name).read_text("utf-8") for name in STYLES)
        script = joined_script({name: (root / name).read_text("utf-8") for name in MODULES})
        icon = (root / ICON).read_bytes()
        self.icon_name = content_name(ICON, icon)
        self.icon = Encoded.of(icon)
        self.script_hash = csp_hash(script)
        self.style_hash = csp_hash(style)
        inline = (
            f"\n  <style>{style}</style>\n  {SESSION_MARKER}\n"
            f'  <script type="module">{script}</script>'
        )
        html, found = _ASSETS.subn(lambda _match: inline, index)
        if found != 1:
            raise ValueError("index.html no longer links app.css and app.js as expected")
        html = html.replace('href="icon.svg"', f'href="{self.icon_name}"')
        self._before, self._after = html.split(SESSION_MARKER)
        self._cache: dict[str, tuple[str, Encoded]] = {}  # lang -> (session block, page)

    def page(self, payload: dict, lang: str) -> Encoded:
        """The page with this session data; compressed again only when the data changed."""
        block = session_block(payload)
        cached = self._cache.get(lang)
        if cached is not None and cached[0] == block:
            return cached[1]
        encoded = Encoded.of((self._before + block + self._after).encode("utf-8"))
        self._cache[lang] = (block, encoded)
        return encoded

    def content_security_policy(self) -> str:
        """The policy for the inlined page: the strict one plus the two hashes."""
        return content_security_policy(f" {self.script_hash}", f" {self.style_hash}")


def content_security_policy(scripts: str = "", styles: str = "") -> str:
    """Our one policy: only this server's own files, plus ``scripts``/``styles`` sources
    (hashes of inlined code, each with a leading space)."""
    return (
        f"default-src 'self'; script-src 'self'{scripts}; style-src 'self'{styles}; "
        "img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether ``Accept-Encoding`` allows gzip (and does not refuse it with ``q=0``)."""
    for item in (accept_encoding or "").lower().split(","):
        name, _, params = item.strip().partition(";")
        if name.strip() in ("gzip", "x-gzip", "*"):
            quality = params.strip().removeprefix("q=")
            try:
                return not params.strip() or float(quality) > 0
            except ValueError:
                return False
    return False
