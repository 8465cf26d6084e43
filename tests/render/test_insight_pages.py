"""The connections for the management team as PDF (issue 15): `print-insight` writes two owner-only pages of real
text with the figures and the departments, and names nobody unless `--with-names`."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from desktop.cli import main
from desktop.exchange.insight_report import insight_report
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.store.celebrations import Celebrations
from tests.render.test_printing import pdf_pages, pdf_text

PERIOD = ["--from", "2027-01-01", "--to", "2027-12-31"]
# Every colleague's name: none of them may be on the pages without --with-names.
NAMES = ["Anna Verkoopster", "Bert Rekenaar", "Cora Netwerk", "Dirk Draagvlak", "Eva Onbekend", "Frank Nooitgevraagd"]


def make_connections_office(register) -> dict[str, Colleague]:
    """Three departments, worked out by hand for 2027: Sales–Finance linked by 2 celebrations (Anna's and Bert's
    birthdays), Sales–ICT by 1 (Cora's), Finance–ICT by none. Dirk organises all three, Anna and Bert once each;
    Cora, Eva and Frank, willing, never;
    Eva has no birth date and Dirk and Frank no plan, so those three were not celebrated."""
    sales, finance, ict = (register.add_department(name).id for name in ("Sales", "Finance", "ICT"))
    hired = date(2015, 1, 5)

    def person(first, last, department, birth, hire_date=hired):
        return Colleague(first_name=first, last_name=last, email=f"{first.lower()}@example.nl",
                         department_id=department, birth=PartialDate.from_date(birth) if birth else None,
                         hire_date=hire_date)

    people = register.add_many([
        person("Anna", "Verkoopster", sales, date(1990, 3, 10)),
        person("Bert", "Rekenaar", finance, date(1985, 5, 12)),
        person("Cora", "Netwerk", ict, date(1988, 9, 15)),
        person("Dirk", "Draagvlak", sales, date(1979, 11, 3)),
        person("Eva", "Onbekend", finance, None, date(2016, 3, 1)),  # no work anniversary in 2027 either
        person("Frank", "Nooitgevraagd", ict, date(1991, 6, 20)),
    ])
    by_name = {c.first_name: c for c in people}
    store = Celebrations(register.db)
    for celebrant, organisers in (("Anna", ("Bert", "Dirk")), ("Bert", ("Anna", "Dirk")), ("Cora", ("Dirk",))):
        colleague = by_name[celebrant]
        day = date(2027, colleague.birth.month, colleague.birth.day)
        store.save(Celebration(None, f"birthday-{colleague.id}-{day.isoformat()}", "birthday", colleague.id, day, day,
                               "Taart", "", 2500, Status.PLANNED, None, "", 1.0,
                               tuple(Organiser(by_name[o].id, "knows") for o in organisers)))
    return by_name


def test_the_report_holds_the_hand_worked_figures(register):
    people = make_connections_office(register)
    report = insight_report(register, date(2027, 1, 1), date(2027, 12, 31))
    assert report.departments == ["Finance", "ICT", "Sales"]
    assert report.links == {(0, 2): 2, (1, 2): 1}  # Finance–Sales 2, ICT–Sales 1, Finance–ICT none
    assert report.count(2, 0) == 2
    assert report.count(0, 1) == 0
    assert report.pairs() == (2, 3)
    assert report.load[0].person.name == "Dirk Draagvlak"
    assert report.load[0].turns == 3
    assert {p.name for p, _ in report.not_celebrated} == {"Dirk Draagvlak", "Eva Onbekend", "Frank Nooitgevraagd"}
    assert dict((p.name, r) for p, r in report.not_celebrated)["Eva Onbekend"] == "no_birth_date"
    # by last name: Netwerk, Nooitgevraagd, Onbekend
    assert [p.id for p in report.never_organised] == [people["Cora"].id, people["Frank"].id, people["Eva"].id]


@pytest.fixture
def office_file(register, db_path):
    make_connections_office(register)
    return db_path


def test_print_insight_writes_two_owner_only_pages_with_the_figures_and_no_names(office_file, tmp_path, capsys):
    out = tmp_path / "connections.pdf"
    old = os.umask(0o022)
    try:
        assert main(["print-insight", "--db", str(office_file), *PERIOD, "--out", str(out), "--format", "json"]) == 0
    finally:
        os.umask(old)
    assert json.loads(capsys.readouterr().out) == {"file": str(out), "pages": 2, "celebrations": 3}
    assert out.stat().st_mode & 0o777 == 0o600  # for the manager's eyes
    assert pdf_pages(out) == 2
    text = pdf_text(out)
    for shown in ("Connections across the organisation", "1 January 2027 to 31 December 2027", "Celebrations",
                  "67%", "2 of 3 pairs of departments", "E-I index", "Gini", "Finance", "ICT", "Sales",
                  "Quarter by quarter", "Q1 2027", "Q4 2027", "No birth date known: 1",
                  "3 willing colleagues, employed the whole period, never organised"):
        assert shown in text, shown
    for name in NAMES:
        assert name not in text, name
        assert name.split()[1] not in text, name


def test_with_names_the_pages_name_who_organised_most_and_who_fell_through_the_cracks(office_file, tmp_path):
    out = tmp_path / "named.pdf"
    assert main(["print-insight", "--db", str(office_file), *PERIOD, "--out", str(out), "--with-names"]) == 0
    text = pdf_text(out)
    assert "Dirk Draagvlak" in text  # organised most
    assert "Eva Onbekend (no birth date known)" in text
    assert "Frank Nooitgevraagd" in text


def test_print_insight_in_dutch(office_file, tmp_path):
    out = tmp_path / "verbindingen.pdf"
    assert main(["print-insight", "--db", str(office_file), *PERIOD, "--out", str(out), "--lang", "nl"]) == 0
    text = pdf_text(out)
    assert "Verbindingen in de organisatie" in text
    assert "1 januari 2027 t/m 31 december 2027" in text
    assert "67%" in text
    assert "Kwartaal na kwartaal" in text


def test_print_insight_refuses_a_missing_file_and_a_backward_period(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print-insight", "--db", str(tmp_path / "none.sqlite"), *PERIOD, "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["print-insight", "--db", str(tmp_path / "none.sqlite"), "--from", "2027-02-01", "--to",
                 "2027-01-01", "--out", str(out)]) == 2
    assert not out.exists()
