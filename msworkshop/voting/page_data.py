"""What the phone page needs to show a ballot, in one language, and nothing of the results."""

from __future__ import annotations

from msworkshop.domain.ballot import COMMENT_MAX_LENGTH
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import LANGUAGES
from msworkshop.domain.room_comments import ROOM_COMMENT_MAX_LENGTH
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Workshop

PAGE_PREFIXES = ("phone.", "comments.phone_")  # the page's own strings (comment box: comments.js)
# Shared strings the page uses besides its own ``phone.*`` strings.
GENERAL_KEYS: tuple[str, ...] = (
    "general.app_name",
    "general.promise_title",
    "general.promise",
    "general.stage_question",
    "general.statements_intro",
    "general.no_answer",
    "general.choose_team",
    "general.choose_function",
    "general.comment_label",
    "general.submit",
)


def page_strings(lang: str) -> dict[str, str]:
    """The page's UI strings: every ``phone.*`` string and the shared ones it shows."""
    strings = load_content(lang).strings
    found = {key: text for key, text in strings.items() if key.startswith(PAGE_PREFIXES)}
    found.update({key: strings[key] for key in GENERAL_KEYS if key in strings})
    return found


def session_payload(workshop: Workshop, round_state: dict[str, object], lang: str) -> dict:
    """The JSON body of ``GET api/session``."""
    content = load_content(lang)
    dimensions = {d.key: d.name for d in content.dimensions}
    return {
        "lang": lang,
        "languages": list(LANGUAGES),
        "session_lang": workshop.language,
        "title": workshop.title,
        "mode": str(workshop.mode),
        "asks_stage": workshop.mode.asks_stage,
        "asks_statements": workshop.mode.asks_statements,
        "teams": [{"id": team.id, "name": team.name} for team in workshop.teams],
        "functions": [
            {"key": f.key, "name": content.function_name(f.key, f.name)} for f in workshop.functions
        ],
        "stages": [
            {"number": int(s.stage), "name": s.name, "formal": s.formal, "summary": s.summary}
            for s in content.stages
        ],
        "statements": [
            {
                "key": s.key,
                "number": s.number,
                "dimension": s.dimension,
                "dimension_name": dimensions[s.dimension],
                "text": s.text,
            }
            for s in content.statements
        ],
        "statement_count": STATEMENT_COUNT,
        "scale": list(content.scale),
        "comment_max": COMMENT_MAX_LENGTH,
        "round": round_state,
        # The comment box's texts only while comments are open (comment_loader.js): the first
        # response of a page stays small.
        "strings": {
            key: text
            for key, text in page_strings(lang).items()
            if round_state.get("comments_open") or not key.startswith("comments.")
        },
        **(
            {"room_comment_max": ROOM_COMMENT_MAX_LENGTH}
            if round_state.get("comments_open")
            else {}
        ),
    }
