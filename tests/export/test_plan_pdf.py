"""The action plan PDF with the teams' own plans: tables, splits, handout, paper, language."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from msworkshop.export.pdf import export_plan_pdf
from tests.export.plan_fixtures import TRICKY_TITLE, plan_document

SIZES = {"a4": (595, 842), "letter": (612, 792)}
HEADER_EN = "# Action Owner Due How we know it worked Priority"


def texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def build(
    tmp_path: Path, lang: str = "en", paper: str = "a4", handout: bool = False, extra: int = 0
) -> PdfReader:
    out = export_plan_pdf(plan_document(lang, extra), tmp_path / "plan.pdf", paper, handout=handout)
    return PdfReader(out)


def embedded_fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    return names


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("handout", [False, True])
def test_paper_size_and_embedded_fonts(tmp_path: Path, paper: str, handout: bool) -> None:
    reader = build(tmp_path, paper=paper, handout=handout)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == SIZES[
            paper
        ]
    assert all("DejaVuSans" in name for name in embedded_fonts(reader))


def test_team_plan_gaps_notes_and_signatures(tmp_path: Path) -> None:
    document = plan_document("en")
    pages = texts(build(tmp_path))
    cover = pages[0]
    assert "Zoë Łukasiewicz" in cover and "26 November 2026" in cover
    assert re.search(r"Benelux 1\. Single \(Undefined\) 2\. Dating \(Defined\) 4", cover)
    assert re.search(r"DACH 3\. Living together \(Aligned\) Stay and strengthen 2", cover)
    body = " ".join(pages[1:])
    benelux, rest = body.split("DACH", 1)[0], body
    assert "Action plan: from Single (Undefined) to Dating (Defined)" in benelux
    assert TRICKY_TITLE in benelux and "15 January 2027" in benelux and "Low" in benelux
    assert HEADER_EN in benelux
    top_gap = document.result.team(1).statement_gaps[0]
    statement = document.content.statement(top_gap.key)
    assert "Largest gaps between the functions" in benelux
    assert " ".join(statement.text.split())[:40] in benelux
    assert f"{abs(top_gap.difference):.1f}" in benelux
    assert "Leads from the trade show were lost." in benelux
    assert "Our commitment" in benelux and "Signature" in benelux
    assert "Action plan: stay in the Living together (Aligned) stage" in rest
    nordics = body.split("Nordics", 1)[1]
    assert "Not agreed yet" in nordics and "Suggested actions" in nordics


def test_long_plan_splits_with_repeated_header(tmp_path: Path) -> None:
    pages = texts(build(tmp_path, extra=40))
    with_extras = [p for p in pages if "Extra action" in p]
    assert len(with_extras) >= 3
    for page in with_extras:
        assert HEADER_EN in page
    numbers = [int(n) for page in with_extras for n in re.findall(r"Extra action (\d+)", page)]
    assert numbers == list(range(1, 41))  # every row once, in order


def test_dutch_plan_texts_and_dates(tmp_path: Path) -> None:
    reader = build(tmp_path, "nl")
    pages = texts(reader)
    assert "Actieplan" in pages[0] and "26-11-2026" in pages[0]
    body = " ".join(pages[1:])
    assert "Actieplan: van Vrijgezel (Ongedefinieerd)" in body
    assert "15-01-2027" in body and "Laag" in body and "Onze afspraak" in body
    assert "Grootste verschillen tussen de functies" in body
    assert "Uiterlijk" in body and "How we know" not in body
    assert reader.trailer["/Root"]["/Lang"] == "nl"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_handout_is_one_page_per_team(tmp_path: Path, lang: str) -> None:
    document = plan_document(lang)
    pages = texts(build(tmp_path, lang, handout=True, extra=30))
    teams = [t.name for t in document.workshop.teams]
    assert len(pages) == len(teams)
    for page, name in zip(pages, teams, strict=True):
        assert name in page
        assert all(other not in page for other in teams if other != name)
    title = "Team handout" if lang == "en" else "Hand-out voor het team"
    assert all(title in page for page in pages)
    assert TRICKY_TITLE in pages[0] and "Extra action 30" in pages[0]
    assert ("No actions agreed yet." if lang == "en" else "Nog geen acties") in pages[2]
    assert "Signature" not in " ".join(pages)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_handout_renders(tmp_path: Path) -> None:
    export_plan_pdf(plan_document("nl"), tmp_path / "h.pdf", "a4", handout=True)
    run = subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(tmp_path / "h.pdf"), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == 3
