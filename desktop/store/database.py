"""The one gateway to the file: open it (refusing what is not ours, too new or damaged), and write safely."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store import errors
from desktop.store.errors import StoreError, store_error

if TYPE_CHECKING:
    import sqlite_utils

from desktop.store.schema import APPLICATION_ID, Step, Version, applied_names, file_version, migrations

SCHEMA = migrations.latest  # the newest version this build knows (schema.py; its steps run only when due)
SCHEMA_VERSION = SCHEMA.major  # what `PRAGMA user_version` holds in an up-to-date file
_SQLITE_HEADER = b"SQLite format 3\x00"
# How long to wait for another program that is writing before saying it is busy: a commit takes milliseconds.
BUSY_WAIT_SECONDS = 5.0


class FileState:
    """What the checks of opening found: the file's version and the steps of this build it still needs."""

    __slots__ = ("due", "version")

    def __init__(self, version: Version, due: tuple[Step, ...]) -> None:
        self.version, self.due = version, due

    @property
    def readable(self) -> bool:
        """Whether it can be read as it is: only minor steps (an index) due, which change no table's shape."""
        return all(step.version.minor for step in self.due)


class Database:
    """The open file: reads go straight to sqlite3; sqlite-utils (its transactions and migrations) is loaded
    on the first write, because importing it costs more than the whole first view needs at start-up."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.closed = False

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @functools.cached_property
    def utils(self) -> sqlite_utils.Database:
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def atomic(self) -> contextlib.AbstractContextManager[Any]:
        return self.utils.atomic()

    def close(self) -> None:
        self.conn.close()
        self.closed = True


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("social-calendar", appauthor=False)) / "social-calendar.sqlite"


class Inspection:
    """The read-only checks of an existing file, started early on a thread of their own.

    The integrity check reads every page of the file; SQLite lets Python go on meanwhile, so the window starts
    checking the file before it loads Qt, and open_database takes the verdict when it opens the file.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._state: FileState | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="inspect-file", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self.path.exists() and self.path.stat().st_size > 0:
                self._state = _inspect(self.path)
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that opens the file
            self._error = exc

    def version(self) -> FileState | None:
        """The file's version and due steps once checked (None: there was no file to check); raises what
        _inspect raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._state


def open_database(path: str | os.PathLike[str], *, create: bool = True,
                  inspection: Inspection | None = None) -> Database:
    """Open (or, with `create`, make owner-only) the file at `path` and bring its schema up to date.

    A file that is not a database, belongs to another program, was written by a newer version or is damaged
    raises StoreError and is not modified. Commands that only read pass `create=False`: a mistyped path must
    say so, not quietly report on a new, empty file. `inspection`, when it is of `path`, saves checking again.
    """
    path = Path(path)
    due: tuple[Step, ...] = tuple(migrations.steps)
    created = False
    if path.exists() and path.stat().st_size > 0:
        try:
            inspected = inspection.version() if inspection is not None and inspection.path == path else None
            due = (inspected if inspected is not None else _inspect(path)).due
        except StoreError as exc:
            if exc.damaged:
                _name_newest_backup(exc, path)
            raise
    elif not path.exists() and not create:
        raise store_error(errors.MISSING, path=str(path))
    elif path.exists():  # an empty file (`touch`, a file dialog) becomes the register: owner-only, as a new one
        try:
            path.chmod(0o600)
        except OSError as exc:
            raise store_error(errors.READ_ONLY, path=str(path)) from exc
    elif not path.exists():
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder: owner-only
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            created = True
        except OSError as exc:
            raise store_error(errors.READ_ONLY, path=str(path)) from exc
    with translate_errors(path):
        conn = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_WAIT_SECONDS)
    db = Database(conn, path)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        if due:
            with translate_errors(path):
                migrations.apply(db)
    except BaseException:
        conn.close()
        if created:
            path.unlink(missing_ok=True)  # a new file whose schema could not be written: leave nothing behind
        raise
    return db


def damaged(path: str | os.PathLike[str], detail: str) -> StoreError:
    """The refusal of a file found damaged, naming the newest good backup when there is one."""
    error = store_error(errors.CORRUPTED, path=str(path), detail=detail)
    _name_newest_backup(error, Path(path))
    return error


def _name_newest_backup(error: StoreError, path: Path) -> None:
    """A damaged file's refusal names the newest backup that checks out, the way out (store.backups)."""
    from desktop.models.i18n import Message
    from desktop.store.backups import newest_good

    found = newest_good(path)
    if found is not None:
        params = {**error.message.params, "backup": str(found.path),
                  "created": found.created.strftime("%d-%m-%Y %H:%M")}
        error.message = Message(errors.CTX, errors.DAMAGED_WITH_BACKUP, params)
        error.args = (error.message.untranslated(),)


def open_read_only(path: str | os.PathLike[str], *, timeout: float | None = None,
                   older: bool = False) -> Database:
    """The file at `path` for reading only, by the calling thread only (the publisher's worker reads the file
    beside the window this way, never through the window's connection).

    The same checks as open_database, run on the connection that is returned, so what is read is what was
    checked: a missing file, one that is not ours, damaged or too new raises StoreError, and so does one that
    still needs a major step (which only a writer may run; with `older` it is read as it is: backups made
    before an upgrade). `timeout`: how many seconds to wait while another connection is writing.
    """
    path = Path(path)
    if not path.exists():
        raise store_error(errors.MISSING, path=str(path))
    conn = _connect_read_only(path, BUSY_WAIT_SECONDS if timeout is None else timeout)
    try:
        state = _check(conn, path)
    except BaseException:
        conn.close()
        raise
    if not (state.readable or older):
        conn.close()
        raise store_error(errors.OUTDATED, path=str(path))
    return Database(conn, path)


@contextlib.contextmanager
def reading(path: str | os.PathLike[str], *, timeout: float | None = None) -> Iterator[Database]:
    """open_read_only for the duration of the block: SQLite's failures inside it become StoreErrors, and the
    connection is closed at the end, on the thread that made it."""
    db = open_read_only(path, timeout=timeout)
    try:
        with translate_errors(db.path, during="read"):
            yield db
    finally:
        db.close()


def _inspect(path: Path) -> FileState:
    """The file's version and due steps, from read-only checks before anything may write to an existing file; raises
    StoreError for what must not be opened."""
    conn = _connect_read_only(path, BUSY_WAIT_SECONDS)
    try:
        return _check(conn, path)
    finally:
        conn.close()


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to a file that starts like an SQLite database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:  # no permission, or a folder by that name
        raise store_error(errors.READ_FAILED, path=str(path), detail=exc.strerror or str(exc)) from exc
    if header != _SQLITE_HEADER:
        raise store_error(errors.NOT_A_DATABASE, path=str(path))
    if _journal_left_behind(path):
        _recover(path, timeout)
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, path, during="open") from exc


def _journal_left_behind(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover(path: Path, timeout: float) -> None:
    """Finish what a crash left: a writer killed during its commit leaves a hot journal holding the pages as
    they were, which SQLite rolls back on the first read-write open, and only then. A read-only connection
    cannot, and reads the file as damaged. So the store does that open itself, once the header says the file
    is an SQLite database and its application id says it is ours (or not yet marked: a new file whose first
    write was cut off). Rolling back is SQLite's own recovery; a journal that is not hot (a writer still at
    work holds its lock) is left alone by SQLite, so this cannot disturb a live writer."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise store_error(errors.READ_FAILED, path=str(path), detail=exc.strerror or str(exc)) from exc
    application_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if application_id not in (0, APPLICATION_ID):
        raise store_error(errors.FOREIGN, path=str(path))
    try:
        conn = sqlite3.connect(path, timeout=timeout)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # the first read takes the lock and rolls back
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            raise store_error(errors.UNFINISHED_READ_ONLY, path=str(path)) from exc
        raise errors.from_sqlite(exc, path, during="open") from exc


def _check(conn: sqlite3.Connection, path: Path) -> FileState:
    """The version of the file behind `conn` and the steps it needs, after the checks that make it ours and
    sound. A newer minor (steps this build does not know, of its own major) opens; a newer major is refused."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        major = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        check = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, path, during="open") from exc
    if check != ["ok"]:
        raise store_error(errors.DAMAGED, path=str(path), detail="; ".join(check))
    if application_id != APPLICATION_ID and (application_id != 0 or tables - {"_sqlite_migrations"}):
        raise store_error(errors.FOREIGN, path=str(path))
    try:
        applied = applied_names(conn)
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, path, during="open") from exc
    version = file_version(int(major), applied)
    if version.major > SCHEMA.major:
        raise store_error(errors.TOO_NEW, path=str(path), found=str(version), supported=str(SCHEMA))
    return FileState(version, tuple(migrations.due(applied)))


@contextlib.contextmanager
def translate_errors(path: str | os.PathLike[str] | None = None, *,
                     during: errors.During = "write") -> Iterator[None]:
    """Turn SQLite's failures into StoreErrors the user can act on (a transaction inside has rolled back).
    They are told apart by SQLite's result code (errors.from_sqlite)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, path, during=during) from exc


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One user action: everything inside is written together or not at all."""
    with translate_errors(db.path), db.atomic():
        yield db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """transaction() with the write lock taken before anything is read (BEGIN IMMEDIATE): for a change decided
    by what the file holds (an import matching its rows), so that no other writer can come between the reading
    and the writing. Another writer waits, then sees this change whole; inside a transaction it is a savepoint."""
    if db.conn.in_transaction:
        with transaction(db):
            yield db
        return
    with translate_errors(db.path):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.rollback()
            raise
        db.conn.commit()
