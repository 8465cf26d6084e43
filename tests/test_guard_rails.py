"""The layer contracts in pyproject.toml fail on a broken layer: each case copies the package, breaks one rule in
the copy and runs import-linter on it, as `make test` does; the untouched copy passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint_copy(tmp_path: Path, module: str | None = None, source: str = "") -> subprocess.CompletedProcess[str]:
    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if module is not None:
        (tmp_path / module).write_text(source)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}  # the copy, not the installed package
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_contracts_hold_for_the_package_as_it_is(tmp_path):
    result = _lint_copy(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "source", "broken"), [
    ("desktop/models/_qt_sneaks_in.py", "from PySide6.QtCore import QDate\n",
     "desktop.models is not allowed to import PySide6"),
    ("desktop/models/_sql_sneaks_in.py", "def load():\n    import sqlite3\n    return sqlite3\n",
     "desktop.models is not allowed to import sqlite3"),
    ("desktop/store/_widget_sneaks_in.py", "from desktop.ui.workspace import Workspace\n",
     "desktop.store is not allowed to import desktop.ui"),
    ("desktop/exchange/_window_sneaks_in.py", "import desktop.ui.main_window\n",
     "desktop.exchange is not allowed to import desktop.ui"),
], ids=["models-qt", "models-sqlite-inside-a-function", "store-ui", "exchange-ui"])
def test_a_broken_contract_fails_the_check(tmp_path, module, source, broken):
    result = _lint_copy(tmp_path, module, source)
    assert result.returncode != 0
    assert broken in result.stdout
