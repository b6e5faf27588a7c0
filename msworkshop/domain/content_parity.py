"""Keep the languages in step: same keys, same structure, same ``{placeholders}``.

``check_language_parity()`` loads every language and returns a list of readable problems
(empty when all is well), so a test can show all of them at once.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import (
    ContentError,
    content_root,
    load_content_from,
    load_messages_from,
)
from msworkshop.domain.messages import LANGUAGES


def placeholders(text: str) -> set[str]:
    """The ``{names}`` used in a format string (``{{`` escapes are not placeholders)."""
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return {"<malformed braces>"}


def _compare_texts(kind: str, texts: dict[str, dict[str, str]]) -> list[str]:
    """Problems between languages for keyed texts (strings or messages)."""
    (base, reference), *others = texts.items()
    problems = []
    for lang, catalogue in others:
        for key in sorted(reference.keys() - catalogue.keys()):
            problems.append(f"{kind} {key!r}: in {base} but missing in {lang}")
        for key in sorted(catalogue.keys() - reference.keys()):
            problems.append(f"{kind} {key!r}: in {lang} but missing in {base}")
        for key in sorted(reference.keys() & catalogue.keys()):
            ours, theirs = placeholders(reference[key]), placeholders(catalogue[key])
            if ours != theirs:
                problems.append(
                    f"{kind} {key!r}: placeholders differ, {base} {sorted(ours)} "
                    f"vs {lang} {sorted(theirs)}"
                )
    return problems


def _structure(content: Content) -> dict[str, object]:
    """The language-neutral skeleton of the content, which every language must share."""
    return {
        "statements": [(s.key, s.dimension, int(s.stage)) for s in content.statements],
        "actions": {
            a.key: (int(a.from_stage), int(a.to_stage), a.horizon_days) for a in content.actions
        },
        "timeboxes": [(n.step, n.timebox_minutes) for n in content.notes],
    }


def check_language_parity(
    root: Path | None = None, languages: tuple[str, ...] = LANGUAGES
) -> list[str]:
    """Problems that make the languages differ in keys, structure or placeholders (empty: fine)."""
    root = root or content_root()
    contents: dict[str, Content] = {}
    messages: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for lang in languages:
        try:
            contents[lang] = load_content_from(root, lang)
            messages[lang] = load_messages_from(root, lang)
        except ContentError as error:
            problems.append(str(error))
    if problems:
        return problems
    base = languages[0]
    reference = _structure(contents[base])
    for lang in languages[1:]:
        other = _structure(contents[lang])
        for part, value in reference.items():
            if value != other[part]:
                problems.extend(_describe_difference(part, base, value, lang, other[part]))
    problems += _compare_texts("string", {lang: contents[lang].strings for lang in languages})
    problems += _compare_texts("message", messages)
    return problems


def _describe_difference(part: str, base: str, ours: Any, lang: str, theirs: Any) -> list[str]:
    if isinstance(ours, dict):
        keys = sorted(ours.keys() | theirs.keys())
        return [
            f"{part} {key!r}: {base} {ours.get(key)} vs {lang} {theirs.get(key)}"
            for key in keys
            if ours.get(key) != theirs.get(key)
        ]
    pairs = zip(ours, theirs, strict=False)
    found = [f"{part}: {base} {a} vs {lang} {b}" for a, b in pairs if a != b]
    if len(ours) != len(theirs):
        found.append(f"{part}: {base} has {len(ours)} entries, {lang} has {len(theirs)}")
    return found
