"""How long importing a 5,000-row CSV takes (issue 2, item 7: under 2 seconds). Prints figures; not a test.

Run: .venv/bin/python bench/bench_import.py [--rows N]
Measures plan + apply for: a first import into an empty file, a re-import of the same file (every row
matches a colleague and changes nothing) and a re-import where every row changes (every row is written).
Then the first import again with the progress reports the window shows, as a ratio to the same import without.
Everything happens in a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.exchange.importing import apply_import, plan_import
from desktop.models.progress import Progress
from desktop.store.database import open_database
from desktop.store.repository import Register

TARGET_SECONDS = 2.0
TODAY = date(2026, 11, 28)
FIRST = ["Anna", "Bram", "Chantal", "Daan", "Eva", "Fatima", "Gijs", "Hanna", "Ismail", "Joost", "Karin", "Lotte",
         "Mohammed", "Noor", "Ömer", "Pieter", "Renée", "Sanne", "Thijs", "Yara"]
PREFIXES = ["", "", "", "van", "de", "van der", "van den", "ter", "in 't"]
LAST = ["Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Dekker", "Brontë",
        "Yılmaz", "Haddou", "Kok", "Jacobs", "Vermeulen"]
DEPARTMENTS = ["Financiën", "ICT", "HR", "Facilitair", "Inkoop", "Communicatie", "Juridische Zaken", "Klantcontact"]
HEADER = ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Afdeling", "Geboortedatum", "Datum in dienst",
          "Werkdagen", "Vieren", "Leeftijd tonen", "Organiseert mee", "Notities"]


def write_csv(path: Path, rows: int, seed: int, note: str) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for number in range(rows):
            birth = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
            hired = birth + timedelta(days=rng.randrange(20 * 365, 25 * 365))
            year_known = rng.random() > 0.1
            writer.writerow([
                rng.choice(FIRST), rng.choice(PREFIXES), rng.choice(LAST), f"collega{number}@example.nl",
                rng.choice(DEPARTMENTS), birth.strftime("%d-%m-%Y") if year_known else birth.strftime("%d-%m"),
                hired.isoformat(), rng.choice(["ma,di,wo,do,vr", "ma,di,do", "mon,tue,wed"]),
                rng.choice(["ja", "ja", "ja", "stil", "nee"]), rng.choice(["ja", "nee"]), rng.choice(["ja", "nee"]),
                note,
            ])


def timed_import(path: Path, register: Register, progress: Progress | None = None) -> tuple[float, float, str]:
    started = time.perf_counter()
    plan = plan_import(path, register, TODAY, progress=progress)
    planned = time.perf_counter()
    apply_import(plan, register, progress=progress)
    done = time.perf_counter()
    summary = f"{len(plan.new)} new, {len(plan.updated)} updated, {len(plan.unchanged)} unchanged, " \
              f"{len(plan.refused)} refused"
    return planned - started, done - planned, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        folder_path = Path(folder)
        first, changed = folder_path / "colleagues.csv", folder_path / "colleagues-changed.csv"
        write_csv(first, rows, seed=1, note="")
        write_csv(changed, rows, seed=1, note="bijgewerkt")
        db = open_database(folder_path / "bench.sqlite")
        register = Register(db)
        print(f"Import of a {rows}-row CSV (target: plan + apply under {TARGET_SECONDS:.1f} s)")
        for label, path in (("first import into an empty file", first),
                            ("re-import of the same file", first),
                            ("re-import, every row changed", changed)):
            plan_s, apply_s, summary = timed_import(path, register)
            total = plan_s + apply_s
            verdict = "OK" if total < TARGET_SECONDS else "TOO SLOW"
            print(f"  {label:34s} plan {plan_s:6.3f} s + apply {apply_s:6.3f} s = {total:6.3f} s  "
                  f"[{verdict}]  ({summary})")
        assert register.count() == rows, "re-imports must never duplicate colleagues"
        db.close()
        # What the window's progress bar costs (issue 13, item 9): the same first import with and without it.
        bare, reported = (sum(timed_import(first, Register(open_database(folder_path / f"{name}.sqlite")),
                                           progress)[:2]) for name, progress in (("bare", None),
                                                                                 ("reported", Progress())))
        print(f"  first import with progress reports:  {reported:6.3f} s, {reported / bare:4.2f}x the same import "
              f"without ({bare:.3f} s)")


if __name__ == "__main__":
    main()
