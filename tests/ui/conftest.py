"""The window's tests need Qt: each test runs with the one QApplication, in English. `person` answers the
dialogs a test expects through the real dialogs (tests/support/dialogs.py)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support.dialogs import Person


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt


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
