"""Installing the translators: the shipped (compiled) catalogues, Qt's own, the choice of language."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from cvi_companion.app.translations import choose_language, install_translations, remove_translations
from cvi_companion.domain.text import translate
from cvi_companion.storage.translation_files import available_languages, catalogue_path
from cvi_companion.ui.i18n import say
from tools.translations import ROOT


@pytest.fixture(autouse=True)
def _english_again(qapp) -> Iterator[None]:
    """Every test leaves the app as the others expect it: no translators, the desktop's locale."""
    yield
    remove_translations(qapp)
    assert not qapp.findChildren(QTranslator)
    assert QLocale().name() == QLocale.system().name()


def _standard_buttons() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    yes = box.button(QDialogButtonBox.StandardButton.Yes).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return yes, cancel


def test_the_compiled_german_catalogue_is_there_and_loads():
    assert "de" in available_languages()
    path = catalogue_path("de")
    assert path is not None
    assert QTranslator().load(str(path))


def test_german_from_the_setting_translates_our_texts_qts_buttons_and_the_locale(qapp, german_message):
    context, source, german = german_message

    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"

    assert QCoreApplication.translate(context, source) == german
    assert _standard_buttons() == ("&Ja", "Abbrechen")
    # The setting overrode the desktop's English: dates and numbers follow it too.
    assert QLocale().language() == QLocale.Language.German
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_desktops_language_is_used_when_there_is_no_setting(qapp):
    assert install_translations(qapp, "", system_languages=["de-AT", "en-GB"]) == "de"
    assert _standard_buttons() == ("&Ja", "Abbrechen")
    # Following the desktop, the desktop's own locale stays the default.
    assert QLocale().name() == QLocale.system().name()


def test_an_unavailable_desktop_language_falls_back_to_english(qapp):
    assert install_translations(qapp, "", system_languages=["tlh-001", "xx"]) == "en"
    assert _standard_buttons() == ("&Yes", "Cancel")
    assert QLocale().name() == QLocale.system().name()


def test_an_unavailable_setting_falls_back_to_the_desktops_language(qapp):
    assert install_translations(qapp, "xx", system_languages=["de-DE"]) == "de"
    assert QLocale().name() == QLocale.system().name()


def test_installing_again_replaces_the_translators(qapp):
    install_translations(qapp, "de", system_languages=[])
    install_translations(qapp, "en", system_languages=[])
    assert _standard_buttons() == ("&Yes", "Cancel")
    assert len(qapp.findChildren(QTranslator)) == 1  # the English plurals only


def test_english_plurals_come_from_the_english_catalogue(qapp, plural_message):
    context, source, singular, plural = plural_message
    assert QCoreApplication.translate(context, source, None, 2) == source.replace("%n", "2")  # no translator yet

    assert install_translations(qapp, "en", system_languages=[]) == "en"

    assert QCoreApplication.translate(context, source, None, 1) == singular.replace("%n", "1")
    assert QCoreApplication.translate(context, source, None, 2) == plural.replace("%n", "2")


def test_the_english_plural_of_a_domain_phrase(qapp):
    install_translations(qapp, "", system_languages=["en-US"])
    assert say(translate("Insights", "%n night(s)", "", 1)) == "1 night"
    assert say(translate("Insights", "%n night(s)", "", 2)) == "2 nights"


@pytest.mark.parametrize(
    ("setting", "desktop", "expected"),
    [
        ("de", ["en-US"], "de"),
        ("de_AT", [], "de"),
        ("", ["de-Latn-DE", "de"], "de"),
        ("pt_BR", ["de-DE"], "pt_BR"),
        ("pt_PT", [], "pt"),
        ("fr", ["nl-NL", "de-CH"], "de"),
        ("", ["fr-FR"], "en"),
        ("", [], "en"),
    ],
)
def test_choose_language(setting, desktop, expected):
    assert choose_language(setting, desktop, ["en", "de", "pt", "pt_BR"]) == expected


@pytest.mark.slow
def test_the_language_environment_variable_picks_german():
    probe = (
        "from PySide6.QtCore import QCoreApplication;"
        "from cvi_companion.app.translations import install_translations;"
        "app = QCoreApplication([]);"
        "print(install_translations(app, ''))"
    )
    env = {**os.environ, "LANGUAGE": "de", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "de"
