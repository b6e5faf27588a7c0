"""Read and validate the workshop content in ``resources/content/<lang>/``.

``load_content(lang)`` is what the app uses (cached). ``load_content_from(root, lang)`` reads
any folder laid out like ``resources/content`` (tests point it at broken copies).
``content_parity.check_language_parity()`` compares the languages key by key.

Every problem raises :class:`ContentError` naming the file and what is wrong: content is
shipped with the app, so a broken file is a programming error caught by the tests, not a
user error.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from msworkshop.domain.content import (
    DIMENSION_KEYS,
    HORIZONS_DAYS,
    STEP_KEYS,
    THIRD,
    ActionTemplate,
    Content,
    Dimension,
    StageText,
    Statement,
    StayOrMove,
    StepNotes,
)
from msworkshop.domain.content_cache import cached
from msworkshop.domain.messages import LANGUAGES
from msworkshop.domain.stages import STAGE_KEYS, STATEMENT_COUNT, Stage
from msworkshop.resource_files import resource_path

SCALE_SIZE = 5
HALLMARKS = (4, 6)
ACTIONS_PER_GROUP = (6, 12)
NOTE_ITEMS = (2, 4)
PROMPTS_PER_DIMENSION = (3, 4)
# (from, to): three transitions and four "stay and strengthen" groups.
ACTION_GROUPS: tuple[tuple[int, int], ...] = (
    (1, 2),
    (2, 3),
    (3, 4),
    (1, 1),
    (2, 2),
    (3, 3),
    (4, 4),
)
REQUIRED_STRINGS: tuple[str, ...] = (
    "general.app_name",
    "general.promise_title",
    "general.promise",
    "general.stay",
    "general.target_next",
    "function.marketing",
    "function.sales",
)
_SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class ContentError(Exception):
    """A content file is missing, malformed or incomplete."""


def content_root() -> Path:
    return resource_path("content")


class _Table:
    """One TOML table with the file and position it came from, for clear error messages."""

    def __init__(self, data: Any, file: str, where: str = "") -> None:
        self.file = file
        self.where = where
        if not isinstance(data, Mapping):
            self.fail(f"expected a table, found {type(data).__name__}")
        self.data: Mapping[str, Any] = data

    def fail(self, problem: str) -> NoReturn:
        place = f" {self.where}:" if self.where else ""
        raise ContentError(f"{self.file}:{place} {problem}")

    def only(self, *allowed: str) -> None:
        unknown = sorted(set(self.data) - set(allowed))
        if unknown:
            self.fail(f"unexpected key(s) {', '.join(map(repr, unknown))}")

    def value(self, key: str) -> Any:
        if key not in self.data:
            self.fail(f"missing key {key!r}")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self.value(key)
        if not isinstance(value, str):
            self.fail(f"{key!r} must be a string, found {type(value).__name__}")
        if not value.strip():
            self.fail(f"{key!r} is empty")
        return value.strip()

    def integer(self, key: str, allowed: range | tuple[int, ...]) -> int:
        value = self.value(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{key!r} must be a whole number, found {type(value).__name__}")
        if value not in allowed:
            shown = f"{allowed.start}-{allowed.stop - 1}" if isinstance(allowed, range) else allowed
            self.fail(f"{key!r} is {value}, must be one of {shown}")
        return value

    def texts(self, key: str, count: tuple[int, int]) -> tuple[str, ...]:
        value = self.value(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{key!r} must be a list of strings")
        if not count[0] <= len(value) <= count[1]:
            self.fail(f"{key!r} has {len(value)} entries, expected {count[0]}-{count[1]}")
        if not all(v.strip() for v in value):
            self.fail(f"{key!r} contains an empty string")
        return tuple(v.strip() for v in value)

    def tables(self, key: str) -> list[_Table]:
        value = self.value(key)
        if not isinstance(value, list):
            self.fail(f"{key!r} must be an array of tables ([[{key}]])")
        return [_Table(item, self.file, f"{key} {i}") for i, item in enumerate(value, start=1)]


def _read(root: Path, lang: str, name: str) -> _Table:
    path = root / lang / name
    label = f"{lang}/{name}"
    if not path.is_file():
        raise ContentError(f"{label}: file is missing ({path})")
    import tomllib  # here, not at the top: with a warm content cache it is never needed

    try:
        with path.open("rb") as handle:
            return _Table(tomllib.load(handle), label)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{label}: not valid TOML: {error}") from error
    except UnicodeDecodeError as error:
        raise ContentError(f"{label}: not valid UTF-8: {error}") from error


def _no_duplicates(table: _Table, keys: list[str], what: str) -> None:
    twice = sorted(k for k, n in Counter(keys).items() if n > 1)
    if twice:
        table.fail(f"duplicate {what} {', '.join(map(repr, twice))}")


def _stages(file: _Table) -> tuple[StageText, ...]:
    file.only("stage")
    entries = file.tables("stage")
    if len(entries) != len(STAGE_KEYS):
        file.fail(f"expected {len(STAGE_KEYS)} [[stage]] tables, found {len(entries)}")
    stages = []
    for number, (entry, expected) in enumerate(zip(entries, STAGE_KEYS, strict=True), start=1):
        entry.only("key", "name", "formal", "summary", "hallmarks", "slide")
        if entry.text("key") != expected:
            entry.fail(f"key is {entry.text('key')!r}, expected {expected!r} (stages in order)")
        stages.append(
            StageText(
                stage=Stage(number),
                key=expected,
                name=entry.text("name"),
                formal=entry.text("formal"),
                summary=entry.text("summary"),
                hallmarks=entry.texts("hallmarks", HALLMARKS),
                slide=entry.text("slide"),
            )
        )
    return tuple(stages)


def _statements(
    file: _Table,
) -> tuple[tuple[str, ...], tuple[Dimension, ...], tuple[Statement, ...]]:
    file.only("scale", "dimensions", "statement")
    scale = file.texts("scale", (SCALE_SIZE, SCALE_SIZE))
    names = _Table(file.value("dimensions"), file.file, "[dimensions]")
    if tuple(names.data) != DIMENSION_KEYS:
        names.fail(f"keys are {list(names.data)}, expected exactly {list(DIMENSION_KEYS)}")
    dimensions = tuple(Dimension(key, names.text(key)) for key in DIMENSION_KEYS)
    entries = file.tables("statement")
    if len(entries) != STATEMENT_COUNT:
        file.fail(f"expected {STATEMENT_COUNT} [[statement]] tables, found {len(entries)}")
    statements = []
    for number, entry in enumerate(entries, start=1):
        entry.only("key", "dimension", "stage", "text")
        key = entry.text("key")
        if key != f"s{number}":
            entry.fail(f"key is {key!r}, expected 's{number}' (statements in order)")
        dimension = entry.text("dimension")
        if dimension not in DIMENSION_KEYS:
            entry.fail(f"unknown dimension {dimension!r}, expected one of {list(DIMENSION_KEYS)}")
        stage = Stage(entry.integer("stage", range(1, 5)))
        statements.append(Statement(key, number, dimension, stage, entry.text("text")))
    per_dimension = Counter(s.dimension for s in statements)
    for key in DIMENSION_KEYS:
        if per_dimension[key] != STATEMENT_COUNT // len(DIMENSION_KEYS):
            file.fail(f"dimension {key!r} has {per_dimension[key]} statements, expected 4")
    missing = [int(s) for s in Stage if s not in {st.stage for st in statements}]
    if missing:
        file.fail(f"no statement reflects stage(s) {missing}")
    return scale, dimensions, tuple(statements)


def _actions(file: _Table) -> tuple[ActionTemplate, ...]:
    file.only("action")
    actions = []
    for entry in file.tables("action"):
        entry.only(
            "key", "from", "to", "title", "description", "owner", "horizon", "measure", "third"
        )
        key = entry.text("key")
        entry.where = f"action {key!r}"
        if not _SNAKE_CASE.match(key):
            entry.fail("key must be snake_case")
        from_stage = entry.integer("from", range(1, 5))
        to_stage = entry.integer("to", range(1, 5))
        if to_stage not in (from_stage, from_stage + 1):
            entry.fail(f"'to' is {to_stage}: must equal 'from' ({from_stage}) or the next stage")
        third = entry.data.get("third", False)
        if not isinstance(third, bool):
            entry.fail("'third' must be true or false")
        texts = [entry.text(name) for name in ("title", "description", "owner", "measure")]
        if third and THIRD not in texts[0]:
            entry.fail(f"an action for the third function names it in its title as {THIRD}")
        if not third and any("{" in text for text in texts):
            entry.fail(f"only actions with 'third = true' may use {THIRD}")
        actions.append(
            ActionTemplate(
                key=key,
                from_stage=Stage(from_stage),
                to_stage=Stage(to_stage),
                title=entry.text("title"),
                description=entry.text("description"),
                owner=entry.text("owner"),
                horizon_days=entry.integer("horizon", HORIZONS_DAYS),
                measure=entry.text("measure"),
                third_function=third,
            )
        )
    _no_duplicates(file, [a.key for a in actions], "action key(s)")
    # 6-12 for every session; a third function's actions come on top
    groups = Counter((int(a.from_stage), int(a.to_stage)) for a in actions if not a.third_function)
    low, high = ACTIONS_PER_GROUP
    for group in ACTION_GROUPS:
        if not low <= groups[group] <= high:
            first, second = group
            label = f"stay at {first}" if first == second else f"{first}->{second}"
            file.fail(f"{label} has {groups[group]} actions, expected {low}-{high}")
    return tuple(actions)


def _stay_or_move(file: _Table) -> tuple[StayOrMove, ...]:
    file.only("stage")
    entries = file.tables("stage")
    if len(entries) != len(Stage):
        file.fail(f"expected {len(Stage)} [[stage]] tables, found {len(entries)}")
    result = []
    for number, entry in enumerate(entries, start=1):
        entry.only("stage", "stay_heading", "move_heading", "stay_when", "move_when", "advice")
        if entry.integer("stage", range(1, 5)) != number:
            entry.fail(f"stage is {entry.data['stage']}, expected {number} (stages in order)")
        result.append(
            StayOrMove(
                Stage(number),
                entry.texts("stay_when", (1, 8)),
                entry.texts("move_when", (1, 8)),
                stay_heading=entry.text("stay_heading"),
                move_heading=entry.text("move_heading"),
                advice=entry.text("advice"),
            )
        )
    return tuple(result)


def _notes(file: _Table) -> tuple[StepNotes, ...]:
    file.only("step")
    entries = file.tables("step")
    steps = [entry.text("step") for entry in entries]
    if tuple(steps) != STEP_KEYS:
        file.fail(f"steps are {steps}, expected {list(STEP_KEYS)} in this order")
    notes = []
    for entry in entries:
        entry.only("step", "title", "purpose", "say", "watch", "objections", "timebox")
        entry.where = f"step {entry.text('step')!r}"
        notes.append(
            StepNotes(
                step=entry.text("step"),
                title=entry.text("title"),
                purpose=entry.text("purpose"),
                say=entry.texts("say", NOTE_ITEMS),
                watch=entry.texts("watch", NOTE_ITEMS),
                objections=entry.texts("objections", (1, 4)),
                timebox_minutes=entry.integer("timebox", range(1, 241)),
            )
        )
    return tuple(notes)


def _prompts(file: _Table) -> dict[str, tuple[str, ...]]:
    if set(file.data) != set(DIMENSION_KEYS):
        file.fail(
            f"tables are {sorted(file.data)}, expected one per dimension {list(DIMENSION_KEYS)}"
        )
    prompts = {}
    for key in DIMENSION_KEYS:
        table = _Table(file.data[key], file.file, f"[{key}]")
        table.only("prompts")
        prompts[key] = table.texts("prompts", PROMPTS_PER_DIMENSION)
    return prompts


def _flatten(table: _Table, prefix: str) -> Iterator[tuple[str, str]]:
    for key, value in table.data.items():
        if isinstance(value, Mapping):
            yield from _flatten(_Table(value, table.file, f"{prefix}{key}"), f"{prefix}{key}.")
        elif isinstance(value, str) and value.strip():
            yield f"{prefix}{key}", value
        else:
            table.fail(f"{prefix + key!r} must be a non-empty string or a table")


def _strings(root: Path, lang: str) -> dict[str, str]:
    folder = root / lang / "strings"
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ContentError(f"{lang}/strings: no string files found ({folder})")
    strings: dict[str, str] = {}
    for path in paths:
        file = _read(root, lang, f"strings/{path.name}")
        for key, text in _flatten(file, f"{path.stem}."):
            if key in strings:
                file.fail(f"string key {key!r} defined twice")
            strings[key] = text
    missing = [key for key in REQUIRED_STRINGS if key not in strings]
    if missing:
        raise ContentError(f"{lang}/strings: missing string key(s) {missing}")
    return strings


def load_content_from(root: Path, lang: str) -> Content:
    """Read and validate the content for ``lang`` from ``root``, laid out like resources/content."""
    if not (root / lang).is_dir():
        raise ContentError(f"{lang}/: no content folder for language {lang!r} in {root}")
    scale, dimensions, statements = _statements(_read(root, lang, "statements.toml"))
    return Content(
        language=lang,
        stages=_stages(_read(root, lang, "stages.toml")),
        dimensions=dimensions,
        statements=statements,
        scale=scale,
        actions=_actions(_read(root, lang, "actions.toml")),
        stay_or_move=_stay_or_move(_read(root, lang, "stay_or_move.toml")),
        notes=_notes(_read(root, lang, "notes.toml")),
        prompts=_prompts(_read(root, lang, "prompts.toml")),
        strings=_strings(root, lang),
    )


@cache
def load_content(lang: str) -> Content:
    """The validated content for ``lang`` ("en" or "nl"), read once per process (and kept in
    the user's cache folder between runs, see content_cache)."""
    if lang not in LANGUAGES:
        raise ContentError(f"unknown content language {lang!r}, expected one of {LANGUAGES}")
    root = content_root()
    files = (root / lang).rglob("*.toml")
    return cached(f"content-{lang}", files, lambda: load_content_from(root, lang))


def load_messages_from(root: Path, lang: str) -> dict[str, str]:
    """The messages of ``lang`` under ``root``, read like ``messages.message_catalogue``."""
    catalogue: dict[str, str] = {}
    for path in sorted((root / lang / "messages").glob("*.toml")):
        file = _read(root, lang, f"messages/{path.name}")
        for key, text in file.data.items():
            if not isinstance(text, str) or not text.strip():
                file.fail(f"message {key!r} must be a non-empty string")
            if key in catalogue:
                file.fail(f"message key {key!r} defined twice")
            catalogue[key] = text
    return catalogue
