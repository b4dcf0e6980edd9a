"""The Settings dialog: start at login, notifications, quiet hours, appearance, night dimming."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QTimeEdit, QWidget

from cvi_companion.domain.settings import TEXT_SCALES, Appearance
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.autostart import XdgAutostart, autostart_for_this_system
from cvi_companion.storage.errors import ReadOnly
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.ui import settings_dialog as module
from cvi_companion.ui.appearance import Look, dark_palette
from cvi_companion.ui.night_style import is_dim
from cvi_companion.ui.reminders_tab import RemindersTab
from cvi_companion.ui.settings_dialog import SettingsDialog, language_name, open_settings_dialog

COMMAND = ("/home/a b/bin/cvi-companion",)


class FakeAutostart:
    location = "/fake/autostart/cvi-companion.desktop"

    def __init__(self, enabled=False, fail=False):
        self.enabled = enabled
        self.fail = fail
        self.calls = []

    def enable(self, command):
        if self.fail:
            raise ReadOnly("Could not switch on start at login: permission denied.")
        self.calls.append(("enable", tuple(command)))
        self.enabled = True

    def disable(self):
        self.calls.append(("disable",))
        self.enabled = False

    def is_enabled(self):
        return self.enabled


@pytest.fixture(autouse=True)
def restored_look(qapp):
    """The dialog shows light/dark and text size live, for the whole app: put the test app's back after."""
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield
    for look in qapp.findChildren(Look):
        look.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def autostart():
    return FakeAutostart()


@pytest.fixture
def dialog(qtbot, settings_service, app_paths, autostart):
    widget = SettingsDialog(settings_service, app_paths, autostart, COMMAND)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def saved(app_paths):
    return SettingsService(SettingsStore(app_paths.settings_path)).settings


def test_it_shows_the_current_settings(dialog, app_paths, settings_service):
    current = settings_service.settings
    assert dialog.data_folder.text() == str(app_paths.data_dir)
    assert dialog.data_folder.isReadOnly()
    assert not dialog.start_at_login.isChecked()
    assert dialog.notifications.isChecked()
    assert dialog.appearance.currentData() == "system"
    assert dialog.quiet_starts.time().hour() == current.reminders.quiet_starts.hour
    assert dialog.night_starts.time().toString("HH:mm") == "22:00"


def test_ticking_start_at_login_enables_it_with_the_command(qtbot, dialog, autostart):
    dialog.start_at_login.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert autostart.calls == [("enable", COMMAND)]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_without_a_given_command_this_installations_command_is_used(qtbot, settings_service, app_paths, monkeypatch):
    monkeypatch.setattr(module, "current_command", lambda: ("/usr/bin/python3", "-m", "cvi_companion"))
    fake = FakeAutostart()
    widget = SettingsDialog(settings_service, app_paths, fake)
    qtbot.addWidget(widget)
    widget.start_at_login.setChecked(True)
    assert widget.save()
    assert fake.calls == [("enable", ("/usr/bin/python3", "-m", "cvi_companion"))]


def test_unticking_start_at_login_disables_it(qtbot, settings_service, app_paths):
    fake = FakeAutostart(enabled=True)
    widget = SettingsDialog(settings_service, app_paths, fake, COMMAND)
    qtbot.addWidget(widget)
    assert widget.start_at_login.isChecked()
    widget.start_at_login.setChecked(False)
    assert widget.save()
    assert fake.calls == [("disable",)]


def test_an_unchanged_box_leaves_the_entry_alone(dialog, autostart):
    assert dialog.save()
    assert autostart.calls == []


def test_the_real_entry_is_written_in_the_test_home(qtbot, settings_service, app_paths):
    entry = autostart_for_this_system()
    assert isinstance(entry, XdgAutostart)
    widget = SettingsDialog(settings_service, app_paths, entry, COMMAND)
    qtbot.addWidget(widget)
    try:
        widget.start_at_login.setChecked(True)
        assert widget.save()
        assert entry.is_enabled()
        assert 'Exec="/home/a b/bin/cvi-companion" --background' in entry.path.read_text()
    finally:
        entry.disable()


def test_saving_quiet_hours_updates_the_plan_and_the_reminders_tab(
    qtbot, dialog, app_paths, settings_service, db, berlin, fake_time
):
    reminders = ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))
    tab = RemindersTab(reminders, settings_service)
    qtbot.addWidget(tab)
    dialog.quiet_starts.setTime(dialog.quiet_starts.time().fromString("21:15", "HH:mm"))
    dialog.quiet_ends.setTime(dialog.quiet_ends.time().fromString("06:45", "HH:mm"))
    assert dialog.save()
    plan = saved(app_paths).reminders
    assert (plan.quiet_starts, plan.quiet_ends) == (time(21, 15), time(6, 45))
    assert reminders.plan.quiet_starts == time(21, 15)
    # The tab shows them too, so saving the tab later keeps them.
    assert tab.quiet_starts.time().toString("HH:mm") == "21:15"
    assert tab.save()
    assert saved(app_paths).reminders.quiet_ends == time(6, 45)


def test_notifications_appearance_and_night_are_saved(dialog, app_paths):
    dialog.notifications.setChecked(False)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.night_starts.setTime(dialog.night_starts.time().fromString("23:30", "HH:mm"))
    dialog.night_ends.setTime(dialog.night_ends.time().fromString("06:00", "HH:mm"))
    assert dialog.save()
    settings = saved(app_paths)
    assert settings.notifications is False
    assert settings.appearance is Appearance.DARK
    assert (settings.night_starts, settings.night_ends) == (time(23, 30), time(6, 0))
    raw = json.loads(Path(app_paths.settings_path).read_text())
    assert raw["appearance"] == "dark"


def test_an_empty_night_is_refused_in_the_dialog(dialog, app_paths, autostart):
    dialog.night_ends.setTime(dialog.night_starts.time())
    dialog.start_at_login.setChecked(True)
    assert not dialog.save()
    assert "cannot start and end at the same time" in dialog.status.text()
    assert not Path(app_paths.settings_path).exists()
    assert autostart.calls == []
    assert dialog.isVisible()


def test_a_settings_file_that_cannot_be_written_is_reported(qtbot, app_paths, autostart):
    Path(app_paths.settings_path).write_text(json.dumps({"version": 99}))
    service = SettingsService(SettingsStore(app_paths.settings_path))
    widget = SettingsDialog(service, app_paths, autostart, COMMAND)
    qtbot.addWidget(widget)
    widget.notifications.setChecked(False)
    assert not widget.save()
    assert widget.status.text().startswith("Nothing saved: ")
    assert "newer version" in widget.status.text()


def test_an_autostart_failure_is_reported_and_the_box_stays(qtbot, settings_service, app_paths):
    fake = FakeAutostart(fail=True)
    widget = SettingsDialog(settings_service, app_paths, fake, COMMAND)
    qtbot.addWidget(widget)
    widget.show()
    widget.start_at_login.setChecked(True)
    assert not widget.save()
    assert "start at login was not changed" in widget.status.text()
    assert "permission denied" in widget.status.text()
    assert widget.isVisible()


def test_open_folder_opens_the_data_folder(qtbot, dialog, app_paths, monkeypatch):
    opened = []

    def open_url(url):
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(app_paths.data_dir)]


def test_every_control_has_a_name_and_is_reached_with_tab(dialog):
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit | QTimeEdit) and w.isVisibleTo(dialog)
    ]
    controls = [w for w in controls if not isinstance(w.parent(), QTimeEdit | QComboBox)]
    assert len(controls) >= 13
    for widget in controls:
        assert widget.accessibleName(), widget
    reached = set()
    widget = dialog.nextInFocusChain()
    for _ in range(200):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            reached.add(widget)
        widget = widget.nextInFocusChain()
    missing = [w for w in controls if w not in reached]
    assert not missing


def test_enter_saves_and_escape_cancels(qtbot, settings_service, app_paths):
    fake = FakeAutostart()
    widget = SettingsDialog(settings_service, app_paths, fake, COMMAND)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.start_at_login.setChecked(True)
    widget.start_at_login.setFocus()
    qtbot.keyClick(widget.start_at_login, Qt.Key.Key_Return)
    assert fake.calls == [("enable", COMMAND)]
    other = SettingsDialog(settings_service, app_paths, fake, COMMAND)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.notifications.setChecked(False)
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible()
    assert settings_service.settings.notifications is True


def test_open_settings_dialog_opens_a_window_modal_dialog(qtbot, settings_service, app_paths, autostart):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shown = open_settings_dialog(parent, settings_service, app_paths, autostart)
    assert shown.isVisible()
    assert shown.windowModality() == Qt.WindowModality.WindowModal
    assert shown.parent() is parent
    shown.reject()


def test_a_screenshot_of_the_dialog(qtbot, dialog, tmp_path):
    dialog.adjustSize()
    image = dialog.grab().toImage()
    assert image.width() >= 400
    assert image.height() >= 300
    assert image.save(str(tmp_path / "settings-dialog.png"))


def system_size() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def test_larger_text_offers_the_sizes_in_percent(dialog):
    combo = dialog.text_scale
    assert [combo.itemData(i) for i in range(combo.count())] == list(TEXT_SCALES)
    assert combo.itemText(0) == "100% (normal size)"
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["125%", "150%", "175%", "200%"]
    assert combo.currentData() == 100


def test_appearance_and_text_size_show_at_once_and_cancel_puts_them_back(qtbot, dialog, qapp, settings_service):
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    assert qapp.palette().color(QPalette.ColorRole.Window) == dark_palette().color(QPalette.ColorRole.Window)
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(200))
    assert qapp.font().pointSizeF() == pytest.approx(system_size() * 2)
    qtbot.waitUntil(lambda: dialog.save_button.font().pointSizeF() == pytest.approx(system_size() * 2))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not is_dim(qapp.palette())
    assert qapp.font().pointSizeF() == pytest.approx(system_size())
    assert settings_service.settings.text_scale == 100


def test_saved_look_stays_after_closing(dialog, qapp, app_paths):
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(150))
    assert dialog.save()
    assert is_dim(qapp.palette())
    assert qapp.font().pointSizeF() == pytest.approx(system_size() * 1.5)
    assert saved(app_paths).text_scale == 150
    assert json.loads(Path(app_paths.settings_path).read_text())["text_scale"] == 150


def test_the_language_list_names_each_language_in_itself(qtbot, settings_service, app_paths, autostart, monkeypatch):
    monkeypatch.setattr(module, "available_languages", lambda: ["en", "de", "pt_BR"])
    widget = SettingsDialog(settings_service, app_paths, autostart, COMMAND)
    qtbot.addWidget(widget)
    combo = widget.language
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert shown == [("Follow the system", ""), ("English", "en"), ("Deutsch", "de"), ("Português (Brasil)", "pt_BR")]
    assert combo.currentData() == ""
    assert "next start" in widget.language_note.text()
    combo.setCurrentIndex(combo.findData("de"))
    assert widget.save()
    assert saved(app_paths).language == "de"


def test_a_chosen_language_without_its_catalogue_is_kept(qtbot, app_paths, autostart, monkeypatch):
    monkeypatch.setattr(module, "available_languages", lambda: ["en"])
    Path(app_paths.settings_path).write_text(json.dumps({"version": 1, "language": "fr"}))
    service = SettingsService(SettingsStore(app_paths.settings_path))
    widget = SettingsDialog(service, app_paths, autostart, COMMAND)
    qtbot.addWidget(widget)
    assert widget.language.currentData() == "fr"
    assert widget.language.currentText() == "Français"
    assert widget.save()
    assert saved(app_paths).language == "fr"


def test_language_names():
    assert language_name("de") == "Deutsch"
    assert language_name("en") == "English"
    assert language_name("fr") == "Français"


def test_the_new_controls_have_labels_with_mnemonics(dialog):
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert buddies[dialog.appearance] == "&Appearance"
    assert buddies[dialog.text_scale] == "Larger &text"
    assert buddies[dialog.language] == "Lan&guage"
    mnemonics = [text[text.index("&") + 1].lower() for text in buddies.values()]
    mnemonics += [
        w.text()[w.text().index("&") + 1].lower()
        for w in dialog.findChildren(QAbstractButton)
        if "&" in w.text() and w.isVisibleTo(dialog)
    ]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    for combo in (dialog.appearance, dialog.text_scale, dialog.language):
        assert combo.accessibleName()
