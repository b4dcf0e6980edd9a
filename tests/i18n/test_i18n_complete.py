"""The shipped catalogues follow the source: every text of the app translated into German, the plurals in English.

These fail while a text is not yet in the catalogues: `uv run python tools/translations.py update`, then
translate (or `merge`), then `check` lists anything left.
"""

from __future__ import annotations

from tools.translations import CATALOGUE_DIR, Key, extract, marker_problems, read_catalogue


def test_every_translated_call_in_the_app_can_be_read():
    _messages, problems = extract()
    assert [str(problem) for problem in problems] == []


def test_every_text_of_the_app_is_translated_into_german():
    messages, _problems = extract()
    catalogue = read_catalogue(CATALOGUE_DIR / "cvi_companion_de.ts")
    missing = [str(key) for key in messages if key not in catalogue.entries]
    unfinished = [str(key) for key in messages if key in catalogue.entries and not catalogue.entries[key].finished]
    assert (missing, unfinished) == ([], [])


def test_german_keeps_the_fields_placeholders_and_tags_of_the_english():
    catalogue = read_catalogue(CATALOGUE_DIR / "cvi_companion_de.ts")
    broken = {
        str(key): issues
        for key, entry in catalogue.entries.items()
        if entry.finished and (issues := marker_problems(key.source, entry.translations))
    }
    assert broken == {}


def test_the_english_catalogue_has_every_plural_and_nothing_else():
    messages, _problems = extract()
    catalogue = read_catalogue(CATALOGUE_DIR / "cvi_companion_en.ts")
    plurals: set[Key] = {key for key, message in messages.items() if message.numerus}
    assert set(catalogue.entries) == plurals
    assert all(entry.finished and len(entry.translations) == 2 for entry in catalogue.entries.values())
