"""The action plan as an iCalendar file (RFC 5545), written without extra dependencies.

Two shapes:

* ``kind="event"`` (default; every calendar app imports it): one all-day VEVENT per due date,
  listing the actions due that day;
* ``kind="todo"``: one VTODO per action, due on its date, with its status and priority
  (for task apps such as Thunderbird, Apple Reminders via CalDAV, Outlook tasks).

Actions without a due date are left out. UIDs are stable across exports of the same session,
so importing a newer export updates entries instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from msworkshop import __version__
from msworkshop.domain.content import Content
from msworkshop.domain.plans import ActionStatus, PlanAction, Priority
from msworkshop.domain.workshop import Workshop
from msworkshop.export.action_rows import ActionRow, action_rows

_STATUS = {
    ActionStatus.OPEN: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
    ActionStatus.DONE: "COMPLETED",
}
_PRIORITY = {Priority.HIGH: 1, Priority.MEDIUM: 5, Priority.LOW: 9}


def ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with a space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74  # the leading space counts
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _session_key(workshop: Workshop) -> str:
    seed = f"{workshop.title}|{workshop.date}|{workshop.organisation}".encode()
    return hashlib.sha256(seed).hexdigest()[:16]


def _date(date: dt.date) -> str:
    return date.strftime("%Y%m%d")


def _describe(row: ActionRow, content: Content) -> str:
    a = row.action
    lines = [a.description.strip()] if a.description.strip() else []
    for key, value in (
        ("col_owner", a.owner),
        ("col_measure", a.measure),
        ("col_priority", row.priority),
        ("col_status", row.status),
    ):
        if value.strip():
            lines.append(f"{content.text(f'pdf.{key}')}: {value.strip()}")
    return "\n".join(lines)


def actions_ics(
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
    *,
    kind: str = "event",
    now: dt.datetime | None = None,
) -> str:
    if kind not in ("event", "todo"):
        raise ValueError(f"unknown calendar entry kind {kind!r}: use 'event' or 'todo'")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    key = _session_key(workshop)
    rows = [r for r in action_rows(workshop, content, agreements, actions) if r.action.due]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//msworkshop//{__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(content.text('pdf.ics_calendar', title=workshop.title))}",
    ]
    summary = content.text
    if kind == "todo":
        for row in rows:
            a = row.action
            assert a.due is not None
            lines += [
                "BEGIN:VTODO",
                f"UID:{key}-{row.team.id}-{a.id or row.number}@msworkshop",
                f"DTSTAMP:{stamp}",
                f"DUE;VALUE=DATE:{_date(a.due)}",
                "SUMMARY:"
                + ics_escape(summary("pdf.ics_summary", team=row.team.name, title=a.title)),
                f"DESCRIPTION:{ics_escape(_describe(row, content))}",
                f"STATUS:{_STATUS[a.status]}",
                f"PRIORITY:{_PRIORITY[a.priority]}",
                "END:VTODO",
            ]
    else:
        by_date: dict[dt.date, list[ActionRow]] = {}
        for row in rows:
            assert row.action.due is not None
            by_date.setdefault(row.action.due, []).append(row)
        for due in sorted(by_date):
            day = by_date[due]
            titles = [
                summary("pdf.ics_summary", team=r.team.name, title=r.action.title) for r in day
            ]
            text = "\n\n".join(
                f"{t}\n{_describe(r, content)}" for t, r in zip(titles, day, strict=True)
            )
            lines += [
                "BEGIN:VEVENT",
                f"UID:{key}-{_date(due)}@msworkshop",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{_date(due)}",
                f"DTEND;VALUE=DATE:{_date(due + dt.timedelta(days=1))}",
                f"SUMMARY:{ics_escape('; '.join(titles))}",
                f"DESCRIPTION:{ics_escape(text)}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_actions_ics(
    out: Path,
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
    *,
    kind: str = "event",
) -> Path:
    out = Path(out)
    out.write_bytes(actions_ics(workshop, content, agreements, actions, kind=kind).encode("utf-8"))
    return out
