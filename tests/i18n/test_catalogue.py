"""The Dutch .ts catalogue: in sync with the code, complete, placeholders and terms right."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

from msworkshop.domain.glossary import load_glossary
from tests.i18n.texts import PLACEHOLDER, ROOT, TS_FILE, Message, plain, ts_messages


def test_ts_and_qm_are_in_sync_with_the_code() -> None:
    """lupdate on the current code gives the committed .ts, and the .qm is compiled from it."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_string_is_translated() -> None:
    messages = ts_messages()
    assert len(messages) > 300
    unfinished = [m.source for m in messages if m.unfinished or not all(m.translations)]
    assert unfinished == []
    assert 'type="unfinished"' not in TS_FILE.read_text(encoding="utf-8")


def test_plural_sources_have_both_dutch_forms() -> None:
    plurals = [m for m in ts_messages() if m.numerus]
    assert plurals, "tr(..., n) strings are expected (votes that would be deleted)"
    for m in plurals:
        assert len(m.translations) == 2, m.source
        assert all("%n" in form for form in m.translations), m.source
        assert m.translations[0] != m.translations[1], m.source


def placeholder_problems(message: Message) -> list[str]:
    """What is wrong with the Dutch of one message: placeholders (%1, %n), rich-text tags,
    the accelerator (&), a closing colon or ellipsis."""
    problems = []
    for translation in message.translations:
        if Counter(PLACEHOLDER.findall(translation)) != Counter(
            PLACEHOLDER.findall(message.source)
        ):
            problems.append(f"placeholders differ: {translation!r}")
        if re.findall(r"</?\w+>", translation) != re.findall(r"</?\w+>", message.source):
            problems.append(f"tags differ: {translation!r}")
        if (plain(translation) != translation) != (plain(message.source) != message.source):
            problems.append(f"accelerator missing or extra: {translation!r}")
        if translation.replace("&&", "").count("&") > 1:
            problems.append(f"two accelerators: {translation!r}")
        for ending in ("…", ":"):
            if message.source.endswith(ending) != translation.endswith(ending):
                problems.append(f"ends differently ({ending}): {translation!r}")
    return problems


def test_placeholders_tags_and_accelerators_match_the_source() -> None:
    problems = [p for m in ts_messages() for p in placeholder_problems(m)]
    assert problems == []


def test_the_placeholder_check_catches_mistakes() -> None:
    good = Message("C", "Round %1 — &ballots: %2…", ("Stemronde %1 — &stemmen: %2…",), False, False)
    assert placeholder_problems(good) == []
    for wrong in (
        "Stemronde %1 — &stemmen: %1…",
        "Stemronde %1 — stemmen: %2…",
        "&Stemronde %1 — &stemmen: %2…",
        "Stemronde %1 — &stemmen: %2",
    ):
        assert placeholder_problems(Message("C", good.source, (wrong,), False, False)), wrong


def _words(text: str) -> str:
    return " ".join(plain(text).lower().split())


def glossary_problems(messages: tuple[Message, ...]) -> list[str]:
    """A source that uses a glossary term ("voting round") must say it with the glossary's
    Dutch term ("stemronde"), and never with a word the glossary tells Dutch to avoid."""
    terms = [t for t in load_glossary().values() if t.key.startswith(("general.", "function."))]
    pairs = [(t.texts["en"].lower(), t.texts["nl"].lower(), t.avoid.get("nl", ())) for t in terms]
    problems = []
    for message in messages:
        source = _words(message.source)
        for translation in map(_words, message.translations):
            for en, nl, avoid_nl in pairs:
                if re.search(rf"\b{re.escape(en)}s?\b", source) and nl not in translation:
                    problems.append(f"{message.source!r}: {en} -> {nl}: {translation!r}")
                for avoid in avoid_nl:
                    if re.search(rf"\b{re.escape(avoid.lower())}\b", translation):
                        problems.append(f"{translation!r} uses {avoid!r}, say {nl!r}")
    return problems


def test_dutch_translations_use_the_glossary_terms() -> None:
    assert glossary_problems(ts_messages()) == []


def test_the_glossary_check_catches_other_words() -> None:
    def message(source: str, dutch: str) -> Message:
        return Message("C", source, (dutch,), False, False)

    assert glossary_problems((message("No voting round yet.", "Nog geen stemronde."),)) == []
    assert glossary_problems((message("No voting round yet.", "Nog geen peiling."),))
    assert glossary_problems((message("&Facilitator:", "&Facilitator:"),))
    assert glossary_problems((message("The four stages", "De vier stadia"),))


def test_the_facilitator_is_addressed_with_je() -> None:
    formal = [t for m in ts_messages() for t in m.translations if re.search(r"\b(u|uw|Uw)\b", t)]
    assert formal == []
