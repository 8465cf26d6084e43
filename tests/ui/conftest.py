"""The window's tests need Qt: each test runs with the one QApplication, in English. `person` answers the
dialogs a test expects through the real dialogs (tests/support/dialogs.py)."""

import pytest
from support.dialogs import Person


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt


@pytest.fixture
def person(english_qt):
    someone = Person()
    yield someone
    someone.finish()
