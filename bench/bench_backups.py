"""Backups of a 5,000-colleague file: one verified backup (what the window makes on its worker after opening,
and on its own connection when it closes; target < 250 ms, a pause nobody notices at closing), the full check
of Check database, listing the backups (File › Backups…) and finding the newest good one (a damaged file's
refusal), each the median of seven runs.

Run: PYTHONPATH=. .venv/bin/python bench/bench_backups.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.store import backups
from desktop.store.checking import full_check
from desktop.store.database import open_database
from desktop.store.repository import Register


def _median_ms(work: Callable[[int], object], runs: int = 7) -> tuple[float, float]:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-backups.sqlite"
        register = Register(open_database(path))
        write_demo(register, people=5000, seed=1, today=date(2026, 11, 28))
        db = register.db
        first = datetime(2026, 12, 2, 9, 0)
        print(f"file: {path.stat().st_size / 1024 / 1024:.1f} MiB")
        median, worst = _median_ms(lambda run: backups.make_backup(db, first + timedelta(minutes=run)))
        print(f"one verified backup: median {median:.0f} ms, max {worst:.0f} ms (target < 250 ms)")
        median, worst = _median_ms(lambda run: full_check(db))
        print(f"full check (integrity_check + foreign_key_check): median {median:.0f} ms, max {worst:.0f} ms")
        median, worst = _median_ms(lambda run: backups.list_backups(path))
        print(f"listing 7 backups: median {median:.0f} ms, max {worst:.0f} ms")
        median, worst = _median_ms(lambda run: backups.newest_good(path))
        print(f"the newest good backup: median {median:.0f} ms, max {worst:.0f} ms")
        db.close()


if __name__ == "__main__":
    main()
