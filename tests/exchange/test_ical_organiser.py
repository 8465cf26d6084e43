"""An organiser's own calendar: their celebrations from the stored plans, with a reminder the policy's lead
time before each."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from support.register_data import NOW, fill_register

from desktop.exchange.ical.organiser import UnknownOrganiser, build_organiser_calendar
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.kinds import Kind
from desktop.store.celebrations import Celebrations


@pytest.fixture
def people(register):
    people = fill_register(register)
    plans = Celebrations(register.db)
    vera, fatima, onno = people["Vera"], people["Fatima"], people["Onno"]
    plans.save(Celebration(None, f"birthday-{vera.id}-2027-08-08", "birthday", vera.id, date(2027, 8, 8),
                           date(2027, 8, 9), "cake", budget_cents=500, organisers=(Organiser(fatima.id),)))
    plans.save(Celebration(None, f"birthday-{onno.id}-2027-07-07", "birthday", onno.id, date(2027, 7, 7),
                           date(2027, 7, 7), "skipped", status=Status.SKIPPED, organisers=(Organiser(fatima.id),)))
    plans.save(Celebration(None, "monthly_treat-2027-03", Kind.MONTHLY_TREAT, None, date(2027, 3, 1),
                           date(2027, 3, 25), "Cake for March", organisers=(Organiser(fatima.id),)))
    return people


def test_the_organisers_celebrations_with_reminders(register, people):
    calendar = build_organiser_calendar(register, " Fatima@Example.NL ", date(2026, 1, 1), date(2027, 12, 31), NOW)
    assert str(calendar["X-WR-CALNAME"]) == "Celebrations organised by Fatima El Amrani"
    events = {str(e["SUMMARY"]): e for e in calendar.events}
    assert sorted(events) == ["Celebration: Jan de Vries 50 years — Abraham/Sarah", "Celebration: Monthly treat",
                              "Celebration: Vera Vertrek 57 years"]
    jan = events["Celebration: Jan de Vries 50 years — Abraham/Sarah"]
    assert jan["DTSTART"].dt == date(2026, 12, 4)  # the celebration day, not the birthday
    description = str(jan["DESCRIPTION"])
    assert "Together with: Sanne Stil" in description
    assert "Fatima" not in description
    assert "Occasion: Jan de Vries 50 years — Abraham/Sarah on 05-12-2026" in description
    [alarm] = jan.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(days=28)  # Abraham/Sarah: planning starts four weeks ahead
    assert str(alarm["ACTION"]) == "DISPLAY"
    [vera_alarm] = events["Celebration: Vera Vertrek 57 years"].walk("VALARM")
    assert vera_alarm["TRIGGER"].dt == -timedelta(days=7)
    [treat_alarm] = events["Celebration: Monthly treat"].walk("VALARM")
    assert treat_alarm["TRIGGER"].dt == -timedelta(days=7)
    assert str(jan["UID"]) == f"plan-birthday-{people['Jan'].id}-2026-12-05@social-calendar.invalid"


def test_an_organiser_without_plans_gets_an_empty_calendar_and_a_stranger_none(register, people):
    assert build_organiser_calendar(register, "onno@example.nl", date(2026, 1, 1), date(2027, 12, 31),
                                    NOW).events == []
    with pytest.raises(UnknownOrganiser):
        build_organiser_calendar(register, "nobody@example.nl", date(2026, 1, 1), date(2027, 12, 31), NOW)


def test_organiser_command(register, people, db_path, tmp_path):
    from desktop.cli import main

    out = tmp_path / "fatima.ics"
    assert main(["export-ical", "--db", str(db_path), "--out", str(out), "--organiser", "fatima@example.nl",
                 "--from", "2026-01-01", "--to", "2027-12-31"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VALARM") == 3
    assert main(["export-ical", "--db", str(db_path), "--out", str(out), "--organiser", "fatima@example.nl",
                 "--recurring"]) == 2


def unfolded(calendar) -> str:
    return calendar.to_ical().decode().replace("\r\n ", "")


def test_the_organisers_calendar_follows_the_celebrants_consent(register):
    """What an organiser receives is shared: no hidden age or milestone, no quiet or no-consent colleagues,
    no manager's notes or status, whatever the manager planned."""
    people = fill_register(register)
    plans = Celebrations(register.db)
    lea = people["Lea"]

    def plan(colleague, birthday, day):
        plans.save(Celebration(None, f"birthday-{colleague.id}-{birthday.isoformat()}", "birthday", colleague.id,
                               birthday, day, "cake", budget_cents=2500, status=Status.PLANNED,
                               notes=f"MANAGER-NOTE-{colleague.first_name}", organisers=(Organiser(lea.id),)))

    plan(people["Hidde"], date(2027, 1, 10), date(2027, 1, 8))  # 50, but Hidde keeps his age to himself
    plan(people["Sanne"], date(2027, 5, 5), date(2027, 5, 5))  # quiet
    plan(people["Niels"], date(2027, 6, 6), date(2027, 6, 4))  # consent no
    calendar = build_organiser_calendar(register, "lea@example.nl", date(2026, 1, 1), date(2027, 12, 31), NOW)
    assert [str(e["SUMMARY"]) for e in calendar.events] == ["Celebration: Birthday of Hidde Verborgen"]
    [event] = calendar.events
    assert "Occasion: Birthday of Hidde Verborgen on 10-01-2027" in str(event["DESCRIPTION"])
    assert "Start preparing: Birthday of Hidde Verborgen on 08-01-2027" in unfolded(calendar)
    [alarm] = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(days=28)  # the policy's lead time still fits what is planned
    text = unfolded(calendar)
    for hidden in ("50", "Abraham", "Sarah", "years", "Sanne", "Stil", "Niels", "Nee", "MANAGER-NOTE", "Status",
                   "Quiet", "SECRET"):
        assert hidden not in text, hidden


def test_a_plan_whose_occasion_moved_or_went_is_left_out(register):
    """A corrected birthday gives the occasion a new key: the old plan no longer belongs to anything, and the
    organiser must not be reminded of it. A recorded occasion whose date was corrected keeps its key, but the
    plan was made for the old day."""
    people = fill_register(register)
    plans = Celebrations(register.db)
    lea, vera = people["Lea"], people["Vera"]
    mine = (Organiser(lea.id),)
    plans.save(Celebration(None, f"birthday-{vera.id}-2027-08-08", "birthday", vera.id, date(2027, 8, 8),
                           date(2027, 8, 9), "cake", organisers=mine))
    plans.save(Celebration(None, f"birthday-{vera.id}-2027-08-18", "birthday", vera.id, date(2027, 8, 18),
                           date(2027, 8, 18), "old date", organisers=mine))  # the birthday as first typed
    [birth] = [r for r in register.recorded_occasions() if r.kind == "birth"]
    plans.save(Celebration(None, f"record-{birth.id}", "birth", birth.colleague_id, date(2027, 2, 1),
                           date(2027, 2, 1), "flowers", organisers=mine))  # recorded as 1 Feb, now 2 Feb
    plans.save(Celebration(None, "monthly_treat-2027-03", Kind.MONTHLY_TREAT, None, date(2027, 3, 1),
                           date(2027, 3, 25), "Cake for March", organisers=mine))
    calendar = build_organiser_calendar(register, "lea@example.nl", date(2026, 1, 1), date(2027, 12, 31), NOW)
    assert sorted(str(e["SUMMARY"]) for e in calendar.events) == [
        "Celebration: Monthly treat", "Celebration: Vera Vertrek 57 years"]
    assert "old date" not in unfolded(calendar)
    assert unfolded(calendar).count("BEGIN:VALARM") == 2


def test_the_monthly_treat_tells_how_to_make_the_food_but_not_for_whom(register):
    from desktop.models.colleague import Celebrate, Colleague
    from desktop.models.dates import PartialDate

    ann, bob, quiet, org = register.add_many([
        Colleague(first_name="Ann", last_name="Appel", birth=PartialDate(3, 4, 1990), dietary="vegetarisch"),
        Colleague(first_name="Bob", last_name="Bes", birth=PartialDate(3, 9, 1991), dietary="Vegetarisch"),
        Colleague(first_name="Quinten", last_name="Stil", birth=PartialDate(3, 12, 1985), dietary="halal",
                  celebrate=Celebrate.QUIET),
        Colleague(first_name="Olga", last_name="Org", email="olga@example.nl"),
    ])
    Celebrations(register.db).save(Celebration(None, "monthly_treat-2027-03", Kind.MONTHLY_TREAT, None,
                                                date(2027, 3, 1), date(2027, 3, 25), "Cake for March",
                                                organisers=(Organiser(org.id),)))
    [treat] = build_organiser_calendar(register, "olga@example.nl", date(2027, 3, 1), date(2027, 3, 31), NOW).events
    description = str(treat["DESCRIPTION"])
    assert "Make the food: vegetarisch" in description  # one need, once
    for private in ("halal", "Quinten", "Ann", "Bob", "Appel"):  # a quiet colleague's need; nobody's name
        assert private not in description, private
