"""Reading this app's JSON export (or the array `list --format json` prints) for an import."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from typing import Any, TypeVar

from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness
from cvi_companion.domain.export import EXPORT_FORMAT, EXPORT_VERSION
from cvi_companion.domain.importing_data import (
    NIGHT_VIA,
    CrampFreeNight,
    EntryFields,
    ImportData,
    ImportedEntry,
    check_unique,
    codes_of,
    finish_entry,
    parse_aware,
    parse_day,
    parse_moment,
)
from cvi_companion.domain.importing_problems import BadValue, Problems, Where, problem_of, whole_file
from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.text import Phrase, translate

E = TypeVar("E", Side, Location, Relief, Context, Soreness, ReminderKind, Outcome, MissedBecause)
T = TypeVar("T")
# The moments of a reminder record or a night report whose time a file may get wrong.
_WHEN_DUE = translate("Import", "when it was due")
_WHEN_HAPPENED = translate("Import", "when it happened")
_WHEN_REPORTED = translate("Import", "when it was reported")
_SLOT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_TYPE_NAMES = {
    str: translate("Import", "text"),
    int: translate("Import", "a whole number"),
    bool: translate("Import", "true or false"),
    list: translate("Import", "a list"),
    dict: translate("Import", "an object"),
}


class _Object:
    """One JSON object being read; a bad value is reported at its path and marks the object bad."""

    def __init__(self, data: Mapping[str, Any], path: str, problems: Problems) -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.ok = True

    def where(self, key: str) -> str:
        """The JSON path of one key, such as entries[3].side."""
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: Phrase) -> None:
        """Report a problem with one key."""
        self.problems.add(self.where(key), message)
        self.ok = False

    def get(self, key: str, kind: type[T], default: T, *, required: bool = False, nullable: bool = False) -> T:
        """A value of one JSON type (bool is not a number here)."""
        if key not in self.data:
            if required:
                self.fail(key, translate("Import", "is missing"))
            return default
        value = self.data[key]
        if value is None and (nullable or not required):
            return default
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        kind_name = _TYPE_NAMES.get(kind, kind.__name__)
        self.fail(
            key, translate("Import", "should be {kind}, not {value}", kind=kind_name, value=json.dumps(value)[:40])
        )
        return default

    def opt(self, key: str, kind: type[T]) -> T | None:
        """A value of one JSON type, or None when absent or null."""
        value = self.data.get(key)
        return None if value is None else self.get(key, kind, None)

    def parsed(self, key: str, parse: Callable[[str], T], *, required: bool = False) -> T | None:
        """A text value turned into something else by `parse` (which raises ValueError)."""
        text = self.get(key, str, "", required=required)
        if not text:
            if required and self.ok and key in self.data:
                self.fail(key, translate("Import", "is empty"))
            return None
        try:
            return parse(text)
        except ValueError as error:
            self.fail(key, problem_of(error))
            return None

    def codes(self, key: str, kind: type[E]) -> tuple[E, ...]:
        """A list of codes of one vocabulary."""
        values = self.get(key, list, [])
        out: list[E] = []
        for index, value in enumerate(values):
            if not isinstance(value, str):
                self.fail(f"{key}[{index}]", translate("Import", "should be text"))
                continue
            try:
                out.append(_code(kind, value))
            except ValueError as error:
                self.fail(f"{key}[{index}]", problem_of(error))
        return tuple(out)


def _code(kind: type[E], text: str) -> E:
    found = codes_of(kind).get(text.strip().lower())
    if found is None:
        allowed = ", ".join(member.value for member in kind)
        raise BadValue(translate("Import", "'{value}' is not one of {allowed}", value=text, allowed=allowed))
    return found


def _entry(obj: _Object, now: datetime, tz: tzinfo, problems: Problems) -> ImportedEntry | None:
    def ident(text: str) -> uuid.UUID:
        try:
            return uuid.UUID(text.strip())
        except ValueError:
            raise BadValue(translate("Import", "'{value}' is not an id (a UUID)", value=text)) from None

    tags = obj.get("tags", list, [])
    for index, tag in enumerate(tags):
        if not isinstance(tag, str):
            obj.fail(f"tags[{index}]", translate("Import", "should be text"))
    fields = EntryFields(
        started_at=obj.parsed("started_at", lambda text: parse_moment(text, tz), required=True) or datetime.min,
        side=obj.parsed("side", lambda text: _code(Side, text), required=True) or Side.BOTH,
        ident=obj.parsed("id", ident),
        locations=obj.codes("locations", Location) or (Location.CALF,),
        duration_s=obj.opt("duration_seconds", int),
        woke_me=obj.get("woke_me", bool, False),
        intensity=obj.opt("intensity", int),
        helped=obj.codes("helped", Relief),
        soreness=obj.parsed("soreness", lambda text: _code(Soreness, text)),
        context=obj.codes("context", Context),
        tags=tuple(tag for tag in tags if isinstance(tag, str)),
        note=obj.get("note", str, ""),
        created_at=obj.parsed("created_at", lambda text: parse_moment(text, tz)),
        updated_at=obj.parsed("updated_at", lambda text: parse_moment(text, tz)),
    )
    if not obj.ok:
        return None
    return finish_entry(fields, obj.path, obj.where, now, problems)


def _reminder(obj: _Object) -> ReminderRecord | None:
    def slot(text: str) -> str:
        if not _SLOT.match(text):
            raise BadValue(translate("Import", "'{value}' is not a slot like 2026-11-23T07:30", value=text))
        return text

    kind = obj.parsed("kind", lambda text: _code(ReminderKind, text), required=True)
    name = obj.parsed("slot", slot, required=True)
    due = obj.parsed("due", lambda text: parse_aware(text, _WHEN_DUE), required=True)
    outcome = obj.parsed("outcome", lambda text: _code(Outcome, text), required=True)
    at = obj.parsed("at", lambda text: parse_aware(text, _WHEN_HAPPENED), required=True)
    snoozes = obj.get("snoozes", int, 0)
    if snoozes < 0 or snoozes > 10**6:
        obj.fail("snoozes", translate("Import", "should be a whole number from 0"))
    because = obj.parsed("missed_because", lambda text: _code(MissedBecause, text))
    if not obj.ok or kind is None or name is None or due is None or outcome is None or at is None:
        return None
    return ReminderRecord(kind, name, due, outcome, at, snoozes, because if outcome is Outcome.MISSED else None)


def _night(obj: _Object) -> CrampFreeNight | None:
    def via(text: str) -> str:
        if text not in NIGHT_VIA:
            raise BadValue(
                translate("Import", "'{value}' is not one of {allowed}", value=text, allowed=", ".join(NIGHT_VIA))
            )
        return text

    night = obj.parsed("night", parse_day, required=True)
    how = obj.parsed("via", via, required=True)
    at = obj.parsed("at", lambda text: parse_aware(text, _WHEN_REPORTED), required=True)
    if not obj.ok or night is None or how is None or at is None:
        return None
    return CrampFreeNight(night, how, at)


def _objects(items: list[Any], path: str, problems: Problems) -> list[_Object]:
    out = []
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        if isinstance(item, dict):
            out.append(_Object(item, where, problems))
        else:
            problems.add(where, translate("Import", "should be an object ({...})"))
    return out


def _once(
    found: list[tuple[str, T]], key: Callable[[T], str], twice: Callable[[str, str], Phrase], problems: Problems
) -> tuple[T, ...]:
    """The items, with each key repeated after its first appearance reported (`twice(key, first path)`)."""
    first: dict[str, str] = {}
    for path, item in found:
        earlier = first.setdefault(key(item), path)
        if earlier != path:
            problems.add(path, twice(key(item), earlier))
    return tuple(item for _, item in found)


def _occurrence_twice(key: str, earlier: str) -> Phrase:
    return translate("Import", "the occurrence {key} appears twice (first at {earlier})", key=key, earlier=earlier)


def _night_twice(key: str, earlier: str) -> Phrase:
    return translate("Import", "the night {key} appears twice (first at {earlier})", key=key, earlier=earlier)


# A `\\uD800`-style escape: only these can put a lone surrogate (not text, and not storable) into a value.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(value: Any, path: str = "") -> Where | None:
    """The JSON path of the first text (value or key) holding half of a surrogate pair, if any."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return where or whole_file()
        elif isinstance(item, dict):
            for key, child in item.items():
                stack.append((key, where))
                stack.append((child, f"{where}.{key}" if where else str(key)))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{index}]") for index, child in enumerate(item))
    return None


def _load(text: str, problems: Problems) -> Any:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        where = translate("Import", "line {line}, column {column}", line=error.lineno, column=error.colno)
        problems.add(where, translate("Import", "this is not valid JSON ({reason})", reason=error.msg))
    except RecursionError:
        problems.add(whole_file(), translate("Import", "is nested too deeply to be an export of this app"))
    except ValueError as error:  # for example a number with thousands of digits
        problems.add(whole_file(), translate("Import", "cannot be read as JSON ({reason})", reason=str(error)))
    else:
        if not (_SURROGATE_ESCAPE.search(text) and (found := _lone_surrogate(doc))):
            return doc
        problems.add(
            found,
            translate("Import", "holds a \\u escape of half a character pair (such as \\ud800), which is not text"),
        )
    problems.raise_if_any()
    return None


def parse_json(text: str, *, now: datetime, tz: tzinfo) -> ImportData:
    """Read the JSON export; raise ImportFileError naming the JSON path of each problem."""
    problems = Problems()
    doc = _load(text, problems)
    if isinstance(doc, list):
        # What `cvi-companion list --format json` prints: just the entries.
        doc = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "entries": doc}
    if not isinstance(doc, dict):
        problems.add(whole_file(), translate("Import", "should hold a JSON object, as the export writes it"))
        problems.raise_if_any()
    top = _Object(doc, "", problems)
    if doc.get("format") != EXPORT_FORMAT:
        top.fail(
            "format",
            translate("Import", 'this is not a cvi-companion export (expected "{format}")', format=EXPORT_FORMAT),
        )
        problems.raise_if_any()
    version = top.get("version", int, 0, required=True)
    if top.ok and not 1 <= version <= EXPORT_VERSION:
        top.fail(
            "version",
            translate(
                "Import",
                "format version {version} is not one this app reads (1 to {latest}); update the app",
                version=version,
                latest=EXPORT_VERSION,
            ),
        )
    schema = top.opt("schema_version", int)
    since = top.parsed("since", parse_day)
    until = top.parsed("until", parse_day)
    settings = top.opt("settings", dict)
    raw_entries = top.get("entries", list, [], required=True)
    raw_reminders = top.opt("reminder_events", list)
    raw_nights = top.opt("cramp_free_nights", list)
    problems.raise_if_any()
    entries = [item for obj in _objects(raw_entries, "entries", problems) if (item := _entry(obj, now, tz, problems))]
    check_unique(entries, problems)
    reminders = None
    if raw_reminders is not None:
        found = [(obj.path, r) for obj in _objects(raw_reminders, "reminder_events", problems) if (r := _reminder(obj))]
        reminders = _once(found, lambda record: record.key, _occurrence_twice, problems)
    nights = None
    if raw_nights is not None:
        told = [(obj.path, n) for obj in _objects(raw_nights, "cramp_free_nights", problems) if (n := _night(obj))]
        nights = _once(told, lambda night: night.night.isoformat(), _night_twice, problems)
    problems.raise_if_any()
    return ImportData(
        kind="json",
        entries=tuple(entries),
        reminders=reminders,
        nights=nights,
        settings=settings,
        schema_version=schema,
        since=since,
        until=until,
    )
