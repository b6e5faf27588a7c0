"""A disk cache of validated content, so the app does not parse 19 TOML files at every start.

Reading and validating one language takes ~25 ms, a quarter of what the app adds to Python's
own start-up; unpickling the result takes ~1 ms. The cache is only an optimisation: any
problem with it (no cache folder, a stale or damaged file) falls back to reading the TOML.

An entry records a fingerprint of everything the result depends on: the content files (name,
size, modification time), the source of the domain modules that define and validate the
content, and the Python and msworkshop versions. An entry whose fingerprint differs is rebuilt.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import msworkshop

log = logging.getLogger(__name__)

CACHE_VARIABLE = "MSWORKSHOP_CACHE_DIR"  # tests point it at a temporary folder; "" = no cache
_DOMAIN = Path(__file__).resolve().parent


def cache_folder() -> Path | None:
    """The user's cache folder for msworkshop (not created here); None when disabled."""
    override = os.environ.get(CACHE_VARIABLE)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "msworkshop"


def fingerprint(files: Iterable[Path]) -> str:
    """The versions, and each file's path, size and modification time, as one string."""
    parts = [sys.version, msworkshop.__version__]
    for path in sorted((*files, *_DOMAIN.glob("*.py"))):
        stat = path.stat()
        parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
    return "\n".join(parts)


def cached[T](name: str, files: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or the result of an earlier call while the files were as they are now."""
    folder = cache_folder()
    if folder is None:
        return build()
    try:
        current = fingerprint(files)
    except OSError:  # a file vanished while we looked: let build() report it
        return build()
    path = folder / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            stored, result = pickle.load(handle)  # our own file, in the user's cache folder
        if stored == current:
            return result
    except FileNotFoundError:
        pass
    except Exception as error:  # damaged, or written by another version: rebuild it
        log.info("ignoring content cache %s: %s", path.name, error)
    result = build()
    _write(folder, path, (current, result))
    return result


def _write(folder: Path, path: Path, entry: object) -> None:
    """Replace the cache entry atomically (a reader never sees half a file)."""
    import tempfile  # only when writing, which a warm start never does

    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
    except (OSError, pickle.PicklingError) as error:
        log.info("content cache not written: %s", error)
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
