"""Unexpected errors: written to a small rotating log file, with a short apology on screen."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from cvi_companion.app.start_messages import TITLE
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.paths import make_private_dir

if TYPE_CHECKING:
    import logging
    import logging.handlers

    from PySide6.QtWidgets import QMessageBox, QWidget

    from cvi_companion.storage.paths import AppPaths

LOG_NAME = "cvi-companion.log"
LOG_MAX_BYTES = 256 * 1024
LOG_BACKUPS = 2
# One error's record at most: a traceback through a huge message (an error quoting a whole note, say) is cut,
# so one record can neither fill the log nor push a file past LOG_MAX_BYTES.
MAX_RECORD_CHARS = 16 * 1024
# An exception's own message is kept this short: it says what went wrong, not the data it went wrong with.
MAX_MESSAGE_CHARS = 300

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashReporter:
    """Writes unexpected errors to the app's log file and apologises in a small window, one at a time.

    The log file (and the logging package, ~20 ms of imports) is opened at the first error, not at start.
    """

    def __init__(self, paths: AppPaths) -> None:
        self._logs_dir = paths.logs_dir
        self.log_path: Path | None = paths.logs_dir / LOG_NAME
        self._logger: logging.Logger | None = None
        self._handler: logging.Handler | None = None
        self._previous: ExceptHook = sys.excepthook
        self._box: QMessageBox | None = None
        self.parent: QWidget | None = None

    def install(self) -> None:
        """Become sys.excepthook (errors in Qt slots reach it too)."""
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        """Put the earlier hook back and close the log file."""
        sys.excepthook = self._previous
        if self._logger is not None and self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()

    def _log(self, details: str) -> None:
        if self._logger is None and self.log_path is not None:
            import logging
            from logging.handlers import RotatingFileHandler

            self._logger = logging.getLogger("cvi_companion.crash")
            self._logger.propagate = False
            try:
                make_private_dir(self._logs_dir)
                self._handler = _private_rotating_handler(RotatingFileHandler, self.log_path)
            except (StorageError, OSError):
                self.log_path = None
            else:
                self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
                self._logger.addHandler(self._handler)
        if self._logger is not None and self._handler is not None:
            self._logger.error("Unexpected error\n%s", details)
        else:
            sys.stderr.write(details)

    def hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log the traceback and show a short apology instead of failing silently."""
        self._log(describe_error(error, tb))
        if issubclass(kind, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return
        self._apologise()

    def _apologise(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        if self._box is not None and self._box.isVisible():
            return  # one at a time: an error repeating in a loop must not pile up windows
        sorry = QCoreApplication.translate("CrashReporter", "Sorry, something went wrong.")
        box = QMessageBox(QMessageBox.Icon.Warning, TITLE, sorry, parent=self.parent)
        if self.log_path:
            details = QCoreApplication.translate(
                "CrashReporter",
                "Your logged cramps are safe. The details were written to {path}. If this keeps happening, "
                "restarting the app usually helps.",
            ).format(path=self.log_path)
        else:
            details = QCoreApplication.translate(
                "CrashReporter",
                "Your logged cramps are safe. If this keeps happening, restarting the app usually helps.",
            )
        box.setInformativeText(details)
        box.setModal(False)
        box.show()
        self._box = box


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[: limit - 40]}... ({len(text) - limit + 40} characters cut)"


def describe_error(error: BaseException, tb: TracebackType | None) -> str:
    """The traceback to log: where it happened in the code, with each exception's message cut short.

    Frames show file, line and source code, never local variables, so an entry being handled does not reach
    the log; a message quoting what the person typed is cut to MAX_MESSAGE_CHARS.
    """
    lines: list[str] = []
    for line in traceback.TracebackException(type(error), error, tb, capture_locals=False).format():
        lines.append(line if line.startswith("  ") else _shorten(line.rstrip("\n"), MAX_MESSAGE_CHARS) + "\n")
    return _shorten("".join(lines), MAX_RECORD_CHARS)


def _private_rotating_handler(base: type[logging.handlers.RotatingFileHandler], path: Path) -> logging.Handler:
    """A RotatingFileHandler whose files are 0600 whatever the umask, and that counts bytes, not characters."""
    import os

    class PrivateRotatingFileHandler(base):  # type: ignore[valid-type,misc]
        def _open(self) -> TextIO:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

        def shouldRollover(self, record: logging.LogRecord) -> int:  # noqa: N802 (logging's name)
            stream: TextIO | None = getattr(self, "stream", None)
            if stream is None:
                stream = self.stream = self._open()
            size = len((self.format(record) + self.terminator).encode("utf-8", "backslashreplace"))
            return int(stream.tell() + size > self.maxBytes > 0)

    return PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
