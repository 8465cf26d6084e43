"""The one build step setuptools cannot describe in pyproject.toml: the translations.

The `.ts` sources live in resources/translations; the `.qm` catalogues the app loads are compiled from them
with `pyside6-lrelease` while the wheel is built, into the package (desktop/resources/translations), so
`pip install .` gives both languages. `make` compiles them to the same place for the working copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
PACKAGED = Path("desktop") / "resources" / "translations"


def lrelease() -> str:
    """pyside6-lrelease next to this interpreter (a venv or the build environment), else on the PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials to build Social Calendar")
    return found


def compile_translations(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(SOURCES.glob("social_calendar_*.ts")):
        qm = target / (source.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)
        built.append(qm)
    if not built:
        raise SystemExit(f"no translations found in {SOURCES}")
    return built


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        compile_translations(Path(self.build_lib) / PACKAGED)


setup(cmdclass={"build_py": BuildWithTranslations})
