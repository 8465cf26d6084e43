"""Occasions that come back every year, in the file: kept with their rule, found by the home view's reach,
planned once per year, and an older file (schema 4) gains the columns with every record kept."""

from __future__ import annotations

from datetime import date

from desktop.exchange.planning import plan_period
from desktop.models.colleague import Colleague
from desktop.models.coming_up import home_reach
from desktop.models.occasion_records import RecordedOccasion
from desktop.store.database import SCHEMA_VERSION, open_database
from desktop.store.repository import Register

LUNCH = RecordedOccasion(None, None, "custom", date(2026, 12, 11), "Christmas lunch",
                         repeat="FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", until=date(2030, 12, 31))


def test_the_rule_and_its_end_are_kept(register):
    stored = register.add_recorded_occasion(LUNCH)
    (read,) = register.recorded_occasions()
    assert read == stored
    assert (read.repeat, read.until) == ("FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", date(2030, 12, 31))
    register.update_recorded_occasion(RecordedOccasion(stored.id, None, "custom", stored.date, stored.title))
    assert register.recorded_occasions()[0].repeat == ""
    assert register.recorded_occasions()[0].until is None


def test_each_year_gets_its_own_proposal(register):
    register.add_many([Colleague(None, f"Name{i}", "", f"Last{i}", f"p{i}@example.nl") for i in range(6)])
    register.add_recorded_occasion(LUNCH)
    proposals = plan_period(register, date(2027, 1, 1), date(2028, 12, 31))
    lunches = [p for p in proposals if p.occasion_key.startswith("record-")]
    assert [(p.occasion_key, p.celebration_date) for p in lunches] == [
        ("record-1-2027", date(2027, 12, 10)), ("record-1-2028", date(2028, 12, 8))]


def test_a_colleagues_repeating_occasion_is_in_the_home_views_reach(register):
    (jan,) = register.add_many([Colleague(None, "Jan", "", "Vries", "jan@example.nl")])
    register.add_recorded_occasion(RecordedOccasion(None, jan.id, "custom", date(2020, 5, 4), "Jan's team day",
                                                    repeat="FREQ=YEARLY"))
    reach, _last = home_reach(date(2027, 5, 1))
    assert [c.first_name for c in register.colleagues_in_reach(reach)] == ["Jan"]


def test_a_schema_4_file_gains_the_columns_and_keeps_its_records(tmp_path):
    import sqlite_utils

    from desktop.store.schema import migrations

    path = tmp_path / "older.sqlite"
    older = sqlite_utils.Database(path)  # the file as schema 4 made it
    migrations.apply(older, stop_before="0005_repeating_occasions")
    older.execute("INSERT INTO recorded_occasions (kind, date, title) VALUES ('custom', '2026-06-26', 'Outing')")
    older.conn.commit()
    assert older.execute("PRAGMA user_version").fetchone()[0] == 4
    older.close()
    reopened = Register(open_database(path))
    (outing,) = reopened.recorded_occasions()
    assert (outing.title, outing.repeat, outing.until) == ("Outing", "", None)
    assert reopened.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
