"""The terminal commands about the data as a whole: export, import, backup, restore, delete-all.

Imported only when one of them runs, so `log` does not pay for it. Problems are one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO

from cvi_companion.cli.commands import _filter, _opened
from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.cramps import CrampEntry
from cvi_companion.domain.export import iter_json, write_csv
from cvi_companion.domain.importing import ImportMode, ImportPlan
from cvi_companion.domain.importing_data import ImportFileError
from cvi_companion.domain.settings import settings_to_mapping
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.paths import AppPaths, resolve_paths

# Lists in an import summary stop here; the counts always cover everything.
SHOWN_PER_LIST = 20


def _entries_word(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


def _output_file(command: str, option: str) -> Path:
    target = Path(option).expanduser()
    if target.is_dir():
        raise UsageError(f"{PROG} {command}: -o: '{option}' is a folder; give a file name")
    if not target.parent.is_dir():
        raise UsageError(f"{PROG} {command}: -o: the folder '{target.parent}' does not exist")
    return target


def _input_file(command: str, option: str) -> Path:
    path = Path(option).expanduser()
    if not path.exists():
        raise UsageError(f"{PROG} {command}: there is no file '{option}'")
    if path.is_dir():
        raise UsageError(f"{PROG} {command}: '{option}' is a folder; give a file")
    return path


@contextlib.contextmanager
def _database(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Database]]:
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        yield paths, db
    finally:
        db.close()


def cmd_export(args: argparse.Namespace, out: IO[str], now: datetime) -> int:
    """Write entries (CSV) or everything (JSON) to a file, atomically, or to standard output."""
    from cvi_companion.storage.importer import cramp_free_nights, reminder_history, schema_version

    flt = _filter(args)

    with _opened(args) as (repo, settings):

        def write(stream: IO[str], entries: Iterable[CrampEntry]) -> int:
            if args.format == "csv":
                return write_csv(entries, stream)
            count = 0

            def counted() -> Iterator[CrampEntry]:
                nonlocal count
                for entry in entries:
                    count += 1
                    yield entry

            db = repo.database
            pieces = iter_json(
                counted(),
                now,
                reminders=reminder_history(db, flt.since, flt.until),
                nights=cramp_free_nights(db, flt.since, flt.until),
                settings=settings_to_mapping(settings),
                schema_version=schema_version(db),
                since=flt.since,
                until=flt.until,
            )
            for piece in pieces:
                stream.write(piece)
            return count

        entries = repo.iter_entries(flt)
        if not args.output or args.output == "-":
            write(out, entries)
            return 0
        target = _output_file("export", args.output)
        with atomic_text_writer(target, f"write {target}") as stream:
            count = write(stream, entries)
    sys.stderr.write(f"Exported {_entries_word(count)} to {target}\n")
    return 0


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


def cmd_import(args: argparse.Namespace, out: IO[str], now: datetime, tz: tzinfo) -> int:
    """Import a CSV or JSON file (after a backup), or with --dry-run only say what that would do."""
    from cvi_companion.storage.importer import apply_import, plan_import, read_import_file
    from cvi_companion.storage.settings_store import SettingsStore

    mode = ImportMode(args.mode)
    if args.restore_settings and mode is not ImportMode.REPLACE:
        raise UsageError(f"{PROG} import: --restore-settings works only with --mode replace")
    path = _input_file("import", args.file)
    try:
        data = read_import_file(path, now=now, tz=tz)
        with _database(args) as (paths, db):
            plan = plan_import(db, data, mode, now=now, tz=tz, restore_settings=args.restore_settings)
            kind = data.kind.upper()
            if args.dry_run:
                out.write(f"Importing {path} ({kind}, {mode.value}) would do this:\n")
                out.write("\n".join(describe_plan(plan, done=False)) + "\n")
                out.write("Dry run: nothing was changed.\n")
                return 0
            store = SettingsStore(paths.settings_path) if plan.settings is not None else None
            result = apply_import(db, plan, paths.backups_dir, settings_store=store, now=now, tz=tz)
    except ImportFileError as error:
        sys.stderr.write(f"{PROG} import: {path}: {error}. Nothing was changed.\n")
        return 1
    out.write(f"Imported {path} ({kind}, {mode.value}):\n")
    out.write("\n".join(describe_plan(result.plan, done=True)) + "\n")
    if result.backup:
        out.write(f"The log as it was before is kept as {result.backup}\n")
    else:
        out.write("Nothing needed changing.\n")
    return 0


def cmd_backup(args: argparse.Namespace, out: IO[str], now: datetime) -> int:
    """Copy the log to a backup file."""
    from cvi_companion.storage.backups import MANUAL, backup_to, check_backup, make_backup

    target = _output_file("backup", args.output) if args.output else None
    with _database(args) as (paths, db):
        made = backup_to(db, target) if target else make_backup(db, paths.backups_dir, MANUAL, now=now)
    checked = check_backup(made)
    out.write(f"Backed up the log ({_entries_word(checked.entries)}) to {made}\n")
    return 0


def cmd_restore(args: argparse.Namespace, out: IO[str], now: datetime) -> int:
    """Replace the log with a backup, keeping the log as it was aside."""
    from cvi_companion.storage.backups import restore

    source = _input_file("restore", args.file)
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    result = restore(source, paths, now=now)
    out.write(f"Restored the log from {source} ({_entries_word(result.source.entries)}).\n")
    if result.kept:
        out.write(f"The log as it was before is kept as {result.kept}\n")
    else:
        out.write("There was no log before, so nothing needed keeping.\n")
    return 0


def cmd_delete_all(args: argparse.Namespace, out: IO[str]) -> int:
    """Delete all the person's data (backups only on request); refuses without --yes."""
    from cvi_companion.storage.erase import delete_all

    if not args.yes:
        raise UsageError(
            f"{PROG} delete-all: this deletes your log and settings for good; add --yes to confirm "
            "(and --include-backups to delete the backups too)"
        )
    paths = resolve_paths(args.data_dir)
    report = delete_all(paths, include_backups=args.include_backups)
    if not report.removed:
        out.write("There was nothing to delete.\n")
    for path in report.removed:
        out.write(f"Deleted {path}\n")
    for path in report.kept:
        out.write(f"Kept the backups in {path} (add --include-backups to delete them too)\n")
    return 0
