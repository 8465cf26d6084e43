"""A register with everyone the rules make hard, for the exports, the publishing and the window's tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.store.celebrations import Celebrations

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def fill_register(register) -> dict[str, Colleague]:
    """Everyone the rules make hard: milestones, hidden ages, quiet and no consent, leap days, a leaver, a
    starter, unknown birth years, control characters; every private field filled with a findable marker."""
    def person(first, last, birth, **changes):
        values = {"hire_date": changes.pop("hire", date(2001, 6, 1)), "email": f"{first.lower()}@example.nl",
                  "likes": f"SECRET-LIKES-{first}", "dietary": f"SECRET-DIET-{first}",
                  "notes": f"SECRET-NOTES-{first}"}
        return Colleague(first_name=first, last_name=last, birth=birth, **{**values, **changes})

    colleagues = register.add_many([
        person("Jan", "de Vries", PartialDate(12, 5, 1976)),  # 50 on 5 Dec 2026; 25 years of service in 2026
        person("Fatima", "El Amrani", PartialDate(3, 14, 1990), hire=date(2010, 9, 1)),
        person("Hidde", "Verborgen", PartialDate(1, 10, 1977), show_age=False),  # 50 in 2027, hidden
        person("Sanne", "Stil", PartialDate(5, 5, 1985), celebrate=Celebrate.QUIET),
        person("Niels", "Nee", PartialDate(6, 6, 1980), celebrate=Celebrate.NO),
        person("Lea", "Schrikkel", PartialDate(2, 29, 1992)),  # 28 Feb in common years
        person("Maarten", "Maart", PartialDate(2, 29, 1988), leap_day=LeapDay.MAR_1),  # 1 March
        person("Vera", "Vertrek", PartialDate(8, 8, 1970), end_date=date(2028, 6, 30)),  # leaves mid-2028
        person("Stijn", "Starter", PartialDate(4, 4, 1999), hire=date(2027, 9, 1)),  # starts Sep 2027
        person("Onno", "Onbekend", PartialDate(7, 7)),  # no birth year: never an age
        person("Eva\x07", "Sm\x1bit\r\nJr", PartialDate(10, 1, 1995), notes="SECRET-NOTES\x00\nline two"),
    ])
    people = {c.first_name.strip("\x07"): c for c in colleagues}
    register.add_recorded_occasion(RecordedOccasion(None, people["Fatima"].id, "birth", date(2027, 2, 2),
                                                    child_name="Yara", notes="SECRET-NOTES-record"))
    register.add_recorded_occasion(RecordedOccasion(None, None, "custom", date(2027, 6, 20), title="Summer outing"))
    jan = people["Jan"]
    Celebrations(register.db).save(Celebration(
        None, f"birthday-{jan.id}-2026-12-05", "birthday", jan.id, date(2026, 12, 5), date(2026, 12, 4),
        "PLAN-WHAT cake and a gift", "", 5000, Status.PLANNED, None, "PLAN-NOTES buy\x00 flowers\x1b", 2.0,
        (Organiser(people["Fatima"].id, "knows"), Organiser(people["Sanne"].id, "bridge"))))
    return people
