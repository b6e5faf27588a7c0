"""Locate the bundled resources (content, fonts, web page, translations).

In a wheel the top-level ``resources/`` folder is installed as ``msworkshop/resources``;
in a source checkout (editable install, tests) it sits beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    # Beside this file rather than importlib.resources: the package is always a folder on
    # disk (the app reads fonts and pages by path), and importlib.resources costs ~8 ms at
    # start-up.
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    source_tree = package.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError("msworkshop resources folder not found")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
