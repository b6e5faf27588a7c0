"""Where session files live, for the window's open and save dialogs (the store decides)."""

from __future__ import annotations

from msworkshop.store.paths import default_sessions_folder, suggest_session_path

__all__ = ["default_sessions_folder", "suggest_session_path"]
