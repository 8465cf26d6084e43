"""The schema, as ordered migrations. Each runs in one transaction and sets `PRAGMA user_version`.

Add a migration at the end, never edit one that has shipped; bump SCHEMA_VERSION with it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.store.database import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "migrations"]

migrations = Migrations("social_calendar")


@migrations(name="0001_register")
def _register(db: Database) -> None:
    db.execute("""
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
        )""")
    db.execute("""
        CREATE TABLE colleagues (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            department_id INTEGER REFERENCES departments(id) ON DELETE RESTRICT,
            birth TEXT,            -- YYYY-MM-DD, or --MM-DD when the year is unknown
            hire_date TEXT,
            service_start TEXT,    -- NULL: count from hire_date
            end_date TEXT,
            work_days TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri',
            celebrate TEXT NOT NULL DEFAULT 'yes' CHECK (celebrate IN ('yes', 'quiet', 'no')),
            show_age INTEGER NOT NULL DEFAULT 1 CHECK (show_age IN (0, 1)),
            organises INTEGER NOT NULL DEFAULT 1 CHECK (organises IN (0, 1)),
            leap_day TEXT NOT NULL DEFAULT 'feb28' CHECK (leap_day IN ('feb28', 'mar1')),
            likes TEXT NOT NULL DEFAULT '',
            dietary TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX colleagues_email ON colleagues (email COLLATE NOCASE) WHERE email <> ''")
    db.execute("CREATE INDEX colleagues_department ON colleagues (department_id)")
    # Births, weddings, get-well, condolence and custom occasions: events with their own date.
    db.execute("""
        CREATE TABLE recorded_occasions (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER REFERENCES colleagues(id) ON DELETE CASCADE,  -- NULL: involves everyone
            kind TEXT NOT NULL CHECK (kind IN ('birth', 'wedding', 'get_well', 'condolence', 'custom')),
            date TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            child_name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX recorded_occasions_colleague ON recorded_occasions (colleague_id)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_celebrations")
def _celebrations(db: Database) -> None:
    db.execute("""
        CREATE TABLE celebrations (
            id INTEGER PRIMARY KEY,
            occasion_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            colleague_id INTEGER REFERENCES colleagues(id) ON DELETE CASCADE,
            occasion_date TEXT NOT NULL,
            celebration_date TEXT NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            idea TEXT NOT NULL DEFAULT '',
            budget_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
            status TEXT NOT NULL DEFAULT 'to_plan' CHECK (status IN ('to_plan', 'planned', 'done', 'skipped')),
            actual_cost_cents INTEGER CHECK (actual_cost_cents IS NULL OR actual_cost_cents >= 0),
            notes TEXT NOT NULL DEFAULT '',
            effort REAL NOT NULL DEFAULT 1.0
        )""")
    db.execute("CREATE INDEX celebrations_date ON celebrations (celebration_date)")
    db.execute("CREATE INDEX celebrations_colleague ON celebrations (colleague_id)")
    db.execute("""
        CREATE TABLE celebration_organisers (
            celebration_id INTEGER NOT NULL REFERENCES celebrations(id) ON DELETE CASCADE,
            colleague_id INTEGER NOT NULL REFERENCES colleagues(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'any',
            PRIMARY KEY (celebration_id, colleague_id)
        )""")
    db.execute("CREATE INDEX celebration_organisers_colleague ON celebration_organisers (colleague_id)")
    db.execute("""
        CREATE TABLE leave (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER NOT NULL REFERENCES colleagues(id) ON DELETE CASCADE,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL CHECK (end_date >= start_date)
        )""")
    db.execute("CREATE INDEX leave_colleague ON leave (colleague_id)")
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_occasion_indexes")
def _occasion_indexes(db: Database) -> None:
    # The home view reads only the colleagues whose dates can fall in its weeks (models/reach.py): these let
    # that query look up birthdays, service starts and first and last days instead of reading every row.
    db.execute("CREATE INDEX colleagues_birthday ON colleagues (substr(birth, -5))")
    db.execute("CREATE INDEX colleagues_service "
               "ON colleagues (coalesce(nullif(service_start, ''), nullif(hire_date, '')))")
    db.execute("CREATE INDEX colleagues_hire_date ON colleagues (hire_date)")
    db.execute("CREATE INDEX colleagues_end_date ON colleagues (end_date)")
    db.execute("CREATE INDEX recorded_occasions_date ON recorded_occasions (date)")
    db.execute("CREATE INDEX celebrations_occasion_date ON celebrations (occasion_date)")
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_sent_mail")
def _sent_mail(db: Database) -> None:
    # The reminder mails the server accepted, by key (models/reminders.py): `remind --send` sends each once.
    db.execute("""
        CREATE TABLE sent_mail (
            key TEXT PRIMARY KEY,
            recipient TEXT NOT NULL,
            sent_on TEXT NOT NULL,     -- the day of the run (YYYY-MM-DD)
            sent_at TEXT NOT NULL      -- when the server accepted it (UTC, ISO 8601)
        )""")
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_sync")
def _sync(db: Database) -> None:
    # Sharing with a committee (store/sync_state.py): what this file and the server last agreed on, per object.
    db.execute("""
        CREATE TABLE sync_objects (
            collection TEXT NOT NULL
                CHECK (collection IN ('addressbook', 'calendar', 'records', 'leave', 'policies')),
            uid TEXT NOT NULL,
            local_id INTEGER,      -- colleagues.id or celebrations.id; NULL: deleted here, still on the server
            href TEXT,             -- its path on the server; NULL: not there yet
            etag TEXT,             -- the server's version of it; NULL: written but not confirmed
            fields TEXT,           -- its portable fields (JSON) as last agreed with the server; NULL: never
            content TEXT,          -- its text as the server last gave it (what we do not own is kept from it)
            dirty INTEGER NOT NULL DEFAULT 0,  -- changed here since (set by the triggers below; a hint only)
            PRIMARY KEY (collection, uid)
        )""")
    db.execute("CREATE UNIQUE INDEX sync_objects_local ON sync_objects (collection, local_id) "
               "WHERE local_id IS NOT NULL")
    db.execute("CREATE INDEX sync_objects_href ON sync_objects (collection, href)")
    # A deleted row's id may be given to the next new row: the link goes with the row (a cascade fires these too).
    db.execute("""
        CREATE TRIGGER sync_colleague_deleted AFTER DELETE ON colleagues BEGIN
            UPDATE sync_objects SET local_id = NULL WHERE collection = 'addressbook' AND local_id = OLD.id;
        END""")
    db.execute("""
        CREATE TRIGGER sync_plan_deleted AFTER DELETE ON celebrations BEGIN
            UPDATE sync_objects SET local_id = NULL WHERE collection = 'calendar' AND local_id = OLD.id;
        END""")
    db.execute("""
        CREATE TRIGGER sync_leave_deleted AFTER DELETE ON leave BEGIN
            UPDATE sync_objects SET local_id = NULL WHERE collection = 'leave' AND local_id = OLD.id;
        END""")
    db.execute("""
        CREATE TRIGGER sync_record_deleted AFTER DELETE ON recorded_occasions BEGIN
            UPDATE sync_objects SET local_id = NULL WHERE collection = 'records' AND local_id = OLD.id;
        END""")
    # What may have changed here since the last round, so that a round looks only at those (5,000 colleagues).
    for name, table, event, collection, row in (
            ("sync_colleague_changed", "colleagues", "UPDATE", "addressbook", "NEW.id"),
            ("sync_plan_changed", "celebrations", "UPDATE", "calendar", "NEW.id"),
            ("sync_record_changed", "recorded_occasions", "UPDATE", "records", "NEW.id"),
            ("sync_leave_changed", "leave", "UPDATE", "leave", "NEW.id"),
            ("sync_organiser_added", "celebration_organisers", "INSERT", "calendar", "NEW.celebration_id"),
            ("sync_organiser_removed", "celebration_organisers", "DELETE", "calendar", "OLD.celebration_id")):
        db.execute(f"""
            CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN
                UPDATE sync_objects SET dirty = 1 WHERE collection = '{collection}' AND local_id = {row};
            END""")
    db.execute("""
        CREATE TRIGGER sync_department_renamed AFTER UPDATE OF name ON departments BEGIN
            UPDATE sync_objects SET dirty = 1 WHERE collection = 'addressbook'
                AND local_id IN (SELECT id FROM colleagues WHERE department_id = NEW.id);
        END""")
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        db.execute(f"""
            CREATE TRIGGER sync_policy_{event.lower()} AFTER {event} ON settings
            WHEN {row}.key IN ('occasion_policy', 'gift_policy') BEGIN
                UPDATE sync_objects SET dirty = 1 WHERE collection = 'policies';
            END""")
    db.execute("""
        CREATE TABLE sync_collections (
            collection TEXT PRIMARY KEY,
            url TEXT NOT NULL,     -- the collection on the server the objects above belong to
            sync_token TEXT,       -- RFC 6578's token of the last round; NULL: compare ETags
            found_from TEXT NOT NULL DEFAULT ''  -- the settings it was found with (unchanged: no discovery)
        )""")
    db.execute("""
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY,
            collection TEXT NOT NULL,
            uid TEXT NOT NULL,
            found_at TEXT NOT NULL,        -- UTC, ISO 8601
            local TEXT NOT NULL,           -- this file's version (JSON of the portable fields)
            remote TEXT NOT NULL,          -- the server's version (JSON)
            remote_href TEXT NOT NULL,
            remote_etag TEXT NOT NULL,
            remote_content TEXT NOT NULL,
            UNIQUE (collection, uid)
        )""")
    db.execute("PRAGMA user_version = 5")
