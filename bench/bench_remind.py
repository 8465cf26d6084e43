"""`remind` before sending: every mail due on a Monday for a 5,000-colleague organisation (target < 2 s).

Builds the demo organisation with two months of stored plans, then times, in a fresh process as cron runs it,
`social-calendar remind --today D --format json` (start-up, reading the file, the plans and the mails), and
in-process the due_mails() call alone.

Run: PYTHONPATH=. .venv/bin/python bench/bench_remind.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.exchange.planning import apply_plans, plan_period
from desktop.store.database import open_database
from desktop.store.file_settings import write_setting
from desktop.store.repository import Register

TODAY = date(2027, 3, 1)  # a Monday


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-remind.sqlite"
        register = Register(open_database(path))
        write_demo(register, people=5000, seed=1, today=date(2026, 11, 28))
        from desktop.exchange.reminders import due_mails, qt_texts
        from desktop.i18n import text
        from desktop.qt_app import command_application

        command_application(False)
        apply_plans(register, plan_period(register, TODAY, TODAY + timedelta(days=60)), text)
        write_setting(register.db, "mail.manager", "hr@example.nl")
        times = []
        for _ in range(5):
            started = time.perf_counter()
            mails = due_mails(register, TODAY, qt_texts())
            times.append(time.perf_counter() - started)
        register.db.close()
        print(f"due_mails, 5,000 colleagues: {len(mails)} mails, median {statistics.median(times) * 1000:.0f} ms")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "desktop", "remind", "--db", str(path), "--today",
                            TODAY.isoformat(), "--format", "json"], check=True, capture_output=True, env=env)
            runs.append(time.perf_counter() - started)
        print(f"social-calendar remind (whole process): median {statistics.median(runs):.2f} s, "
              f"max {max(runs):.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
