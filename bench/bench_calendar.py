"""Calendar speed: switching months in the month view with 5,000 colleagues (target < 50 ms), painting
included, and building the coming-up home view.

Run: .venv/bin/python bench/bench_calendar.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics  # noqa: E402 - the platform must be chosen before Qt loads
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.exchange.demo import write_demo  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from desktop.store.repository import Register  # noqa: E402
from desktop.ui.calendar.coming_up_view import ComingUpView  # noqa: E402
from desktop.ui.calendar.month_view import MonthView  # noqa: E402
from desktop.ui.calendar.source import OccasionSource  # noqa: E402
from desktop.ui.clock import Clock  # noqa: E402

SWITCHES = 24


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def main() -> None:
    import sys

    import PySide6

    if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
        # 6.12.0 drops a reference to None on every call of a void Qt method under Python 3.11; a few thousand
        # calls later Python aborts with "deallocating None". 6.11.3 is fine.
        sys.exit("bench_calendar: PySide6 6.12.0 on Python 3.11 crashes after a few thousand Qt calls; "
                 "use PySide6-Essentials 6.11.x")
    app = QApplication.instance() or QApplication([])
    today = date(2026, 11, 28)
    clock = Clock(lambda: datetime.combine(today, datetime.min.time()))
    with tempfile.TemporaryDirectory() as folder:
        register = Register(open_database(Path(folder) / "bench.sqlite"))
        write_demo(register, people=5000, seed=1, today=today)
        source = OccasionSource(register.colleagues(), register.recorded_occasions(),
                                {d.id: d.name for d in register.departments()})
        register.db.close()

    started = time.perf_counter()
    home = ComingUpView(source, clock)
    home.resize(1200, 800)
    home.show()
    app.processEvents()
    home.grab()
    print(f"coming-up view, 5,000 colleagues: built and painted in {_ms(started):6.1f} ms")
    started = time.perf_counter()
    home.refresh()
    print(f"coming-up view refresh: {_ms(started):6.1f} ms "
          f"({len(home.coming_up().this_week) + len(home.coming_up().next_days)} occasions)")

    view = MonthView(source, clock)
    view.resize(1280, 800)
    started = time.perf_counter()
    view.show()
    app.processEvents()
    view.grab()
    print(f"month view first show (loads public holidays): {_ms(started):6.1f} ms")

    timings = []
    for step in range(SWITCHES):
        started = time.perf_counter()
        view.shift_months(1 if step < SWITCHES // 2 else -1)
        view.repaint()  # paints the grid, month label and day panel now, so painting counts
        timings.append(_ms(started))
        app.processEvents()  # idle work (the neighbouring year near a year's edge) runs between switches
    shown = sum(len(view.grid.occasions_on(day)) for day in _days(view))
    print(f"switching months, 5,000 colleagues ({shown} occasions in the last grid): median "
          f"{statistics.median(timings):5.1f} ms, max {max(timings):5.1f} ms over {SWITCHES} switches "
          f"(target < 50 ms)")


def _days(view: MonthView) -> list[date]:
    from datetime import timedelta

    from desktop.ui.calendar.month_grid import grid_start

    start = grid_start(view.grid.year, view.grid.month)
    return [start + timedelta(days=offset) for offset in range(42)]


if __name__ == "__main__":
    main()
