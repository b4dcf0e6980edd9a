"""Keeping the .ts catalogues (update, add, merge, check) and compiling them, in a throwaway source tree."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tools.translations import (
    Key,
    add,
    build,
    check,
    english_plurals,
    merge,
    read_catalogue,
    update,
)

FIRST = """
from PySide6.QtCore import QObject


class Window(QObject):
    def build(self, count, name):
        self.tr("Open")
        self.tr("Going away")
        self.tr("Hello {name} & <b>welcome</b>")
        self.tr("%n night(s)", "", count)
"""

SECOND = """
from PySide6.QtCore import QObject


class Window(QObject):
    def build(self, count, name):
        self.tr("Open")
        self.tr("Hello {name} & <b>welcome</b>")
        self.tr("%n night(s)", "", count)
        self.tr("Brand new")
"""


@pytest.fixture
def tree(tmp_path):
    """A source tree with one module and an empty catalogue folder; returns (root, folder)."""
    (tmp_path / "cvi_companion" / "ui").mkdir(parents=True)
    _source(tmp_path, FIRST)
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    return tmp_path, folder


def _source(root: Path, text: str) -> None:
    (root / "cvi_companion" / "ui" / "window.py").write_text(textwrap.dedent(text), encoding="utf-8")


def _json(folder: Path, data: object) -> Path:
    path = folder.parent / "part.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_new_catalogue_has_every_message_unfinished_and_is_valid_ts(tree):
    root, folder = tree
    path = add("de", root, folder)

    xml = ET.parse(path).getroot()
    assert xml.tag == "TS"
    assert xml.get("version") == "2.1"
    assert xml.get("language") == "de"
    catalogue = read_catalogue(path)
    assert {key.source for key in catalogue.entries} == {
        "Open",
        "Going away",
        "Hello {name} & <b>welcome</b>",
        "%n night(s)",
    }
    assert not any(entry.finished for entry in catalogue.entries.values())
    assert catalogue.entries[Key("Window", "%n night(s)")].translations == ["", ""]
    # The location points at the code from the .ts file's folder, as Qt Linguist reads it.
    location = xml.find("context/message/location")
    assert location is not None
    assert location.get("filename") == "../../cvi_companion/ui/window.py"
    assert (path.parent / str(location.get("filename"))).resolve() == (root / "cvi_companion/ui/window.py").resolve()


def test_add_refuses_an_existing_catalogue_and_a_made_up_code(tree):
    root, folder = tree
    add("de", root, folder)
    with pytest.raises(SystemExit, match="exists already"):
        add("de", root, folder)
    with pytest.raises(SystemExit, match="not a language code"):
        add("german", root, folder)


def test_update_keeps_translations_adds_new_messages_and_drops_vanished_ones(tree):
    root, folder = tree
    path = add("de", root, folder)
    merged = merge(
        [_json(folder, {"Window": {"Open": "Öffnen", "Going away": "Geht", "%n night(s)": ["%n Nacht", "%n Nächte"]}})],
        "de",
        folder,
        root,
    )
    assert merged == []

    _source(root, SECOND)
    summary = update(root, folder)

    catalogue = read_catalogue(path)
    assert set(catalogue.entries) == {
        Key("Window", "Open"),
        Key("Window", "Hello {name} & <b>welcome</b>"),
        Key("Window", "%n night(s)"),
        Key("Window", "Brand new"),
    }
    kept = catalogue.entries[Key("Window", "Open")]
    assert (kept.translations, kept.finished) == (["Öffnen"], True)
    plural = catalogue.entries[Key("Window", "%n night(s)")]
    assert (plural.translations, plural.finished) == (["%n Nacht", "%n Nächte"], True)
    assert not catalogue.entries[Key("Window", "Brand new")].finished
    assert "cvi_companion_de.ts: 4 messages, 1 new, 1 dropped, 2 unfinished" in summary
    # Stable: a second update changes nothing.
    before = path.read_text(encoding="utf-8")
    update(root, folder)
    assert path.read_text(encoding="utf-8") == before


def test_the_english_catalogue_holds_the_plurals_only_finished_from_the_s_convention(tree):
    root, folder = tree
    update(root, folder)
    catalogue = read_catalogue(folder / "cvi_companion_en.ts")
    assert list(catalogue.entries) == [Key("Window", "%n night(s)")]
    entry = catalogue.entries[Key("Window", "%n night(s)")]
    assert (entry.translations, entry.finished) == (["%n night", "%n nights"], True)


def test_english_plurals_follow_the_source_convention():
    assert english_plurals("%n cramp(s) logged") == ["%n cramp logged", "%n cramps logged"]
    assert english_plurals("%Ln entry(ies)") == ["%Ln entry", "%Ln entries"]
    assert english_plurals("%n match(es)") == ["%n match", "%n matches"]
    assert english_plurals("%n min") == ["%n min", "%n min"]


def test_check_lists_missing_unfinished_obsolete_and_broken_entries(tree):
    root, folder = tree
    path = add("de", root, folder)
    update(root, folder)
    merge(
        [
            _json(
                folder,
                {
                    "Window": {
                        "Open": "Öffnen",
                        "Going away": "Geht",
                        "Hello {name} & <b>welcome</b>": "Hallo {nam} & willkommen",
                    }
                },
            )
        ],
        "de",
        folder,
        root,
    )
    _source(root, SECOND)  # not updated: "Brand new" is missing, "Going away" obsolete

    report = check(root, folder)

    assert any("missing [Window] 'Brand new'" in line for line in report)
    assert any("obsolete [Window] 'Going away'" in line for line in report)
    assert any("unfinished [Window] '%n night(s)'" in line for line in report)
    broken = [line for line in report if "Hello {name}" in line]
    assert len(broken) == 1
    assert "missing ['</b>', '<b>', '{name}']" in broken[0]
    assert "extra ['{nam}']" in broken[0]
    assert all(line.startswith(path.name) for line in report)


def test_check_passes_a_complete_catalogue(tree):
    root, folder = tree
    add("de", root, folder)
    update(root, folder)
    merge(
        [
            _json(
                folder,
                {
                    "Window": {
                        "Open": "Öffnen",
                        "Going away": "Geht",
                        "Hello {name} & <b>welcome</b>": "<b>Willkommen</b> & hallo, {name}",
                        "%n night(s)": ["%n Nacht", "%n Nächte"],
                    }
                },
            )
        ],
        "de",
        folder,
        root,
    )
    assert check(root, folder) == []


def test_merge_reports_what_matches_nothing_or_has_the_wrong_shape(tree):
    root, folder = tree
    path = add("de", root, folder)
    report = merge(
        [
            _json(
                folder,
                {
                    "Window": {"Open": ["Öffnen", "Öffnen"], "%n night(s)": "Nächte", "Missing": "Fehlt"},
                    "Nowhere": {"Open": "Öffnen"},
                },
            )
        ],
        "de",
        folder,
        root,
    )
    assert report == [
        "part.json: [Window] 'Open': needs one text, not list",
        "part.json: [Window] '%n night(s)': has a count, so it needs a list of plural forms",
        "part.json: [Window] 'Missing': matches no message",
        "part.json: [Nowhere] 'Open': matches no message",
    ]
    assert not any(entry.finished for entry in read_catalogue(path).entries.values())


def test_a_merged_catalogue_compiles_and_qt_finds_its_translations(tree, tmp_path):
    root, folder = tree
    add("de", root, folder)
    update(root, folder)
    merge([_json(folder, {"Window": {"Open": "Öffnen", "%n night(s)": ["%n Nacht", "%n Nächte"]}})], "de", folder, root)
    out = tmp_path / "compiled"
    built = build(out, folder)
    assert sorted(path.name for path in built) == ["cvi_companion_de.qm", "cvi_companion_en.qm"]

    translator = QTranslator()
    assert translator.load(str(out / "cvi_companion_de.qm"))
    assert translator.translate("Window", "Open") == "Öffnen"
    assert translator.translate("Window", "%n night(s)", None, 1) == "%n Nacht"
    assert translator.translate("Window", "%n night(s)", None, 3) == "%n Nächte"
    # Unfinished messages are left out, so Qt shows the English.
    assert translator.translate("Window", "Going away") == ""


def test_merging_keeps_the_locations_as_update_wrote_them(tree):
    root, folder = tree
    add("de", root, folder)
    update(root, folder)
    path = folder / "cvi_companion_de.ts"
    before = [location.attrib for location in ET.parse(path).getroot().iter("location")]
    merge([_json(folder, {"Window": {"Open": "Öffnen"}})], "de", folder, root)
    after = [location.attrib for location in ET.parse(path).getroot().iter("location")]
    assert before
    assert after == before
    assert all((path.parent / spot["filename"]).resolve().is_file() for spot in after)


def test_build_removes_the_qm_of_a_removed_catalogue(tree):
    root, folder = tree
    add("de", root, folder)
    stale = folder / "cvi_companion_fr.qm"
    stale.write_bytes(b"old")
    built = build(folder=folder)
    assert [path.name for path in built] == ["cvi_companion_de.qm"]
    assert not stale.exists()
