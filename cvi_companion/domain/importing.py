"""Importing a CSV or JSON file: reading it (pure) and deciding what would be added, changed and skipped.

The plan is a value: the terminal prints it for `--dry-run`, the window shows it as a preview, and storage
applies it in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Generic, TypeVar

from cvi_companion.domain.cramps import CrampEntry
from cvi_companion.domain.importing_data import CrampFreeNight, ImportData, ImportedEntry
from cvi_companion.domain.importing_problems import ImportFileError, ImportProblem, Where, whole_file
from cvi_companion.domain.reminder_history import FINAL, Outcome, ReminderRecord, merge
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.settings import Settings, settings_from_mapping
from cvi_companion.domain.text import Phrase, translate

T = TypeVar("T")
ReminderKey = tuple[ReminderKind, str]
# Why an entry of the file would change nothing here.
_IDENTICAL = translate("Import", "identical")
_IN_THE_TRASH = translate("Import", "in the Trash here")

# The fields a person wrote, by their names in the file formats; bookkeeping timestamps are not content.
CONTENT_FIELDS: tuple[str, ...] = (
    "started_at", "duration_seconds", "woke_me", "side", "locations", "intensity",
    "helped", "soreness", "context", "tags", "note",
)  # fmt: skip


class ImportMode(StrEnum):
    """Merge adds to the log; replace makes the log what the file holds."""

    MERGE = "merge"
    REPLACE = "replace"


def parse_import(raw: bytes, *, now: datetime, tz: tzinfo) -> ImportData:
    """Read a whole file's bytes as CSV or JSON (told apart by the first character); raise ImportFileError."""
    from cvi_companion.domain.importing_csv import parse_csv
    from cvi_companion.domain.importing_json import parse_json

    try:
        # utf-8-sig drops the byte-order mark spreadsheet programs put at the start.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_text = translate(
            "Import",
            "is not UTF-8 text (byte {byte}); in a spreadsheet program save it as 'CSV UTF-8' and try again",
            byte=error.start + 1,
        )
        raise ImportFileError([ImportProblem(whole_file(), not_text)]) from None
    if not text.strip():
        raise ImportFileError([ImportProblem(whole_file(), translate("Import", "is empty"))])
    if text.lstrip()[0] in "{[":
        return parse_json(text, now=now, tz=tz)
    return parse_csv(text, now=now, tz=tz)


def content(entry: CrampEntry) -> dict[str, object]:
    """What the person wrote in an entry, comparable across files (the offset of the start counts)."""
    return {
        "started_at": entry.started_at.isoformat(),
        "duration_seconds": entry.duration_s,
        "woke_me": entry.woke_me,
        "side": entry.side,
        "locations": entry.locations,
        "intensity": entry.intensity,
        "helped": entry.helped,
        "soreness": entry.soreness,
        "context": entry.context,
        "tags": entry.tags,
        "note": entry.note,
    }


def changed_fields(before: CrampEntry, after: CrampEntry) -> tuple[str, ...]:
    """Names (as in the file formats) of the content fields that differ."""
    old, new = content(before), content(after)
    return tuple(name for name in CONTENT_FIELDS if old[name] != new[name])


def _record_form(record: ReminderRecord) -> tuple[object, ...]:
    # Offsets count: the same instant written with another offset is a different record.
    return (record.kind, record.slot, record.due.isoformat(), record.outcome, record.at.astimezone(UTC),
            record.snoozes, record.missed_because)  # fmt: skip


def merge_imported(old: ReminderRecord | None, new: ReminderRecord) -> ReminderRecord:
    """The record to keep when an imported occurrence meets one already here.

    As domain.reminder_history.merge: an answer (done, skipped) already here is kept, and a seen reminder is
    not turned into "missed". Unlike live recording, the file's snooze count is a total, not one more snooze.
    """
    if old is None:
        return new
    if old.outcome in FINAL or (new.outcome is Outcome.MISSED and old.outcome in (Outcome.SHOWN, Outcome.SNOOZED)):
        return old
    kept = merge(old, new)
    return replace(kept, snoozes=max(old.snoozes, new.snoozes))


@dataclass(frozen=True, slots=True)
class EntryChange:
    """An entry that exists here and differs in the file: what it is now and what it would become."""

    before: CrampEntry
    after: CrampEntry
    fields: tuple[str, ...]
    origin: Where


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    """An entry of the file that would not change the log, and why."""

    entry: CrampEntry
    reason: Phrase
    origin: Where


@dataclass(frozen=True, slots=True)
class SectionPlan(Generic[T]):
    """What an import does to one more section (reminder history, cramp-free nights).

    `changed` holds the records as they will be. `present` is False when the file has no such section, in
    which case the section is left as it is even in replace mode.
    """

    present: bool = False
    added: tuple[T, ...] = ()
    changed: tuple[T, ...] = ()
    skipped: tuple[T, ...] = ()
    removed: int = 0


@dataclass(frozen=True, slots=True)
class ExistingData:
    """What the log holds that an import touches: entries (live or trashed) with the file's ids, all totals."""

    entries: Mapping[uuid.UUID, CrampEntry] = field(default_factory=dict)
    entry_total: int = 0
    reminders: Mapping[ReminderKey, ReminderRecord] = field(default_factory=dict)
    nights: Mapping[date, CrampFreeNight] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do. No I/O happened to make it; applying it is storage's job."""

    data: ImportData
    mode: ImportMode
    added: tuple[ImportedEntry, ...] = ()
    changed: tuple[EntryChange, ...] = ()
    skipped: tuple[SkippedEntry, ...] = ()
    # Replace mode only: entries here (in the Trash too) that the file does not have.
    removed: int = 0
    reminders: SectionPlan[ReminderRecord] = field(default_factory=SectionPlan)
    nights: SectionPlan[CrampFreeNight] = field(default_factory=SectionPlan)
    # Settings to write (replace mode with restore_settings only), with notes about values that were reset.
    settings: Settings | None = None
    notes: tuple[Phrase, ...] = ()

    @property
    def changes_anything(self) -> bool:
        """Whether applying the plan would change the log or the settings."""
        sections = (self.reminders, self.nights)
        return bool(
            self.added
            or self.changed
            or self.removed
            or self.settings is not None
            or any(s.added or s.changed or s.removed for s in sections)
        )


def _plan_entries(
    data: ImportData, existing: ExistingData, mode: ImportMode, now: datetime
) -> tuple[list[ImportedEntry], list[EntryChange], list[SkippedEntry], int]:
    added: list[ImportedEntry] = []
    changed: list[EntryChange] = []
    skipped: list[SkippedEntry] = []
    matched = 0
    for item in data.entries:
        old = existing.entries.get(item.entry.id)
        if old is None:
            added.append(item)
            continue
        matched += 1
        if old.deleted_at is not None and mode is ImportMode.MERGE:
            # A merge never brings back what the person deleted here; the Trash can.
            skipped.append(SkippedEntry(old, _IN_THE_TRASH, item.origin))
            continue
        fields = changed_fields(old, item.entry)
        if not fields and old.deleted_at is None:
            skipped.append(SkippedEntry(old, _IDENTICAL, item.origin))
            continue
        after = replace(
            item.entry,
            created_at=old.created_at,
            updated_at=item.entry.updated_at if item.stamped else now.astimezone(UTC),
            deleted_at=None,
        )
        changed.append(EntryChange(old, after, fields or ("deleted_at",), item.origin))
    removed = existing.entry_total - matched if mode is ImportMode.REPLACE else 0
    return added, changed, skipped, removed


def _plan_reminders(
    records: Sequence[ReminderRecord] | None, existing: Mapping[ReminderKey, ReminderRecord], mode: ImportMode
) -> SectionPlan[ReminderRecord]:
    if records is None:
        return SectionPlan()
    added: list[ReminderRecord] = []
    changed: list[ReminderRecord] = []
    skipped: list[ReminderRecord] = []
    for record in records:
        old = existing.get((record.kind, record.slot))
        if old is None:
            added.append(record)
            continue
        kept = merge_imported(old, record) if mode is ImportMode.MERGE else record
        (skipped if _record_form(kept) == _record_form(old) else changed).append(kept)
    matched = len(changed) + len(skipped)
    removed = len(existing) - matched if mode is ImportMode.REPLACE else 0
    return SectionPlan(True, tuple(added), tuple(changed), tuple(skipped), removed)


def _plan_nights(
    nights: Sequence[CrampFreeNight] | None, existing: Mapping[date, CrampFreeNight], mode: ImportMode
) -> SectionPlan[CrampFreeNight]:
    if nights is None:
        return SectionPlan()
    added: list[CrampFreeNight] = []
    changed: list[CrampFreeNight] = []
    skipped: list[CrampFreeNight] = []
    for night in nights:
        old = existing.get(night.night)
        if old is None:
            added.append(night)
        elif mode is ImportMode.MERGE or (old.via, old.at) == (night.via, night.at):
            # Saying a night was cramp-free again keeps the first answer, as the check-in does.
            skipped.append(old)
        else:
            changed.append(night)
    matched = len(changed) + len(skipped)
    removed = len(existing) - matched if mode is ImportMode.REPLACE else 0
    return SectionPlan(True, tuple(added), tuple(changed), tuple(skipped), removed)


def _settings(
    data: ImportData, mode: ImportMode, restore: bool, today: date
) -> tuple[Settings | None, tuple[Phrase, ...]]:
    if not restore:
        return None, ()
    if mode is not ImportMode.REPLACE:
        raise ValueError("settings are restored only in replace mode")
    if data.settings is None:
        return None, (translate("Import", "The file holds no settings; your settings stay as they are."),)
    read = settings_from_mapping(data.settings, today)
    if read.newer:
        newer = translate(
            "Import", "The file's settings come from a newer version of the app; your settings stay as they are."
        )
        return None, (newer,)
    notes = tuple(translate("Import", "Settings: {problem}", problem=problem) for problem in read.problems)
    return read.settings, notes


def build_plan(
    data: ImportData,
    existing: ExistingData,
    mode: ImportMode,
    *,
    now: datetime,
    tz: tzinfo,
    restore_settings: bool = False,
) -> ImportPlan:
    """Decide, entry by entry, what importing `data` into a log holding `existing` would do.

    Merge: a new id is added, a known id with other content is changed (the file wins), an identical one
    or one in the Trash here is skipped; reminder answers already here are kept (merge_imported) and a night
    already reported keeps its first report. Replace: the file's entries become the log, and so do its
    reminder history and nights when the file has them (the removed counts say what goes).
    """
    added, changed, skipped, removed = _plan_entries(data, existing, mode, now)
    settings, settings_notes = _settings(data, mode, restore_settings, now.astimezone(tz).date())
    notes = list(data.notes)
    if mode is ImportMode.REPLACE and (data.since or data.until):
        notes.append(
            translate(
                "Import",
                "The file covers only {since} to {until}; replacing removes every entry outside that range too.",
                since=data.since.isoformat() if data.since else translate("Import", "the start"),
                until=data.until.isoformat() if data.until else translate("Import", "the end"),
            )
        )
    return ImportPlan(
        data=data,
        mode=mode,
        added=tuple(added),
        changed=tuple(changed),
        skipped=tuple(skipped),
        removed=removed,
        reminders=_plan_reminders(data.reminders, existing.reminders, mode),
        nights=_plan_nights(data.nights, existing.nights, mode),
        settings=settings,
        notes=(*notes, *settings_notes),
    )


def summary_counts(plan: ImportPlan) -> dict[str, dict[str, int]]:
    """Counts per section, for a preview or a report."""
    out = {
        "entries": {
            "added": len(plan.added),
            "changed": len(plan.changed),
            "skipped": len(plan.skipped),
            "removed": plan.removed,
        }
    }
    for name, section in (("reminder_events", plan.reminders), ("cramp_free_nights", plan.nights)):
        if section.present:
            out[name] = {
                "added": len(section.added),
                "changed": len(section.changed),
                "skipped": len(section.skipped),
                "removed": section.removed,
            }
    return out


__all__ = [
    "CONTENT_FIELDS",
    "EntryChange",
    "ExistingData",
    "ImportData",
    "ImportFileError",
    "ImportMode",
    "ImportPlan",
    "ImportProblem",
    "ImportedEntry",
    "SectionPlan",
    "SkippedEntry",
    "build_plan",
    "merge_imported",
    "parse_import",
    "summary_counts",
]
