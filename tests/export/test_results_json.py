"""The results JSON's diagnostic fields: the article's band and the statements' own stage."""

from __future__ import annotations

import json

from msworkshop.domain.analysis import analyse
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.stage_profile import textbook_answers
from msworkshop.export.results_json import results_to_dict
from tests.domain.factories import ballot, workshop

STATEMENTS = load_content("en").statements


def _functions(ballots: list) -> dict[str, dict]:
    data = results_to_dict(analyse(workshop(), ballots, STATEMENTS, 1))
    json.dumps(data)  # serialisable as it stands
    return {f["function"]: f for f in data["teams"][0]["functions"]}


def test_diagnostic_stage_and_profile_beside_the_band() -> None:
    answers = textbook_answers(2, STATEMENTS)
    ballots = [ballot(1, "marketing", stage=2, answers=answers) for _ in range(3)]
    ballots += [ballot(1, "sales", stage=2, answers=3) for _ in range(3)]
    functions = _functions(ballots)
    marketing, sales = functions["marketing"], functions["sales"]
    assert marketing["diagnostic_stage"] == 2
    assert marketing["stage_profile"] == {"1": 1.0, "2": 1.0, "3": 0.0, "4": 0.0}
    # neutral everywhere: the band says Aligned, the statements say Single
    assert (sales["band"], sales["diagnostic_stage"]) == (3, 1)
    assert sales["diagnostic_mean"] == 60.0


def test_no_answers_give_nulls_and_a_thin_stage_gives_a_null_inside() -> None:
    married = {s.number - 1 for s in STATEMENTS if int(s.stage) == 4}
    skipping = tuple(None if i in married else 4 for i in range(20))
    ballots = [ballot(1, "marketing", answers=skipping) for _ in range(2)]
    ballots += [ballot(1, "marketing", answers=4)]
    ballots += [ballot(1, "sales", stage=1) for _ in range(3)]
    functions = _functions(ballots)
    assert functions["marketing"]["stage_profile"] == {"1": 1.0, "2": 1.0, "3": 1.0, "4": None}
    assert functions["marketing"]["diagnostic_stage"] == 3
    assert functions["sales"]["stage_profile"] is None
    assert functions["sales"]["diagnostic_stage"] is None
    assert functions["sales"]["band"] is None
