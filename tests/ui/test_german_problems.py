"""Problems from files in German: settings reset, a settings file that cannot be saved, an import refused.

Run with the app's real German catalogue, so these check the translations a person reads, and that the parts
the person typed (a key, a value, a path) are quoted as they are. The English of each line is the
terminal's, unchanged (tests/unit and tests/cli).
"""

from __future__ import annotations

import errno
import json
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget

from cvi_companion.app.start_messages import show_settings_problems
from cvi_companion.app.translations import install_translations, remove_translations
from cvi_companion.domain.importing import ExistingData, ImportMode, build_plan, parse_import
from cvi_companion.domain.importing_data import ImportFileError
from cvi_companion.domain.importing_summary import plan_phrases
from cvi_companion.domain.settings import settings_from_mapping
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.ui.error_text import error_text, phrase_lines
from cvi_companion.ui.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def german(qapp):
    """The app's German catalogue, installed as the Settings' "Deutsch" installs it."""
    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"
    yield
    remove_translations(qapp)


class NoAutostart:
    """Start at login, off and left alone: these tests are about the settings file."""

    location = "/fake/autostart/cvi-companion.desktop"

    def is_enabled(self) -> bool:
        return False

    def enable(self, command: Sequence[str]) -> None:
        raise AssertionError("start at login was not asked for")

    def disable(self) -> None:
        raise AssertionError("start at login was not asked for")


def refused(text: str) -> ImportFileError:
    """Why a file holding `text` cannot be imported."""
    with pytest.raises(ImportFileError) as caught:
        parse_import(text.encode("utf-8"), now=NOW, tz=BERLIN)
    return caught.value


def test_settings_that_were_reset_are_listed_in_german(german, qtbot):
    read = settings_from_mapping({"night_starts": "spät", "guide_zoom": "x", "text_scale": 300})
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_settings_problems(parent, read.problems)
    assert box.text() == "Einige Einstellungen konnten nicht übernommen werden."
    # One paragraph each: the sentences wrap, and without a blank line they would run together.
    assert box.informativeText().split("\n\n") == [
        "'night_starts' sollte eine Uhrzeit wie 22:00 sein, nicht 'spät'; stattdessen gilt 22:00",
        "'guide_zoom' sollte eine ganze Zahl sein, nicht 'x'; stattdessen gilt die normale Größe",
        "'text_scale' sollte einer der Werte 100, 125, 150, 175, 200 (Prozent) sein, nicht 300; stattdessen gilt 100",
    ]
    box.close()


def test_the_same_lines_stay_english_without_a_catalogue(qtbot, qapp):
    read = settings_from_mapping({"night_starts": "late"})
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_settings_problems(parent, read.problems)
    assert box.informativeText() == "'night_starts' should be a time like 22:00, not 'late'; using 22:00"
    box.close()


def test_a_settings_file_that_is_not_json_is_explained_in_german(german, app_paths):
    app_paths.ensure()
    app_paths.settings_path.write_text('{"night_starts": "23:00",', encoding="utf-8")
    (problem,) = SettingsStore(app_paths.settings_path).load().problems
    said = phrase_lines([problem])[0]
    assert said.startswith(f"Die Einstellungsdatei {app_paths.settings_path} ist kein gültiges JSON (")
    assert said.endswith(
        "; es gelten die Standardwerte, und die Datei wird als settings.json.bad aufbewahrt, sobald Sie das "
        "nächste Mal eine Einstellung ändern."
    )


def test_settings_that_cannot_be_saved_name_the_folder_in_german(german, qtbot, app_paths, monkeypatch):
    app_paths.ensure()

    def folder_refuses(*_args, dir=None, **_kwargs):
        # What a folder without write permission answers; the name is the temporary file's.
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir) / ".settings.json.k2j4.cvi.tmp"))

    service = SettingsService(SettingsStore(app_paths.settings_path))
    dialog = SettingsDialog(service, app_paths, NoAutostart(), ("cvi-companion",))
    qtbot.addWidget(dialog)
    dialog.notifications.setChecked(False)
    monkeypatch.setattr(tempfile, "mkstemp", folder_refuses)
    assert not dialog.save()
    assert dialog.status.text() == (
        "Nichts gespeichert: Das Speichern der Einstellungen war nicht möglich: In den Ordner "
        f"{app_paths.settings_path.parent} kann nicht geschrieben werden (keine Berechtigung). "
        "Es wurde nichts geändert."
    )
    assert ".tmp" not in dialog.status.text()


def test_a_newer_settings_file_is_kept_in_german(german, qtbot, app_paths):
    app_paths.ensure()
    app_paths.settings_path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    service = SettingsService(SettingsStore(app_paths.settings_path))
    assert phrase_lines(service.load_problems) == [
        f"Die Einstellungsdatei {app_paths.settings_path} stammt aus einer neueren Version von cvi_companion; "
        "sie wird so weit wie möglich gelesen und nicht überschrieben."
    ]
    dialog = SettingsDialog(service, app_paths, NoAutostart(), ("cvi-companion",))
    qtbot.addWidget(dialog)
    dialog.notifications.setChecked(False)
    assert not dialog.save()
    assert dialog.status.text() == (
        f"Nichts gespeichert: Die Einstellungsdatei {app_paths.settings_path} gehört zu einer neueren Version "
        "von cvi_companion; sie wurde nicht verändert."
    )


def test_the_problems_of_a_refused_csv_file_are_said_in_german(german):
    rows = "".join(f"2026-11-20 03:{minute:02d},left,{value}\n" for minute, value in enumerate(["hoch", "x", "y"]))
    error = refused("started_at,side,intensity\n" + rows)
    assert phrase_lines(problem.phrase for problem in error.problems) == [
        "Zeile 2, intensity: 'hoch' ist keine ganze Zahl von 0 bis 10",
        "Zeile 3, intensity: 'x' ist keine ganze Zahl von 0 bis 10",
        "Zeile 4, intensity: 'y' ist keine ganze Zahl von 0 bis 10",
    ]
    assert error_text(error) == "Zeile 2, intensity: 'hoch' ist keine ganze Zahl von 0 bis 10 (und 2 weitere Probleme)"
    # The terminal's English is the same as ever.
    assert str(error) == "line 2, intensity: 'hoch' is not a whole number from 0 to 10 (and 2 more problems)"


@pytest.mark.parametrize(
    ("text", "german_line"),
    [
        ("", "Die Datei: ist leer"),
        (
            "id,note\n1,x\n",
            "Zeile 1: es gibt keine Spalte 'started_at' (sie wird gebraucht; siehe docs/data-format.md)",
        ),
        (
            "started_at,side\n2026-11-20 03:10,left\n01/02/2026 03:10,left\n",
            "Zeile 3, started_at: '01/02/2026 03:10' ist nicht eindeutig: Gemeint sein kann 1. Februar 2026 oder "
            "2. Januar 2026, und keine andere Zeile zeigt, ob der Tag oder der Monat zuerst steht; schreiben Sie "
            "es als 2026-02-01 03:10 oder 01.02.2026 03:10",
        ),
        ("started_at,side\n2999-11-20 03:10,left\n", "Zeile 2, started_at: der Beginn liegt in der Zukunft"),
        ("{", "Zeile 1, Spalte 2: das ist kein gültiges JSON (Expecting property name enclosed in double quotes)"),
        (
            '{"format": "cvi-companion-cramps", "version": 1, "entries": [{"started_at": "2026-11-20T03:10:00+01:00",'
            ' "side": "left", "woke_me": "yes"}]}',
            'entries[0].woke_me: sollte true oder false sein, nicht "yes"',
        ),
    ],
)
def test_each_kind_of_import_problem_reads_in_german(german, text, german_line):
    error = refused(text)
    assert phrase_lines([error.problems[0].phrase]) == [german_line]


def test_an_import_preview_says_why_entries_are_skipped_in_german(german):
    data = parse_import(b"started_at,side,mood\n2026-11-20 03:10,left,gut\n", now=NOW, tz=BERLIN)
    item = data.entries[0]
    existing = ExistingData(entries={item.entry.id: item.entry}, entry_total=1)
    lines = phrase_lines(plan_phrases(build_plan(data, existing, ImportMode.MERGE, now=NOW, tz=BERLIN), done=False))
    assert lines == [
        "  Krampf-Einträge: 0 hinzuzufügen, 0 zu ändern, 1 zu überspringen",
        "Zu überspringen:",
        "  2026-11-20 03:10  left   calf          (Zeile 2: identisch)",
        "Hinweis: Nicht übernommene Spalten (nicht Teil des Formats): mood",
    ]
