"""How entries read on screen: dates, durations, sides and places in short plain words, in the person's language.

Dates and times follow the locale (QLocale: names of days and months, the short time format, digits);
words come through Qt's translators. Fixed labels from the domain are looked up with `label()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from cvi_companion.domain.cramps import (
    CONTEXT_LABELS,
    LOCATION_LABELS,
    RELIEF_LABELS,
    SIDE_LABELS,
    SORENESS_LABELS,
    Context,
    CrampEntry,
    Location,
    Relief,
    Side,
    Soreness,
)
from cvi_companion.domain.errors import FieldProblem
from cvi_companion.domain.reminders import KIND_ADVICE, KIND_LABELS, ReminderKind
from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.ui.i18n import label

# What each quick duration choice stands for, in seconds: a representative middle of the range.
# The texts are shown through duration_choice_text().
DURATION_CHOICES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("Formatting", "Under 1 min"), 30),
    (QT_TRANSLATE_NOOP("Formatting", "1–5 min"), 180),
    (QT_TRANSLATE_NOOP("Formatting", "5–10 min"), 450),
    (QT_TRANSLATE_NOOP("Formatting", "Over 10 min"), 900),
)

# The places and reliefs as they read inside a sentence or after the first item of a list: lower case in
# English, while German keeps its capital nouns ("Wade, Fuß").
_PLACES_IN_SENTENCE: dict[Location, str] = {
    Location.CALF: QT_TRANSLATE_NOOP("Formatting", "calf"),
    Location.FOOT: QT_TRANSLATE_NOOP("Formatting", "foot"),
    Location.THIGH: QT_TRANSLATE_NOOP("Formatting", "thigh"),
    Location.SHIN: QT_TRANSLATE_NOOP("Formatting", "shin"),
    Location.OTHER: QT_TRANSLATE_NOOP("Formatting", "other"),
}
_RELIEFS_IN_SENTENCE: dict[Relief, str] = {
    Relief.STRETCHING: QT_TRANSLATE_NOOP("Formatting", "stretching or flexing the foot"),
    Relief.WALKING: QT_TRANSLATE_NOOP("Formatting", "walking"),
    Relief.MASSAGE: QT_TRANSLATE_NOOP("Formatting", "massage"),
    Relief.HEAT: QT_TRANSLATE_NOOP("Formatting", "heat"),
    Relief.COLD: QT_TRANSLATE_NOOP("Formatting", "cold"),
    Relief.NOTHING: QT_TRANSLATE_NOOP("Formatting", "nothing helped"),
    Relief.OTHER: QT_TRANSLATE_NOOP("Formatting", "something else"),
}
_SORENESS_IN_SENTENCE: dict[Soreness, str] = {
    Soreness.NONE: QT_TRANSLATE_NOOP("Formatting", "none"),
    Soreness.MILD: QT_TRANSLATE_NOOP("Formatting", "mild"),
    Soreness.MODERATE: QT_TRANSLATE_NOOP("Formatting", "moderate"),
    Soreness.SEVERE: QT_TRANSLATE_NOOP("Formatting", "severe"),
}


def plural(text: str, count: int) -> str:
    """Settle the English "(s)" and "y(ies)" of a `%n` text that came back untranslated.

    Qt fills in the count; a catalogue chooses its own singular or plural form, so a translated text has
    no "(s)" left and passes unchanged.
    """
    one = count == 1
    return text.replace("y(ies)", "y" if one else "ies").replace("(s)", "" if one else "s")


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def qtime(clock: time) -> QTime:
    """A Python time of day as a QTime (to the second)."""
    return QTime(clock.hour, clock.minute, clock.second)


def time_format() -> str:
    """The locale's short time format (like "HH:mm" or "h:mm AP"), for time edits and clocks."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The pattern of a date in a date field (like "d MMM yyyy"): month names read better than numbers."""
    # The order and punctuation are the language's (a translator may write "d. MMM yyyy");
    # the names of the months come from the locale.
    return QCoreApplication.translate("Formatting", "d MMM yyyy")


def day_text(day: date) -> str:
    """Format like "Mon 23 Nov"."""
    return QLocale().toString(qdate(day), QCoreApplication.translate("Formatting", "ddd d MMM"))


def full_day_text(day: date) -> str:
    """Format like "Mon 23 Nov 2026"."""
    return QLocale().toString(qdate(day), QCoreApplication.translate("Formatting", "ddd d MMM yyyy"))


def weekday_name(number: int) -> str:
    """The short name of a day of the week, 0 = Monday (like "Mon")."""
    return QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat)


def time_text(clock: time) -> str:
    """A time of day in the locale's short format, like "03:10" (or "3:10 AM")."""
    return QLocale().toString(QTime(clock.hour, clock.minute), time_format())


def clock_text(moment: datetime) -> str:
    """Format like "03:10" in the moment's own wall-clock time, in the locale's short time format."""
    return time_text(moment.time())


def started_text(moment: datetime) -> str:
    """Format like "Mon 23 Nov 2026 03:10": the local date and time as recorded."""
    return QCoreApplication.translate("Formatting", "{date} {time}").format(
        date=full_day_text(moment.date()), time=clock_text(moment)
    )


def number_text(value: int) -> str:
    """A whole number with the locale's digits and grouping, like "1,234"."""
    return QLocale().toString(value)


def duration_text(seconds: int | None) -> str:
    """Format like "45 s", "3 min", "1 h 5 min", or "" when not recorded."""
    if seconds is None:
        return ""
    num = number_text
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "{seconds} s").format(seconds=num(seconds))
    minutes, rest = divmod(seconds, 60)
    if minutes < 10 and rest:
        return QCoreApplication.translate("Formatting", "{minutes} min {seconds} s").format(
            minutes=num(minutes), seconds=num(rest)
        )
    if rest >= 30:
        minutes += 1
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{minutes} min").format(minutes=num(minutes))
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return QCoreApplication.translate("Formatting", "{hours} h {minutes} min").format(
            hours=num(hours), minutes=num(minutes)
        )
    return QCoreApplication.translate("Formatting", "{hours} h").format(hours=num(hours))


def duration_choice_text(text: str) -> str:
    """One of DURATION_CHOICES' texts in the person's language."""
    return label("Formatting", text)


def side_text(side: Side) -> str:
    """Format like "Left", "Right" or "Both"."""
    return label("Cramps", SIDE_LABELS[side])


def location_text(location: Location) -> str:
    """A place in the leg, like "Calf"."""
    return label("Cramps", LOCATION_LABELS[location])


def relief_text(relief: Relief) -> str:
    """What helped, like "Walking"."""
    return label("Cramps", RELIEF_LABELS[relief])


def soreness_text(soreness: Soreness) -> str:
    """How sore, like "Mild"."""
    return label("Cramps", SORENESS_LABELS[soreness])


def context_text(context: Context) -> str:
    """A circumstance of the day, like "Long sitting"."""
    return label("Cramps", CONTEXT_LABELS[context])


def soreness_in_sentence(soreness: Soreness) -> str:
    """How sore, as it reads inside a sentence ("mild")."""
    return label("Formatting", _SORENESS_IN_SENTENCE[soreness])


def kind_text(kind: ReminderKind) -> str:
    """A reminder's name, like "Walking break"."""
    return label("Reminders", KIND_LABELS[kind])


def kind_advice(kind: ReminderKind) -> str:
    """What a reminder asks and why, in one line."""
    return label("Reminders", KIND_ADVICE[kind])


def _list_text(first: str, rest: list[str]) -> str:
    return (
        QCoreApplication.translate("Formatting", "{first}, {rest}").format(first=first, rest=", ".join(rest))
        if rest
        else first
    )


def locations_text(locations: Iterable[Location]) -> str:
    """Format like "Calf, foot"."""
    places = list(locations)
    if not places:
        return ""
    return _list_text(location_text(places[0]), [label("Formatting", _PLACES_IN_SENTENCE[p]) for p in places[1:]])


def helped_text(helped: Iterable[Relief]) -> str:
    """Format like "Walking, heat"."""
    items = list(helped)
    if not items:
        return ""
    return _list_text(relief_text(items[0]), [label("Formatting", _RELIEFS_IN_SENTENCE[r]) for r in items[1:]])


def where_phrase(entry: CrampEntry) -> str:
    """Format like "left calf", "right calf and foot", "calf, both legs": for sentences about one entry."""
    places = [label("Formatting", _PLACES_IN_SENTENCE[loc]) for loc in entry.locations]
    if len(places) == 1:
        where = places[0]
    else:
        where = QCoreApplication.translate("Formatting", "{places} and {last}").format(
            places=", ".join(places[:-1]), last=places[-1]
        )
    if entry.side is Side.BOTH:
        return QCoreApplication.translate("Formatting", "{places}, both legs").format(places=where)
    if entry.side is Side.LEFT:
        return QCoreApplication.translate("Formatting", "left {places}").format(places=where)
    return QCoreApplication.translate("Formatting", "right {places}").format(places=where)


def first_line(text: str, limit: int = 80) -> str:
    """The first line of a note, shortened with an ellipsis if long."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def count_text(count: int) -> str:
    """Format like "1 entry", "1,234 entries" (digits as the locale writes them)."""
    return plural(QCoreApplication.translate("Formatting", "%Ln entry(ies)", "", count), count)


def snooze_text(seconds: int) -> str:
    """A snooze length, like "10 min"."""
    minutes = seconds // 60
    return plural(QCoreApplication.translate("Formatting", "%n min", "", minutes), minutes)


def problem_text(problem: FieldProblem) -> str:
    """A validation problem as a sentence in the person's language ("The end date is before the start date.").

    Messages are marked in the domain with QT_TRANSLATE_NOOP("Problems", ...); values are filled in after.
    """
    template = label("Problems", problem.template)
    message = template.format(**problem.values) if problem.values else template
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
