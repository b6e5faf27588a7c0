"""The English-Dutch terminology list (``resources/content/glossary.toml``) and its checks.

Each term has a language-neutral key (``stage.dating``, ``dimension.goals``, ``general.owner``),
its text in every language and, optionally, words to avoid in that language because they
compete with the agreed term (for example "trainer" where the glossary says "begeleider").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import ContentError, content_root
from msworkshop.domain.messages import LANGUAGES


@dataclass(frozen=True)
class Term:
    key: str
    texts: dict[str, str] = field(hash=False)  # language -> agreed term
    avoid: dict[str, tuple[str, ...]] = field(hash=False)  # language -> competing words


def load_glossary(root: Path | None = None) -> dict[str, Term]:
    """The glossary terms by key."""
    path = (root or content_root()) / "glossary.toml"
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"glossary.toml: cannot read: {error}") from error
    terms: dict[str, Term] = {}
    for number, entry in enumerate(data.get("term", []), start=1):
        key = entry.get("key")
        texts = {lang: entry.get(lang) for lang in LANGUAGES}
        if not isinstance(key, str) or not all(isinstance(t, str) and t for t in texts.values()):
            raise ContentError(f"glossary.toml: term {number} needs a key and {LANGUAGES} texts")
        if key in terms:
            raise ContentError(f"glossary.toml: term key {key!r} defined twice")
        avoid = {lang: entry.get(f"avoid_{lang}", []) for lang in LANGUAGES}
        for lang, words in avoid.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise ContentError(f"glossary.toml: term {key!r}: avoid_{lang} must list words")
        terms[key] = Term(key, texts, {lang: tuple(words) for lang, words in avoid.items()})
    return terms


def content_texts(content: Content) -> Iterator[tuple[str, str]]:
    """Every text in ``content`` with a label saying where it is."""
    for stage in content.stages:
        where = f"stage {stage.key}"
        yield from ((where, t) for t in (stage.name, stage.formal, stage.summary, stage.slide))
        yield from ((where, t) for t in stage.hallmarks)
    yield from ((f"dimension {d.key}", d.name) for d in content.dimensions)
    yield from (("scale", label) for label in content.scale)
    yield from ((f"statement {s.key}", s.text) for s in content.statements)
    for action in content.actions:
        where = f"action {action.key}"
        yield from ((where, t) for t in (action.title, action.description, action.owner))
        yield where, action.measure
    for entry in content.stay_or_move:
        texts = (*entry.stay_when, *entry.move_when, entry.stay_heading, entry.move_heading)
        yield from ((f"stay_or_move {entry.stage}", t) for t in (*texts, entry.advice))
    for note in content.notes:
        where = f"notes {note.step}"
        yield from ((where, t) for t in (note.title, note.purpose))
        yield from ((where, t) for t in note.say + note.watch + note.objections)
    for key, prompts in content.prompts.items():
        yield from ((f"prompts {key}", t) for t in prompts)
    yield from ((f"string {key}", t) for key, t in content.strings.items())


def terminology_problems(content: Content, glossary: dict[str, Term]) -> list[str]:
    """Where ``content`` departs from the glossary: names that differ, avoided words used."""
    lang = content.language
    problems = []

    def expect(term_key: str, actual: str, where: str) -> None:
        term = glossary.get(term_key)
        if term is None:
            problems.append(f"glossary has no term {term_key!r}")
        elif term.texts[lang] != actual:
            problems.append(f"{lang} {where}: {actual!r}, glossary says {term.texts[lang]!r}")

    for stage in content.stages:
        expect(f"stage.{stage.key}", stage.name, f"stage {stage.key} name")
        expect(f"formal.{stage.key}", stage.formal, f"stage {stage.key} formal name")
    for dimension in content.dimensions:
        expect(f"dimension.{dimension.key}", dimension.name, f"dimension {dimension.key}")
    for function in ("marketing", "sales"):
        expect(f"function.{function}", content.strings[f"function.{function}"], function)
    for term in glossary.values():
        for word in term.avoid[lang]:
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            for where, text in content_texts(content):
                if pattern.search(text):
                    problems.append(
                        f"{lang} {where}: uses {word!r}, glossary says {term.texts[lang]!r}"
                    )
    return problems
