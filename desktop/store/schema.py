"""The schema, as ordered migrations, and its version: major and minor.

**Adding a migration is one step**: write a function at the end of this file under
`@migrations(name="NNNN_what")` (a major step to version NNNN) or `@migrations(name="NNNN.M_what")` (minor step
M of major NNNN), and never edit one that has shipped. The version comes from the name; nothing else changes
(the function need not set `user_version`: the runner does). When a version ships, add a file of it to
tests/fixtures/ with tests/fixtures/make_schema_files.py run by that version's code.

- A **minor** step is one an older build of the same major can live with: an index or a view. It bumps the
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
