"""Sharing with a committee on a real Radicale server on 127.0.0.1: the demo organisation of 5,000 colleagues
with a year of plans goes up from one member's file; then a second member joins (an empty file pulling the whole
register: target < 60 s), a round with nothing changed (< 1 s), and a round after one change (< 2 s, for the
member who made it and for the one who receives it).

Run: PYTHONPATH=$PWD .venv/bin/python bench/bench_sync.py [PEOPLE]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.exchange.sync.engine import Settings, sync
from desktop.store.celebrations import Celebrations
from desktop.store.database import open_database
from desktop.store.repository import Register
from tests.support.dav_servers import PASSWORD, Server


def timed(label: str, target: float | None, run):
    started = time.perf_counter()
    report = run()
    seconds = time.perf_counter() - started
    goal = f"(target < {target:g} s)" if target is not None else ""
    print(f"{label:<44} {seconds:7.2f} s {goal}  {report.as_json() | {'collections': '…'}}")
    return report


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = Server("radicale", folder / "radicale")
    server.start()
    try:
        settings = Settings(server.url, server.user, "Lief en leed", "Lief en leed")
        anna = open_database(folder / "anna.sqlite")
        write_demo(Register(anna), people=people, seed=1, today=date(2026, 12, 1))
        plans = len(Celebrations(anna).all())
        print(f"{people} colleagues, {plans} plans")
        timed("first member sends the register", None, lambda: sync(anna, settings, PASSWORD))
        bob = open_database(folder / "bob.sqlite")
        timed("second member joins (empty file)", 60, lambda: sync(bob, settings, PASSWORD))
        assert Register(bob).count() == people
        timed("a round with nothing changed", 1, lambda: sync(bob, settings, PASSWORD))
        register = Register(anna)
        someone = register.colleagues()[people // 2]
        register.update(someone.with_changes(likes=someone.likes + " en drop"))
        timed("a round after one change (who made it)", 2, lambda: sync(anna, settings, PASSWORD))
        timed("a round after one change (who receives it)", 2, lambda: sync(bob, settings, PASSWORD))
        anna.close()
        bob.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
