"""The action plan PDF: page size, fonts, texts per page and language, anonymity, metadata."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from msworkshop.domain.analysis import analyse
from msworkshop.domain.charts import StageChartData, TeamStageChart
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.export.pdf import (
    PlanDocument,
    export_plan_pdf,
    most_chosen_stage,
    suggested_transition,
)
from msworkshop.export.pdf_chart import hatch_lines, stage_chart
from tests.domain.factories import STATEMENTS, ballot
from tests.export.plan_content import action_title, pdf_strings, plan_content

TODAY = dt.date(2026, 11, 26)
MARKUP_TEAM = "<b>R&D</b>"
UNICODE_TEAM = "Zuid-Holland ĳ ø ł"


def make_workshop(lang: str = "en") -> Workshop:
    return Workshop(
        title="Kick-off Zuid & Noord",
        teams=(Team(1, "North"), Team(2, MARKUP_TEAM), Team(3, UNICODE_TEAM)),
        functions=(Function("marketing"), Function("sales")),
        language=lang,
        mode=VotingMode.BOTH,
        threshold=5,
        date=dt.date(2026, 11, 26),
        organisation="Brouwerij Ĳsselmeer",
        facilitator="Zoë Łukasiewicz",
    )


def make_ballots() -> list:
    ballots = []
    # North: marketing 8 (4x stage 2, 4x stage 3), sales 5 (stage 1) -> agreed 2 -> 3
    ballots += [ballot(1, "marketing", 2, answers=3)] * 4
    ballots += [ballot(1, "marketing", 3, answers=3)] * 4
    ballots += [ballot(1, "sales", 1, answers=3)] * 5
    # R&D: both stage 4 -> no agreement: most chosen 4 -> stay actions 4 -> 4
    ballots += [ballot(2, "marketing", 4)] * 5
    ballots += [ballot(2, "sales", 4)] * 6
    # Zuid-Holland: marketing 8, sales only 4 (below the threshold of 5: hidden); agreed 3 -> 3
    ballots += [ballot(3, "marketing", 3, answers=4)] * 8
    ballots += [ballot(3, "sales", 1, answers=1)] * 4
    return ballots


def make_document(lang: str = "en", notes: dict[int, str] | None = None) -> PlanDocument:
    workshop = make_workshop(lang)
    result = analyse(workshop, make_ballots(), STATEMENTS, round_number=1)
    return PlanDocument(
        workshop=workshop,
        result=result,
        content=plan_content(lang),
        agreements={1: (2, 3), 3: (3, 3)},
        notes=notes if notes is not None else {1: "Hand-over <rules> & leads\n\nSecond point"},
    )


def export(tmp_path: Path, lang: str = "en", paper: str = "a4", **kwargs) -> PdfReader:
    out = export_plan_pdf(
        make_document(lang, **kwargs), tmp_path / f"plan-{lang}.pdf", paper, today=TODAY
    )
    assert out.is_file()
    return PdfReader(out)


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Page texts of the English plan (built once for the module)."""
    return page_texts(export(tmp_path_factory.mktemp("en"), "en"))


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return page_texts(export(tmp_path_factory.mktemp("nl"), "nl"))


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with line breaks (wrapped cells) folded into single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


TEAM_NAMES = ("North", MARKUP_TEAM, UNICODE_TEAM)


def team_sections(pages: list[str], names: tuple[str, ...] = TEAM_NAMES) -> list[str]:
    """The text of each team's pages (a team starts a page with its name as heading).

    The header and the footer's date come first in the extracted text ("... Generated on
    26 November 2026 North ..."), so a page whose body then starts with a team name starts
    that team's section.
    """
    sections: list[str] = []
    for text in pages[1:]:
        body = re.split(r"(?:Generated on|Gemaakt op) [\w-]+(?: \w+ \d+)? ", text, maxsplit=1)[-1]
        if len(sections) < len(names) and body.startswith(names[len(sections)]):
            sections.append(text)
        else:
            sections[-1] += " " + text
    assert len(sections) == len(names), sections
    return sections


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    reader = export(tmp_path, paper=paper)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_unknown_paper_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="paper"):
        export_plan_pdf(make_document(), tmp_path / "x.pdf", "a3")


def test_every_font_is_embedded_dejavu(tmp_path: Path) -> None:
    reader = export(tmp_path)
    fonts: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_english_texts_on_the_right_pages(english: list[str]) -> None:
    pages = english
    title = pages[0]
    for expected in (
        "Action plan",
        "Kick-off Zuid & Noord",
        "Brouwerij Ĳsselmeer",
        "26 November 2026",
        "Zoë Łukasiewicz",
        "Summary",
        "Not agreed yet",
        "2. Dating (Defined)",
        "3. Living together (Aligned)",
        "Stay and strengthen",
        "fewer than 5 votes",
    ):
        assert expected in title, expected
    north, markup, unicode = team_sections(pages)
    assert "Agreed stage: 2. Dating (Defined)" in north
    assert action_title("en", 2, 3) in north and action_title("en", 2, 3, 2) in north
    assert "Suggested actions: from Dating (Defined) to Living together (Aligned)" in north
    assert "Hand-over <rules> & leads" in north and "Second point" in north
    assert "60 of 100" in north  # diagnostic mean with answers of 3 everywhere
    assert "Our commitment" in north and "Signature" in north
    assert action_title("en", 4, 4) in markup  # no agreement, most chosen stage 4: stay
    assert "most often" in markup
    assert "stay in the Married (Integrated) stage" in markup
    assert action_title("en", 3, 3) in unicode
    assert action_title("en", 3, 4) not in unicode
    for number, text in enumerate(pages, start=1):
        assert "Kick-off Zuid & Noord" in text  # header
        assert f"Page {number} of {len(pages)}" in text
        assert "Generated on 26 November 2026" in text


def test_dutch_texts_on_the_right_pages(dutch: list[str]) -> None:
    pages = dutch
    title = pages[0]
    for expected in (
        "Actieplan",
        "Organisatie",
        "26-11-2026",
        "Begeleider",
        "Samenvatting",
        "Nog niet afgesproken",
        "2. Verkering (Gedefinieerd)",
        "Blijven en versterken",
        "minder dan 5 stemmen",
    ):
        assert expected in title, expected
    assert "Action plan" not in title and "Summary" not in title
    north, markup, unicode = team_sections(pages)
    assert "van Verkering (Gedefinieerd) naar Samenwonend (Afgestemd)" in north
    assert action_title("nl", 2, 3) in north and "30 dagen" in north
    assert "60 van 100" in north and "Onze afspraak" in north
    assert action_title("nl", 4, 4) in markup
    assert action_title("nl", 3, 3) in unicode
    last = len(pages)
    assert f"Pagina {last} van {last}" in pages[-1] and "Gemaakt op 26-11-2026" in pages[-1]


def test_suppressed_group_shows_anonymity_text_and_no_numbers(
    english: list[str], dutch: list[str]
) -> None:
    sections = team_sections(english)
    team_page = sections[2]
    assert "Too few votes to show — anonymity" in team_page
    assert "Not in the chart (too few votes): Sales" in team_page
    # the Sales row holds the notice only, and the hidden count (4) appears nowhere
    assert "Sales Too few votes to show — anonymity Number of votes per stage" in team_page
    # one visible function: no gap table (it would compare with the hidden group)
    assert "No gaps to show" in team_page
    team_page = re.sub(r"Page \d+ of \d+", "", team_page)
    for known in ("4. Married", "2026", "Married 0 2 4 6 8 10"):
        team_page = team_page.replace(known, "")
    assert "4" not in team_page
    assert "Too few votes" not in sections[0] + sections[1]
    assert "Te weinig stemmen om te tonen — anonimiteit" in team_sections(dutch)[2]


def test_markup_in_user_text_prints_literally(tmp_path: Path) -> None:
    pages = page_texts(export(tmp_path, notes={2: "<i>not italic</i> & <br/> literal"}))
    north, markup, _unicode = team_sections(pages)
    assert MARKUP_TEAM in pages[0] and UNICODE_TEAM in pages[0]
    assert "<i>not italic</i> & <br/> literal" in markup
    assert "Fewer lost leads & <hand-overs>" in north  # content text is escaped too


def test_metadata(tmp_path: Path) -> None:
    reader = export(tmp_path, "nl")
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Actieplan: Kick-off Zuid & Noord"
    assert meta.author == "Zoë Łukasiewicz"
    assert meta.subject == "Actieplan voor de relatie tussen marketing en sales"
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_author_falls_back_to_app_name(tmp_path: Path) -> None:
    document = make_document()
    document = PlanDocument(
        document.workshop.with_changes(facilitator=""), document.result, document.content, {}, {}
    )
    reader = PdfReader(export_plan_pdf(document, tmp_path / "p.pdf"))
    assert reader.metadata is not None and reader.metadata.author == "msworkshop"
    assert "Not agreed yet" in team_sections(page_texts(reader))[0]


def test_quick_mode_without_scores_and_third_function(tmp_path: Path) -> None:
    workshop = Workshop(
        title="Quick",
        teams=(Team(1, "Solo"),),
        functions=(Function("marketing"), Function("sales"), Function("service", "Klantenservice")),
        mode=VotingMode.QUICK,
        threshold=1,
        language="nl",
    )
    ballots = [ballot(1, "marketing", 1), ballot(1, "sales", 1), ballot(1, "service", 2)]
    result = analyse(workshop, ballots, STATEMENTS)
    document = PlanDocument(workshop, result, plan_content("nl"), {}, {})
    text = " ".join(page_texts(PdfReader(export_plan_pdf(document, tmp_path / "q.pdf")))[1:])
    assert "Klantenservice" in text
    assert "Diagnosescore" not in text
    assert action_title("nl", 1, 2) in text  # most chosen stage 1 -> 2


def test_most_chosen_stage_and_transition() -> None:
    workshop = make_workshop()

    def team(*votes: tuple[str, int]):
        ballots = [ballot(1, function, stage) for function, stage in votes]
        return analyse(workshop.with_changes(threshold=1), ballots, STATEMENTS).team(1)

    assert most_chosen_stage(team(("marketing", 2), ("sales", 2), ("sales", 3))) == 2
    assert most_chosen_stage(team(("marketing", 1), ("sales", 3))) == 2  # tie: mean
    assert most_chosen_stage(team(("marketing", 2), ("sales", 3))) == 2  # 2.5 rounds down
    transition = suggested_transition(team(("marketing", 4), ("sales", 4)), None)
    assert transition is not None and (transition.from_stage, transition.to_stage) == (4, 4)
    assert transition.is_stay and not transition.agreed
    agreed = suggested_transition(team(("marketing", 1)), (2, 2))
    assert agreed is not None and agreed.agreed and agreed.is_stay
    empty = analyse(workshop, [], STATEMENTS).team(1)
    assert most_chosen_stage(empty) is None and suggested_transition(empty, None) is None
    diagnostic_only = analyse(
        workshop.with_changes(threshold=1),
        [ballot(1, "marketing", None, answers=4), ballot(1, "sales", None, answers=3)],
        STATEMENTS,
    ).team(1)
    assert most_chosen_stage(diagnostic_only) == 3  # bands 4 and 3 -> 3.5 rounds down


def test_chart_value_axis_starts_at_zero_and_hatching_stays_inside() -> None:
    stages = ("a", "b", "c", "d")
    data = TeamStageChart(
        stages,
        (
            StageChartData("M", "#0072B2", stages, (5, 6, 0, 0), pattern="solid"),
            StageChartData("S", "#E69F00", stages, (5, 5, 5, 5), pattern="hatch"),
            StageChartData("X", "#009E73", stages, None, "hidden", pattern="cross"),
        ),
    )
    drawing = stage_chart(data, 400)
    chart = drawing.contents[0]
    assert chart.valueAxis.valueMin == 0
    assert chart.valueAxis.valueMax >= 6
    assert chart.data == [[5, 6, 0, 0], [5, 5, 5, 5]]  # the hidden group is left out
    assert chart.bars[0].fillColor.hexval().lower() == "0x0072b2"  # the screen's colours
    assert (chart.valueAxis.valueMax, chart.valueAxis.valueStep) == (
        data.scale.high,
        data.scale.step,
    )
    for direction in (1, -1):
        segments = hatch_lines(10, 20, 8, 30, direction)
        assert segments
        for x0, y0, x1, y1 in segments:
            for x, y in ((x0, y0), (x1, y1)):
                assert 10 - 1e-9 <= x <= 18 + 1e-9 and 20 - 1e-9 <= y <= 50 + 1e-9


def test_pdf_strings_match_between_languages() -> None:
    en, nl = pdf_strings("en"), pdf_strings("nl")
    assert en.keys() == nl.keys()

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key in en:
        assert fields(en[key]) == fields(nl[key]), key


def test_with_shipped_content_when_complete(tmp_path: Path) -> None:
    loader = pytest.importorskip("msworkshop.domain.content_loader")
    try:
        content = loader.load_content("nl")
    except Exception as error:  # the shipped content is still being written
        pytest.skip(f"content not loadable yet: {error}")
    document = make_document("nl")
    document = PlanDocument(
        document.workshop, document.result, content, document.agreements, document.notes
    )
    pages = page_texts(PdfReader(export_plan_pdf(document, tmp_path / "real.pdf", today=TODAY)))
    body = " ".join(pages[1:])  # the team pages (a long action list may spill onto a page)
    north, markup, unicode = (body.index(name) for name in ("North", MARKUP_TEAM, UNICODE_TEAM))
    assert north < markup < unicode
    assert all(action.title in body[north:markup] for action in content.actions_for(2, 3))
    assert all(action.title in body[markup:unicode] for action in content.actions_for(4, 4))
    assert all(action.title in body[unicode:] for action in content.actions_for(3, 3))
    assert content.text("pdf.stay") in pages[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poppler_renders_every_page(tmp_path: Path) -> None:
    out = export_plan_pdf(make_document("nl"), tmp_path / "plan.pdf", "letter", today=TODAY)
    run = subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(out).pages) >= 4
