"""Shared test set-up: settings and data folders inside the test's temporary folder, offscreen Qt for the folders
that test Qt. Nothing here imports Qt: the rule tests run without it."""

from __future__ import annotations

import os
import tempfile
from datetime import date

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# QSettings fixes its folder on first use, so point it at a temporary folder before anything touches Qt.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="social-calendar-test-config-")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may land in the real home folder: settings, data and config go to a temp dir."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"),
                          ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / sub))


@pytest.fixture
def today() -> date:
    return date(2026, 11, 28)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "calendar.sqlite"


@pytest.fixture
def register(db_path):
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    db = open_database(db_path)
    yield Register(db)
    db.close()


@pytest.fixture
def english_qt(qapp):
    """The one QApplication, in English: what every Qt test starts from, whatever the machine's language or the
    previous test (the CLI's --lang nl). Each folder that tests Qt asks for it in its own conftest.py; the rule
    tests (tests/models, tests/store) never do, so they run without Qt at all (tests/test_rules_without_qt.py).

    pytest-qt's `qapp` is session-wide: the first Qt test, whichever folder it is in, makes the real QApplication
    before the CLI's code can make a bare QCoreApplication (after which no QApplication can be made)."""
    from desktop.i18n import install_translations

    install_translations(qapp, "en")
    yield qapp
    install_translations(qapp, "en")
