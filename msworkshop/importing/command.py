"""``msworkshop import FILE EXPORT [--round N] [--map MAPPING.toml] [--accept-close]
[--dry-run] [--skip-invalid] [--allow-duplicate]``.

Prints what each column is used for (or why it is dropped), then stores the ballots in one
transaction, or with ``--dry-run`` shows the plan, the first ballots and the mapping as a
mapping file, and stores nothing. Everything it prints is in ``lang``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import LANGUAGES, UserError, translate
from msworkshop.domain.workshop import Workshop
from msworkshop.importing.apply import (
    ImportStore,
    apply_import,
    earlier_form,
    earlier_import,
    remembered_mapping,
)
from msworkshop.importing.mapping_file import mapping_toml, read_mapping
from msworkshop.importing.plan import ImportPlan, header_key, plan_import
from msworkshop.importing.report import (
    ballot_lines,
    column_lines,
    count_lines,
    dropped_lines,
    problem_lines,
)
from msworkshop.importing.table import read_table

MAX_PROBLEMS_SHOWN = 30


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("csv", type=Path, metavar="EXPORT", help=".csv or .xlsx export")
    parser.add_argument(
        "--round",
        type=int,
        default=None,
        help="an existing round, or the next number: that round is started (the previous closed)",
    )
    parser.add_argument(
        "--map", type=Path, default=None, dest="mapping", metavar="MAPPING.toml",
        help="what unrecognised columns and answers mean (see the README)",
    )  # fmt: skip
    parser.add_argument(
        "--accept-close", action="store_true",
        help="use columns that are only close to a statement's text as that statement",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="show the plan, store nothing")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid lines")
    parser.add_argument(
        "--allow-duplicate", action="store_true",
        help="import a file that was already imported into this round",
    )  # fmt: skip


def run_import(args: argparse.Namespace, lang: str, out: TextIO | None = None) -> int:
    from msworkshop.store import SessionStore
    from msworkshop.store.plan_round import missing_round_error

    out = out or sys.stdout
    err = sys.stderr
    lang = lang if lang in LANGUAGES else "en"
    content = load_content(lang)
    contents = [load_content(code) for code in LANGUAGES]
    with SessionStore.open(args.file) as store:
        workshop = store.workshop()
        table = read_table(args.csv)
        mapping = read_mapping(args.mapping) if args.mapping else None
        numbers = [r.number for r in store.rounds()]
        next_number = max(numbers, default=0) + 1
        if args.round is not None and args.round not in (*numbers, next_number):
            raise missing_round_error(args.round, numbers, can_start=True)
        current = store.current_round()
        round_number = args.round or (current.number if current else 1)
        start_round = round_number == next_number  # created (the previous one closed) below
        remembered = remembered_mapping(store, header_key(table.headers), len(table.headers))
        plan = plan_import(
            table,
            workshop,
            contents,
            round_number,
            mapping=mapping,
            accept_close=args.accept_close,
            remembered=remembered,
        )
        if args.dry_run:
            return _dry_run(plan, workshop, content, out, store)
        if not plan.ready:
            _print(column_lines(plan, content), out)
            return _refuse(plan, content, err)
        for problem in plan.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"{args.csv.name}:{problem.message(lang)}", file=err)
        if len(plan.problems) > MAX_PROBLEMS_SHOWN:
            more = len(plan.problems) - MAX_PROBLEMS_SHOWN
            print(translate("import_more_problems", lang, count=more), file=err)
        if plan.problems and not args.skip_invalid:
            raise UserError("csv_has_errors", count=len(plan.problems))
        if start_round:
            store.open_round()  # only now that the import will go ahead
        result = apply_import(
            store, plan, skip_invalid=args.skip_invalid, allow_duplicate=args.allow_duplicate
        )
    _print(dropped_lines(plan, content), out)
    print(content.plural("cli.imported", result.added, round=result.round_number), file=out)
    if result.skipped:
        print(content.plural("cli.skipped", result.skipped), file=out)
    return 0


def _dry_run(
    plan: ImportPlan, workshop: Workshop, content: Content, out: TextIO, store: ImportStore
) -> int:
    lang = content.language
    _print(column_lines(plan, content), out)
    _print(problem_lines(plan, content, MAX_PROBLEMS_SHOWN), out)
    if plan.ready:
        _print(count_lines(plan, workshop, content), out)
        _print(ballot_lines(plan, workshop, content), out)
    print(translate("import_mapping_heading", lang), file=out)
    out.write(mapping_toml(list(plan.columns)))
    for notice, earlier in (
        ("import_duplicate_notice", earlier_import(store, plan)),
        ("import_same_form_notice", earlier_form(store, plan)),
    ):
        if earlier is not None:
            print(translate(notice, lang, at=earlier.at, round=earlier.round_number), file=out)
    print(translate("import_dry_run", lang), file=out)
    if not plan.ready:
        return _refuse(plan, content, sys.stderr)
    return 0


def _refuse(plan: ImportPlan, content: Content, err: TextIO) -> int:
    """What blocks the import, on one line (as every CLI error)."""
    lang = content.language
    keys = {blocker.key for blocker in plan.blockers}
    reasons = [blocker.message(lang) for blocker in plan.blockers]
    if any(key.startswith("import_missing") for key in keys):
        reasons.append(translate("import_hint_map", lang))
    elif "import_close_waiting" in keys:
        reasons.append(translate("import_hint_close", lang))
    print(f"msworkshop: {' '.join(reasons)}", file=err)
    return 1


def _print(lines: list[str], out: TextIO) -> None:
    for line in lines:
        print(line, file=out)
