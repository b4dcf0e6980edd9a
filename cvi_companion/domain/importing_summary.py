"""The words a person reads about an import: the dry run's preview and the summary of one just done.

The terminal prints these lines (`describe_plan`, English) and the window shows the same lines in the
person's language (`plan_phrases`: translatable phrases; a listed entry's date, side and places are quoted
as the export writes them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from cvi_companion.domain.cramps import CrampEntry
from cvi_companion.domain.importing import ImportMode, ImportPlan
from cvi_companion.domain.text import Phrase, translate

# Lists in an import summary stop here; the counts always cover everything.
SHOWN_PER_LIST = 20

Line = Phrase | str
T = TypeVar("T")


def _entry_line(entry: CrampEntry) -> str:
    where = ",".join(loc.value for loc in entry.locations)
    return f"{entry.started_at.strftime('%Y-%m-%d %H:%M')}  {entry.side.value:<5}  {where:<12}"


def _listed(title: Phrase, items: Sequence[T], line: Callable[[T], Line]) -> list[Line]:
    # Only the shown lines are made: a file of 100,000 new entries lists 20 of them.
    if not items:
        return []
    shown = [line(item) for item in items[:SHOWN_PER_LIST]]
    if len(items) > SHOWN_PER_LIST:
        shown.append(translate("Import", "  … and {count} more", count=len(items) - SHOWN_PER_LIST))
    return [title, *shown]


def _counts(plan: ImportPlan, done: bool, added: int, changed: int, skipped: int, removed: int) -> Phrase:
    replacing = plan.mode is ImportMode.REPLACE
    if done and replacing:
        return translate(
            "Import",
            "{added} added, {changed} changed, {skipped} skipped, {removed} removed",
            added=added,
            changed=changed,
            skipped=skipped,
            removed=removed,
        )
    if done:
        return translate(
            "Import",
            "{added} added, {changed} changed, {skipped} skipped",
            added=added,
            changed=changed,
            skipped=skipped,
            removed=removed,
        )
    if replacing:
        return translate(
            "Import",
            "{added} to add, {changed} to change, {skipped} to skip, {removed} to remove",
            added=added,
            changed=changed,
            skipped=skipped,
            removed=removed,
        )
    return translate(
        "Import",
        "{added} to add, {changed} to change, {skipped} to skip",
        added=added,
        changed=changed,
        skipped=skipped,
        removed=removed,
    )


def plan_phrases(plan: ImportPlan, *, done: bool) -> list[Line]:
    """The lines a person reads about an import (a dry run's, or one just done), translatable."""
    entries = _counts(plan, done, len(plan.added), len(plan.changed), len(plan.skipped), plan.removed)
    lines: list[Line] = [translate("Import", "  cramp entries: {counts}", counts=entries)]
    for name, section in (("reminders", plan.reminders), ("nights", plan.nights)):
        if section.present:
            counts = _counts(
                plan, done, len(section.added), len(section.changed), len(section.skipped), section.removed
            )
            if name == "reminders":
                lines.append(translate("Import", "  reminder history: {counts}", counts=counts))
            else:
                lines.append(translate("Import", "  nights without cramps: {counts}", counts=counts))
    if plan.settings is not None:
        lines.append(
            translate("Import", "  settings: restored from the file")
            if done
            else translate("Import", "  settings: to restore from the file")
        )
    lines += _listed(
        translate("Import", "Added:") if done else translate("Import", "To add:"),
        plan.added,
        lambda a: translate("Import", "  {entry}  ({origin})", entry=_entry_line(a.entry), origin=a.origin),
    )
    lines += _listed(
        translate("Import", "Changed:") if done else translate("Import", "To change:"),
        plan.changed,
        lambda c: translate(
            "Import",
            "  {entry}  ({origin}: {fields})",
            entry=_entry_line(c.after),
            origin=c.origin,
            fields=", ".join(c.fields),
        ),
    )
    lines += _listed(
        translate("Import", "Skipped:") if done else translate("Import", "To skip:"),
        plan.skipped,
        lambda s: translate(
            "Import", "  {entry}  ({origin}: {reason})", entry=_entry_line(s.entry), origin=s.origin, reason=s.reason
        ),
    )
    lines += [translate("Import", "Note: {note}", note=note) for note in plan.notes]
    return lines


def describe_plan(plan: ImportPlan, *, done: bool) -> list[str]:
    """The lines a person reads about an import, in English (the terminal's words)."""
    return [str(line) for line in plan_phrases(plan, done=done)]
