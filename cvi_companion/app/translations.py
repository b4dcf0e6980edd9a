"""The interface language: pick it from the setting or the desktop, and install Qt's and our translators.

Qt's own catalogue (qtbase_<lang>.qm, shipped with PySide6) translates standard buttons and dialogs; ours
(resources/translations/cvi_companion_<lang>.qm, compiled from the .ts at build time) the rest. The
desktop's choice comes from QLocale.system(), which on Linux follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from cvi_companion.storage.translation_files import SOURCE_LANGUAGE, available_languages, catalogue_path

# Names of the translators this module installs, so a second call (or a test) can take them out again.
TRANSLATOR_NAME = "cvi_companion_translator"


def _match(wish: str, available: Sequence[str]) -> str | None:
    code = wish.strip().replace("-", "_")
    if code in available:
        return code
    base = code.split("_", 1)[0]
    return base if base in available else None


def choose_language(setting: str, system_languages: Iterable[str], available: Sequence[str]) -> str:
    """The setting when available, else the desktop's first available language, else English.

    Codes match exactly ("pt_BR") or by language alone ("de_AT" -> "de"); the desktop's use "-" or "_".
    """
    for wish in [setting, *system_languages] if setting else system_languages:
        match = _match(wish, available)
        if match is not None:
            return match
    return SOURCE_LANGUAGE


def install_translations(
    app: QCoreApplication, language_setting: str, system_languages: Sequence[str] | None = None
) -> str:
    """Install the translators for the chosen language and return its code ("en" when nothing fits).

    A setting that overrides the desktop's language also becomes the default QLocale, so dates and
    numbers follow it. `system_languages` stands in for QLocale.system().uiLanguages() (tests).
    """
    remove_translations(app)
    available = available_languages()
    wishes = QLocale.system().uiLanguages() if system_languages is None else system_languages
    language = choose_language(language_setting, wishes, available)
    locale = QLocale(language)
    if language != SOURCE_LANGUAGE:
        qt_translator = _translator(app)
        _keep(app, qt_translator, any(qt_translator.load(locale, "qtbase", "_", f) for f in _qt_catalogue_folders()))
    # English first: it settles the "(s)" plurals, also of any count the chosen catalogue lacks.
    for code in dict.fromkeys([SOURCE_LANGUAGE, language]):
        path = catalogue_path(code)
        if path is not None:
            translator = _translator(app)
            _keep(app, translator, translator.load(str(path)))
    if language_setting and _match(language_setting, available) == language:
        QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    return language


def _qt_catalogue_folders() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured place, else PySide6's folder (a frozen bundle's layout)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def _translator(app: QCoreApplication) -> QTranslator:
    # Parented to the app, so it lives as long as the app does.
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    return translator


def _keep(app: QCoreApplication, translator: QTranslator, loaded: bool) -> None:
    if loaded:
        app.installTranslator(translator)
    else:
        translator.setParent(None)


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators `install_translations` put in, and go back to the desktop's locale."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
