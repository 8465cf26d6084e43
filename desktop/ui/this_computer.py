"""Settings › On this computer…: what the app does on this PC — stay in the tray when the window is closed, the
daily desktop notification, starting when the user logs in.

These belong to the person at this computer, not to the register: the first two live in the preferences
(desktop.preferences), the third is the autostart entry itself (desktop.autostart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import autostart
from desktop.models.notifications import parse_hour
from desktop.preferences import DEFAULT_NOTIFY_AT, KEEP_IN_TRAY, flag, notify_at, save_notify_at, set_flag

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ThisComputerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("On this computer"))
        has_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.keep_in_tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.keep_in_tray.setChecked(flag(KEEP_IN_TRAY))
        self.notify = QCheckBox(self.tr("&Notify me of what needs attention, on start and every day at"))
        hour = parse_hour(notify_at())
        self.notify.setChecked(hour is not None)
        shown = hour or parse_hour(DEFAULT_NOTIFY_AT)
        assert shown is not None
        self.notify_time = QTimeEdit(QTime(shown.hour, shown.minute))
        self.notify_time.setDisplayFormat("HH:mm")
        self.notify_time.setEnabled(self.notify.isChecked())
        self.notify.toggled.connect(self.notify_time.setEnabled)
        self.start_with_computer = QCheckBox(self.tr("&Start Social Calendar when I log in to this computer"))
        self.start_with_computer.setChecked(autostart.enabled())
        self.no_tray = QLabel(self.tr("This desktop has no system tray: closing the window quits Social Calendar, "
                                      "and the reminder shows as the banner in the window only."))
        self.no_tray.setWordWrap(True)
        self.no_tray.setVisible(not has_tray)
        for needs_tray in (self.keep_in_tray, self.notify, self.notify_time):
            needs_tray.setEnabled(needs_tray.isEnabled() and has_tray)
        about = QLabel(self.tr("These choices are for this computer only; the file and its other users are not "
                               "affected."))
        about.setWordWrap(True)
        when = QHBoxLayout()
        when.addWidget(self.notify)
        when.addWidget(self.notify_time)
        when.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.keep_in_tray)
        layout.addLayout(when)
        layout.addWidget(self.start_with_computer)
        layout.addWidget(self.no_tray)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def save(self) -> None:
        wanted = self.start_with_computer.isChecked()
        if wanted != autostart.enabled():
            try:
                if wanted:
                    autostart.enable(self.tr("Social Calendar"),
                                     self.tr("Reminders of birthdays and jubilea that need a plan"))
                else:
                    autostart.disable()
            except OSError as exc:
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "Could not change what starts with this computer: {reason}. Nothing was changed.").format(
                        reason=exc.strerror or str(exc)))
                return
        set_flag(KEEP_IN_TRAY, self.keep_in_tray.isChecked())
        save_notify_at(self.notify_time.time().toString("HH:mm") if self.notify.isChecked() else "")
        self.accept()


def edit_this_computer(window: MainWindow) -> None:
    dialog = ThisComputerDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.tray.preferences_changed()
    dialog.deleteLater()
