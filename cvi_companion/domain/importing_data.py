"""What an import file holds once read and checked, and the rules shared by the CSV and JSON readers.

Problems are translatable phrases (domain.importing_problems), the file's own values quoted as they are.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar, cast

from cvi_companion.domain.cramps import (
    Context,
    CrampEntry,
    Location,
    Relief,
    Side,
    Soreness,
    canonical,
    validate,
)
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.importing_problems import BadValue, ImportFileError, ImportProblem, Problems, Where
from cvi_companion.domain.insights_values import Day
from cvi_companion.domain.reminder_history import ReminderRecord
from cvi_companion.domain.text import Phrase, translate
from cvi_companion.domain.when import localize

# Entries without an id get uuid5(DERIVED_ID_NAMESPACE, "<start in UTC>|<side>|<locations>"), so importing the
# same spreadsheet twice finds the same ids instead of doubling the rows. Documented; never change it.
DERIVED_ID_NAMESPACE = uuid.UUID("3b0f6c2e-54a9-4f43-8d7e-2f1c9a6b5e10")
NIGHT_VIA: tuple[str, ...] = ("check-in", "log")
S = TypeVar("S", bound=StrEnum)

# The domain's field names as the file formats call them.
FILE_KEY = {"duration_s": "duration_seconds"}


@dataclass(frozen=True, slots=True)
class CrampFreeNight:
    """A night the person reported as free of cramps (`night` is the date it began)."""

    night: date
    via: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ImportedEntry:
    """An entry read from a file, with where it came from and what the file did not say."""

    entry: CrampEntry
    origin: Where
    # False when the file gave no created_at / updated_at (a hand-made spreadsheet): they were set to now.
    stamped: bool = True
    derived_id: bool = False


@dataclass(frozen=True, slots=True)
class ImportData:
    """Everything a file holds. A section that is None is absent from the file (CSV has only entries)."""

    kind: str  # "csv" or "json"
    entries: tuple[ImportedEntry, ...]
    reminders: tuple[ReminderRecord, ...] | None = None
    nights: tuple[CrampFreeNight, ...] | None = None
    settings: Mapping[str, Any] | None = None
    schema_version: int | None = None
    since: date | None = None
    until: date | None = None
    notes: tuple[Phrase, ...] = field(default=())


class DayOrder(StrEnum):
    """How a file writes dates with slashes."""

    DAY_FIRST = "day/month/year"
    MONTH_FIRST = "month/day/year"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_TIME = r"(?:T|,?\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
_ISO_LOOSE = re.compile(rf"^(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}$")
_DOTTED = re.compile(rf"^(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_TIME}$")
_YEAR_SLASH = re.compile(rf"^(?P<y>\d{{4}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}}){_TIME}$")
_SLASHED = re.compile(rf"^(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}$")
_DATE_ONLY = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$|^\d{4}/\d{1,2}/\d{1,2}$")


_CODES: dict[type[StrEnum], dict[str, StrEnum]] = {}


def codes_of(kind: type[S]) -> Mapping[str, S]:
    """A vocabulary's members by their code (enum lookups by value are slow in a 100,000-row file)."""
    codes = _CODES.get(kind)
    if codes is None:
        codes = _CODES[kind] = {member.value: member for member in kind}
    return cast("dict[str, S]", codes)


def slash_order(text: str) -> DayOrder | None:
    """What a slashed date says about the file's order: a first number above 12 must be the day."""
    match = _SLASHED.match(text.strip())
    if not match:
        return None
    first, second = int(match["a"]), int(match["b"])
    if first > 12 >= second:
        return DayOrder.DAY_FIRST
    if second > 12 >= first:
        return DayOrder.MONTH_FIRST
    return None


def _local(parts: re.Match[str], year: int, month: int, day: int, tz: tzinfo) -> datetime:
    naive = datetime(year, month, day, int(parts["h"]), int(parts["mi"]), int(parts["s"] or 0))
    return localize(naive, tz)


def _example() -> Phrase:
    return translate(
        "Import", "use a date and time like 2026-11-23 03:10, 2026-11-23T03:10:00+01:00 or 23.11.2026 03:10"
    )


def _describe(day: int, month: int, year: int) -> Day | Phrase | str:
    if not 1 <= month <= 12:
        return translate("Import", "no real date")
    try:
        return Day(date(year, month, day), long=True)
    except ValueError:
        # Day 0 of a month: said the way the file's numbers read, as there is no such day to show.
        return f"{day} {_MONTHS[month - 1]} {year}"


def _out_of_range(value: str) -> BadValue:
    return BadValue(translate("Import", "'{value}' is out of range", value=value))


def parse_moment(text: str, tz: tzinfo, order: DayOrder | None = None) -> datetime:
    """Read a date and time written by this app or a spreadsheet; raise ValueError saying why not.

    ISO-8601 (with or without an offset, `T` or a space), `DD.MM.YYYY HH:MM` and `YYYY/MM/DD HH:MM` are
    unambiguous. `01/02/2026` could be either order and is read only when `order` (settled by other rows
    of the same file) says which. A time without an offset is local time in `tz`.
    """
    value = text.strip()
    if not value:
        raise BadValue(translate("Import", "the date and time are empty"))
    if _DATE_ONLY.match(value):
        raise BadValue(
            translate("Import", "'{value}' has a date but no time of day; {example}", value=value, example=_example())
        )
    try:
        # This app's own ISO form first: the common case, and the fastest to read.
        return _aware_or_local(datetime.fromisoformat(value), tz)
    except ValueError:
        pass
    except OverflowError:
        raise _out_of_range(value) from None
    try:
        if match := _SLASHED.match(value):
            first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
            if order is None:
                order = slash_order(value)
            if order is None:
                raise BadValue(
                    translate(
                        "Import",
                        "'{value}' is ambiguous: it could be {first} or {second}, and no other row settles whether "
                        "the day or the month comes first; write it as 2026-02-01 03:10 or 01.02.2026 03:10",
                        value=value,
                        first=_describe(first, second, year),
                        second=_describe(second, first, year),
                    )
                )
            day, month = (first, second) if order is DayOrder.DAY_FIRST else (second, first)
            return _local(match, year, month, day, tz)
        for pattern in (_DOTTED, _YEAR_SLASH, _ISO_LOOSE):
            if match := pattern.match(value):
                return _local(match, int(match["y"]), int(match["m"]), int(match["d"]), tz)
        raise ValueError(value)
    except BadValue:
        raise
    except ValueError:
        raise BadValue(
            translate(
                "Import",
                "'{value}' is not a date and time this app can read; {example}",
                value=value,
                example=_example(),
            )
        ) from None
    except OverflowError:
        raise _out_of_range(value) from None


def _aware_or_local(parsed: datetime, tz: tzinfo) -> datetime:
    return localize(parsed, tz) if parsed.tzinfo is None else parsed


def parse_aware(text: str, what: Phrase) -> datetime:
    """An ISO-8601 date-time that must carry its UTC offset (written by this app); `what` names the moment."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(
            translate("Import", "'{value}' is not an ISO date and time for {what}", value=text, what=what)
        ) from None
    if parsed.tzinfo is None:
        raise BadValue(
            translate("Import", "'{value}' has no UTC offset (write it like 2026-11-23T07:30:00+01:00)", value=text)
        )
    return parsed


def parse_day(text: str) -> date:
    """An ISO date (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(translate("Import", "'{value}' is not a date like 2026-11-22", value=text)) from None


def derived_id(entry: CrampEntry) -> uuid.UUID:
    """The stable id of an entry that came without one: same start, side and places give the same id."""
    started = entry.started_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    places = ",".join(loc.value for loc in canonical(entry.locations, Location))
    return uuid.uuid5(DERIVED_ID_NAMESPACE, f"{started}|{entry.side.value}|{places}")


@dataclass(slots=True)
class EntryFields:
    """An entry's values as read from one row or object, before the domain's checks."""

    started_at: datetime
    side: Side
    ident: uuid.UUID | None = None
    locations: tuple[Location, ...] = (Location.CALF,)
    duration_s: int | None = None
    woke_me: bool = False
    intensity: int | None = None
    helped: tuple[Relief, ...] = ()
    soreness: Soreness | None = None
    context: tuple[Context, ...] = ()
    tags: tuple[str, ...] = ()
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


def finish_entry(
    fields: EntryFields, origin: Where, where: Callable[[str], Where], now: datetime, problems: Problems
) -> ImportedEntry | None:
    """Apply the domain's checks; problems are reported against the file's own key names."""
    stamp = now.astimezone(UTC)
    created = fields.created_at or fields.updated_at or stamp
    entry = CrampEntry(
        # A placeholder when the file has no id: the derived one needs the validated start time.
        id=fields.ident or uuid.UUID(int=0),
        started_at=fields.started_at,
        side=fields.side,
        locations=fields.locations or (Location.CALF,),
        duration_s=fields.duration_s,
        woke_me=fields.woke_me,
        intensity=fields.intensity,
        helped=fields.helped,
        soreness=fields.soreness,
        context=fields.context,
        tags=fields.tags,
        note=fields.note,
        created_at=created.astimezone(UTC),
        updated_at=(fields.updated_at or created).astimezone(UTC),
    )
    try:
        entry = validate(entry, now)
    except ValidationError as error:
        for problem in error.problems:
            problems.add(where(FILE_KEY.get(problem.field, problem.field)), problem.phrase)
        return None
    derived = fields.ident is None
    if derived:
        entry = replace(entry, id=derived_id(entry))
    stamped = fields.created_at is not None or fields.updated_at is not None
    return ImportedEntry(entry, origin, stamped=stamped, derived_id=derived)


def check_unique(entries: Iterable[ImportedEntry], problems: Problems) -> None:
    """Two rows with one id are a mistake in the file; name both."""
    seen: dict[uuid.UUID, ImportedEntry] = {}
    for item in entries:
        first = seen.setdefault(item.entry.id, item)
        if first is item:
            continue
        if item.derived_id and first.derived_id:
            message = translate(
                "Import",
                "describes the same cramp as {first} (same start, side and places, and neither has an id); "
                "remove one of them or give each an id",
                first=first.origin,
            )
        else:
            message = translate("Import", "has the same id as {first}", first=first.origin)
        problems.add(item.origin, message)


__all__ = [
    "DERIVED_ID_NAMESPACE",
    "FILE_KEY",
    "NIGHT_VIA",
    "CrampFreeNight",
    "DayOrder",
    "EntryFields",
    "ImportData",
    "ImportFileError",  # where it always was, for the readers and the window
    "ImportProblem",
    "ImportedEntry",
    "check_unique",
    "codes_of",
    "derived_id",
    "finish_entry",
    "parse_aware",
    "parse_day",
    "parse_moment",
    "slash_order",
]
