"""Errors the domain raises, written to be shown to a person as they are."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cvi_companion.domain.text import Phrase


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One thing wrong with one field.

    `template` is the English (marked with QT_TRANSLATE_NOOP("Problems", ...) where it is written) with
    `{name}` fields for `values`, so the window can say it in the person's language; `message` is the English.
    """

    field: str
    template: str
    values: Mapping[str, object] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    @property
    def message(self) -> str:
        """The problem in English, values filled in."""
        return self.template.format(**self.values) if self.values else self.template

    @property
    def phrase(self) -> Phrase:
        """The problem as a phrase, for a sentence that names where it is (an import's line or key)."""
        return Phrase("Problems", self.template, fields=MappingProxyType(dict(self.values)))


class ValidationError(ValueError):
    """Input that cannot be saved; `problems` says what and where."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))

    def for_field(self, name: str) -> list[str]:
        """Messages about one field."""
        return [p.message for p in self.problems if p.field == name]
