"""Per team: what each function voted, the agreed current stage and the target (editable).

One row per team (keyed by its id): the team, one column per function with its most chosen
stage and diagnostic band (empty for a group below the anonymity threshold), then the agreed
stage and the target, which a :class:`~msworkshop.ui.models.choice_delegate.ChoiceDelegate`
edits. A choice goes to ``controller.plans`` (saved at once, undoable); the model follows
``plans.changed`` and the results, updating only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal

from msworkshop.domain.analysis import GroupResult, SessionResult
from msworkshop.domain.followup import Predecessor
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import Agreement, default_target
from msworkshop.domain.workshop import Team
from msworkshop.ui.common.i18n import format_number
from msworkshop.ui.common.labels import function_label, stage_short
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController

STAY, MOVE = 0, 1
NOT_AGREED = 0


class AgreementsModel(RowsModel):
    choosing = Signal(int)  # a team's stage or target is being chosen (before it is saved)
    failed = Signal(object)  # UserError: the choice could not be saved
    refreshed = Signal()  # the rows were brought up to date

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._plans = controller.plans
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.results_changed.connect(self.refresh)
        self._plans.changed.connect(self.refresh)

    @property
    def agreed_column(self) -> int:
        return len(self._controller.workshop.function_keys) + 1 if self._controller.is_open else -1

    @property
    def target_column(self) -> int:
        return self.agreed_column + 1 if self._controller.is_open else -1

    # -- reading -------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """Re-read agreements and votes (also the texts, after a language change)."""
        c = self._controller
        result = c.result if c.is_open else None
        if result is None:
            self.clear()
        else:
            workshop, agreements = c.workshop, self._plans.agreements()
            headers = (
                [self.tr("Team")]
                + [function_label(workshop, c.content, k) for k in workshop.function_keys]
                + [self.tr("Agreed stage"), self.tr("Target")]
            )
            previous = c.previous
            rows = [self._row(t, result, agreements.get(t.id), previous) for t in workshop.teams]
            self.set_table(headers, rows)
        self.refreshed.emit()

    def _row(
        self,
        team: Team,
        result: SessionResult,
        agreement: Agreement | None,
        previous: Predecessor | None = None,
    ) -> Row:
        team_result = result.team(team.id)
        votes = []
        for key in self._controller.workshop.function_keys:
            group = team_result.group(key)
            text = self.vote_text(group)
            tooltip = (
                self.tr("Kept hidden so that nobody's vote can be recognised.")
                if group.suppressed
                else text
            )
            votes.append(Cell(text, tooltip=tooltip))
        stages = self._stages()
        current = agreement.current_stage if agreement is not None else NOT_AGREED
        agreed = Cell(stages[current][0], value=current, editable=True, choices=stages)
        if agreement is None:
            target = Cell("", editable=False)
        else:
            choices = self._targets(agreement.current_stage)
            chosen = STAY if agreement.is_stay else MOVE
            text = next(t for t, v in choices if v == chosen)
            target = Cell(text, value=chosen, editable=True, choices=choices)
        name = Cell(team.name)
        if previous is not None:  # a follow-up: last time's target under the team's name
            last, tooltip = self.last_time(previous, team.id)
            name = Cell(f"{team.name}\n{last}", tooltip=tooltip)
        return Row(team.id, (name, *votes, agreed, target))

    def last_time(self, previous: Predecessor, team_id: int) -> tuple[str, str]:
        """Last time's target of a team (a follow-up session), short, and the whole agreement
        for its tooltip."""
        earlier = previous.team(team_id)
        if earlier is None or earlier.agreed_stage is None or earlier.target_stage is None:
            text = self.tr("not agreed last time")
            return text, text
        content = self._controller.content
        stage = stage_short(content, earlier.target_stage)
        if earlier.target_stage == earlier.agreed_stage:
            text = self.tr("last time: stay in %1").replace("%1", stage)
        else:
            text = self.tr("last time: → %1").replace("%1", stage)
        tooltip = (
            self.tr("Last time: agreed %1, target %2")
            .replace("%1", stage_short(content, earlier.agreed_stage))
            .replace("%2", stage)
        )
        return text, tooltip

    def choice_texts(self, column: int) -> list[str]:
        """Every text the stage or the target drop-down can show, so a column fits its
        longest."""
        if column == self.agreed_column:
            return [text for text, _ in self._stages()]
        return [text for stage in range(1, 5) for text, _ in self._targets(stage)]

    def _stages(self) -> tuple[tuple[str, object], ...]:
        """The agreed-stage drop-down's choices, "choose…" (not agreed yet) first."""
        content = self._controller.content
        return (
            (self.tr("choose…"), NOT_AGREED),
            *((stage_short(content, s), s) for s in range(1, 5)),
        )

    def _targets(self, current: int) -> tuple[tuple[str, object], ...]:
        following = default_target(current)
        stay = (self.tr("Stay and strengthen"), STAY)
        if following == current:
            return (stay,)
        move = self.tr("→ %1").replace("%1", stage_short(self._controller.content, following))
        return ((move, MOVE), stay)

    def vote_text(self, group: GroupResult) -> str:
        """What one function voted, one fact per line; for a hidden (too small) group, why."""
        if group.suppressed:
            return self.tr("hidden: fewer than %1 votes").replace(
                "%1", str(self._controller.workshop.threshold)
            )
        content = self._controller.content
        parts = []  # short: the column is narrow; the reveal step has the whole reading
        if group.modal_stage is not None:
            parts.append(
                self.tr("most chosen: %1").replace("%1", stage_short(content, group.modal_stage))
            )
        if group.diagnostic_mean is not None:
            parts.append(self.tr("score %1").replace("%1", format_number(group.diagnostic_mean, 0)))
        return "\n".join(parts)

    # -- choosing ------------------------------------------------------------------------------
    def set_value(self, key: Hashable, column: int, value: object) -> bool:
        if not isinstance(key, int):
            return False
        team_id = key
        before = self._plans.agreement(team_id)
        if column == self.agreed_column:
            stage = value if isinstance(value, int) else NOT_AGREED
            if not stage:  # an agreement is undone with Undo, not by choosing "not agreed"
                return False
            stay = before is not None and before.is_stay
            return self._agree(team_id, stage, stage if stay else default_target(stage))
        if column == self.target_column and before is not None:
            current = before.current_stage
            return self._agree(
                team_id, current, current if value == STAY else default_target(current)
            )
        return False

    def _agree(self, team_id: int, current: int, target: int) -> bool:
        self.choosing.emit(team_id)
        try:
            self._plans.set_agreement(team_id, current, target)
        except UserError as error:
            self.failed.emit(error)
            return False
        return True
