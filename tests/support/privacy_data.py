"""A register with a leaver who organised, was celebrated, took leave and got mail: what forgetting must erase."""

from __future__ import annotations

from datetime import date

from desktop.models.celebration import Celebration, Organiser, Status, treat_key
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.organisers import Leave
from desktop.store.celebrations import Celebrations
from desktop.store.sent_mail import record_sent

TODAY = date(2026, 11, 28)
# What only Truus's own rows hold: none of it may be left in the file's bytes after she is forgotten.
HERS = (b"Truusje", b"Weggaan", b"truusje.weggaan@example.nl", b"Zonnestraal", b"TRUUS-LIKES", b"TRUUS-NOTES",
        b"TRUUS-PLAN")


def fill(register) -> dict[str, Colleague]:
    sales = register.add_department("Sales")
    truus, jan, piet = register.add_many([
        Colleague(None, "Truusje", "", "Weggaan", "truusje.weggaan@example.nl", sales.id, PartialDate(3, 4, 1970),
                  hire_date=date(2001, 1, 1), end_date=date(2025, 6, 30), likes="TRUUS-LIKES tulips",
                  notes="TRUUS-NOTES allergic"),
        Colleague(None, "Jan", "", "Jansen", "jan@example.nl", sales.id, PartialDate(12, 5, 1976)),
        Colleague(None, "Piet", "", "Pieters", "piet@example.nl", None, PartialDate(7, 7, 1980)),
    ])
    register.add_recorded_occasion(RecordedOccasion(None, truus.id, "birth", date(2024, 2, 2),
                                                    child_name="Zonnestraal"))
    plans = Celebrations(register.db)
    plans.save_many([
        Celebration(None, f"farewell-{truus.id}-2025-06-30", "farewell", truus.id, date(2025, 6, 30),
                    date(2025, 6, 27), "TRUUS-PLAN flowers", status=Status.DONE, organisers=(Organiser(jan.id),)),
        Celebration(None, f"birthday-{jan.id}-2026-12-05", "birthday", jan.id, date(2026, 12, 5), date(2026, 12, 4),
                    "cake", status=Status.PLANNED, organisers=(Organiser(truus.id, "knows"), Organiser(piet.id))),
        Celebration(None, treat_key(2025, 3), "monthly_treat", None, date(2025, 3, 1), date(2025, 3, 3), "pie",
                    organisers=(Organiser(truus.id),)),
    ])
    plans.set_leave(truus.id, [Leave(truus.id, date(2025, 1, 6), date(2025, 1, 10))])
    record_sent(register.db, f"organiser_invite:birthday-{jan.id}-2026-12-05:2026-12-04:{truus.id}",
                "truusje.weggaan@example.nl", TODAY)
    record_sent(register.db, f"organiser_invite:farewell-{truus.id}-2025-06-30:2025-06-27:{jan.id}",
                "jan@example.nl", TODAY)
    record_sent(register.db, "digest:2026-11-23", "manager@example.nl", TODAY)
    return {"truus": truus, "jan": jan, "piet": piet}
