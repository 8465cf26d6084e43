"""The window's tests need Qt: each test runs with the one QApplication, in English. `person` answers the
dialogs a test expects through the real dialogs (tests/support/dialogs.py)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support.dialogs import Person

from desktop.preferences import settings


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt


@pytest.fixture(autouse=True)
def _a_fresh_pc():
    """Each window test starts on a PC where the app has not run: no recent files, no window layout, no
    chosen language. (Qt keeps one settings file for the whole run, whatever HOME a test sets.)"""
    settings().clear()
    yield
    settings().clear()


@pytest.fixture
def person(english_qt):
    someone = Person()
    yield someone
    someone.finish()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The warnings the window shows, in order (the message box itself stands in for the screen)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *args: shown.append(message))
    return shown


@pytest.fixture
def qt_dialogs(qapp):
    """Qt's own file dialog (the one offscreen Qt shows anyway), whose file name field a test can type into."""
    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


@pytest.fixture
def kept_preferences():
    """The test changes this computer's preferences (language, recent files, window layout, the tray) as a person
    would; later tests get them back as they were."""
    store = settings()
    before = {key: store.value(key) for key in store.allKeys()}
    yield store
    store.clear()
    for key, value in before.items():
        store.setValue(key, value)
    store.sync()
