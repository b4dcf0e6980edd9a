"""A settings file or a guide's front matter of any content is read or refused cleanly, never with a crash."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from cvi_companion.domain.guides import Guide, GuideError, cited_ids, images, links, parse_guide, render_markdown
from cvi_companion.domain.settings import Settings, settings_from_mapping, settings_to_mapping
from cvi_companion.storage.settings_store import SettingsStore
from tests.fuzz.harness import SETTINGS_NAME, Workspace, assert_clean, file_bytes, fuzz_settings, run_main

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**66), max_value=2**66), st.floats(), st.text(max_size=12),
    st.sampled_from(["22:00", "07:00", "24:00", "00:00", "23:59:59.999999", "12:00+01:00", "2026-11-20", "de",
                     "pt_BR", "dark", "ask", "quit", "elevation", "walking", "stockings_on", "stockings_off",
                     "stocking_replacement", "\ud800"]),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=10,
)  # fmt: skip
DEFAULT = settings_to_mapping(Settings(reminders=Settings().reminders))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def settings_documents(draw: st.DrawFn) -> Any:
    """The default settings with values swapped for anything JSON can hold."""
    doc: Any = json.loads(json.dumps(DEFAULT))
    for _ in range(draw(st.integers(1, 5))):
        path = draw(st.sampled_from(_paths(doc)))
        value = draw(VALUES)
        if not path:
            doc = value
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value
    return doc


def _encode(doc: Any) -> bytes:
    return json.dumps(doc, allow_nan=True).encode("utf-8")


SETTINGS_FILES = st.one_of(settings_documents().map(_encode), VALUES.map(_encode), st.binary(max_size=200))


@given(doc=settings_documents())
@example(doc={"reminders": {"snooze_s": {}}})
@fuzz_settings(300)
def test_any_settings_mapping_reads_and_writes_back(doc: Any) -> None:
    if not isinstance(doc, dict):
        return

    def round_trip(settings: Settings) -> Any:
        return settings_from_mapping(json.loads(json.dumps(settings_to_mapping(settings))), date(2026, 11, 23))

    read = settings_from_mapping(doc, date(2026, 11, 23))
    # What the app writes reads back without problems, and stays the same from then on. (Not always equal to
    # the first read: `"activity_s": null` reads as no length but is written by leaving the key out.)
    again = round_trip(read.settings)
    assert not again.problems
    assert round_trip(again.settings).settings == again.settings


@given(raw=SETTINGS_FILES)
@example(raw=b'{"night_starts": "\\ud800"}')
@example(raw=b"\xff\xfe")
@fuzz_settings(150)
def test_any_settings_file_loads_and_the_commands_leave_it_alone(workspace: Workspace, raw: bytes) -> None:
    work = workspace.fresh()
    try:
        data = work / "data"
        path = data / SETTINGS_NAME
        path.write_bytes(raw)
        read = SettingsStore(path).load()
        assert isinstance(read.settings, Settings)
        commands = (
            ["agenda", "--days", "3"],
            ["agenda", "--ics", "-o", "-"],
            ["list"],
            ["log", "--side", "left", "--at", "2026-11-20T03:10"],
            ["export", "--format", "json"],
        )
        for argv in commands:
            outcome = run_main(["--data-dir", str(data), *argv], work)
            assert_clean(outcome, (0, 1))
            assert file_bytes(path) == raw, f"{argv} changed the settings file"
    finally:
        Workspace.discard(work)


# -- guides --------------------------------------------------------------------------------------------------

KEYS = ["title", "summary", "order", "related", "reviewed", "source", "Title", "sources", "", " title "]
FIELD_VALUES = {
    "title": ["Leg cramps", "", "   ", "# *x*"],
    "summary": ["What helps", ""],
    "order": ["1", "0", "-1", "01", "1.5", "٣", "²", "9" * 30, ""],
    "related": ["elevation", "elevation, walking", "walking,,", "nope", ",", ""],
    "reviewed": ["2026-11-23", "2026-02-30", "2026-1-1", "23.11.2026", "9999-12-31", "0000-01-01", ""],
    "source": [
        "S1 | NHS | Leg cramps | https://www.nhs.uk/conditions/leg-cramps/",
        "APP | This app | How it works |",
        "S2 | Org | Title | ftp://x",
        "S1 | | | https://a",
        "S3 | Org | Title",
        "X1 | Org | T | https://a",
        "S4 | Org | T | https://a b",
        "S5 | Org | T | https://a;https://[::1",
        "S6 | Org | T | http://[bad",
        "S7|O|T|https://ok.example; ;https://also.example",
    ],
}
BODIES = ["Stretch the calf [S1].", "[S9] unknown", "{{emergency}}", "{{ other }}", "[link](app:reminders/x)",
          "![pic](../images/a.svg)", "[x](https://[::1)", "[S1][S2](x)", "[APP]", "", "\n\n---\n"]  # fmt: skip


@st.composite
def guide_texts(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 9))):
        key = draw(st.sampled_from(KEYS))
        value = draw(st.one_of(st.sampled_from(FIELD_VALUES.get(key.strip().lower(), [""])), st.text(max_size=30)))
        lines.append(draw(st.sampled_from([f"{key}: {value}", f"{key}:{value}", f"{key} {value}", value])))
    opening = draw(st.sampled_from(["---", "---", " --- ", "--", ""]))
    closing = draw(st.sampled_from(["---", "---", ""]))
    body = draw(st.lists(st.one_of(st.sampled_from(BODIES), st.text(max_size=40)), max_size=4))
    return "\n".join([opening, *lines, closing, *body])


@given(text=guide_texts(), name=st.sampled_from(["leg-cramps.md", "red-flags.md", "x.md", ".md", "a b.md"]))
@example(
    text="---\ntitle: T\nsummary: S\norder: 1\nreviewed: 2026-11-23\nsource: S1 | O | T | http://[bad\n---\nBody",
    name="x.md",
)
@example(
    text="---\ntitle: T\nsummary: S\norder: ²\nreviewed: 2026-11-23\nsource: S1 | O | T | https://a\n---\nBody",
    name="x.md",
)
@example(
    text="---\ntitle: T\nsummary: S\norder: 1\nreviewed: 2026-11-23\n"
    "source: S1 | O | T | https://a\n---\n[x](https://[::1)",
    name="x.md",
)
@fuzz_settings(400)
def test_any_guide_front_matter_parses_or_names_its_line(text: str, name: str) -> None:
    try:
        guide = parse_guide(name, text)
    except GuideError as error:
        problem: GuideError | None = error
    else:
        problem = None
    if problem is not None:
        assert problem.file == name
        assert 1 <= problem.line <= max(1, len(text.splitlines()))
        return
    assert isinstance(guide, Guide)
    assert guide.order >= 1
    assert guide.sources
    rendered = render_markdown(guide, "DE")
    assert guide.title.strip()
    assert rendered.startswith("# ")
    cited_ids(guide)
    links(guide)
    images(guide)
