"""Printing speed: the busiest month of a 5,000-colleague organisation as PDF, both versions (target < 2 s).

Run: .venv/bin/python bench/bench_print.py
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402 - after choosing the platform

from desktop.exchange.demo import write_demo  # noqa: E402
from desktop.exchange.month_report import ReportAudience, month_report  # noqa: E402
from desktop.i18n import install_translations  # noqa: E402
from desktop.models.occasions import occasions_between  # noqa: E402
from desktop.render.documents import write_pdf  # noqa: E402
from desktop.render.month_pages import MonthPages  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from desktop.store.repository import Register  # noqa: E402

TARGET_S = 2.0


def main() -> None:
    app = QGuiApplication([])
    install_translations(app, "nl")
    today = date(2026, 11, 28)
    with tempfile.TemporaryDirectory() as folder:
        register = Register(open_database(Path(folder) / "bench.sqlite"))
        write_demo(register, people=5000, seed=1, today=today)
        found = occasions_between(register.colleagues(), register.recorded_occasions(), date(2027, 1, 1),
                                  date(2027, 12, 31))
        (year, month), _ = Counter((o.date.year, o.date.month) for o in found).most_common(1)[0]
        for audience in ReportAudience:
            started = time.perf_counter()
            report = month_report(register, year, month, audience)
            pages = MonthPages(report, today)
            count = write_pdf(Path(folder) / f"{audience.value}.pdf", "a4", pages.title(), pages.paint)
            elapsed = time.perf_counter() - started
            print(f"{year}-{month:02d}, {audience.value:7}: {len(report.rows):4} rows, {count:3} pages, "
                  f"{elapsed:5.2f} s (report data and PDF; target < {TARGET_S:.0f} s)")
        from desktop.exchange.month_report import birthday_calendar
        from desktop.render.calendar_pages import CalendarPages

        started = time.perf_counter()
        calendar = CalendarPages(birthday_calendar(register.colleagues(), today))
        count = write_pdf(Path(folder) / "calendar.pdf", "a4", calendar.title(), calendar.paint)
        print(f"birthday calendar of 5,000 colleagues: {count} pages, {time.perf_counter() - started:5.2f} s "
              f"(target < {TARGET_S:.0f} s)")
        register.db.close()


if __name__ == "__main__":
    main()
