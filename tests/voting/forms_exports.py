"""Form-tool exports as the tools write them, and the sessions they belong to.

The Google Forms CSV files are literal files in ``fixtures/`` (as "Download responses (.csv)"
gives them: every cell quoted, comma separated, UTF-8 without BOM). Microsoft Forms' Excel
export is built here with openpyxl, as "Open in Excel" gives it: ``ID``, start and completion
time (real date-times), e-mail, name, then one column per question (a Likert question gives
one column per statement, headed by the statement), answers as the option words. Its CSV is
what Excel's "CSV UTF-8" makes of that sheet (BOM; semicolons in a Dutch Excel).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.importing.questionnaire import Questionnaire
from msworkshop.store import SessionStore

FIXTURES = Path(__file__).parent / "fixtures"
GOOGLE_NL = FIXTURES / "google_forms_nl_grid.csv"
GOOGLE_EN = FIXTURES / "google_forms_en_questions.csv"

# What the literal Google files hold: (team, function, stage, answers, comment); answers as
# twenty characters, "-" for a statement left open.
GOOGLE_NL_BALLOTS = [
    ("Benelux", "marketing", 2, "44343232443323344344", "Goed initiatief, eindelijk!"),
    (
        "Benelux",
        "sales",
        1,
        "22121212-32112221212",
        'Leads van marketing zijn vaak te vroeg.\nGraag afspraken, ook over "warm" en "koud".',
    ),
    ("Benelux", "marketing", 3, "55454343554434455454", ""),
    ("DACH", "sales", 2, "33232323333232333232", ""),
    ("DACH", "marketing", 4, "5555454555445555554-", "Wij doen het al goed, vind ik"),
]
GOOGLE_NL_PRIVATE = [
    "jan.devries@voorbeeld.nl",
    "s.bakker@voorbeeld.nl",
    "m.peeters@voorbeeld.be",
    "k.schmidt@beispiel.de",
    "l.meyer@beispiel.de",
    "2026/11/24 9:02:11",
    "9:07:45",
    "10:15:03",
    "1:48:59",
    "2026/11/25",
]
GOOGLE_EN_BALLOTS = [
    ("North", "marketing", 2, "3434322343332434433-", ""),
    ("North", "sales", 1, "21121212232121222112", ""),
    ("South", "sales", 2, "3-333333333333333333", ""),
    ("South", "marketing", 3, "45444454444544444544", ""),
]
GOOGLE_EN_PRIVATE = [
    "anna.smith@example.com",
    "tom.jones@example.com",
    "r.patel@example.com",
    "l.chen@example.com",
    "Thanks, Anna",  # in a column that is not recognised: dropped
    "4:12:33",
    "2026/11/21",
]

MS_WORDS = {
    "nl": ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"],
    "en": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
}
MS_HEADERS = {
    "nl": ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"],
    "en": ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
}
MS_QUESTIONS = {
    "nl": ("Team", "Functie", "Welke fase past het best bij jullie samenwerking?", "Toelichting"),
    "en": ("Which team are you on?", "Your function", "Which stage are we in?", "Comments"),
}
# (team, function as the option reads, stage option, answers, comment, e-mail, name)
MS_RESPONSES = {
    "nl": [
        ("Benelux", "Marketing", "Verkering (Gedefinieerd)", "43434343434343434343", "",
         "petra.jansen@bedrijf.nl", "Petra Jansen"),
        ("Benelux", "Sales", "Verkering (Gedefinieerd)", "32323232323232323232",
         "Meer samen bij klanten langs", "ruud.hendriks@bedrijf.nl", "Ruud Hendriks"),
        ("DACH", "Sales", "Vrijgezel (Ongedefinieerd)", "2121212121212121212-", "",
         "anonymous", ""),
        ("DACH", "Marketing", "Samenwonend (Afgestemd)", "45454545454545454545", "",
         "greta.vogel@bedrijf.de", "Greta Vogel"),
    ],
    "en": [
        ("North", "Marketing", "Living together (Aligned)", "44444444445555555555", "",
         "olivia.brown@corp.example", "Olivia Brown"),
        ("North", "Sales", "Dating (Defined)", "33333333332222222222", "Fewer meetings, please",
         "james.wilson@corp.example", "James Wilson"),
        ("South", "Sales", "Single (Undefined)", "1111122222-111112222", "",
         "anonymous", ""),
        ("South", "Marketing", "Dating (Defined)", "34343434343434343434", "",
         "emma.taylor@corp.example", "Emma Taylor"),
    ],
}  # fmt: skip
MS_START = dt.datetime(2026, 11, 26, 8, 41, 17)


def make_session(path: Path, lang: str, mode: VotingMode = VotingMode.BOTH) -> Path:
    teams = ("Benelux", "DACH") if lang == "nl" else ("North", "South")
    workshop = Workshop(
        title="Voorjaarssessie" if lang == "nl" else "Spring offsite",
        teams=tuple(Team(i + 1, name) for i, name in enumerate(teams)),
        functions=(Function("marketing"), Function("sales")),
        language=lang,
        mode=mode,
    )
    SessionStore.create(path, workshop).close()
    return path


def ms_forms_rows(lang: str) -> tuple[list[str], list[list[object]]]:
    """The header and rows of a Microsoft Forms export in ``lang``."""
    statements = [s.text for s in load_content(lang).statements]
    team, function, stage, comment = MS_QUESTIONS[lang]
    header = [*MS_HEADERS[lang], team, function, stage, *statements, comment]
    rows: list[list[object]] = []
    for number, response in enumerate(MS_RESPONSES[lang], start=1):
        team_name, function_name, stage_name, answers, remark, email, name = response
        started = MS_START + dt.timedelta(minutes=37 * number, seconds=number * 11)
        finished = started + dt.timedelta(minutes=4, seconds=52)
        fixed: list[object] = [number, started, finished, email, name]
        if lang == "en":
            fixed.append(None)  # "Last modified time" stays empty until someone edits
        words = [MS_WORDS[lang][int(a) - 1] if a != "-" else None for a in answers]
        rows.append([*fixed, team_name, function_name, stage_name, *words, remark or None])
    return header, rows


def ms_forms_private(lang: str) -> list[str]:
    """E-mail addresses, names and times in that export, as text that must never be stored."""
    found: list[str] = []
    for response in MS_RESPONSES[lang]:
        found.extend(part for part in response[5:] if part and part != "anonymous")
    for number in range(1, len(MS_RESPONSES[lang]) + 1):
        started = MS_START + dt.timedelta(minutes=37 * number, seconds=number * 11)
        found.append(started.strftime("%H:%M:%S"))
        found.append(started.strftime("%d-%m-%Y %H:%M"))
        found.append(started.isoformat(sep=" "))
    return found


def write_ms_forms_xlsx(path: Path, lang: str) -> Path:
    header, rows = ms_forms_rows(lang)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form1"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in cells:
            cell.number_format = "m/d/yy h:mm:ss"
    workbook.save(path)
    return path


def write_ms_forms_csv(path: Path, lang: str) -> Path:
    """As Excel saves that sheet as "CSV UTF-8": BOM, ';' in a Dutch Excel, CRLF."""
    header, rows = ms_forms_rows(lang)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_excel_text(value) for value in row])
    path.write_text("\ufeff" + out.getvalue(), encoding="utf-8", newline="")
    return path


def _excel_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    return str(value)


def write_questionnaire_export(path: Path, form: Questionnaire, layout: str) -> list[tuple]:
    """What a form built from ``form`` exports for three responses: a Google Forms grid
    (``"google grid"``: ``Title [statement]`` headers) or a Microsoft Forms Likert question
    (``"microsoft likert"``: the statement alone), after a timestamp. Returns what should be
    stored: (team choice, function choice, stage 1-3, answers, comment) per response."""
    assert form.stage is not None
    if layout == "google grid":
        rows = [f"{form.grid_title} [{s}]" for s in form.statements]
    else:
        rows = list(form.statements)
    header = ["Timestamp", form.team.title, form.function.title, form.stage.title]
    header += [*rows, form.comment.title]
    expected: list[tuple] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        for n, (team, function) in enumerate([(0, 0), (1, 1), (0, 1)]):
            answers = [form.scale[(n + i) % 5] for i in range(20)]
            row = ["2026/11/24 9:00:00", form.team.choices[team], form.function.choices[function]]
            comment = "ok" if n else ""
            writer.writerow([*row, form.stage.choices[n], *answers, comment])
            numbers = "".join(str((n + i) % 5 + 1) for i in range(20))
            expected.append((team, function, n + 1, numbers, comment))
    return expected


def expected_ms(lang: str) -> list[tuple[str, str, int, str, str]]:
    stages = {s.name: int(s.stage) for s in load_content(lang).stages}
    return [
        (team, function.lower(), stages[stage.split(" (")[0]], answers, remark)
        for team, function, stage, answers, remark, _email, _name in MS_RESPONSES[lang]
    ]


_INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t[^>]*>(.*?)</t></is></c>', re.S)
_SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def with_shared_strings(path: Path) -> Path:
    """Rewrite an openpyxl workbook the way Excel (and Microsoft Forms) store text: once, in a
    shared-strings table the cells point into, instead of inline in every cell."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    strings: dict[str, int] = {}

    def shared(found: re.Match[str]) -> str:
        index = strings.setdefault(found.group(3), len(strings))
        return f'<c {found.group(1)}t="s"{found.group(2)}><v>{index}</v></c>'

    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = _INLINE.sub(shared, parts[sheet].decode()).encode()
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_SST}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    rels = "xl/_rels/workbook.xml.rels"
    link = f'<Relationship Type="{_REL}" Target="sharedStrings.xml" Id="rIdShared" />'
    parts[rels] = parts[rels].replace(b"</Relationships>", link.encode() + b"</Relationships>")
    kind = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}" />'
    types = "[Content_Types].xml"
    parts[types] = parts[types].replace(b"</Types>", kind.encode() + b"</Types>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path
