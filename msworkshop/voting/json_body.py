"""Strict reading of a request's JSON object body, shared by the ballot and dots endpoints."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from msworkshop.domain.messages import UserError


def decode_object(body: bytes, allowed: Collection[str], required: Sequence[str]) -> dict[str, Any]:
    """The body's JSON object, with no field outside ``allowed`` and every ``required`` one.

    Raises UserError (``phone_json_invalid``, ``phone_request_invalid``,
    ``phone_field_unknown``, ``phone_field_missing``).
    """
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        # JSON may spell a lone surrogate ("\ud800"): valid JSON, but not text SQLite can
        # store or a reply can echo. Refuse it here, before any field is looked at.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        raise UserError("phone_json_invalid") from None
    if not isinstance(data, dict):
        raise UserError("phone_request_invalid")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise UserError("phone_field_unknown", field=unknown[0][:40])
    missing = [name for name in required if name not in data]
    if missing:
        raise UserError("phone_field_missing", field=missing[0])
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: Python accepts them, JSON does not
