"""What the translation tests compare: the .ts catalogue, and the texts a window shows."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "msworkshop_nl.ts"
CONTENT = ROOT / "resources" / "content"
PLACEHOLDER = re.compile(r"%(?:\d|n)")

# Texts that are the same in both languages: names, brands, numbers, Dutch words that are
# also English (a widget showing one of these is not untranslated).
SAME_IN_BOTH: frozenset[str] = frozenset(
    {
        "msworkshop",
        "Marketing",
        "Sales",
        "OK",
        "A4",
        "Letter",
        "Team",
        "Teams",
        "Team:",
        "&Team:",
        "T&eams:",
        "Status",
        "St&atus",
        "Open",
        "&Help",
        "Help",
        "score %1",
        "scores",
        "%1%2 · %3 min",
        "Score",
        "English",
        "Nederlands",
        "PNG",
        "SVG",
        "CSV",
        "Benelux",
        "DACH",
        "Nordics",
        "#",
    }
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    numerus: bool


@cache
def ts_messages() -> tuple[Message, ...]:
    messages = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") == "unfinished",
                    numerus,
                )
            )
    return tuple(messages)


def plain(text: str) -> str:
    """Without accelerator marks (``&Save`` -> ``Save``; ``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with placeholders as a pattern of its filled-in form; None without any."""
    if not PLACEHOLDER.search(source):
        return None
    parts = PLACEHOLDER.split(plain(source))
    if not any(re.search(r"[A-Za-z]{3}", part) for part in parts):
        return None  # "%1 — %2": nothing English to recognise
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


@cache
def english_sources() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """Source texts whose Dutch differs (as they are, and as filled-in patterns)."""
    exact: set[str] = set()
    patterns = []
    for m in ts_messages():
        if m.source in SAME_IN_BOTH or m.source in m.translations:
            continue
        exact.update({m.source, plain(m.source)})
        pattern = _pattern(m.source)
        if pattern is not None:
            patterns.append(pattern)
    return frozenset(exact), tuple(patterns)


def english_left(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (where, text) pairs that are an English source string (or one filled in)."""
    exact, patterns = english_sources()
    found = []
    for where, text in texts:
        if not text or text in SAME_IN_BOTH or plain(text) in SAME_IN_BOTH:
            continue
        if text in exact or plain(text) in exact or any(p.fullmatch(text) for p in patterns):
            found.append((where, text))
    return found


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text ``root`` and its visible descendants show: labels, buttons, group boxes,
    tabs, combo items, list items, table headers, placeholders, tooltips, window title."""
    yield f"{type(root).__name__} title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = type(widget).__name__
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from ((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            yield from ((f"{where} item", widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    yield f"{where} header", item.text()
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    cell = widget.item(row, column)
                    if cell is not None:
                        yield f"{where} cell", cell.text()
        elif isinstance(widget, QTableView) and widget.model() is not None:  # an item model
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if header is not None:
                    yield f"{where} header", str(header)
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    text = model.index(row, column).data()
                    if text is not None:
                        yield f"{where} cell", str(text)
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu())
        elif not action.isSeparator():
            yield "action", action.text()


@cache
def strings_file(language: str, name: str) -> dict[str, str]:
    with (CONTENT / language / "strings" / f"{name}.toml").open("rb") as handle:
        return {k: str(v) for k, v in tomllib.load(handle).items()}


def english_fragments(name: str) -> list[str]:
    """The English fixed texts of ``strings/<name>.toml`` that Dutch says differently, split
    at their {placeholders} into fragments long enough to recognise."""
    english, dutch = strings_file("en", name), strings_file("nl", name)
    fragments = []
    for key, text in english.items():
        if dutch.get(key) == text or text in SAME_IN_BOTH:
            continue
        for part in re.split(r"\{[a-z_]+\}", text):
            part = " ".join(part.split()).strip(" :·—\u2013-()")
            if len(part) >= 8 and re.search(r"[a-z]{3}", part) and part not in dutch.values():
                fragments.append(part)
    return fragments
