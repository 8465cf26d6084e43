"""The version and licence of Social Calendar, one truth: the package metadata (pyproject.toml's `version`).

An installed wheel and the frozen bundle carry the metadata; a working copy that was never installed reads
pyproject.toml itself.
"""

from __future__ import annotations

import re
from pathlib import Path

DISTRIBUTION = "social-calendar"
LICENCE = "MIT"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        return _from_pyproject(Path(__file__).resolve().parent.parent / "pyproject.toml")


def _from_pyproject(path: Path) -> str:
    try:
        found = re.search(r'^version\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"), re.MULTILINE)
    except OSError:
        found = None
    return found.group(1) if found else "unknown"
