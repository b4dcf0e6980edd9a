from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import Location, Side
from cvi_companion.domain.insights import (
    ASSOCIATION_NOTE,
    SCORE_RULE,
    Comparison,
    CrampPoint,
    NightRange,
    compute_insights,
    describe,
    describe_comparison,
    describe_hours,
    describe_night_share,
    describe_sides,
    night_log,
    night_share,
    percent,
)
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind

BERLIN = ZoneInfo("Europe/Berlin")
WINDOW = (time(22, 0), time(7, 0))


def texts(phrases):
    """The English of phrases, as the terminal prints them."""
    return [str(phrase) for phrase in phrases]


def nov(day):
    return date(2026, 11, day)


def cramp(day, hh, side=Side.LEFT, intensity=None):
    return CrampPoint(datetime(2026, 11, day, hh, 0, tzinfo=BERLIN), side, (Location.CALF,), intensity)


@pytest.mark.parametrize(
    ("share", "text"), [(0.0, "0 %"), (0.125, "13 %"), (0.6, "60 %"), (2 / 3, "67 %"), (1, "100 %")]
)
def test_percent_rounds_halves_up(share, text):
    assert percent(share) == text


def test_night_share_in_words_names_the_unknown_nights_and_overridden_reports():
    log = night_log(NightRange(nov(16), nov(22)), [cramp(16, 23), cramp(18, 2), cramp(20, 3)], {nov(18), nov(19)})
    assert texts(describe_night_share(night_share(log))) == [
        "Nights with a cramp: 3 of 4 nights with a record (75 %). Nights without any record, not counted: 3.",
        "1 night reported cramp-free also had a logged cramp; the cramp counts.",
    ]
    empty = night_share(night_log(NightRange(nov(16), nov(16)), [], []))
    assert texts(describe_night_share(empty)) == [
        "No night in this range has a logged cramp or a cramp-free report. Nights without any record, not counted: 1."
    ]


def test_hours_and_sides_in_words():
    log = night_log(NightRange(nov(16), nov(22)), [cramp(17, 3), cramp(18, 3, Side.RIGHT), cramp(16, 23)], [])
    insights = compute_insights(log.range, log.cramps, [], [])
    assert texts(describe_hours(insights.hours)) == [
        "Most cramps started between 03:00 and 04:00 (2 of 3).",
        "Cramps by starting hour (local clock): 23:00 to 00:00: 1; 03:00 to 04:00: 2.",
    ]
    assert texts(describe_sides(insights.sides)) == ["Side: left 2 (67 %), right 1 (33 %), both 0 (0 %)."]


def test_a_comparison_says_it_is_an_association_or_why_there_is_none():
    enough = Comparison(ReminderKind.BEDTIME_STRETCH, 4, 1, 3, 3)
    assert texts(describe_comparison(enough)) == [
        "Bedtime calf stretch: after a day it was done, 0.25 cramps a night (1 in 4 nights); after a day it was due "
        "but not done, 1.00 cramps a night (3 in 3 nights).",
        ASSOCIATION_NOTE,
    ]
    too_few = Comparison(ReminderKind.ELEVATION, 2, 1, 5, 3)
    assert texts(describe_comparison(too_few)) == [
        "Raise your legs: not enough nights to compare yet. Needs 3 nights with a record on each side; there are 2 "
        "after a day it was done and 5 after a day it was not."
    ]


def test_describe_renders_every_insight_with_its_numbers():
    reminders = [
        ReminderRecord(
            ReminderKind.ELEVATION, f"2026-11-{d:02d}T11:00", datetime(2026, 11, d, 11, tzinfo=BERLIN), outcome,
            datetime(2026, 11, d, 11, tzinfo=BERLIN),
        )
        for d, outcome in [(16, Outcome.DONE), (17, Outcome.SKIPPED), (18, Outcome.SNOOZED)]
    ]  # fmt: skip
    cramps = [cramp(16, 23, intensity=6), cramp(19, 2, intensity=8), cramp(20, 14)]
    insights = compute_insights(NightRange(nov(18), nov(24)), cramps, {nov(21), nov(22)}, reminders, WINDOW)
    lines = texts(describe(insights))
    assert lines[0] == "Nights from 18 Nov 2026 to 24 Nov 2026 (7 nights)."
    assert "Cramps per week, 2 cramps in all:" in lines
    assert "Week 47 of 2026, 18 Nov – 22 Nov (part week, 5 of 7 nights): 2 cramps (1 in the daytime)." in lines
    assert "Week 48 of 2026, 23 Nov – 24 Nov (part week, 2 of 7 nights): 0 cramps." in lines
    assert (
        "Longest run of nights reported cramp-free: 2 nights, 21 Nov 2026 to 22 Nov 2026. "
        "Nights without any record end a run."
    ) in lines
    assert "Week 47 of 2026, 18 Nov – 22 Nov (part week, 5 of 7 nights): average 8.0, worst 8, from 1 cramp." in lines
    assert f"Raise your legs: done 0 of 1 times; score 4 %. {SCORE_RULE}" in lines
    assert (
        "Week 47 of 2026, 18 Nov – 22 Nov (part week, 5 of 7 nights): 0 done, 0 skipped, 0 missed, 1 not answered."
        in lines
    )
