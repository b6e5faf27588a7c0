"""The content cache: a warm start reads one pickle; any change or damage means a fresh read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from msworkshop.domain import content_cache
from msworkshop.domain.content_cache import cached
from msworkshop.domain.content_loader import content_root, load_content_from


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(content_cache.CACHE_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def source(tmp_path: Path, text: str = "a = 1") -> Path:
    path = tmp_path / "data.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_call_reads_the_cache(folder: Path, tmp_path: Path) -> None:
    data = source(tmp_path)
    build = Builder({"answer": (1, 2, 3)})
    assert cached("thing", [data], build) == {"answer": (1, 2, 3)}
    assert cached("thing", [data], build) == {"answer": (1, 2, 3)}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["thing.pickle"]  # no temporary files left


def test_a_changed_file_is_read_again(folder: Path, tmp_path: Path) -> None:
    data = source(tmp_path)
    cached("thing", [data], Builder("old"))
    data.write_text("a = 22", encoding="utf-8")
    stat = data.stat()
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    fresh = Builder("new")
    assert cached("thing", [data], fresh) == "new" and fresh.calls == 1
    assert cached("thing", [data], Builder("unused")) == "new"


def test_a_damaged_cache_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    data = source(tmp_path)
    cached("thing", [data], Builder("good"))
    (folder / "thing.pickle").write_bytes(b"\x80\x05 not a pickle")
    again = Builder("good")
    assert cached("thing", [data], again) == "good" and again.calls == 1
    assert cached("thing", [data], Builder("unused")) == "good"  # the rewrite is usable


def test_without_a_usable_folder_it_just_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = source(tmp_path)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(content_cache.CACHE_VARIABLE, str(blocker / "cache"))
    build = Builder("value")
    assert cached("thing", [data], build) == "value"
    assert cached("thing", [data], build) == "value"
    assert build.calls == 2
    monkeypatch.setenv(content_cache.CACHE_VARIABLE, "")
    assert content_cache.cache_folder() is None
    assert cached("thing", [data], build) == "value" and build.calls == 3


def test_cached_content_equals_freshly_read_content(folder: Path) -> None:
    root = content_root()
    for lang in ("en", "nl"):
        files = list((root / lang).rglob("*.toml"))
        first = cached(f"content-{lang}", files, lambda lang=lang: load_content_from(root, lang))
        warm = cached(f"content-{lang}", files, lambda: pytest.fail("the cache was not used"))
        assert warm == first == load_content_from(root, lang)
        assert warm.text("general.app_name")
