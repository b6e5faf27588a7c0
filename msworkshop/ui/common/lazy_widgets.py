"""A mapping of widgets that are built the first time they are asked for.

The facilitator window and the projector have a page per session step; building all of them
at start-up (with their charts, tables and PDF preview) would make the app slow to open, so
each is built when first shown. Pages read the controller's current state when they are
built, so a late page shows the same as an early one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtWidgets import QWidget


class LazyWidgets(Mapping[str, QWidget]):
    def __init__(self, keys: Sequence[str], build: Callable[[str], QWidget]) -> None:
        self._keys = tuple(keys)
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._keys:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> dict[str, QWidget]:
        """The widgets built so far (without building the others)."""
        return dict(self._built)
