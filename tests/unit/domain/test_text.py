"""Translatable phrases from the domain: English by themselves, filled the same way in any language."""

from __future__ import annotations

import pytest

from cvi_companion.domain.text import QT_TRANSLATE_NOOP, translate


def test_a_marked_label_is_returned_unchanged():
    assert QT_TRANSLATE_NOOP("Reminders", "Raise your legs") == "Raise your legs"


@pytest.mark.parametrize(("count", "english"), [(0, "0 nights"), (1, "1 night"), (2, "2 nights")])
def test_english_settles_its_plural_from_the_count(count, english):
    assert str(translate("Insights", "%n night(s)", "", count)) == english


def test_fields_are_filled_in_the_english_and_in_a_translation():
    phrase = translate("Insights", "%n cramp(s) on {day}", "", 3, day="Monday")
    assert str(phrase) == "3 cramps on Monday"
    assert phrase.fill("%n Krämpfe am {day}") == "3 Krämpfe am Monday"


def test_a_phrase_cannot_be_changed_afterwards():
    phrase = translate("Insights", "{a} of {b}", a=1, b=2)
    with pytest.raises(TypeError):
        phrase.fields["a"] = 5  # type: ignore[index]
    assert str(phrase) == "1 of 2"
