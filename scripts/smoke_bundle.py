#!/usr/bin/env python3
"""Smoke-test the bundle that ``python3 scripts/dev.py bundle`` built, as a facilitator's
machine would run it: from a clean environment (``env -i`` on Linux and macOS, a minimal
one on Windows) with an empty HOME and no Python involved.

    python3 scripts/smoke_bundle.py [BUNDLE_FOLDER]      default: dist/msworkshop

Runs --version, new, import, results --json, export --pdf, serve (fetches the phone page)
and the GUI offscreen until its first paint; prints one line per check and exits non-zero
when one fails. Standard library only, so it runs on the CI runners' own Python.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
MACOS = sys.platform == "darwin"
TIMEOUT = 120  # seconds per command; a cold first start on a CI runner can be slow
TEAMS = ("Noord", "Zuid")


def executables(folder: Path) -> tuple[Path, Path]:
    """(the command-line program, the GUI program) of a bundle."""
    if WINDOWS:
        return folder / "msworkshop-cli.exe", folder / "msworkshop.exe"
    app = folder.parent / "msworkshop.app" / "Contents" / "MacOS" / "msworkshop"
    if MACOS and app.exists():
        return app, app
    return folder / "msworkshop", folder / "msworkshop"


class Smoke:
    def __init__(self, folder: Path, work: Path) -> None:
        self.cli, self.gui_program = executables(folder)
        self.folder = folder
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.passed: list[str] = []
        self.failed: list[str] = []

    def command(self, program: Path, args: Sequence[str], **env: str) -> list[str]:
        """The command line that runs ``program`` with only HOME (and ``env``) set."""
        if WINDOWS:
            return [str(program), *args]
        return ["env", "-i", f"HOME={self.home}", *(f"{k}={v}" for k, v in env.items()),
                str(program), *args]  # fmt: skip

    def environment(self, **env: str) -> dict[str, str] | None:
        if not WINDOWS:
            return None  # env -i in the command line does it
        keep = {
            k: os.environ[k] for k in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR") if k in os.environ
        }
        temp = str(self.work / "temp")
        Path(temp).mkdir(exist_ok=True)
        return {**keep, "USERPROFILE": str(self.home), "HOME": str(self.home), "TEMP": temp,
                "TMP": temp, **env}  # fmt: skip

    def run(self, args: Sequence[str], program: Path | None = None, **env: str) -> str:
        done = subprocess.run(
            self.command(program or self.cli, args, **env),
            cwd=self.work,
            env=self.environment(**env),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
        )
        if done.returncode != 0:
            raise AssertionError(f"exit {done.returncode}: {done.stderr.strip()[-600:]}")
        return done.stdout

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        started = time.monotonic()
        try:
            detail = test() or ""
        except (AssertionError, OSError, subprocess.SubprocessError, ValueError) as error:
            self.failed.append(name)
            print(f"FAIL {name}: {error}", flush=True)
            return
        self.passed.append(name)
        print(f"ok   {name} ({time.monotonic() - started:.2f} s) {detail}".rstrip(), flush=True)

    # -- the checks ---------------------------------------------------------------------

    def version(self) -> str:
        out = self.run(["--version"]).strip()
        assert re.fullmatch(r"msworkshop \d+\.\d+\.\d+\S*", out), out
        return out

    def new(self) -> None:
        args = ["new", "s.msworkshop", "--title", "Smoke", "--lang", "nl"]
        for team in TEAMS:
            args += ["--team", team]
        self.run(args)
        assert (self.work / "s.msworkshop").stat().st_size > 0

    def import_csv(self) -> str:
        header = ["team", "function", "stage", *(f"s{i}" for i in range(1, 21)), "comment"]
        rows = [",".join(header)]
        for n in range(8):
            function = "marketing" if n % 2 else "sales"
            answers = [str(1 + (n + i) % 5) for i in range(20)]
            rows.append(",".join([TEAMS[0], function, str(1 + n % 4), *answers, f"nr {n}"]))
        (self.work / "ballots.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        out = self.run(["import", "s.msworkshop", "ballots.csv"], MSWORKSHOP_LANG="nl")
        assert "8" in out and "ronde 1" in out, out  # Dutch messages from inside the bundle
        return out.strip()

    def results_json(self) -> str:
        data = json.loads(self.run(["results", "s.msworkshop", "--json"]))
        team = next(t for t in data["teams"] if t["team"] == TEAMS[0])
        functions = {f["function"]: f for f in team["functions"]}
        assert functions["marketing"]["ballots"] == 4, functions
        assert sum(functions["sales"]["stage_votes"].values()) == 4, functions
        assert functions["sales"]["diagnostic_mean"] is not None
        return f"{data['ballots']} ballots, {len(team['gaps'])} gaps"

    def export_pdf(self) -> str:
        self.run(["export", "s.msworkshop", "--pdf", "plan.pdf", "--lang", "en"])
        pdf = (self.work / "plan.pdf").read_bytes()
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        assert b"DejaVu" in pdf, "the bundled font is not embedded"
        return f"{len(pdf) // 1024} KiB"

    def serve(self) -> str:
        args = ["serve", "s.msworkshop", "--host", "127.0.0.1", "--port", "0"]
        process = subprocess.Popen(
            self.command(self.cli, args),
            cwd=self.work,
            env=self.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.search(r"Join URL: (\S+)", line)
            assert match, f"no join URL: {line!r}"
            with urllib.request.urlopen(match.group(1), timeout=30) as response:
                page = response.read().decode("utf-8")
            assert "<html" in page.lower() and response.status == 200
            return match.group(1).split("#")[0]
        finally:
            process.terminate()
            process.wait(timeout=30)

    def gui(self) -> str:
        started = time.monotonic()
        out = self.run(
            ["s.msworkshop"],
            QT_QPA_PLATFORM="offscreen",
            MSWORKSHOP_EXIT_AFTER_FIRST_PAINT="1",
        )
        elapsed = time.monotonic() - started
        assert "first paint" in out, out
        if WINDOWS:  # the windowed program too (it has no console to print to)
            self.run(["s.msworkshop"], program=self.gui_program, QT_QPA_PLATFORM="offscreen",
                     MSWORKSHOP_EXIT_AFTER_FIRST_PAINT="1")  # fmt: skip
        return f"start to first paint and exit: {elapsed:.2f} s"

    def desktop(self) -> str:
        """Linux: the bundle installs its menu entry into the (empty) HOME and removes it."""
        if not sys.platform.startswith("linux"):
            return "not on this system"
        self.run(["install-desktop"])
        entry = self.home / ".local" / "share" / "applications" / "msworkshop.desktop"
        assert f"Exec={self.cli} %f" in entry.read_text(encoding="utf-8"), entry.read_text()
        assert (self.home / ".local/share/icons/hicolor/256x256/apps/msworkshop.png").is_file()
        self.run(["uninstall-desktop"])
        assert not entry.exists()
        return "installed and removed"

    def contents(self) -> str:
        names = {p.name for p in self.folder.rglob("*")}
        for wanted in ("msworkshop_nl.qm", "qtbase_nl.qm", "DejaVuSans.ttf", "index.html",
                       "msworkshop.svg"):  # fmt: skip
            assert wanted in names, f"{wanted} is missing"
        # Linux prunes the libraries only dropped plugins needed (packaging/msworkshop.spec).
        pattern = (
            r"WebEngine|Qt6?3D|Qt6?Quick|Qt6?Qml"
            if sys.platform.startswith("linux")
            else (r"WebEngine|Qt6?3D")
        )
        unwanted = sorted(n for n in names if re.search(pattern, n))
        assert not unwanted, f"unused Qt parts: {unwanted[:5]}"
        size = sum(
            p.stat().st_size for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()
        )
        return f"{size / 2**20:.0f} MiB"


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "msworkshop"
    if not executables(folder)[0].exists():
        print(f"No bundle in {folder}: run python3 scripts/dev.py bundle first.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="msworkshop-smoke-") as work:
        smoke = Smoke(folder.resolve(), Path(work))
        for name, test in [
            ("bundle contents", smoke.contents),
            ("--version", smoke.version),
            ("new", smoke.new),
            ("import", smoke.import_csv),
            ("results --json", smoke.results_json),
            ("export --pdf", smoke.export_pdf),
            ("serve (phone page)", smoke.serve),
            ("GUI offscreen to first paint", smoke.gui),
            ("install-desktop, uninstall-desktop", smoke.desktop),
        ]:
            smoke.check(name, test)
    print(f"bundle smoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed", flush=True)
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
