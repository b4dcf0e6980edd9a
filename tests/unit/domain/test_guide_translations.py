"""The translated guides (`resources/guides/<language>/`): each keeps its English guide's facts and structure.

A translation may cover only some guides (the others fall back to English), but every file it has must keep
the English file's id, order, reminder kinds, review date and source list exactly, cite every listed source,
link to the same guides, app actions and pictures, and say who to call only through `{{emergency}}`.
"""

from __future__ import annotations

import re

import pytest

from cvi_companion.domain.guide_search import plain_text
from cvi_companion.domain.guides import RED_FLAGS, Guide, cited_ids, images, links, render_markdown
from cvi_companion.storage import assets
from cvi_companion.storage.guide_files import guides_folder, load_guides

TRANSLATED_LANGUAGES = ("de",)


def _translated(language: str) -> list[Guide]:
    return [guide for guide in load_guides(language).guides if guide.language == language]


@pytest.fixture(scope="module")
def english() -> dict[str, Guide]:
    return {guide.id: guide for guide in load_guides().guides}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_translated_guide_file_parses_and_has_an_english_original(language, english):
    files = [name for name in assets.list_files(guides_folder(language)) if name.endswith(".md")]
    library = load_guides(language)
    assert library.problems == ()
    assert files, language
    assert sorted(f"{guide.id}.md" for guide in _translated(language)) == files
    assert {guide.id for guide in library.guides} == set(english)
    for name in files:
        assert name.removesuffix(".md") in english, name


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_translation_keeps_the_front_matter_and_sources_of_its_original(language, english):
    for guide in _translated(language):
        original = english[guide.id]
        assert guide.title not in {"", original.title}, guide.id
        assert guide.summary not in {"", original.summary}, guide.id
        assert (guide.order, guide.related, guide.reviewed) == (original.order, original.related, original.reviewed)
        assert guide.sources == original.sources, guide.id
        listed = {source.id for source in guide.sources}
        assert set(cited_ids(guide)) == listed, guide.id


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_translation_links_to_the_same_guides_actions_and_pictures(language, english):
    for guide in _translated(language):
        original = english[guide.id]
        assert sorted(href for _line, href in links(guide)) == sorted(href for _line, href in links(original))
        assert [href for _line, href in images(guide)] == [href for _line, href in images(original)]
        for match in re.finditer(r"!\[([^\]]*)\]", guide.body):
            assert len(match.group(1).split()) >= 4, guide.id


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_translation_names_emergency_numbers_only_through_the_placeholder(language, english):
    for guide in _translated(language):
        original = english[guide.id]
        assert guide.body.count("{{emergency}}") == original.body.count("{{emergency}}"), guide.id
        assert not re.search(r"\b(999|112|911)\b", guide.body), guide.id
        rendered = render_markdown(guide, "DE")
        assert "{{emergency}}" not in rendered


def test_the_german_red_flags_guide_is_translated_and_names_each_red_flag():
    guide = load_guides("de").get(RED_FLAGS)
    assert guide is not None
    assert guide.language == "de"
    assert guide.title == "Warnzeichen: jetzt Hilfe holen"  # the label of the button that opens it
    text = plain_text(guide.body).lower()
    for phrase in (
        "blutgerinnsel in einer tiefen beinvene",  # DVT signs
        "schwellung eines beins",
        "blutgerinnsel in der lunge",  # pulmonary embolism signs
        "plötzliche atemnot",
        "bluthusten",
        "blutende krampfader",  # first aid
        "fest auf die wunde",
        "heben sie das bein",
        "krampf, der länger als 10 minuten dauert",
        "nach 2 wochen nicht abgeheilt",  # a sore
        "neue hautveränderungen",
        "bräunliche verfärbung",
        "quellen nicht einig",  # the 2-week versus 4-6-week disagreement is kept
    ):
        assert phrase in text, phrase
