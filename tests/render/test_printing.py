"""The monthly overview and the birthday calendar as PDF (issue 5): real text read back with pdftotext, privacy
of the notice board, page breaks, both languages, and the command line's exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.exchange.month_report import ReportAudience, default_month, month_report, parse_month
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind
from desktop.store.celebrations import Celebrations

ROOT = Path(__file__).resolve().parents[2]
# Strings that only the manager may see.
PRIVATE = ["Quirine Stilte", "Abraham", "50", "geheimlikes-zeilen", "geheimdieet-glutenvrij",
           "geheimnotitie-verhuizing", "Taart-met-kaars", "plannotitie-xyz", "Olga Organisator", "Otto Regelaar",
           "42.42", "Monthly treat", "Budget", "€", "quiet", "Get well", "Kees Ziek"]


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # Wrapped cells come out on several lines: one space between words makes phrases findable.
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def person(first, last, birth, dept=None, **changes) -> Colleague:
    return Colleague(first_name=first, last_name=last, birth=PartialDate.from_date(birth) if birth else None,
                     hire_date=changes.pop("hire_date", date(2015, 1, 5)), department_id=dept, **changes)


@pytest.fixture
def office(register):
    return make_office(register)


def make_office(register) -> dict[str, Colleague]:
    from desktop.models.occasion_records import RecordedOccasion

    sales, ict = (register.add_department(name).id for name in ("Sales", "ICT"))
    people = register.add_many([
        person("Anna", "Zichtbaar", date(1987, 3, 10), sales),  # 40: a milestone everyone may see
        person("Quirine", "Stilte", date(1980, 3, 12), ict, celebrate=Celebrate.QUIET),
        person("Norbert", "Geenfeest", date(1981, 3, 14), ict, celebrate=Celebrate.NO),
        person("Hanna", "Verborgen", date(1977, 3, 20), sales, show_age=False),  # 50, hidden
        person("Pieter", "Notitie", date(1990, 3, 5), sales, likes="geheimlikes-zeilen",
               dietary="geheimdieet-glutenvrij", notes="geheimnotitie-verhuizing"),
        person("Willem", "Jubilaris", date(1970, 6, 1), ict, hire_date=date(2014, 9, 30)),  # 12.5 years: 30 March
        person("Olga", "Organisator", date(1985, 6, 2), sales),
        person("Otto", "Regelaar", date(1986, 6, 3), ict),
        person("Kees", "Ziek", date(1975, 7, 7), ict),
        person("Ex", "Vertrokken", date(1979, 3, 8), ict, end_date=date(2026, 1, 31)),
    ])
    by_name = {c.first_name: c for c in people}
    register.add_recorded_occasion(RecordedOccasion(id=None, colleague_id=by_name["Kees"].id, kind="get_well",
                                                     date=date(2027, 3, 16)))
    organisers = (Organiser(by_name["Olga"].id, "knows"), Organiser(by_name["Otto"].id, "bridge"))
    store = Celebrations(register.db)
    pieter = by_name["Pieter"]
    store.save(Celebration(None, f"birthday-{pieter.id}-2027-03-05", "birthday", pieter.id, date(2027, 3, 5),
                           date(2027, 3, 5), "Taart-met-kaars", "", 4242, Status.PLANNED, None, "plannotitie-xyz",
                           1.0, organisers))
    store.save(Celebration(None, "monthly_treat-2027-03", Kind.MONTHLY_TREAT, None, date(2027, 3, 25),
                           date(2027, 3, 25), "Cake for everyone", "", 3000, Status.TO_PLAN, None, "", 1.0, organisers))
    return by_name


def print_month(db_path, out, *extra) -> int:
    return main(["print-month", "2027-03", "--db", str(db_path), "--out", str(out), *extra])


# -- the report data --------------------------------------------------------------------------------
def test_month_and_default_month_parsing():
    assert parse_month("2027-03") == (2027, 3)
    for bad in ("2027-13", "2027-00", "27-03", "2027-3-1", "maart", ""):
        with pytest.raises(ValueError, match=".*"):
            parse_month(bad)
    assert default_month(date(2027, 3, 4)) == (2027, 3)
    assert default_month(date(2027, 3, 20)) == (2027, 4)
    assert default_month(date(2026, 12, 28)) == (2027, 1)


def test_manager_rows_carry_plans_and_the_board_rows_nothing_private(register, office):
    manager = month_report(register, 2027, 3, ReportAudience.MANAGER)
    names = [row.name for row in manager.rows]
    assert "Quirine Stilte" in names
    assert "Norbert Geenfeest" not in names
    assert "Ex Vertrokken" not in names
    assert [row.day for row in manager.rows] == sorted(row.day for row in manager.rows)
    pieter = next(row for row in manager.rows if row.name == "Pieter Notitie")
    assert (pieter.organisers, pieter.budget_cents, pieter.status) == (("Olga Organisator", "Otto Regelaar"), 4242,
                                                                      Status.PLANNED)
    assert manager.total_budget_cents == 4242 + 3000
    assert any(row.kind == Kind.MONTHLY_TREAT for row in manager.rows)
    board = month_report(register, 2027, 3, ReportAudience.BOARD)
    assert {row.name for row in board.rows} == {"Anna Zichtbaar", "Hanna Verborgen", "Pieter Notitie",
                                                "Willem Jubilaris"}
    hanna = next(row for row in board.rows if row.name == "Hanna Verborgen")
    assert hanna.age is None
    assert not hanna.milestone
    assert all(not (r.organisers or r.plan or r.budget_cents or r.notes or r.likes or r.quiet) for r in board.rows)


# -- the PDFs ------------------------------------------------------------------------------------------
def test_manager_pdf_has_every_occasion_and_the_private_details(register, office, db_path, tmp_path, capsys):
    out = tmp_path / "manager.pdf"
    assert print_month(db_path, out) == 0
    assert "manager.pdf" in capsys.readouterr().out
    text = pdf_text(out)
    # March 2027 for the manager: every birthday of the month (the quiet one too), the 12.5 years, the get-well
    for name in ("Anna Zichtbaar", "Quirine Stilte", "Hanna Verborgen", "Pieter Notitie", "Willem Jubilaris",
                 "Kees Ziek"):
        assert name in text, name
    for private in PRIVATE:
        assert private in text, private
    assert "March 2027" in text
    assert "Page 1 of 1" in text
    assert "Printed on" in text
    assert "50 years — Abraham/Sarah" in text
    assert "★" in text
    assert "12.5 years of service — copper jubilee" in text
    assert "Norbert Geenfeest" not in text
    assert "Ex Vertrokken" not in text
    assert not list(tmp_path.glob(".*.part"))


def test_board_pdf_shows_only_what_colleagues_share(register, office, db_path, tmp_path):
    out = tmp_path / "board.pdf"
    assert print_month(db_path, out, "--audience", "board") == 0
    text = pdf_text(out)
    for name in ("Anna Zichtbaar", "Hanna Verborgen", "Pieter Notitie", "Willem Jubilaris", "Sales", "ICT"):
        assert name in text
    assert "★ 40 years" in text  # a shared milestone is highlighted
    assert "Norbert Geenfeest" not in text
    leaks = [private for private in PRIVATE if private in text]
    assert not leaks, leaks


def test_a_long_month_runs_over_pages_with_headers_and_whole_rows(register, db_path, tmp_path, capsys):
    register.add_many(person(f"Tester{i:03d}", "Lang", date(1980 + i % 30, 3, 1 + i % 31)) for i in range(400))
    out = tmp_path / "long.pdf"
    for audience in ("manager", "board"):
        assert print_month(db_path, out, "--audience", audience, "--format", "json") == 0
        pages = json.loads(capsys.readouterr().out)["pages"]
        assert pages == pdf_pages(out) > 3
        text = pdf_text(out)
        counts = Counter(re.findall(r"\bTester(\d{3})\b", text))
        assert len(counts) == 400
        assert set(counts.values()) == {1}
        assert text.count("Date") == pages
        assert text.count("What") == pages
        assert f"Page 2 of {pages}" in text
        assert text.count("Printed on") == pages


def test_dutch_month_name_and_labels(register, office, db_path, tmp_path):
    out = tmp_path / "nl.pdf"
    assert print_month(db_path, out, "--lang", "nl") == 0
    text = pdf_text(out)
    assert "maart 2027" in text
    assert "12,5 jaar in dienst" in text
    assert "50 jaar" in text
    assert re.search(r"\bdi 16\b", text)  # Dutch weekday names
    assert print_month(db_path, out, "--lang", "nl", "--audience", "board") == 0
    assert "Maart 2027" in pdf_text(out)


def test_letter_paper(register, office, db_path, tmp_path):
    out = tmp_path / "letter.pdf"
    assert print_month(db_path, out, "--paper", "letter") == 0
    assert "612 x 792" in subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout


def test_birthday_calendar(register, office, db_path, tmp_path, capsys):
    out = tmp_path / "calendar.pdf"
    assert main(["print-birthday-calendar", "--db", str(db_path), "--out", str(out)]) == 0
    text = pdf_text(out)
    assert pdf_pages(out) == 12
    for name in ("Anna Zichtbaar", "Hanna Verborgen", "Olga Organisator", "Kees Ziek"):
        assert name in text
    for absent in ("Quirine Stilte", "Norbert Geenfeest", "Ex Vertrokken"):
        assert absent not in text
    assert not re.search(r"\(\d{4}\)", text)  # no years unless asked
    assert "March" in text
    assert "31" in text
    assert main(["print-birthday-calendar", "--db", str(db_path), "--out", str(out), "--with-years",
                 "--two-per-page"]) == 0
    text = pdf_text(out)
    assert pdf_pages(out) == 6
    assert "Anna Zichtbaar (1987)" in text
    assert "Hanna Verborgen (" not in text


# -- the command line --------------------------------------------------------------------------------
def test_a_bad_month_is_a_usage_error(register, db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print-month", "2027-13", "--db", str(db_path), "--out", str(out)]) == 2
    assert "'2027-13' is not a month" in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_out_fails_cleanly(register, office, db_path, tmp_path, capsys):
    out = tmp_path / "missing" / "x.pdf"
    assert print_month(db_path, out) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert not out.parent.exists()
    plain = tmp_path / "plain-file"  # a path under a regular file: unwritable for root too
    plain.write_text("mine")
    assert print_month(db_path, plain / "x.pdf") == 1
    assert f"Cannot write {plain / 'x.pdf'}: " in capsys.readouterr().err
    assert plain.read_text() == "mine"


def test_an_unwritable_folder_fails_cleanly(register, office, db_path, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: every folder is writable (the test above covers root too)")
        assert print_month(db_path, locked / "x.pdf") == 1
        assert "Cannot write" in capsys.readouterr().err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_missing_file_is_not_created(tmp_path, capsys):
    db = tmp_path / "none.sqlite"
    assert print_month(db, tmp_path / "x.pdf") == 1
    assert "does not exist" in capsys.readouterr().err
    assert not db.exists()


def test_the_command_works_without_a_display(register, office, db_path, tmp_path):
    """A fresh process with no DISPLAY: the command line's QCoreApplication is replaced by an offscreen
    QGuiApplication, and the Dutch translation survives the swap."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "headless.pdf"
    result = subprocess.run([sys.executable, "-m", "desktop", "print-month", "2027-03", "--db", str(db_path),
                             "--out", str(out), "--lang", "nl"], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "maart 2027" in pdf_text(out)
    assert "Pieter Notitie" in pdf_text(out)
