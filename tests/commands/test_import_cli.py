"""`social-calendar import`: exit codes, `row N: reason` on stderr, JSON on stdout, nothing written on errors."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop.cli import main

GOOD = "Voornaam;Achternaam;E-mail;Afdeling\nAnna;Bos;anna@x.nl;ICT\nCor;Kok;cor@x.nl;HR\n"
MIXED = ("Voornaam;Achternaam;Geboortedatum\nAnna;Bos;01-01-1980\nBert;Bad;31-02-1980\nCor;Kok;\n"
         ";;\nDirk;Dek;yesterday\n")


@pytest.fixture
def fresh_db(db_path):
    """An existing, empty Social Calendar file (so its bytes can be compared before and after)."""
    from desktop.store.database import open_database

    open_database(db_path).close()
    return db_path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _csv(tmp_path, text, name="people.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _count(db_path):
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    db = open_database(db_path)
    try:
        return Register(db).count()
    finally:
        db.close()


def test_import_then_reimport(tmp_path, fresh_db, capsys):
    path = _csv(tmp_path, GOOD)
    assert main(["import", path, "--db", str(fresh_db)]) == 0
    assert "Imported: 2 new, 0 updated, 0 unchanged, 0 refused" in capsys.readouterr().out
    assert main(["import", path, "--db", str(fresh_db), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result == {"new": 0, "updated": 0, "unchanged": 2, "refused": 0, "applied": True, "warnings": [],
                      "date_order": "dmy",
                      "refused_rows": []}
    assert _count(fresh_db) == 2


def test_dry_run_writes_nothing(tmp_path, fresh_db, capsys):
    before = _digest(fresh_db)
    assert main(["import", _csv(tmp_path, GOOD), "--db", str(fresh_db), "--dry-run"]) == 0
    assert "Would import: 2 new" in capsys.readouterr().out
    assert _digest(fresh_db) == before


def test_invalid_rows_block_the_whole_import(tmp_path, fresh_db, capsys):
    before = _digest(fresh_db)
    assert main(["import", _csv(tmp_path, MIXED), "--db", str(fresh_db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "row 3: Geboortedatum: 31-02-1980 does not exist" in err
    assert "row 6: Geboortedatum: yesterday is not a date (use DD-MM-YYYY or YYYY-MM-DD)" in err
    assert any("Nothing was imported: 2 rows were refused" in line for line in err)
    assert _digest(fresh_db) == before


def test_invalid_rows_in_json(tmp_path, fresh_db, capsys):
    assert main(["import", _csv(tmp_path, MIXED), "--db", str(fresh_db), "--format", "json"]) == 1
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["applied"] is False
    assert result["refused"] == 2
    assert result["new"] == 2
    assert [row["row"] for row in result["refused_rows"]] == [3, 6]
    assert "row 3:" in captured.err


def test_skip_invalid_imports_the_rest_and_still_reports(tmp_path, fresh_db, capsys):
    assert main(["import", _csv(tmp_path, MIXED), "--db", str(fresh_db), "--skip-invalid"]) == 0
    captured = capsys.readouterr()
    assert "row 3:" in captured.err
    assert "row 6:" in captured.err
    assert "Imported: 2 new, 0 updated, 0 unchanged, 2 refused" in captured.out
    assert _count(fresh_db) == 2


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("missing.csv", None, "does not exist"),
    ("empty.csv", b"", "is empty"),
    ("tabs.csv", b"Voornaam\tAchternaam\nJan\tJansen\n", "separated by tabs"),
    ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ("fake.xlsx", b"Voornaam;Achternaam\n", "not an Excel workbook"),
])
def test_unreadable_files_exit_non_zero_and_leave_the_file(tmp_path, fresh_db, capsys, name, data, expected):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    before = _digest(fresh_db)
    assert main(["import", str(path), "--db", str(fresh_db)]) == 1
    assert expected in capsys.readouterr().err
    assert _digest(fresh_db) == before


def test_a_folder_is_refused(tmp_path, fresh_db, capsys):
    assert main(["import", str(tmp_path), "--db", str(fresh_db)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_sql_and_huge_names_through_the_command_line(tmp_path, fresh_db, capsys):
    text = "Naam\n\"Robert'); DROP TABLE colleagues;--\"\n" + "B" * 10_000 + "\n"
    assert main(["import", _csv(tmp_path, text), "--db", str(fresh_db), "--skip-invalid"]) == 0
    assert "row 3: First name is longer than 100 characters" in capsys.readouterr().err
    assert _count(fresh_db) == 1


def test_a_command_that_writes_says_when_a_window_has_the_file_open(tmp_path, fresh_db, capsys):
    """The window will reload and start a fresh undo history: the command line says so before it writes."""
    import socket
    import subprocess
    import sys

    from desktop.store import lock

    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock.lock_path(fresh_db).write_text(
            f"pid: {window.pid}\nhost: {socket.gethostname()}\nsince: 2026-11-28T09:00:00+00:00\n")
        assert main(["import", _csv(tmp_path, GOOD), "--db", str(fresh_db), "--dry-run"]) == 0
        assert "open in a Social Calendar window" not in capsys.readouterr().err  # a dry run writes nothing
        assert main(["import", _csv(tmp_path, GOOD), "--db", str(fresh_db)]) == 0
        assert "open in a Social Calendar window" in capsys.readouterr().err
        assert _count(fresh_db) == 2  # a note, not a refusal: SQLite keeps each write whole
    finally:
        window.kill()
        window.wait()
    assert main(["import", _csv(tmp_path, GOOD), "--db", str(fresh_db)]) == 0
    assert "open in a Social Calendar window" not in capsys.readouterr().err  # the window has gone
