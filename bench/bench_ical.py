"""iCalendar export speed: one year of occasions for 5,000 colleagues, built and serialised (target < 1.5 s).

Run: .venv/bin/python bench/bench_ical.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.exchange.demo import write_demo
from desktop.exchange.ical.export import ExportOptions, build_calendar
from desktop.i18n import install_translations
from desktop.models.occasions import Audience
from desktop.store.database import open_database
from desktop.store.repository import Register

TARGET_S = 1.5


def main() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_translations(app, "nl")
    today = date(2026, 11, 28)
    now = datetime(2026, 11, 28, 9, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        register = Register(open_database(Path(folder) / "bench.sqlite"))
        write_demo(register, people=5000, seed=1, today=today)
        for audience in (Audience.MANAGER, Audience.SHARED):
            for recurring in (False, True):
                timings, size, events = [], 0, 0
                for _ in range(5):
                    started = time.perf_counter()
                    calendar = build_calendar(register, ExportOptions(today, date(2027, 11, 27), audience, recurring),
                                              now)
                    data = calendar.to_ical()
                    timings.append(time.perf_counter() - started)
                    size, events = len(data), len(calendar.events)
                form = "recurring" if recurring else "plain"
                print(f"export one year, 5,000 colleagues, {audience.value:7} {form:9}: {events:5} events, "
                      f"{size / 1e6:4.1f} MB, median {statistics.median(timings):5.2f} s, max {max(timings):5.2f} s "
                      f"(target < {TARGET_S} s)")
        register.db.close()


if __name__ == "__main__":
    main()
