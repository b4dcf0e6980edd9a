"""Guides as data: parse a guide file (docs/guides-format.md) and render it as Markdown for reading.

Pure: the files are read by storage.guide_files and shown by ui.guides_tab. The words the app adds around a
guide (the sources heading, the closing box, who to call in an emergency) are marked for translation here and
handed to `render_markdown` as `GuideWords` in the person's language; without them they are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from urllib.parse import urlsplit

from cvi_companion.domain.insights_values import Day, Label
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.text import QT_TRANSLATE_NOOP, Phrase, translate

RED_FLAGS = "red-flags"
APP_SOURCE = "APP"
EXTERNAL_MARK = QT_TRANSLATE_NOOP("Guides", "(opens in your browser)")
CLOSING = QT_TRANSLATE_NOOP(
    "Guides",
    "This guide is general information, not a diagnosis or advice for you personally. "
    "It does not replace a clinician. In an emergency call {emergency}. Last reviewed: {reviewed}.",
)
SOURCES_HEADING = QT_TRANSLATE_NOOP("Guides", "Sources")
SOURCE_LANGUAGE = "en"

_KEYS = ("title", "summary", "order", "related", "reviewed", "source")
_REQUIRED = ("title", "summary", "order", "reviewed")
_SOURCE_ID = re.compile(r"S\d+|APP")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A citation is `[S12]` or `[APP]` not followed by `(`, which would make it a link's text. Neighbours are one run.
_CITE = r"\[(?:S\d+|APP)\]"
CITATION_RUN = re.compile(rf"{_CITE}(?:[ \t]*{_CITE})*(?!\()")
_CITATION_ID = re.compile(r"\[(S\d+|APP)\]")
PLACEHOLDER = re.compile(r"\{\{\s*(\w*)\s*\}\}")
LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]*)\)")
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)\)")
_GUIDE_FILE = re.compile(r"(?:\./)?([a-z0-9][a-z0-9-]*)\.md")


class GuideError(ValueError):
    """A guide file that does not follow the format; the message names the file and the line."""

    def __init__(self, file: str, line: int, problem: str) -> None:
        super().__init__(f"{file}, line {line}: {problem}")
        self.file = file
        self.line = line
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Source:
    """One entry of a guide's source list; `urls` may be empty only for APP (facts about this app)."""

    id: str
    organisation: str
    title: str
    urls: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Guide:
    """One guide: its front matter and its Markdown body (still with `[S12]` citations and placeholders)."""

    id: str
    title: str
    summary: str
    order: int
    related: tuple[ReminderKind, ...]
    reviewed: date
    sources: tuple[Source, ...]
    body: str
    body_line: int = 1  # the file line the body starts on, so later checks can name a line
    language: str = SOURCE_LANGUAGE  # the language the guide is written in

    @property
    def file_name(self) -> str:
        """The guide's file name, `<id>.md`."""
        return f"{self.id}.md"

    def line_of(self, offset: int) -> int:
        """The file line of a character offset in the body."""
        return self.body_line + self.body.count("\n", 0, offset)


@dataclass(frozen=True, slots=True)
class GuideLibrary:
    """All guides, red flags first and then by `order`, plus the files that could not be read."""

    guides: tuple[Guide, ...]
    problems: tuple[GuideError, ...] = ()
    _by_id: dict[str, Guide] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.guides, key=lambda g: (g.id != RED_FLAGS, g.order, g.title)))
        object.__setattr__(self, "guides", ordered)
        object.__setattr__(self, "_by_id", {g.id: g for g in ordered})

    def get(self, guide_id: str) -> Guide | None:
        """The guide with this id, if there is one."""
        return self._by_id.get(guide_id)

    def for_kind(self, kind: ReminderKind | str) -> Guide | None:
        """The guide a reminder's "Why?" opens: the lowest-order guide related to that kind."""
        return guide_for_kind(self.guides, kind)


def guide_for_kind(guides: Iterable[Guide], kind: ReminderKind | str) -> Guide | None:
    """The lowest-order guide whose `related` names the reminder kind, or None."""
    matching = [g for g in guides if kind in g.related]
    return min(matching, key=lambda g: g.order) if matching else None


# -- parsing -------------------------------------------------------------------------------------------------


def parse_guide(file_name: str, text: str, language: str = SOURCE_LANGUAGE) -> Guide:
    """Parse a guide file's text, written in `language`; raises GuideError naming the file and line of a problem."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise GuideError(file_name, 1, "a guide starts with a '---' line, then its front matter")
    values: dict[str, tuple[int, str]] = {}
    sources: list[Source] = []
    end = 0
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            end = number
            break
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not colon or key not in _KEYS:
            raise GuideError(file_name, number, f"expected 'key: value' with a key from {', '.join(_KEYS)}: {line!r}")
        if key == "source":
            source = _parse_source(file_name, number, value)
            if any(s.id == source.id for s in sources):
                raise GuideError(file_name, number, f"source {source.id} is listed twice")
            sources.append(source)
        elif key in values:
            raise GuideError(file_name, number, f"'{key}' is given twice (only 'source' may repeat)")
        else:
            values[key] = (number, value)
    if not end:
        raise GuideError(file_name, len(lines), "the front matter has no closing '---' line")
    for key in _REQUIRED:
        if not values.get(key, (0, ""))[1]:
            raise GuideError(file_name, values.get(key, (end, ""))[0], f"'{key}' is missing or empty")
    if not sources:
        raise GuideError(file_name, end, "a guide lists at least one 'source'")
    guide = Guide(
        id=file_name.removesuffix(".md"),
        title=values["title"][1],
        summary=values["summary"][1],
        order=_parse_order(file_name, *values["order"]),
        related=_parse_related(file_name, *values.get("related", (end, ""))),
        reviewed=_parse_date(file_name, *values["reviewed"]),
        sources=tuple(sources),
        body="\n".join(lines[end:]).strip("\n"),
        body_line=end + 1 + _leading_blank_lines(lines[end:]),
        language=language,
    )
    _check_body(guide)
    return guide


def _leading_blank_lines(lines: Sequence[str]) -> int:
    count = 0
    for line in lines:
        if line.strip():
            break
        count += 1
    return count


def _parse_source(file_name: str, line: int, value: str) -> Source:
    parts = [part.strip() for part in value.split("|")]
    if len(parts) < 4:
        raise GuideError(file_name, line, "a source is 'ID | organisation | title | URL'")
    source_id, organisation, *title, url_text = parts
    if not _SOURCE_ID.fullmatch(source_id):
        raise GuideError(file_name, line, f"a source id is S1, S2... or APP, not {source_id!r}")
    if not organisation or not any(title):
        raise GuideError(file_name, line, f"source {source_id} needs an organisation and a title")
    urls = tuple(u.strip() for u in url_text.split(";") if u.strip())
    for url in urls:
        if _scheme(url) not in ("http", "https") or " " in url:
            raise GuideError(file_name, line, f"source {source_id}: {url!r} is not an http(s) address")
    if not urls and source_id != APP_SOURCE:
        raise GuideError(file_name, line, f"source {source_id} has no URL (only APP may leave it empty)")
    return Source(source_id, organisation, " | ".join(title), urls)


def _scheme(url: str) -> str:
    """The scheme of an address, or "" when it cannot be read at all (such as `http://[bad`)."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return ""


def _parse_order(file_name: str, line: int, value: str) -> int:
    # isdigit() alone accepts "²" and "٣", which int() does not read.
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise GuideError(file_name, line, f"'order' is a whole number from 1, not {value!r}")
    return int(value)


def _parse_date(file_name: str, line: int, value: str) -> date:
    try:
        if _DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise GuideError(file_name, line, f"'reviewed' is a date like 2026-11-23, not {value!r}")


def _parse_related(file_name: str, line: int, value: str) -> tuple[ReminderKind, ...]:
    kinds: list[ReminderKind] = []
    for name in (part.strip() for part in value.split(",")):
        if not name:
            continue
        try:
            kinds.append(ReminderKind(name))
        except ValueError:
            known = ", ".join(k.value for k in ReminderKind)
            raise GuideError(file_name, line, f"'related' names {name!r}, not a reminder kind ({known})") from None
    return tuple(kinds)


def _check_body(guide: Guide) -> None:
    listed = {s.id for s in guide.sources}
    for run in CITATION_RUN.finditer(guide.body):
        for source_id in _CITATION_ID.findall(run.group(0)):
            if source_id not in listed:
                line = guide.line_of(run.start())
                raise GuideError(guide.file_name, line, f"cites {source_id}, which its source list does not name")
    for match in PLACEHOLDER.finditer(guide.body):
        if match.group(1) != "emergency":
            raise GuideError(guide.file_name, guide.line_of(match.start()), f"unknown placeholder {match.group(0)}")


def cited_ids(guide: Guide) -> tuple[str, ...]:
    """The source ids a guide's body cites, first citation first, each once."""
    found: dict[str, None] = {}
    for run in CITATION_RUN.finditer(guide.body):
        found.update(dict.fromkeys(_CITATION_ID.findall(run.group(0))))
    return tuple(found)


# -- links ---------------------------------------------------------------------------------------------------


class LinkKind(StrEnum):
    """What a link in a guide does when clicked."""

    GUIDE = "guide"
    QUICK_LOG = "quick-log"
    REMINDER = "reminder"
    EXTERNAL = "external"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Link:
    """A classified link: a guide id, a reminder kind, an http(s) address, or nothing for the quick log."""

    kind: LinkKind
    target: str = ""


def parse_link(href: str) -> Link:
    """Classify a link target written in a guide (or clicked in one)."""
    href = href.strip()
    if _scheme(href) in ("http", "https"):
        return Link(LinkKind.EXTERNAL, href)
    if href == "app:quick-log":
        return Link(LinkKind.QUICK_LOG)
    if href.startswith("app:reminders/"):
        kind = href.removeprefix("app:reminders/")
        known = kind in {k.value for k in ReminderKind}
        return Link(LinkKind.REMINDER, kind) if known else Link(LinkKind.UNKNOWN, href)
    if href.startswith("app:guide/"):
        return Link(LinkKind.GUIDE, href.removeprefix("app:guide/"))
    if match := _GUIDE_FILE.fullmatch(href):
        return Link(LinkKind.GUIDE, match.group(1))
    return Link(LinkKind.UNKNOWN, href)


def links(guide: Guide) -> tuple[tuple[int, str], ...]:
    """Every link target in the body (images excluded) with its file line."""
    return tuple((guide.line_of(m.start()), m.group(2)) for m in LINK.finditer(guide.body))


def images(guide: Guide) -> tuple[tuple[int, str], ...]:
    """Every image reference in the body with its file line."""
    return tuple((guide.line_of(m.start()), m.group(2)) for m in IMAGE.finditer(guide.body))


# -- rendering -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GuideWords:
    """What the app adds around a guide, already in the person's language (English by default).

    `closing` keeps its `{emergency}` and `{reviewed}` fields; `body_emergency` replaces `{{emergency}}` in
    the guide's own text (English when the guide is shown in English for want of a translation).
    """

    closing: str = CLOSING
    sources: str = SOURCES_HEADING
    external_mark: str = EXTERNAL_MARK
    emergency: str = ""
    body_emergency: str = ""
    reviewed: str = ""


def render_markdown(guide: Guide, territory: str | None = None, words: GuideWords | None = None) -> str:
    """The guide as Markdown to read: title, body with numbered references, sources, and the closing box."""
    words = words or GuideWords()
    phrase = words.emergency or emergency_phrase(territory)
    body_phrase = words.body_emergency or phrase
    mark = words.external_mark
    numbers = {source.id: number for number, source in enumerate(guide.sources, start=1)}

    def references(run: re.Match[str]) -> str:
        cited = sorted({numbers[i] for i in _CITATION_ID.findall(run.group(0)) if i in numbers})
        return "\\[" + ", ".join(map(str, cited)) + "\\]"

    body = PLACEHOLDER.sub(lambda _m: body_phrase, guide.body)
    body = CITATION_RUN.sub(references, body)
    body = LINK.sub(lambda m: m.group(0) + (f" {mark}" if _external(m.group(2)) else ""), body)
    lines = (f"{number}. {_source_line(source, mark)}" for number, source in enumerate(guide.sources, 1))
    sources = "\n".join(lines)
    closing = words.closing.format(emergency=phrase, reviewed=words.reviewed or long_date(guide.reviewed))
    return f"# {escape(guide.title)}\n\n{body}\n\n## {escape(words.sources)}\n\n{sources}\n\n> {closing}\n"


def _external(href: str) -> bool:
    return parse_link(href).kind is LinkKind.EXTERNAL


def _source_line(source: Source, mark: str = EXTERNAL_MARK) -> str:
    text = f"{escape(source.organisation)}: *{escape(source.title)}*."
    if not source.urls:
        return text
    pages = [f"[{escape(_site(url))}]({url})" for url in source.urls]
    return f"{text} {' and '.join(pages)} {mark}"


def _site(url: str) -> str:
    try:
        host = urlsplit(url).hostname or url
    except ValueError:
        host = url
    return host.removeprefix("www.")


def escape(text: str) -> str:
    """Text with Markdown's special characters escaped, to show as written."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def long_date(day: date) -> str:
    """A date as "23 November 2026" (English, whatever the C locale says; the GUI passes its own)."""
    return str(Day(day, long=True))


# -- emergency numbers ---------------------------------------------------------------------------------------

COMMON_NUMBERS = QT_TRANSLATE_NOOP("Guides", "112 in Europe, 911 in North America, 999 in the UK")
_EUROPE_112 = {
    "AT": QT_TRANSLATE_NOOP("Guides", "Austria"),
    "BE": QT_TRANSLATE_NOOP("Guides", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("Guides", "Bulgaria"),
    "HR": QT_TRANSLATE_NOOP("Guides", "Croatia"),
    "CY": QT_TRANSLATE_NOOP("Guides", "Cyprus"),
    "CZ": QT_TRANSLATE_NOOP("Guides", "Czechia"),
    "DK": QT_TRANSLATE_NOOP("Guides", "Denmark"),
    "EE": QT_TRANSLATE_NOOP("Guides", "Estonia"),
    "FI": QT_TRANSLATE_NOOP("Guides", "Finland"),
    "FR": QT_TRANSLATE_NOOP("Guides", "France"),
    "DE": QT_TRANSLATE_NOOP("Guides", "Germany"),
    "GR": QT_TRANSLATE_NOOP("Guides", "Greece"),
    "HU": QT_TRANSLATE_NOOP("Guides", "Hungary"),
    "IT": QT_TRANSLATE_NOOP("Guides", "Italy"),
    "LV": QT_TRANSLATE_NOOP("Guides", "Latvia"),
    "LT": QT_TRANSLATE_NOOP("Guides", "Lithuania"),
    "LU": QT_TRANSLATE_NOOP("Guides", "Luxembourg"),
    "MT": QT_TRANSLATE_NOOP("Guides", "Malta"),
    "NL": QT_TRANSLATE_NOOP("Guides", "the Netherlands"),
    "PL": QT_TRANSLATE_NOOP("Guides", "Poland"),
    "PT": QT_TRANSLATE_NOOP("Guides", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("Guides", "Romania"),
    "SK": QT_TRANSLATE_NOOP("Guides", "Slovakia"),
    "SI": QT_TRANSLATE_NOOP("Guides", "Slovenia"),
    "ES": QT_TRANSLATE_NOOP("Guides", "Spain"),
    "SE": QT_TRANSLATE_NOOP("Guides", "Sweden"),
    "IS": QT_TRANSLATE_NOOP("Guides", "Iceland"),
    "LI": QT_TRANSLATE_NOOP("Guides", "Liechtenstein"),
    "NO": QT_TRANSLATE_NOOP("Guides", "Norway"),
    "CH": QT_TRANSLATE_NOOP("Guides", "Switzerland"),
}
# Numbers for an ambulance; where two work, the usual one first.
EMERGENCY_NUMBERS: dict[str, tuple[tuple[str, ...], str]] = {
    "GB": (("999", "112"), QT_TRANSLATE_NOOP("Guides", "the UK")),
    "IE": (("112", "999"), QT_TRANSLATE_NOOP("Guides", "Ireland")),
    "US": (("911",), QT_TRANSLATE_NOOP("Guides", "the US")),
    "CA": (("911",), QT_TRANSLATE_NOOP("Guides", "Canada")),
    "MX": (("911",), QT_TRANSLATE_NOOP("Guides", "Mexico")),
    "AU": (("000",), QT_TRANSLATE_NOOP("Guides", "Australia")),
    "NZ": (("111",), QT_TRANSLATE_NOOP("Guides", "New Zealand")),
    "IN": (("112",), QT_TRANSLATE_NOOP("Guides", "India")),
    "ZA": (("10177", "112"), QT_TRANSLATE_NOOP("Guides", "South Africa")),
    "JP": (("119",), QT_TRANSLATE_NOOP("Guides", "Japan")),
    "KR": (("119",), QT_TRANSLATE_NOOP("Guides", "South Korea")),
    "HK": (("999",), QT_TRANSLATE_NOOP("Guides", "Hong Kong")),
    "SG": (("995",), QT_TRANSLATE_NOOP("Guides", "Singapore")),
    **{code: (("112",), name) for code, name in _EUROPE_112.items()},
}


def emergency_words(territory: str | None) -> Phrase:
    """How a guide says who to call: "your local emergency number", then the numbers where the person is.

    `territory` is an ISO 3166 country code (any case) or None; an unknown one gets the common numbers.
    The phrase never gives one number on its own, because the person may be somewhere else.
    """
    known = EMERGENCY_NUMBERS.get((territory or "").strip().upper())
    if known is None:
        return translate("Guides", "your local emergency number ({numbers})", numbers=Label("Guides", COMMON_NUMBERS))
    numbers, place = known
    where = Label("Guides", place)
    if len(numbers) == 1:
        return translate("Guides", "your local emergency number ({number} in {place})", number=numbers[0], place=where)
    return translate(
        "Guides",
        "your local emergency number ({number} or {other} in {place})",
        number=numbers[0],
        other=numbers[1],
        place=where,
    )


def emergency_phrase(territory: str | None) -> str:
    """`emergency_words` in English (as the terminal and the English guides say it)."""
    return str(emergency_words(territory))
