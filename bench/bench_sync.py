"""Sharing with a committee on a real Radicale server on 127.0.0.1: a member joins a shared register of 5,000
colleagues and their plans (an empty file pulling everything: target < 60 s), a round with nothing changed
(< 1 s), and a round after one change (< 2 s, for the member who made it and for one who receives it); the same
after one member forgot a colleague (the erasure marker read by every round).

The shared register is put on the server first in one upload per collection (Radicale takes a whole address book
or calendar in one PUT): the demo organisation's cards and tasks as the app writes them. That is preparation,
not measured: the first member's own upload goes card by card, and Radicale's PUT grows with the collection
(see the README's Benchmarks), which would take the bench the better part of an hour. With `--upload` the
first member's own round is measured as well.

Run: PYTHONPATH=$PWD .venv/bin/python bench/bench_sync.py [PEOPLE] [--upload]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import niquests

from desktop.exchange.demo import write_demo
from desktop.exchange.sync.engine import Settings, sync
from desktop.exchange.sync.vcard_map import colleague_fields, to_vcard
from desktop.exchange.sync.vtodo_map import plan_fields, shareable, to_vtodo
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database, open_database
from desktop.store.privacy import forget
from desktop.store.repository import Register
from tests.support.dav_servers import PASSWORD, USER, Server


def timed(label: str, target: float | None, run):
    started = time.perf_counter()
    report = run()
    seconds = time.perf_counter() - started
    goal = f"(target < {target:g} s)" if target is not None else ""
    counts = {key: value for key, value in report.as_json().items() if key != "collections"}
    print(f"{label:<46} {seconds:7.2f} s {goal:<18} {counts}")
    return report


def upload(server: Server, source: Database) -> tuple[int, int]:
    """The register's cards and tasks, one PUT per collection (Radicale's whole-collection upload)."""
    register = Register(source)
    departments = {d.id: d.name for d in register.departments()}
    colleagues = register.colleagues()
    uid_of = {c.id: f"bench-{c.id}" for c in colleagues}
    cards = "".join(to_vcard(colleague_fields(c, departments.get(c.department_id, "")), uid_of[c.id])
                    for c in colleagues)
    people = {uid_of[c.id]: (c.email, c.full_name) for c in colleagues}
    plans = [p for p in Celebrations(source).all() if shareable(p)]
    tasks = [to_vtodo(plan_fields(p, uid_of), f"bench-plan-{p.id}", p.what, people) for p in plans]
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "".join(
        task.split("BEGIN:VTODO", 1)[1].rsplit("END:VTODO", 1)[0].join(["BEGIN:VTODO", "END:VTODO\r\n"])
        for task in tasks) + "END:VCALENDAR\r\n"
    with niquests.Session() as session:
        session.auth = (USER, PASSWORD)
        for segment, data, kind in (("lief-en-leed-addressbook", cards, "text/vcard"),
                                    ("lief-en-leed-calendar", body, "text/calendar")):
            response = session.put(f"{server.url}{USER}/{segment}/", data=data.encode(),
                                   headers={"Content-Type": f"{kind}; charset=utf-8"})
            assert response.status_code in (201, 204), response.status_code
    return len(colleagues), len(plans)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    people = int(args[0]) if args else 5000
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = Server("radicale", folder / "radicale")
    server.start()
    try:
        settings = Settings(server.url, server.user, "Lief en leed", "Lief en leed")
        source = open_database(folder / "source.sqlite")
        write_demo(Register(source), people=people, seed=1, today=date(2026, 12, 1))
        if "--upload" in sys.argv:
            print(f"{Register(source).count()} colleagues, {len(Celebrations(source).all())} plans")
            timed("the first member sends the register", None, lambda: sync(source, settings, PASSWORD))
        else:
            colleagues, plans = upload(server, source)
            print(f"on the server: {colleagues} colleagues, {plans} plans")
        bob, carla = (open_database(folder / f"{name}.sqlite") for name in ("bob", "carla"))
        timed("a member joins (an empty file)", 60, lambda: sync(bob, settings, PASSWORD))
        assert Register(bob).count() == people
        sync(carla, settings, PASSWORD)
        timed("a round with nothing changed", 1, lambda: sync(bob, settings, PASSWORD))
        register = Register(bob)
        someone = register.colleagues()[people // 2]
        register.update(someone.with_changes(likes=someone.likes + " en drop"))
        timed("a round after one change (who made it)", 2, lambda: sync(bob, settings, PASSWORD))
        timed("a round after one change (who receives it)", 2, lambda: sync(carla, settings, PASSWORD))
        timed("a round with nothing changed (who received)", 1, lambda: sync(carla, settings, PASSWORD))
        forget(bob, [register.colleagues()[people // 3].id])  # the AVG's right to erasure: a marker on the server
        timed("a round after forgetting one (who forgot)", 2, lambda: sync(bob, settings, PASSWORD))
        timed("a round after one was forgotten elsewhere", 2, lambda: sync(carla, settings, PASSWORD))
        timed("a round with nothing changed (with a marker)", 1, lambda: sync(carla, settings, PASSWORD))
        for db in (source, bob, carla):
            db.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
