"""The tray: the icon with the home view's count and its menu, desktop notifications on start and at the chosen
hour (once a day), and staying in the tray on close when chosen — said once — while Quit really quits.

The window, its clock and the controller are the real ones; where the offscreen platform has no tray, the test
says the desktop has one (QSystemTrayIcon.isSystemTrayAvailable) and the icon is built as on a real desktop.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from support.dialogs import noting

from desktop.app import build_window
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.preferences import KEEP_IN_TRAY, NOTIFY_AT, TRAY_TOLD, settings
from desktop.store import lock
from desktop.ui.clock import Clock
from desktop.ui.commands import AddColleague
from tests.ui.hand_clock import HandTime

TODAY = date(2026, 11, 28)  # a Saturday; Dirk turns 50 on 5 December, Tessa on 10 December: no plan yet


@pytest.fixture(autouse=True)
def preferences_left_as_found(kept_preferences):
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def has_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


@pytest.fixture
def register_with_fiftieths(register):
    register.add_many([
        Colleague(None, "Dirk", "", "Dekker", "dirk@example.nl", None, PartialDate(12, 5, 1976)),
        Colleague(None, "Tessa", "", "Terpstra", "tessa@example.nl", None, PartialDate(12, 10, 1976)),
        Colleague(None, "Sam", "", "Smit", "sam@example.nl", None, PartialDate(12, 8, 1990)),
    ])
    return register


def open_window(qtbot, register, db_path, moment: datetime):
    hand = HandTime(moment)
    window = build_window(register, db_path, Clock(hand))
    qtbot.addWidget(window)
    notes: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, text: notes.append((title, text)))
    window.show()
    return window, hand, notes


def menu_texts(window) -> list[str]:
    return [action.text() for action in window.tray.menu.actions() if not action.isSeparator()]


def test_the_icon_shows_the_home_views_count_and_follows_data_and_day(qtbot, register_with_fiftieths, db_path,
                                                                       has_tray):
    window, hand, _ = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 12, 0))
    tray = window.tray
    assert tray.icon is not None
    assert tray.icon.isVisible()
    assert tray.count() == len(window.pages.coming_up.coming_up().attention) == 2
    assert tray.icon.toolTip() == "Social Calendar: 2 occasions need a plan"
    assert menu_texts(window) == ["&Open Social Calendar", "Dirk Dekker 50 years — Abraham/Sarah (Sat 5 Dec)",
                                  "Tessa Terpstra 50 years — Abraham/Sarah (Thu 10 Dec)", "&Quit"]
    # New data: a third fiftieth, added as a person would; the icon follows once the home view has it.
    window.workspace.push(AddColleague(window.workspace, Colleague(
        None, "Lotte", "de", "Lange", "lotte@example.nl", None, PartialDate(12, 1, 1976))))
    qtbot.waitUntil(lambda: tray.count() == 3)
    assert tray.icon.toolTip() == "Social Calendar: 3 occasions need a plan"
    assert menu_texts(window)[1] == "Lotte de Lange 50 years — Abraham/Sarah (Tue 1 Dec)"
    # A new day: after 10 December no fiftieth is ahead any more.
    hand.go_to(datetime(2026, 12, 11, 8, 0))
    assert window.clock.check()
    assert tray.count() == 0
    assert tray.icon.toolTip() == "Social Calendar: nothing needs your attention"
    assert menu_texts(window) == ["&Open Social Calendar", "Nothing needs your attention", "&Quit"]
    assert not [a for a in tray.attention_actions if a.isEnabled()]


def test_without_a_tray_the_count_and_notifications_still_work_and_closing_quits(qtbot, register_with_fiftieths,
                                                                                  db_path):
    settings().setValue(KEEP_IN_TRAY, True)
    window, _, notes = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 8, 0))
    assert window.tray.icon is None  # the offscreen platform has no tray
    assert window.tray.count() == 2
    assert window.tray.tooltip() == "Social Calendar: 2 occasions need a plan"
    qtbot.waitUntil(lambda: notes != [])
    assert notes == [("Social Calendar", "2 occasions need a plan: Dirk Dekker 50 years — Abraham/Sarah (Sat 5 Dec), "
                                         "Tessa Terpstra 50 years — Abraham/Sarah (Thu 10 Dec)")]
    assert window.close()  # nothing to bring it back from: closing quits, keep-in-tray or not
    assert not lock.lock_path(db_path).exists()


def test_notifications_on_start_and_once_a_day_at_the_hour(qtbot, register_with_fiftieths, db_path, has_tray,
                                                           monkeypatch):
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *args: shown.append(text))
    settings().setValue(NOTIFY_AT, "09:00")
    window, hand, notes = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 8, 0))
    qtbot.waitUntil(lambda: len(notes) == 1)  # on start
    assert shown == [notes[0][1]]
    tray = window.tray
    hand.go_to(datetime(2026, 11, 28, 8, 59))
    assert not tray.check_hour()
    hand.go_to(datetime(2026, 11, 28, 9, 0))
    assert tray.check_hour()
    for minute in (1, 2, 30):  # the minute's checks after it say nothing again
        hand.go_to(datetime(2026, 11, 28, 9, minute))
        assert not tray.check_hour()
    assert len(notes) == 2
    hand.go_to(datetime(2026, 11, 29, 14, 0))  # the next day, the computer woken after the hour: once, late
    window.clock.check()
    assert tray.check_hour()
    assert not tray.check_hour()
    assert len(notes) == len(shown) == 3
    hand.go_to(datetime(2026, 12, 11, 9, 0))  # nothing needs attention: nothing to say
    window.clock.check()
    assert not tray.check_hour()
    assert len(notes) == 3


def test_a_start_after_the_hour_is_that_days_notification(qtbot, register_with_fiftieths, db_path):
    settings().setValue(NOTIFY_AT, "09:00")
    window, hand, notes = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 10, 15))
    qtbot.waitUntil(lambda: len(notes) == 1)
    assert not window.tray.check_hour()
    settings().setValue(NOTIFY_AT, "")  # Settings › On this computer…: no notifications
    window.tray.preferences_changed()
    hand.go_to(datetime(2026, 11, 29, 9, 0))
    assert not window.tray.check_hour()
    assert len(notes) == 1


def test_no_notification_when_the_user_wants_none(qtbot, register_with_fiftieths, db_path):
    settings().setValue(NOTIFY_AT, "")
    window, _, notes = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 8, 0))
    qtbot.wait(50)
    assert notes == []


def test_closing_keeps_it_in_the_tray_said_once_and_quit_really_quits(qtbot, register_with_fiftieths, db_path,
                                                                      has_tray, person):
    settings().setValue(KEEP_IN_TRAY, True)
    window, _, _ = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 12, 0))
    asked: list[str] = []
    person.will(QMessageBox, noting(asked, QMessageBox.StandardButton.Ok))
    assert not window.close()  # the close is refused: the window only hides
    assert window.isHidden()
    assert len(asked) == 1
    assert asked[0].startswith("Social Calendar keeps running in the tray")
    assert lock.lock_path(db_path).exists()  # the file is still open
    window.tray.open_window()
    assert window.isVisible()
    assert not window.close()  # the second time without a word (the person expects no second message box)
    assert window.isHidden()
    ended = []
    window.tray.quit_app = lambda: ended.append(True)
    assert window.tray.quit()  # the tray's Quit: the normal close, then the app ends
    assert ended == [True]
    assert not lock.lock_path(db_path).exists()  # the workspace closed its file
    assert not window.tray.icon.isVisible()


def test_file_quit_quits_even_when_closing_keeps_it_in_the_tray(qtbot, register_with_fiftieths, db_path, has_tray):
    settings().setValue(KEEP_IN_TRAY, True)
    settings().setValue(TRAY_TOLD, True)
    window, _, _ = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 12, 0))
    window.quit_action.trigger()
    assert window.isHidden()
    assert not lock.lock_path(db_path).exists()
    assert QApplication.quitOnLastWindowClosed()  # the visible window closing ends the app as it always did


def test_closing_quits_by_default(qtbot, register_with_fiftieths, db_path, has_tray):
    window, _, _ = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 12, 0))
    assert window.close()
    assert not lock.lock_path(db_path).exists()


def test_the_session_ending_closes_a_window_hidden_in_the_tray_properly(qtbot, register_with_fiftieths, db_path,
                                                                         has_tray):
    settings().setValue(KEEP_IN_TRAY, True)
    settings().setValue(TRAY_TOLD, True)
    window, _, _ = open_window(qtbot, register_with_fiftieths, db_path, datetime(2026, 11, 28, 12, 0))
    assert not window.close()
    assert lock.lock_path(db_path).exists()
    QApplication.instance().aboutToQuit.emit()  # logging out: Qt ends the app without closing hidden windows
    assert not lock.lock_path(db_path).exists()


def test_a_notification_names_nobody_who_asked_for_no_fuss(qtbot, register, db_path):
    """A notification shows on a lock screen or a shared screen: a quiet colleague is counted, never named."""
    from desktop.models.colleague import Celebrate

    register.add_many([
        Colleague(None, "Dirk", "", "Dekker", "dirk@example.nl", None, PartialDate(12, 5, 1976)),
        Colleague(None, "Quinten", "", "Stil", "q@example.nl", None, PartialDate(12, 6, 1976),
                  celebrate=Celebrate.QUIET),
    ])
    window, _hand, notes = open_window(qtbot, register, db_path, datetime(2026, 11, 28, 10, 15))
    qtbot.waitUntil(lambda: len(notes) == 1)
    text = notes[0][1]
    assert "Dirk Dekker" in text
    assert "Quinten" not in text
    assert "Stil" not in text
    assert "and 1 more" in text
    assert "Quinten Stil" in window.pages.banner.text()  # the manager's own window names them
