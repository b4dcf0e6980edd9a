"""Values placed in translatable phrases that the GUI shows in the person's locale and the terminal in English.

A `Phrase` (domain.text) keeps its fields as values; these small types say what kind of value each is, so
`str()` gives today's English ("23 Nov 2026", "4.5", "45 %", "03:00") while the GUI formats it with QLocale
(cvi_companion.ui.locale_text) and translates labels and nested phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day: "23 Nov", "23 Nov 2026", or (long) "23 November 2026"."""

    day: date
    with_year: bool = False
    long: bool = False

    def __str__(self) -> str:
        if self.long:
            return f"{self.day.day} {_LONG_MONTHS[self.day.month - 1]} {self.day.year}"
        text = f"{self.day.day} {_SHORT_MONTHS[self.day.month - 1]}"
        return f"{text} {self.day.year}" if self.with_year else text


@dataclass(frozen=True, slots=True)
class Number:
    """A number with a fixed count of decimals ("4.5"; "4,5" in a German GUI)."""

    value: float
    decimals: int = 0

    def __str__(self) -> str:
        return f"{self.value:.{self.decimals}f}"


@dataclass(frozen=True, slots=True)
class Share:
    """A share in [0, 1] shown as a whole percentage, halves rounded up ("45 %")."""

    share: float

    @property
    def whole(self) -> int:
        """The rounded percentage."""
        return int(self.share * 100 + 0.5)

    def __str__(self) -> str:
        return f"{self.whole} %"


@dataclass(frozen=True, slots=True)
class Hour:
    """The start of an hour of the wall clock ("03:00"; "3:00 AM" in a US GUI)."""

    hour: int

    def __str__(self) -> str:
        return f"{self.hour:02d}:00"


@dataclass(frozen=True, slots=True)
class Label:
    """A fixed label marked with QT_TRANSLATE_NOOP(context, source); `lower` for inside a sentence (English)."""

    context: str
    source: str
    lower: bool = False

    def __str__(self) -> str:
        return self.source.lower() if self.lower else self.source


@dataclass(frozen=True, slots=True)
class Joined:
    """Values listed with a separator ("left 2, right 1"); each item is shown on its own terms."""

    items: Sequence[object]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)
