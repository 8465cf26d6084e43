"""The rule tests (tests/models, tests/store) run without Qt: no QApplication, not even an import of PySide6.

They run in a fresh pytest without pytest-qt (whose start-up imports PySide6) and with a small plugin that
notes the first test after which PySide6 is in sys.modules. A rule that starts to need Qt, or a test there
that reaches for it, fails here by name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARD = '''
import os
import sys

_found = []
_ran = []


def _note(where):
    if not _found and "PySide6" in sys.modules:
        _found.append(where)


def pytest_collection_finish(session):
    _note("collecting the tests (an import at the top of a test module)")


def pytest_runtest_logfinish(nodeid, location):
    _ran.append(nodeid)
    _note(nodeid)


def pytest_sessionfinish(session, exitstatus):
    _note("the end of the run")
    with open(os.environ["NO_QT_REPORT"], "w", encoding="utf-8") as report:
        report.write(f"PySide6 imported by {_found[0]}" if _found else f"no PySide6 in {len(_ran)} tests")
'''


def run_without_qt(tmp_path: Path, *paths: str) -> tuple[subprocess.CompletedProcess[str], str]:
    (tmp_path / "no_qt_guard.py").write_text(GUARD, encoding="utf-8")
    report = tmp_path / "report.txt"
    env = {**os.environ, "NO_QT_REPORT": str(report),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *paths, "-p", "no:pytest-qt", "-p", "no_qt_guard", "-p", "no:cacheprovider",
         # pyproject.toml's qt_api belongs to the plugin left out here
         "-W", "ignore:Unknown config option:pytest.PytestConfigWarning"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=110, check=False)
    return result, report.read_text(encoding="utf-8") if report.exists() else "no report"


def test_the_rule_tests_run_without_pyside6(tmp_path):
    result, report = run_without_qt(tmp_path, "tests/models", "tests/store")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert report.startswith("no PySide6 in "), report
    ran = int(report.removeprefix("no PySide6 in ").removesuffix(" tests"))
    assert ran > 100


def test_the_guard_names_a_test_that_imports_pyside6(tmp_path):
    """The check above can fail: a test that imports PySide6 is named."""
    tests = tmp_path / "qt_reaching"
    tests.mkdir()
    (tests / "test_reaching.py").write_text("def test_plain():\n    pass\n\n\n"
                                             "def test_reaches_for_qt():\n    import PySide6.QtCore  # noqa: F401\n",
                                             encoding="utf-8")
    result, report = run_without_qt(tmp_path, str(tests))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert report.startswith("PySide6 imported by ")
    assert report.endswith("test_reaching.py::test_reaches_for_qt")
