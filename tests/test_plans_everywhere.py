"""One truth per rule (issue 10): every output that shows a plan agrees on which plan belongs to which occasion,
which plans are stale, and the day an occasion is celebrated.

Two cases run through every output: a recorded birth moved two weeks later (its plan is stale: never shown as
the plan of the new date), and a plan whose celebration day was moved to the next day (every output gives the
new day). Expected values are written out by hand below, not computed with the code under test.
"""

from __future__ import annotations

import json
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.cli import main
from desktop.exchange.ical.export import ExportOptions, build_calendar
from desktop.exchange.ical.organiser import build_organiser_calendar
from desktop.exchange.month_report import ReportAudience, month_report
from desktop.exchange.plans import organiser_title, plan_book
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Colleague
from desktop.models.consent import Audience
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.plans import is_planned
from desktop.store.celebrations import Celebrations
from desktop.store.plan_keys import plan_refs

pytestmark = pytest.mark.usefixtures("english_qt")  # PDFs and translated texts need the one QApplication

NOW = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
MARCH = (date(2027, 3, 1), date(2027, 3, 31))
BIRTH_PLANNED, BIRTH_MOVED = date(2027, 3, 10), date(2027, 3, 24)  # Wednesdays
JAN_BIRTHDAY, JAN_CHOSEN = date(2027, 3, 16), date(2027, 3, 17)  # Tuesday, moved to Wednesday


@pytest.fixture
def office(register):
    sales, ict = (register.add_department(name).id for name in ("Sales", "ICT"))
    karin, jan, sanne, fatima = register.add_many([
        Colleague(first_name="Karin", last_name="Kraam", email="karin@example.nl", department_id=sales,
                  hire_date=date(2015, 1, 5)),
        Colleague(first_name="Jan", last_name="de Vries", email="jan@example.nl", department_id=sales,
                  birth=PartialDate(3, 16, 1977), hire_date=date(2015, 1, 5)),
        Colleague(first_name="Sanne", last_name="Regel", email="sanne@example.nl", department_id=sales,
                  hire_date=date(2015, 1, 5)),
        Colleague(first_name="Fatima", last_name="Brug", email="fatima@example.nl", department_id=ict,
                  hire_date=date(2015, 1, 5)),
    ])
    record = register.add_recorded_occasion(RecordedOccasion(None, karin.id, "birth", BIRTH_PLANNED,
                                                             child_name="Noor"))
    plans = Celebrations(register.db)
    organisers = (Organiser(sanne.id, "knows"), Organiser(fatima.id, "bridge"))
    plans.save(Celebration(None, f"record-{record.id}", "birth", karin.id, BIRTH_PLANNED, BIRTH_PLANNED,
                           "BIRTH-GIFT kraamcadeau", "", 4000, Status.PLANNED, organisers=organisers))
    plans.save(Celebration(None, f"birthday-{jan.id}-2027-03-16", "birthday", jan.id, JAN_BIRTHDAY, JAN_BIRTHDAY,
                           "JAN-GIFT Abraham", "", 5000, Status.PLANNED, organisers=organisers))
    return {"register": register, "record": record, "karin": karin, "jan": jan, "plans": plans}


def move_the_birth(office) -> None:
    office["register"].update_recorded_occasion(replace(office["record"], date=BIRTH_MOVED))


def move_jans_day(office) -> None:
    plans = office["plans"]
    [jan_plan] = [p for p in plans.all() if p.colleague_id == office["jan"].id]
    plans.save(replace(jan_plan, celebration_date=JAN_CHOSEN))


def pdf_text(path, layout: bool = False) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return unicodedata.normalize("NFKC", subprocess.run(command, capture_output=True, text=True, check=True).stdout)


# -- what each output says, as (plan of the birth's new day, the stale plan shown as such, Jan's day) -------
def planning_view(office) -> dict:
    book = plan_book(office["register"], *MARCH)
    new = [i for i in book.items if i.occasion_date == BIRTH_MOVED]
    old = [i for i in book.items if i.stale]
    jan = next(i for i in book.items if i.colleague_id == office["jan"].id)
    return {"new_day_planned": any(i.celebration is not None for i in new),
            "stale_shown": [i.occasion_date for i in old],
            "jan_day": jan.day}


def home_view(office) -> dict:
    register = office["register"]
    refs = plan_refs(register.db, *MARCH)
    book = plan_book(register, *MARCH)
    new = next(i for i in book.items if i.occasion_date == BIRTH_MOVED and not i.stale)
    return {"new_day_planned": is_planned(refs, new.occasion)}


def manager_report(office) -> dict:
    report = month_report(office["register"], 2027, 3, ReportAudience.MANAGER)
    new = [r for r in report.rows if r.day == BIRTH_MOVED]
    [jan] = [r for r in report.rows if r.name == "Jan de Vries"]
    return {"new_day_planned": any(r.organisers or r.plan for r in new),
            "stale_shown": [r.day for r in report.rows if r.stale],
            "jan_day": jan.celebration_date}


STALE_NOTE = "The occasion of this plan moved or is gone"


def manager_pdf(office, tmp_path) -> dict:
    out = tmp_path / "manager.pdf"
    assert main(["print-month", "2027-03", "--db", str(office["register"].db.path), "--out", str(out),
                 "--lang", "en"]) == 0
    laid_out = pdf_text(out, layout=True).splitlines()  # a row's cells side by side on its first line
    read = " ".join(pdf_text(out).split())  # a wrapped cell's words in order
    new = [line for line in laid_out if "Wed 24" in line]
    return {"new_day_planned": any("BIRTH-GIFT" in line or "Sanne" in line for line in new),
            "stale_shown": [BIRTH_PLANNED] if "Wed 10" in read and STALE_NOTE in read else [],
            "jan_day": JAN_CHOSEN if "celebrate Wed 17" in read else JAN_BIRTHDAY}


def manager_calendar(office) -> dict:
    calendar = build_calendar(office["register"], ExportOptions(*MARCH, audience=Audience.MANAGER), NOW)
    events = {str(e["UID"]): e for e in calendar.events}
    birth = events[f"record-{office['record'].id}@social-calendar.invalid"]
    jan = next(e for uid, e in events.items() if uid.startswith(f"birthday-{office['jan'].id}-"))
    stale = [e for uid, e in events.items() if uid.startswith("stale-plan-")]
    chosen = "Celebrate on 17-03-2027" in str(jan.get("DESCRIPTION", ""))
    return {"new_day_planned": "BIRTH-GIFT" in str(birth.get("DESCRIPTION", "")),
            "stale_shown": [e.decoded("DTSTART") for e in stale], "jan_day": JAN_CHOSEN if chosen else JAN_BIRTHDAY}


def organiser_calendar(office) -> dict:
    calendar = build_organiser_calendar(office["register"], "sanne@example.nl", *MARCH, NOW)
    days = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in calendar.events}
    jan_days = [day for summary, day in days.items() if "Jan de Vries" in summary]
    return {"new_day_planned": any("Noor" in summary or "Karin" in summary for summary in days),
            "stale_shown": [], "jan_day": jan_days[0] if jan_days else None}


def organiser_mail_(office) -> dict:
    from desktop.i18n import text
    from desktop.ui.planning.mail import organiser_mail

    book = plan_book(office["register"], *MARCH)
    births = [i for i in book.items if i.celebration is not None and i.colleague_id == office["karin"].id]
    jan = next(i for i in book.items if i.colleague_id == office["jan"].id)
    draft = organiser_mail(jan.celebration, text(organiser_title(jan)), book.people)
    # A mail about the birth's plan may only be written while the plan still belongs to its occasion.
    return {"new_day_planned": any(organiser_title(i) is not None for i in births), "stale_shown": [],
            "jan_day": JAN_CHOSEN if "17 March 2027" in draft.body else JAN_BIRTHDAY}


def plan_command(office, capsys) -> dict:
    db = str(office["register"].db.path)
    assert main(["plan", "--db", db, "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json"]) == 0
    proposals = json.loads(capsys.readouterr().out)
    return {"new_day_planned": not any(p["date"] == BIRTH_MOVED.isoformat() for p in proposals)}


def plans_command(office, capsys) -> dict:
    db = str(office["register"].db.path)
    assert main(["plans", "--db", db, "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json"]) == 0
    plans = json.loads(capsys.readouterr().out)
    jan = next(p for p in plans if p["colleague_email"] == "jan@example.nl")
    return {"new_day_planned": any(p["date"] == BIRTH_MOVED.isoformat() for p in plans),
            "stale_shown": [date.fromisoformat(p["date"]) for p in plans if p["stale"]],
            "jan_day": date.fromisoformat(jan["celebration_date"])}


OUTPUTS = {
    "planning view": lambda office, tmp_path, capsys: planning_view(office),
    "home view": lambda office, tmp_path, capsys: home_view(office),
    "manager report": lambda office, tmp_path, capsys: manager_report(office),
    "manager PDF": lambda office, tmp_path, capsys: manager_pdf(office, tmp_path),
    "manager calendar": lambda office, tmp_path, capsys: manager_calendar(office),
    "organiser calendar": lambda office, tmp_path, capsys: organiser_calendar(office),
    "organiser mail": lambda office, tmp_path, capsys: organiser_mail_(office),
    "plans command": lambda office, tmp_path, capsys: plans_command(office, capsys),
}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_a_moved_occasion_leaves_its_plan_stale_in_every_output(office, output, tmp_path, capsys):
    move_the_birth(office)
    said = OUTPUTS[output](office, tmp_path, capsys)
    assert said["new_day_planned"] is False, output
    if "stale_shown" in said and output not in ("organiser calendar", "organiser mail"):
        assert said["stale_shown"] == [BIRTH_PLANNED], output


@pytest.mark.parametrize("output", sorted(set(OUTPUTS) - {"home view"}))
def test_a_plan_moved_to_the_next_day_is_celebrated_on_that_day_in_every_output(office, output, tmp_path,
                                                                                   capsys):
    said_before = OUTPUTS[output](office, tmp_path, capsys)
    assert said_before["jan_day"] == JAN_BIRTHDAY, output
    move_jans_day(office)
    said = OUTPUTS[output](office, tmp_path, capsys)
    assert said["jan_day"] == JAN_CHOSEN, output


def test_plan_proposes_nothing_for_an_occasion_whose_old_plan_still_waits(office, capsys):
    move_the_birth(office)
    assert plan_command(office, capsys)["new_day_planned"] is True  # no second plan: the stale one waits
    Celebrations(office["register"].db).delete(
        next(p.id for p in office["plans"].all() if p.occasion_key.startswith("record-")))
    db = str(office["register"].db.path)
    assert main(["plan", "--db", db, "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json"]) == 0
    assert [p["date"] for p in json.loads(capsys.readouterr().out) if p["kind"] == "birth"] == ["2027-03-24"]
