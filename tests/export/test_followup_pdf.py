"""The action plan of a follow-up: each team page opens with "last time -> today" and last
time's actions with the status decided today (read back from the PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from msworkshop.cli import main
from msworkshop.domain.ballot import Ballot
from msworkshop.domain.followup import ReviewStatus
from msworkshop.domain.plans import PlanAction
from msworkshop.store import SessionStore
from msworkshop.store.followup import create_followup


def _earlier(path: Path, lang: str) -> Path:
    title = "Spring offsite" if lang == "en" else "Voorjaarssessie"
    args = ["new", str(path), "--title", title, "--team", "Benelux", "--team", "DACH"]
    assert main([*args, "--lang", lang, "--date", "2026-03-12", "--mode", "quick"]) == 0
    with SessionStore.open(path) as store:
        store.open_round()
        store.set_agreement(1, 2, 3)
        store.set_agreement(2, 3, 3)
        store.add_plan_action(
            PlanAction(1, "Hand-over rules", owner="Ann", due=dt.date(2026, 6, 1))
        )
        store.add_plan_action(PlanAction(1, "Shared lead board", owner="Bo"))
        store.add_plan_action(PlanAction(1, "Job rotation"))
    return path


def _followup(tmp_path: Path, lang: str) -> Path:
    new = create_followup(_earlier(tmp_path / "old.msworkshop", lang), tmp_path / "new.msworkshop")
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        assert previous is not None
        first, second, _ = previous.teams[0].actions
        store.set_action_review(first.id, ReviewStatus.DONE, "")
        store.set_action_review(second.id, ReviewStatus.IN_PROGRESS, "halfway there")
        round_ = store.open_round()
        store.add_ballots(
            [Ballot(t, f, round_.number, stage=3) for t in (1, 2) for f in ("marketing", "sales")]
            * 3
        )
        store.set_agreement(1, 3, 4)
    return new


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            {
                "heading": "Last time → today",
                "since": "Last time: Spring offsite, 12 March 2026.",
                "agreed": "Agreed stage 2. Dating (Defined) → 3. Living together (Aligned)",
                "target": "Target 3. Living together (Aligned) → 4. Married (Integrated)",
                "statuses": ("Done", "In progress halfway there", "Not discussed"),
                "stay": "Target Stay and strengthen → Not agreed yet",
                "none": "No actions were planned for this team last time.",
            },
        ),
        (
            "nl",
            {
                "heading": "Vorige keer → vandaag",
                "since": "Vorige keer: Voorjaarssessie, 12-03-2026.",
                "agreed": "fase 2. Verkering (Gedefinieerd) → 3. Samenwonend (Afgestemd)",
                "target": "Doel 3. Samenwonend (Afgestemd) → 4. Getrouwd (Geïntegreerd)",
                "statuses": ("Klaar", "Bezig halfway there", "Niet besproken"),
                "stay": "Doel Blijven en versterken → Nog niet afgesproken",
                "none": "Voor dit team zijn de vorige keer geen acties gepland.",
            },
        ),
    ],
)
def test_each_team_page_opens_with_last_time(
    tmp_path: Path, lang: str, words: dict[str, object]
) -> None:
    new = _followup(tmp_path, lang)
    out = tmp_path / "plan.pdf"
    assert main(["export", str(new), "--pdf", str(out)]) == 0
    pages = [_flat(p) for p in _pages(out)]
    benelux = next(p for p in pages if "Benelux " + str(words["heading"]) in p)
    assert str(words["heading"]) in benelux and str(words["since"]) in benelux
    assert str(words["agreed"]) in benelux and str(words["target"]) in benelux
    assert benelux.index(str(words["heading"])) < benelux.index("Hand-over rules")
    for status in words["statuses"]:  # type: ignore[attr-defined]
        assert status in benelux
    dach = next(p for p in pages if str(words["none"]) in p)
    assert "DACH " + str(words["heading"]) in dach and str(words["stay"]) in dach


def test_an_ordinary_plan_has_no_last_time(tmp_path: Path) -> None:
    old = _earlier(tmp_path / "old.msworkshop", "en")
    out = tmp_path / "plan.pdf"
    assert main(["export", str(old), "--pdf", str(out)]) == 0
    text = _flat("\n".join(_pages(out)))
    assert "Last time" not in text and "Hand-over rules" in text
