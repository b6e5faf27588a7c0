"""Sessions for the results, gaps and reveal tests: real session files with known ballots."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.workshop import VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.charts.base import ChartWidget
from msworkshop.ui.services.session import SessionController
from tests.ui.conftest import make_workshop

# (team, function, stage, answer level, comment); the answer level is varied per statement.
Vote = tuple[int, str, int, int, str]


def answers(level: int, tilt: int) -> tuple[int, ...]:
    """Twenty answers around ``level``; ``tilt`` makes some statements differ more."""
    return tuple(max(1, min(5, level + (tilt if n % 3 == 0 else 0) - (n % 2))) for n in range(20))


def ballots_for(votes: Sequence[Vote], round_number: int = 1) -> list[Ballot]:
    out = []
    for i, (team, function, stage, level, comment) in enumerate(votes):
        tilt = 1 if function == "marketing" else -1
        out.append(
            Ballot(
                team,
                function,
                round_number,
                stage,
                answers(level + i % 2, tilt),
                comment,
                Source.IMPORT,
            )
        )
    return out


def group(
    team: int, function: str, stages: Sequence[int], level: int, comments: Sequence[str] = ()
) -> list[Vote]:
    return [
        (team, function, stage, level, comments[i] if i < len(comments) else "")
        for i, stage in enumerate(stages)
    ]


def standard_votes(hidden_stages: Sequence[int] = (4, 4, 3, 4)) -> list[Vote]:
    """Team 1: marketing 10 votes, sales hidden (4 < threshold 5). Team 2: both visible.

    No visible figure is 4 or 14 on its own, so a leak of the hidden count (4) or of the
    team's total (14) stands out in a scan of every text."""
    return (
        group(1, "marketing", (1, 1, 2, 2, 2, 3, 3, 3, 3, 3), 4, ("Leads get lost", "Good start"))
        + group(1, "sales", hidden_stages, 1, ("secret sales remark",))
        + group(2, "marketing", (2, 2, 3, 3, 3, 2), 3, ("We should meet more",))
        + group(2, "sales", (1, 2, 2, 2, 3, 3), 2, ("Marketing ignores us", "Fine"))
    )


def create_session(
    path: Path,
    votes: Sequence[Vote],
    workshop: Workshop | None = None,
    close: bool = True,
    rounds: Sequence[Sequence[Vote]] = (),
) -> Path:
    workshop = workshop or make_workshop(mode=VotingMode.BOTH, threshold=5)
    with SessionStore.create(path, workshop) as store:
        for number, round_votes in enumerate((*rounds, votes), start=1):
            store.open_round()
            store.add_ballots(ballots_for(round_votes, number))
        if close:
            store.close_round()
    return path


def open_session(controller: SessionController, path: Path) -> SessionController:
    controller.open(path)
    return controller


def widget_texts(root: QWidget, models: bool = False) -> Iterator[str]:
    """Every text a widget tree holds: labels, buttons, combos, tables, lists, charts (with
    ``models``, also the repr of every chart's data model)."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.toolTip()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QPlainTextEdit):
            yield widget.toPlainText()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    yield item.text() if item else ""
            for c in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(c)
                yield header.text() if header else ""
        elif isinstance(widget, QTableView) and widget.model() is not None:  # an item model
            model = widget.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    yield str(model.index(r, c).data() or "")
            for c in range(model.columnCount()):
                yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, ChartWidget):
            yield widget.describe()
            if models:
                yield repr(widget.data())


def has_number(texts: Sequence[str], number: int) -> list[str]:
    """The texts that hold ``number`` as a figure of its own (not part of 14, 2.4 or 4.0)."""
    pattern = re.compile(rf"(?<![\d.]){number}(?![\d.]|\.\d)")
    return [t for t in texts if pattern.search(t)]
