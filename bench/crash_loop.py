"""Crash loop: writers killed (SIGKILL) at the commit and at random moments; how many files opened intact.

Each run starts a writer on a copy of a small register. The writer flips every colleague's notes to a new
generation in one transaction, again and again. The loop kills it either as soon as its journal turns up (so
the kill lands inside the commit) or after a random delay, then opens the file as the app does and checks that
every row carries one generation (all-before or all-after) and that `integrity_check` says ok.

    PYTHONPATH=. python bench/crash_loop.py [RUNS]      (default 200)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = r"""
import sys
from desktop.store.database import open_database, transaction
db = open_database(sys.argv[1], create=False)
print("ready", flush=True)
generation = 0
while True:
    generation += 1
    with transaction(db):
        db.execute("UPDATE colleagues SET notes = ?", (f"generation {generation} " + "x" * 400,))
"""


def make_register(path: Path, people: int = 800) -> None:
    from desktop.models.colleague import Colleague
    from desktop.store.database import open_database, transaction
    from desktop.store.repository import Register

    register = Register(open_database(path))
    register.add_many(Colleague(first_name=f"P{i}", last_name="Jansen") for i in range(people))
    with transaction(register.db):
        register.db.execute("UPDATE colleagues SET notes = 'generation 0'")
    register.db.close()


def one_run(template: Path, folder: Path, at_commit: bool, rng: random.Random) -> tuple[bool, bool, str]:
    """(opened intact, a hot journal was left behind, what went wrong)"""
    from desktop.store.database import open_database
    from desktop.store.errors import StoreError

    path = folder / "calendar.sqlite"
    for leftover in folder.iterdir():
        leftover.unlink()
    shutil.copyfile(template, path)
    journal = path.with_name(path.name + "-journal")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert writer.stdout is not None
    writer.stdout.readline()
    if at_commit:
        # Skip a random number of transactions, then kill the moment the journal is there.
        time.sleep(rng.uniform(0, 0.05))
        deadline = time.monotonic() + 5
        while not journal.exists() and time.monotonic() < deadline:
            pass
        time.sleep(rng.uniform(0, 0.004))
    else:
        time.sleep(rng.uniform(0, 0.3))
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    hot = journal.exists() and journal.stat().st_size > 0
    try:
        db = open_database(path, create=False)
    except StoreError as exc:
        return False, hot, str(exc)
    try:
        check = db.execute("PRAGMA integrity_check").fetchall()
        generations = {row[0].split(" x")[0] for row in db.execute("SELECT notes FROM colleagues")}
        count = db.execute("SELECT count(*) FROM colleagues").fetchone()[0]
    finally:
        db.close()
    if check != [("ok",)]:
        return False, hot, f"integrity_check: {check}"
    if len(generations) != 1 or count != 800:
        return False, hot, f"mixed content: {sorted(generations)[:3]}, {count} rows"
    return True, hot, ""


def main(runs: int) -> int:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.sqlite"
        make_register(template)
        folder = Path(tmp) / "run"
        folder.mkdir()
        intact = hot_journals = 0
        failures: list[str] = []
        for index in range(runs):
            ok, hot, why = one_run(template, folder, at_commit=index % 4 != 3, rng=rng)
            intact += ok
            hot_journals += hot
            if not ok:
                failures.append(why)
    print(f"{intact} of {runs} killed writers left a file that opened intact "
          f"({hot_journals} left a journal behind to roll back)")
    for why in failures[:5]:
        print("  ", why)
    return 0 if intact == runs else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
