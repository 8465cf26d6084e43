"""The schema, as ordered migrations, and its version: major and minor.

**Adding a migration is one step**: write a function at the end of this file under
`@migrations(name="NNNN_what")` (a major step to version NNNN) or `@migrations(name="NNNN.M_what")` (minor step
M of major NNNN), and never edit one that has shipped. The version comes from the name; nothing else changes
(the function need not set `user_version`: the runner does). When a version ships, add a file of it to
tests/fixtures/ with tests/fixtures/make_schema_files.py run by that version's code.

- A **minor** step is one an older build of the same major can live with: an index, a view, or tables of its
  own that the older build never reads and triggers keep right whoever writes (0007.1_sync says why). It bumps the
  minor only; `PRAGMA user_version` (the major) stays, so every older build of that major, those released
  before this scheme included, still opens and writes the file.
- A **major** step is one an older build cannot handle: a new table or column it would not fill, a changed
  meaning. It sets `PRAGMA user_version` to the new major, and older builds refuse the file with a clear
  message ("written by a newer version ... update the app") instead of damaging it.

Every file records the names of the steps it went through in `_sqlite_migrations` (the table sqlite-utils
made for files of versions 1 to 4), so the file's minor is read from the file itself and a build sees which
of its steps are still due. All due steps run in one transaction with the new `user_version`: a failure or a
crash leaves the file at the version it had. The migration functions get a sqlite-utils Database (loaded
only when a step is due; this module itself imports nothing heavy, so opening an up-to-date file stays fast).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database as UtilsDatabase

    from desktop.store.database import Database

APPLICATION_ID = 0x536F4361  # 'SoCa': marks the file as ours, so another program's SQLite file is refused
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' name and layout, kept for the files made before
MIGRATION_SET = "social_calendar"


# Plain classes rather than NamedTuples: this module is imported on every start, and making a NamedTuple class
# costs about half a millisecond.
class Version(tuple[int, int]):
    """(major, minor), ordered as versions are."""

    __slots__ = ()

    def __new__(cls, major: int, minor: int = 0) -> Version:
        return super().__new__(cls, (major, minor))

    @property
    def major(self) -> int:
        return self[0]

    @property
    def minor(self) -> int:
        return self[1]

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


def version_of(name: str) -> Version | None:
    """The version a step's name says it brings the file to (`NNNN_what`: NNNN.0, `NNNN.M_what`: NNNN.M); None
    for a name not made by this scheme. Read without a regular expression: compiling one costs a millisecond
    of every start."""
    number, _, what = name.partition("_")
    major, dot, minor = number.partition(".")
    if not (what and len(major) == 4 and major.isascii() and major.isdigit()
            and (not dot or (minor.isascii() and minor.isdigit()))):
        return None
    return Version(int(major), int(minor or 0))


class Step:
    __slots__ = ("name", "run", "version")

    def __init__(self, name: str, version: Version, run: Callable[[UtilsDatabase], None]) -> None:
        self.name, self.version, self.run = name, version, run


class Migrations:
    """The ordered steps. Registering checks the numbering: a major step is the next major (minor 0), a minor
    step the next minor of the current major, so a mistyped name fails on import (and in the tests)."""

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def __call__(self, *, name: str) -> Callable[[Callable[[UtilsDatabase], None]], Callable[[UtilsDatabase], None]]:
        version = version_of(name)
        latest = self.latest
        expected = (Version(latest.major + 1), Version(latest.major, latest.minor + 1))
        if version is None or version not in expected:
            raise ValueError(f"migration {name!r} must be named {expected[0].major:04d}_what (major) or "
                             f"{latest.major:04d}.{latest.minor + 1}_what (minor) after {latest}")

        def register(run: Callable[[UtilsDatabase], None]) -> Callable[[UtilsDatabase], None]:
            self.steps.append(Step(name, version, run))
            return run
        return register

    @property
    def latest(self) -> Version:
        return self.steps[-1].version if self.steps else Version(0)

    def due(self, applied: Iterable[str]) -> list[Step]:
        done = set(applied)
        return [step for step in self.steps if step.name not in done]

    def apply(self, db: Database | UtilsDatabase, *, stop_before: str | None = None) -> None:
        """Run every due step in one transaction (BEGIN IMMEDIATE: no other writer in between), record each,
        and set `user_version` to the major reached. A failure raises StoreError and changes nothing.
        `stop_before` (tests making a file of an older version) leaves that step and the later ones due."""
        from desktop.store.database import Database, write_transaction

        if not isinstance(db, Database):  # a sqlite-utils Database of its own (a test making an older file)
            db = Database(db.conn, Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ""))
        utils = db.utils  # made before the transaction: sqlite-utils sets up its connection first
        with write_transaction(db):
            steps = self.due(applied_names(db.conn))
            names = [step.name for step in steps]
            if stop_before in names:
                steps = steps[:names.index(stop_before)]
            if not steps:  # another program migrated the file while we waited for the lock
                return
            db.execute(f"CREATE TABLE IF NOT EXISTS [{MIGRATIONS_TABLE}] ([id] INTEGER PRIMARY KEY, "
                       "[migration_set] TEXT, [name] TEXT, [applied_at] TEXT)")
            db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS [idx_{MIGRATIONS_TABLE}_migration_set_name] "
                       f"ON [{MIGRATIONS_TABLE}] ([migration_set], [name])")
            for step in steps:
                step.run(utils)
                db.execute(f"INSERT INTO [{MIGRATIONS_TABLE}] (migration_set, name, applied_at) VALUES (?, ?, ?)",
                           [MIGRATION_SET, step.name, str(datetime.now(UTC))])
            major = max(db.execute("PRAGMA user_version").fetchone()[0], steps[-1].version.major)
            db.execute(f"PRAGMA user_version = {int(major)}")


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The steps the file behind `conn` went through (none for a new file)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]).fetchone():
        return [row[0] for row in conn.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? "
                                               "ORDER BY id", [MIGRATION_SET])]
    return []


def file_version(user_version: int, applied: Iterable[str]) -> Version:
    """The file's version: its major from `user_version`, its minor from the steps of that major it went
    through (steps of a newer build included: their names carry their version)."""
    minors = [found.minor for found in map(version_of, applied) if found is not None and found.major == user_version]
    return Version(user_version, max(minors, default=0))


migrations = Migrations()


def __getattr__(name: str) -> int:
    """`SCHEMA_VERSION`: the major of the newest step, wherever in this file the steps end."""
    if name == "SCHEMA_VERSION":
        return migrations.latest.major
    raise AttributeError(name)


@migrations(name="0001_register")
def _register(db: UtilsDatabase) -> None:
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


@migrations(name="0002_celebrations")
def _celebrations(db: UtilsDatabase) -> None:
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


@migrations(name="0003_occasion_indexes")
def _occasion_indexes(db: UtilsDatabase) -> None:
    # The home view reads only the colleagues whose dates can fall in its weeks (models/reach.py): these let
    # that query look up birthdays, service starts and first and last days instead of reading every row.
    db.execute("CREATE INDEX colleagues_birthday ON colleagues (substr(birth, -5))")
    db.execute("CREATE INDEX colleagues_service "
               "ON colleagues (coalesce(nullif(service_start, ''), nullif(hire_date, '')))")
    db.execute("CREATE INDEX colleagues_hire_date ON colleagues (hire_date)")
    db.execute("CREATE INDEX colleagues_end_date ON colleagues (end_date)")
    db.execute("CREATE INDEX recorded_occasions_date ON recorded_occasions (date)")
    db.execute("CREATE INDEX celebrations_occasion_date ON celebrations (occasion_date)")


@migrations(name="0004_sent_mail")
def _sent_mail(db: UtilsDatabase) -> None:
    # The reminder mails the server accepted, by key (models/reminders.py): `remind --send` sends each once.
    db.execute("""
        CREATE TABLE sent_mail (
            key TEXT PRIMARY KEY,
            recipient TEXT NOT NULL,
            sent_on TEXT NOT NULL,     -- the day of the run (YYYY-MM-DD)
            sent_at TEXT NOT NULL      -- when the server accepted it (UTC, ISO 8601)
        )""")


@migrations(name="0005_repeating_occasions")
def _repeating_occasions(db: UtilsDatabase) -> None:
    # Other occasions that come back every year (models/repeat.py): the rule as RFC 5545 text, and the last day.
    db.execute("ALTER TABLE recorded_occasions ADD COLUMN repeat TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE recorded_occasions ADD COLUMN until TEXT")


@migrations(name="0006_former_organisers")
def _former_organisers(db: UtilsDatabase) -> None:
    # A forgotten colleague (the AVG's right to erasure, store/privacy.py) leaves the plans they organised for
    # others: their organiser row goes, and the plan counts "a former colleague" in its place.
    db.execute("ALTER TABLE celebrations ADD COLUMN former_organisers INTEGER NOT NULL DEFAULT 0 "
               "CHECK (former_organisers >= 0)")


@migrations(name="0007_colleague_language")
def _colleague_language(db: UtilsDatabase) -> None:
    # The language of the mails to a colleague (an organiser's invite and reminder); '' writes in the app's.
    db.execute("ALTER TABLE colleagues ADD COLUMN language TEXT NOT NULL DEFAULT '' "
               "CHECK (language IN ('', 'nl', 'en'))")


@migrations(name="0007.1_sync")
def _sync(db: UtilsDatabase) -> None:
    # Sharing with a committee (store/sync_state.py): what this file and the server last agreed on, per object.
    # A minor step, although it adds tables: an older build of major 7 never reads them, and what it writes
    # keeps them right, because the triggers below do the bookkeeping whoever writes: its changes are marked
    # for the next round, its deletions (its Forget included) unlink the object and clear the person's data
    # from these tables, so the next round of a build that shares deletes them on the server. New rows need no
    # trigger (a round sends whatever has no object yet). An older build refusing the file would buy nothing
    # and lock out every member who has not updated yet. What only this build does: it marks a forgotten
    # colleague's objects `erased` (store/privacy.py), so that a change on the server does not bring them back.
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
            erased INTEGER NOT NULL DEFAULT 0,  -- forgotten here (AVG): deleted on the server, never pulled back
            PRIMARY KEY (collection, uid)
        )""")
    db.execute("CREATE UNIQUE INDEX sync_objects_local ON sync_objects (collection, local_id) "
               "WHERE local_id IS NOT NULL")
    db.execute("CREATE INDEX sync_objects_href ON sync_objects (collection, href)")
    # A deleted row's id may be given to the next new row: the link goes with the row (a cascade fires these too),
    # and so does what the row held: the agreed fields, the server's text and a waiting conflict (a forgotten
    # colleague's name must not stay behind in these tables; the deletion goes up with the href and ETag).
    for name, table, collection in (("sync_colleague_deleted", "colleagues", "addressbook"),
                                    ("sync_plan_deleted", "celebrations", "calendar"),
                                    ("sync_leave_deleted", "leave", "leave"),
                                    ("sync_record_deleted", "recorded_occasions", "records")):
        db.execute(f"""
            CREATE TRIGGER {name} AFTER DELETE ON {table} BEGIN
                DELETE FROM sync_conflicts WHERE collection = '{collection}' AND uid IN
                    (SELECT uid FROM sync_objects WHERE collection = '{collection}' AND local_id = OLD.id);
                UPDATE sync_objects SET local_id = NULL, fields = NULL, content = NULL, dirty = 0
                    WHERE collection = '{collection}' AND local_id = OLD.id;
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
