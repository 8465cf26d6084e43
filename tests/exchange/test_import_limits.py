"""Over-long values are refused per row on import, with the row named; the other rows are fine."""

from __future__ import annotations

import pytest

from desktop.exchange.importing import plan_import
from desktop.models.colleague import Colleague
from desktop.store.errors import StoreError


def test_over_long_email_department_name_and_notes_are_refused_per_row(tmp_path, register, today):
    path = tmp_path / "hr.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Afdeling;Notities\n"
                    f"Anna;Bos;{'a' * 120_000}@x.nl;ICT;\n"
                    f"Bert;Kok;bert@x.nl;{'D' * 120_000};\n"
                    f"Cor;{'K' * 101};cor@x.nl;ICT;\n"
                    f"Dirk;Dek;dirk@x.nl;ICT;{'n' * 10_001}\n"
                    f"Eva;Els;{'e' * 249}@x.nl;{'D' * 100};{'n' * 10_000}\n", encoding="utf-8")
    plan = plan_import(path, register, today)
    reasons = {refused.row: refused.message.untranslated() for refused in plan.refused}
    assert reasons == {
        2: "An e-mail address is at most 254 characters; this one has 120005",
        3: "Afdeling: A department's name is at most 100 characters; this one has 120000",
        4: "Last name is longer than 100 characters",
        5: "Text is longer than 10000 characters",
    }
    assert [row.row for row in plan.rows] == [6]


def test_the_register_refuses_an_over_long_department_name(register):
    with pytest.raises(StoreError, match="at most 100 characters"):
        register.add_department("D" * 101)
    register.add_department("D" * 100)
    department = register.departments()[0]
    with pytest.raises(StoreError, match="at most 100 characters"):
        register.rename_department(department.id, "E" * 101)
    assert register.departments()[0].name == "D" * 100
    register.add(Colleague(first_name="x"))
