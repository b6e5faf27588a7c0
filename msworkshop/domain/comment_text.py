"""Participant comments as plain, visible text (no Qt in here).

A comment may reach the projector and the facilitator's exports. Characters that are not
visible text are removed before it is stored: control characters (NUL, ESC, backspace ...;
a line break stays, a tab becomes a space), bidirectional overrides and isolates (which can
make a comment display as something else), zero-width and other format characters. A
zero-width joiner between two emoji stays, so that composed emoji (families, professions)
survive; ordinary text and emoji are left as they are.
"""

from __future__ import annotations

import unicodedata

_ZWJ = "\u200d"
_KEEP_CONTROLS = frozenset("\n")
_AS_SPACE = frozenset("\t\u2028\u2029")


def clean_comment(text: str) -> str:
    """``text`` without invisible or direction-changing characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    for index, char in enumerate(text):
        if char in _KEEP_CONTROLS:
            kept.append(char)
        elif char in _AS_SPACE:
            kept.append(" ")
        elif char == _ZWJ:
            if kept and _is_emoji(kept[-1]) and _is_emoji(text[index + 1 : index + 2]):
                kept.append(char)
        elif unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co"):  # Cn: newer emoji
            kept.append(char)
    return "".join(kept)


def _is_emoji(char: str) -> bool:
    """Roughly: a pictographic symbol, or the emoji variation selector after one."""
    if not char:
        return False
    return char == "\ufe0f" or unicodedata.category(char) in ("So", "Sk")
