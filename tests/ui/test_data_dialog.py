"""The "Your data" dialog: export, import after a preview, backups, restore, and deleting everything."""

from __future__ import annotations

import stat

import pytest

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.domain.importing import ImportPlan
from cvi_companion.services.clock import Clock
from cvi_companion.storage.backups import list_backups
from cvi_companion.storage.exporter import ExportFormat
from cvi_companion.ui.data_dialog import DataDialog


@pytest.fixture
def dialog(qtbot, db, app_paths, settings_service, berlin, fake_time):
    widget = DataDialog(db, app_paths, settings_service, Clock(berlin, now_utc=fake_time))
    qtbot.addWidget(widget)
    return widget


def fill(repo, make_entry, count):
    repo.add_many(make_entry(minutes_ago=90 * i, note=f"entry {i}") for i in range(count))


def export_to(dialog, path, fmt=ExportFormat.CSV, qtbot=None):
    """Export as the button does; with `qtbot`, wait until the pool thread has finished."""
    dialog.export_format.setCurrentIndex(dialog.export_format.findData(fmt))
    dialog.choose_save_path = lambda _fmt: path
    dialog.export()
    if qtbot is not None and dialog.export_job is not None:
        with qtbot.waitSignal(dialog.export_job.finished, timeout=10_000):
            pass


def test_export_writes_a_private_file_and_says_how_many(dialog, repo, make_entry, tmp_path, qtbot):
    fill(repo, make_entry, 3)
    target = tmp_path / "out.csv"
    export_to(dialog, target, qtbot=qtbot)
    assert dialog.status.text() == f"Exported 3 entries to {target}."
    lines = target.read_text().splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("id,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_export_range_the_wrong_way_round_writes_nothing(dialog, tmp_path):
    dialog.export_all.setChecked(False)
    dialog.export_from.setDate(dialog.export_until.date().addDays(3))
    export_to(dialog, tmp_path / "out.csv")
    assert dialog.export_job is None
    assert not (tmp_path / "out.csv").exists()
    assert dialog.status.text() == "Nothing exported: the first date is after the last."


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_export_imports_back_after_a_preview_and_a_backup(dialog, repo, make_entry, tmp_path, app_paths, fmt, qtbot):
    fill(repo, make_entry, 4)
    target = tmp_path / f"out.{fmt.value}"
    export_to(dialog, target, fmt, qtbot)
    originals = list(repo.iter_entries(CrampFilter()))
    gone = [e.id for e in originals[:2]]
    repo.soft_delete(gone)
    repo.purge(gone)
    previews: list[ImportPlan] = []

    def preview(plan: ImportPlan, _file: object) -> bool:
        previews.append(plan)
        return True

    dialog.choose_open_path = lambda *_: target
    dialog.confirm_import = preview
    dialog.import_file()
    assert [len(previews[0].added), len(previews[0].skipped)] == [2, 2]
    assert list(repo.iter_entries(CrampFilter())) == originals
    assert "Imported from" in dialog.status.text()
    assert [b.reason for b in list_backups(app_paths.backups_dir)] == ["import"]


def test_a_cancelled_preview_changes_nothing(dialog, repo, make_entry, tmp_path, qtbot):
    fill(repo, make_entry, 2)
    target = tmp_path / "out.json"
    export_to(dialog, target, ExportFormat.JSON, qtbot)
    gone = [e.id for e in repo.iter_entries(CrampFilter())]
    repo.soft_delete(gone)
    repo.purge(gone)
    dialog.choose_open_path = lambda *_: target
    dialog.confirm_import = lambda plan, _file: False
    with qtbot.assertNotEmitted(dialog.data_changed):
        dialog.import_file()
    assert repo.count(CrampFilter()) == 0


def test_a_malformed_file_is_named_with_its_line_and_changes_nothing(dialog, repo, make_entry, tmp_path, db):
    fill(repo, make_entry, 2)
    before = db.path.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,side\n2026-11-20 03:10,left\nyesterday,left\n")
    dialog.choose_open_path = lambda *_: bad
    dialog.confirm_import = lambda *_: pytest.fail("no preview for a file that cannot be read")
    dialog.import_file()
    assert dialog.status.text().startswith("Nothing imported. bad.csv cannot be read:")
    assert "line 3" in dialog.status.text()
    assert repo.count(CrampFilter()) == 2
    assert db.path.read_bytes() == before


def test_back_up_then_restore_brings_the_log_back_and_keeps_the_current_one(dialog, repo, make_entry, app_paths, qtbot):
    fill(repo, make_entry, 2)
    dialog.back_up()
    backup = list_backups(app_paths.backups_dir)[0].path
    assert dialog.status.text() == f"Backed up to {backup}."
    fill(repo, make_entry, 5)
    dialog.choose_open_path = lambda *_: backup
    asked: list[str] = []

    def confirm(_title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    dialog.confirm = confirm
    with qtbot.waitSignal(dialog.data_changed, timeout=1000):
        dialog.restore_backup()
    assert "backup of 2 entries" in asked[0]
    assert repo.count(CrampFilter()) == 2
    assert dialog.status.text().startswith("Restored 2 entries from")
    assert "before-restore" in {b.reason for b in list_backups(app_paths.backups_dir)}


def test_restore_refuses_a_file_that_is_not_a_backup(dialog, repo, make_entry, tmp_path):
    fill(repo, make_entry, 2)
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"these are not the droids" * 100)
    dialog.choose_open_path = lambda *_: other
    dialog.confirm = lambda *_: pytest.fail("no question for a file that is not a backup")
    dialog.restore_backup()
    assert dialog.status.text().startswith("Nothing restored:")
    assert repo.count(CrampFilter()) == 2


@pytest.mark.parametrize(("answer", "emitted"), [((True, True), [True]), ((False, True), [])])
def test_delete_all_asks_first_then_asks_the_app_to_do_it(dialog, answer, emitted):
    requests: list[bool] = []
    dialog.delete_all_requested.connect(requests.append)
    dialog.confirm_delete = lambda: answer
    dialog.delete_everything()
    assert requests == emitted


def test_every_control_has_an_accessible_name(dialog):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    focusable = [
        w for w in dialog.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
    ]
    assert focusable
    for widget in focusable:
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget


def test_the_window_offers_your_data_only_when_the_app_provides_it(qtbot, service):
    from PySide6.QtCore import Qt

    from cvi_companion.ui.main_window import MainWindow

    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    assert not window.data_button.isVisible()
    opened: list[bool] = []
    window.offer_data_dialog(lambda: opened.append(True))
    assert window.data_button.isVisible()
    qtbot.mouseClick(window.data_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_dialog_has_unique_mnemonics_and_names_every_focusable_widget(dialog):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    dialog.show()
    letters = mnemonics(dialog)
    assert len(letters) >= 8
    assert duplicates(letters) == [], letters
    assert unnamed_focusable(dialog) == []


def test_a_refused_import_file_is_explained_in_german(dialog, tmp_path, qapp):
    from cvi_companion.app.translations import install_translations, remove_translations

    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,side,intensity\n2026-11-20 03:10,left,hoch\n")
    dialog.choose_open_path = lambda *_: bad
    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"
    try:
        dialog.import_file()
    finally:
        remove_translations(qapp)
    assert dialog.status.text() == (
        "Nichts importiert. bad.csv kann nicht gelesen werden:\n"
        "Zeile 2, intensity: 'hoch' ist keine ganze Zahl von 0 bis 10"
    )
