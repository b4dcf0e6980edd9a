"""Every storage error can be said in the person's language: no message or action is built from a plain string.

The window renders `error.phrase`; a message made from an f-string (or an action given as one) has no
translation and would stay English there. This reads the storage modules with `ast` and looks at what is
passed where a message or an action goes: to a StorageError class (found by walking its subclasses, so a
new one is covered without a list to keep), to `from_os` / `from_sqlite`, and to the helpers that pass an
action on to them.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import cvi_companion.storage
from cvi_companion.storage.errors import StorageError

STORAGE = Path(cvi_companion.storage.__file__).parent
# Where an action goes in the helpers that hand it to from_os / from_sqlite (argument position, keyword name).
ACTION_ARGUMENT = {
    "from_os": (1, "action"),
    "from_sqlite": (1, "action"),
    "read_only": (1, "action"),
    "write_text_atomic": (2, "action"),
    "atomic_text_writer": (1, "action"),
    "_write_copy": (2, "action"),
    "_source": (1, "action"),
}


def error_classes() -> set[str]:
    for module in pkgutil.iter_modules(cvi_companion.storage.__path__):
        importlib.import_module(f"cvi_companion.storage.{module.name}")
    found: set[str] = set()
    waiting: list[type] = [StorageError]
    while waiting:
        kind = waiting.pop()
        found.add(kind.__name__)
        waiting.extend(kind.__subclasses__())
    return found


def plain(node: ast.expr) -> bool:
    """Whether an argument is English made on the spot: a string literal, an f-string, or text joined from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return plain(node.left) or plain(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...), "\n".join(...), f"...".strip()
        return plain(node.func.value)
    return False


def called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def database_write(node: ast.Call) -> bool:
    """`db.write(action)` / `self._db.write(action)`: the log's write transaction, named by its action."""
    func = node.func
    return isinstance(func, ast.Attribute) and func.attr == "write" and ast.unparse(func.value).endswith("db")


class Finder(ast.NodeVisitor):
    def __init__(self, file: str, errors: set[str]) -> None:
        self.file = file
        self.errors = errors
        self.found: list[str] = []

    def visit_Call(self, node: ast.Call) -> None:
        name = called(node)
        if name in self.errors:
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        elif name in ACTION_ARGUMENT:
            index, keyword_name = ACTION_ARGUMENT[name]
            arguments = [node.args[index]] if len(node.args) > index else []
            arguments += [keyword.value for keyword in node.keywords if keyword.arg == keyword_name]
        elif database_write(node):
            arguments = node.args[:1]
        else:
            arguments = []
        for argument in arguments:
            if plain(argument):
                self.found.append(f"{self.file}:{node.lineno}: {name}({ast.unparse(argument)})")
        self.generic_visit(node)


def untranslatable(source: str, file: str = "module.py") -> list[str]:
    finder = Finder(file, error_classes())
    finder.visit(ast.parse(source))
    return finder.found


def test_no_storage_error_or_action_is_made_from_a_plain_string():
    found = []
    for path in sorted(STORAGE.glob("*.py")):
        if path.name == "errors.py":
            continue  # the one place that turns plain English into an untranslated phrase, on purpose
        found += untranslatable(path.read_text(encoding="utf-8"), path.name)
    assert found == []


def test_the_scan_finds_what_it_looks_for():
    source = """
def f(path, error, db):
    raise DatabaseTooNew(f"The log {path} is too new.")
    raise NotABackup("Not a backup.")
    raise from_os(error, f"read {path}")
    raise from_sqlite(error, action="read the log")
    write_text_atomic(path, "{}", "save " + "it")
    with db.write("import the file"):
        pass
    raise StorageError("; ".join(["a", "b"]))
    raise ReadOnly(translate("Storage", "fine {file}", file=f"{path}"))
    raise from_os(error, translate("Storage", "read {file}", file=str(path)))
    stream.write("not an action")
"""
    assert [line.split(": ", 1)[1] for line in untranslatable(source)] == [
        "DatabaseTooNew(f'The log {path} is too new.')",
        "NotABackup('Not a backup.')",
        "from_os(f'read {path}')",
        "from_sqlite('read the log')",
        "write_text_atomic('save ' + 'it')",
        "write('import the file')",
        "StorageError('; '.join(['a', 'b']))",
    ]
