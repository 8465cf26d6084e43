"""A wheel that works: built from a clean copy of the sources (no compiled translations in it), installed into a
fresh virtual environment, the app speaks Dutch and English because the build compiled the catalogues into it.

The fresh environment gets the wheel only (`--no-deps`: no network here); the third-party packages come from the
test's own environment through a .pth file, placed after the fresh site-packages so that `desktop` and its
metadata can only come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
                                  ".hypothesis", "*.qm", "*.sqlite", "tests", "bench")
ENGLISH_PLURAL = """
from PySide6.QtCore import QCoreApplication
from desktop.i18n import TRANSLATIONS_DIR, install_translations
app = QCoreApplication([])
install_translations(app, "en")
print(TRANSLATIONS_DIR)
print(QCoreApplication.translate("ColleagueTableModel", "In %n day(s)", "", 1))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The `bin` folder of a fresh venv holding only the wheel built from a clean copy of the sources."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT)
    assert not list(source.rglob("*.qm"))
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q",
         "-w", str(work / "wheels")], work)
    wheel = next((work / "wheels").glob("social_calendar-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {"desktop/resources/translations/social_calendar_nl.qm",
            "desktop/resources/translations/social_calendar_en.qm"} <= set(names)
    venv = work / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work)
    fresh = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(fresh), "install", "--no-deps", "-q", str(wheel)], work)
    fresh_site = Path(run([str(fresh), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          work).strip())
    (fresh_site / "zz_third_party.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return venv / "bin"


def run(command: list[str], cwd: Path) -> str:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{command}: {done.stderr}"
    return done.stdout


def test_the_installed_command_runs_from_the_wheel_in_both_languages(installed, tmp_path):
    app = str(installed / "social-calendar")
    version = run([app, "--version"], tmp_path)
    assert version.startswith("social-calendar ")
    assert "unknown" not in version
    db = tmp_path / "demo.sqlite"
    assert "20" in run([app, "demo", "--db", str(db), "--people", "20", "--lang", "en"], tmp_path)
    assert run([app, "check", "--db", str(db), "--lang", "nl"], tmp_path) == f"{db}: geen problemen gevonden\n"
    assert run([app, "check", "--db", str(db), "--lang", "en"], tmp_path) == f"{db}: no problems found\n"
    catalogues, english = run([str(installed / "python"), "-c", ENGLISH_PLURAL], tmp_path).splitlines()
    assert english == "In 1 day"  # from the English catalogue's plural forms; without it "In 1 day(s)"
    assert Path(catalogues).is_relative_to(installed.parent), "the translations must come from the wheel"
