"""The diagnostic's stage in the PDF (plan and handout) and the CLI text, and every number in
the document's language (no English decimals in Dutch)."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from msworkshop.domain.analysis import analyse
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.demo import demo_ballots, demo_workshop
from msworkshop.domain.messages import LANGUAGES
from msworkshop.export.pdf import PlanDocument, plan_pdf_bytes
from msworkshop.export.results_text import results_to_text

ENGLISH_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")  # 2.2, 77.5 (not dates 1.2.3)


def _document(lang: str) -> PlanDocument:
    content = load_content(lang)
    workshop = demo_workshop(lang)
    result = analyse(workshop, demo_ballots(1, content.statements), content.statements, 1)
    return PlanDocument(workshop, result, content, agreements={1: (1, 2), 2: (3, 3)})


def _text(lang: str, *, handout: bool = False) -> str:
    reader = PdfReader(BytesIO(plan_pdf_bytes(_document(lang), handout=handout)))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("handout", [False, True])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_shows_the_profile_and_the_statements_stage(lang: str, handout: bool) -> None:
    content = load_content(lang)
    text = _flat(_text(lang, handout=handout))
    assert _flat(content.text("diagnostic.profile_heading")) in text
    # DACH sales voted Living together; its statements point to Dating (the demo's design)
    dating = content.stage_label(2)
    if handout:
        assert _flat(content.text("diagnostic.stage_value", stage=dating)) in text
        assert "%" in text
    else:
        assert _flat(content.text("diagnostic.stage")) in text
        assert _flat(content.text("diagnostic.differs_heading")) in text
        sales = content.function_name("sales")
        point = content.text(
            "diagnostic.differs",
            function=sales,
            voted=content.stage(3).name,
            reading=content.stage(2).name,
        )
        assert _flat(point) in text


@pytest.mark.parametrize("handout", [False, True])
def test_dutch_pdf_has_no_english_decimal(handout: bool) -> None:
    text = _text("nl", handout=handout)
    assert ENGLISH_DECIMAL.findall(text) == []
    assert re.search(r"\d,\d", text)  # gap means like 4,0


def test_english_pdf_keeps_its_decimal_point() -> None:
    assert re.search(r"\d\.\d", _text("en"))


def test_gaps_are_numbered_by_rank_with_the_statement_as_reference() -> None:
    content = load_content("en")
    document = _document("en")
    team = document.result.team(1)
    first = content.statement(team.statement_gaps[0].key)
    text = _flat(_text("en"))
    assert f"1. {_flat(first.text)} (statement {first.number})" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cli_text_speaks_the_language_and_shows_the_stage(lang: str) -> None:
    document = _document(lang)
    text = results_to_text(document.result, document.workshop, document.content)
    content = document.content
    assert content.text("diagnostic.stage_value", stage=content.stage_label(2)) in text
    if lang == "nl":
        assert ENGLISH_DECIMAL.findall(text) == []
        assert re.search(r"\d,\d", text)
    else:
        assert re.search(r"\d\.\d", text)
    assert "1 stemmen" not in text and "1 ballots" not in text


def test_plural_picks_the_singular_form() -> None:
    for lang, one, many in (("en", "1 ballot", "2 ballots"), ("nl", "1 stem", "2 stemmen")):
        content = load_content(lang)
        assert content.plural("cli.ballots", 1) == one
        assert content.plural("cli.ballots", 2) == many


@pytest.mark.parametrize("lang", LANGUAGES)
def test_team_page_prints_the_checklist_and_what_was_ticked(lang: str) -> None:
    from dataclasses import replace

    from msworkshop.domain.plans import stay_or_move_for
    from msworkshop.export.pdf_checklist import OPEN, TICKED

    content = load_content(lang)
    document = replace(_document(lang), checklist_ticks={1: frozenset({"move_1"})})
    reader = PdfReader(BytesIO(plan_pdf_bytes(document)))
    pages = [_flat(page.extract_text()) for page in reader.pages]
    benelux = next(text for text in pages if TICKED in text)  # Benelux: agreed stage 1
    entry = stay_or_move_for(content, 1)
    assert entry is not None
    assert _flat(entry.stay_heading) in benelux and _flat(entry.move_heading) in benelux
    assert _flat(f"{TICKED} {entry.move_when[0]}") in benelux
    assert _flat(f"{OPEN} {entry.stay_when[0]}") in benelux
    assert _flat(entry.advice) in benelux
    # the advice is help text, never an item with a box
    assert f"{OPEN} {entry.advice}" not in benelux and f"{TICKED} {entry.advice}" not in benelux
    married = stay_or_move_for(content, 4)
    assert married is not None and married.move_heading != entry.move_heading


def test_suggestions_in_the_pdf_include_the_third_functions_actions() -> None:
    from dataclasses import replace

    from msworkshop.domain.workshop import Function

    content = load_content("nl")
    document = _document("nl")
    functions = (*document.workshop.functions, Function("klantenservice", "Klantenservice"))
    with_service = replace(document, workshop=document.workshop.with_changes(functions=functions))
    plain, text = (
        " ".join(_flat(page.extract_text()) for page in PdfReader(BytesIO(pdf)).pages)
        for pdf in (plan_pdf_bytes(document), plan_pdf_bytes(with_service))
    )
    third = next(a for a in content.actions if a.third_function and a.from_stage == 1)
    title = _flat(third.for_third("Klantenservice").title)
    assert title in text and title not in plain


def test_messages_and_strings_have_a_singular_for_one() -> None:
    from msworkshop.domain.messages import translate

    assert "1 row has an error" in translate("csv_has_errors", "en", count=1)
    assert "1 regel bevat een fout" in translate("csv_has_errors", "nl", count=1)
    assert "2 regels bevatten fouten" in translate("csv_has_errors", "nl", count=2)
    assert load_content("nl").text("cli.imported", count=1, round=2) == (
        "1 stem geïmporteerd in ronde 2."
    )
