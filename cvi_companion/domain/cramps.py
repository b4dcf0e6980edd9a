"""The cramp entry: one row per cramp episode, with its vocabulary and validation rules."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar

from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.text import QT_TRANSLATE_NOOP

# A cramp before this local hour belongs to the previous evening's night (02:30 on Tuesday is Monday night).
NIGHT_BOUNDARY_HOUR = 4
MAX_DURATION_S = 12 * 3600
MAX_TAGS = 20
MAX_TAG_LENGTH = 40
EARLIEST_DATE = date(2000, 1, 1)
# A clock a few minutes fast on another device should not make a just-logged cramp invalid.
FUTURE_TOLERANCE = timedelta(minutes=10)


class Side(StrEnum):
    """Which leg cramped."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Location(StrEnum):
    """Where in the leg."""

    CALF = "calf"
    FOOT = "foot"
    THIGH = "thigh"
    SHIN = "shin"
    OTHER = "other"


class Relief(StrEnum):
    """What helped the cramp pass."""

    STRETCHING = "stretching"
    WALKING = "walking"
    MASSAGE = "massage"
    HEAT = "heat"
    COLD = "cold"
    NOTHING = "nothing"
    OTHER = "other"


class Soreness(StrEnum):
    """How sore the muscle was afterwards."""

    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Context(StrEnum):
    """Circumstances of the day or evening before the cramp."""

    LONG_STANDING = "long-standing"
    LONG_SITTING = "long-sitting"
    EXERCISE = "exercise"
    HEAT = "heat"
    ALCOHOL = "alcohol"
    NEW_MEDICINE = "new-medicine"
    STOCKINGS_WORN = "stockings-worn"
    LEGS_ELEVATED = "legs-elevated"
    STRETCHED_BEFORE_BED = "stretched-before-bed"


# Shown in the GUI through cvi_companion.ui.i18n.label("Cramps", ...); the CLI prints the English as is.
SIDE_LABELS: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("Cramps", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Cramps", "Right"),
    Side.BOTH: QT_TRANSLATE_NOOP("Cramps", "Both"),
}
LOCATION_LABELS: dict[Location, str] = {
    Location.CALF: QT_TRANSLATE_NOOP("Cramps", "Calf"),
    Location.FOOT: QT_TRANSLATE_NOOP("Cramps", "Foot"),
    Location.THIGH: QT_TRANSLATE_NOOP("Cramps", "Thigh"),
    Location.SHIN: QT_TRANSLATE_NOOP("Cramps", "Shin"),
    Location.OTHER: QT_TRANSLATE_NOOP("Cramps", "Other"),
}
RELIEF_LABELS: dict[Relief, str] = {
    Relief.STRETCHING: QT_TRANSLATE_NOOP("Cramps", "Stretching or flexing the foot"),
    Relief.WALKING: QT_TRANSLATE_NOOP("Cramps", "Walking"),
    Relief.MASSAGE: QT_TRANSLATE_NOOP("Cramps", "Massage"),
    Relief.HEAT: QT_TRANSLATE_NOOP("Cramps", "Heat"),
    Relief.COLD: QT_TRANSLATE_NOOP("Cramps", "Cold"),
    Relief.NOTHING: QT_TRANSLATE_NOOP("Cramps", "Nothing helped"),
    Relief.OTHER: QT_TRANSLATE_NOOP("Cramps", "Something else"),
}
SORENESS_LABELS: dict[Soreness, str] = {
    Soreness.NONE: QT_TRANSLATE_NOOP("Cramps", "None"),
    Soreness.MILD: QT_TRANSLATE_NOOP("Cramps", "Mild"),
    Soreness.MODERATE: QT_TRANSLATE_NOOP("Cramps", "Moderate"),
    Soreness.SEVERE: QT_TRANSLATE_NOOP("Cramps", "Severe"),
}
CONTEXT_LABELS: dict[Context, str] = {
    Context.LONG_STANDING: QT_TRANSLATE_NOOP("Cramps", "Long standing"),
    Context.LONG_SITTING: QT_TRANSLATE_NOOP("Cramps", "Long sitting"),
    Context.EXERCISE: QT_TRANSLATE_NOOP("Cramps", "Exercise"),
    Context.HEAT: QT_TRANSLATE_NOOP("Cramps", "Hot weather"),
    Context.ALCOHOL: QT_TRANSLATE_NOOP("Cramps", "Alcohol"),
    Context.NEW_MEDICINE: QT_TRANSLATE_NOOP("Cramps", "New medicine"),
    Context.STOCKINGS_WORN: QT_TRANSLATE_NOOP("Cramps", "Stockings worn that day"),
    Context.LEGS_ELEVATED: QT_TRANSLATE_NOOP("Cramps", "Legs elevated that day"),
    Context.STRETCHED_BEFORE_BED: QT_TRANSLATE_NOOP("Cramps", "Stretched before bed"),
}

E = TypeVar("E", bound=StrEnum)


def canonical(values: Iterable[E], kind: type[E]) -> tuple[E, ...]:
    """Return the distinct values in the enum's declared order, so storage and export are stable."""
    wanted = set(values)
    return tuple(member for member in kind if member in wanted)


def night_of(started_at: datetime) -> date:
    """The night an episode belongs to, from its local wall-clock time."""
    return (started_at.replace(tzinfo=None) - timedelta(hours=NIGHT_BOUNDARY_HOUR)).date()


# Where the quick log starts when the morning check-in's answer is "yes, last night": the most recent 03:00
# always falls in the night that just ended, and the person corrects the time from there.
LAST_NIGHT_PRESET = time(3, 0)


def night_before(local: datetime) -> date:
    """The night that ended last before a local time ("last night" for a morning check-in at 08:00)."""
    return night_of(local) - timedelta(days=1)


def night_lasts_until(night: date, starts: time, ends: time) -> datetime:
    """The local wall-clock moment a night ends for the person: their night window's end the next morning.

    By the 04:00 rule a 05:30 cramp is filed under the night to come; with a night window ending at 07:00 it
    still happened "last night" to the person. A window that does not run past midnight (or ends before
    04:00) changes nothing: the night then lasts until the 04:00 boundary.
    """
    boundary = time(NIGHT_BOUNDARY_HOUR)
    end = max(ends, boundary) if starts > ends else boundary
    return datetime.combine(night + timedelta(days=1), end)


def is_night(local: time, starts: time, ends: time) -> bool:
    """Whether a local time of day falls in the night window (which may wrap past midnight)."""
    if starts <= ends:
        return starts <= local < ends
    return local >= starts or local < ends


@dataclass(frozen=True, slots=True)
class CrampEntry:
    """One cramp episode as the person described it, plus bookkeeping timestamps (all aware)."""

    id: uuid.UUID
    started_at: datetime
    side: Side
    locations: tuple[Location, ...] = (Location.CALF,)
    duration_s: int | None = None
    woke_me: bool = False
    intensity: int | None = None
    helped: tuple[Relief, ...] = ()
    soreness: Soreness | None = None
    context: tuple[Context, ...] = ()
    tags: tuple[str, ...] = ()
    note: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    deleted_at: datetime | None = None

    @property
    def night_of(self) -> date:
        """The night this episode belongs to."""
        return night_of(self.started_at)


def normalize_tags(raw: Iterable[str]) -> tuple[str, ...]:
    """Trim, collapse inner spaces and drop empty or repeated (case-insensitively) free tags."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in raw:
        clean = " ".join(tag.split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return tuple(out)


def split_tags(text: str) -> tuple[str, ...]:
    """Split a comma- or semicolon-separated list of free tags as typed by a person."""
    return normalize_tags(text.replace(";", ",").split(","))


def _problems(entry: CrampEntry, now: datetime) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    started = entry.started_at
    if started.tzinfo is None or started.utcoffset() is None:
        problems.append(FieldProblem("started_at", QT_TRANSLATE_NOOP("Problems", "the start time needs a time zone")))
    elif started > now + FUTURE_TOLERANCE:
        problems.append(FieldProblem("started_at", QT_TRANSLATE_NOOP("Problems", "the start time is in the future")))
    elif started.date() < EARLIEST_DATE:
        problems.append(
            FieldProblem(
                "started_at",
                QT_TRANSLATE_NOOP("Problems", "the start time is before {date}"),
                {"date": EARLIEST_DATE.isoformat()},
            )
        )
    if entry.side not in tuple(Side):
        problems.append(FieldProblem("side", QT_TRANSLATE_NOOP("Problems", "choose left, right or both")))
    if not entry.locations:
        problems.append(
            FieldProblem("locations", QT_TRANSLATE_NOOP("Problems", "choose at least one place (for example calf)"))
        )
    if entry.duration_s is not None and not 1 <= entry.duration_s <= MAX_DURATION_S:
        problems.append(
            FieldProblem(
                "duration_s",
                QT_TRANSLATE_NOOP("Problems", "the duration must be between 1 second and {hours} hours"),
                {"hours": MAX_DURATION_S // 3600},
            )
        )
    if entry.intensity is not None and not 0 <= entry.intensity <= 10:
        problems.append(
            FieldProblem(
                "intensity", QT_TRANSLATE_NOOP("Problems", "the intensity must be a whole number from 0 to 10")
            )
        )
    if Relief.NOTHING in entry.helped and len(entry.helped) > 1:
        problems.append(
            FieldProblem(
                "helped", QT_TRANSLATE_NOOP("Problems", "'nothing helped' cannot be combined with other choices")
            )
        )
    if len(entry.tags) > MAX_TAGS:
        problems.append(
            FieldProblem("tags", QT_TRANSLATE_NOOP("Problems", "use at most {count} tags"), {"count": MAX_TAGS})
        )
    for tag in entry.tags:
        if len(tag) > MAX_TAG_LENGTH:
            problems.append(
                FieldProblem(
                    "tags",
                    QT_TRANSLATE_NOOP("Problems", "the tag '{tag}…' is longer than {length} characters"),
                    {"tag": tag[:20], "length": MAX_TAG_LENGTH},
                )
            )
        if any(ch in tag for ch in ",;"):
            problems.append(
                FieldProblem(
                    "tags", QT_TRANSLATE_NOOP("Problems", "the tag '{tag}' contains a comma or semicolon"), {"tag": tag}
                )
            )
    if "\x00" in entry.note:
        problems.append(FieldProblem("note", QT_TRANSLATE_NOOP("Problems", "the note contains a NUL character")))
    return problems


def validate(entry: CrampEntry, now: datetime | None = None) -> CrampEntry:
    """Normalize an entry and check it, raising ValidationError listing every problem found."""
    now = now or datetime.now(UTC)
    normal = replace(
        entry,
        # The log keeps start times to the second; trimming here makes a saved entry equal its reload.
        started_at=entry.started_at.replace(microsecond=0),
        locations=canonical(entry.locations, Location),
        helped=canonical(entry.helped, Relief),
        context=canonical(entry.context, Context),
        tags=normalize_tags(entry.tags),
        note=entry.note.replace("\r\n", "\n").replace("\r", "\n"),
    )
    problems = _problems(normal, now)
    if problems:
        raise ValidationError(problems)
    return normal


def new_entry(
    *,
    started_at: datetime,
    side: Side,
    now: datetime | None = None,
    locations: Iterable[Location] = (Location.CALF,),
    duration_s: int | None = None,
    woke_me: bool = False,
    intensity: int | None = None,
    helped: Iterable[Relief] = (),
    soreness: Soreness | None = None,
    context: Iterable[Context] = (),
    tags: Iterable[str] = (),
    note: str = "",
) -> CrampEntry:
    """Create a validated entry with a fresh id, stamped with the current UTC time."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    entry = CrampEntry(
        id=uuid.uuid4(),
        started_at=started_at,
        side=side,
        locations=tuple(locations),
        duration_s=duration_s,
        woke_me=woke_me,
        intensity=intensity,
        helped=tuple(helped),
        soreness=soreness,
        context=tuple(context),
        tags=tuple(tags),
        note=note,
        created_at=stamp,
        updated_at=stamp,
    )
    return validate(entry, stamp)


def edited(entry: CrampEntry, now: datetime | None = None, **changes: object) -> CrampEntry:
    """Return a validated copy of the entry with changes applied and updated_at moved on."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    return validate(replace(entry, updated_at=stamp, **changes), stamp)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class CrampFilter:
    """Which entries to show: local start dates (inclusive), side, and live or trashed."""

    since: date | None = None
    until: date | None = None
    side: Side | None = None
    trash: bool = False

    def check(self) -> None:
        """Reject a range whose end comes before its start."""
        if self.since and self.until and self.until < self.since:
            raise ValidationError(
                [FieldProblem("until", QT_TRANSLATE_NOOP("Problems", "the end date is before the start date"))]
            )
