"""The command line when the file is busy, half-saved or imported twice at once."""

from __future__ import annotations

import sqlite3

import pytest
from support.damage import damage_an_index

from desktop.cli import main
from desktop.commands import EXIT_BUSY, EXIT_ERROR
from desktop.models.dates import PartialDate
from desktop.store import database


@pytest.mark.parametrize("command", [["check"], ["settings"], ["demo", "--people", "3"],
                                     ["settings", "set", "privacy.leaver_retention_months", "6"]])
def test_a_file_another_program_is_writing_to_is_busy_not_damaged(db_path, capsys, monkeypatch, command):
    assert main(["demo", "--db", str(db_path), "--people", "5"]) == 0
    monkeypatch.setattr(database, "BUSY_WAIT_SECONDS", 0.2)
    before = db_path.read_bytes()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing
    capsys.readouterr()
    try:
        code = main([command[0], "--db", str(db_path), *command[1:]])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == EXIT_BUSY != EXIT_ERROR
    assert err.strip() == f"Another program is writing to {db_path}; nothing was saved. Try again in a moment."
    assert db_path.read_bytes() == before


US_OUTLOOK = "First Name,Last Name,E-mail Address,Birthday\n"


def _births(register):
    return {colleague.first_name: colleague.birth for colleague in register.colleagues()}


def test_the_command_line_says_the_order_and_date_order_overrides_it(tmp_path, db_path, capsys):
    path = tmp_path / "people.csv"
    path.write_text(US_OUTLOOK + "Renée,Meer,renee@x.nl,12/10/1976\n", encoding="utf-8")
    database.open_database(db_path).close()
    assert main(["import", str(path), "--db", str(db_path), "--dry-run"]) == 0
    assert "Dates read as month/day/year" in capsys.readouterr().err
    assert main(["import", str(path), "--db", str(db_path), "--date-order", "dmy"]) == 0
    assert "Dates read as day/month/year" in capsys.readouterr().err
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    register = Register(open_database(db_path))
    assert _births(register) == {"Renée": PartialDate(10, 12, 1976)}
    register.db.close()


def test_check_full_finds_damage_inside_an_index_that_opening_lets_through(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "200"]) == 0
    damage_an_index(db_path)  # the kind of damage a flipped byte in an index page makes
    capsys.readouterr()
    assert main(["check", "--db", str(db_path)]) == 0  # the quick check on opening lets it through
    capsys.readouterr()
    assert main(["check", "--full", "--db", str(db_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"{db_path} turns out to be damaged (")
    assert "Restore a backup." in err
