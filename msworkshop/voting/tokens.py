"""The session token in the join URL and the secret behind the per-round device keys.

Both live in the session file's settings, so the QR code on the projector stays valid when the
app restarts, and a phone that votes again after a restart still replaces its own ballot.

A phone sends a random device token with its ballot. The token itself is never stored: the
store only sees ``replace_key(secret, device, round)``, an HMAC that differs per round, so a
ballot cannot be linked to the same phone's ballot in another round.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Protocol

TOKEN_SETTING = "phone.token"
SECRET_SETTING = "phone.secret"
# Used with fullmatch: "$" would also accept a trailing newline.
DEVICE_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Older session files carry 10-character tokens; they keep working.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{6,64}")
# Join tokens are read from the back row and typed by people without a camera: lower case, no
# look-alike characters (0/o, 1/l/i), and short. 6 of 31 symbols is 31**6 = 887 million codes
# (29.7 bits, down from 49.5 bits for the 10 characters we used before). What makes that enough
# is guessing.GuessLimit: an address that sends 20 wrong codes is refused for 10 minutes, so
# one device tries at most 120 codes an hour; finding the code takes it ~3.7 million hours on
# average, and even 250 devices on the venue network have a 0.03 % chance in an 8-hour day.
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 6


class SettingsStore(Protocol):
    """The part of ``SessionStore`` that keeps small settings."""

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def set_setting(self, key: str, value: str | None) -> None: ...


def make_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def session_token(store: SettingsStore) -> str:
    """The session's join token, created (and saved) the first time it is asked for."""
    token = store.get_setting(TOKEN_SETTING)
    if token and TOKEN_PATTERN.fullmatch(token):
        return token
    return new_session_token(store)


def new_session_token(store: SettingsStore) -> str:
    """Replace the join token: the old QR code and URL stop working at once."""
    token = make_token()
    store.set_setting(TOKEN_SETTING, token)
    return token


def device_secret(store: SettingsStore) -> bytes:
    """The session's secret key for device keys, created the first time it is asked for."""
    value = store.get_setting(SECRET_SETTING)
    if not value or len(value) < 32:
        value = secrets.token_hex(32)
        store.set_setting(SECRET_SETTING, value)
    return value.encode("ascii")


def valid_device(device: object) -> bool:
    return isinstance(device, str) and DEVICE_PATTERN.fullmatch(device) is not None


def replace_key(secret: bytes, device: str, round_number: int) -> str:
    """The key under which a device's ballot in one round is stored (and replaced)."""
    message = f"{round_number}:{device}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def dots_key(secret: bytes, device: str) -> str:
    """The key under which a device's dots on the actions are stored (and replaced): one set
    of dots per phone, and not linkable to its ballots without the phone's own token."""
    message = f"dots:{device}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def same_token(given: str, expected: str) -> bool:
    """Constant-time comparison, so response timing does not leak the token."""
    return hmac.compare_digest(given.encode(), expected.encode())
