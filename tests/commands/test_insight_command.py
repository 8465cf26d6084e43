"""`social-calendar insight`: the JSON shape, and a skipped plan that stops counting."""

from __future__ import annotations

import json
from dataclasses import replace

from desktop.cli import main
from desktop.exchange.demo import write_demo
from desktop.models.celebration import Status
from desktop.store.celebrations import Celebrations
from desktop.store.database import transaction

PERIOD = ["--from", "2027-01-01", "--to", "2027-12-31"]


def _insight(db_path, capsys) -> dict:
    assert main(["insight", "--db", str(db_path), *PERIOD, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_insight_json_shape_and_a_skipped_plan_no_longer_counts(register, db_path, capsys, today):
    write_demo(register, people=80, seed=3, today=today)
    assert main(["plan", "--db", str(db_path), *PERIOD, "--apply"]) == 0
    capsys.readouterr()
    data = _insight(db_path, capsys)
    assert set(data) >= {"celebrations", "departments", "links", "pairs_linked_share", "ei_index", "load",
                         "not_celebrated", "never_organised", "new_ties", "quarters"}
    assert data["celebrations"] > 50
    assert all(link["a"] < link["b"] and link["count"] > 0 for link in data["links"])
    assert 0 <= data["pairs_linked_share"] <= 1
    assert -1 <= data["ei_index"]["overall"] <= 1
    assert set(data["ei_index"]["per_department"]) <= set(data["departments"])
    assert set(data["load"]) == {"max", "min", "mean", "gini", "per_colleague"}
    assert {"email", "turns", "effort"} == set(data["load"]["per_colleague"][0])
    assert len(data["quarters"]) == 4
    assert sum(q["celebrations"] for q in data["quarters"]) == data["celebrations"]

    store = Celebrations(register.db)
    plan = next(p for p in store.all() if p.colleague_id is not None and p.kind.value == "work_anniversary"
                and p.occasion_date.year == 2027)
    with transaction(register.db):
        store.save(replace(plan, status=Status.SKIPPED))
    after = _insight(db_path, capsys)
    assert after["celebrations"] == data["celebrations"] - 1
    email = register.colleague(plan.colleague_id).email
    assert {"email": email, "reason": "skipped"} in after["not_celebrated"] or any(
        # the colleague may still be celebrated for another occasion of the year (a birthday)
        p.colleague_id == plan.colleague_id and p.status is not Status.SKIPPED for p in store.all())


def test_insight_refuses_a_period_backwards(db_path, register, capsys):
    assert main(["insight", "--db", str(db_path), "--from", "2027-02-01", "--to", "2027-01-01"]) == 2
    assert "--to" in capsys.readouterr().err
