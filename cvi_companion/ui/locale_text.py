"""Dates, hours, numbers and domain phrases in the person's locale (QLocale) and language (the translators).

`say_local(phrase)` is `i18n.say` plus locale-aware fields: a `Day` becomes a date in the locale's order with
its month names, a `Number` gets the locale's decimal sign, a `Label` and nested phrases are translated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from cvi_companion.domain.insights_values import Day, Hour, Joined, Label, Number, Share
from cvi_companion.domain.text import Phrase
from cvi_companion.ui.i18n import label, say

_QUOTED = re.compile(r"'[^']*'")
_WEEKDAY = re.compile(r"[\s,]*d{4}[\s,]*")
# A year with what joins it to the rest: "d MMM yyyy" -> "d MMM", "yyyy年M月d日" -> "M月d日".
_YEAR = re.compile(r"\s*'[^']*'\s*y+|[\s\u202f]*y+[\s\u202f]*'[^']*'\.?|y+年|^y+[\s,./-]*|[\s,./-]*y+\.?")


def _without(pattern: re.Pattern[str], fmt: str, keep_apart: str = " ") -> str:
    """Remove what `pattern` matches outside quoted literals."""
    parts = _QUOTED.split(fmt)
    quoted = _QUOTED.findall(fmt)
    cleaned = [pattern.sub(keep_apart, part) for part in parts]
    out = cleaned[0]
    for literal, part in zip(quoted, cleaned[1:], strict=True):
        out += literal + part
    return out.strip(" ,")


def date_format(locale: QLocale, *, with_year: bool = True, long_month: bool = False) -> str:
    """The locale's long date format without the weekday, with short month names unless `long_month`.

    "d MMM yyyy" (C, en_GB), "MMM d, yyyy" (en_US), "d. MMM yyyy" (de); without the year "d MMM", "MMM d",
    "d. MMM". The month is spelled (from the locale), which reads more easily than numbers for most people.
    """
    fmt = _without(_WEEKDAY, locale.dateFormat(QLocale.FormatType.LongFormat))
    if not long_month:
        fmt = fmt.replace("MMMM", "MMM")
    if not with_year:
        # Literals such as "'de'" belong to the year they lead to, so the year goes on the whole string.
        fmt = _YEAR.sub("", fmt).strip(" ,")
    return fmt


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def day_text(day: date, *, with_year: bool = False, long_month: bool = False) -> str:
    """A day in the current locale: "23 Nov", "23 Nov 2026", "Nov 23, 2026", "23. Nov. 2026"."""
    locale = QLocale()
    return locale.toString(qdate(day), date_format(locale, with_year=with_year, long_month=long_month))


def short_date(day: date) -> str:
    """A day in the locale's short numeric format ("23/11/2026", "23.11.26")."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def clock_text(hour: int, minute: int = 0) -> str:
    """A time of day in the locale's short time format ("03:00", "3:00 AM")."""
    locale = QLocale()
    return locale.toString(QTime(hour, minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def number_text(value: float, decimals: int = 0) -> str:
    """A number with the locale's decimal sign ("4.5", "4,5")."""
    return QLocale().toString(float(value), "f", decimals)


def percent_text(share: float) -> str:
    """A share as a whole percentage, halves rounded up ("45 %")."""
    whole = Share(share).whole
    return QCoreApplication.translate("Insights", "{value} %").format(value=QLocale().toString(whole))


def first_weekday() -> int:
    """The locale's first day of the week as `date.weekday()` (0 Monday ... 6 Sunday)."""
    return QLocale().firstDayOfWeek().value - 1


def weekday_name(weekday: int) -> str:
    """The locale's name of a weekday given as `date.weekday()`."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def value_text(value: object) -> str:
    """One field of a phrase in the current language and locale."""
    if isinstance(value, Phrase):
        return say_local(value)
    if isinstance(value, Day):
        return day_text(value.day, with_year=value.with_year or value.long, long_month=value.long)
    if isinstance(value, Number):
        return number_text(value.value, value.decimals)
    if isinstance(value, Share):
        return percent_text(value.share)
    if isinstance(value, Hour):
        return clock_text(value.hour)
    if isinstance(value, Label):
        text = label(value.context, value.source)
        # Lower case inside a sentence is an English habit (German nouns keep their capital).
        return text.lower() if value.lower and text == value.source else text
    if isinstance(value, Joined):
        return value.separator.join(value_text(item) for item in value.items)
    return str(value)


def say_local(phrase: Phrase) -> str:
    """A domain phrase in the current language, its dates, hours and numbers in the current locale."""
    if not phrase.fields:
        return say(phrase)
    fields = MappingProxyType({name: value_text(value) for name, value in phrase.fields.items()})
    return say(replace(phrase, fields=fields))


def say_all(phrases: list[Phrase] | tuple[Phrase, ...]) -> tuple[str, ...]:
    """Several phrases, each said with `say_local`."""
    return tuple(say_local(phrase) for phrase in phrases)


def system_territory() -> str | None:
    """The country of the system's locale as an ISO code ("GB"), or None when the locale names none."""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return None
    return QLocale.territoryToCode(territory) or None


def emergency_text(territory: str | None = None) -> str:
    """Who to call in an emergency, in the person's language: "your local emergency number (112 …)".

    `territory` defaults to the system locale's country; the words never name one number on its own.
    """
    from cvi_companion.domain.guides import emergency_words

    return say_local(emergency_words(territory if territory is not None else system_territory()))
