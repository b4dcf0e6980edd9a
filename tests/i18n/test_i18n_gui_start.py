"""run_gui installs the translators from the language setting before any widget exists, and takes them out."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from cvi_companion.app import gui
from cvi_companion.app import translations as app_translations
from cvi_companion.cli.parser import parse_args
from cvi_companion.storage.paths import resolve_paths


@pytest.fixture
def restore_excepthook():
    hook = sys.excepthook
    yield
    sys.excepthook = hook


def test_the_language_setting_is_installed_before_any_widget_and_removed_at_the_end(
    tmp_path, monkeypatch, qapp, restore_excepthook
):
    folder = tmp_path / "data"
    paths = resolve_paths(folder, env={})
    paths.ensure()
    paths.settings_path.write_text(json.dumps({"language": "de"}), encoding="utf-8")
    # A start problem ends the run early, after the translators are in: its message shows what was installed.
    # A log from a newer version of the app: refused with a message (a damaged one would ask a question).
    with sqlite3.connect(paths.db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    installed: list[tuple[str, str, int]] = []
    real_install = app_translations.install_translations

    def spy(app, setting, *args):
        language = real_install(app, setting, *args)
        installed.append((setting, language, len(QApplication.topLevelWidgets())))
        return language

    monkeypatch.setattr(app_translations, "install_translations", spy)
    cancel_texts: list[str] = []

    def critical(*_args, **_kwargs):
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel_texts.append(box.button(QDialogButtonBox.StandardButton.Cancel).text())
        box.deleteLater()

    monkeypatch.setattr(QMessageBox, "critical", critical)
    widgets_before = len(QApplication.topLevelWidgets())

    assert gui.run_gui(parse_args(["--data-dir", str(folder)])) == 1

    assert installed == [("de", "de", widgets_before)]
    assert cancel_texts == ["Abbrechen"]
    assert not qapp.findChildren(QTranslator)
