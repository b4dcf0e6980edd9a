"""Domain phrases said through Qt's translators: a catalogue's wording when there is one, else English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cvi_companion.domain.text import translate
from cvi_companion.ui.i18n import say
from tests.ui.fake_catalogue import Catalogue


def test_without_a_catalogue_the_english_is_said(qapp):
    assert say(translate("Insights", "%n night(s) without cramps", "", 1)) == "1 night without cramps"
    assert say(translate("Insights", "%n night(s) without cramps", "", 4)) == "4 nights without cramps"
    assert say(translate("Insights", "{done} of {due} done", done=2, due=3)) == "2 of 3 done"


def test_a_catalogue_wording_is_filled_with_the_same_values(qapp):
    catalogue = Catalogue(
        {
            ("Insights", "%n night(s) without cramps"): ("eine Nacht ohne Krampf", "%n Nächte ohne Krampf"),
            ("Insights", "{done} of {due} done"): ("{done} von {due} erledigt",),
        }
    )
    assert QCoreApplication.installTranslator(catalogue)
    try:
        assert say(translate("Insights", "%n night(s) without cramps", "", 1)) == "eine Nacht ohne Krampf"
        assert say(translate("Insights", "%n night(s) without cramps", "", 5)) == "5 Nächte ohne Krampf"
        assert say(translate("Insights", "{done} of {due} done", done=2, due=3)) == "2 von 3 erledigt"
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert say(translate("Insights", "{done} of {due} done", done=2, due=3)) == "2 of 3 done"
