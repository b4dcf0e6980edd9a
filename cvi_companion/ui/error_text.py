"""Problems from the domain and storage in the person's language: settings reset, an import refused, a file error.

Domain and storage errors carry their message as a `Phrase` (`error.phrase`, `problem.phrase`); these say it
through the translators, falling back to the English of `str(...)` for anything without one.
"""

from __future__ import annotations

from collections.abc import Iterable

from cvi_companion.domain.text import Phrase
from cvi_companion.ui.locale_text import say_local


def error_text(error: BaseException) -> str:
    """An error's message in the current language (its English when it carries no phrase)."""
    phrase = getattr(error, "phrase", None)
    return say_local(phrase) if isinstance(phrase, Phrase) else str(error)


def phrase_lines(lines: Iterable[Phrase | str]) -> list[str]:
    """Lines of phrases (and text already in its final form) in the current language."""
    return [line if isinstance(line, str) else say_local(line) for line in lines]
