"""The one door for ballots into the open session: kiosk, phones, paper and CSV.

Every source hands its ballots here; each is validated by the domain, stored durably by the
session (on disk before anyone is told), and announced once — ``ballots_changed`` and
``results_changed`` on the session — so live counts and results follow from one
announcement, whichever door a ballot came through. No widgets in here.

- the kiosk: :meth:`BallotIntake.cast` (raw answers, validated for the open round);
- paper and CSV: :meth:`BallotIntake.add` (ballots validated by their reader) and
  :meth:`BallotIntake.take_back` (undo of a mistyped paper entry);
- form-tool exports (Vote → Import answers…): :meth:`BallotIntake.open_import` reads the file
  into a draft the dialog shows and changes, :meth:`BallotIntake.apply_import` stores it;
- phones: the participant server writes through :meth:`BallotIntake.phone_store` (its
  handler must commit before it answers); a burst of phone ballots is announced once,
  :data:`PHONE_ANNOUNCE_MS` after the first of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.room_comments import RoomComment

if TYPE_CHECKING:
    from msworkshop.importing.apply import ImportRecord
    from msworkshop.importing.draft import ImportDraft
    from msworkshop.store import SessionStore
    from msworkshop.ui.services.session import SessionController

PHONE_ANNOUNCE_MS = 150  # phone ballots within this window share one recompute


class BallotIntake(QObject):
    room_comment_stored = Signal(str)  # a phone's comment is on disk: its id (the queue)

    def __init__(self, session: SessionController) -> None:
        super().__init__(session)
        self._session = session
        self._phone_announce = QTimer(self)
        self._phone_announce.setSingleShot(True)
        self._phone_announce.setInterval(PHONE_ANNOUNCE_MS)
        self._phone_announce.timeout.connect(session._stored_elsewhere)
        session.session_closed.connect(self._phone_announce.stop)

    def cast(self, **raw: Any) -> Ballot:
        """One ballot typed at the laptop (the kiosk): validated for the open round, stored,
        announced. Raises UserError (``no_open_round``, ``round_closed``, ...)."""
        return self._session._store_new_ballot(raw)

    def add(self, ballots: Sequence[Ballot]) -> list[str]:
        """Validated ballots (paper tally, CSV) in one transaction: all or none; their ids,
        kept in memory only by whoever may take them back. Raises UserError."""
        return self._session._store_ballots(ballots)

    def take_back(self, ballot_ids: Sequence[str]) -> int:
        """Remove exactly these ballots (a mistyped paper entry); how many were removed."""
        return self._session._remove_ballots(ballot_ids)

    def open_import(self, path: Path, round_number: int | None = None) -> ImportDraft:
        """A draft import of a form export (nothing stored yet): its columns recognised in
        either language, earlier choices for the same header row recalled. Raises UserError
        when the file cannot be read."""
        from msworkshop.domain.messages import LANGUAGES
        from msworkshop.importing.draft import ImportDraft

        session = self._session
        contents = [session._load_content(code) for code in LANGUAGES]
        return ImportDraft.open(session.store(), session.workshop, path, contents, round_number)

    def earlier_imports(self, draft: ImportDraft) -> tuple[ImportRecord | None, ...]:
        """(this file, another export of the same form) already imported into the draft's
        round, each None when not: to warn before the user clicks Import."""
        store = self._session.store()
        return draft.earlier(store), draft.earlier_form(store)

    def apply_import(self, draft: ImportDraft, **options: bool) -> list[str]:
        """Store the draft's ballots in one transaction (``skip_invalid``, ``allow_duplicate``
        as in ``ImportDraft.apply``) and announce them once; their ids, kept in memory only by
        whoever may take them back. Raises UserError, and then nothing is stored."""
        session = self._session
        store = session.store()
        had_round = store.current_round() is not None
        try:
            result = draft.apply(store, **options)
        finally:
            opened = not had_round and store.current_round() is not None
            if opened:  # round 1 was opened for it (even if storing failed): say so once
                session._round_changed()
        if not opened:
            session.refresh()
        return list(result.ballot_ids)

    def phone_store(self) -> PhoneDoor:
        """What the participant server writes phone ballots through."""
        return PhoneDoor(self._session.store(), self)

    def phone_ballot_stored(self) -> None:
        """A phone ballot is on disk: announce it (coalesced with the rest of its burst)."""
        if not self._phone_announce.isActive():
            self._phone_announce.start()


class PhoneDoor:
    """The session store as the participant server sees it: reads pass through, and every
    ballot written is announced by the intake once it is on disk."""

    def __init__(self, store: SessionStore, intake: BallotIntake) -> None:
        self._store = store
        self._intake = intake

    def add_ballot(self, ballot: Ballot, replace_key: str | None = None) -> str:
        ballot_id = self._store.add_ballot(ballot, replace_key=replace_key)
        self._intake.phone_ballot_stored()
        return ballot_id

    def add_room_comment(self, comment: RoomComment) -> str:
        comment_id = self._store.add_room_comment(comment)
        self._intake.room_comment_stored.emit(comment_id)
        return comment_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)
