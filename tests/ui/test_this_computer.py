"""Settings › On this computer…: keep in the tray, the notification's hour and start with my computer, saved to the
preferences and the autostart entry; off by default; a desktop without a tray greys out what needs one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QSystemTrayIcon
from support.dialogs import press

from desktop import autostart
from desktop.app import build_window
from desktop.preferences import KEEP_IN_TRAY, NOTIFY_AT, flag, notify_at
from desktop.ui.this_computer import ThisComputerDialog
from tests.ui.hand_clock import clock_on


@pytest.fixture(autouse=True)
def preferences_left_as_found(kept_preferences, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # autostart.py reads it on every call
    monkeypatch.setattr(autostart, "is_windows", lambda: False)
    kept_preferences.remove(KEEP_IN_TRAY)
    kept_preferences.remove(NOTIFY_AT)


@pytest.fixture
def has_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def test_off_by_default_then_saved(qtbot, has_tray):
    dialog = ThisComputerDialog()
    qtbot.addWidget(dialog)
    assert not dialog.keep_in_tray.isChecked()
    assert not dialog.start_with_computer.isChecked()
    assert dialog.notify.isChecked()  # the notification at 09:00 is on unless switched off
    assert dialog.notify_time.time() == QTime(9, 0)
    assert dialog.no_tray.isHidden()
    dialog.keep_in_tray.setChecked(True)
    dialog.notify_time.setTime(QTime(8, 15))
    dialog.start_with_computer.setChecked(True)
    press(dialog, QDialogButtonBox.StandardButton.Save)
    assert flag(KEEP_IN_TRAY)
    assert notify_at() == "08:15"
    assert autostart.entry_path().is_file()
    assert "Exec=" in autostart.entry_path().read_text(encoding="utf-8")

    again = ThisComputerDialog()
    qtbot.addWidget(again)
    assert again.keep_in_tray.isChecked()
    assert again.start_with_computer.isChecked()
    assert again.notify_time.time() == QTime(8, 15)
    again.notify.setChecked(False)
    assert not again.notify_time.isEnabled()
    again.start_with_computer.setChecked(False)
    again.save()
    assert notify_at() == ""
    assert not autostart.entry_path().exists()


def test_without_a_tray_what_needs_one_is_greyed_out(qtbot):
    dialog = ThisComputerDialog()  # the offscreen platform has no tray
    qtbot.addWidget(dialog)
    assert not dialog.keep_in_tray.isEnabled()
    assert not dialog.notify.isEnabled()
    assert dialog.start_with_computer.isEnabled()
    assert not dialog.no_tray.isHidden()


def test_an_entry_that_cannot_be_written_changes_nothing(qtbot, has_tray, tmp_path, monkeypatch, warnings):
    (tmp_path / "config").write_text("a file where the folder should be")
    dialog = ThisComputerDialog()
    qtbot.addWidget(dialog)
    dialog.keep_in_tray.setChecked(True)
    dialog.start_with_computer.setChecked(True)
    dialog.save()
    assert warnings
    assert warnings[0].startswith("Could not change what starts with this computer")
    assert not flag(KEEP_IN_TRAY)
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_settings_menu_opens_it_and_the_tray_takes_the_new_hour(qtbot, register, db_path, has_tray, person):
    window = build_window(register, db_path, clock_on(date(2026, 11, 28)))
    qtbot.addWidget(window)

    def choose_ten_at_night(dialog):
        dialog.notify_time.setTime(QTime(22, 0))
        dialog.save()

    person.will(ThisComputerDialog, choose_ten_at_night)
    window.this_computer_action.trigger()
    assert notify_at() == "22:00"
    assert window.tray.schedule.at.hour == 22
