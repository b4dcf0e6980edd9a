"""Closing the main window: to the tray where there is one, otherwise as the person chose once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cvi_companion.ui.close_policy import CloseAction, CloseChoice, ClosePolicy


class FakeTray:
    """A tray whose icon is (or is not) in the tray, recording its messages."""

    def __init__(self, visible: bool) -> None:
        self.shown = visible
        self.said: list[str] = []

    def visible(self) -> bool:
        return self.shown

    def say(self, text: str) -> bool:
        self.said.append(text)
        return True


class Asker:
    def __init__(self, answer):
        self.answer = answer
        self.asked = 0

    def __call__(self, _parent):
        self.asked += 1
        return self.answer


def test_with_a_tray_closing_hides_and_says_so_once(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    tray = FakeTray(visible=True)
    told: list[bool] = []
    ask = Asker(CloseChoice.QUIT)
    policy = ClosePolicy(tray=tray, ask=ask, hint_given=lambda: told.append(True))
    assert policy.decide(window) is CloseAction.HIDE
    assert policy.decide(window) is CloseAction.HIDE
    assert len(tray.said) == 1
    assert "tray" in tray.said[0]
    assert told == [True]
    assert ask.asked == 0


def test_a_hint_given_in_an_earlier_run_is_not_repeated(qtbot):
    tray = FakeTray(visible=True)
    policy = ClosePolicy(tray=tray, tray_hint_given=True)
    assert policy.decide(QWidget()) is CloseAction.HIDE
    assert tray.said == []


def test_without_a_tray_the_answer_is_asked_once_and_remembered(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    remembered: list[CloseChoice] = []
    ask = Asker(CloseChoice.BACKGROUND)
    policy = ClosePolicy(tray=FakeTray(visible=False), ask=ask, remember=remembered.append)
    assert policy.decide(window) is CloseAction.HIDE
    assert policy.decide(window) is CloseAction.HIDE
    assert ask.asked == 1
    assert remembered == [CloseChoice.BACKGROUND]


def test_a_remembered_quit_quits_without_asking(qtbot):
    ask = Asker(None)
    policy = ClosePolicy(tray=None, choice=CloseChoice.QUIT, ask=ask)
    assert policy.decide(QWidget()) is CloseAction.QUIT
    assert ask.asked == 0


def test_a_dismissed_question_keeps_the_window_and_asks_again_next_time(qtbot):
    remembered: list[CloseChoice] = []
    ask = Asker(None)
    policy = ClosePolicy(tray=None, ask=ask, remember=remembered.append)
    assert policy.decide(QWidget()) is CloseAction.STAY
    assert policy.decide(QWidget()) is CloseAction.STAY
    assert ask.asked == 2
    assert remembered == []


def test_the_question_offers_background_quit_and_says_how_to_come_back(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.ui import close_policy

    seen: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["details"] = box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        keep = next(b for b in box.buttons() if b.text().startswith("&Keep"))
        keep.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = QWidget()
    qtbot.addWidget(window)
    assert close_policy.ask_keep_running(window) is CloseChoice.BACKGROUND
    assert "cvi-companion quick-log" in str(seen["details"])
    assert "start CVI Companion again" in str(seen["details"])
    # Alt+K and Alt+Q answer from the keyboard.
    assert {"&Keep running in the background", "&Quit"} <= set(seen["buttons"])


class Window(QWidget):
    """A window with the closeEvent hook suggested for MainWindow."""

    def __init__(self, policy: ClosePolicy) -> None:
        super().__init__()
        self._close_policy: ClosePolicy | None = policy

    def closeEvent(self, event) -> None:
        if self._close_policy is not None and event.spontaneous():
            action = self._close_policy.decide(self)
            if action is not CloseAction.QUIT:
                event.ignore()
                if action is CloseAction.HIDE:
                    self.hide()
                return
        super().closeEvent(event)


class HandClose:
    """A close event as the window manager's close button sends it (spontaneous), which tests cannot post."""

    def __init__(self) -> None:
        self.accepted = True

    def spontaneous(self) -> bool:
        return True

    def ignore(self) -> None:
        self.accepted = False


def test_the_hook_hides_with_a_tray_and_stays_when_the_question_is_dismissed(qtbot):
    tray = FakeTray(visible=True)
    window = Window(ClosePolicy(tray=tray))
    qtbot.addWidget(window)
    window.show()
    event = HandClose()
    window.closeEvent(event)
    assert not event.accepted
    assert not window.isVisible()
    assert len(tray.said) == 1

    ask = Asker(None)
    staying = Window(ClosePolicy(tray=None, ask=ask))
    qtbot.addWidget(staying)
    staying.show()
    event = HandClose()
    staying.closeEvent(event)
    assert not event.accepted
    assert staying.isVisible()
    assert ask.asked == 1


def test_the_apps_own_close_is_not_questioned(qtbot):
    # QApplication.quit() closes every window with non-spontaneous events; a window refusing would stop the quit.
    ask = Asker(None)
    window = Window(ClosePolicy(tray=None, ask=ask))
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert ask.asked == 0
