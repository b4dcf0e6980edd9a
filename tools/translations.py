"""The app's translation catalogues: find the messages in the source, keep the .ts files, compile the .qm.

    uv run python tools/translations.py update                  # every catalogue follows the source
    uv run python tools/translations.py add fr                  # start a catalogue for a new language
    uv run python tools/translations.py merge de.json --lang de # fill translations from JSON
    uv run python tools/translations.py build [--out DIR]       # compile .ts -> .qm (lrelease)
    uv run python tools/translations.py check                   # exit 1 when anything needs fixing

Messages are read from the source with Python's `ast` rather than pyside6-lupdate, whose Python parser
misses or mis-marks calls with keyword arguments (docs/translations.md). Only the standard library is used,
except by `build`, which runs the lrelease shipped inside PySide6; the wheel's build hook (hatch_build.py)
loads this file as well.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "cvi_companion"
# The terminal commands stay English.
SKIPPED_FOLDERS = ("cvi_companion/cli",)
CATALOGUE_DIR = ROOT / "resources" / "translations"
PREFIX = "cvi_companion_"
SOURCE_LANGUAGE = "en"
TS_VERSION = "2.1"
# How many plural forms Qt uses for a language; others get two, which Qt Linguist corrects when it opens them.
NUMERUS_FORMS = {
    "ja": 1, "ko": 1, "zh": 1, "vi": 1, "th": 1, "id": 1, "ms": 1,
    "cs": 3, "sk": 3, "pl": 3, "ru": 3, "uk": 3, "be": 3, "hr": 3, "sr": 3, "bs": 3, "lt": 3, "lv": 3, "ro": 3,
    "sl": 4, "ga": 5, "ar": 6,
}  # fmt: skip
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3})?$")
_QT_APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})


@dataclass(frozen=True, order=True)
class Key:
    """What identifies a message to Qt's translators."""

    context: str
    source: str
    disambiguation: str = ""

    def __str__(self) -> str:
        extra = f" ({self.disambiguation})" if self.disambiguation else ""
        return f"[{self.context}] {self.source!r}{extra}"


@dataclass
class Message:
    """A translatable text found in the source, with where it is used."""

    key: Key
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A translated call the extractor cannot read (or that breaks the conventions)."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass
class Entry:
    """One message in a catalogue: its translation (one text, or the plural forms) and its state."""

    key: Key
    numerus: bool = False
    translations: list[str] = field(default_factory=lambda: [""])
    finished: bool = False
    obsolete: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translator_comment: str = ""


@dataclass
class Catalogue:
    """A .ts file in memory."""

    path: Path
    language: str
    entries: dict[Key, Entry] = field(default_factory=dict)


# --- Extraction -------------------------------------------------------------------------------------------


def _argument(call: ast.Call, index: int, *names: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((keyword.value for keyword in call.keywords if keyword.arg in names), None)


def _kind(func: ast.expr) -> str | None:
    """Which translation call this is: "tr", "translate", "noop", or None."""
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return "tr"
        if func.attr == "QT_TRANSLATE_NOOP":
            return "noop"
        if func.attr == "translate" and _last_name(func.value) in _QT_APPLICATIONS:
            return "translate"
    elif isinstance(func, ast.Name):
        if func.id == "translate":
            return "translate"
        if func.id == "QT_TRANSLATE_NOOP":
            return "noop"
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, label: str) -> None:
        self.label = label
        self.classes: list[str] = []
        # Per class: its line, its base classes' names, whether it calls self.tr itself.
        self.class_bases: dict[str, tuple[int, list[str]]] = {}
        self.translating_classes: set[str] = set()
        self.found: list[tuple[Key, bool, int]] = []
        self.problems: list[Problem] = []

    def problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.label, getattr(node, "lineno", 0), text))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        bases = [_last_name(base) for base in node.bases]
        self.class_bases[node.name] = (node.lineno, bases)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        kind = _kind(node.func)
        if kind is not None:
            self.read(node, kind)
        self.generic_visit(node)

    def read(self, call: ast.Call, kind: str) -> None:
        if any(isinstance(argument, ast.Starred) for argument in call.args) or any(
            keyword.arg is None for keyword in call.keywords
        ):
            self.problem(call, "a translated call with *args or **kwargs cannot be read; pass the text directly")
            return
        if kind == "tr":
            self.read_tr(call)
            return
        context = _argument(call, 0, "context")
        source = _argument(call, 1, "sourceText", "source", "key")
        if kind == "noop":
            self.add(call, context, source, None, None, lookup=False)
        else:
            disambiguation = _argument(call, 2, "disambiguation")
            count = _argument(call, 3, "n")
            # A translate() with non-literal texts looks up a text marked elsewhere (ui/i18n.py's say and label).
            self.add(call, context, source, disambiguation, count, lookup=True)

    def read_tr(self, call: ast.Call) -> None:
        assert isinstance(call.func, ast.Attribute)
        receiver = call.func.value
        receiver_name = receiver.id if isinstance(receiver, ast.Name) else ast.unparse(receiver)
        source = _argument(call, 0, "sourceText")
        if receiver_name not in {"self", "cls"} or not self.classes:
            self.problem(
                call,
                f"{receiver_name}.tr(...): its context is only known for self.tr inside a class; "
                'use QCoreApplication.translate("Context", ...) here',
            )
            return
        if _string(source) is None:
            self.problem(call, self.not_literal(source, "self.tr"))
            return
        context = ast.Constant(self.classes[-1])
        self.translating_classes.add(self.classes[-1])
        self.add(call, context, source, _argument(call, 1, "disambiguation"), _argument(call, 2, "n"), lookup=False)

    @staticmethod
    def not_literal(node: ast.expr | None, name: str) -> str:
        if isinstance(node, ast.JoinedStr):
            return f"f-string inside {name}(...): put {{fields}} in the text and .format() the translation"
        shown = ast.unparse(node) if node is not None else "nothing"
        return f"{name}({shown}, ...): the text must be a string literal (mark labels with QT_TRANSLATE_NOOP)"

    def add(
        self,
        call: ast.Call,
        context: ast.expr | None,
        source: ast.expr | None,
        disambiguation: ast.expr | None,
        count: ast.expr | None,
        *,
        lookup: bool,
    ) -> None:
        name = ast.unparse(call.func)
        for node in (context, source, disambiguation):
            if isinstance(node, ast.JoinedStr):
                self.problem(call, self.not_literal(node, name))
                return
        context_text, source_text = _string(context), _string(source)
        if context_text is None or source_text is None:
            if not lookup:
                self.problem(call, self.not_literal(source if context_text is not None else context, name))
            return
        comment = ""
        if disambiguation is not None and not _is_none(disambiguation):
            literal = _string(disambiguation)
            if literal is None:
                self.problem(call, f"{name}(...): the disambiguation must be a string literal")
                return
            comment = literal
        numerus = count is not None and _constant(count) not in (-1, None)
        if not source_text:
            self.problem(call, f"{name}(...) with an empty text")
            return
        self.found.append((Key(context_text, source_text, comment), numerus, call.lineno))


def _constant(node: ast.expr) -> object:
    """A literal's value (-1 is an operation on 1 to ast); a marker object for anything computed."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return _constant


def _last_name(node: ast.expr) -> str:
    """The name a base class or receiver is known by (QtCore.QObject -> QObject); "" for anything else."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _string(node: ast.expr | None) -> str | None:
    """The text of a string literal (implicitly concatenated ones are one literal to ast), else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def source_files(root: Path = ROOT) -> list[Path]:
    """The app's Python files whose texts are translated."""
    files = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        label = path.relative_to(root).as_posix()
        if not any(label.startswith(f"{folder}/") for folder in SKIPPED_FOLDERS):
            files.append(path)
    return files


def extract(root: Path = ROOT, files: Iterable[Path] | None = None) -> tuple[dict[Key, Message], list[Problem]]:
    """Every translatable message in the source (by key, sorted), and the calls that could not be read."""
    messages: dict[Key, Message] = {}
    problems: list[Problem] = []
    classes: dict[str, tuple[str, int, list[str]]] = {}
    translating: set[str] = set()
    for path in source_files(root) if files is None else files:
        label = path.relative_to(root).as_posix()
        visitor = _Visitor(label)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        problems.extend(visitor.problems)
        classes.update((name, (label, line, bases)) for name, (line, bases) in visitor.class_bases.items())
        translating |= visitor.translating_classes
        for key, numerus, line in visitor.found:
            message = messages.setdefault(key, Message(key, numerus))
            if message.numerus != numerus:
                problems.append(Problem(label, line, f"{key} is used both with and without a count"))
                message.numerus = True
            message.locations.append((label, line))
    problems += _inherited_tr(classes, translating)
    return dict(sorted(messages.items())), problems


def _inherited_tr(classes: dict[str, tuple[str, int, list[str]]], translating: set[str]) -> list[Problem]:
    """Subclasses running a base class's self.tr: PySide6 looks those up under the subclass's name."""
    problems = []
    for name, (label, line, _bases) in sorted(classes.items()):
        seen: set[str] = set()
        todo = list(classes[name][2])
        while todo:
            base = todo.pop()
            if base in seen or base not in classes:
                continue
            seen.add(base)
            if base in translating:
                problems.append(
                    Problem(
                        label,
                        line,
                        f"{name} inherits self.tr calls from {base}: at run time they are looked up under "
                        f"'{name}' and stay untranslated; use QCoreApplication.translate(\"{base}\", ...) there",
                    )
                )
                break
            todo.extend(classes[base][2])
    return problems


# --- Catalogues (.ts) ---------------------------------------------------------------------------------------


def catalogue_paths(folder: Path = CATALOGUE_DIR) -> list[Path]:
    """The .ts files in a folder, by language code."""
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def language_of(path: Path) -> str:
    """The language code in a catalogue's file name."""
    return path.stem.removeprefix(PREFIX)


def numerus_forms(language: str) -> int:
    """How many plural forms a language's translations have."""
    return NUMERUS_FORMS.get(language.split("_", maxsplit=1)[0], 2)


def english_plurals(source: str) -> list[str]:
    """The singular and plural of an English source written with "(s)" (also "(es)", "y(ies)")."""
    singular = source.replace("y(ies)", "y").replace("(es)", "").replace("(s)", "")
    plural = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    return [singular, plural]


def read_catalogue(path: Path, root: Path = ROOT) -> Catalogue:
    """Read a Qt .ts file; its locations (relative to the file) become paths relative to `root`, as written."""
    document = ET.parse(path).getroot()
    catalogue = Catalogue(path, document.get("language", "") or language_of(path))
    for context in document.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = Key(name, message.findtext("source", ""), message.findtext("comment", ""))
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                texts = [""]
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                texts = [translation.text or ""]
            locations = []
            filename = ""
            for location in message.iter("location"):
                filename = location.get("filename", filename)
                line = location.get("line", "0")
                label = Path(os.path.relpath(os.path.normpath(path.parent / filename), root)).as_posix()
                locations.append((label, int(line) if line.lstrip("+-").isdigit() else 0))
            catalogue.entries[key] = Entry(
                key,
                numerus,
                texts,
                finished=kind == "" and all(texts),
                obsolete=kind in {"obsolete", "vanished"},
                locations=locations,
                translator_comment=message.findtext("translatorcomment", ""),
            )
    return catalogue


def _text(value: str) -> str:
    return escape(value)


def render_catalogue(catalogue: Catalogue, root: Path = ROOT) -> str:
    """The .ts XML of a catalogue: contexts and messages sorted, locations relative to the file."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="{TS_VERSION}" language={quoteattr(catalogue.language)} sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    by_context: dict[str, list[Entry]] = {}
    for key in sorted(catalogue.entries):
        by_context.setdefault(key.context, []).append(catalogue.entries[key])
    for context, entries in by_context.items():
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for entry in entries:
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            for label, line in entry.locations:
                # Relative to the .ts file, as Qt Linguist resolves it to show the code.
                relative = Path(os.path.relpath(root / label, catalogue.path.parent)).as_posix()
                lines.append(f'        <location filename={quoteattr(relative)} line="{line}"/>')
            lines.append(f"        <source>{_text(entry.key.source)}</source>")
            if entry.key.disambiguation:
                lines.append(f"        <comment>{_text(entry.key.disambiguation)}</comment>")
            if entry.translator_comment:
                lines.append(f"        <translatorcomment>{_text(entry.translator_comment)}</translatorcomment>")
            state = "" if entry.finished else ' type="unfinished"'
            if entry.numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_text(form)}</numerusform>" for form in entry.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_text(entry.translations[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_catalogue(catalogue: Catalogue, root: Path = ROOT) -> None:
    """Write a catalogue to its .ts file."""
    catalogue.path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.path.write_text(render_catalogue(catalogue, root), encoding="utf-8")


def _expected(messages: dict[Key, Message], language: str) -> dict[Key, Message]:
    """The messages a language's catalogue holds: all, or for English (the source) only the plurals."""
    if language.split("_", maxsplit=1)[0] == SOURCE_LANGUAGE:
        return {key: message for key, message in messages.items() if message.numerus}
    return messages


def updated(old: Catalogue, messages: dict[Key, Message]) -> Catalogue:
    """The catalogue following the source: translations kept by key, new messages unfinished, vanished dropped."""
    english = old.language.split("_", maxsplit=1)[0] == SOURCE_LANGUAGE
    new = Catalogue(old.path, old.language)
    for key, message in _expected(messages, old.language).items():
        prior = old.entries.get(key)
        entry = Entry(key, message.numerus, locations=list(message.locations))
        if prior is not None:
            entry.translator_comment = prior.translator_comment
        if english:
            kept = prior is not None and prior.numerus and prior.finished and not prior.obsolete
            entry.translations = prior.translations if kept and prior else english_plurals(key.source)
            entry.finished = True
        elif prior is not None and prior.numerus == message.numerus:
            entry.translations = list(prior.translations)
            entry.finished = prior.finished and not prior.obsolete
        elif prior is not None:
            # Gained or lost a count: the old text stays as a start, to be looked at again.
            text = next((form for form in prior.translations if form), "")
            entry.translations = [text] + [""] * (numerus_forms(old.language) - 1) if message.numerus else [text]
        elif message.numerus:
            entry.translations = [""] * numerus_forms(old.language)
        new.entries[key] = entry
    return new


def update(root: Path = ROOT, folder: Path = CATALOGUE_DIR) -> list[str]:
    """Rewrite every catalogue (and the English plurals) from the source; returns a summary per file."""
    messages, problems = extract(root)
    summary = [f"warning: {problem}" for problem in problems]
    paths = catalogue_paths(folder)
    english = folder / f"{PREFIX}{SOURCE_LANGUAGE}.ts"
    if english not in paths:
        paths.append(english)
    for path in sorted(paths):
        old = read_catalogue(path, root) if path.exists() else Catalogue(path, language_of(path))
        new = updated(old, messages)
        write_catalogue(new, root)
        added = len(new.entries.keys() - old.entries.keys())
        dropped = len(old.entries.keys() - new.entries.keys())
        open_count = sum(not entry.finished for entry in new.entries.values())
        summary.append(
            f"{path.name}: {len(new.entries)} messages, {added} new, {dropped} dropped, {open_count} unfinished"
        )
    return summary


def add(language: str, root: Path = ROOT, folder: Path = CATALOGUE_DIR) -> Path:
    """Create the catalogue for a new language, every message unfinished."""
    if not LANGUAGE_CODE.match(language):
        raise SystemExit(f"'{language}' is not a language code such as fr or pt_BR")
    path = folder / f"{PREFIX}{language}.ts"
    if path.exists():
        raise SystemExit(f"{path} exists already; `update` keeps it in step with the source")
    messages, _problems = extract(root)
    write_catalogue(updated(Catalogue(path, language), messages), root)
    return path


def merge(files: Sequence[Path], language: str, folder: Path = CATALOGUE_DIR, root: Path = ROOT) -> list[str]:
    """Fill a catalogue from JSON files shaped {"Context": {"English": "translation" or [forms]}}.

    Returns what could not be merged (entries matching no message, wrong shapes) and field warnings.
    """
    path = folder / f"{PREFIX}{language}.ts"
    if not path.exists():
        raise SystemExit(f"{path} does not exist: create it with `add {language}` first")
    catalogue = read_catalogue(path, root)
    by_text: dict[tuple[str, str], list[Entry]] = {}
    for key, entry in catalogue.entries.items():
        by_text.setdefault((key.context, key.source), []).append(entry)
    report: list[str] = []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            report.append(f"{file}: not an object of contexts")
            continue
        for context, items in data.items():
            if not isinstance(items, dict):
                report.append(f"{file}: [{context}] is not an object of texts")
                continue
            for source, value in items.items():
                where = f"{file.name}: [{context}] {source!r}"
                entries = by_text.get((context, source), [])
                if not entries:
                    report.append(f"{where}: matches no message")
                for entry in entries:
                    report += _fill(entry, value, where)
    write_catalogue(catalogue, root)
    return report


def _fill(entry: Entry, value: object, where: str) -> list[str]:
    if entry.numerus:
        if not (isinstance(value, list) and value and all(isinstance(form, str) for form in value)):
            return [f"{where}: has a count, so it needs a list of plural forms"]
        forms = list(value)
    else:
        if not isinstance(value, str):
            return [f"{where}: needs one text, not {type(value).__name__}"]
        forms = [value]
    entry.translations = forms
    entry.finished = all(forms)
    entry.obsolete = False
    return [f"{where}: {issue}" for issue in marker_problems(entry.key.source, forms)]


# --- Checks -------------------------------------------------------------------------------------------------

_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:[!:][^{}]*)?\}")
_PERCENT = re.compile(r"%L?(?:n|\d+)|%[sd]")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)")


def _markers(text: str) -> Counter[str]:
    found: Counter[str] = Counter(f"{{{name}}}" for name in _FIELD.findall(text))
    found.update(_PERCENT.findall(text))
    found.update(f"<{slash}{name.lower()}>" for slash, name in _TAG.findall(text))
    return found


def marker_problems(source: str, translations: Sequence[str]) -> list[str]:
    """How each translation's {fields}, %n/%s placeholders and HTML tags differ from the source's."""
    expected = _markers(source)
    problems = []
    for number, text in enumerate(translations):
        found = _markers(text)
        if found != expected:
            missing = sorted((expected - found).elements())
            extra = sorted((found - expected).elements())
            form = f" (form {number + 1})" if len(translations) > 1 else ""
            details = ", ".join(
                part for part in (f"missing {missing}" if missing else "", f"extra {extra}" if extra else "") if part
            )
            problems.append(f"{text!r}{form}: {details}")
    return problems


def check(root: Path = ROOT, folder: Path = CATALOGUE_DIR) -> list[str]:
    """Everything to fix: unreadable calls, and per catalogue missing, unfinished, obsolete or broken entries."""
    messages, problems = extract(root)
    report = [str(problem) for problem in problems]
    for path in catalogue_paths(folder):
        catalogue = read_catalogue(path, root)
        expected = _expected(messages, catalogue.language)
        for key in sorted(expected.keys() - catalogue.entries.keys()):
            report.append(f"{path.name}: missing {key} (run `update`)")
        for key, entry in sorted(catalogue.entries.items()):
            message = expected.get(key)
            if message is None or entry.obsolete:
                report.append(f"{path.name}: obsolete {key} (run `update`)")
            elif message.numerus != entry.numerus:
                report.append(f"{path.name}: {key} should {'' if message.numerus else 'not '}have plural forms")
            elif not entry.finished:
                report.append(f"{path.name}: unfinished {key}")
            else:
                report += [f"{path.name}: {key}: {issue}" for issue in marker_problems(key.source, entry.translations)]
    return report


# --- Compiling (.qm) ----------------------------------------------------------------------------------------


def lrelease() -> list[str]:
    """The command of Qt's lrelease, from the PySide6 package of this Python (or pyside6-lrelease on PATH)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        base = Path(next(iter(spec.submodule_search_locations)))
        for candidate in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
            if (base / candidate).is_file():
                return [str(base / candidate)]
    script = shutil.which("pyside6-lrelease")
    if script is not None:
        return [script]
    raise SystemExit("lrelease was not found: install PySide6-Essentials (it ships Qt's lrelease)")


def build(out: Path | None = None, folder: Path = CATALOGUE_DIR) -> list[Path]:
    """Compile every catalogue to a .qm (next to it, or in `out`); unfinished translations are left out."""
    command = lrelease()
    built = []
    if out is None:
        # A catalogue that was removed must not live on in its old .qm (the wheel takes every file here).
        for stale in folder.glob(f"{PREFIX}*.qm"):
            if not stale.with_suffix(".ts").exists():
                stale.unlink()
    for path in catalogue_paths(folder):
        target = (out or path.parent) / f"{path.stem}.qm"
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [*command, "-silent", "-nounfinished", str(path), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.exists():
            raise SystemExit(f"lrelease failed on {path.name}:\n{result.stdout}{result.stderr}")
        built.append(target)
    return built


# --- Command line -------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description="Keep the app's translation catalogues (resources/translations).")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="rewrite every .ts from the source, keeping translations")
    adding = commands.add_parser("add", help="create the catalogue of a new language")
    adding.add_argument("language", help="a code such as fr or pt_BR")
    merging = commands.add_parser("merge", help="fill translations from JSON files")
    merging.add_argument("files", type=Path, nargs="+")
    merging.add_argument("--lang", required=True, help="the catalogue's language code")
    building = commands.add_parser("build", help="compile the .ts files to .qm with lrelease")
    building.add_argument("--out", type=Path, help="output folder (default: next to the .ts files)")
    commands.add_parser("check", help="exit 1 when any catalogue is incomplete or broken")
    args = parser.parse_args(argv)

    if args.command == "update":
        print("\n".join(update()))
    elif args.command == "add":
        print(f"created {add(args.language).relative_to(ROOT)}; translate it with:")
        print(f"  uv run pyside6-linguist resources/translations/{PREFIX}{args.language}.ts")
    elif args.command == "merge":
        report = merge(args.files, args.lang)
        print("\n".join(report) if report else "merged, every entry matched")
    elif args.command == "build":
        for path in build(args.out):
            print(path)
    else:
        report = check()
        if report:
            print("\n".join(report))
            print(f"{len(report)} problem(s)", file=sys.stderr)
            return 1
        print("all catalogues complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
