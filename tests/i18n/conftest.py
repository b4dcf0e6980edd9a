"""Messages of the real catalogues for the i18n tests."""

from __future__ import annotations

import pytest

from tools.translations import CATALOGUE_DIR, english_plurals, extract, read_catalogue


@pytest.fixture(scope="session")
def german_message() -> tuple[str, str, str]:
    """(context, source, German) of a finished German translation of a text the app uses."""
    messages, _problems = extract()
    catalogue = read_catalogue(CATALOGUE_DIR / "cvi_companion_de.ts")
    for key, entry in catalogue.entries.items():
        german = entry.translations[0]
        if key in messages and entry.finished and not entry.numerus and not key.disambiguation and german != key.source:
            return key.context, key.source, german
    pytest.fail("the German catalogue has no finished translation yet: merge the German into it")


@pytest.fixture(scope="session")
def plural_message() -> tuple[str, str, str, str]:
    """(context, source, English singular, English plural) of a text with a count the app uses."""
    messages, _problems = extract()
    plurals = [key for key, message in messages.items() if message.numerus and "(s)" in key.source]
    assert plurals, "the app has no text with a count written with (s)"
    key = next((key for key in plurals if "night(s)" in key.source), plurals[0])
    singular, plural = english_plurals(key.source)
    return key.context, key.source, singular, plural
