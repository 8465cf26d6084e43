"""The printed pages (Qt paints them) need Qt: each test runs with the one QApplication, in English."""

import pytest


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt
