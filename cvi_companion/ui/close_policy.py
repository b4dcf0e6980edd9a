"""What closing the main window means: hide to the tray, keep running in the background, or quit.

With a tray, closing hides the window (said once with a tray message). Without one, the person is asked
once whether reminders should keep coming with the window closed, and how to get back; the answer goes to
a callback (the composition root keeps it in the settings) and is not asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.ui.i18n import label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

TITLE = "CVI Companion"  # the app's name, the same in every language


class TrayLike(Protocol):
    """What the policy needs of the tray (ui.tray.Tray)."""

    def visible(self) -> bool:
        """Whether the icon is in the tray."""
        ...

    def say(self, text: str) -> bool:
        """Show a short message from the icon."""
        ...


class CloseChoice(StrEnum):
    """The remembered answer for a desktop without a tray (stored as this text)."""

    ASK = "ask"
    BACKGROUND = "background"
    QUIT = "quit"


class CloseAction(Enum):
    """What the window does with one close event."""

    HIDE = "hide"
    QUIT = "quit"
    STAY = "stay"


# In English here; shown through label("ClosePolicy", ...).
TRAY_HINT = QT_TRANSLATE_NOOP(
    "ClosePolicy",
    "CVI Companion keeps running in the tray, so your reminders still come. "
    "Click the icon to open it again, or choose Quit in its menu.",
)
QUESTION = QT_TRANSLATE_NOOP("ClosePolicy", "Keep your reminders coming after you close this window?")
DETAILS = QT_TRANSLATE_NOOP(
    "ClosePolicy",
    "CVI Companion can keep running in the background. To open the window again, start CVI Companion again; "
    "to log a cramp from a terminal, run: cvi-companion quick-log\n\nYou will not be asked again.",
)


def ask_keep_running(parent: QWidget) -> CloseChoice | None:
    """Ask once: keep running in the background, or quit. None when the question is dismissed."""
    # Imported when asked (once in the app's life at most): the class costs the first frame 2-3 ms.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, TITLE, label("ClosePolicy", QUESTION), parent=parent)
    box.setInformativeText(label("ClosePolicy", DETAILS))
    keep = box.addButton(
        QCoreApplication.translate("ClosePolicy", "&Keep running in the background"), QMessageBox.ButtonRole.AcceptRole
    )
    stop = box.addButton(QCoreApplication.translate("ClosePolicy", "&Quit"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return CloseChoice.BACKGROUND
    if clicked is stop:
        return CloseChoice.QUIT
    return None


class ClosePolicy:
    """Decides what a close of the main window does; `MainWindow.closeEvent` consults `decide`."""

    def __init__(
        self,
        *,
        tray: TrayLike | None,
        choice: CloseChoice = CloseChoice.ASK,
        remember: Callable[[CloseChoice], object] = lambda _choice: None,
        ask: Callable[[QWidget], CloseChoice | None] = ask_keep_running,
        tray_hint_given: bool = False,
        hint_given: Callable[[], object] = lambda: None,
    ) -> None:
        self.tray = tray
        self.choice = choice
        self._remember = remember
        self._ask = ask
        self.tray_hint_given = tray_hint_given
        self._hint_given = hint_given

    def decide(self, window: QWidget) -> CloseAction:
        """Hide, quit, or stay open (the question was dismissed)."""
        if self.tray is not None and self.tray.visible():
            if not self.tray_hint_given and self.tray.say(label("ClosePolicy", TRAY_HINT)):
                self.tray_hint_given = True
                self._hint_given()
            return CloseAction.HIDE
        if self.choice is CloseChoice.ASK:
            answer = self._ask(window)
            if answer is None:
                return CloseAction.STAY
            self.choice = answer
            self._remember(answer)
        return CloseAction.HIDE if self.choice is CloseChoice.BACKGROUND else CloseAction.QUIT
