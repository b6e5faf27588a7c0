"""Translatable user-facing messages (errors and notices) for the CLI, phone page and app.

Messages are keyed; their Dutch and English texts live in
``resources/content/<lang>/messages/*.toml`` (one file per area, all keys unique). Domain code
raises :class:`UserError` with a key and parameters; whoever shows it picks the language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from msworkshop.resource_files import resource_path

LANGUAGES: tuple[str, ...] = ("en", "nl")
DEFAULT_LANGUAGE = "en"


@cache
def message_catalogue(lang: str) -> dict[str, str]:
    import tomllib  # here, not at the top: most starts never show a message

    catalogue: dict[str, str] = {}
    for path in sorted(resource_path("content", lang, "messages").glob("*.toml")):
        with path.open("rb") as handle:
            for key, text in tomllib.load(handle).items():
                if key in catalogue:
                    raise ValueError(f"message key {key!r} defined twice ({path.name})")
                catalogue[key] = str(text)
    return catalogue


def translate(key: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in (English as fallback); with
    ``count=1`` the singular ``<key>_one`` where the catalogue has one."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if params.get("count") == 1 and f"{key}_one" in message_catalogue(lang):
        key = f"{key}_one"  # the singular: "1 row has errors", not "1 rows have errors"
    template = message_catalogue(lang).get(key) or message_catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        return key
    return template.format(**params)


class UserError(Exception):
    """An error caused by input, with a message the user can read in their language."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        self.language: str | None = None  # set by ``speaking``: the language to show it in

    def shown_in(self, lang: str) -> UserError:
        """This error, to be shown in ``lang`` (see :func:`speaking`)."""
        self.language = lang
        return self

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return translate(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message(DEFAULT_LANGUAGE)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """A UserError raised inside is to be shown in ``lang`` (e.g. the open session's language),
    so one command speaks one language from the moment it knows the session."""
    try:
        yield
    except UserError as error:
        if error.language is None:
            error.language = lang
        raise
