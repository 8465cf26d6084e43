"""The file: created owner-only, refused when foreign, too new or damaged, and every change one transaction."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import date

import pytest

from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.store.database import SCHEMA_VERSION, Inspection, open_database
from desktop.store.errors import StoreError
from desktop.store.repository import Register


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_owner_only_and_versioned(db_path):
    db = open_database(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_reopening_applies_nothing_twice(db_path):
    open_database(db_path).close()
    before = _digest(db_path)
    open_database(db_path).close()
    assert _digest(db_path) == before


def test_every_field_survives_a_round_trip(register):
    department = register.add_department("Financiën")
    colleague = Colleague(
        first_name="Zoë", prefix="van 't", last_name="Hof", email="zoe@example.nl", department_id=department.id,
        birth=PartialDate(2, 29), hire_date=date(2001, 2, 1), service_start=date(1999, 5, 1),
        end_date=date(2030, 1, 31), work_days=frozenset({0, 2}), celebrate=Celebrate.QUIET, show_age=False,
        organises=False, leap_day=LeapDay.MAR_1, likes="zeilen 🚤", dietary="glutenvrij", notes="שלום, مرحبا")
    stored = register.add(colleague)
    assert register.colleague(stored.id) == stored.with_changes()
    assert register.colleagues() == [stored]


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "calendar.sqlite"
    path.write_bytes(b"")
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert Register(db).colleagues() == []
    db.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_an_empty_file_made_into_the_register_is_owner_only(tmp_path):
    path = tmp_path / "calendar.sqlite"
    path.write_bytes(b"")
    path.chmod(0o644)
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("content", [b"name,birthday\nJan,1980-01-01\n", b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "calendar.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a Social Calendar file"):
        open_database(path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="another program"):
        open_database(path)
    assert _digest(path) == before


def test_a_file_from_a_newer_version_is_refused_and_untouched(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(StoreError, match="newer version"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_damaged_file_is_refused_and_untouched(db_path):
    db = open_database(db_path)
    Register(db).add_many(Colleague(first_name=f"P{i}", last_name="Jansen" * 20) for i in range(400))
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 + 100: 4096 * 3] = b"\xff" * (4096 * 2 - 100)  # wreck pages 2 and 3, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        open_database(db_path)
    # The window checks the file on a thread while Qt loads: the verdict is the same.
    with pytest.raises(StoreError, match="damaged"):
        open_database(db_path, inspection=Inspection(db_path))
    assert db_path.read_bytes() == bytes(data)


def test_an_early_inspection_gives_the_version_or_nothing_for_a_missing_file(tmp_path):
    missing = tmp_path / "new.sqlite"
    early = Inspection(missing)
    assert early.version() is None
    open_database(missing, inspection=early).close()  # created after all
    assert Inspection(missing).version().version.major == SCHEMA_VERSION
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(StoreError):
        Inspection(junk).version()
    open_database(missing, inspection=Inspection(junk)).close()  # a verdict on another file is not taken


def test_a_failing_bulk_write_leaves_nothing_behind(register):
    register.add(Colleague(first_name="Jan", last_name="Jansen"))
    broken = Colleague(first_name="Bad", last_name="Row", department_id=999)  # no such department
    with pytest.raises(StoreError):
        register.add_many([Colleague(first_name="Ok", last_name="Row"), broken])
    assert [c.first_name for c in register.colleagues()] == ["Jan"]


def test_delete_and_restore_keep_the_id_and_recorded_occasions(register):
    colleague = register.add(Colleague(first_name="Eva", last_name="Smit"))
    register.add_recorded_occasion(RecordedOccasion(None, colleague.id, "birth", date(2026, 5, 1), child_name="Noor"))
    removed, records = register.delete(colleague.id)
    assert register.count() == 0
    assert register.recorded_occasions() == []
    register.restore(removed, records)
    assert register.colleague(colleague.id) == colleague
    assert [r.child_name for r in register.recorded_occasions(colleague.id)] == ["Noor"]


def test_departments_are_unique_ignoring_case_and_guarded_while_in_use(register):
    sales = register.add_department("Verkoop")
    with pytest.raises(StoreError, match="already a department"):
        register.add_department("verkoop")
    with pytest.raises(StoreError, match="needs a name"):
        register.add_department("  ")
    register.add(Colleague(first_name="Kees", last_name="Bos", department_id=sales.id))
    with pytest.raises(StoreError, match="still has 1"):
        register.delete_department(sales.id)
    register.rename_department(sales.id, "Sales")
    assert [d.name for d in register.departments()] == ["Sales"]


def test_a_read_only_file_reports_that_nothing_was_saved(db_path):
    db = open_database(db_path)
    db.close()
    from desktop.store.database import Database

    register = Register(Database(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True), db_path))
    with pytest.raises(StoreError, match="cannot be written"):
        register.add(Colleague(first_name="Jan", last_name="Jansen"))
    register.db.close()
    assert Register(open_database(db_path)).count() == 0


def test_a_full_disk_loses_nothing_and_says_so(register):
    register.add(Colleague(first_name="Jan", last_name="Jansen"))
    pages = register.db.execute("PRAGMA page_count").fetchone()[0]
    register.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as good as a full disk
    with pytest.raises(StoreError, match="disk is full"):
        register.add_many(Colleague(first_name=f"P{i}", last_name="Vol" * 30) for i in range(500))
    assert register.count() == 1


def test_policy_is_stored_and_read_back(register):
    from fractions import Fraction

    from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
    from desktop.store.policy_store import load_policy, save_policy

    assert load_policy(register.db) == DEFAULT_POLICY
    changed = OccasionPolicy(milestone_age_from=30, anniversary_years=(Fraction(25, 2), Fraction(25)),
                             milestone_years=frozenset({Fraction(25)}), age_labels={60: "Zestig!"},
                             anniversary_labels={Fraction(25): "zilver"})
    save_policy(register.db, changed)
    assert load_policy(register.db) == changed


def test_undoing_a_delete_brings_back_celebrations_turns_and_leave(register):
    from desktop.models.celebration import Celebration, Organiser
    from desktop.models.organisers import Leave
    from desktop.store.celebrations import Celebrations

    eva = register.add(Colleague(first_name="Eva", last_name="Smit"))
    kees = register.add(Colleague(first_name="Kees", last_name="Bos"))
    plans = Celebrations(register.db)
    saved = plans.save_many([
        Celebration(None, "birthday-1-2027-03-01", "birthday", eva.id, date(2027, 3, 1), date(2027, 3, 1),
                    organisers=(Organiser(kees.id, "knows"),)),
        Celebration(None, "birthday-2-2027-04-01", "birthday", kees.id, date(2027, 4, 1), date(2027, 4, 1),
                    organisers=(Organiser(eva.id, "bridge"),)),
    ])
    plans.set_leave(eva.id, [Leave(eva.id, date(2027, 5, 1), date(2027, 5, 14))])
    before = (plans.all(), plans.leave())
    removed_colleague, removed = register.delete(eva.id)
    assert [c.id for c in plans.all()] == [saved[1].id]
    assert plans.all()[0].organisers == ()
    register.restore(removed_colleague, removed)
    assert (plans.all(), plans.leave()) == before


def test_recorded_occasions_are_edited_and_deleted_in_place(register):
    eva = register.add(Colleague(first_name="Eva", last_name="Smit"))
    record = register.add_recorded_occasion(RecordedOccasion(None, eva.id, "birth", date(2027, 5, 1)))
    register.update_recorded_occasion(RecordedOccasion(record.id, eva.id, "birth", date(2027, 5, 2), child_name="Noor"))
    [stored] = register.recorded_occasions()
    assert (stored.date, stored.child_name) == (date(2027, 5, 2), "Noor")
    assert register.delete_recorded_occasion(record.id) == stored
    assert register.recorded_occasions() == []
    with pytest.raises(StoreError, match="no longer exists"):
        register.delete_recorded_occasion(record.id)


def test_gift_policy_is_stored_and_used_by_the_planner(register):
    from desktop.exchange.planning import plan_period
    from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, Idea
    from desktop.models.occasions import Kind
    from desktop.store.gift_policy_store import load_gift_rules, save_gift_rules

    assert load_gift_rules(register.db) == DEFAULT_RULES
    rules = (GiftRule(Kind.BIRTHDAY, None, None, (Idea("Taart met de afdeling", food=True),), budget_cents=1250,
                      organisers=1, lead_days=5, effort=1.0),)
    save_gift_rules(register.db, rules)
    assert load_gift_rules(register.db) == rules
    register.add_many([Colleague(first_name="Eva", last_name="Smit", birth=PartialDate(3, 10, 1990)),
                       Colleague(first_name="Kees", last_name="Bos")])
    [proposal] = plan_period(register, date(2027, 3, 1), date(2027, 3, 31))
    assert (proposal.idea, proposal.budget_cents) == ("Taart met de afdeling", 1250)


def test_a_gift_policy_stored_in_whole_euros_reads_as_cents(register):
    from desktop.models.occasions import Kind
    from desktop.store.gift_policy_store import load_gift_rules

    older = ('[{"kind": "birthday", "milestone": null, "value": null, "ideas": [{"text": "Taart", "food": true, '
             '"gift": false}], "budget_eur": 12, "organisers": 1, "lead_days": 5, "effort": 1.0}]')
    with register.db.conn:
        register.db.execute("INSERT INTO settings (key, value) VALUES ('gift_policy', ?)", [older])
    [rule] = load_gift_rules(register.db)
    assert (rule.kind, rule.budget_cents) == (Kind.BIRTHDAY, 1200)


def test_an_edit_made_from_an_old_version_is_refused(register):
    eva = register.add(Colleague(first_name="Eva", last_name="Smit"))
    register.update(eva.with_changes(notes="changed on the command line"))
    with pytest.raises(StoreError, match="changed elsewhere"):
        register.update(eva.with_changes(likes="fietsen"), expected=eva)
    assert register.colleague(eva.id).notes == "changed on the command line"
    assert register.colleague(eva.id).likes == ""


def test_a_corrected_birthday_does_not_get_a_second_plan(register):
    from desktop.exchange.planning import apply_plans, plan_period

    eva = register.add(Colleague(first_name="Eva", last_name="Smit", birth=PartialDate(3, 10, 1990)))
    register.add(Colleague(first_name="Kees", last_name="Bos"))
    apply_plans(register, plan_period(register, date(2027, 3, 1), date(2027, 3, 31)), lambda m: m.untranslated())
    register.update(eva.with_changes(birth=PartialDate(3, 12, 1990)))  # the date was typed wrong
    assert plan_period(register, date(2027, 3, 1), date(2027, 3, 31)) == []


def test_the_home_view_reads_the_plans_of_its_weeks_and_every_recorded_occasions_plan(register):
    from desktop.models.celebration import Celebration
    from desktop.store.celebrations import Celebrations
    from desktop.store.plan_keys import plan_refs

    eva = register.add(Colleague(first_name="Eva", last_name="Smit"))
    plans = Celebrations(register.db)
    for key, day in (("birthday-1-2026-12-01", date(2026, 12, 1)), ("birthday-1-2027-06-01", date(2027, 6, 1)),
                     ("record-7", date(2026, 1, 5))):  # a birth recorded in January, its date corrected since
        plans.save(Celebration(None, key, "birth" if key.startswith("record") else "birthday", eva.id, day, day))
    assert plan_refs(register.db, date(2026, 11, 28), date(2027, 1, 23)) == {
        ("birthday-1-2026-12-01", date(2026, 12, 1)), ("record-7", date(2026, 1, 5))}
    assert plan_refs(register.db) == {("birthday-1-2026-12-01", date(2026, 12, 1)),
                                      ("birthday-1-2027-06-01", date(2027, 6, 1)), ("record-7", date(2026, 1, 5))}


def test_the_plans_around_a_period_hold_its_occasions_its_celebration_days_and_every_recorded_occasions_plan(
        register):
    from desktop.models.celebration import Celebration, Organiser
    from desktop.store.celebrations import Celebrations

    eva = register.add(Colleague(first_name="Eva", last_name="Smit"))
    plans = Celebrations(register.db)
    for key, occasion, celebrated in (("birthday-1-2027-03-31", date(2027, 3, 31), date(2027, 4, 1)),
                                      ("birthday-1-2027-04-02", date(2027, 4, 2), date(2027, 3, 31)),
                                      ("birthday-1-2027-06-01", date(2027, 6, 1), date(2027, 6, 1)),
                                      ("record-7", date(2026, 1, 5), date(2026, 1, 5))):
        plans.save(Celebration(None, key, "birth" if key.startswith("record") else "birthday", eva.id, occasion,
                               celebrated, organisers=(Organiser(eva.id),)))
    around = plans.around(date(2027, 3, 1), date(2027, 3, 31))
    assert sorted(p.occasion_key for p in around) == ["birthday-1-2027-03-31", "birthday-1-2027-04-02", "record-7"]
    assert all(p.organisers == (Organiser(eva.id),) for p in around)
