"""The demo organisation to try the app on: a file of its own (`demo.sqlite` in the data folder), never the
user's register, made with the same demo code as the `demo` command the first time it is asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.preferences import recent_files

DEMO_NAME = "demo.sqlite"
DEMO_PEOPLE = 150  # as `make run`: enough for every kind of occasion, small enough to make in a moment
DEMO_SEED = 1


def demo_path() -> Path:
    from desktop.store.database import default_path

    return default_path().with_name(DEMO_NAME)


def is_demo(path: Path) -> bool:
    return path.resolve() == demo_path().resolve()


def own_file(before: Path | None = None) -> Path:
    """The user's own file to go back to from the demo: the one open before it, else the latest recent file that
    is not the demo and still exists, else the default file."""
    if before is not None and not is_demo(before):
        return before
    for name in recent_files():
        path = Path(name)
        if not is_demo(path) and path.exists():
            return path
    from desktop.store.database import default_path

    return default_path()


def make_demo(today: date) -> Path:
    """The demo file, filled with the demo organisation when it is new or empty; raises StoreError."""
    from desktop.exchange.demo import write_demo
    from desktop.i18n import text
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    path = demo_path()
    db = open_database(path)
    try:
        register = Register(db)
        if not register.count():
            write_demo(register, people=DEMO_PEOPLE, seed=DEMO_SEED, today=today, translate=text)
    finally:
        db.close()
    return path
