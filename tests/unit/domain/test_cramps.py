from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cvi_companion.domain.cramps import (
    LAST_NIGHT_PRESET,
    Context,
    CrampFilter,
    Location,
    Relief,
    Side,
    Soreness,
    edited,
    is_night,
    new_entry,
    night_before,
    night_lasts_until,
    night_of,
    split_tags,
    validate,
)
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.when import most_recent

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CET = timezone(timedelta(hours=1))
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("local", "night"),
    [
        (datetime(2026, 11, 23, 2, 30, tzinfo=CET), date(2026, 11, 22)),
        (datetime(2026, 11, 23, 0, 0, tzinfo=CET), date(2026, 11, 22)),
        (datetime(2026, 11, 23, 3, 59, tzinfo=CET), date(2026, 11, 22)),
        (datetime(2026, 11, 23, 4, 0, tzinfo=CET), date(2026, 11, 23)),
        (datetime(2026, 11, 22, 23, 15, tzinfo=CET), date(2026, 11, 22)),
        (datetime(2026, 11, 23, 14, 0, tzinfo=CET), date(2026, 11, 23)),
    ],
)
def test_a_cramp_before_four_belongs_to_the_previous_night(local, night):
    assert night_of(local) == night


def test_night_of_uses_the_wall_clock_where_the_cramp_happened():
    # 02:30 in Tokyo is 17:30 UTC the previous day; the night is still judged by the local clock.
    tokyo = datetime(2026, 11, 23, 2, 30, tzinfo=timezone(timedelta(hours=9)))
    assert night_of(tokyo) == date(2026, 11, 22)
    assert night_of(tokyo.astimezone(UTC)) == date(2026, 11, 22)


@pytest.mark.parametrize(
    ("clock", "expected"),
    [(time(23, 0), True), (time(3, 0), True), (time(6, 59), True), (time(7, 0), False), (time(12, 0), False)],
)
def test_night_window_wraps_past_midnight(clock, expected):
    assert is_night(clock, time(22, 0), time(7, 0)) is expected


def test_night_window_that_does_not_wrap():
    assert is_night(time(1, 30), time(1, 0), time(5, 0))
    assert not is_night(time(23, 0), time(1, 0), time(5, 0))


def test_new_entry_has_defaults_and_matching_stamps():
    started = datetime(2026, 11, 23, 3, 10, 42, 123456, tzinfo=CET)
    entry = new_entry(started_at=started, side=Side.RIGHT, now=NOW)
    assert entry.locations == (Location.CALF,)
    assert entry.started_at == started.replace(microsecond=0)
    assert entry.created_at == entry.updated_at == NOW
    assert entry.deleted_at is None
    assert entry.night_of == date(2026, 11, 22)


def test_lists_are_put_in_a_stable_order_without_repeats():
    entry = new_entry(
        started_at=NOW,
        side=Side.BOTH,
        now=NOW,
        locations=[Location.SHIN, Location.CALF, Location.SHIN],
        helped=[Relief.HEAT, Relief.STRETCHING],
        context=[Context.STRETCHED_BEFORE_BED, Context.ALCOHOL],
        tags=["  after   gardening ", "After gardening", "", "night shift"],
        note="line one\r\nline two",
    )
    assert entry.locations == (Location.CALF, Location.SHIN)
    assert entry.helped == (Relief.STRETCHING, Relief.HEAT)
    assert entry.context == (Context.ALCOHOL, Context.STRETCHED_BEFORE_BED)
    assert entry.tags == ("after gardening", "night shift")
    assert entry.note == "line one\nline two"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"intensity": 11}, "intensity", "0 to 10"),
        ({"intensity": -1}, "intensity", "0 to 10"),
        ({"duration_s": 0}, "duration_s", "between"),
        ({"duration_s": 13 * 3600}, "duration_s", "between"),
        ({"locations": ()}, "locations", "at least one"),
        ({"helped": (Relief.NOTHING, Relief.MASSAGE)}, "helped", "nothing helped"),
        ({"started_at": NOW + timedelta(hours=1)}, "started_at", "future"),
        ({"started_at": datetime(2026, 11, 23, 3, 0)}, "started_at", "time zone"),
        ({"started_at": datetime(1999, 12, 31, tzinfo=UTC)}, "started_at", "before"),
        ({"tags": ("x" * 41,)}, "tags", "longer than"),
        ({"tags": tuple(f"t{i}" for i in range(21))}, "tags", "at most"),
        ({"tags": ("a,b",)}, "tags", "comma"),
        ({"note": "bad\x00byte"}, "note", "NUL"),
    ],
)
def test_invalid_values_are_rejected_with_a_message_for_the_field(changes, field, words):
    good = new_entry(started_at=NOW, side=Side.LEFT, now=NOW)
    with pytest.raises(ValidationError) as caught:
        validate(replace(good, **changes), NOW)
    messages = caught.value.for_field(field)
    assert messages, caught.value.problems
    assert words.lower() in messages[0].lower()


def test_every_problem_is_reported_at_once():
    good = new_entry(started_at=NOW, side=Side.LEFT, now=NOW)
    with pytest.raises(ValidationError) as caught:
        validate(replace(good, intensity=12, locations=(), duration_s=-5), NOW)
    assert {p.field for p in caught.value.problems} == {"intensity", "locations", "duration_s"}


def test_a_slightly_fast_clock_elsewhere_is_tolerated():
    entry = new_entry(started_at=NOW + timedelta(minutes=5), side=Side.LEFT, now=NOW)
    assert entry.started_at == NOW + timedelta(minutes=5)


def test_edit_moves_updated_at_but_keeps_created_at():
    entry = new_entry(started_at=NOW, side=Side.LEFT, now=NOW)
    later = NOW + timedelta(hours=2)
    changed = edited(entry, later, intensity=4, soreness=Soreness.MILD)
    assert (changed.intensity, changed.soreness) == (4, Soreness.MILD)
    assert changed.created_at == NOW
    assert changed.updated_at == later
    with pytest.raises(ValidationError):
        edited(entry, later, intensity=40)


def test_split_tags_accepts_commas_and_semicolons():
    assert split_tags("heat; long walk, ,Heat") == ("heat", "long walk")


def test_filter_rejects_an_end_before_the_start():
    with pytest.raises(ValidationError):
        CrampFilter(since=date(2026, 11, 2), until=date(2026, 11, 1)).check()
    CrampFilter(since=date(2026, 11, 1), until=date(2026, 11, 1)).check()


entries = st.builds(
    lambda minutes, side, locs, duration, woke, intensity, helped, soreness, ctx, tags, note: {
        "started_at": NOW - timedelta(minutes=minutes),
        "side": side,
        "locations": locs,
        "duration_s": duration,
        "woke_me": woke,
        "intensity": intensity,
        "helped": helped,
        "soreness": soreness,
        "context": ctx,
        "tags": tags,
        "note": note,
    },
    st.integers(0, 60 * 24 * 365 * 20),
    st.sampled_from(Side),
    st.lists(st.sampled_from(Location), min_size=1),
    st.none() | st.integers(1, 12 * 3600),
    st.booleans(),
    st.none() | st.integers(0, 10),
    st.lists(st.sampled_from([r for r in Relief if r is not Relief.NOTHING])),
    st.none() | st.sampled_from(Soreness),
    st.lists(st.sampled_from(Context)),
    st.lists(st.text(st.characters(blacklist_characters=",;\x00"), max_size=40), max_size=20),
    st.text(st.characters(blacklist_characters="\x00\r")),
)


@given(entries)
def test_any_sensible_entry_is_accepted_and_validation_is_idempotent(details):
    entry = new_entry(now=NOW, **details)
    assert validate(entry, NOW) == entry
    assert entry.night_of <= entry.started_at.date()


@given(st.integers().filter(lambda n: not 0 <= n <= 10))
def test_any_out_of_range_intensity_is_rejected(value):
    with pytest.raises(ValidationError):
        new_entry(started_at=NOW, side=Side.LEFT, now=NOW, intensity=value)


@pytest.mark.parametrize(
    ("local", "night"),
    [
        (datetime(2026, 11, 23, 8, 0), date(2026, 11, 22)),  # the morning check-in
        (datetime(2026, 11, 23, 14, 0), date(2026, 11, 22)),  # answered late, after a snooze
        (datetime(2026, 11, 23, 4, 0), date(2026, 11, 22)),  # the night ends at 04:00
        (datetime(2026, 11, 23, 3, 59), date(2026, 11, 21)),  # still in the night of the 22nd
    ],
)
def test_night_before_is_the_night_that_ended_last(local, night):
    assert night_before(local.replace(tzinfo=BERLIN)) == night


@pytest.mark.parametrize(
    ("starts", "ends", "until"),
    [
        (time(22, 0), time(7, 0), datetime(2026, 11, 23, 7, 0)),  # the usual night: it lasts until 07:00
        (time(23, 30), time(3, 0), datetime(2026, 11, 23, 4, 0)),  # ends before 04:00: the 04:00 rule stands
        (time(1, 0), time(9, 0), datetime(2026, 11, 23, 4, 0)),  # not past midnight: the 04:00 rule stands
    ],
)
def test_a_night_lasts_until_the_persons_night_window_ends(starts, ends, until):
    assert night_lasts_until(date(2026, 11, 22), starts, ends) == until


def test_the_last_night_preset_lands_in_the_night_the_check_in_asks_about():
    check_in = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    assert night_of(most_recent(check_in, LAST_NIGHT_PRESET, BERLIN)) == night_before(check_in)
