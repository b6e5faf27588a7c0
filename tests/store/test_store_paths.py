"""Where new session files go and what they are called."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.store import SESSION_SUFFIX, default_sessions_folder, suggest_session_path


def test_default_folder_follows_msworkshop_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSWORKSHOP_HOME", str(tmp_path / "sessions"))
    folder = default_sessions_folder()
    assert folder == tmp_path / "sessions" and folder.is_dir()


def test_default_folder_prefers_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSWORKSHOP_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_sessions_folder() == tmp_path / "msworkshop"
    (tmp_path / "Documents").mkdir()
    assert default_sessions_folder() == tmp_path / "Documents" / "msworkshop"


def test_suggested_names_are_safe_and_new(tmp_path: Path) -> None:
    first = suggest_session_path('Sales/Marketing: "kick-off" 2026?', tmp_path)
    assert first == tmp_path / f"Sales Marketing kick-off 2026{SESSION_SUFFIX}"
    first.touch()
    assert suggest_session_path('Sales/Marketing: "kick-off" 2026?', tmp_path).name == (
        f"Sales Marketing kick-off 2026 (2){SESSION_SUFFIX}"
    )
    assert suggest_session_path("  ...  ", tmp_path).name == f"session{SESSION_SUFFIX}"
