"""The terminal commands: log and list here, the rest dispatched. They import no Qt, so they start fast."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from typing import IO, TypeVar

from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.cramps import (
    Context,
    CrampEntry,
    CrampFilter,
    Location,
    Relief,
    Side,
    Soreness,
    is_night,
    new_entry,
)
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.settings import Settings
from cvi_companion.domain.when import parse_date, parse_when
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.errors import DatabaseDamaged, StorageError
from cvi_companion.storage.local_zone import local_zone
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.settings_store import SettingsStore

E = TypeVar("E", Side, Location, Relief, Context, Soreness)

# Which `log` option to name when the domain rejects a field.
_OPTION_FOR_FIELD = {
    "started_at": "at",
    "duration_s": "duration",
    "locations": "location",
    "tags": "tag",
}


def _one(kind: type[E], text: str, option: str) -> E:
    try:
        return kind(text.strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise UsageError(f"{PROG} log: {option}: '{text}' is not one of {allowed}") from None


def _many(kind: type[E], values: Iterable[str] | None, option: str) -> list[E]:
    items = [part for value in values or () for part in value.split(",") if part.strip()]
    return [_one(kind, item, option) for item in items]


def _number(text: str | None, option: str, *, whole: bool) -> float | None:
    if text is None:
        return None
    import math

    try:
        value = int(text) if whole else float(text)
        # nan and inf are no duration (and round() would fail on them); an int is always finite, and asking
        # math.isfinite about a huge one would overflow.
        if not whole and not math.isfinite(value):
            raise ValueError(text)
        return value
    except (ValueError, OverflowError):
        kind = "a whole number" if whole else "a number"
        raise UsageError(f"{PROG} log: {option}: '{text}' is not {kind}") from None


def open_log(paths: AppPaths) -> Database:
    """Open the log; a damaged one is moved aside (never written to) and the message says how to restore."""
    try:
        return open_database(paths.db_path, paths.backups_dir)
    except DatabaseDamaged as error:
        from cvi_companion.storage.quarantine import quarantine_log

        found = quarantine_log(paths)
        lines = [
            f"your cramp log {paths.db_path} is damaged ({error.reason}).",
            f"It was moved, as it is, to {found.moved_to} and nothing was written; the command was not run.",
        ]
        if found.backup:
            taken = found.backup.info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
            entries = found.backup.check.entries
            lines.append(
                f"The newest backup is from {taken} ({entries} {'entry' if entries == 1 else 'entries'}). "
                "To bring it back, run:"
            )
            lines.append(f"  {PROG} restore {found.backup.info.path}")
        else:
            lines.append("There is no backup to restore.")
        lines.append("Otherwise the next command starts a new, empty log (the moved file is kept).")
        raise StorageError("\n".join(lines)) from error


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[tuple[CrampRepository, Settings]]:
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    db = open_log(paths)
    try:
        settings = SettingsStore(paths.settings_path).load().settings
        yield CrampRepository(db), settings
    finally:
        db.close()


def _split_tags(values: Iterable[str] | None) -> tuple[list[Context], list[str]]:
    context: list[Context] = []
    free: list[str] = []
    codes = {c.value for c in Context}
    for value in values or ():
        for part in value.split(","):
            clean = part.strip()
            if clean.lower() in codes:
                context.append(Context(clean.lower()))
            elif clean:
                free.append(clean)
    return context, free


def cmd_log(args: argparse.Namespace, out: IO[str], now: datetime, tz: tzinfo) -> int:
    """Add one entry from the options given."""
    intensity = _number(args.intensity, "--intensity", whole=True)
    minutes = _number(args.duration, "--duration", whole=False)
    # Clamped first so 1e308 minutes cannot overflow: the domain then rejects it by its own limit.
    duration_s = None if minutes is None else round(max(-1e12, min(minutes, 1e12)) * 60)
    side = _one(Side, args.side, "--side") if args.side else None
    locations = _many(Location, args.location, "--location") or [Location.CALF]
    helped = _many(Relief, args.helped, "--helped")
    soreness = _one(Soreness, args.soreness, "--soreness") if args.soreness else None
    context, tags = _split_tags(args.tag)
    try:
        started = parse_when(args.at, now, tz)
    except ValidationError as error:
        raise UsageError(f"{PROG} log: --at: {error}") from None
    with _opened(args) as (repo, settings):
        remembered = side or repo.last_side()
        woke = args.woke_me
        if woke is None:
            woke = is_night(started.astimezone(tz).time(), settings.night_starts, settings.night_ends)
        try:
            entry = new_entry(
                started_at=started,
                # A placeholder side lets every other problem be reported before the missing one.
                side=remembered or Side.BOTH,
                now=now,
                locations=locations,
                duration_s=duration_s,
                woke_me=woke,
                intensity=None if intensity is None else int(intensity),
                helped=helped,
                soreness=soreness,
                context=context,
                tags=tags,
                note=args.note,
            )
        except ValidationError as error:
            option = _OPTION_FOR_FIELD.get(error.problems[0].field, error.problems[0].field)
            raise UsageError(f"{PROG} log: --{option}: {error}") from None
        if remembered is None:
            raise UsageError(f"{PROG} log: say which leg with --side left, right or both")
        repo.add(entry)
    from cvi_companion.cli.nudge import nudge_window

    # An open window shows the entry now rather than at its next look at the log.
    nudge_window(resolve_paths(args.data_dir))
    where = " and ".join(loc.value for loc in entry.locations)
    out.write(
        f"Logged a cramp at {entry.started_at.strftime('%Y-%m-%d %H:%M')} ({entry.side.value} {where}, "
        f"{'woke you' if entry.woke_me else 'awake'}). Id {entry.id}.\n"
    )
    return 0


def _filter(args: argparse.Namespace) -> CrampFilter:
    try:
        flt = CrampFilter(
            since=parse_date(args.since, "since") if args.since else None,
            until=parse_date(args.until, "until") if args.until else None,
        )
        flt.check()
    except ValidationError as error:
        raise UsageError(f"{PROG} {args.command}: --{error.problems[0].field}: {error}") from None
    return flt


def _table(entries: Iterable[CrampEntry], out: IO[str]) -> int:
    header = f"{'Started':<16}  {'Side':<5}  {'Where':<12}  {'Int.':>4}  {'Min.':>5}  {'Woke':<4}  Note"
    out.write(header + "\n")
    count = 0
    for entry in entries:
        note = entry.note.split("\n", 1)[0]
        note = note if len(note) <= 40 else note[:39] + "…"
        minutes = "" if entry.duration_s is None else f"{entry.duration_s / 60:.1f}"
        intensity = "" if entry.intensity is None else str(entry.intensity)
        where = ",".join(loc.value for loc in entry.locations)
        out.write(
            f"{entry.started_at.strftime('%Y-%m-%d %H:%M'):<16}  {entry.side.value:<5}  {where:<12}  "
            f"{intensity:>4}  {minutes:>5}  {'yes' if entry.woke_me else 'no':<4}  {note}\n"
        )
        count += 1
    out.write(f"{count} {'entry' if count == 1 else 'entries'}\n")
    return count


def cmd_list(args: argparse.Namespace, out: IO[str]) -> int:
    """Print entries, oldest first, as a table, CSV or JSON."""
    from cvi_companion.domain.export import entry_to_record, write_csv

    flt = _filter(args)
    with _opened(args) as (repo, _settings):
        entries = repo.iter_entries(flt)
        if args.format == "csv":
            write_csv(entries, out)
        elif args.format == "json":
            import json

            out.write(json.dumps([entry_to_record(e) for e in entries], ensure_ascii=False, indent=2) + "\n")
        else:
            _table(entries, out)
    return 0


_DATA_COMMANDS = frozenset({"export", "import", "backup", "restore", "delete-all"})


def run(args: argparse.Namespace, out: IO[str] | None = None, now: datetime | None = None) -> int:
    """Run a terminal command; problems become one line on stderr and a non-zero status."""
    out = out or sys.stdout
    now = now or datetime.now(UTC)
    try:
        if args.command == "log":
            return cmd_log(args, out, now, local_zone())
        if args.command == "list":
            return cmd_list(args, out)
        if args.command in _DATA_COMMANDS:
            from cvi_companion.cli import data_commands as data

            if args.command == "export":
                return data.cmd_export(args, out, now)
            if args.command == "import":
                return data.cmd_import(args, out, now, local_zone())
            if args.command == "backup":
                return data.cmd_backup(args, out, now)
            if args.command == "restore":
                return data.cmd_restore(args, out, now)
            return data.cmd_delete_all(args, out)
        if args.command == "agenda":
            from cvi_companion.cli.agenda import cmd_agenda

            return cmd_agenda(args, out, now, local_zone())
        raise UsageError(f"{PROG}: unknown command '{args.command}'")
    except UsageError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    except StorageError as error:
        sys.stderr.write(f"{PROG} {args.command}: {error}\n")
        return 1
    except BrokenPipeError:
        # `cvi-companion list | head` closed the pipe early: not an error for the person.
        with contextlib.suppress(OSError):
            # Point stdout at devnull so the interpreter's final flush does not complain again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
