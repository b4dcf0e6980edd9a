"""The keyboard shortcuts of the main window and the reminder window, as plain data for the shortcuts list (F1).

Each row is (keys, group, English description), both texts marked in the "Shortcuts" context. Keys are
written the portable way Qt reads them ("Ctrl+L"; several keys for one action are separated by ", "); show
them with `key_text()` so each platform sees its own names. Show the texts with `ui.i18n.label`.
tests/ui/test_shortcut_list.py checks each row against the code that defines the shortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.ui.i18n import label

CONTEXT = "Shortcuts"

LOG_KEYS = "Ctrl+L"
SEARCH_KEYS = "Ctrl+F"
NEXT_TAB_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_TAB_KEYS = ("Ctrl+Shift+Tab", "Ctrl+PgUp")
TAB_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4")
HELP_KEYS = "F1"
REPORT_KEYS = "Ctrl+Shift+R"
SETTINGS_KEYS = "Ctrl+,"
RED_FLAGS_KEYS = "Alt+F"

# Where a shortcut works: the groups of the list, in this order.
MAIN = QT_TRANSLATE_NOOP("Shortcuts", "Main window")
LOG = QT_TRANSLATE_NOOP("Shortcuts", "Cramp log")
QUICK_LOG = QT_TRANSLATE_NOOP("Shortcuts", "Quick log")
ENTRY = QT_TRANSLATE_NOOP("Shortcuts", "Entry with details")
REMINDER = QT_TRANSLATE_NOOP("Shortcuts", "Reminder window")
GUIDES = QT_TRANSLATE_NOOP("Shortcuts", "Guides")

# (keys, group, what it does); group and description are English sources in the "Shortcuts" context.
MAIN_SHORTCUTS: list[tuple[str, str, str]] = [
    (LOG_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Log a cramp (from any tab)")),
    (SEARCH_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Search the guides")),
    (", ".join(NEXT_TAB_KEYS), MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Next tab")),
    (", ".join(PREVIOUS_TAB_KEYS), MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Previous tab")),
    (TAB_KEYS[0], MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Go to the first tab (Cramp log)")),
    (TAB_KEYS[1], MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Go to the second tab (Reminders)")),
    (TAB_KEYS[2], MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Go to the third tab (Insights)")),
    (TAB_KEYS[3], MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Go to the fourth tab (Guides)")),
    (RED_FLAGS_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Red flags: signs that need help now")),
    (REPORT_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Report for your clinician")),
    (SETTINGS_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    (HELP_KEYS, MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keyboard shortcuts")),
    ("Enter", LOG, QT_TRANSLATE_NOOP("Shortcuts", "Open the selected entry")),
    ("Del", LOG, QT_TRANSLATE_NOOP("Shortcuts", "Move the selected entries to the trash")),
    ("Ctrl+Z", LOG, QT_TRANSLATE_NOOP("Shortcuts", "Undo what was just done (while Undo is shown)")),
    ("L, R, B", QUICK_LOG, QT_TRANSLATE_NOOP("Shortcuts", "Left, right or both legs")),
    ("W", QUICK_LOG, QT_TRANSLATE_NOOP("Shortcuts", "It woke me up")),
    ("Enter", QUICK_LOG, QT_TRANSLATE_NOOP("Shortcuts", "Save")),
    ("Ctrl+Enter", ENTRY, QT_TRANSLATE_NOOP("Shortcuts", "Save")),
    ("Enter", REMINDER, QT_TRANSLATE_NOOP("Shortcuts", "Done (for the morning check-in: No cramps)")),
    ("Esc", REMINDER, QT_TRANSLATE_NOOP("Shortcuts", "Snooze")),
    ("Alt+K", REMINDER, QT_TRANSLATE_NOOP("Shortcuts", "Skip")),
    ("Ctrl++", GUIDES, QT_TRANSLATE_NOOP("Shortcuts", "Larger text")),
    ("Ctrl+-", GUIDES, QT_TRANSLATE_NOOP("Shortcuts", "Smaller text")),
    ("Ctrl+0", GUIDES, QT_TRANSLATE_NOOP("Shortcuts", "Normal text size")),
    ("Alt+Left", GUIDES, QT_TRANSLATE_NOOP("Shortcuts", "Back to the guide before")),
    ("Alt+Right", GUIDES, QT_TRANSLATE_NOOP("Shortcuts", "Forward again")),
]


def key_text(keys: str) -> str:
    """Keys in this desktop's own words and symbols ("Ctrl+L", or "⌘L" on a Mac); unknown text as given.

    Several keys are separated by ", " ("Ctrl+Tab, Ctrl+PgDown"); a letter pressed alone stays as it is.
    """
    sequence = QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty():
        return keys
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def rows() -> list[tuple[str, str, str]]:
    """(group, keys in Qt's portable form, description) for each shortcut, texts in the person's language."""
    return [(label(CONTEXT, group), keys, label(CONTEXT, source)) for keys, group, source in MAIN_SHORTCUTS]
