"""Reading a CSV file of cramp entries: this app's own export, or one a spreadsheet program saved."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from typing import TypeVar

from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness
from cvi_companion.domain.export import CSV_COLUMNS
from cvi_companion.domain.importing_data import (
    DayOrder,
    EntryFields,
    ImportData,
    ImportedEntry,
    check_unique,
    codes_of,
    finish_entry,
    parse_moment,
    slash_order,
)
from cvi_companion.domain.importing_problems import (
    BadValue,
    Problems,
    Where,
    cell_of,
    line_of,
    problem_of,
    whole_file,
)
from cvi_companion.domain.text import Phrase, translate

REQUIRED = ("started_at", "side")
_SEPARATORS = (",", ";", "\t")
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n", ""}
# A note may be longer than the csv module's default cell limit (128 KiB).
_FIELD_LIMIT = 1 << 30

E = TypeVar("E", Side, Location, Relief, Context, Soreness)
T = TypeVar("T")


def _column_name(raw: str) -> str:
    return raw.strip().strip('"').strip().lower().replace(" ", "_").replace("-", "_")


def _choose_separator(header: str) -> str | None:
    """The separator that splits the header into the most known column names (None if no clear winner)."""
    scores = []
    for sep in _SEPARATORS:
        try:
            names = {_column_name(cell) for cell in next(csv.reader([header], delimiter=sep), [])}
        except csv.Error:
            names = set()
        scores.append((len(names & set(CSV_COLUMNS)), sep))
    scores.sort(reverse=True)
    best, runner_up = scores[0], scores[1]
    if best[0] < 2 or best[0] == runner_up[0]:
        return None
    return best[1]


def _rows(text: str, sep: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    """Records with the line each starts on (a quoted note may span several lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _CsvBroken(first_line + reader.line_num - 1, str(error)) from None
        yield first_line + start - 1, row
        start = reader.line_num + 1


class _CsvBroken(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _enum(kind: type[E], text: str) -> E:
    found = codes_of(kind).get(text.strip().lower())
    if found is not None:
        return found
    allowed = ", ".join(member.value for member in kind)
    if not text.strip():
        raise BadValue(translate("Import", "is empty; choose one of {allowed}", allowed=allowed))
    raise BadValue(translate("Import", "'{value}' is not one of {allowed}", value=text.strip(), allowed=allowed))


def _enums(kind: type[E], text: str) -> tuple[E, ...]:
    # Lists are joined with ';' by this app; a spreadsheet with ';' as separator may use ',' inside a cell.
    return tuple(_enum(kind, part) for part in text.replace(",", ";").split(";") if part.strip())


def _whole(text: str, refusal: Callable[[str], Phrase]) -> int | None:
    clean = text.strip()
    if not clean:
        return None
    # Spreadsheets like to turn 120 into 120.0; the range is the domain's to check.
    head, dot, tail = clean.partition(".")
    if head.isascii() and head.isdigit() and len(head) <= 9 and (not dot or set(tail) <= {"0"}):
        return int(head)
    raise BadValue(refusal(clean))


def _not_seconds(value: str) -> Phrase:
    return translate("Import", "'{value}' is not a whole number of seconds", value=value)


def _not_intensity(value: str) -> Phrase:
    return translate("Import", "'{value}' is not a whole number from 0 to 10", value=value)


def _flag(text: str) -> bool:
    clean = text.strip().lower()
    if clean in _TRUE:
        return True
    if clean in _FALSE:
        return False
    raise BadValue(translate("Import", "'{value}' is not true or false", value=text.strip()))


class _Cells:
    """One row's cells by column name; a cell that cannot be read is reported and marks the row bad."""

    def __init__(self, cells: dict[str, str], where: Callable[[str], Where], problems: Problems) -> None:
        self.cells = cells
        self.where = where
        self.problems = problems
        self.ok = True

    def get(self, column: str, parse: Callable[[str], T], default: T) -> T:
        if column not in self.cells:
            return default
        try:
            return parse(self.cells[column])
        except ValueError as error:
            self.problems.add(self.where(column), problem_of(error))
            self.ok = False
            return default


def _ident(text: str) -> uuid.UUID | None:
    if not text.strip():
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise BadValue(
            translate(
                "Import",
                "'{value}' is not an id (a UUID like 6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01)",
                value=text.strip(),
            )
        ) from None


def _tags(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.replace(",", ";").split(";") if part.strip())


def _read_row(cells: _Cells, tz: tzinfo, order: DayOrder | None) -> EntryFields | None:
    def moment(text: str) -> datetime | None:
        return parse_moment(text, tz, order)

    def optional_moment(text: str) -> datetime | None:
        return parse_moment(text, tz, order) if text.strip() else None

    started = cells.get("started_at", moment, None)
    side: Side | None = cells.get("side", lambda text: _enum(Side, text), None)
    fields = EntryFields(
        started_at=started or datetime.min,
        side=side or Side.BOTH,
        ident=cells.get("id", _ident, None),
        locations=cells.get("locations", lambda text: _enums(Location, text), ()) or (Location.CALF,),
        duration_s=cells.get("duration_seconds", lambda text: _whole(text, _not_seconds), None),
        woke_me=cells.get("woke_me", _flag, False),
        intensity=cells.get("intensity", lambda text: _whole(text, _not_intensity), None),
        helped=cells.get("helped", lambda text: _enums(Relief, text), ()),
        soreness=cells.get("soreness", lambda text: _enum(Soreness, text) if text.strip() else None, None),
        context=cells.get("context", lambda text: _enums(Context, text), ()),
        tags=cells.get("tags", _tags, ()),
        note=cells.get("note", str, ""),
        created_at=cells.get("created_at", optional_moment, None),
        updated_at=cells.get("updated_at", optional_moment, None),
    )
    return fields if cells.ok and started is not None and side is not None else None


def _settle_order(rows: list[tuple[int, dict[str, str]]], problems: Problems) -> DayOrder | None:
    """Whether slashed dates in this file are day/month or month/day, from the rows that cannot be both."""
    found: dict[DayOrder, int] = {}
    for line, cells in rows:
        for column in ("started_at", "created_at", "updated_at"):
            order = slash_order(cells.get(column, ""))
            if order is not None:
                found.setdefault(order, line)
    if len(found) == 2:
        day_line, month_line = found[DayOrder.DAY_FIRST], found[DayOrder.MONTH_FIRST]
        problems.add(
            line_of(max(day_line, month_line)),
            translate(
                "Import",
                "dates with slashes are written day first on line {day_line} but month first on line {month_line}; "
                "write them as 2026-11-23 03:10 instead",
                day_line=day_line,
                month_line=month_line,
            ),
        )
        return None
    return next(iter(found), None)


def parse_csv(text: str, *, now: datetime, tz: tzinfo) -> ImportData:
    """Read CSV text (BOM already removed); raise ImportFileError naming the line of each problem."""
    problems = Problems()
    first_line = 1
    # The first line however it ends (\n, \r\n, or \r from old Mac spreadsheets).
    head = io.StringIO(text, newline="").readline()
    if head.strip().lower().startswith("sep=") and len(head.strip()) == 5:
        # Excel's hint line ("sep=;") names the separator.
        sep = head.strip()[4]
        text, first_line = text[len(head) :], 2
    else:
        sep = _choose_separator(head.rstrip("\r\n")) or ""
    if not text.strip():
        problems.add(whole_file(), translate("Import", "is empty"))
        problems.raise_if_any()
    if not sep:
        problems.add(
            line_of(first_line),
            translate(
                "Import",
                "the first row should name the columns (at least started_at and side, as in this app's export), "
                "separated by commas or semicolons",
            ),
        )
        problems.raise_if_any()
    previous_limit = csv.field_size_limit(_FIELD_LIMIT)
    try:
        records = list(_rows(text, sep, first_line))
    except _CsvBroken as broken:
        problems.add(
            line_of(broken.line), translate("Import", "the CSV quoting is broken ({reason})", reason=broken.reason)
        )
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    finally:
        csv.field_size_limit(previous_limit)
    header_line, header = records[0]
    names = [_column_name(cell) for cell in header]
    known = [name for name in names if name in CSV_COLUMNS]
    for name in sorted({n for n in known if known.count(n) > 1}):
        problems.add(line_of(header_line), translate("Import", "the column '{name}' appears twice", name=name))
    for name in REQUIRED:
        if name not in names:
            needed = translate(
                "Import", "there is no '{name}' column (it is needed; see docs/data-format.md)", name=name
            )
            problems.add(line_of(header_line), needed)
    problems.raise_if_any()
    ignored = [cell.strip() for cell, name in zip(header, names, strict=True) if name not in CSV_COLUMNS and name]
    notes: tuple[Phrase, ...] = ()
    if ignored:
        notes = (
            translate("Import", "Columns ignored (not part of the format): {columns}", columns=", ".join(ignored)),
        )
    rows: list[tuple[int, dict[str, str]]] = []
    for line, cells in records[1:]:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines and rows of bare separators, as spreadsheets leave them
        if len(cells) > len(names) and any(cell.strip() for cell in cells[len(names) :]):
            problems.add(
                line_of(line),
                translate(
                    "Import",
                    "has {cells} cells but the header names {columns} columns (a separator inside a cell needs quotes)",
                    cells=len(cells),
                    columns=len(names),
                ),
            )
            continue
        # A spreadsheet may drop empty cells at the end of a row: they read as empty.
        rows.append((line, {n: c for n, c in zip(names, cells, strict=False) if n in CSV_COLUMNS}))
    order = _settle_order(rows, problems)
    entries: list[ImportedEntry] = []
    for line, by_name in rows:

        def where(column: str, line: int = line) -> Where:
            return cell_of(line, column)

        fields = _read_row(_Cells(by_name, where, problems), tz, order)
        if fields is not None and (item := finish_entry(fields, line_of(line), where, now, problems)):
            entries.append(item)
    check_unique(entries, problems)
    problems.raise_if_any()
    return ImportData(kind="csv", entries=tuple(entries), notes=notes)
