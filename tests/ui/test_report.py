"""The clinician report PDF: what it says (and leaves out), its pages, its paper size, and the dialog."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime, time

import pytest

from cvi_companion.domain.cramps import Side, new_entry
from cvi_companion.domain.insights import NightRange, Period
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.ui.insights_sections import InsightsSource
from cvi_companion.ui.report_dialog import RangePicker, ReportDialog, ReportRequest, save_report, suggested_name
from cvi_companion.ui.report_pdf import (
    SELF_REPORTED,
    ReportError,
    gather_report,
    uses_letter,
    write_report,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
FOUR_WEEKS = NightRange(date(2026, 10, 26), date(2026, 11, 22))
NOTE = "Woke me twice; stretched against the wall"


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts need a QGuiApplication."""


@pytest.fixture
def log(repo, db, berlin):
    def cramp(day: int, hour: int, **fields):
        started = datetime.combine(date(2026, 11, day), time(hour, 10), berlin)
        return new_entry(now=NOW, started_at=started, **fields)

    repo.add_many(
        [
            cramp(4, 2, side=Side.LEFT, intensity=7, note=NOTE),
            cramp(17, 3, side=Side.RIGHT, intensity=5),
            cramp(18, 1, side=Side.LEFT, intensity=9, note="after a long day standing"),
        ]
    )
    reports = NightReports(db)
    for day in (10, 11, 12, 19):
        reports.mark_cramp_free(date(2026, 11, day), ReportedVia.CHECK_IN, NOW)


def make(db, tmp_path, *, name="", entries=True, letter=False, nights=FOUR_WEEKS):
    report = gather_report(db, nights, None, date(2026, 11, 23), name=name, include_entries=entries)
    path = tmp_path / "report.pdf"
    pages = write_report(report, path, letter=letter)
    return path, pages


def test_the_report_states_range_numbers_and_that_it_is_self_reported(log, db, tmp_path):
    path, pages = make(db, tmp_path)
    text = " ".join(pdf_text(path).split())
    assert "Nights from 26 Oct 2026 to 22 Nov 2026 (28 nights)." in text
    assert SELF_REPORTED in text
    assert "Generated on 23 Nov 2026." in text
    assert "Cramps logged 3" in text
    assert "Nights with a cramp 3 of 7 nights with a record (43 %)" in text
    assert "Nights without any record 21" in text
    assert "Longest cramp-free run 3 nights, 10 Nov 2026 to 12 Nov 2026" in text
    assert "Intensity (0 to 10) average 7.0, worst 9" in text
    assert f"Page 1 of {pages}" in text
    assert pdf_info(path)["Pages"] == str(pages)


def test_the_name_appears_only_when_typed(log, db, tmp_path):
    named, _ = make(db, tmp_path, name="  Anna Example ")
    assert "Name: Anna Example" in pdf_text(named)
    anonymous, _ = make(db, tmp_path)
    text = pdf_text(anonymous)
    assert "Name:" not in text
    assert "Anna" not in text


def test_entries_and_their_notes_only_when_included(log, db, tmp_path):
    with_entries, _ = make(db, tmp_path)
    text = " ".join(pdf_text(with_entries).split())
    assert "Entries (3)" in text
    assert NOTE in text
    assert "Wed 4 Nov 2026 02:10" in text
    without, _ = make(db, tmp_path, entries=False)
    text = " ".join(pdf_text(without).split())
    assert NOTE not in text
    assert "after a long day standing" not in text
    assert "The list of individual entries was left out of this report." in text


def test_a_long_list_runs_over_numbered_pages_with_nothing_lost(repo, db, tmp_path, berlin):
    long_note = " ".join(f"word{i}" for i in range(1500))
    entries = [
        new_entry(
            now=NOW,
            started_at=datetime(2026, 11, 1 + i % 20, 2, i % 60, tzinfo=berlin),
            side=Side.LEFT,
            note=f"note number {i}",
        )
        for i in range(150)
    ]
    entries.append(
        new_entry(now=NOW, started_at=datetime(2026, 11, 21, 3, 0, tzinfo=berlin), side=Side.BOTH, note=long_note)
    )
    repo.add_many(entries)
    path, pages = make(db, tmp_path)
    assert pages >= 6
    text = pdf_text(path)
    assert f"Page {pages} of {pages}" in text
    assert "note number 0" in text
    assert "note number 149" in text
    assert "word0" in text
    assert "word1499" in text
    assert "(continued)" in text


def test_paper_follows_the_territory(log, db, tmp_path):
    assert uses_letter("US")
    assert uses_letter("ca")
    assert uses_letter("MX")
    assert uses_letter("PH")
    assert not uses_letter("GB")
    assert not uses_letter("DE")
    assert not uses_letter(None)
    a4, _ = make(db, tmp_path)
    assert pdf_info(a4)["Page size"].endswith("(A4)")
    letter, _ = make(db, tmp_path, letter=True)
    assert pdf_info(letter)["Page size"].startswith("612 x 792 pts")


def test_the_file_is_private_and_written_whole(log, db, tmp_path):
    path, _ = make(db, tmp_path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob(".report.pdf.*"))  # no temporary file left behind
    report = gather_report(db, FOUR_WEEKS, None, date(2026, 11, 23))
    with pytest.raises(ReportError, match=r"Could not write the report to .*missing"):
        write_report(report, tmp_path / "missing" / "report.pdf")


# -- from the window ---------------------------------------------------------------------------------------


@pytest.fixture
def source(db, service, settings_service):
    return InsightsSource(db, service.clock, settings_service)


def test_the_dialog_starts_from_the_tabs_range_and_asks_name_and_entries(qtbot, source):
    shown = RangePicker(source.range_for)
    qtbot.addWidget(shown)
    shown.set_period(Period.LAST_3_MONTHS)
    dialog = ReportDialog(source, shown)
    qtbot.addWidget(dialog)
    request = dialog.request()
    assert request == ReportRequest(NightRange(date(2026, 8, 23), date(2026, 11, 22)), "", True)
    assert dialog.range_text.text() == "Nights from 23 Aug 2026 to 22 Nov 2026 (92 nights)."
    dialog.name_edit.setText(" Anna ")
    dialog.entries_box.setChecked(False)
    dialog.picker.set_custom(date(2026, 11, 1), date(2026, 11, 14))
    assert dialog.request() == ReportRequest(NightRange(date(2026, 11, 1), date(2026, 11, 14)), "Anna", False)
    assert suggested_name(dialog.request()) == "cvi-companion-report-2026-11-01-to-2026-11-14.pdf"


def test_saving_from_the_window_uses_letter_in_the_us(log, source, tmp_path):
    request = ReportRequest(FOUR_WEEKS, "Anna", True)
    message = save_report(source, request, tmp_path / "us.pdf", "US")
    assert message.startswith("Saved the report (")
    assert message.endswith(f"to {tmp_path / 'us.pdf'}.")
    assert pdf_info(tmp_path / "us.pdf")["Page size"].startswith("612 x 792 pts")
    save_report(source, request, tmp_path / "gb.pdf", "GB")
    assert pdf_info(tmp_path / "gb.pdf")["Page size"].endswith("(A4)")
    assert NOTE in " ".join(pdf_text(tmp_path / "gb.pdf").split())


def test_custom_dates_start_from_the_range_shown_before(qtbot, source):
    picker = RangePicker(source.range_for)
    qtbot.addWidget(picker)
    picker.set_period(Period.LAST_3_MONTHS)
    picker.set_period(None)
    assert picker.nights() == NightRange(date(2026, 8, 23), date(2026, 11, 22))
    assert picker.from_edit.isVisibleTo(picker)


def test_the_dialog_has_unique_mnemonics_and_names_every_focusable_widget(qtbot, source):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    dialog = ReportDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_period(None)  # the custom dates' labels too
    letters = mnemonics(dialog)
    assert len(letters) >= 5
    assert duplicates(letters) == [], letters
    assert unnamed_focusable(dialog) == []


@pytest.fixture
def german_locale():
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.c())


def test_the_reports_dates_and_numbers_follow_the_locale(log, db, tmp_path, german_locale):
    path, _pages = make(db, tmp_path)
    text = " ".join(pdf_text(path).split())
    assert "Nights from 26. Okt. 2026 to 22. Nov. 2026 (28 nights)." in text
    assert "Generated on 23. Nov. 2026." in text
    assert "Longest cramp-free run 3 nights, 10. Nov. 2026 to 12. Nov. 2026" in text
    assert "Intensity (0 to 10) average 7,0, worst 9" in text
