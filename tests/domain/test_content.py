"""The workshop content: complete and valid in both languages, in step with each other and with
the glossary, and the loader names the file and the problem when something is broken."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from msworkshop.domain.content import DIMENSION_KEYS, HORIZONS_DAYS, STEP_KEYS
from msworkshop.domain.content_loader import (
    ACTION_GROUPS,
    ContentError,
    content_root,
    load_content,
    load_content_from,
)
from msworkshop.domain.content_parity import check_language_parity, placeholders
from msworkshop.domain.glossary import content_texts, load_glossary, terminology_problems
from msworkshop.domain.messages import LANGUAGES, message_catalogue
from msworkshop.domain.stages import STAGE_INFO, STAGE_KEYS, STATEMENT_COUNT, Stage

PACKAGE = Path(__file__).resolve().parents[2] / "msworkshop"


# ── the shipped content ────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stages_are_complete_and_in_order(lang: str) -> None:
    content = load_content(lang)
    assert [s.key for s in content.stages] == list(STAGE_KEYS)
    assert [int(s.stage) for s in content.stages] == [1, 2, 3, 4]
    for stage in content.stages:
        assert 4 <= len(stage.hallmarks) <= 6
        assert stage.summary and stage.slide
        assert 2 <= stage.slide.count(". ") + 1 <= 4, f"slide of {stage.key} is 2-3 sentences"


def test_english_formal_names_match_the_stage_table() -> None:
    content = load_content("en")
    assert [s.formal for s in content.stages] == [info.formal for info in STAGE_INFO]
    assert content.stage_label(2) == "Dating (Defined)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_twenty_statements_four_per_dimension_every_stage(lang: str) -> None:
    content = load_content(lang)
    assert len(content.statements) == STATEMENT_COUNT
    assert [s.key for s in content.statements] == [f"s{n}" for n in range(1, 21)]
    assert [s.number for s in content.statements] == list(range(1, 21))
    assert Counter(s.dimension for s in content.statements) == dict.fromkeys(DIMENSION_KEYS, 4)
    per_stage = Counter(int(s.stage) for s in content.statements)
    assert set(per_stage) == {1, 2, 3, 4}
    assert all(4 <= n <= 6 for n in per_stage.values()), per_stage
    for key in DIMENSION_KEYS:  # each dimension spans a low and a high stage
        stages = {s.stage for s in content.statements if s.dimension == key}
        assert min(stages) <= 2 and max(stages) >= 3, key
    assert [d.key for d in content.dimensions] == list(DIMENSION_KEYS)
    assert len(content.scale) == 5


_NEGATIONS = {
    "en": r"\b(not|never|no|don't|doesn't|isn't|hardly|rarely|seldom)\b",
    "nl": r"\b(niet|nooit|geen|nauwelijks|zelden)\b",
}
_WE = {"en": r"\b(we|us|our)\b", "nl": r"\b(we|wij|ons|onze)\b"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statements_are_about_us_and_never_reverse_scored(lang: str) -> None:
    """Higher always means more integrated, so no statement is phrased as a negation."""
    for statement in load_content(lang).statements:
        text = statement.text.casefold()
        assert not re.search(_NEGATIONS[lang], text), f"{lang} {statement.key}: {statement.text}"
        about_both = "marketing" in text and "sales" in text
        assert re.search(_WE[lang], text) or about_both, f"{lang} {statement.key}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_target_has_six_to_twelve_complete_actions(lang: str) -> None:
    content = load_content(lang)
    for from_stage, to_stage in ACTION_GROUPS:
        actions = content.actions_for(from_stage, to_stage)
        assert 6 <= len(actions) <= 12, (from_stage, to_stage)
        for action in actions:
            assert action.owner and action.measure and action.title and action.description
            assert action.horizon_days in HORIZONS_DAYS
            assert action.is_stay == (from_stage == to_stage)
    keys = [a.key for a in content.actions]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stay_or_move_notes_and_prompts(lang: str) -> None:
    content = load_content(lang)
    assert [int(s.stage) for s in content.stay_or_move] == [1, 2, 3, 4]
    assert all(s.stay_when and s.move_when for s in content.stay_or_move)
    assert [n.step for n in content.notes] == list(STEP_KEYS)
    for note in content.notes:
        assert 2 <= len(note.say) <= 4 and 2 <= len(note.watch) <= 4
        assert note.objections and note.timebox_minutes > 0
    assert content.notes_for("gaps").title
    assert set(content.prompts) == set(DIMENSION_KEYS)
    assert all(3 <= len(p) <= 4 for p in content.prompts.values())


def test_facilitator_notes_answer_the_typical_objections() -> None:
    objections = " ".join(o for n in load_content("en").notes for o in n.objections).casefold()
    for topic in ("budget", "talk enough", "analytical", "service department"):
        assert topic in objections, topic


@pytest.mark.parametrize("lang", LANGUAGES)
def test_strings_and_function_names(lang: str) -> None:
    content = load_content(lang)
    assert content.function_name("marketing") == "Marketing"
    assert content.function_name("sales") == "Sales"
    assert content.function_name("customer_service", "Klantenservice") == "Klantenservice"
    assert "{" not in content.text("general.target_next", stage=content.stage(3).name)
    assert content.text("general.promise")
    assert load_content(lang) is content  # cached


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ContentError, match="unknown content language 'fr'"):
        load_content("fr")


# ── English and Dutch in step ──────────────────────────────────────────────────────────


def test_languages_are_in_parity() -> None:
    assert check_language_parity() == []


def test_messages_have_the_same_keys_and_placeholders() -> None:
    english, dutch = message_catalogue("en"), message_catalogue("nl")
    assert english.keys() == dutch.keys()
    for key, text in english.items():
        assert placeholders(text) == placeholders(dutch[key]), key


def test_placeholders_ignore_escaped_braces() -> None:
    assert placeholders("Round {number} of {{total}}") == {"number"}


def test_every_user_error_key_has_a_message_in_both_languages() -> None:
    """Grep the package for ``UserError("key"``: each key needs a text in en and nl."""
    pattern = re.compile(r"""UserError\(\s*["']([A-Za-z0-9_.]+)["']""")
    used = {
        (key, path.relative_to(PACKAGE.parent).as_posix())
        for path in PACKAGE.rglob("*.py")
        for key in pattern.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "expected to find UserError keys in the package"
    missing = [
        f"{key} ({where}) in {lang}"
        for lang in LANGUAGES
        for key, where in sorted(used)
        if key not in message_catalogue(lang)
    ]
    assert missing == []


# ── terminology ────────────────────────────────────────────────────────────────────────


def test_glossary_covers_stages_dimensions_and_functions() -> None:
    glossary = load_glossary()
    for key in STAGE_KEYS:
        assert f"stage.{key}" in glossary and f"formal.{key}" in glossary
    for key in DIMENSION_KEYS:
        assert f"dimension.{key}" in glossary
    assert glossary["stage.single"].texts == {"en": "Single", "nl": "Vrijgezel"}
    assert glossary["formal.married"].texts["nl"] == "Geïntegreerd"
    assert glossary["general.facilitator"].texts["nl"] == "begeleider"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_uses_the_glossary_terms(lang: str) -> None:
    assert terminology_problems(load_content(lang), load_glossary()) == []


def test_dutch_content_uses_the_agreed_words() -> None:
    texts = " ".join(t for _, t in content_texts(load_content("nl"))).casefold()
    for word in ("stemronde", "stelling", "actieplan", "eigenaar", "begeleider", "fase"):
        assert word in texts, word


def test_terminology_check_reports_a_stray_name(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    _edit(root, "nl/stages.toml", 'name = "Verkering"', 'name = "Relatie"')
    _edit(root, "nl/notes.toml", 'purpose = "Leg uit', 'purpose = "Trainer: leg uit')
    problems = terminology_problems(load_content_from(root, "nl"), load_glossary(root))
    assert any("'Relatie', glossary says 'Verkering'" in p for p in problems)
    assert any("uses 'trainer'" in p for p in problems)


# ── the loader on broken copies ────────────────────────────────────────────────────────


def _copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    return root


def _edit(root: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _cut_statement(root: Path) -> None:
    path = root / "en" / "statements.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[statement]]\nkey = "s20"')
    path.write_text(text[:start], encoding="utf-8")


BROKEN = [
    (
        "statements.toml",
        'dimension = "process"',
        'dimension = "comms"',
        "unknown dimension 'comms'",
    ),
    ("statements.toml", "stage = 4", "stage = 5", "'stage' is 5, must be one of 1-4"),
    ("statements.toml", 'key = "s7"', 'key = "s77"', "key is 's77', expected 's7'"),
    (
        "statements.toml",
        'dimension = "process"',
        'dimension = "communication"',
        "dimension 'communication' has 5 statements, expected 4",
    ),
    ("statements.toml", '"Strongly disagree", ', "", "'scale' has 4 entries, expected 5-5"),
    ("statements.toml", "goals = ", "aims = ", "[dimensions]: keys are"),
    ("stages.toml", 'key = "dating"', 'key = "going_steady"', "expected 'dating'"),
    (
        "stages.toml",
        '    "Everyone has their hands full with their own work.",\n',
        "",
        "'hallmarks' has 3 entries, expected 4-6",
    ),
    ("stages.toml", 'formal = "Undefined"', "formal = 1", "'formal' must be a string, found int"),
    (
        "actions.toml",
        "horizon = 30",
        "horizon = 60",
        "'horizon' is 60, must be one of (30, 90, 180)",
    ),
    (
        "actions.toml",
        'key = "good_lead_definition"',
        'key = "lead_handover_rules"',
        "duplicate action key(s) 'lead_handover_rules'",
    ),
    ("actions.toml", 'owner = "Marketing manager"\n', "", "missing key 'owner'"),
    ("actions.toml", "horizon = 90", "horizn = 90", "unexpected key(s) 'horizn'"),
    ("actions.toml", "to = 2", "to = 4", "'to' is 4: must equal 'from' (1) or the next stage"),
    ("actions.toml", 'key = "who_is_who"', 'key = "Who-is-who"', "key must be snake_case"),
    (
        "actions.toml",
        "from = 1\nto = 1",
        "from = 2\nto = 2",
        "stay at 1 has 5 actions, expected 6-12",
    ),
    ("notes.toml", "timebox = 10", 'timebox = "ten"', "'timebox' must be a whole number"),
    ("notes.toml", 'step = "gaps"', 'step = "differences"', "steps are"),
    ("prompts.toml", "[culture]", "[trust]", "expected one per dimension"),
    ("stay_or_move.toml", "stage = 2", "stage = 3", "stage is 3, expected 2"),
    (
        "strings/general.toml",
        'app_name = "Marketing & Sales Workshop"',
        "app_name = [1]",
        "'general.app_name' must be a non-empty string or a table",
    ),
    ("stages.toml", "[[stage]]", "[[stage]", "not valid TOML"),
]


@pytest.mark.parametrize(("name", "old", "new", "problem"), BROKEN)
def test_broken_file_is_reported_with_file_and_problem(
    tmp_path: Path, name: str, old: str, new: str, problem: str
) -> None:
    root = _copy_content(tmp_path)
    _edit(root, f"en/{name}", old, new)
    with pytest.raises(ContentError) as error:
        load_content_from(root, "en")
    assert str(error.value).startswith(f"en/{name}:"), str(error.value)
    assert problem in str(error.value)


def test_missing_statement_is_reported(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    _cut_statement(root)
    with pytest.raises(ContentError, match=r"en/statements.toml: .*expected 20 \[\[statement\]\]"):
        load_content_from(root, "en")


def test_every_stage_must_be_represented(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    _edit(root, "en/statements.toml", "stage = 1", "stage = 2", count=-1)
    with pytest.raises(ContentError, match=r"no statement reflects stage\(s\) \[1\]"):
        load_content_from(root, "en")


def test_missing_file_and_missing_language(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "nl" / "prompts.toml").unlink()
    with pytest.raises(ContentError, match=r"nl/prompts\.toml: file is missing"):
        load_content_from(root, "nl")
    with pytest.raises(ContentError, match="no content folder for language 'de'"):
        load_content_from(root, "de")


def test_missing_required_string(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    _edit(root, "nl/strings/function.toml", 'sales = "Sales"\n', "")
    with pytest.raises(
        ContentError, match=r"nl/strings: missing string key\(s\) \['function.sales'\]"
    ):
        load_content_from(root, "nl")


# ── the parity check on diverging copies ───────────────────────────────────────────────


def test_parity_reports_structure_strings_and_messages(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    nl_actions = (root / "nl" / "actions.toml").read_text(encoding="utf-8")
    block = nl_actions.index('key = "who_is_who"')
    fixed = nl_actions[:block] + nl_actions[block:].replace("horizon = 30", "horizon = 90", 1)
    (root / "nl" / "actions.toml").write_text(fixed, encoding="utf-8")
    _edit(root, "nl/statements.toml", "stage = 4", "stage = 3")
    _edit(root, "nl/strings/general.toml", "{stage}", "{fase}")
    _edit(root, "nl/strings/general.toml", 'votes = "Stemmen"\n', "")
    _edit(root, "nl/messages/domain.toml", "{limit}", "{grens}")
    problems = check_language_parity(root)
    text = "\n".join(problems)
    assert "actions 'who_is_who': en (2, 3, 30) vs nl (2, 3, 90)" in text
    assert "statements: en ('s8', 'process', 4) vs nl ('s8', 'process', 3)" in text
    assert "string 'general.target_next': placeholders differ" in text
    assert "string 'general.votes': in en but missing in nl" in text
    assert "message 'title_too_long': placeholders differ" in text


def test_parity_reports_a_broken_language_instead_of_raising(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "nl" / "notes.toml").write_text("this is = not toml =", encoding="utf-8")
    problems = check_language_parity(root)
    assert len(problems) == 1 and problems[0].startswith("nl/notes.toml: not valid TOML")


def test_stage_enum_and_content_agree() -> None:
    content = load_content("nl")
    assert content.stage(Stage.INTEGRATED).name == "Getrouwd"
    assert content.statement("s20").stage is Stage.INTEGRATED


_BLAME = {"en": r"\bblam", "nl": r"\bschuld"}
_BUDGET = {"en": r"\bbudget\b", "nl": r"\bbudget\b"}
_EVERY_AND = {"en": r"\band every\b", "nl": r"\ben (elk|elke|iedere?)\b"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statements_measure_one_thing_each_and_blame_once(lang: str) -> None:
    """No "X, and every Y" statements that each function answers for a different half; one
    statement about blame, and the married hallmark of one budget has a statement of its own."""
    statements = load_content(lang).statements
    texts = [s.text.casefold() for s in statements]
    assert [t for t in texts if re.search(_EVERY_AND[lang], t)] == []
    assert sum(bool(re.search(_BLAME[lang], t)) for t in texts) == 1
    budget = [s for s in statements if re.search(_BUDGET[lang], s.text.casefold())]
    assert [int(s.stage) for s in budget] == [4]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_action_has_one_lead_role(lang: str) -> None:
    both = {"en": r"\b(both|and)\b", "nl": r"\b(beide|en)\b"}[lang]
    for action in load_content(lang).actions:
        assert not re.search(both, action.owner.casefold()), f"{action.key}: {action.owner}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_action_is_owned_by_a_role_it_still_has_to_appoint(lang: str) -> None:
    """The liaison and the customer director are appointed by an action of a transition; no
    other action of that transition is theirs, and later ones say to appoint them first."""
    content = load_content(lang)
    by_key = {a.key: a for a in content.actions}
    liaison = by_key["living_insight_loop"].owner  # the liaison, once living together
    appointed = by_key["marketing_liaison"]
    assert liaison not in {
        a.owner for a in content.actions_for(appointed.from_stage, appointed.to_stage)
    }
    executive = by_key["customer_executive"]
    director = next(a.owner for a in content.actions if a.key == "married_plan_review")
    same_step = content.actions_for(executive.from_stage, executive.to_stage)
    assert same_step[0] == executive  # appointed first
    assert all(a.owner != director for a in same_step)
    for action in content.actions:
        if action.owner == director:
            assert action.from_stage == 4 and director.casefold() in action.description.casefold()
