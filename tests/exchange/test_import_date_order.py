"""Dates as the file means them: the day/month order decided per file, said, overridable; placeholder birth
years read as an unknown year."""

from __future__ import annotations

import pytest

from desktop.exchange.importing import ImportFileError, apply_import, plan_import
from desktop.models.dates import PartialDate

US_OUTLOOK = "First Name,Last Name,E-mail Address,Birthday\n"


def _write(tmp_path, text, name="people.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _births(register):
    return {colleague.first_name: colleague.birth for colleague in register.colleagues()}


def test_a_row_with_a_second_part_over_12_makes_the_whole_file_month_first(tmp_path, register, today):
    path = _write(tmp_path, "Voornaam;Achternaam;Geboortedatum\nAnna;Bos;12/10/1976\nBert;Kok;04/25/1980\n")
    plan = plan_import(path, register, today)
    assert plan.date_note.untranslated() == "Dates read as month/day/year"
    apply_import(plan, register)
    assert _births(register) == {"Anna": PartialDate(12, 10, 1976), "Bert": PartialDate(4, 25, 1980)}


def test_a_row_with_a_first_part_over_12_makes_it_day_first(tmp_path, register, today):
    path = _write(tmp_path, "Voornaam;Achternaam;Geboortedatum\nAnna;Bos;12/10/1976\nBert;Kok;25/04/1980\n")
    plan = plan_import(path, register, today)
    assert plan.date_note.untranslated() == "Dates read as day/month/year"
    apply_import(plan, register)
    assert _births(register)["Anna"] == PartialDate(10, 12, 1976)


def test_an_english_outlook_export_with_only_ambiguous_dates_is_month_first(tmp_path, register, today):
    path = _write(tmp_path, US_OUTLOOK + "Renée,Meer,renee@x.nl,12/10/1976\n")
    apply_import(plan_import(path, register, today), register)
    assert _births(register) == {"Renée": PartialDate(12, 10, 1976)}


def test_a_column_that_contradicts_itself_is_refused_with_its_rows_named(tmp_path, register, today):
    path = _write(tmp_path, "Voornaam;Achternaam;Geboortedatum\nAnna;Bos;25/12/1976\nBert;Kok;04/25/1980\n"
                            "Cor;Dek;13/01/1990\n")
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, register, today)
    assert caught.value.message.untranslated() == (
        "Geboortedatum: rows 2, 4 can only be day/month/year, rows 3 only month/day/year. Correct them, or say "
        "the order with --date-order dmy or mdy.")


@pytest.mark.parametrize("bday", ["1900-04-03", "19000403", "0000-04-03", "1604-04-03"])
def test_placeholder_birth_years_are_an_unknown_year(tmp_path, register, today, bday):
    omit = ";X-APPLE-OMIT-YEAR=1604" if bday.startswith("1604") else ""
    path = _write(tmp_path, f"BEGIN:VCARD\nVERSION:3.0\nFN:Renée van der Meer\nN:Meer;Renée;van der;;\n"
                            f"BDAY{omit}:{bday}\nEND:VCARD\n", name="people.vcf")
    apply_import(plan_import(path, register, today), register)
    assert _births(register) == {"Renée": PartialDate(4, 3)}
