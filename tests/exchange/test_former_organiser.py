"""A forgotten organiser (store/privacy.py) leaves "a former colleague" on the plans they organised for others,
in every output that names organisers: the manager's PDF, the manager's calendar, `plans` and the digest."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest

from desktop.cli import main
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.store.celebrations import Celebrations
from desktop.store.privacy import forget

pytestmark = pytest.mark.usefixtures("english_qt")


@pytest.fixture
def forgotten_organiser(register, db_path):
    jan, sanne, fatima = register.add_many([
        Colleague(None, "Jan", "", "de Vries", "jan@example.nl", birth=PartialDate(3, 16, 1977),
                  hire_date=date(2015, 1, 5)),
        Colleague(None, "Sanne", "", "Regel", "sanne@example.nl", hire_date=date(2015, 1, 5)),
        Colleague(None, "Fatima", "", "Brug", "fatima@example.nl", hire_date=date(2015, 1, 5)),
    ])
    Celebrations(register.db).save(Celebration(
        None, f"birthday-{jan.id}-2027-03-16", "birthday", jan.id, date(2027, 3, 16), date(2027, 3, 16),
        "A cake", "", 5000, Status.PLANNED, organisers=(Organiser(sanne.id), Organiser(fatima.id))))
    forget(register.db, [fatima.id])
    return db_path


def test_the_managers_pdf_names_a_former_colleague(forgotten_organiser, tmp_path):
    out = tmp_path / "march.pdf"
    assert main(["print-month", "2027-03", "--db", str(forgotten_organiser), "--out", str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    # The organisers' cell wraps onto two lines ("Sanne Regel, a" / "former colleague"): the PDF's text has both.
    assert "Sanne Regel, a" in text
    assert "former colleague" in text
    assert "Fatima" not in text


def test_the_managers_calendar_and_plans_name_a_former_colleague(forgotten_organiser, tmp_path, capsys):
    out = tmp_path / "manager.ics"
    assert main(["export-ical", "--db", str(forgotten_organiser), "--out", str(out), "--audience", "manager",
                 "--from", "2027-03-01", "--to", "2027-03-31"]) == 0
    calendar = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Sanne Regel\\, a former colleague" in calendar
    capsys.readouterr()
    assert main(["plans", "--db", str(forgotten_organiser), "--from", "2027-03-01", "--to", "2027-03-31",
                 "--format", "json", "--lang", "nl"]) == 0
    [plan] = json.loads(capsys.readouterr().out)
    assert [o["name"] for o in plan["organisers"]] == ["Sanne Regel", "een oud-collega"]


def test_the_organisers_invite_says_who_else_organises_a_former_colleague_included(forgotten_organiser, capsys):
    """Sanne organises with someone forgotten since: her invite says so, and names nobody who is gone."""
    assert main(["settings", "--db", str(forgotten_organiser), "set", "mail.manager", "hr@example.nl"]) == 0
    capsys.readouterr()
    assert main(["remind", "--db", str(forgotten_organiser), "--today", "2027-03-01", "--format", "json"]) == 0
    mails = json.loads(capsys.readouterr().out)
    [invite] = [m for m in mails if m["kind"] == "organiser_invite"]
    assert invite["to"] == "sanne@example.nl"
    assert "a former colleague" in invite["body"]
    assert "Fatima" not in invite["body"]
    assert "Brug" not in invite["body"]
