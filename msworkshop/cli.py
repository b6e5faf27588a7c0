"""Command line: ``msworkshop [FILE]`` starts the app; subcommands work without a window.

    msworkshop [FILE] [--demo]
    msworkshop new FILE --title T --team NAME [--team NAME ...] [--lang nl|en]
                   [--functions marketing,sales[,NAME]] [--mode quick|diagnostic|both]
                   [--threshold N] [--organisation O] [--facilitator F] [--date YYYY-MM-DD]
    msworkshop import FILE EXPORT [--round N] [--map MAPPING.toml] [--accept-close]
                   [--dry-run] [--skip-invalid] [--allow-duplicate]
    msworkshop results FILE [--json] [--round N] [--lang nl|en]
    msworkshop rounds FILE [--lang nl|en]
    msworkshop followup OLD NEW [--date YYYY-MM-DD] [--title T] [--lang nl|en]
    msworkshop export FILE [--round N] [--pdf OUT.pdf [--handout]] [--csv OUT.csv] [--md OUT.md]
                   [--ics OUT.ics [--ics-todo]] [--ballots OUT.pdf [--blank]]
                   [--questionnaire OUT.md] [--paper a4|letter] [--lang nl|en]
    msworkshop serve FILE [--host H] [--port P]
    msworkshop install-desktop [--exec PATH] | uninstall-desktop      (Linux, this user)

Errors print one line and exit non-zero (1: the command failed, 2: wrong usage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from msworkshop import __version__
from msworkshop.domain.languages import cli_language
from msworkshop.domain.messages import LANGUAGES, UserError, speaking, translate

SUBCOMMANDS = (
    "new",
    "import",
    "results",
    "rounds",
    "followup",
    "export",
    "serve",
    "install-desktop",
    "uninstall-desktop",
)
# Set to 1, the app quits once its window has been painted (smoke tests, start-up timing).
EXIT_AFTER_FIRST_PAINT = "MSWORKSHOP_EXIT_AFTER_FIRST_PAINT"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One line on stderr and exit 2, as argparse does, without the usage block."""
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> _Parser:
    parser = _Parser(prog="msworkshop", description="Marketing & sales relationship workshop.")
    parser.add_argument("--version", action="version", version=f"msworkshop {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="create a session file")
    new.add_argument("file", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--team", action="append", required=True, dest="teams")
    new.add_argument("--lang", choices=LANGUAGES, default="en")
    new.add_argument("--functions", default="marketing,sales")
    new.add_argument("--mode", choices=("quick", "diagnostic", "both"), default="both")
    new.add_argument("--threshold", type=int, default=3)
    new.add_argument("--organisation", default="")
    new.add_argument("--facilitator", default="")
    new.add_argument("--date", type=dt.date.fromisoformat, default=None)

    from msworkshop.importing.command import add_import_arguments

    imp = sub.add_parser("import", help="add ballots from a form export (.csv or .xlsx)")
    add_import_arguments(imp)

    res = sub.add_parser("results", help="print the analysis")
    res.add_argument("file", type=Path)
    res.add_argument("--json", action="store_true")
    res.add_argument("--round", type=int, default=None)
    res.add_argument("--lang", choices=LANGUAGES, default=None)

    rnd = sub.add_parser("rounds", help="list the voting rounds and their ballots per channel")
    rnd.add_argument("file", type=Path)
    rnd.add_argument("--lang", choices=LANGUAGES, default=None)

    fol = sub.add_parser(
        "followup", help="start a follow-up session from an earlier one (read, never changed)"
    )
    fol.add_argument("old", type=Path, metavar="OLD")
    fol.add_argument("new", type=Path, metavar="NEW")
    fol.add_argument("--date", type=dt.date.fromisoformat, default=None)
    fol.add_argument("--title", default=None)
    fol.add_argument("--lang", choices=LANGUAGES, default=None)

    exp = sub.add_parser("export", help="export the action plan, action list or ballots")
    exp.add_argument("file", type=Path)
    exp.add_argument(
        "--round",
        type=int,
        default=None,
        help="base the documents on round N (default: the round the room agreed on)",
    )
    exp.add_argument("--pdf", type=Path, default=None, help="the action plan PDF")
    exp.add_argument("--handout", action="store_true", help="PDF: one page per team")
    exp.add_argument(
        "--csv",
        type=Path,
        default=None,
        help="actions as CSV (nl: ';' and UTF-8 BOM for Excel; en: ',')",
    )
    exp.add_argument("--md", type=Path, default=None, help="actions as Markdown")
    exp.add_argument(
        "--ics", type=Path, default=None, help="calendar: one all-day event per due date"
    )
    exp.add_argument("--ics-todo", action="store_true", help="calendar: one to-do per action")
    exp.add_argument("--ballots", type=Path, default=None, help="paper ballots PDF")
    exp.add_argument(
        "--blank",
        action="store_true",
        help="ballots: one blank form with tick boxes for team and function",
    )
    exp.add_argument(
        "--questionnaire",
        type=Path,
        default=None,
        metavar="OUT.md",
        help="the questions to build in a form tool before the day (Markdown)",
    )
    exp.add_argument("--paper", choices=("a4", "letter"), default="a4")
    exp.add_argument("--lang", choices=LANGUAGES, default=None)
    srv = sub.add_parser("serve", help="serve the phone voting page without the app")
    srv.add_argument("file", type=Path)
    srv.add_argument("--host", default="0.0.0.0")
    srv.add_argument("--port", type=int, default=0)
    desktop = sub.add_parser(
        "install-desktop", help="Linux: menu entry, icon and .msworkshop file type (this user)"
    )
    desktop.add_argument("--exec", dest="executable", type=Path, default=None)
    sub.add_parser("uninstall-desktop", help="Linux: remove what install-desktop added")
    return parser


def build_gui_parser() -> _Parser:
    parser = _Parser(
        prog="msworkshop",
        description="Start the workshop app.",
        epilog="Subcommands: " + ", ".join(SUBCOMMANDS) + " (see --help of each).",
    )
    parser.add_argument("--version", action="version", version=f"msworkshop {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="session file to open")
    parser.add_argument("--demo", action="store_true", help="start on the demo workshop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = cli_language()
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            args = build_parser().parse_args(args_list)
            return COMMANDS[args.command](args)
        if args_list and args_list[0] in ("-h", "--help"):
            build_gui_parser().print_help()
            print("\n" + (__doc__ or ""))
            return 0
        gui_args = build_gui_parser().parse_args(args_list)
        if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
            _quit_after_first_paint()
        from msworkshop.ui.app import run_app

        return run_app(gui_args.file, demo=gui_args.demo, argv=[sys.argv[0]])
    except UserError as error:
        print(f"msworkshop: {error.message(error.language or lang)}", file=sys.stderr)
        return 1
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"msworkshop: {translate('os_error', lang, reason=reason)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _quit_after_first_paint() -> None:
    """Make the coming GUI run quit on the turn of the event loop after the first paint of
    any of its widgets, printing ``first paint`` (see EXIT_AFTER_FIRST_PAINT)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from msworkshop.ui.app import ensure_application

    app = ensure_application([sys.argv[0]])

    class _FirstPaintQuit(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if event.type() == QEvent.Type.Paint and watched.isWidgetType():
                app.removeEventFilter(self)
                print("first paint", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(_FirstPaintQuit(app))  # the app owns (and keeps) the filter


def _cmd_new(args: argparse.Namespace) -> int:
    from msworkshop.domain.content_loader import load_content
    from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop, slugify_function
    from msworkshop.store import SessionStore

    names = [n.strip() for n in args.functions.split(",") if n.strip()]
    if [n.casefold() for n in names[:2]] != ["marketing", "sales"] or len(names) > 3:
        raise UserError("functions_invalid")
    functions = [Function("marketing"), Function("sales")]
    if len(names) == 3:
        functions.append(Function(slugify_function(names[2]), names[2]))
    workshop = Workshop(
        title=args.title,
        teams=tuple(Team(i + 1, name.strip()) for i, name in enumerate(args.teams)),
        functions=tuple(functions),
        language=args.lang,
        mode=VotingMode(args.mode),
        threshold=args.threshold,
        date=args.date,
        organisation=args.organisation,
        facilitator=args.facilitator,
    )
    store = SessionStore.create(args.file, workshop)
    store.close()
    print(load_content(args.lang).text("cli.created", path=args.file))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from msworkshop.importing.command import run_import

    return run_import(args, cli_language())


def _cmd_results(args: argparse.Namespace) -> int:
    from msworkshop.export.results_json import results_to_dict
    from msworkshop.export.results_text import results_to_text

    with _SessionData(args.file, args.round, args.lang) as data:
        if args.json:
            document = results_to_dict(data.result, data.store.predecessor())
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(results_to_text(data.result, data.workshop, data.content))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from msworkshop.export.plan_exports import EXPORT_FLAGS, run_exports

    plan_exports = any(getattr(args, flag) for flag in EXPORT_FLAGS)
    if not plan_exports and not args.questionnaire:
        build_parser().error(
            "export: give at least one of --pdf, --csv, --md, --ics, --ballots, --questionnaire"
        )
    with _SessionData(args.file, args.round, args.lang) as data:
        written = []
        if plan_exports:
            written = run_exports(
                args,
                data.store,
                data.workshop,
                data.content,
                data.result,
                data.agreements,
                data.earlier,
            )
        if args.questionnaire:
            from msworkshop.importing.questionnaire import questionnaire_markdown

            text = questionnaire_markdown(data.workshop, data.content)
            args.questionnaire.write_text(text, encoding="utf-8")
            written.append(args.questionnaire)
        for path in written:
            print(data.content.text("cli.exported", path=path))
    return 0


def _cmd_rounds(args: argparse.Namespace) -> int:
    from msworkshop.domain.ballot import Source
    from msworkshop.domain.content_loader import load_content
    from msworkshop.store import SessionStore
    from msworkshop.store.plan_round import plan_round

    with SessionStore.open(args.file) as store:
        content = load_content(args.lang or store.workshop().language)
        counts = store.ballot_counts_by_source()
        basis = plan_round(store)
        if not counts:
            print(content.text("cli.rounds_none"))
        for round_ in store.rounds():
            per_source = counts.get(round_.number, {})
            channels = ", ".join(
                content.text(f"cli.channel_{source}", count=per_source.get(str(source), 0))
                for source in Source
            )
            line = content.text(
                "cli.rounds_line",
                number=round_.number,
                status=content.text("cli.round_open" if round_.is_open else "cli.round_closed"),
                total=sum(per_source.values()),
                channels=channels,
            )
            if round_.number == basis:
                line += " " + content.text("cli.round_plan_basis")
            print(line)
    return 0


def _cmd_followup(args: argparse.Namespace) -> int:
    from msworkshop.domain.content_loader import load_content
    from msworkshop.store import SessionStore
    from msworkshop.store.followup import create_followup

    lang = args.lang or cli_language()
    with speaking(lang):
        new = create_followup(args.old, args.new, date=args.date, title=args.title)
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        content = load_content(args.lang or store.workshop().language)
    count = previous.action_count if previous else 0
    print(content.text("cli.followup_created", path=new, old=args.old.name, count=count))
    return 0


class _SessionData:
    """Opens a session and analyses one round: ``round_number``, else the plan's round
    (see :func:`msworkshop.store.plan_round.plan_round`)."""

    def __init__(self, path: Path, round_number: int | None, lang: str | None) -> None:
        from msworkshop.domain.analysis import analyse
        from msworkshop.domain.content_loader import load_content
        from msworkshop.store import SessionStore
        from msworkshop.store.plan_round import (
            missing_round_error,
            plan_agreements,
            plan_round,
            starting_round,
        )

        self.store = SessionStore.open(path)
        try:
            self.workshop = self.store.workshop()
            self.content = load_content(lang or self.workshop.language)
            numbers = [r.number for r in self.store.rounds()]
            if round_number is not None and round_number not in numbers:
                raise missing_round_error(round_number, numbers).shown_in(self.content.language)
            chosen = round_number if round_number is not None else plan_round(self.store)
            ballots = self.store.ballots(chosen) if chosen is not None else []
            self.result = analyse(self.workshop, ballots, self.content.statements, chosen)
            self.agreements = plan_agreements(self.store, chosen)
            start = starting_round(self.store, chosen)  # the plan's movement page
            self.earlier = (
                None
                if start is None
                else analyse(
                    self.workshop, self.store.ballots(start), self.content.statements, start
                )
            )
        except BaseException:
            self.store.close()
            raise

    def __enter__(self) -> _SessionData:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        self.store.close()
        if isinstance(error, UserError) and error.language is None:
            error.language = self.content.language  # the command speaks the session's language


def _cmd_serve(args: argparse.Namespace) -> int:
    from msworkshop.export.take_home import TakeHome
    from msworkshop.voting.serve_command import run_serve

    return run_serve(args.file, args.host, args.port, share=TakeHome)


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from msworkshop import desktop_install

    root = _desktop_files_root()
    executable = args.executable or _this_program()
    written = desktop_install.install(
        executable.resolve(), desktop_install.XdgDirs.from_environment(), root
    )
    lang = cli_language()
    print(translate("desktop_installed", lang, path=executable, count=len(written)))
    return 0


def _cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from msworkshop import desktop_install

    if not sys.platform.startswith("linux"):
        raise UserError("desktop_linux_only")
    removed = desktop_install.uninstall(desktop_install.XdgDirs.from_environment())
    print(translate("desktop_uninstalled", cli_language(), count=len(removed)))
    return 0


def _desktop_files_root() -> Path:
    """The folder holding packaging/linux: the bundle's, or the source checkout's."""
    if not sys.platform.startswith("linux"):
        raise UserError("desktop_linux_only")
    bundled = getattr(sys, "_MEIPASS", None)
    root = Path(bundled) if bundled else Path(__file__).resolve().parent.parent
    if not (root / "packaging" / "linux" / "msworkshop.desktop").is_file():
        raise UserError("desktop_files_missing")
    return root


def _this_program() -> Path:
    """The executable a menu entry should start: the bundle's, or the venv's script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable)
    script = Path(sys.executable).parent / "msworkshop"
    if script.is_file():
        return script
    raise UserError("desktop_no_executable")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "import": _cmd_import,
    "results": _cmd_results,
    "rounds": _cmd_rounds,
    "followup": _cmd_followup,
    "export": _cmd_export,
    "serve": _cmd_serve,
    "install-desktop": _cmd_install_desktop,
    "uninstall-desktop": _cmd_uninstall_desktop,
}
