"""A stand-in for a compiled translation catalogue, for tests that need a language without building one."""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class Catalogue(QTranslator):
    """Answers from a dict {(context, source): text or (singular, plural)}, plurals chosen the German way."""

    def __init__(self, entries):
        super().__init__()
        self.entries = entries

    def translate(self, context, source, disambiguation=None, n=-1):
        forms = self.entries.get((context, source))
        if forms is None:
            return None  # not here: Qt falls back to the English (an empty text would count as a translation)
        if isinstance(forms, str):
            return forms
        return forms[0] if n == 1 else forms[-1]

    def isEmpty(self):
        return False
