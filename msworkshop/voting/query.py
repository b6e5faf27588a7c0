"""Reading a phone request's query string strictly (the take-home and dot-vote endpoints)."""

from __future__ import annotations

from urllib.parse import parse_qs

MAX_TEAM_DIGITS = 9  # far more teams than a room holds; longer is no team of this session


def team_query(query: str) -> int | None:
    """``?team=<id>`` as a team id; None when missing, repeated or not a plain ASCII number."""
    try:
        values = parse_qs(query, max_num_fields=10).get("team", [])
    except ValueError:
        return None
    if len(values) != 1:
        return None
    value = values[0]
    if not value.isascii() or not value.isdigit() or len(value) > MAX_TEAM_DIGITS:
        return None
    return int(value)
