"""The guides: the format parser, rendering, emergency numbers, search, and every shipped guide's content."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cvi_companion.domain.guide_search import plain_text, query_words, search
from cvi_companion.domain.guides import (
    CLOSING,
    RED_FLAGS,
    Guide,
    GuideError,
    GuideLibrary,
    Link,
    LinkKind,
    cited_ids,
    emergency_phrase,
    guide_for_kind,
    images,
    links,
    parse_guide,
    parse_link,
    render_markdown,
)
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage import assets
from cvi_companion.storage.guide_files import GUIDES_FOLDER, image_resource, load_guides

HEADER = """---
title: A test guide
summary: One line.
order: 3
related: elevation, walking
reviewed: 2026-11-23
source: S5 | NHS | Five | https://example.org/five
source: S2 | NICE | Two | https://example.org/two ; https://www.example.com/two-b
source: APP | CVI Companion | About this app |
---
"""


def guide_text(body: str = "Raise your legs [S2] [S5]. Walk [S5]. The app keeps it [APP].\n") -> str:
    return HEADER + "\n" + body


@pytest.fixture(scope="module")
def library() -> GuideLibrary:
    return load_guides()


@pytest.fixture(scope="module")
def guides(library: GuideLibrary) -> tuple[Guide, ...]:
    return library.guides


# -- the parser ----------------------------------------------------------------------------------------------


def test_a_well_formed_guide_is_parsed():
    guide = parse_guide("test-guide.md", guide_text())
    assert guide.id == "test-guide"
    assert (guide.title, guide.summary, guide.order) == ("A test guide", "One line.", 3)
    assert guide.related == (ReminderKind.ELEVATION, ReminderKind.WALKING)
    assert guide.reviewed == date(2026, 11, 23)
    assert [s.id for s in guide.sources] == ["S5", "S2", "APP"]
    assert guide.sources[1].urls == ("https://example.org/two", "https://www.example.com/two-b")
    assert guide.sources[2].urls == ()
    assert guide.body.startswith("Raise your legs")
    assert guide.body_line == 12
    assert cited_ids(guide) == ("S2", "S5", "APP")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("title: x\n---\n", 1, "starts with a '---'"),
        (HEADER.replace("order: 3", "order three"), 4, "key: value"),
        (HEADER.replace("order: 3", "colour: blue"), 4, "key: value"),
        (HEADER.replace("order: 3", "order: third"), 4, "whole number"),
        (HEADER.replace("reviewed: 2026-11-23", "reviewed: 23/11/2026"), 6, "date"),
        (HEADER.replace("reviewed: 2026-11-23", "reviewed: 2026-02-30"), 6, "date"),
        (HEADER.replace("related: elevation, walking", "related: elevation, swimming"), 5, "swimming"),
        (HEADER.replace("https://example.org/five", ""), 7, "no URL"),
        (HEADER.replace("https://example.org/five", "example.org/five"), 7, "http"),
        (HEADER.replace("S5 | NHS | Five |", "S5 | NHS |"), 7, "ID | organisation"),
        (HEADER.replace("source: S5", "source: X5"), 7, "S1, S2"),
        (HEADER.replace("source: S2", "source: S5"), 8, "listed twice"),
        (HEADER.replace("summary: One line.", "title: Again"), 3, "given twice"),
        (HEADER.replace("summary: One line.\n", ""), 9, "'summary' is missing"),
        (HEADER.replace("title: A test guide", "title:"), 2, "'title' is missing"),
        (HEADER.rsplit("---", 1)[0], 9, "no closing '---'"),
        (HEADER.rsplit("---", 1)[0] + "Body\n", 10, "key: value"),
        (HEADER + "\nFine [S2].\nNot listed [S9].\n", 13, "S9"),
        (HEADER + "\nCall {{ambulance}}.\n", 12, "placeholder"),
    ],
)
def test_a_malformed_guide_names_its_file_and_line(text, line, words):
    with pytest.raises(GuideError) as caught:
        parse_guide("broken.md", text)
    assert caught.value.line == line
    assert caught.value.file == "broken.md"
    assert str(caught.value).startswith(f"broken.md, line {line}: ")
    assert words in str(caught.value)


def test_a_guide_needs_a_source():
    text = "\n".join(line for line in HEADER.splitlines() if not line.startswith("source")) + "\nBody\n"
    with pytest.raises(GuideError, match="at least one 'source'"):
        parse_guide("no-sources.md", text)


def test_links_are_classified():
    assert parse_link("compression-safety.md") == Link(LinkKind.GUIDE, "compression-safety")
    assert parse_link("app:guide/red-flags") == Link(LinkKind.GUIDE, "red-flags")
    assert parse_link("app:quick-log") == Link(LinkKind.QUICK_LOG)
    assert parse_link("app:reminders/stockings-on") == Link(LinkKind.REMINDER, "stockings-on")
    assert parse_link("app:reminders/dancing").kind is LinkKind.UNKNOWN
    assert parse_link("https://www.nhs.uk/x") == Link(LinkKind.EXTERNAL, "https://www.nhs.uk/x")
    assert parse_link("file:///etc/passwd").kind is LinkKind.UNKNOWN
    assert parse_link("../secret.md").kind is LinkKind.UNKNOWN


# -- rendering -----------------------------------------------------------------------------------------------


def test_citations_become_numbers_in_the_order_of_the_source_list():
    rendered = render_markdown(parse_guide("test-guide.md", guide_text()), "GB")
    assert rendered.startswith("# A test guide\n")
    # S5 is listed first, S2 second, APP third, whatever order they are cited in.
    assert "Raise your legs \\[1, 2\\]. Walk \\[1\\]. The app keeps it \\[3\\]." in rendered
    assert "[S" not in rendered
    assert "[APP]" not in rendered


def test_the_sources_section_lists_each_source_with_external_links_marked():
    rendered = render_markdown(parse_guide("test-guide.md", guide_text()))
    sources = rendered.split("## Sources", 1)[1]
    assert "1. NHS: *Five*. [example.org](https://example.org/five) (opens in your browser)" in sources
    assert "[example.org](https://example.org/two) and [example.com](https://www.example.com/two-b)" in sources
    assert "3. CVI Companion: *About this app*." in sources
    assert "3. CVI Companion: *About this app*. [" not in sources


def test_the_closing_box_names_the_emergency_numbers_and_the_review_date():
    guide = parse_guide("test-guide.md", guide_text("Call {{emergency}} now [S2] [S5] [APP]."))
    closing = CLOSING.format(emergency=emergency_phrase("GB"), reviewed="23 November 2026")
    body = render_markdown(guide, "GB")
    assert body.rstrip().endswith("> " + closing)
    assert "Call your local emergency number (999 or 112 in the UK) now" in body
    assert "{{" not in body


def test_a_web_link_in_the_body_is_marked_as_external():
    rendered = render_markdown(parse_guide("t.md", guide_text("See [the NHS](https://www.nhs.uk) [S2] [S5] [APP].")))
    assert "[the NHS](https://www.nhs.uk) (opens in your browser)" in rendered
    rendered = render_markdown(parse_guide("t.md", guide_text("See [more](other.md) [S2] [S5] [APP].")))
    assert "[more](other.md) \\[" in rendered


TERRITORIES = ["GB", "gb", "IE", "US", "CA", "AU", "NZ", "DE", "FR", "CH", "IN", "JP", None, "", "XX"]


@pytest.mark.parametrize("territory", TERRITORIES)
def test_the_emergency_phrase_never_gives_one_number_alone(territory):
    phrase = emergency_phrase(territory)
    assert phrase.startswith("your local emergency number (")
    assert phrase.endswith(")")
    assert re.search(r"\d", phrase)
    assert not re.fullmatch(r"\s*\d+\s*", phrase)


def test_the_emergency_numbers_follow_the_country_or_fall_back_to_the_common_ones():
    assert emergency_phrase("GB") == "your local emergency number (999 or 112 in the UK)"
    assert emergency_phrase("IE") == "your local emergency number (112 or 999 in Ireland)"
    assert "911 in the US" in emergency_phrase("US")
    assert "000 in Australia" in emergency_phrase("AU")
    assert "111 in New Zealand" in emergency_phrase("NZ")
    assert "112 in Germany" in emergency_phrase("de")
    unknown = "your local emergency number (112 in Europe, 911 in North America, 999 in the UK)"
    assert emergency_phrase(None) == emergency_phrase("XX") == emergency_phrase("") == unknown


# -- search --------------------------------------------------------------------------------------------------


def test_plain_text_has_no_markup_citations_or_placeholders():
    body = "## Heading\n\n- **Bold** item [S1] [S2].\n- [a link](x.md) and ![a picture](../images/p.svg)\n\n"
    body += "| A | B |\n|---|---|\n| c | d |\n\n> Call {{emergency}}."
    text = plain_text(body)
    assert text == "Heading. Bold item. a link and a picture. A B. c d. Call your local emergency number."


def test_query_words_are_lower_case_and_distinct():
    assert query_words("  Stockings, stockings AND tights! ") == ("stockings", "and", "tights")
    assert query_words(" ,. ") == ()


def test_search_needs_every_word_and_ranks_title_hits_first(guides):
    hits = search(guides, "stockings")
    assert hits[0].guide.id == "compression-stockings"
    assert hits[0].in_title
    assert all(not hit.in_title for hit in hits[1:] if "stocking" not in hit.guide.title.lower())
    assert search(guides, "stockings quinine") == [h for h in hits if "quinine" in plain_text(h.guide.body).lower()]
    assert search(guides, "") == []
    assert search(guides, "xylophone") == []


def test_a_snippet_shows_the_words_in_context(guides):
    hits = search(guides, "Cochrane")
    assert [h.guide.id for h in hits] == ["medicines-and-cramps"]
    assert "Cochrane" in hits[0].snippet
    assert len(hits[0].snippet) < 200


def test_search_finds_a_distinctive_word_of_every_guide(guides):
    for guide in guides:
        first_paragraph = plain_text(guide.body.split("\n\n", 1)[0])
        word = max(re.findall(r"[A-Za-z]+", first_paragraph), key=len)
        assert guide in [hit.guide for hit in search(guides, word)], (guide.id, word)


def test_the_guide_for_a_reminder_kind_is_the_lowest_ordered_related_one(guides):
    a = parse_guide("a.md", guide_text().replace("order: 3", "order: 9"))
    b = parse_guide("b.md", guide_text())
    assert guide_for_kind([a, b], ReminderKind.ELEVATION) is b
    assert guide_for_kind([a, b], ReminderKind.STOCKINGS_ON) is None


# -- the guides the app ships with ---------------------------------------------------------------------------


def test_every_guide_file_parses(library):
    files = [name for name in assets.list_files(GUIDES_FOLDER) if name.endswith(".md")]
    assert library.problems == ()
    assert len(library.guides) == len(files) >= 14
    for guide in library.guides:
        assert guide.title, guide.id
        assert guide.summary, guide.id
        assert guide.reviewed >= date(2026, 1, 1), guide.id
        assert guide.sources, guide.id
        assert guide.body.strip(), guide.id


def test_red_flags_come_first(library):
    assert library.guides[0].id == RED_FLAGS
    orders = [g.order for g in library.guides]
    assert orders == sorted(orders)
    assert len(set(orders)) == len(orders)


def test_every_cited_source_is_listed_and_every_listed_source_cited(guides):
    for guide in guides:
        listed = [s.id for s in guide.sources]
        assert set(cited_ids(guide)) == set(listed), guide.id


def test_every_link_and_picture_resolves(library, guides):
    for guide in guides:
        for line, href in links(guide):
            link = parse_link(href)
            where = f"{guide.file_name}, line {line}: {href}"
            assert link.kind in {LinkKind.GUIDE, LinkKind.QUICK_LOG, LinkKind.REMINDER}, where
            if link.kind is LinkKind.GUIDE:
                assert library.get(link.target) is not None, where
            if link.kind is LinkKind.REMINDER:
                assert link.target in {k.value for k in ReminderKind}, where
        for line, href in images(guide):
            relative = image_resource(href)
            assert relative is not None, f"{guide.file_name}, line {line}: {href}"
            assert b"<svg" in assets.read_bytes(relative)


def test_every_picture_has_alt_text(guides):
    for guide in guides:
        for match in re.finditer(r"!\[([^\]]*)\]", guide.body):
            assert len(match.group(1).split()) >= 4, guide.id


def test_every_reminder_kind_has_a_guide(library):
    for kind in ReminderKind:
        assert library.for_kind(kind) is not None, kind
    guide = library.for_kind(ReminderKind.ELEVATION)
    assert guide is not None
    assert guide.id == "leg-elevation"


def test_the_red_flags_guide_names_each_red_flag(library):
    guide = library.get(RED_FLAGS)
    assert guide is not None
    text = plain_text(guide.body).lower()
    for phrase in (
        "clot in a deep leg vein",  # DVT signs
        "swelling in one leg",
        "clot in the lung",  # pulmonary embolism signs
        "sudden breathlessness",
        "coughing up blood",
        "bleeding varicose vein",  # first aid
        "press hard on the wound",
        "raise the leg",
        "cramp that lasts more than 10 minutes",
        "not healed within 2 weeks",  # a sore
        "new skin changes",
        "brown staining",
    ):
        assert phrase in text, phrase


def test_no_guide_writes_an_emergency_number_on_its_own(guides):
    for guide in guides:
        assert not re.search(r"\b(999|112|911)\b", guide.body), guide.id
        for territory in (None, "GB", "US"):
            rendered = render_markdown(guide, territory).replace(emergency_phrase(territory), "")
            assert not re.search(r"\b(999|112|911)\b", rendered.split("## Sources")[0]), guide.id


def test_every_guide_renders_with_numbered_sources(guides):
    for guide in guides:
        rendered = render_markdown(guide)
        assert not re.search(r"\[(S\d+|APP)\]", rendered), guide.id
        assert "## Sources" in rendered
        assert f"{len(guide.sources)}. " in rendered.split("## Sources")[1]
        assert "Last reviewed:" in rendered
