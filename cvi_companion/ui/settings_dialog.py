"""Settings: where the data lives, start at login, notifications, quiet hours, appearance, night dimming.

Everything is saved on Save: the settings through the SettingsService (whose change signal reaches the
reminders and the Reminders tab), start at login through the platform's autostart entry. Quiet hours are
the same plan fields the Reminders tab edits. Light/dark and larger text show at once, so the person sees
what they pick; Cancel (or Esc) puts the saved look back. A new language is used from the next start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.settings import TEXT_SCALES, Appearance
from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.autostart import Autostart, current_command
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.paths import AppPaths
from cvi_companion.storage.translation_files import SOURCE_LANGUAGE, available_languages
from cvi_companion.ui.appearance import apply_appearance
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.fit import ScrollBody
from cvi_companion.ui.i18n import label
from cvi_companion.ui.night_style import error_colour

APPEARANCE_LABELS = {
    Appearance.SYSTEM: QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    Appearance.LIGHT: QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    Appearance.DARK: QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch", "Português (Brasil)"), as people look for their own."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if code == SOURCE_LANGUAGE:
        # QLocale("en") would say "American English"; the app's English is not tied to one country.
        return "English"
    name = locale.nativeLanguageName()
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SettingsDialog(QDialog):
    """Edit the app-wide settings; Save applies them, problems are shown in the dialog."""

    def __init__(
        self,
        settings: SettingsService,
        paths: AppPaths,
        autostart: Autostart,
        command: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._paths = paths
        self._autostart = autostart
        # Decided when needed, not here: finding the launcher looks at the disk.
        self._command = tuple(command) if command is not None else None
        current = settings.settings

        # -- your data
        self.data_folder = QLineEdit(str(paths.data_dir), self)
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setMinimumWidth(360)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder_button)
        data_box = QGroupBox(self.tr("Your data"), self)
        data_form = QFormLayout(data_box)
        data_form.addRow(self._label(self.tr("&Data folder"), self.data_folder), folder_row)

        # -- start and notifications
        self.start_at_login = QCheckBox(self.tr("Start at &login, in the background"), self)
        self.start_at_login.setAccessibleName(self.tr("Start at login"))
        self.start_at_login.setToolTip(self.tr("Written to {path}").format(path=autostart.location))
        self._was_enabled = autostart.is_enabled()
        self.start_at_login.setChecked(self._was_enabled)
        self.notifications = QCheckBox(self.tr("Show desktop &notifications for reminders"), self)
        self.notifications.setAccessibleName(self.tr("Desktop notifications"))
        self.notifications.setChecked(current.notifications)
        note = QLabel(self.tr("The reminder window still opens when notifications are off."), self)
        note.setWordWrap(True)
        start_box = QGroupBox(self.tr("Starting and notifications"), self)
        start_layout = QVBoxLayout(start_box)
        for widget in (self.start_at_login, self.notifications, note):
            start_layout.addWidget(widget)

        # -- quiet hours and night
        self.quiet_starts = self._time_edit(current.reminders.quiet_starts, self.tr("Quiet hours start"))
        self.quiet_ends = self._time_edit(current.reminders.quiet_ends, self.tr("Quiet hours end"))
        self.night_starts = self._time_edit(current.night_starts, self.tr("Night dimming starts"))
        self.night_ends = self._time_edit(current.night_ends, self.tr("Night dimming ends"))
        look_box = QGroupBox(self.tr("Quiet hours and night"), self)
        look_form = QFormLayout(look_box)
        look_form.addRow(
            self._label(self.tr("&Quiet hours (no walking breaks)"), self.quiet_starts),
            self._span(self.quiet_starts, self.quiet_ends),
        )
        look_form.addRow(
            self._label(self.tr("Dim the &window at night"), self.night_starts),
            self._span(self.night_starts, self.night_ends),
        )

        # -- appearance, text size and language
        self._saved_look = (current.appearance, current.text_scale)
        self._previewed = False
        self.appearance = QComboBox(self)
        for value, text in APPEARANCE_LABELS.items():
            self.appearance.addItem(label("SettingsDialog", text), value.value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(current.appearance.value)))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self.appearance.setAccessibleDescription(
            self.tr("Light or dark. The window is still dimmed at night. Shown at once; Cancel puts it back.")
        )
        self.text_scale = QComboBox(self)
        locale = QLocale()
        for scale in TEXT_SCALES:
            number = locale.toString(scale)
            if scale == 100:
                text = self.tr("{number}% (normal size)").format(number=number)
            else:
                text = self.tr("{number}%").format(number=number)
            self.text_scale.addItem(text, scale)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(current.text_scale)))
        self.text_scale.setAccessibleName(self.tr("Larger text"))
        self.text_scale.setAccessibleDescription(
            self.tr("The size of all text in the app. Shown at once; Cancel puts it back.")
        )
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        codes = available_languages()
        if current.language and current.language not in codes:
            codes.append(current.language)  # chosen before its catalogue went missing: keep the choice
        for code in codes:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("A new language is used from the next start of the app."), self)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language.setAccessibleDescription(self.language_note.text())
        appearance_box = QGroupBox(self.tr("Appearance and language"), self)
        appearance_form = QFormLayout(appearance_box)
        appearance_form.addRow(self._label(self.tr("&Appearance"), self.appearance), self.appearance)
        appearance_form.addRow(self._label(self.tr("Larger &text"), self.text_scale), self.text_scale)
        appearance_form.addRow(self._label(self.tr("Lan&guage"), self.language), self.language)
        appearance_form.addRow(self.language_note)
        self.appearance.currentIndexChanged.connect(self._preview)
        self.text_scale.currentIndexChanged.connect(self._preview)

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without saving"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        # The boxes scroll on a small screen (large text); the status and Save stay below them, in reach.
        body = QWidget(self)
        boxes = QVBoxLayout(body)
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in (data_box, start_box, look_box, appearance_box):
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.body = ScrollBody(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _time_edit(self, value: time, name: str) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value), self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def _span(self, starts: QTimeEdit, ends: QTimeEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(starts)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(ends)
        row.addStretch(1)
        return row

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setStyleSheet(f"color: {error_colour(self.palette())};" if problem else "")
        self.status.setText(text)

    def _chosen_look(self) -> tuple[Appearance, int]:
        return Appearance(self.appearance.currentData()), int(self.text_scale.currentData())

    def _preview(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, *self._chosen_look())
            self._previewed = True

    def reject(self) -> None:
        """Close without saving, putting back the look that was shown before."""
        app = QApplication.instance()
        if self._previewed and isinstance(app, QApplication):
            apply_appearance(app, *self._saved_look)
            self._previewed = False
        super().reject()

    def open_folder(self) -> None:
        """Show the data folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))

    def save(self) -> bool:
        """Save the settings, then switch start at login on or off; close only if both worked."""
        night_starts, night_ends = _time(self.night_starts.time()), _time(self.night_ends.time())
        if night_starts == night_ends:
            self._say(self.tr("Nothing saved: the night cannot start and end at the same time."), problem=True)
            self.night_starts.setFocus()
            return False
        current = self._settings.settings
        plan = replace(
            current.reminders, quiet_starts=_time(self.quiet_starts.time()), quiet_ends=_time(self.quiet_ends.time())
        )
        chosen = replace(
            current,
            reminders=plan,
            night_starts=night_starts,
            night_ends=night_ends,
            notifications=self.notifications.isChecked(),
            appearance=Appearance(self.appearance.currentData()),
            text_scale=int(self.text_scale.currentData()),
            language=str(self.language.currentData()),
        )
        if chosen != current:
            try:
                self._settings.save(chosen)
            except StorageError as error:
                self._say(self.tr("Nothing saved: {problem}").format(problem=error_text(error)), problem=True)
                return False
        wanted = self.start_at_login.isChecked()
        if wanted != self._was_enabled:
            try:
                if wanted:
                    self._autostart.enable(self._command or current_command())
                else:
                    self._autostart.disable()
            except (StorageError, ValueError) as error:
                self._saved_look = (chosen.appearance, chosen.text_scale)
                self._say(
                    self.tr("Settings saved, but start at login was not changed: {problem}").format(
                        problem=error_text(error)
                    ),
                    problem=True,
                )
                return False
            self._was_enabled = wanted
        self._saved_look = (chosen.appearance, chosen.text_scale)
        self._say(self.tr("Saved."))
        self.accept()
        return True


def open_settings_dialog(
    parent: QWidget | None,
    settings_service: SettingsService,
    paths: AppPaths,
    autostart: Autostart,
    command: Sequence[str] | None = None,
) -> SettingsDialog:
    """Open the Settings dialog over `parent` (window-modal, not blocking the event loop) and return it."""
    dialog = SettingsDialog(settings_service, paths, autostart, command, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
