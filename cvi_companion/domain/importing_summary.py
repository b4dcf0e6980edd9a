"""The words a person reads about an import: the dry run's preview and the summary of one just done.

The terminal prints these lines and the window shows them, so both say the same.
"""

from __future__ import annotations

from cvi_companion.domain.cramps import CrampEntry
from cvi_companion.domain.importing import ImportMode, ImportPlan

# Lists in an import summary stop here; the counts always cover everything.
SHOWN_PER_LIST = 20


def _entry_line(entry: CrampEntry) -> str:
    where = ",".join(loc.value for loc in entry.locations)
    return f"{entry.started_at.strftime('%Y-%m-%d %H:%M')}  {entry.side.value:<5}  {where:<12}"


def _listed(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    shown = [f"  {line}" for line in lines[:SHOWN_PER_LIST]]
    if len(lines) > SHOWN_PER_LIST:
        shown.append(f"  … and {len(lines) - SHOWN_PER_LIST} more")
    return [f"{title}:", *shown]


def describe_plan(plan: ImportPlan, *, done: bool) -> list[str]:
    """The lines a person reads about an import (a dry run's, or one just done)."""
    verbs = ("added", "changed", "skipped", "removed") if done else ("to add", "to change", "to skip", "to remove")

    def counts(added: int, changed: int, skipped: int, removed: int) -> str:
        parts = [f"{added} {verbs[0]}", f"{changed} {verbs[1]}", f"{skipped} {verbs[2]}"]
        if plan.mode is ImportMode.REPLACE:
            parts.append(f"{removed} {verbs[3]}")
        return ", ".join(parts)

    lines = [f"  cramp entries: {counts(len(plan.added), len(plan.changed), len(plan.skipped), plan.removed)}"]
    for name, section in (("reminder history", plan.reminders), ("nights without cramps", plan.nights)):
        if section.present:
            numbers = counts(len(section.added), len(section.changed), len(section.skipped), section.removed)
            lines.append(f"  {name}: {numbers}")
    if plan.settings is not None:
        lines.append(f"  settings: {'restored' if done else 'to restore'} from the file")
    lines += _listed(
        "Added" if done else "To add", [f"{_entry_line(a.entry)}  ({a.origin})" for a in plan.added]
    )  # fmt: skip
    lines += _listed(
        "Changed" if done else "To change",
        [f"{_entry_line(c.after)}  ({c.origin}: {', '.join(c.fields)})" for c in plan.changed],
    )
    lines += _listed(
        "Skipped" if done else "To skip", [f"{_entry_line(s.entry)}  ({s.origin}: {s.reason})" for s in plan.skipped]
    )
    lines += [f"Note: {note}" for note in plan.notes]
    return lines
