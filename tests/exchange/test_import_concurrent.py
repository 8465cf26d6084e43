"""Two imports of one file at the same moment (two windows, a scheduled task and the manager) give one set of
colleagues: the matching happens under the write lock, taken before it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from desktop.exchange.importing import ImportFileError, apply_import, plan_import
from desktop.store.database import open_database
from desktop.store.repository import Register

ROOT = str(Path(__file__).resolve().parents[2])


def _hr_file(tmp_path, people=300) -> Path:
    path = tmp_path / "hr.csv"
    rows = [f"P{i};Jansen;p{i}@example.nl;Afdeling {i % 7};03-04-1980" for i in range(people)]
    path.write_text("Voornaam;Achternaam;E-mail;Afdeling;Geboortedatum\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def _applied_together(registers, plans) -> list[str]:
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def apply(register, plan):
        start.wait()
        try:
            apply_import(plan, register)
            outcomes.append("applied")
        except ImportFileError as exc:
            outcomes.append(str(exc.message.untranslated()).split(" (")[0])

    threads = [threading.Thread(target=apply, args=pair) for pair in zip(registers, plans, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_imports_previewed_together_and_applied_together_add_everyone_once(tmp_path, db_path, today):
    source = _hr_file(tmp_path)
    for attempt in range(10):
        db_path.unlink(missing_ok=True)
        open_database(db_path).close()
        registers = [Register(open_database(db_path)) for _ in range(2)]
        plans = [plan_import(source, register, today) for register in registers]  # both previews: all new
        outcomes = _applied_together(registers, plans)
        # One writes; the other finds its preview outdated and writes nothing (its user imports again).
        assert sorted(outcomes) == ["The register changed since this preview", "applied"], outcomes
        assert registers[0].count() == 300, f"attempt {attempt}: {registers[0].count()} colleagues"
        assert len(registers[0].departments()) == 7
        for register in registers:
            register.db.close()


def test_two_import_commands_at_once_never_duplicate(tmp_path, db_path):
    source = _hr_file(tmp_path, people=500)
    command = [sys.executable, "-m", "desktop", "import", str(source), "--db", str(db_path), "--lang", "en"]
    env = {**os.environ, "PYTHONPATH": ROOT}
    for _ in range(4):
        db_path.unlink(missing_ok=True)
        open_database(db_path).close()
        runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
        results = [(run.wait(), run.stdout.read(), run.stderr.read()) for run in runs]
        for run in runs:
            run.stdout.close()
            run.stderr.close()
        assert [code for code, _, _ in results] == [0, 0], results
        outputs = sorted(out.strip() for _, out, _ in results)
        assert outputs == ["Imported: 0 new, 0 updated, 500 unchanged, 0 refused",
                           "Imported: 500 new, 0 updated, 0 unchanged, 0 refused"]
        register = Register(open_database(db_path))
        assert register.count() == 500
        register.db.close()
