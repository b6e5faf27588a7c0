"""Comparing texts that people and form tools wrote: one normal form, one similarity measure.

Form tools and people change the statements a little on the way (curly quotes, a dash, a
trailing full stop, capitals, doubled spaces, accents dropped). :func:`normalise` removes all
of that, so two texts that differ only there compare equal; :func:`similarity` scores small
rewordings so that a close match can be *offered* (never applied without the user's yes).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation or quotes, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", plain.casefold()).strip()


def similarity(first: str, second: str, at_least: float = 0.0) -> float:
    """0..1: how alike two normalised texts are (1.0 = equal); 0.0 as soon as it is clear
    that the score stays below ``at_least`` (the cheap upper bounds are tried first)."""
    if not first or not second:
        return 0.0
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0
    return matcher.ratio()


def contains_words(haystack: str, needle: str) -> bool:
    """True when the normalised ``needle`` occurs in ``haystack`` as whole words."""
    if not needle:
        return False
    return f" {needle} " in f" {haystack} "
