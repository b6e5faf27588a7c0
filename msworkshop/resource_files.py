"""Locate the bundled resources (content, fonts, web page, translations).

In a wheel the top-level ``resources/`` folder is installed as ``msworkshop/resources``;
in a source checkout (editable install, tests) it sits beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resources_root() -> Path:
    installed = Path(str(files("msworkshop"))) / "resources"
    if installed.is_dir():
        return installed
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError("msworkshop resources folder not found")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
