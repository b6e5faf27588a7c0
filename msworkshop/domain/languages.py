"""Which language to speak before a session (with its own language) is known."""

from __future__ import annotations

import os


def cli_language() -> str:
    """Language for messages before a session is known: MSWORKSHOP_LANG, else the locale."""
    for variable in ("MSWORKSHOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
