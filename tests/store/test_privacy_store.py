"""The colleague's rights in the file: export everything about one person, forget them (bytes gone from the
file, their organiser turns kept as "a former colleague"), and forget leavers when their time has come."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from support.privacy_data import HERS, TODAY, fill

from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Colleague
from desktop.store import privacy
from desktop.store.celebrations import Celebrations
from desktop.store.errors import StoreError
from desktop.store.file_settings import write_setting


def test_the_export_holds_everything_stored_about_one_colleague(register):
    people = fill(register)
    data = privacy.export_person(register.db, privacy.find(register.db, "TRUUSJE.Weggaan@example.nl ").id)
    json.dumps(data)  # JSON as it is
    assert data["colleague"]["last_name"] == "Weggaan"
    assert data["colleague"]["department"] == "Sales"
    assert data["colleague"]["birth"] == "1970-03-04"
    assert data["colleague"]["notes"] == "TRUUS-NOTES allergic"
    assert data["consent"] == {"celebrate": "yes", "show_age": True, "organises": True}
    assert [r["child_name"] for r in data["recorded_occasions"]] == ["Zonnestraal"]
    assert [(p["kind"], p["organisers"]) for p in data["plans_about"]] == [("farewell", ["Jan Jansen"])]
    assert sorted((p["kind"], p["celebrant"]) for p in data["plans_organised"]) == [
        ("birthday", "Jan Jansen"), ("monthly_treat", None)]
    assert data["leave"] == [{"start": "2025-01-06", "end": "2025-01-10"}]
    assert sorted(m["recipient"] for m in data["sent_mail"]) == ["jan@example.nl", "truusje.weggaan@example.nl"]
    assert people["jan"].full_name not in json.dumps(privacy.export_person(register.db, people["piet"].id)["colleague"])


def test_an_unknown_or_shared_address_is_refused_by_name(register):
    fill(register)
    with pytest.raises(StoreError, match="No colleague has the e-mail address nobody@example.nl"):
        privacy.find(register.db, "nobody@example.nl")
    register.add(Colleague(None, "Jan", "", "Tweede", "JAN@example.nl"))
    with pytest.raises(StoreError, match="2 colleagues have the e-mail address jan@example.nl"):
        privacy.find(register.db, "jan@example.nl")


def test_forgetting_takes_everything_about_them_and_keeps_a_former_colleague(register, db_path):
    people = fill(register)
    truus = people["truus"]
    assert privacy.erasure(register.db, truus.id) == privacy.Erasure(records=1, plans=1, leave=1, organised=2,
                                                                     mails=2)
    gone = privacy.forget(register.db, [truus.id])
    assert gone == [privacy.Erasure(records=1, plans=1, leave=1, organised=2, mails=2)]
    assert [c.first_name for c in register.colleagues()] == ["Jan", "Piet"]
    plans = {plan.kind.value: plan for plan in Celebrations(register.db).all()}
    assert sorted(plans) == ["birthday", "monthly_treat"]
    assert plans["birthday"].organisers == (Organiser(people["piet"].id, "any"),)
    assert plans["birthday"].former_organisers == 1
    assert plans["monthly_treat"].organisers == ()
    assert plans["monthly_treat"].former_organisers == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM leave").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM recorded_occasions").fetchone()[0] == 0
    assert [row[0] for row in conn.execute("SELECT key FROM sent_mail")] == ["digest:2026-11-23"]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


@pytest.fixture
def plain_deletes(register):
    """Deletes that only unlink rows, as most SQLite builds do by default (Debian's turns secure_delete on for
    every connection, Python's own Windows build does not): forget() must overwrite the bytes itself."""
    register.db.execute("PRAGMA secure_delete = OFF")


def test_forgotten_bytes_are_gone_from_the_file(register, db_path, plain_deletes):
    truus = fill(register)["truus"]
    raw = db_path.read_bytes()
    assert all(marker in raw for marker in HERS)  # the check below can see them
    privacy.forget(register.db, [truus.id])
    raw = db_path.read_bytes()
    assert [marker for marker in HERS if marker in raw] == []
    assert b"Jansen" in raw
    assert register.db.execute("PRAGMA secure_delete").fetchone()[0] == 0  # on for the transaction only


def test_without_secure_delete_a_plain_delete_leaves_the_bytes(register, db_path, plain_deletes):
    """Why forget() needs secure_delete: an ordinary delete only unlinks the rows, and the name stays readable."""
    truus = fill(register)["truus"]
    register.delete(truus.id)
    assert b"Weggaan" in db_path.read_bytes()


def test_forgetting_one_who_is_gone_changes_nothing(register):
    people = fill(register)
    with pytest.raises(StoreError):
        privacy.forget(register.db, [people["piet"].id, 9999])
    assert len(register.colleagues()) == 3


def test_leavers_go_after_the_retention_unless_a_plan_about_them_is_open(register):
    people = fill(register)  # Truus left on 30 June 2025: 12 months later is 30 June 2026
    piet = people["piet"]
    register.update(piet.with_changes(end_date=date(2026, 10, 31)))
    preview = privacy.leaver_schedule(register.db, TODAY)
    assert [(item.name, item.erase_on) for item in preview] == [("Truusje Weggaan", date(2026, 6, 30)),
                                                                ("Piet Pieters", date(2027, 10, 31))]
    plans = Celebrations(register.db)
    held = plans.save(Celebration(None, f"custom-{people['truus'].id}", "custom", people["truus"].id,
                                  date(2026, 12, 10), date(2026, 12, 10), status=Status.PLANNED))
    assert privacy.forget_due_leavers(register.db, TODAY) == []
    assert privacy.leaver_schedule(register.db, TODAY)[0].held
    plans.save(Celebration(**{**held.__dict__, "status": Status.DONE}))
    assert [item.name for item in privacy.forget_due_leavers(register.db, TODAY)] == ["Truusje Weggaan"]
    assert [c.first_name for c in register.colleagues()] == ["Jan", "Piet"]
    write_setting(register.db, privacy.RETENTION_KEY, "0")
    assert privacy.leaver_schedule(register.db, date(2040, 1, 1)) == []
    assert privacy.forget_due_leavers(register.db, date(2040, 1, 1)) == []


def test_a_file_from_before_gains_the_former_organisers_count_and_keeps_its_plans(tmp_path):
    import sqlite_utils

    from desktop.store.database import open_database
    from desktop.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "older.sqlite"
    older = sqlite_utils.Database(path)
    migrations.apply(older, stop_before="0006_former_organisers")
    older.execute("INSERT INTO colleagues (id, first_name) VALUES (1, 'Jan')")
    older.execute("INSERT INTO celebrations (occasion_key, kind, colleague_id, occasion_date, celebration_date) "
                  "VALUES ('birthday-1-2027-03-16', 'birthday', 1, '2027-03-16', '2027-03-16')")
    older.conn.commit()
    assert older.execute("PRAGMA user_version").fetchone()[0] == 5
    older.close()
    db = open_database(path)
    [plan] = Celebrations(db).all()
    assert plan.former_organisers == 0
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_a_leaver_of_a_months_last_day_goes_on_the_last_day_of_the_later_month(register):
    register.add(Colleague(None, "Augusta", "", "Eind", "augusta@example.nl", end_date=date(2025, 8, 31)))
    write_setting(register.db, privacy.RETENTION_KEY, "18")
    assert privacy.forget_due_leavers(register.db, date(2027, 2, 27)) == []
    assert [item.name for item in privacy.forget_due_leavers(register.db, date(2027, 2, 28))] == ["Augusta Eind"]
    assert register.colleagues() == []


def test_leavers_forgotten_automatically_leave_no_bytes_either(register, db_path, plain_deletes):
    fill(register)
    assert [item.name for item in privacy.forget_due_leavers(register.db, date(2026, 6, 30))] == ["Truusje Weggaan"]
    raw = db_path.read_bytes()
    assert [marker for marker in HERS if marker in raw] == []
