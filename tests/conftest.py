"""Shared test set-up: offscreen Qt, settings and data folders inside the test's temporary folder."""

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


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """One QApplication for the whole run, made before any test can make a bare QCoreApplication (the CLI's)."""
    return qapp


@pytest.fixture(autouse=True)
def _english_in_each_test(qapp):
    """Every test starts in English, whatever the machine's language or the previous test (the CLI's --lang nl)."""
    from desktop.i18n import install_translations

    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")
