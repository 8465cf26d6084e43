"""A refused demo, import or new file leaves nothing behind that was not there; a full disk included."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

ROOT = str(Path(__file__).resolve().parents[2])


def _small_disk() -> None:
    """In the child: files may not grow past 48 KiB, as on a nearly full disk (EFBIG instead of a signal)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, 48 * 1024))


def test_demo_on_a_full_disk_is_refused_and_leaves_nothing(tmp_path):
    path = tmp_path / "new.sqlite"
    result = subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--people", "3000",
                             "--lang", "en"], env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True,
                            text=True, preexec_fn=_small_disk, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "nothing was" in result.stderr  # EFBIG reaches SQLite as a write error rather than SQLITE_FULL
    assert list(tmp_path.iterdir()) == []


def test_a_refused_import_into_a_new_file_leaves_nothing(tmp_path, capsys):
    source = tmp_path / "hr.csv"
    source.write_text("Voornaam;Achternaam;Geboortedatum\nAnna;Bos;31-02-1980\n", encoding="utf-8")
    path = tmp_path / "new.sqlite"
    assert main(["import", str(source), "--db", str(path)]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hr.csv"]


def test_a_refused_import_into_an_existing_file_keeps_it(tmp_path, db_path):
    assert main(["demo", "--db", str(db_path), "--people", "3"]) == 0
    source = tmp_path / "hr.csv"
    source.write_text("Voornaam;Achternaam;Geboortedatum\nAnna;Bos;31-02-1980\n", encoding="utf-8")
    before = db_path.read_bytes()
    assert main(["import", str(source), "--db", str(db_path)]) == 1
    assert db_path.read_bytes() == before


def test_a_demo_refused_by_its_arguments_makes_no_file(tmp_path):
    path = tmp_path / "new.sqlite"
    assert main(["demo", "--db", str(path), "--people", "0"]) == 2
    assert not path.exists()
