"""Searching the guides: every query word must appear (as the start of a word) in a guide's text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cvi_companion.domain.guides import CITATION_RUN, IMAGE, LINK, PLACEHOLDER, Guide

SNIPPET_BEFORE = 50
SNIPPET_AFTER = 110

_TABLE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")
_LINE_MARK = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A guide that contains every query word, with a short piece of text around the first hit."""

    guide: Guide
    snippet: str
    in_title: bool


def query_words(query: str) -> tuple[str, ...]:
    """The distinct words of a query, lower case, in order."""
    return tuple(dict.fromkeys(re.findall(r"\w+", query.casefold())))


def word_pattern(word: str) -> str:
    """A regular expression for a query word at the start of a word (so "stocking" finds "stockings")."""
    return r"(?<!\w)" + re.escape(word)


def plain_text(markdown: str) -> str:
    """A guide body without markup, citations or placeholders: what search looks in and quotes from."""
    text = PLACEHOLDER.sub("your local emergency number", markdown)
    text = CITATION_RUN.sub("", text)
    text = IMAGE.sub(lambda m: m.group(1), text)
    text = LINK.sub(lambda m: m.group(1), text)
    kept: list[str] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if _TABLE_RULE.fullmatch(stripped):
            continue
        marked = _LINE_MARK.match(stripped) is not None or stripped.startswith("|")
        line = re.sub(r"\*+|`", "", _LINE_MARK.sub("", stripped).replace("|", " ")).strip()
        # A heading, list item or table row ends a sentence, so a snippet does not run two into one.
        if marked and line and line[-1] not in ".!?:;":
            line += "."
        kept.append(line)
    joined = re.sub(r"\s+", " ", " ".join(kept))
    return re.sub(r" ([.,;:!?)])", r"\1", joined).strip()


def search(guides: Iterable[Guide], query: str) -> list[SearchHit]:
    """Guides whose title, summary or text contain all the query words, title hits first.

    Within the same number of title and summary hits, guides that use the words more often come first, then
    the guides' own order. An empty query finds nothing.
    """
    words = query_words(query)
    if not words:
        return []
    patterns = [re.compile(word_pattern(w), re.IGNORECASE) for w in words]
    ranked: list[tuple[tuple[int, int, int, int], SearchHit]] = []
    for guide in guides:
        body = plain_text(guide.body)
        if not all(p.search(guide.title) or p.search(guide.summary) or p.search(body) for p in patterns):
            continue
        in_title = sum(1 for p in patterns if p.search(guide.title))
        in_summary = sum(1 for p in patterns if p.search(guide.summary))
        count = sum(len(p.findall(body)) for p in patterns)
        hit = SearchHit(guide, _snippet(body, patterns) or guide.summary, in_title > 0)
        ranked.append(((-in_title, -in_summary, -count, guide.order), hit))
    ranked.sort(key=lambda pair: pair[0])
    return [hit for _key, hit in ranked]


def _snippet(text: str, patterns: list[re.Pattern[str]]) -> str:
    starts = [m.start() for p in patterns if (m := p.search(text))]
    if not starts:
        return ""
    first = min(starts)
    begin = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), first + SNIPPET_AFTER)
    # Cut at spaces so no word is shown in half.
    if begin > 0:
        space = text.find(" ", begin, first)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.rfind(" ", first, end)
        end = space if space > first else end
    return ("…" if begin > 0 else "") + text[begin:end].strip() + ("…" if end < len(text) else "")
