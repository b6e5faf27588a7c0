"""The Discuss-the-gaps page: ranked statements equal the analysis, prompts, undoable notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest

from msworkshop.domain.chart_builders import discussion_prompt
from msworkshop.domain.number_format import format_number
from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.page import CHART_ROWS, GapsPage
from msworkshop.ui.steps.registry import facilitator_pages
from tests.ui.conftest import click
from tests.ui.results_helpers import create_session, standard_votes


def _page(qtbot, controller: SessionController, path: Path) -> GapsPage:
    controller.open(create_session(path, standard_votes()))
    page = GapsPage(controller)
    qtbot.addWidget(page)
    page.show()
    return page


def test_statements_ranked_with_both_means_spreads_and_a_prompt(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    registered = facilitator_pages()["gaps"](controller)
    qtbot.addWidget(registered)
    assert type(registered) is GapsPage
    page.show_team(2)
    south = controller.result.team(2)
    rows = page.row_texts()
    assert len(rows) == len(south.statement_gaps) == 20
    for rank, (row, gap) in enumerate(zip(rows, south.statement_gaps, strict=True), start=1):
        statement = controller.content.statement(gap.key)
        assert row[0] == str(rank) and row[1].startswith(statement.text)
        assert row[2] == (
            f"{format_number(gap.means['marketing'])} ± {format_number(gap.spreads['marketing'])}"
        )
        assert row[3] == (
            f"{format_number(gap.means['sales'])} ± {format_number(gap.spreads['sales'])}"
        )
        assert row[4] == format_number(abs(gap.difference))
    assert [r.key for r in page.chart.data().rows] == [
        g.key for g in south.statement_gaps[:CHART_ROWS]
    ]
    first = south.statement_gaps[0].key
    assert page.prompt_label.text() == discussion_prompt(controller.content, first)
    page.table.selectRow(3)
    key = south.statement_gaps[3].key
    assert page.prompt_label.text() == discussion_prompt(controller.content, key)


def test_a_hidden_function_leaves_nothing_to_compare(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    page.show_team(1)
    assert page.row_texts() == [] and page.chart.data().rows == ()
    assert "Too few votes to show — anonymity: Sales" in page.message.text()


def test_notes_are_saved_per_team_and_undoable(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    page.show_team(1)
    notes = page.notes
    notes.edit.setFocus()
    QTest.keyClicks(notes.edit, "Hand-over rules")
    qtbot.waitUntil(
        lambda: controller.store().team_notes().get(1) == "Hand-over rules", timeout=3000
    )
    notes.edit.setPlainText("Hand-over rules, and a weekly call")
    page.show_team(2)  # switching team saves what was typed
    assert controller.store().team_notes() == {1: "Hand-over rules, and a weekly call"}
    assert notes.edit.toPlainText() == ""
    stack = controller.undo_stack
    assert stack.count() == 1  # one team's edits merge into one undo step
    stack.undo()
    assert controller.store().team_notes() == {}
    stack.redo()
    page.show_team(1)
    assert notes.edit.toPlainText() == "Hand-over rules, and a weekly call"
    stack.undo()
    assert notes.edit.toPlainText() == ""  # the editor follows an undo


def test_choosing_a_team_puts_it_on_the_projector_and_the_button_reveals_its_gaps(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    page.team_combo.setCurrentIndex(1)
    page.team_combo.activated.emit(1)
    assert controller.reveal.focus == 2
    click(page.reveal_button)
    assert controller.reveal.level(2) == RevealLevel.GAPS
    assert not page.reveal_button.isEnabled()
    assert controller.reveal.level(1) == RevealLevel.NONE
