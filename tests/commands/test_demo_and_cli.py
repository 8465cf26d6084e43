"""The demo organisation and the command line's contract: exit codes, stderr, an unchanged file on errors."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.exchange.demo import write_demo
from desktop.models.colleague import Celebrate
from desktop.models.validation import validate


def test_demo_is_realistic_valid_and_reproducible(register, today, tmp_path):
    summary = write_demo(register, people=300, seed=7, today=today)
    colleagues = register.colleagues()
    assert summary["colleagues"] == len(colleagues) == 300
    assert all(validate(c, today) == [] for c in colleagues)
    assert len({c.email for c in colleagues}) == 300
    assert any(c.birth and (c.birth.month, c.birth.day) == (2, 29) for c in colleagues)
    assert any(c.birth and c.birth.year is None for c in colleagues)
    assert any(c.celebrate is Celebrate.QUIET for c in colleagues)
    assert any(c.celebrate is Celebrate.NO for c in colleagues)
    assert any(len(c.work_days) < 5 for c in colleagues)
    assert any(c.end_date and c.end_date < today for c in colleagues)
    assert any(c.hire_date and c.hire_date > today for c in colleagues)
    assert any(c.prefix for c in colleagues)
    kinds = {r.kind for r in register.recorded_occasions()}
    assert {"birth", "wedding", "custom"} <= kinds
    assert len(register.departments()) > 3

    from desktop.store.database import open_database
    from desktop.store.repository import Register

    again = Register(open_database(tmp_path / "again.sqlite"))
    write_demo(again, people=300, seed=7, today=today)
    assert [c.with_changes(id=None) for c in again.colleagues()] == [c.with_changes(id=None) for c in colleagues]


def test_demo_command_makes_5000_people_and_refuses_a_filled_file(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "5000", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["colleagues"] == 5000
    before = db_path.read_bytes()
    assert main(["demo", "--db", str(db_path)]) == 1
    assert "already holds colleagues" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_commands_refuse_a_foreign_file_on_stderr_and_leave_it(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all\n")
    assert main(["check", "--db", str(path)]) == 1
    assert "not a Social Calendar file" in capsys.readouterr().err
    assert path.read_text() == "not a database at all\n"


def test_check_and_backup(db_path, tmp_path, capsys, today):
    assert main(["demo", "--db", str(db_path), "--people", "20"]) == 0
    assert main(["check", "--db", str(db_path)]) == 0
    out = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    assert Register(open_database(out)).count() == 20
    assert (out.stat().st_mode & 0o777) == 0o600


def test_messages_follow_the_chosen_language(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_text("tekst")
    assert main(["check", "--db", str(path), "--lang", "en"]) == 1
    assert "is not a Social Calendar file" in capsys.readouterr().err
    assert main(["check", "--db", str(path), "--lang", "nl"]) == 1
    assert "geen Social Calendar-bestand" in capsys.readouterr().err
    assert path.read_text() == "tekst"


def test_occasions_command_json_contract_and_consent(db_path, capsys):
    from datetime import date

    from desktop.models.colleague import Colleague
    from desktop.models.dates import PartialDate
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    register = Register(open_database(db_path))
    register.add_many([
        Colleague(first_name="Jan", prefix="de", last_name="Vries", email="jan@example.nl",
                  birth=PartialDate(3, 15, 1977), hire_date=date(2014, 8, 31)),
        Colleague(first_name="Stille", last_name="Kracht", email="quiet@example.nl", birth=PartialDate(3, 16, 1980),
                  celebrate=Celebrate.QUIET),
        Colleague(first_name="Geheim", last_name="Leeftijd", email="hidden@example.nl",
                  birth=PartialDate(3, 17, 1977), show_age=False),
    ])
    register.db.close()
    args = ["occasions", "--db", str(db_path), "--from", "2027-01-01", "--to", "2027-03-31", "--format", "json",
            "--lang", "nl"]
    assert main(args) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["date"], i["kind"], i["colleague_email"]) for i in items] == [
        ("2027-02-28", "work_anniversary", "jan@example.nl"), ("2027-03-15", "birthday", "jan@example.nl"),
        ("2027-03-16", "birthday", "quiet@example.nl"), ("2027-03-17", "birthday", "hidden@example.nl")]
    assert items[0]["years"] == 12.5
    assert items[0]["milestone"] is True
    assert items[1]["age"] == 50
    assert items[1]["title"] == "Jan de Vries 50 jaar — Abraham/Sarah"
    assert items[0]["title"] == "Jan de Vries 12,5 jaar in dienst — koperen jubileum"
    assert main([*args, "--audience", "shared"]) == 0
    shared = capsys.readouterr().out
    assert "quiet@example.nl" not in shared
    assert "Kracht" not in shared
    hidden = [i for i in json.loads(shared) if i["colleague_email"] == "hidden@example.nl"]
    assert hidden[0]["age"] is None
    assert hidden[0]["milestone"] is False
    assert "50" not in hidden[0]["title"]


def test_occasions_command_refuses_bad_dates(db_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as caught:
        main(["occasions", "--db", str(db_path), "--from", "2027-02-31", "--to", "2027-03-31"])
    assert caught.value.code == 2
    assert "2027-02-31" in capsys.readouterr().err
    assert not db_path.exists()


def test_demo_has_a_year_of_celebrations_held_fairly(register, today):
    from collections import Counter

    from desktop.models.celebration import Status
    from desktop.store.celebrations import Celebrations

    write_demo(register, people=120, seed=3, today=today)
    held = Celebrations(register.db).all()
    assert held
    assert all(c.celebration_date < today for c in held)
    assert {c.status for c in held} <= {Status.DONE, Status.SKIPPED}
    assert all(c.actual_cost_cents is not None for c in held)
    turns = Counter(o.colleague_id for c in held for o in c.organisers)
    assert max(turns.values()) - min(turns.values()) <= 3


def test_reading_commands_never_create_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "typo" / "calendar.sqlite"
    for argv in (["occasions", "--from", "2027-01-01", "--to", "2027-01-31"], ["check"],
                 ["plan", "--from", "2027-01-01", "--to", "2027-01-31"],
                 ["backup", "--out", str(tmp_path / "b.sqlite")],
                 ["import", str(tmp_path / "none.csv"), "--dry-run"]):
        assert main([*argv, "--db", str(missing)]) == 1, argv
        assert "does not exist" in capsys.readouterr().err
    assert not missing.parent.exists()
    assert not (tmp_path / "b.sqlite").exists()


def test_backup_refuses_to_overwrite_its_source_or_a_folder(db_path, tmp_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "5"]) == 0
    before = db_path.read_bytes()
    assert main(["backup", "--db", str(db_path), "--out", str(db_path)]) == 1
    assert "cannot replace the file it copies" in capsys.readouterr().err
    assert main(["backup", "--db", str(db_path), "--out", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.partial"))
