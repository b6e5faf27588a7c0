"""The phone page's texts: every key the page uses exists in both languages, none unused."""

from __future__ import annotations

import re

import pytest

from msworkshop.resource_files import resource_path
from msworkshop.voting.api import INDEX, STATIC_TYPES
from msworkshop.voting.page_data import page_strings

SCRIPTS = [name for name in STATIC_TYPES if name.endswith(".js")]


def _keys_used_by_the_page() -> set[str]:
    source = "".join(resource_path("web", name).read_text(encoding="utf-8") for name in SCRIPTS)
    return set(re.findall(r"\bt\(\"((?:phone|general|comments)\.[a-z_]+)\"", source))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_string_the_page_uses_is_served(lang: str) -> None:
    used = _keys_used_by_the_page()
    served = page_strings(lang)
    assert len(used) > 30
    assert sorted(used - served.keys()) == []
    assert sorted(served.keys() - used) == []  # nothing sent that the page never shows


def test_page_has_no_inline_script_style_or_external_reference() -> None:
    for name in (INDEX, *STATIC_TYPES):
        text = resource_path("web", name).read_text(encoding="utf-8")
        assert not re.search(r"\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write", text)
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in text, name
    index = resource_path("web", INDEX).read_text(encoding="utf-8")
    assert "<style" not in index and " style=" not in index
    assert not re.search(r"\son[a-z]+\s*=", index)  # no inline event handlers
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", index, re.DOTALL)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert '<meta charset="utf-8">' in index
