"""Benchmark: the Import answers dialog over 5,000 form responses (offscreen Qt).

    .venv/bin/python benchmarks/import_dialog.py [--responses N] [--runs R]

Per file (a Dutch Google Forms CSV and a Microsoft Forms workbook, built as in
``import_forms.py``): from the chosen file to the dialog on screen (read, recognise, plan
every line, a persistent combo per column), one change of a column's meaning (the whole plan
is worked out again), the import through the session's door (stored, announced, undoable),
and Edit → Undo. Each run uses a fresh session file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from import_forms import TEAMS, write_files  # beside this script, on its path
from PySide6.QtWidgets import QApplication, QWidget

from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote import import_dialog
from msworkshop.ui.steps.vote.import_columns import MEANING


def one_run(folder: Path, export: Path, run: int) -> tuple[float, float, float, float]:
    session = folder / f"dialog{run}-{export.name}.msworkshop"
    workshop = Workshop(
        title="Benchmark",
        teams=tuple(Team(i + 1, name) for i, name in enumerate(TEAMS)),
        functions=(Function("marketing"), Function("sales")),
        language="nl",
        mode=VotingMode.BOTH,
    )
    SessionStore.create(session, workshop).close()
    controller = SessionController()
    controller.open(session)
    parent = QWidget()
    import_dialog.ask_import_file = lambda _parent: export  # type: ignore[assignment]
    began = time.perf_counter()
    dialog = import_dialog.start_import(parent, controller)
    QApplication.processEvents()
    opened = time.perf_counter() - began
    assert dialog is not None and dialog.import_button.isEnabled()
    last = dialog.model.rowCount() - 1  # the comment column: left out, then back
    combo = dialog.table.editor(last, MEANING)
    began = time.perf_counter()
    combo.setCurrentIndex(combo.findData("ignore"))  # type: ignore[union-attr]
    QApplication.processEvents()
    changed = time.perf_counter() - began
    began = time.perf_counter()
    dialog.import_now()
    QApplication.processEvents()
    imported = time.perf_counter() - began
    count = len(controller.round_ballots(1))
    began = time.perf_counter()
    controller.undo_stack.undo()
    undone = time.perf_counter() - began
    assert count == len(dialog.imported) and controller.round_ballots(1) == []
    controller.close()
    parent.deleteLater()
    return opened, changed, imported, undone


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = write_files(folder, args.responses)
        xlsx = "Microsoft Forms .xlsx (shared strings, as Excel writes)"
        for label in ("Google Forms CSV", xlsx):
            export = files[label]
            runs = [one_run(folder, export, run) for run in range(args.runs)]
            medians = [statistics.median(part) * 1000 for part in zip(*runs, strict=True)]
            print(
                f"{label}, {args.responses} responses: dialog open {medians[0]:.0f} ms,"
                f" one column changed {medians[1]:.0f} ms, import {medians[2]:.0f} ms,"
                f" undo {medians[3]:.0f} ms (medians of {args.runs})"
            )
    del app


if __name__ == "__main__":
    main()
