"""Occasion speed: all occasions of a year for 5,000 colleagues (target < 100 ms).

Run: .venv/bin/python bench/bench_occasions.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.models.occasions import Audience, occasions_between
from desktop.store.database import open_database
from desktop.store.repository import Register


def main() -> None:
    today = date(2026, 11, 28)
    with tempfile.TemporaryDirectory() as folder:
        register = Register(open_database(Path(folder) / "bench.sqlite"))
        write_demo(register, people=5000, seed=1, today=today)
        colleagues, records = register.colleagues(), register.recorded_occasions()
        for audience in Audience:
            timings = []
            for _ in range(15):
                started = time.perf_counter()
                found = occasions_between(colleagues, records, date(2027, 1, 1), date(2027, 12, 31),
                                          audience=audience)
                timings.append((time.perf_counter() - started) * 1000)
            print(f"occasions of 2027, 5,000 colleagues, {audience.value:7}: {len(found):5} occasions, "
                  f"median {statistics.median(timings):6.1f} ms, max {max(timings):6.1f} ms (target < 100 ms)")
        started = time.perf_counter()
        register.colleagues()
        print(f"loading 5,000 colleagues from the file: {(time.perf_counter() - started) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
