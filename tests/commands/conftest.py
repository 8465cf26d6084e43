"""The command line's tests (translated messages, PDFs) need Qt: each runs with the one QApplication, in English."""

import pytest


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt
