"""The table model: only a count up front, pages on demand, and what each column says."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cvi_companion.domain.cramps import CrampFilter, Location, Relief, Side
from cvi_companion.storage.errors import DatabaseUnreadable
from cvi_companion.ui.cramp_table_model import PAGE_SIZE, Column, CrampTableModel
from cvi_companion.ui.cramp_table_view import CrampTableView
from cvi_companion.ui.formatting import started_text


@pytest.fixture
def reads(service, monkeypatch):
    """Counts the service's reads of whole entries, by kind: how many rows each call asked for."""
    calls: dict[str, list[int]] = {"page": []}
    page = service.page

    def counting_page(flt, offset, limit):
        calls["page"].append(limit)
        return page(flt, offset, limit)

    monkeypatch.setattr(service, "page", counting_page)
    return calls


def test_the_model_passes_qts_model_checks(qtmodeltester, service, add_entries):
    add_entries(PAGE_SIZE + 50)
    model = CrampTableModel(service)
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == PAGE_SIZE + 50


def test_a_big_log_opens_without_reading_its_entries_and_scrolls_to_the_end_reading_one_page(
    qtbot, service, add_entries, reads
):
    entries = add_entries(5000)
    model = CrampTableModel(service)
    assert model.rowCount() == 5000
    assert reads == {"page": []}  # opening read no entries at all
    view = CrampTableView(model)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rows_fetched > 0)
    assert model.rows_fetched == PAGE_SIZE  # the first screen: one page
    view.scrollToBottom()
    view.grab()  # paints the rows now in view
    assert view.rowAt(view.viewport().height() - 2) == 4999
    assert model.rows_fetched <= 2 * PAGE_SIZE  # the end: one more page, not everything in between
    assert len(reads["page"]) <= 2
    assert model.data(model.index(4999, Column.STARTED)) == started_text(entries[-1].started_at)


def test_a_date_range_also_reads_only_the_pages_shown(service, add_entries, reads, berlin):
    entries = add_entries(500)
    since = entries[-1].started_at.date() + timedelta(days=2)
    model = CrampTableModel(service, CrampFilter(since=since))
    expected = [e for e in entries if e.started_at.date() >= since]
    assert model.rowCount() == len(expected)
    assert reads == {"page": []}
    last = model.rowCount() - 1
    assert model.entry_at(last) == expected[-1]
    assert model.entry_at(0) == expected[0]
    assert len(reads["page"]) == 2  # the first page and the last, nothing in between
    key = model.key_at(last)
    assert key is not None
    assert model.row_of_key(key) == last


def test_the_page_cache_stays_bounded(service, add_entries, reads, monkeypatch):
    from cvi_companion.ui import cramp_table_model

    page, pages = 10, 3
    monkeypatch.setattr(cramp_table_model, "PAGE_SIZE", page)
    monkeypatch.setattr(cramp_table_model, "MAX_PAGES", pages)
    add_entries(page * (pages + 2))
    model = CrampTableModel(service)
    for start in range(0, page * (pages + 2), page):
        model.data(model.index(start, Column.SIDE))
    assert reads["page"] == [page] * (pages + 2)
    assert len(model._pages) == pages
    # A page read recently is served from memory; the earliest ones were let go and are read again.
    model.data(model.index(page * (pages + 2) - 1, Column.SIDE))
    assert len(reads["page"]) == pages + 2
    model.data(model.index(0, Column.SIDE))
    assert len(reads["page"]) == pages + 3


def test_rows_are_found_again_by_key(service, add_entries):
    add_entries(450)
    model = CrampTableModel(service)
    key = model.key_at(420)
    assert key is not None
    model.reload()  # nothing cached: the row is asked of the log
    assert model.row_of_key(key) == 420
    model.entry_at(420)  # now cached
    assert model.row_of_key(key) == 420
    assert model.row_of_key(-1) is None


def test_columns_read_as_a_person_would_write_them(service, repo, make_entry, berlin):
    entry = make_entry(
        started_at=datetime(2026, 11, 23, 3, 10, tzinfo=berlin),
        side=Side.BOTH,
        locations=[Location.CALF, Location.FOOT],
        duration_s=150,
        woke_me=True,
        intensity=7,
        helped=[Relief.STRETCHING, Relief.WALKING],
        note="Toes curled.\nSecond line is hidden.",
    )
    repo.add(entry)
    model = CrampTableModel(service)

    def cell(column, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(0, column), role)

    assert cell(Column.STARTED) == "Mon 23 Nov 2026 03:10"
    assert cell(Column.NIGHT_OF) == "Sun 22 Nov"  # 03:10 belongs to Sunday night
    assert cell(Column.SIDE) == "Both"
    assert cell(Column.WHERE) == "Calf, foot"
    assert cell(Column.INTENSITY) == "7"
    assert cell(Column.DURATION) == "2 min 30 s"
    assert cell(Column.WOKE) == "Yes"
    assert cell(Column.HELPED) == "Stretching or flexing the foot, walking"
    assert cell(Column.NOTE) == "Toes curled."
    assert cell(Column.NOTE, Qt.ItemDataRole.ToolTipRole) == "Toes curled.\nSecond line is hidden."
    assert "calf and foot, both legs" in cell(Column.STARTED, Qt.ItemDataRole.ToolTipRole)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Started",
        "Night of",
        "Side",
        "Where",
        "Intensity",
        "Duration",
        "Woke me",
        "What helped",
        "Note",
    ]


def test_blank_cells_are_spoken_as_not_recorded(service, repo, make_entry):
    repo.add(make_entry())
    model = CrampTableModel(service)
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert model.data(model.index(0, Column.INTENSITY)) == ""
    assert model.data(model.index(0, Column.INTENSITY), spoken) == "Not rated"
    assert model.data(model.index(0, Column.DURATION), spoken) == "Not recorded"


def test_a_rows_first_cell_says_what_the_row_is(service, repo, make_entry):
    entry = make_entry()
    repo.add(entry)
    model = CrampTableModel(service)
    spoken = model.data(model.index(0, Column.STARTED), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Cramp on {started_text(entry.started_at)}, ")
    assert spoken.endswith(("calf", "calf, both legs"))


def test_the_model_follows_the_service_and_the_filter(service, repo, make_entry, add_entries):
    add_entries(6)  # left, right, both, left, right, both
    model = CrampTableModel(service)
    assert model.rowCount() == 6
    service.log(started_at=make_entry().started_at, side=Side.LEFT)
    assert model.rowCount() == 7
    model.set_filter(CrampFilter(side=Side.LEFT))
    assert model.rowCount() == 3
    assert {e.side for e in model.entries_at([0, 1, 2])} == {Side.LEFT}
    trash = CrampTableModel(service, CrampFilter(trash=True))
    service.delete([e.id for e in model.entries_at([0])])
    assert (model.rowCount(), trash.rowCount()) == (2, 1)


def test_rows_are_newest_first(service, add_entries):
    add_entries(3)
    model = CrampTableModel(service)
    starts = [e.started_at for e in model.entries_at([0, 1, 2])]
    assert starts == sorted(starts, reverse=True)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.entry_at(3) is None
    assert model.data(QModelIndex()) is None


def test_a_page_that_cannot_be_read_is_reported_once_not_raised(qtbot, service, add_entries, monkeypatch):
    add_entries(3)
    model = CrampTableModel(service)

    def broken(_flt, _offset, _limit):
        raise DatabaseUnreadable("Could not read the log: the log file is damaged.")

    monkeypatch.setattr(service, "page", broken)
    with qtbot.waitSignal(model.read_failed) as failed:
        assert model.data(model.index(0, Column.STARTED)) == "…"
    assert "damaged" in failed.args[0]
    with qtbot.assertNotEmitted(model.read_failed):
        model.data(model.index(1, Column.STARTED))
