"""Native desktop notifications on Linux (org.freedesktop.Notifications), answered from their buttons.

An extra beside the reminder window, never instead of it: a bubble can be hidden, late or switched off.
PySide6 cannot put a D-Bus uint32 (Notify's replaces_id) into a QDBusMessage: a Python int goes out as
int32 (or uint16 inside a QDBusArgument), and servers check the signature and refuse the call. A typed
QDBusInterface can, through QMetaObject.invokeMethod with Q_ARG("uint"), but it builds its types from the
server's introspection, where Notify's a{sv} hints carry no Qt type name and become an unusable raw type.
So we export the interface's shape ourselves first (NotificationsShape): QtDBus caches a meta-object per
interface name on a connection, and the interface to the real server then uses ours. The test against a
real server (dunst) guards this. Signals come to the connection that called Notify (dunst sends them to
that client alone), so calls and signals share one connection.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    ClassInfo,
    QCoreApplication,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from cvi_companion import DESKTOP_ID
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminder_schedule import Occurrence, in_quiet_hours
from cvi_companion.domain.reminders import KIND_ADVICE, KIND_LABELS, ReminderKind
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.storage.assets import APP_ICON, ResourceMissing, file_path

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "CVI Companion"
# Long enough to be seen on return to the desk; the reminder window stays regardless.
EXPIRE_MS = 2 * 60 * 1000
CALL_TIMEOUT_MS = 2000
_SHAPE_PATH = "/org/cvi_companion/NotificationsShape"
DONE, SNOOZE = "done", "snooze"


def quiet_now(reminders: ReminderService) -> bool:
    """Whether it is quiet hours now: no notification then (the reminder window alone speaks)."""
    return in_quiet_hours(reminders.clock.now_utc(), reminders.plan, reminders.clock.tz)


def notification_text(due: DueReminder) -> tuple[str, str]:
    """The summary and body of a reminder's notification, in the person's language.

    What to do, and when it was due if late (in the locale's short time format).
    """
    kind = due.occurrence.kind
    # The check-in's summary is its question already; its answers are the buttons.
    lines = (
        [] if kind is ReminderKind.MORNING_CHECK_IN else [QCoreApplication.translate("Reminders", KIND_ADVICE[kind])]
    )
    if due.late:
        local = due.occurrence.local
        locale = QLocale()
        clock = locale.toString(QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))
        lines.append(QCoreApplication.translate("Notifications", "This was due at {time}.").format(time=clock))
    return QCoreApplication.translate("Reminders", KIND_LABELS[kind]), "\n".join(lines)


def button_labels(kind: ReminderKind) -> tuple[str, str]:
    """The texts of a notification's two buttons: the main answer, and Snooze."""
    if kind is ReminderKind.MORNING_CHECK_IN:
        done = QCoreApplication.translate("Notifications", "No cramps")
    else:
        done = QCoreApplication.translate("Notifications", "Done")
    return done, QCoreApplication.translate("Notifications", "Snooze")


def notification_icon() -> str:
    """The app's icon as servers take it: a file URI when the icon is on disk, else the installed icon's name."""
    try:
        path = file_path(APP_ICON)
    except ResourceMissing:
        path = None
    return path.as_uri() if path is not None else DESKTOP_ID


@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class NotificationsShape(QObject):  # type: ignore[operator]
    """The typed shape of the interface, exported only so QtDBus learns the argument types (never called)."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802, D102
        self,
        app: str,
        replaces: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:  # noqa: N802, D102
        return None


def typed_interface(bus: QDBusConnection, parent: QObject) -> QDBusInterface:
    """An interface to the notification server whose methods take D-Bus uint32 arguments."""
    shape = NotificationsShape(parent)
    if bus.registerObject(_SHAPE_PATH, shape, QDBusConnection.RegisterOption.ExportAllSlots):
        QDBusInterface(bus.baseService(), _SHAPE_PATH, INTERFACE, bus).deleteLater()
        bus.unregisterObject(_SHAPE_PATH)
    interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, parent)
    interface.setTimeout(CALL_TIMEOUT_MS)
    return interface


class DesktopNotifications(QObject):
    """Sends one bubble at a time (each replaces the last) and routes its Done/Snooze to the ReminderService.

    `answered(Occurrence)` after a button was used, so the reminder window can let go of the same reminder;
    `sent(int)` with the server's id; `failed(str)` when the server refused or did not answer.
    """

    answered = Signal(object)
    sent = Signal(int)
    failed = Signal(str)

    def __init__(self, reminders: ReminderService, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._shown: dict[int, Occurrence] = {}
        self.current_id = 0
        self._icon = notification_icon()
        self._server = typed_interface(bus, self) if bus.isConnected() else None
        # The stubs say bytes, but PySide wants the SLOT() string at run time.
        self.listening = bool(
            bus.connect(SERVICE, PATH, INTERFACE, "ActionInvoked", self, SLOT("_on_action(uint,QString)"))  # type: ignore[call-overload]
            and bus.connect(SERVICE, PATH, INTERFACE, "NotificationClosed", self, SLOT("_on_closed(uint,uint)"))  # type: ignore[call-overload]
        )

    @classmethod
    def from_desktop(cls, reminders: ReminderService, parent: QObject | None = None) -> DesktopNotifications | None:
        """On Linux with a notification server on the session bus; otherwise None (use the tray's messages)."""
        if not sys.platform.startswith("linux"):
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        names = bus.interface()
        if not names.isServiceRegistered(SERVICE).value() and SERVICE not in (
            names.activatableServiceNames().value() or []
        ):
            return None
        return cls(reminders, bus, parent)

    # -- sending ------------------------------------------------------------------------------------------

    def notify(self, due: DueReminder) -> bool:
        """Show a bubble for a due reminder; False when nothing was shown (quiet hours, no server)."""
        if quiet_now(self._reminders) or self._server is None:
            return False
        summary, body = notification_text(due)
        done, snooze = button_labels(due.occurrence.kind)
        # A blocking call (at most CALL_TIMEOUT_MS): servers answer at once, and it happens a few times a day.
        notification_id = QMetaObject.invokeMethod(
            self._server,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", self.current_id),
            Q_ARG(str, self._icon),
            Q_ARG(str, summary),
            Q_ARG(str, body),
            Q_ARG("QStringList", [DONE, done, SNOOZE, snooze]),
            Q_ARG("QVariantMap", {"category": "x-cvi-companion.reminder", "desktop-entry": DESKTOP_ID}),
            Q_ARG(int, EXPIRE_MS),
        )
        error = self._server.lastError()
        if error.isValid() or not notification_id:
            self.failed.emit(error.message() or "the notification server gave no id")
            return False
        self._shown.pop(self.current_id, None)
        self.current_id = int(str(notification_id))
        self._shown[self.current_id] = due.occurrence
        self.sent.emit(self.current_id)
        return True

    def withdraw_if_showing(self, occurrence: Occurrence) -> None:
        """Close the bubble if it is about this occurrence (answered in the window meanwhile)."""
        showing = self._shown.get(self.current_id)
        if showing is not None and showing.key == occurrence.key:
            self.withdraw()

    def withdraw(self) -> None:
        """Close the bubble showing (the reminder was answered in the window)."""
        if self.current_id and self._server is not None:
            QMetaObject.invokeMethod(
                self._server, "CloseNotification", Qt.ConnectionType.DirectConnection, Q_ARG("uint", self.current_id)
            )

    # -- answers from the server ------------------------------------------------------------------------

    @Slot("uint", str)
    def _on_action(self, notification_id: int, action: str) -> None:
        occurrence = self._shown.get(notification_id)
        if occurrence is None:
            return  # another app's notification, or one already answered
        if action == DONE:
            if occurrence.kind is ReminderKind.MORNING_CHECK_IN:
                self._reminders.answer_check_in(occurrence, had_cramps=False)
            else:
                self._reminders.answer(occurrence, Outcome.DONE)
        elif action == SNOOZE:
            self._reminders.snooze(occurrence)
        else:
            return  # the body was clicked ("default"): the reminder window is already there
        del self._shown[notification_id]
        self.answered.emit(occurrence)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        self._shown.pop(notification_id, None)
        if notification_id == self.current_id:
            self.current_id = 0
