"""Strict reading of a request's JSON object body, shared by the ballot, dots and comment
endpoints."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from msworkshop.domain.messages import UserError


def decode_object(
    body: bytes,
    allowed: Collection[str],
    required: Sequence[str],
    *,
    invalid: str = "phone_request_invalid",
    unknown_field: str = "phone_field_unknown",
    missing_field: str = "phone_field_missing",
) -> dict[str, Any]:
    """The body's JSON object, with no field outside ``allowed`` and every ``required`` one.

    Raises UserError: ``phone_json_invalid``, or the message keys given for a body that is no
    object, an unknown field and a missing one (an endpoint may word them its own way).
    """
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        # JSON may spell a lone surrogate ("\ud800"): valid JSON, but not text SQLite can
        # store or a reply can echo. Refuse it here, before any field is looked at.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        raise UserError("phone_json_invalid") from None
    if not isinstance(data, dict):
        raise UserError(invalid)
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise UserError(unknown_field, field=unknown[0][:40])
    missing = [name for name in required if name not in data]
    if missing:
        raise UserError(missing_field, field=missing[0])
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: Python accepts them, JSON does not
