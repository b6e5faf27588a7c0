"""Make msworkshop a desktop citizen on Linux, per user and without root (XDG directories):
a menu entry, the icon, and the ``.msworkshop`` file type that opens with the app.

``install`` writes into ``$XDG_DATA_HOME`` (default ``~/.local/share``):

    applications/msworkshop.desktop           the menu entry (Exec = the given executable)
    mime/packages/msworkshop.xml              the file type application/x-msworkshop
    icons/hicolor/<N>x<N>/apps/msworkshop.png and icons/hicolor/scalable/apps/msworkshop.svg

and makes the app the default for the file type in ``$XDG_CONFIG_HOME/mimeapps.list``
unless the user has chosen another. ``uninstall`` removes exactly those files and that one
line. Standard library only: ``scripts/dev.py`` loads this file with any Python.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DESKTOP_ID = "msworkshop.desktop"
MIME_TYPE = "application/x-msworkshop"
ICON_NAME = "msworkshop"
DEFAULTS_SECTION = "[Default Applications]"
DEFAULT_LINE = f"{MIME_TYPE}={DESKTOP_ID};"
# Characters that make the Desktop Entry spec require a quoted Exec argument.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


@dataclass(frozen=True)
class XdgDirs:
    data_home: Path
    config_home: Path

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> XdgDirs:
        env = os.environ if env is None else env
        home = Path(env.get("HOME") or Path.home())
        return cls(
            Path(env.get("XDG_DATA_HOME") or home / ".local" / "share"),
            Path(env.get("XDG_CONFIG_HOME") or home / ".config"),
        )


@dataclass(frozen=True)
class Sources:
    """Where the entry's templates and the icons are: a source checkout or the bundle."""

    templates: Path
    icons: Path

    @classmethod
    def find(cls, root: Path) -> Sources:
        icons = next(
            (
                folder
                for folder in (root / "resources" / "icons", root / "msworkshop/resources/icons")
                if folder.is_dir()
            ),
            root / "resources" / "icons",
        )
        return cls(root / "packaging" / "linux", icons)


def exec_argument(executable: Path) -> str:
    """The executable as the Desktop Entry spec wants it in ``Exec=``: quoted when it holds
    a reserved character, with ``"`` `` ` `` ``$`` ``\\`` escaped inside the quotes, then
    backslashes doubled again for the key's string value, and ``%`` doubled."""
    text = str(executable)
    if _RESERVED.search(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\").replace("%", "%%")


def planned_files(sources: Sources, dirs: XdgDirs) -> dict[Path, Path]:
    """Every file ``install`` writes (target -> source), the .desktop entry excepted."""
    planned = {
        dirs.data_home / "mime" / "packages" / "msworkshop.xml": (
            sources.templates / "msworkshop-mime.xml"
        ),
        dirs.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg": (
            sources.icons / "msworkshop.svg"
        ),
    }
    for png in sorted(sources.icons.glob("msworkshop-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        planned[
            dirs.data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "msworkshop.png"
        ] = png
    return planned


def desktop_entry_path(dirs: XdgDirs) -> Path:
    return dirs.data_home / "applications" / DESKTOP_ID


def install(executable: Path, dirs: XdgDirs, root: Path) -> list[Path]:
    """Install the entry for ``executable``; ``root`` holds packaging/linux and the icons
    (a source checkout, or the bundle's folder). Returns the files written. Installing
    again replaces them."""
    sources = Sources.find(root)
    template = (sources.templates / "msworkshop.desktop").read_text(encoding="utf-8")
    written: list[Path] = []
    entry = desktop_entry_path(dirs)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(template.replace("@EXEC@", exec_argument(executable)), encoding="utf-8")
    written.append(entry)
    for target, source in planned_files(sources, dirs).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    _set_default_application(dirs.config_home / "mimeapps.list")
    refresh_caches(dirs)
    return written


def uninstall(dirs: XdgDirs) -> list[Path]:
    """Remove what ``install`` wrote (and only that); returns the files removed."""
    targets = [desktop_entry_path(dirs), dirs.data_home / "mime" / "packages" / "msworkshop.xml"]
    hicolor = dirs.data_home / "icons" / "hicolor"
    targets += sorted(hicolor.glob(f"*/apps/{ICON_NAME}.png"))
    targets.append(hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg")
    removed = []
    for target in targets:
        if target.is_file():
            target.unlink()
            removed.append(target)
    _unset_default_application(dirs.config_home / "mimeapps.list")
    refresh_caches(dirs)
    return removed


def refresh_caches(dirs: XdgDirs) -> None:
    """Tell the desktop about the change with the freedesktop tools that are installed."""
    tools = [
        ("update-mime-database", dirs.data_home / "mime"),
        ("update-desktop-database", dirs.data_home / "applications"),
    ]
    for tool, folder in tools:
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], capture_output=True, check=False)


def _set_default_application(mimeapps: Path) -> None:
    """Our line under [Default Applications], unless the user has a default for the type."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    section = None
    for line in lines:
        if line.strip().startswith("["):
            section = line.strip()
        elif section == DEFAULTS_SECTION and line.split("=", 1)[0].strip() == MIME_TYPE:
            return
    if DEFAULTS_SECTION in (line.strip() for line in lines):
        index = [line.strip() for line in lines].index(DEFAULTS_SECTION)
        lines.insert(index + 1, DEFAULT_LINE)
    else:
        lines += ([""] if lines and lines[-1].strip() else []) + [DEFAULTS_SECTION, DEFAULT_LINE]
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _unset_default_application(mimeapps: Path) -> None:
    if not mimeapps.exists():
        return
    lines = mimeapps.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() != DEFAULT_LINE]
    if kept != lines:
        mimeapps.write_text("\n".join(kept) + "\n", encoding="utf-8")
