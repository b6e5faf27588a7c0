"""The layout audit (issue 13): every projected view and every facilitator page, in both
languages, at the projector and laptop sizes rooms have, over sessions that stress layout.

See ``tests/ui/layout_audit.py`` for the checks. Failures name the view, the size, the
session and the text, e.g. ``reveal:scores 1280x720 stress nl: overlap: ...``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from msworkshop.domain.plans import PlanAction
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.room_comments import ROOM_COMMENT_MAX_LENGTH, RoomComment
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.room_comments import room_comments_for
from msworkshop.ui.services.session import SessionController
from tests.ui import layout_audit
from tests.ui.layout_audit import (
    FACILITATOR_SIZES,
    PROJECTOR_SIZES,
    SESSIONS,
    problems,
    room_min_px,
)

LANGUAGES = ("en", "nl")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("audit")
    return {
        (name, language): build(folder, language)
        for name, build in SESSIONS.items()
        for language in LANGUAGES
    }


def room_views(controller: SessionController) -> Iterator[tuple[str, str]]:
    """(step, part) for every view the room can be shown, putting the projector there."""
    yield "welcome", ""
    for slide in range(4):
        controller.focus.set_slide(slide)
        yield "stages", f"slide {slide + 1}"
    yield "vote", ""
    for team in (t.id for t in controller.workshop.teams[:2]):
        controller.focus.set_team(team)
        for level in (RevealLevel.STAGES, RevealLevel.SCORES, RevealLevel.GAPS):
            controller.reveal.set_level(team, level)
            yield "reveal", f"team {team} {level.name.lower()}"
        rounds = [r.number for r in controller.rounds()]
        if len(rounds) > 1:
            controller.reveal.show_movement(rounds[0], rounds[-1])
            yield "reveal", f"team {team} movement"
            controller.reveal.hide_movement()
        yield "lasttime", f"team {team}"
        yield "gaps", f"team {team}"
        yield "agree", f"team {team}"
        yield "plan", f"team {team}"
        steps = _reveal_dot_vote(controller, team, split=team == controller.workshop.teams[0].id)
        yield "plan", f"team {team} dots"
        _end_dot_vote(controller, team, steps)
    yield from comment_cards(controller)
    yield "close", ""


ROOM_COMMENTS = (
    "Waarom horen we nooit wat er met de leads gebeurt die we doorsturen?",
    "Klantgerichtheidsverbeteringsprogramma's werken pas als marketing en verkoop samen plannen.",
    "Can we agree on one definition of a qualified lead, written down on one page?",
    "Short",
    (
        "Marketing campaigns arrive in the field without warning; a heads-up a week before "
        "would let us prepare the customers, and it would change how we come across. " * 3
    )[:ROOM_COMMENT_MAX_LENGTH],
    "More joint customer visits, please!",
    "Who owns the follow-up after a trade fair — and by when?",
)


def add_room_comments(controller: SessionController) -> list[str]:
    """Comments from phones (some groups may be below the threshold), all approved."""
    service = room_comments_for(controller)
    door = controller.intake.phone_store()
    teams = [t.id for t in controller.workshop.teams]
    keys = controller.workshop.function_keys
    ids = []
    for n, text in enumerate(ROOM_COMMENTS * 2):
        comment = RoomComment("", teams[n % len(teams)], keys[n % len(keys)], text)
        ids.append(door.add_room_comment(comment))
        service.approve(ids[-1])
    return ids


def comment_cards(controller: SessionController) -> Iterator[tuple[str, str]]:
    """The gaps step's comment cards: every slide, without and with team and function."""
    service = room_comments_for(controller)
    ids = add_room_comments(controller)
    service.set_projected(True)
    try:
        for labels in (False, True):
            service.set_show_groups(labels)
            yield "gaps", f"comments labels={labels} slide 1"
            for slide in range(1, service.slide_count):
                service.next_slide()
                yield "gaps", f"comments labels={labels} slide {slide + 1}"
            service.next_slide()  # back to the first
    finally:
        service.set_projected(False)
        service.set_show_groups(False)
        for comment_id in ids:
            service.drop(comment_id)


def _reveal_dot_vote(controller: SessionController, team: int, *, split: bool) -> int:
    """The team's dot vote, revealed: the first team's split by function (every function at
    the threshold), the second's hidden (one voter a function); a team without actions gets
    two for it. Returns the undo steps that take it all back."""
    steps = 2
    if not controller.plans.actions(team):
        titles = ("Een wie-is-wie-lijst van marketing en sales", "Elke maand samen de pijplijn")
        controller.plans.set_plan(team, [PlanAction(team, t) for t in titles], "audit")
        steps = 3
    ids = [a.id for a in controller.plans.actions(team)]
    votes = controller.action_votes
    votes.open_vote([team], "audit")
    store = controller.store()
    per_function = controller.workshop.threshold if split else 1
    for f, function in enumerate(controller.workshop.function_keys):
        for n in range(per_function):
            first, other = ids[(f + n) % len(ids)], ids[(f + n + 1) % len(ids)]
            store.place_dots(team, function, f"audit-{function}-{n}", [first, first, other])
    votes.set_revealed(team, True, "audit")
    return steps


def _end_dot_vote(controller: SessionController, team: int, steps: int) -> None:
    for _ in range(steps):  # hide the ranking, no vote, (the plan as it was)
        controller.undo_stack.undo()
    controller.store().clear_dots(team)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("session", tuple(SESSIONS))
def test_every_projected_view_fits_and_reads_from_the_back(
    qtbot, sessions: dict[tuple[str, str], Path], session: str, language: str
) -> None:
    controller = SessionController()
    controller.open(sessions[(session, language)])
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    found: list[str] = []
    try:
        for width, height in PROJECTOR_SIZES:
            projector.resize(width, height)
            projector.show()
            for step, part in room_views(controller):
                projector.set_step(step)
                layout_audit.settle()
                projector.grab()  # paint now: charts record where their texts went
                where = f"{step}:{part} {width}x{height} {session} {language}"
                found += [
                    f"{where}: {p}"
                    for p in problems(projector, room_min_px(width, height), cells=True)
                ]
    finally:
        controller.close()
    if found:
        Path(f"/tmp/audit-{session}-{language}.txt").write_text("\n".join(found))
    assert found == [], "\n".join(found[:60]) + f"\n({len(found)} in all)"


@pytest.fixture(autouse=True)
def charts_record_their_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from msworkshop.ui.charts import placed_text

    monkeypatch.setattr(placed_text, "RECORD_ON_SCREEN", True)


# -- the facilitator's window ---------------------------------------------------------------------

FACILITATOR_CASES = (  # the sessions that differ, at the sizes that differ (run time)
    *(
        (session, language, size)
        for session in ("demo", "stress")
        for language in LANGUAGES
        for size in FACILITATOR_SIZES
    ),
    *(("followup", language, size) for language in LANGUAGES for size in FACILITATOR_SIZES),
    ("empty", "en", (1280, 800)),
    ("empty", "nl", (1280, 800)),
)


def tab_problems(window: QWidget, page: QWidget, shown: QRectF, where: str) -> list[str]:
    """The problems of ``page`` once a tab just chosen on it has been laid out and painted."""
    layout_audit.settle()
    window.grab()  # paints, and lays out what waited for it (row heights)
    layout_audit.settle()
    return [f"{where}: {p}" for p in problems(page, visible=shown, cells=True)]


@pytest.mark.parametrize(("session", "language", "size"), FACILITATOR_CASES)
def test_every_facilitator_page_fits_in_the_window(
    qtbot,
    sessions: dict[tuple[str, str], Path],
    session: str,
    language: str,
    size: tuple[int, int],
) -> None:
    """Every step's page at the window's default size and at full HD: no cut text in labels,
    buttons, drop-downs, list and table cells; nothing scrolls sideways."""
    from PySide6.QtCore import QSettings

    from msworkshop.ui.common import i18n
    from msworkshop.ui.shell.main_window import MainWindow
    from msworkshop.ui.steps.registry import SIDEBAR_STEPS

    QSettings().setValue("projector/one_screen", "window")
    i18n.set_ui_language(language)
    controller = SessionController()
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    found: list[str] = []
    try:
        controller.open(sessions[(session, language)])
        window.resize(*size)
        window.show()
        for step in SIDEBAR_STEPS:
            window.show_step(step)
            if step == "lasttime":
                controller.focus.set_team(controller.workshop.teams[0].id)
            layout_audit.settle()
            window.grab()  # paints, and lays out what waited for it (row heights)
            layout_audit.settle()
            area = window.steps._areas[step]
            page = window.steps.pages[step]
            shown = QRectF(area.viewport().rect())
            where = f"{step} {size[0]}x{size[1]} {session} {language}"
            found += [f"{where}: {p}" for p in problems(page, visible=shown, cells=True)]
            if area.horizontalScrollBar().isVisibleTo(window):
                found.append(f"{where}: the page scrolls sideways")
            if step == "reveal":  # and its Rounds tab, with the movement's controls
                page.tabs.setCurrentWidget(page.rounds)
                found += tab_problems(window, page, shown, f"{where} rounds tab")
                page.tabs.setCurrentIndex(0)
            if step == "gaps":  # and its comments tab, with comments from phones
                ids = add_room_comments(controller)
                page.side_tabs.setCurrentWidget(page.comments)
                found += tab_problems(window, page, shown, f"{where} comments tab")
                page.side_tabs.setCurrentIndex(0)
                for comment_id in ids:
                    room_comments_for(controller).drop(comment_id)
            found += [f"{where}: side column: {p}" for p in problems(window.steps.side)]
            found += [f"{where}: steps: {p}" for p in problems(window.steps.sidebar)]
    finally:
        controller.close()
        i18n.set_ui_language("en")
    assert found == [], "\n".join(found[:60]) + f"\n({len(found)} in all)"
