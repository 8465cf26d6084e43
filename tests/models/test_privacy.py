"""When a leaver's data is erased: `privacy.leaver_retention_months` after the end date, never while a plan about
them is still open, never with the setting at 0; and what an export of one colleague holds."""

from __future__ import annotations

import json
from datetime import date

from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.organisers import Leave
from desktop.models.privacy import due, erase_on, is_open, person_export, schedule

TODAY = date(2027, 3, 31)


def leaver(id_: int, name: str, end: date | None) -> Colleague:
    return Colleague(id_, name, "", "Weg", f"{name.lower()}@example.nl", end_date=end)


def plan(colleague_id: int, day: date, status: Status) -> Celebration:
    return Celebration(None, f"farewell-{colleague_id}-{day}", "farewell", colleague_id, day, day, status=status)


def test_erased_the_set_number_of_months_after_the_end_date_clamped_to_the_month():
    assert erase_on(date(2025, 8, 31), 18) == date(2027, 2, 28)
    assert erase_on(date(2026, 3, 31), 12) == date(2027, 3, 31)
    assert erase_on(date(2026, 3, 31), 0) is None  # 0: never
    assert erase_on(None, 12) is None  # no end date: not a leaver


def test_a_plan_is_open_while_to_plan_or_planned_on_today_or_later():
    assert is_open(plan(1, TODAY, Status.PLANNED), TODAY)
    assert is_open(plan(1, date(2027, 5, 1), Status.TO_PLAN), TODAY)
    assert not is_open(plan(1, date(2027, 3, 30), Status.PLANNED), TODAY)  # its day has passed
    assert not is_open(plan(1, date(2027, 5, 1), Status.DONE), TODAY)
    assert not is_open(plan(1, date(2027, 5, 1), Status.SKIPPED), TODAY)


def test_the_schedule_lists_who_goes_when_soonest_first_and_holds_those_with_an_open_plan():
    people = [leaver(1, "Anna", date(2026, 3, 31)), leaver(2, "Bart", date(2026, 4, 1)),
              leaver(3, "Cor", date(2025, 1, 15)), leaver(4, "Dirk", None), leaver(5, "Els", date(2027, 6, 30))]
    plans = [plan(3, date(2027, 4, 15), Status.PLANNED), plan(1, date(2026, 3, 27), Status.DONE)]
    found = schedule(people, plans, TODAY, 12)
    assert [(item.name, item.erase_on, item.held) for item in found] == [
        ("Cor Weg", date(2026, 1, 15), True),
        ("Anna Weg", date(2027, 3, 31), False),
        ("Bart Weg", date(2027, 4, 1), False),
        ("Els Weg", date(2028, 6, 30), False),
    ]
    assert [item.name for item in due(found, TODAY)] == ["Anna Weg"]
    assert [item.name for item in due(schedule(people, [], TODAY, 12), TODAY)] == ["Cor Weg", "Anna Weg"]
    assert [item.name for item in due(found, date(2027, 4, 1))] == ["Anna Weg", "Bart Weg"]
    assert schedule(people, plans, TODAY, 0) == []


def test_the_export_is_json_with_every_part():
    truus = Colleague(7, "Truus", "van", "Dam", "truus@example.nl", 3, PartialDate(3, 4), celebrate=Celebrate.QUIET,
                      show_age=False, likes="tulips", notes="private")
    about = plan(7, date(2026, 6, 30), Status.DONE)
    about = Celebration(**{**about.__dict__, "organisers": (Organiser(8),), "former_organisers": 0})
    organised = Celebration(None, "birthday-8-2026-12-05", "birthday", 8, date(2026, 12, 5), date(2026, 12, 4),
                            organisers=(Organiser(7),))
    data = person_export(truus, "Sales", [RecordedOccasion(1, 7, "wedding", date(2025, 5, 5))], [about],
                         [organised], [Leave(7, date(2026, 1, 5), date(2026, 1, 9))],
                         [{"key": "k", "recipient": "truus@example.nl", "sent_on": "2026-11-30",
                           "sent_at": "2026-11-30T07:30:00+00:00"}], {7: "Truus van Dam", 8: "Jan Jansen"})
    assert json.loads(json.dumps(data)) == data
    assert data["colleague"]["birth"] == "--03-04"
    assert data["colleague"]["department"] == "Sales"
    assert data["consent"] == {"celebrate": "quiet", "show_age": False, "organises": True}
    assert data["plans_about"][0]["organisers"] == ["Jan Jansen"]
    assert data["plans_organised"][0]["celebrant"] == "Jan Jansen"
    assert data["recorded_occasions"][0]["kind"] == "wedding"
    assert data["leave"] == [{"start": "2026-01-05", "end": "2026-01-09"}]
    assert data["sent_mail"][0]["recipient"] == "truus@example.nl"
