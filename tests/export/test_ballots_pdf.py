"""Paper ballots: per team and function or blank, matching the session's mode and language."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.export.ballots_pdf import ballots_pdf_bytes, export_ballots_pdf


def workshop(mode: VotingMode, lang: str = "nl") -> Workshop:
    return Workshop(
        title="Relatiecheck Ĳssel",
        language=lang,
        mode=mode,
        teams=(Team(1, "Noord"), Team(2, "Zuid-Øst")),
        functions=(Function("marketing"), Function("sales"), Function("service", "Klantenservice")),
    )


def texts(data_path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(data_path).pages]


def test_one_form_per_team_and_function_in_both_mode(tmp_path: Path) -> None:
    content = load_content("nl")
    out = export_ballots_pdf(tmp_path / "b.pdf", workshop(VotingMode.BOTH), content)
    pages = texts(out)
    assert len(pages) == 2 * 3  # one page per team x function
    first = pages[0]
    assert "Stembiljet" in first and "Formulier 1.1" in first
    assert "Team: Noord" in first and "Functie: Marketing" in first
    assert content.text("general.stage_question") in first
    assert content.statement("s20").text[:30] in first
    assert "Klantenservice" in pages[2] and "Zuid-Øst" in pages[5] and "Formulier 2.3" in pages[5]
    reader = PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert round(float(reader.pages[0].mediabox.height)) == 842


def test_quick_mode_has_no_statements_and_blank_form_ticks(tmp_path: Path) -> None:
    content = load_content("en")
    out = tmp_path / "blank.pdf"
    out.write_bytes(
        ballots_pdf_bytes(workshop(VotingMode.QUICK, "en"), content, "letter", blank=True)
    )
    (page,) = texts(out)
    assert "Tick your team" in page and "Noord" in page and "Zuid-Øst" in page
    assert "Tick your function" in page and "Klantenservice" in page
    assert content.text("general.stage_question") in page
    assert content.statement("s1").text[:25] not in page
    assert "\u2610" in page
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_diagnostic_mode_has_no_stage_question() -> None:
    content = load_content("en")
    data = ballots_pdf_bytes(workshop(VotingMode.DIAGNOSTIC, "en"), content, blank=True)
    assert data.startswith(b"%PDF")
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert content.text("general.stage_question") not in text
    assert content.statement("s1").text[:25] in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_ballots_render(tmp_path: Path) -> None:
    export_ballots_pdf(tmp_path / "b.pdf", workshop(VotingMode.BOTH), load_content("nl"))
    run = subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "2",
            str(tmp_path / "b.pdf"),
            str(tmp_path / "page"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == 2
