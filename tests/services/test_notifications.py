"""Native notifications: a real server (dunst under Xvfb on a private bus) and the routing of its buttons."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtDBus import QDBusConnection

from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminder_schedule import occurrences
from cvi_companion.domain.reminders import KIND_ADVICE, ReminderKind
from cvi_companion.services import notifications
from cvi_companion.services.clock import Clock
from cvi_companion.services.notifications import (
    DONE,
    SNOOZE,
    DesktopNotifications,
    button_labels,
    notification_icon,
    notification_text,
)
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore

DAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 13:00 in Berlin
QUIET = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # 23:00 in Berlin, inside the default quiet hours


class Now:
    def __init__(self) -> None:
        self.now = DAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def now() -> Now:
    return Now()


@pytest.fixture
def reminders(app_paths, db, berlin, now):
    settings = SettingsService(SettingsStore(app_paths.settings_path))
    return ReminderService(settings, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=now))


def first(reminders: ReminderService, kind: ReminderKind):
    found = occurrences(reminders.plan, DAY, DAY + timedelta(days=7), reminders.clock.tz)
    return next(o for o in found if o.kind is kind)


def outcome(db, occurrence):
    record = ReminderLog(db).get(occurrence.kind, occurrence.slot)
    return record.outcome if record else None


@pytest.fixture
def dunst(bus_address, tmp_path, monkeypatch) -> Iterator[str]:
    """dunst on the private bus, drawing on its own Xvfb display; yields the bus address."""
    # On a loaded test machine dunst's first answer can take longer than the app's 2 s patience.
    monkeypatch.setattr(notifications, "CALL_TIMEOUT_MS", 15_000)
    for tool in ("dunst", "dunstctl", "Xvfb"):
        assert shutil.which(tool), f"{tool} is needed for this test (Debian: apt install dunst xvfb; .ci/run does)"
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients, so dunst never
    # starts against a display that is not there yet (or still held by the previous test's Xvfb).
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    assert number, "Xvfb did not start"
    display = f":{number}"
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    config = tmp_path / "dunstrc"
    # dunst's context menu asks a dmenu-like program to pick an action: ours picks the one the test wants.
    pick = tmp_path / "pick"
    pick.write_text('#!/bin/sh\ngrep -m1 "$(cat "$0.want")"\n', encoding="utf-8")
    pick.chmod(0o700)
    config.write_text(
        f"[global]\n    font = DejaVu Sans 11\n    dmenu = {pick}\n[urgency_normal]\n    timeout = 0\n",
        encoding="utf-8",
    )
    server = subprocess.Popen(["dunst", "-config", str(config)], env=env, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            probe = subprocess.run(["dunstctl", "count"], env=env, capture_output=True, check=False)
            if probe.returncode == 0:
                break
            subprocess.run(["sleep", "0.05"], check=True)
        assert probe.returncode == 0, "dunst did not answer on the private bus"
        assert server.poll() is None, "dunst stopped right after starting"
        yield bus_address
    finally:
        for process in (server, xvfb):
            process.terminate()
            process.wait(timeout=10)


def dunstctl(address: str, *args: str) -> str:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    return subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_a_real_server_shows_our_notification_and_its_replacement(qtbot, reminders, dunst, connect):
    notifier = DesktopNotifications(reminders, connect(dunst))
    assert notifier.listening
    due = DueReminder(first(reminders, ReminderKind.WALKING))
    with qtbot.waitSignal(notifier.sent, timeout=5000) as sent:
        assert notifier.notify(due)
    first_id = sent.args[0]
    assert first_id > 0
    assert "Currently displayed: 1" in dunstctl(dunst, "count")
    # The next reminder replaces the bubble instead of stacking a second one.
    with qtbot.waitSignal(notifier.sent, timeout=5000) as again:
        notifier.notify(DueReminder(first(reminders, ReminderKind.ELEVATION)))
    assert again.args[0] == first_id
    assert "Currently displayed: 1" in dunstctl(dunst, "count")
    # The server's own NotificationClosed (an unsigned pair) reaches us.
    dunstctl(dunst, "close-all")
    qtbot.waitUntil(lambda: notifier.current_id == 0, timeout=5000)
    # What the person saw: what to do, under the app's own icon (found by the server from our file).
    shown = json.loads(dunstctl(dunst, "history"))["data"][0][0]
    assert shown["summary"]["data"] == "Raise your legs"
    assert shown["body"]["data"] == KIND_ADVICE[ReminderKind.ELEVATION]
    assert shown["appname"]["data"] == "CVI Companion"
    icon = Path(shown["icon_path"]["data"])
    assert icon.name == "cvi-companion.svg"
    assert icon.is_file()


@pytest.mark.slow
def test_an_answer_in_the_window_closes_only_its_own_bubble(qtbot, reminders, dunst, connect):
    notifier = DesktopNotifications(reminders, connect(dunst))
    walking = DueReminder(first(reminders, ReminderKind.WALKING))
    with qtbot.waitSignal(notifier.sent, timeout=5000):
        assert notifier.notify(walking)
    notifier.withdraw_if_showing(first(reminders, ReminderKind.ELEVATION))  # another reminder: bubble stays
    assert "Currently displayed: 1" in dunstctl(dunst, "count")
    notifier.withdraw_if_showing(walking.occurrence)
    qtbot.waitUntil(lambda: "Currently displayed: 0" in dunstctl(dunst, "count"), timeout=5000)


@pytest.mark.slow
def test_done_chosen_in_a_real_server_is_recorded(qtbot, reminders, db, dunst, tmp_path, connect):
    notifier = DesktopNotifications(reminders, connect(dunst))
    walking = first(reminders, ReminderKind.WALKING)
    assert notifier.notify(DueReminder(walking))
    (tmp_path / "pick.want").write_text(",done]", encoding="utf-8")
    with qtbot.waitSignal(notifier.answered, timeout=5000):
        dunstctl(dunst, "context")
    assert outcome(db, walking) is Outcome.DONE


def test_nothing_is_sent_in_quiet_hours(qtbot, reminders, now, tmp_path):
    now.now = QUIET
    notifier = DesktopNotifications(reminders, QDBusConnection("none"))
    assert not notifier.notify(DueReminder(first(reminders, ReminderKind.ELEVATION)))


def test_done_and_snooze_from_the_bubble_reach_the_reminder_service(qtbot, reminders, db):
    notifier = DesktopNotifications(reminders, QDBusConnection("none"))
    elevation = first(reminders, ReminderKind.ELEVATION)
    walking = first(reminders, ReminderKind.WALKING)
    notifier._shown.update({7: elevation, 8: walking})
    with qtbot.waitSignal(notifier.answered) as answered:
        notifier._on_action(7, DONE)
    assert answered.args == [elevation]
    assert outcome(db, elevation) is Outcome.DONE
    notifier._on_action(8, SNOOZE)
    assert outcome(db, walking) is Outcome.SNOOZED
    # Clicked twice, or another application's id: nothing more is recorded.
    with qtbot.assertNotEmitted(notifier.answered):
        notifier._on_action(7, SNOOZE)
        notifier._on_action(99, DONE)
    assert outcome(db, elevation) is Outcome.DONE


def test_the_text_says_what_to_do_and_when_it_was_due(reminders):
    elevation = first(reminders, ReminderKind.ELEVATION)  # 15:00, the first after 13:00
    assert notification_text(DueReminder(elevation)) == ("Raise your legs", KIND_ADVICE[ReminderKind.ELEVATION])
    _summary, body = notification_text(DueReminder(elevation, late=True))
    assert body.splitlines() == [KIND_ADVICE[ReminderKind.ELEVATION], "This was due at 15:00."]


def test_the_check_in_asks_its_question_with_no_advice_under_it(reminders):
    check_in = replace(first(reminders, ReminderKind.ELEVATION), kind=ReminderKind.MORNING_CHECK_IN)
    assert notification_text(DueReminder(check_in)) == ("Any cramps last night?", "")


def test_the_icon_is_a_file_the_server_can_open():
    icon = notification_icon()
    assert icon.startswith("file://")
    assert Path(url2pathname(urlparse(icon).path)).read_text(encoding="utf-8").count("<svg") == 1


def test_a_click_on_the_body_answers_nothing(qtbot, reminders, db):
    notifier = DesktopNotifications(reminders, QDBusConnection("none"))
    elevation = first(reminders, ReminderKind.ELEVATION)
    notifier._shown[3] = elevation
    notifier._on_action(3, "default")  # a click on the body answers nothing
    assert outcome(db, elevation) is None


def test_without_a_bus_nothing_is_sent(qtbot, reminders):
    notifier = DesktopNotifications(reminders, QDBusConnection("none"))
    assert not notifier.listening
    assert not notifier.notify(DueReminder(first(reminders, ReminderKind.ELEVATION)))


class _German(QTranslator):
    """A catalogue with the words of one notification in German."""

    entries: ClassVar[dict[tuple[str, str], str]] = {
        ("Reminders", "Raise your legs"): "Beine hochlegen",
        ("Reminders", KIND_ADVICE[ReminderKind.ELEVATION]): "Legen Sie die Beine hoch.",
        ("Notifications", "This was due at {time}."): "Das war um {time} fällig.",
        ("Notifications", "Done"): "Erledigt",
        ("Notifications", "No cramps"): "Keine Krämpfe",
        ("Notifications", "Snooze"): "Später erinnern",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.entries.get((context, source))  # None: not here, Qt falls back to the English

    def isEmpty(self):
        return False


def test_the_text_and_buttons_are_in_the_persons_language_and_time_format(qapp, reminders):
    elevation = first(reminders, ReminderKind.ELEVATION)  # 15:00
    catalogue = _German()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert QCoreApplication.installTranslator(catalogue)
    try:
        summary, body = notification_text(DueReminder(elevation, late=True))
        assert summary == "Beine hochlegen"
        # The language's words with the locale's clock (here 12-hour, to show it is the locale's).
        assert body.splitlines() == ["Legen Sie die Beine hoch.", "Das war um 3:00\u202fPM fällig."]
        assert button_labels(ReminderKind.ELEVATION) == ("Erledigt", "Später erinnern")
        assert button_labels(ReminderKind.MORNING_CHECK_IN) == ("Keine Krämpfe", "Später erinnern")
    finally:
        QCoreApplication.removeTranslator(catalogue)
        QLocale.setDefault(before)
    assert button_labels(ReminderKind.ELEVATION) == ("Done", "Snooze")
