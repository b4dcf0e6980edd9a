"""The message extractor of tools/translations.py, on small sample sources."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tools.translations import Key, extract

SAMPLE = """
from PySide6.QtCore import QCoreApplication, QObject

from cvi_companion.domain.text import QT_TRANSLATE_NOOP, translate

LEFT = QT_TRANSLATE_NOOP("Labels", "Left leg")


class Window(QObject):
    def build(self, count, name):
        self.tr("Plain")
        self.tr("Split "
                "over lines")
        self.tr("Open", "menu")
        self.tr("%n cramp(s)", "", count)
        self.tr("%n night(s)", n=count)
        self.tr("Not counted", "", -1)
        QCoreApplication.translate("Shared", "Hello {name}").format(name=name)
        QCoreApplication.translate("Shared", "%n hour(s)", "", count)
        QCoreApplication.translate("Shared", "Close", disambiguation="window")

        def later():
            return self.tr("Inside a closure")

        return later

    class Part(QObject):
        def go(self):
            return self.tr("Nested")


def phrase(count):
    return translate("Insights", "%n week(s) with {what}", "", count, what="x")


def keyword_phrase(count):
    return translate("Insights", "%n day(s)", n=count)


def lookup(context, source):
    # A lookup of a text marked elsewhere: not a message, not a problem.
    return QCoreApplication.translate(context, source)
"""

BROKEN = """
from PySide6.QtCore import QCoreApplication, QObject


class Dialog(QObject):
    def build(self, name, labels):
        self.tr(name)
        self.tr(f"Hello {name}")
        self.tr(labels["left"])
        QCoreApplication.translate("Dialog", f"Bye {name}")


def elsewhere(widget):
    return widget.tr("Whose context?")
"""

INHERITED = """
from PySide6.QtCore import QObject


class Base(QObject):
    def title(self):
        return self.tr("Title")


class Child(Base):
    pass
"""


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_every_call_form_is_found_with_its_context_disambiguation_and_count(tmp_path):
    _write(tmp_path, "cvi_companion/ui/sample.py", SAMPLE)
    messages, problems = extract(tmp_path)

    assert problems == []
    found = {key: message.numerus for key, message in messages.items()}
    assert found == {
        Key("Labels", "Left leg"): False,
        Key("Window", "Plain"): False,
        Key("Window", "Split over lines"): False,
        Key("Window", "Open", "menu"): False,
        Key("Window", "%n cramp(s)"): True,
        Key("Window", "%n night(s)"): True,
        Key("Window", "Not counted"): False,
        Key("Window", "Inside a closure"): False,
        Key("Part", "Nested"): False,
        Key("Shared", "Hello {name}"): False,
        Key("Shared", "%n hour(s)"): True,
        Key("Shared", "Close", "window"): False,
        Key("Insights", "%n week(s) with {what}"): True,
        Key("Insights", "%n day(s)"): True,
    }
    assert messages[Key("Window", "Plain")].locations == [("cvi_companion/ui/sample.py", 11)]
    assert list(messages) == sorted(messages)


def test_the_same_text_twice_is_one_message_with_both_places(tmp_path):
    _write(tmp_path, "cvi_companion/ui/a.py", 'from x import translate\nA = translate("Shared", "Yes")\n')
    _write(tmp_path, "cvi_companion/ui/b.py", 'from x import translate\n\nB = translate("Shared", "Yes")\n')
    messages, _problems = extract(tmp_path)
    assert messages[Key("Shared", "Yes")].locations == [("cvi_companion/ui/a.py", 2), ("cvi_companion/ui/b.py", 3)]


def test_unreadable_calls_are_reported_with_their_place(tmp_path):
    _write(tmp_path, "cvi_companion/ui/broken.py", BROKEN)
    messages, problems = extract(tmp_path)

    assert messages == {}
    by_line = {problem.line: problem.text for problem in problems}
    assert set(by_line) == {7, 8, 9, 10, 14}
    assert "string literal" in by_line[7]
    assert "f-string" in by_line[8]
    assert "string literal" in by_line[9]
    assert "f-string" in by_line[10]
    assert "widget.tr" in by_line[14]
    assert all(problem.path == "cvi_companion/ui/broken.py" for problem in problems)


def test_a_subclass_running_its_base_class_tr_is_reported(tmp_path):
    _write(tmp_path, "cvi_companion/ui/inherited.py", INHERITED)
    messages, problems = extract(tmp_path)
    assert Key("Base", "Title") in messages
    assert [(problem.line, "Child inherits self.tr calls from Base" in problem.text) for problem in problems] == [
        (10, True)
    ]


def test_the_terminal_commands_are_not_translated(tmp_path):
    _write(tmp_path, "cvi_companion/cli/commands.py", 'from x import translate\nA = translate("Cli", "Logged")\n')
    _write(tmp_path, "cvi_companion/ui/view.py", 'from x import translate\nA = translate("View", "Shown")\n')
    messages, _problems = extract(tmp_path)
    assert list(messages) == [Key("View", "Shown")]


def test_other_translate_and_tr_like_calls_are_left_alone(tmp_path):
    source = """
        import str_tools
        text = "abc".translate({97: 98})
        painter.translate(3, 4)
        str_tools.trim("x")
    """
    _write(tmp_path, "cvi_companion/ui/other.py", source)
    assert extract(tmp_path) == ({}, [])
