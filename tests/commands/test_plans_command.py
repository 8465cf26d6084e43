"""`social-calendar plans`: the stored plans as the manager sees them, with the JSON shape scripts rely on."""

from __future__ import annotations

import json
from datetime import date

from desktop.cli import main
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind
from desktop.store.celebrations import Celebrations


def test_plans_lists_every_stored_plan_with_its_fields(register, db_path, capsys):
    quiet, org = register.add_many([
        Colleague(first_name="Quinten", last_name="Stil", email="q@example.nl", birth=PartialDate(3, 16, 1977),
                  celebrate=Celebrate.QUIET),
        Colleague(first_name="Olga", last_name="Org", email="olga@example.nl"),
    ])
    plans = Celebrations(register.db)
    plans.save(Celebration(None, f"birthday-{quiet.id}-2027-03-16", "birthday", quiet.id, date(2027, 3, 16),
                           date(2027, 3, 17), "A card", budget_cents=1250, status=Status.DONE,
                           actual_cost_cents=999, organisers=(Organiser(org.id),)))
    plans.save(Celebration(None, "monthly_treat-2027-03", Kind.MONTHLY_TREAT, None, date(2027, 3, 25),
                           date(2027, 3, 25), "Cake", budget_cents=3000))
    plans.save(Celebration(None, f"birthday-{quiet.id}-2027-05-16", "birthday", quiet.id, date(2027, 5, 16),
                           date(2027, 5, 16), "Out of the period"))
    assert main(["plans", "--db", str(db_path), "--from", "2027-03-01", "--to", "2027-03-31",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"date": "2027-03-16", "kind": "birthday", "colleague_email": "q@example.nl",
         "title": "Quinten Stil 50 years — Abraham/Sarah", "celebration_date": "2027-03-17", "status": "done",
         "stale": False, "organisers": [{"email": "olga@example.nl", "name": "Olga Org"}], "what": "A card",
         "budget_eur": 12.5, "actual_cost_eur": 9.99},
        {"date": "2027-03-25", "kind": "monthly_treat", "colleague_email": None, "title": "Monthly treat",
         "celebration_date": "2027-03-25", "status": "to_plan", "stale": False, "organisers": [], "what": "Cake",
         "budget_eur": 30, "actual_cost_eur": None},
    ]


def test_a_corrected_birthday_leaves_its_plan_stale(register, db_path, capsys):
    eva = register.add(Colleague(first_name="Eva", last_name="Smit", birth=PartialDate(3, 10, 1990)))
    Celebrations(register.db).save(Celebration(None, f"birthday-{eva.id}-2027-03-10", "birthday", eva.id,
                                               date(2027, 3, 10), date(2027, 3, 10), "Cake"))
    register.update(eva.with_changes(birth=PartialDate(3, 12, 1990)))
    assert main(["plans", "--db", str(db_path), "--from", "2027-03-01", "--to", "2027-03-31"]) == 0
    out = capsys.readouterr().out
    assert "10-03-2027  Birthday: Eva Smit  [occasion moved or gone]" in out


def test_plans_refuses_a_missing_file_and_a_reversed_period(tmp_path, capsys):
    assert main(["plans", "--db", str(tmp_path / "none.sqlite"), "--from", "2027-03-01", "--to", "2027-03-31"]) == 1
    assert not (tmp_path / "none.sqlite").exists()
    assert main(["plans", "--db", str(tmp_path / "none.sqlite"), "--from", "2027-03-31", "--to", "2027-03-01"]) == 2
