"""Words for people, kept translatable without Qt: the domain says what to show, the UI says it in a language.

Domain code that produces a sentence returns a `Phrase` made by `translate()`: the English source text (with
`{name}` fields, and `%n` for a count that decides singular or plural), its translation context, and the
values. The UI renders it through Qt's translators (`cvi_companion.ui.i18n.say`); `str(phrase)` is the
English, used by the terminal commands. Fixed labels are marked with `QT_TRANSLATE_NOOP` where they are
defined and looked up where they are shown. `tools/translations.py` finds both forms in the source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name translators' tools look for)
    """Mark a fixed English label for translation under `context`; returns it unchanged."""
    del context
    return source


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English sentence with its translation context, its fields and (when >= 0) the count `%n`."""

    context: str
    source: str
    count: int = -1
    fields: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def fill(self, template: str) -> str:
        """Put the count and fields into a (translated) template of this phrase."""
        text = template.replace("%n", str(self.count)) if self.count >= 0 else template
        return text.format(**self.fields) if self.fields else text

    def __str__(self) -> str:
        """The English, with "(s)" plurals settled by the count."""
        text = self.source
        if self.count >= 0:
            text = text.replace("(s)", "" if self.count == 1 else "s")
        return self.fill(text)


def translate(context: str, source: str, disambiguation: str = "", n: int = -1, **fields: object) -> Phrase:
    """A phrase to be shown in the person's language; named like Qt's so the extractor finds it."""
    del disambiguation  # part of the catalogue key only when used; kept for the same call shape as Qt's
    return Phrase(context, source, n, MappingProxyType(dict(fields)))
