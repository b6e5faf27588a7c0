"""The one state owner of the GUI: the open session file, its content and its current result.

Views subscribe to the signals and redraw from :attr:`SessionController.result`; every ballot
enters through ``services.intake.BallotIntake`` (``controller.intake``). No widgets in here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QMetaMethod, QObject, Signal
from PySide6.QtGui import QUndoStack

from msworkshop.domain.ballot import Ballot, make_ballot
from msworkshop.domain.content import Content, Statement
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round, Workshop

if TYPE_CHECKING:
    from msworkshop.domain.analysis import SessionResult
    from msworkshop.domain.followup import Predecessor
    from msworkshop.store import SessionStore
    from msworkshop.ui.services.action_votes import ActionVotes
    from msworkshop.ui.services.focus import RoomFocus
    from msworkshop.ui.services.followup import FollowupState
    from msworkshop.ui.services.intake import BallotIntake
    from msworkshop.ui.services.phones import PhoneVoting
    from msworkshop.ui.services.plans import PlanState
    from msworkshop.ui.services.reveal import RevealController

log = logging.getLogger(__name__)


class Store(Protocol):
    """The part of ``msworkshop.store.SessionStore`` the controller uses."""

    def close(self) -> None: ...
    def workshop(self) -> Workshop: ...
    def rounds(self) -> Any: ...
    def current_round(self) -> Round | None: ...
    def open_round(self) -> Any: ...
    def close_round(self) -> Any: ...
    def reopen_round(self, number: int) -> Any: ...
    def add_ballot(self, ballot: Ballot) -> Any: ...
    def insert_ballots(self, ballots: Sequence[Ballot]) -> list[str]: ...
    def remove_ballots(self, ballot_ids: Sequence[str]) -> int: ...
    def team_notes(self) -> dict[int, str]: ...
    def set_team_note(self, team_id: int, text: str) -> None: ...
    def ballots(self, round_number: int | None = None) -> Any: ...
    def ballot_count(self, round_number: int | None = None) -> int: ...
    def update_workshop(self, workshop: Workshop, *, delete_ballots: bool = False) -> None: ...
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def set_setting(self, key: str, value: str | None) -> None: ...


class StoreFactory(Protocol):
    def create(self, path: Path, workshop: Workshop) -> Store: ...
    def open(self, path: Path) -> Store: ...


ContentLoader = Callable[[str], Content]


def _default_store_factory() -> StoreFactory:
    from msworkshop.store import SessionStore

    return SessionStore


def _default_content_loader() -> ContentLoader:
    from msworkshop.domain.content_loader import load_content

    return load_content


class SessionController(QObject):
    """Owns the open :class:`SessionStore`, its :class:`Content` and the current result."""

    session_opened = Signal(object)  # Path of the session file
    session_closed = Signal()
    ballots_changed = Signal()
    round_changed = Signal()
    results_changed = Signal(object)  # SessionResult
    # The set-up (title, teams, functions, language, ...) was edited; followed by a re-announce:
    # session_opened, round_changed and results_changed are emitted again so every view rebuilds.
    workshop_changed = Signal(object)  # Workshop
    join_url_changed = Signal(str)  # the phone join URL ("" when phones cannot vote)
    # The session file was deleted or replaced while open: nothing more is written to that
    # path (phones get an error, never a thank-you) until it is saved elsewhere.
    file_lost = Signal()

    def __init__(
        self,
        store_factory: StoreFactory | None = None,
        content_loader: ContentLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store_factory = store_factory or _default_store_factory()
        self._load_content = content_loader or _default_content_loader()
        self._store: Store | None = None
        self._path: Path | None = None
        self._workshop: Workshop | None = None
        self._content: Content | None = None
        # The analysis of the current round, made when first asked for (``result``): opening a
        # session on a step that shows no results does not pay for it.
        self._result: SessionResult | None = None
        self._result_round: int | None = None
        self._result_stale = False
        self._ballots: tuple[Ballot, ...] = ()
        # Facilitator edits (agreements, plan actions, notes, set-up) push QUndoCommands here;
        # it is cleared when another session is opened.
        self.undo_stack = QUndoStack(self)
        # The phone door, attached by the app once the window is on screen
        # (services.phones.attach_phone_voting); None in most tests.
        self.phones: PhoneVoting | None = None
        # The other services of the session, each made when first asked for (start-up loads
        # only what the first screen needs) and owned by this object.
        self._reveal: RevealController | None = None
        self._focus: RoomFocus | None = None
        self._plans: PlanState | None = None
        self._action_votes: ActionVotes | None = None
        self._intake: BallotIntake | None = None
        self._followup: FollowupState | None = None

    # -- the session's services ------------------------------------------------------------
    @property
    def focus(self) -> RoomFocus:
        """What the room is looking at (team in focus, stage slide): one owner for both windows."""
        if self._focus is None:
            from msworkshop.ui.services.focus import RoomFocus

            self._focus = RoomFocus(self)
        return self._focus

    @property
    def reveal(self) -> RevealController:
        """What the projector may show (reveal_next() is bound to R); see services.reveal.
        Made when first asked for: it reads the saved state of the open session then."""
        if self._reveal is None:
            from msworkshop.ui.services.reveal import RevealController

            self._reveal = RevealController(self, self.focus)
        return self._reveal

    @property
    def plans(self) -> PlanState:
        """Agreements and action plans, with undoable edits; see services.plans."""
        if self._plans is None:
            from msworkshop.ui.services.plans import PlanState

            self._plans = PlanState(self)
        return self._plans

    @property
    def followup(self) -> FollowupState:
        """A follow-up session's predecessor and the statuses decided today; see
        services.followup."""
        if self._followup is None:
            from msworkshop.ui.services.followup import FollowupState

            self._followup = FollowupState(self)
        return self._followup

    @property
    def previous(self) -> Predecessor | None:
        """The earlier session this one follows up (per team: last time's agreed stage and
        target and its actions with today's status); None in an ordinary session."""
        return self.followup.previous if self.is_open else None

    @property
    def action_votes(self) -> ActionVotes:
        """The dot vote on the actions (open, close, reveal, tally); see services.action_votes."""
        if self._action_votes is None:
            from msworkshop.ui.services.action_votes import ActionVotes

            self._action_votes = ActionVotes(self)
        return self._action_votes

    @property
    def intake(self) -> BallotIntake:
        """The one door for ballots (kiosk, phones, paper, CSV); see services.intake."""
        if self._intake is None:
            from msworkshop.ui.services.intake import BallotIntake

            self._intake = BallotIntake(self)
        return self._intake

    # -- the open session ------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def workshop(self) -> Workshop:
        if self._workshop is None:
            raise RuntimeError("no session is open")
        return self._workshop

    @property
    def content(self) -> Content:
        if self._content is None:
            raise RuntimeError("no session is open")
        return self._content

    @property
    def facilitator_content(self) -> Content:
        """The content in the facilitator's UI language, for their own screen (notes, stage
        names, statements on the laptop); :attr:`content` is the room's (the session's
        language: projector, kiosk, phone page, PDF)."""
        from msworkshop.ui.common.i18n import current_ui_language

        language = current_ui_language()
        content = self.content
        return content if content.language == language else self._load_content(language)

    @property
    def language(self) -> str:
        return self._workshop.language if self._workshop else "en"

    @property
    def join_url(self) -> str:
        """Where phones vote, for the projector's QR code; "" when phones cannot vote."""
        return self.phones.join_url if self.phones is not None else ""

    @property
    def result(self) -> SessionResult | None:
        """The analysis of the current (latest) round, None when no session is open."""
        if self._result_stale and self._store is not None:
            self._result = _analyse(
                self.workshop, self._ballots, self.content.statements, self._result_round
            )
            self._result_stale = False
        return self._result

    def current_round(self) -> Round | None:
        return self._store.current_round() if self._store is not None else None

    def ballot_count(self) -> int:
        """Ballots in the current round."""
        return len(self._ballots)

    def ballot_counts(self) -> dict[tuple[int, str], int]:
        """Ballots of the current round per (team id, function key); for the facilitator only."""
        counts: dict[tuple[int, str], int] = {}
        for ballot in self._ballots:
            key = (ballot.team_id, ballot.function)
            counts[key] = counts.get(key, 0) + 1
        return counts

    # -- opening and closing ---------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Open an existing session file. Raises SessionFileError (a UserError)."""
        self._install(self._store_factory.open(Path(path)), Path(path))

    def create(self, path: Path, workshop: Workshop) -> None:
        """Create a new session file for ``workshop`` and open it."""
        self._install(self._store_factory.create(Path(path), workshop), Path(path))

    def close(self) -> None:
        if self._store is None:
            return
        store, self._store = self._store, None
        self._path = self._workshop = self._content = self._result = None
        self._result_stale = False
        self._ballots = ()
        self.undo_stack.clear()
        try:
            store.close()
        finally:
            self.session_closed.emit()

    def _install(self, store: Store, path: Path) -> None:
        try:
            workshop = store.workshop()
            content = self._load_content(workshop.language)
        except BaseException:
            store.close()
            raise
        self.close()
        self._store, self._path = store, path
        self._workshop, self._content = workshop, content
        self._recompute()
        log.info("opened session %s", path.name)
        self.session_opened.emit(path)
        self.round_changed.emit()
        self._announce_results()

    # -- set-up edits and per-session settings ----------------------------------------------
    def update_workshop(self, workshop: Workshop, *, delete_ballots: bool = False) -> None:
        """Save an edited set-up (raises UserError, e.g. ``team_has_ballots``) and re-announce.

        Facilitator edits go through ``ui.setup_commands`` so that they can be undone.
        """
        store = self._require_store()
        store.update_workshop(workshop, delete_ballots=delete_ballots)
        saved = store.workshop()
        if saved.language != self.language:
            self._content = self._load_content(saved.language)
        self._workshop = saved
        self._recompute()
        self.workshop_changed.emit(saved)
        self.session_opened.emit(self._path)
        self.round_changed.emit()
        self.ballots_changed.emit()
        self._announce_results()

    def refresh(self) -> None:
        """Re-read the ballots and announce the result (after a write outside this class)."""
        self._recompute()
        self.ballots_changed.emit()
        self._announce_results()

    def report_file_lost(self) -> None:
        """Someone (the phone server, a refused write) found the file gone or replaced."""
        self.file_lost.emit()

    def save_copy_and_reopen(self, target: Path) -> None:
        """After the file was lost: save what this session holds (the open connection still
        reads it) as ``target`` and continue there. Raises UserError."""
        store = self._require_store()
        store.save_copy(target)  # type: ignore[attr-defined]
        self.open(target)

    def store(self) -> SessionStore:
        """The open store: for the services only (views use the typed methods here, and
        ``tests/test_architecture.py`` checks that no other ui module calls this)."""
        return cast("SessionStore", self._require_store())

    # -- typed reads and writes for the views ----------------------------------------------
    def rounds(self) -> list[Round]:
        """Every voting round of the session, oldest first ([] when no session is open)."""
        return list(self._store.rounds()) if self._store is not None else []

    def round_ballots(self, round_number: int) -> list[Ballot]:
        """The ballots of one round (for the facilitator's comments and round comparison)."""
        return list(self._require_store().ballots(round_number))

    def round_result(self, round_number: int) -> SessionResult:
        """The analysis of any round (the current one is :attr:`result`)."""
        round_ = self.current_round()
        if round_ is not None and round_.number == round_number and self.result is not None:
            return self.result
        return _analyse(
            self.workshop,
            tuple(self.round_ballots(round_number)),
            self.content.statements,
            round_number,
        )

    def expected_people(self) -> dict[tuple[int, str], int]:
        """How many people the facilitator expects per (team id, function); {} when not set."""
        if self._store is None:
            return {}
        from msworkshop.voting.turnout import expected_people

        return expected_people(self._require_store())

    def set_expected_people(self, expected: dict[tuple[int, str], int]) -> None:
        """Save the expected people per group (0: not given); the live counts follow."""
        from msworkshop.voting.turnout import set_expected_people

        set_expected_people(self._require_store(), expected)
        self.ballots_changed.emit()

    def team_note(self, team_id: int) -> str:
        """The facilitator's discussion notes for a team ("" when none)."""
        if self._store is None:
            return ""
        return self._require_store().team_notes().get(team_id, "")

    def set_team_note(self, team_id: int, text: str) -> None:
        """Save a team's notes at once (an empty text removes them)."""
        self._require_store().set_team_note(team_id, text)

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A small per-session value (current step, timers, ...); ``default`` when closed."""
        return self._store.get_setting(key, default) if self._store is not None else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Write a per-session value to the file at once; ignored when no session is open."""
        if self._store is not None and not getattr(self._store, "read_only", False):
            self._store.set_setting(key, value)

    # -- rounds and ballots ----------------------------------------------------------------
    def open_round(self) -> None:
        self._require_store().open_round()
        self._round_changed()

    def close_round(self) -> None:
        """Close the open round as one undoable step (Edit → Undo opens it again, so a
        Ctrl+Shift+C pressed by mistake in front of the room costs nothing)."""
        round_ = self.current_round()
        if round_ is None or not round_.is_open:
            return
        from msworkshop.ui.services.rounds import CloseRound  # loaded with the first close

        self.undo_stack.push(CloseRound(self, round_.number))

    def _close_round_now(self) -> None:
        self._require_store().close_round()
        self._round_changed()

    def _reopen_round(self, number: int) -> None:
        self._require_store().reopen_round(number)
        self._round_changed()

    # -- ballots: written only through the intake (services.intake), the one door ------------
    def _store_new_ballot(self, raw: dict[str, Any]) -> Ballot:
        """Validate ``raw`` for the open round, store it (on disk) and announce the result.

        Raises UserError (e.g. ``no_open_round``, ``round_closed``, ``stage_required``).
        """
        store = self._require_store()
        round_ = store.current_round()
        if round_ is None:
            raise UserError("no_open_round")
        ballot = make_ballot(self.workshop, round_, **raw)
        store.add_ballot(ballot)
        known = (
            not self._result_stale
            and self._result is not None
            and self._result.round_number == round_.number
        )
        if known and store.ballot_count(round_.number) == len(self._ballots) + 1:
            # Only this ballot is new: analyse without reading the whole round back (the
            # analysis re-works only the team that changed); see benchmarks/results_repaint.py.
            self._ballots += (ballot,)
            self._result = _analyse(
                self.workshop, self._ballots, self.content.statements, round_.number
            )
        else:
            self._recompute()
        self.ballots_changed.emit()
        self._announce_results()
        return ballot

    def _store_ballots(self, ballots: Sequence[Ballot]) -> list[str]:
        ids = self._require_store().insert_ballots(ballots)
        self.refresh()
        return list(ids)

    def _remove_ballots(self, ballot_ids: Sequence[str]) -> int:
        removed = self._require_store().remove_ballots(ballot_ids)
        self.refresh()
        return int(removed)

    def _stored_elsewhere(self) -> None:
        """Ballots were written by the phone server's handler: read them back and announce."""
        if self._store is not None:
            self.refresh()

    def _round_changed(self) -> None:
        self._recompute()
        self.round_changed.emit()
        self.ballots_changed.emit()
        self._announce_results()

    def _require_store(self) -> Store:
        if self._store is None:
            raise RuntimeError("no session is open")
        return self._store

    def _recompute(self) -> None:
        store = self._require_store()
        round_ = store.current_round()
        number = round_.number if round_ is not None else None
        self._ballots = tuple(store.ballots(number)) if number is not None else ()
        self._result, self._result_round, self._result_stale = None, number, True

    def _announce_results(self) -> None:
        """``results_changed`` with the fresh analysis, made only when someone listens."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.results_changed)):
            self.results_changed.emit(self.result)


def _analyse(
    workshop: Workshop,
    ballots: tuple[Ballot, ...],
    statements: Sequence[Statement],
    round_number: int | None,
) -> SessionResult:
    from msworkshop.domain.analysis import analyse  # loaded with the first result shown

    return analyse(workshop, ballots, statements, round_number)
