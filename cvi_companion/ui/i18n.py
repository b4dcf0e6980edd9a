"""Saying domain phrases and marked labels in the person's language, through the installed translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cvi_companion.domain.text import Phrase


def say(phrase: Phrase) -> str:
    """The phrase in the current language (English when no translation is installed)."""
    template = QCoreApplication.translate(phrase.context, phrase.source, None, phrase.count)
    # Qt puts the count in itself; when nothing was translated, the English settles its own "(s)".
    untranslated = phrase.source.replace("%n", str(phrase.count)) if phrase.count >= 0 else phrase.source
    if template == untranslated:
        return str(phrase)
    return phrase.fill(template)


def label(context: str, source: str) -> str:
    """A fixed label marked with QT_TRANSLATE_NOOP(context, source), in the current language."""
    return QCoreApplication.translate(context, source)
