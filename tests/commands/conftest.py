"""The command line's tests (translated messages, PDFs) need Qt: each runs with the one QApplication, in English."""

import pytest

from tests.support.smtp import memory_keyring, smtp_server  # noqa: F401 - the mail tests' fixtures


@pytest.fixture(autouse=True)
def _english_qt(english_qt):
    return english_qt
