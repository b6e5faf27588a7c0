"""Turnout and bursts: how many people the facilitator expects per team and function (the
live counts then say "7 / 5" when a group has more ballots than people), and the bursts of
phone ballots from one address in this open round, each removable at once.

Bursts are known only while the round is open and only in memory (arrival order and the
sending address are never stored); removing one takes exactly its ballots back through the
session's one door, as a paper entry is taken back.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common.labels import function_label
from msworkshop.ui.services.session import SessionController

MAX_PEOPLE = 500


class TurnoutDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Turnout and bursts"))
        self.spins: dict[tuple[int, str], QSpinBox] = {}
        expected = controller.expected_people()
        workshop = controller.workshop
        people = QGroupBox(self.tr("Expected people per team and function (optional)"))
        grid = QGridLayout(people)
        for column, key in enumerate(workshop.function_keys, start=1):
            grid.addWidget(QLabel(function_label(workshop, controller.content, key)), 0, column)
        for row, team in enumerate(workshop.teams, start=1):
            name = QLabel(team.name)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            for column, key in enumerate(workshop.function_keys, start=1):
                spin = QSpinBox()
                spin.setRange(0, MAX_PEOPLE)
                spin.setSpecialValueText(self.tr("not set"))
                spin.setValue(expected.get((team.id, key), 0))
                grid.addWidget(spin, row, column)
                self.spins[(team.id, key)] = spin
        self.bursts_box = QGroupBox(self.tr("Bursts of phone ballots from one address"))
        self._bursts_layout = QVBoxLayout(self.bursts_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(people)
        layout.addWidget(self.bursts_box)
        layout.addWidget(buttons)
        self.show_bursts()

    def save(self) -> None:
        self._controller.set_expected_people(
            {group: spin.value() for group, spin in self.spins.items()}
        )
        self.accept()

    def _arrivals(self) -> object | None:
        phones = self._controller.phones
        return phones.arrivals if phones is not None else None

    def show_bursts(self) -> None:
        while self._bursts_layout.count():
            item = self._bursts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        arrivals = self._arrivals()
        bursts = arrivals.bursts() if arrivals is not None else []  # type: ignore[attr-defined]
        if not bursts:
            self._bursts_layout.addWidget(QLabel(self.tr("No bursts in this round.")))
            return
        names = {t.id: t.name for t in self._controller.workshop.teams}
        for burst in bursts:
            seconds = burst.last_second - burst.first_second
            groups = ", ".join(
                f"{names.get(team, '?')} · {function}: {count}"
                for team, function, count in burst.groups
            )
            text = (
                self.tr("%1 ballots within %2 s from one address (%3)")
                .replace("%1", str(len(burst.ballot_ids)))
                .replace("%2", str(seconds))
                .replace("%3", groups)
            )
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setWordWrap(True)
            remove = QPushButton(self.tr("Remove these ballots"))
            remove.clicked.connect(lambda _=False, ids=burst.ballot_ids: self.remove(ids))
            line.addWidget(label, 1)
            line.addWidget(remove)
            self._bursts_layout.addWidget(row)

    def remove(self, ballot_ids: tuple[str, ...]) -> None:
        """Take exactly a burst's ballots back (the one door), and forget them."""
        self._controller.intake.take_back(ballot_ids)
        arrivals = self._arrivals()
        if arrivals is not None:
            arrivals.forget(ballot_ids)  # type: ignore[attr-defined]
        self.show_bursts()
