"""Errors the domain raises, written to be shown to a person as they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One thing wrong with one field."""

    field: str
    message: str


class ValidationError(ValueError):
    """Input that cannot be saved; `problems` says what and where."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))

    def for_field(self, name: str) -> list[str]:
        """Messages about one field."""
        return [p.message for p in self.problems if p.field == name]
