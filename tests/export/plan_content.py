"""A small hand-built Content for the PDF tests (independent of the shipped content files).

Only the ``pdf.*`` and ``diagnostic.*`` strings come from the real files, so the tests check
those files too.
"""

from __future__ import annotations

import tomllib

from msworkshop.domain.content import ActionTemplate, Content, Dimension, StageText
from msworkshop.domain.stages import STAGE_KEYS, Stage
from msworkshop.resource_files import resource_path
from tests.domain.factories import STATEMENTS

_STAGES = {
    "en": (
        ("Single", "Undefined"),
        ("Dating", "Defined"),
        ("Living together", "Aligned"),
        ("Married", "Integrated"),
    ),
    "nl": (
        ("Vrijgezellen", "Ongedefinieerd"),
        ("Verkering", "Gedefinieerd"),
        ("Samenwonend", "Afgestemd"),
        ("Getrouwd", "Geïntegreerd"),
    ),
}
_FUNCTIONS = {
    "en": {"function.marketing": "Marketing", "function.sales": "Sales"},
    "nl": {"function.marketing": "Marketing", "function.sales": "Sales"},
}
_ACTION = {"en": "Action", "nl": "Actie"}
_OWNER = {"en": "Head of sales", "nl": "Hoofd sales"}
_MEASURE = {"en": "Fewer lost leads & <hand-overs>", "nl": "Minder verloren leads & <overdrachten>"}


def pdf_strings(lang: str) -> dict[str, str]:
    with resource_path("content", lang, "strings", "pdf.toml").open("rb") as handle:
        return {f"pdf.{key}": str(text) for key, text in tomllib.load(handle).items()}


def diagnostic_strings(lang: str) -> dict[str, str]:
    with resource_path("content", lang, "strings", "diagnostic.toml").open("rb") as handle:
        return {f"diagnostic.{key}": str(text) for key, text in tomllib.load(handle).items()}


def action_title(lang: str, from_stage: int, to_stage: int, index: int = 1) -> str:
    return f"{_ACTION[lang]} {from_stage}→{to_stage} #{index}"


def plan_content(lang: str = "en") -> Content:
    stages = tuple(
        StageText(
            Stage(n), STAGE_KEYS[n - 1], name, formal, "summary", ("a", "b", "c", "d"), "slide"
        )
        for n, (name, formal) in enumerate(_STAGES[lang], start=1)
    )
    actions = tuple(
        ActionTemplate(
            key=f"a{f}{t}{i}",
            from_stage=Stage(f),
            to_stage=Stage(t),
            title=action_title(lang, f, t, i),
            description=f"description {f}{t}{i}",
            owner=_OWNER[lang],
            horizon_days=(30, 90)[i - 1],
            measure=_MEASURE[lang],
        )
        for f, t in ((1, 2), (2, 3), (3, 4), (1, 1), (2, 2), (3, 3), (4, 4))
        for i in (1, 2)
    )
    return Content(
        language=lang,
        stages=stages,
        dimensions=tuple(
            Dimension(k, k) for k in ("communication", "process", "goals", "structure", "culture")
        ),
        statements=STATEMENTS,
        scale=("1", "2", "3", "4", "5"),
        actions=actions,
        stay_or_move=(),
        notes=(),
        prompts={},
        strings={**pdf_strings(lang), **diagnostic_strings(lang), **_FUNCTIONS[lang]},
    )
