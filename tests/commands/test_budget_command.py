"""`budget` and `print-budget`: the year against its annual budgets, as JSON, text and an owner-only PDF."""

import json
import stat
import subprocess

from desktop.cli import main
from desktop.store.database import open_database
from desktop.store.repository import Register
from tests.render.test_printing import make_office


def test_budget_json_against_the_annual_budgets(db_path, capsys):
    make_office(Register(open_database(db_path)))  # March 2027: a birthday of 42,42 planned, a treat of 30,00
    assert main(["settings", "--db", str(db_path), "set", "budget.birthday", "40"]) == 0
    assert main(["settings", "--db", str(db_path), "set", "budget.farewell", "1.250,00"]) == 0
    capsys.readouterr()
    assert main(["budget", "--db", str(db_path), "--year", "2027", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {kind["kind"]: kind for kind in data["kinds"]}
    assert kinds["birthday"] == {"kind": "birthday", "budget_eur": 40, "planned_eur": 42.42, "spent_eur": 0,
                                 "left_eur": -2.42, "celebrations": 1}
    assert kinds["farewell"]["budget_eur"] == 1250
    assert kinds["farewell"]["planned_eur"] == 0
    assert kinds["monthly_treat"]["budget_eur"] is None
    assert data["months"][2] == {"month": 3, "planned_eur": 72.42, "spent_eur": 0, "celebrations": 2}
    assert data["total"]["budget_eur"] == 1290


def test_a_bad_amount_is_refused_and_changes_nothing(db_path, capsys):
    make_office(Register(open_database(db_path)))
    assert main(["settings", "--db", str(db_path), "set", "budget.birthday", "veel geld"]) != 0
    assert "not an amount in euros" in capsys.readouterr().err
    assert main(["budget", "--db", str(db_path), "--year", "2027", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["budget_eur"] is None


def test_print_budget_writes_the_figures_for_the_manager_only(db_path, tmp_path, capsys):
    make_office(Register(open_database(db_path)))
    assert main(["settings", "--db", str(db_path), "set", "budget.birthday", "40"]) == 0
    out = tmp_path / "budget.pdf"
    assert main(["print-budget", "--db", str(db_path), "--year", "2027", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Budget 2027" in text
    assert "confidential" in text
    assert "€2.42 over budget" in text
    assert "March" in text
    assert "€72.42" in text
    assert "Pieter" not in text
    assert "Taart-met-kaars" not in text
