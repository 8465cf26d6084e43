"""`social-calendar --version`: the version of the package metadata, the one pyproject.toml declares."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.version import _from_pyproject, version

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


@pytest.mark.parametrize("argv", [["--version"], ["--lang", "nl", "--version"]])
def test_version_prints_the_declared_version(argv, capsys):
    assert main(argv) == 0
    declared = re.search(r'^version = "(.+)"', PYPROJECT.read_text(), re.MULTILINE).group(1)
    assert capsys.readouterr().out == f"social-calendar {declared}\n"
    assert version() == declared


def test_without_metadata_the_version_comes_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "9.8.7"\n')
    assert _from_pyproject(tmp_path / "pyproject.toml") == "9.8.7"
    assert _from_pyproject(tmp_path / "missing.toml") == "unknown"
