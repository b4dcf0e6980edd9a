"""The terminal commands about the data as a whole: export, import, backup, restore, delete-all.

Imported only when one of them runs, so `log` does not pay for it. Problems are one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO

from cvi_companion.cli.commands import _filter, _opened, open_log
from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.importing import ImportMode
from cvi_companion.domain.importing_data import ImportFileError
from cvi_companion.domain.importing_summary import describe_plan
from cvi_companion.storage.db import Database
from cvi_companion.storage.paths import AppPaths, resolve_paths


def _entries_word(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


def _output_file(command: str, option: str, data_dir: str | None = None) -> Path:
    if option == "-":
        raise UsageError(f"{PROG} {command}: -o: give a file name ('-' is not one here)")
    target = Path(option).expanduser()
    if resolve_paths(data_dir).is_own_file(target):
        raise UsageError(f"{PROG} {command}: -o: '{option}' is one of the app's own files; choose another name")
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
    db = open_log(paths)
    try:
        yield paths, db
    finally:
        db.close()


def cmd_export(args: argparse.Namespace, out: IO[str], now: datetime) -> int:
    """Write entries (CSV) or everything (JSON) to a file, atomically, or to standard output."""
    from cvi_companion.storage.exporter import ExportFormat, export_file, write_export

    flt = _filter(args)
    fmt = ExportFormat(args.format)
    with _opened(args) as (repo, settings):
        if not args.output or args.output == "-":
            write_export(repo.database, settings, out, fmt, flt, now)
            return 0
        target = _output_file("export", args.output, args.data_dir)
        count = export_file(repo.database, settings, target, fmt, flt, now)
    sys.stderr.write(f"Exported {_entries_word(count)} to {target}\n")
    return 0


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
    from cvi_companion.storage.backup_check import check_backup
    from cvi_companion.storage.backups import MANUAL, backup_to, make_backup

    target = _output_file("backup", args.output, args.data_dir) if args.output else None
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
