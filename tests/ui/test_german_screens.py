"""The real app started in German: no English text is left on the main screens or in the quick log.

The app is run twice over the same log, once in English and once with German chosen in Settings; every text
a person can see on each tab is collected. A text that reads the same in both runs and has words in it is
English left behind. The guides' own text is content, not interface: it stays English until a guide is
translated (the view then says so), so the guide list and the guide text are not compared.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)

from cvi_companion.app import gui
from cvi_companion.cli.parser import parse_args
from cvi_companion.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

# Guide content (titles, summaries, text) is English until a guide is translated.
CONTENT = ("guideList", "guideText")
# The same in both languages: the app's name and the unit-free figures.
SAME_IN_BOTH = {"CVI Companion", "CSV", "JSON", "PDF"}
WORD = re.compile(r"[A-Za-z]{3,}")


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _in_content(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.objectName() in CONTENT:
            return True
        current = current.parentWidget()
    return False


def _texts_of(top: QWidget) -> set[str]:
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or _in_content(widget):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for row in range(min(3, model.rowCount())):
                found += [str(model.index(row, c).data() or "") for c in range(columns)]
    return {plain for text in found if (plain := _plain(text))}


def _collect(data_dir, language: str) -> dict[str, set[str]]:
    """Start the app on `data_dir` in a language; the texts of each tab and of the quick log."""
    settings = data_dir / "settings.json"
    stored = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    stored["language"] = language
    settings.write_text(json.dumps(stored), encoding="utf-8")
    screens: dict[str, set[str]] = {}
    failures: list[BaseException] = []

    def step() -> None:
        try:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                QApplication.processEvents()
                screens[f"tab {index}"] = _texts_of(window)
            dialog = window.open_quick_log()
            QApplication.processEvents()
            screens["quick log"] = _texts_of(dialog)
            dialog.reject()
        except BaseException as error:  # reported once the app has stopped
            failures.append(error)
        finally:
            QApplication.exit(0)

    QTimer.singleShot(300, step)
    assert gui.run_gui(parse_args(["--data-dir", str(data_dir)])) == 0
    if failures:
        raise failures[0]
    return screens


@pytest.fixture
def restore_excepthook():
    hook = sys.excepthook
    yield
    sys.excepthook = hook


def test_no_english_is_left_on_the_main_screens(qapp, app_paths, add_entries, night, restore_excepthook):
    add_entries(6, newest=night - timedelta(days=1))
    english = _collect(app_paths.data_dir, "en")
    german = _collect(app_paths.data_dir, "de")
    assert german.keys() == english.keys()
    assert len(german) == 5
    left = {
        screen: sorted(text for text in texts & english[screen] if WORD.search(text) and text not in SAME_IN_BOTH)
        for screen, texts in german.items()
    }
    assert {screen: texts for screen, texts in left.items() if texts} == {}
    # And German is really there: the tab names and the quick log's title.
    assert {"Krampftagebuch", "Erinnerungen", "Auswertung", "Ratgeber"} <= german["tab 0"]
    assert "Krampf eintragen" in german["quick log"]


def test_settings_that_were_reset_are_listed_in_german_at_start(qapp, app_paths, restore_excepthook):
    # A hand-edited settings file with German chosen: the message about it is German too, the keys and values
    # quoted as they are in the file.
    app_paths.ensure()
    app_paths.settings_path.write_text(
        json.dumps({"language": "de", "night_starts": "spät", "appearance": "blau"}), encoding="utf-8"
    )
    seen: list[tuple[str, str]] = []

    def step() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        seen.extend((box.text(), box.informativeText()) for box in boxes)
        QApplication.exit(0)

    QTimer.singleShot(300, step)
    assert gui.run_gui(parse_args(["--data-dir", str(app_paths.data_dir)])) == 0
    assert seen == [
        (
            "Einige Einstellungen konnten nicht übernommen werden.",
            "'night_starts' sollte eine Uhrzeit wie 22:00 sein, nicht 'spät'; stattdessen gilt 22:00\n\n"
            "'appearance' sollte einer der Werte system, light, dark sein, nicht 'blau'; stattdessen gilt system",
        )
    ]
