"""Problems found while reading an import file: where each is and what it is, as translatable phrases.

`str()` of a problem is the English the terminal prints; `phrase` is what the window says in the person's
language. What the file itself says (a value, a column or key name, a JSON path) is quoted as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from cvi_companion.domain.text import Phrase, translate

# Enough to fix a file in one go without burying the first problem.
MAX_PROBLEMS = 20

# A place in a file: a line ("line 3", translated) or a JSON path ("entries[2].side", as the file has it).
Where = Phrase | str


def line_of(line: int) -> Phrase:
    """A line of a file, as a place: "line 3"."""
    return translate("Import", "line {line}", line=line)


def cell_of(line: int, column: str) -> Phrase:
    """A cell of a CSV file, as a place: "line 3, side"."""
    return translate("Import", "line {line}, {column}", line=line, column=column)


def whole_file() -> Phrase:
    """The file as a whole, as a place."""
    return translate("Import", "the file")


class BadValue(ValueError):
    """A value a reader cannot use; `phrase` says why (str() is the English)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def problem_of(error: ValueError) -> Phrase:
    """What a reader's ValueError says, as a phrase (one without a translation stays English)."""
    return error.phrase if isinstance(error, BadValue) else Phrase("Import", str(error))


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One thing wrong in an import file: where (a line, a JSON path) and what."""

    where: Where
    message: Phrase

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    @property
    def phrase(self) -> Phrase:
        """The problem as one translatable line (its English is str(problem))."""
        return translate("Import", "{where}: {problem}", where=self.where, problem=self.message)


class ImportFileError(ValueError):
    """A file that cannot be imported; nothing was changed. `problems` lists the first few found.

    `phrase` is the message (the first problem and how many more) for the window; str() is its English.
    """

    def __init__(self, problems: list[ImportProblem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        total = len(problems) + more - 1
        self.phrase = problems[0].phrase
        if total > 0:
            self.phrase = translate("Import", "{problem} (and %n more problem(s))", "", total, problem=self.phrase)
        super().__init__(str(self.phrase))


class Problems:
    """Collects problems while a file is read, so one attempt reports several of them."""

    def __init__(self) -> None:
        self.items: list[ImportProblem] = []
        self.more = 0

    def add(self, where: Where, message: Phrase) -> None:
        """Note a problem (beyond MAX_PROBLEMS only counted)."""
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(ImportProblem(where, message))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        """Stop the import if anything was wrong."""
        if self.items:
            raise ImportFileError(self.items, self.more)
