"""How entries read on screen: English by default, and in another language and locale when one is installed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cvi_companion.domain.cramps import CrampFilter, Location, Relief, Side, Soreness, new_entry
from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.ui import formatting as fmt
from tests.ui.fake_catalogue import Catalogue

GERMAN = {
    ("Formatting", "ddd d MMM"): "ddd d. MMM",
    ("Formatting", "ddd d MMM yyyy"): "ddd d. MMM yyyy",
    ("Formatting", "{date} {time}"): "{date}, {time}",
    ("Formatting", "calf"): "Wade",
    ("Formatting", "foot"): "Fuß",
    ("Formatting", "{places} and {last}"): "{places} und {last}",
    ("Formatting", "left {places}"): "{places} links",
    ("Formatting", "{places}, both legs"): "{places}, beide Beine",
    ("Formatting", "%Ln entry(ies)"): ("%Ln Eintrag", "%Ln Einträge"),
    ("Formatting", "%n min"): ("%n Min.", "%n Min."),
    ("Formatting", "{minutes} min"): "{minutes} Min.",
    ("Cramps", "Left"): "Links",
    ("Cramps", "Calf"): "Wade",
    ("Reminders", "Raise your legs"): "Beine hochlegen",
    ("Problems", "the end date is before the start date"): "das Enddatum liegt vor dem Anfangsdatum",
}


@pytest.fixture
def german(qapp):
    """A German catalogue and German formats for one test."""
    catalogue = Catalogue(GERMAN)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert QCoreApplication.installTranslator(catalogue)
    yield
    QCoreApplication.removeTranslator(catalogue)
    QLocale.setDefault(before)


def entry(side: Side, *places: Location):
    moment = datetime(2026, 11, 23, 3, 10).astimezone()
    return new_entry(started_at=moment, side=side, locations=places, now=moment)


def test_english_by_default(qapp):
    assert fmt.day_text(date(2026, 11, 23)) == "Mon 23 Nov"
    assert fmt.started_text(datetime(2026, 11, 23, 3, 10)) == "Mon 23 Nov 2026 03:10"
    assert fmt.duration_text(45) == "45 s"
    assert fmt.duration_text(150) == "2 min 30 s"
    assert fmt.duration_text(3900) == "1 h 5 min"
    assert fmt.where_phrase(entry(Side.LEFT, Location.CALF)) == "left calf"
    assert fmt.where_phrase(entry(Side.RIGHT, Location.CALF, Location.FOOT)) == "right calf and foot"
    assert fmt.where_phrase(entry(Side.BOTH, Location.CALF)) == "calf, both legs"
    assert fmt.locations_text([Location.CALF, Location.FOOT, Location.SHIN]) == "Calf, foot, shin"
    assert fmt.helped_text([Relief.WALKING, Relief.HEAT]) == "Walking, heat"
    assert fmt.count_text(1) == "1 entry"
    assert fmt.count_text(2) == "2 entries"
    assert fmt.snooze_text(600) == "10 min"
    assert fmt.soreness_in_sentence(Soreness.MILD) == "mild"
    assert fmt.kind_text(ReminderKind.WALKING) == "Walking break"
    assert fmt.weekday_name(0) == "Mon"


def test_in_german_with_german_formats(german):
    assert fmt.day_text(date(2026, 11, 23)) == "Mo. 23. Nov."
    assert fmt.started_text(datetime(2026, 11, 23, 3, 10)) == "Mo. 23. Nov. 2026, 03:10"
    assert fmt.side_text(Side.LEFT) == "Links"
    assert fmt.where_phrase(entry(Side.LEFT, Location.CALF, Location.FOOT)) == "Wade und Fuß links"
    assert fmt.where_phrase(entry(Side.BOTH, Location.CALF)) == "Wade, beide Beine"
    # German nouns keep their capitals after the first item of a list.
    assert fmt.locations_text([Location.CALF, Location.FOOT]) == "Wade, Fuß"
    assert fmt.count_text(1) == "1 Eintrag"
    assert fmt.count_text(1234) == "1.234 Einträge"
    assert fmt.snooze_text(300) == "5 Min."
    assert fmt.kind_text(ReminderKind.ELEVATION) == "Beine hochlegen"
    assert fmt.weekday_name(0) == "Mo."
    assert fmt.time_text(time(15, 5)) == "15:05"


def test_problems_read_as_sentences_in_the_persons_language(german):
    with pytest.raises(ValidationError) as raised:
        CrampFilter(since=date(2026, 11, 23), until=date(2026, 11, 1)).check()
    assert fmt.problem_text(raised.value.problems[0]) == "Das Enddatum liegt vor dem Anfangsdatum."
    # An unknown message is shown as it is, as a sentence.
    assert fmt.problem_text(FieldProblem("tags", "use at most 20 tags")) == "Use at most 20 tags."


def test_a_problem_with_a_value_is_said_in_german_with_the_value_in_it(qapp):
    from cvi_companion.app.translations import install_translations, remove_translations
    from cvi_companion.domain.cramps import validate

    moment = datetime(2026, 11, 23, 3, 10).astimezone()
    bad = replace(new_entry(started_at=moment, side=Side.LEFT, now=moment), tags=("Sauna; lange",))
    with pytest.raises(ValidationError) as raised:
        validate(bad, moment)
    problems = raised.value.problems
    assert [p.message for p in problems] == ["the tag 'Sauna; lange' contains a comma or semicolon"]
    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"
    try:
        assert fmt.problem_text(problems[0]) == "Der Tag „Sauna; lange“ enthält ein Komma oder Semikolon."
    finally:
        remove_translations(qapp)
    assert fmt.problem_text(problems[0]) == "The tag 'Sauna; lange' contains a comma or semicolon."


def test_the_terminal_keeps_the_english_labels():
    from cvi_companion.domain.cramps import SIDE_LABELS
    from cvi_companion.domain.reminders import KIND_LABELS

    assert SIDE_LABELS[Side.LEFT] == "Left"
    assert KIND_LABELS[ReminderKind.ELEVATION] == "Raise your legs"


def test_twelve_hour_clocks_where_the_locale_has_them(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert fmt.clock_text(datetime(2026, 11, 23, 15, 5)) == "3:05\u202fPM"
        assert fmt.count_text(1234) == "1,234 entries"
    finally:
        QLocale.setDefault(before)
