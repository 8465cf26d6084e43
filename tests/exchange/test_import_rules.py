"""Import rules: re-importing updates without duplicating, keeps what the file lacks, all-or-nothing."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from desktop.exchange.importing import ImportFileError, apply_import, plan_import
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _digest(db_path):
    return hashlib.sha256(db_path.read_bytes()).hexdigest()


HR = ("Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Geboortedatum;Datum in dienst\n"
      "Pieter;van der;Berg;pieter@example.nl;Financiën;03-04-1980;01-09-2010\n"
      "Fleur;;Jansen;;ICT;12-12-1990;2018-01-15\n")


def test_reimporting_the_same_file_changes_nothing_and_duplicates_nobody(tmp_path, register, today):
    path = _write(tmp_path, "hr.csv", HR)
    apply_import(plan_import(path, register, today), register)
    before = register.colleagues()
    again = plan_import(path, register, today)
    assert (len(again.new), len(again.updated), len(again.unchanged)) == (0, 0, 2)
    apply_import(again, register)
    assert register.colleagues() == before


def test_reimport_updates_by_email_case_insensitively_else_by_name_and_birth(tmp_path, register, today):
    apply_import(plan_import(_write(tmp_path, "hr.csv", HR), register, today), register)
    changed = _write(tmp_path, "hr2.csv",
                     "Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Geboortedatum\n"
                     "Piet;van der;Berg;PIETER@EXAMPLE.NL;Inkoop;03-04-1980\n"  # new first name, same e-mail
                     "FLEUR;;jansen;fleur@example.nl;ICT;12-12-1990\n")  # no e-mail stored: name + birth date
    plan = plan_import(changed, register, today)
    assert len(plan.new) == 0
    assert len(plan.updated) == 2
    assert plan.new_departments == ["Inkoop"]
    assert set(plan.updated[0].changed_fields) == {"first_name", "department_id"}
    apply_import(plan, register)
    people = {c.last_name.casefold(): c for c in register.colleagues()}
    assert len(people) == 2
    assert people["berg"].first_name == "Piet"
    assert people["jansen"].email == "fleur@example.nl"
    assert people["berg"].hire_date == date(2010, 9, 1)  # the file has no hire date column: kept
    assert {d.name for d in register.departments()} == {"Financiën", "ICT", "Inkoop"}


def test_an_export_without_hire_dates_or_birthdays_erases_nothing(tmp_path, register, today):
    apply_import(plan_import(_write(tmp_path, "hr.csv", HR), register, today), register)
    outlook = _write(tmp_path, "outlook.csv", "First Name,Middle Name,Last Name,Birthday,E-mail Address,Notes\n"
                                              "Pieter,van der,Berg,0-0-00,pieter@example.nl,Koffie zwart\n")
    plan = plan_import(outlook, register, today)
    assert plan.updated[0].changed_fields == ("notes",)
    apply_import(plan, register)
    pieter = next(c for c in register.colleagues() if c.last_name == "Berg")
    assert pieter.birth == PartialDate(4, 3, 1980)
    assert pieter.hire_date == date(2010, 9, 1)
    assert pieter.notes == "Koffie zwart"
    assert pieter.department_id is not None


def test_namesakes_with_other_birth_dates_or_emails_are_different_people(tmp_path, register, today):
    register.add(Colleague(first_name="Jan", last_name="Jansen", birth=PartialDate(1, 1, 1970)))
    register.add(Colleague(first_name="Sam", last_name="Smit", email="sam@a.nl"))
    path = _write(tmp_path, "x.csv", "Naam;Geboortedatum;E-mail\nJan Jansen;02-02-1980;\nJan Jansen;01-01;\n"
                                     "Sam Smit;;sam@b.nl\n")
    plan = plan_import(path, register, today)
    assert [row.existing is None for row in plan.rows] == [True, False, True]


def test_two_colleagues_with_the_same_name_and_no_other_clue_are_ambiguous(tmp_path, register, today):
    register.add_many([Colleague(first_name="Jan", last_name="Jansen", email="jan1@a.nl"),
                       Colleague(first_name="Jan", last_name="Jansen", email="jan2@a.nl")])
    plan = plan_import(_write(tmp_path, "x.csv", "Naam\nJan Jansen\n"), register, today)
    assert plan.refused[0].row == 2
    assert "tell them apart" in plan.refused[0].message.untranslated()


def test_rows_about_the_same_colleague_within_one_file_refuse_the_later_one(tmp_path, register, today):
    path = _write(tmp_path, "dup.csv", "Naam,E-mail,Geboortedatum\nAnna Bos,anna@x.nl,\nAnne Bos,ANNA@x.nl,\n"
                                       "Kees Kok,,01-02-1970\nKees Kok,,01-02-1970\nLies Lam,lies@x.nl,\n")
    plan = plan_import(path, register, today)
    assert [(r.row, r.message.untranslated()) for r in plan.refused] == [
        (3, "Anna Bos is already imported by row 2: a colleague may appear only once"),
        (5, "Kees Kok is already imported by row 4: a colleague may appear only once")]
    assert len(plan.new) == 3


def test_an_email_match_wins_over_a_name_match(tmp_path, register, today):
    register.add(Colleague(first_name="Eva", last_name="Smit", email="eva@x.nl"))
    register.add(Colleague(first_name="Bram", last_name="Vos", birth=PartialDate(5, 5, 1975)))
    path = _write(tmp_path, "x.csv", "Naam;E-mail;Geboortedatum\nBram Vos;eva@x.nl;05-05-1975\n")
    plan = plan_import(path, register, today)
    # The e-mail finds Eva; the name does not matter once an e-mail matches (Eva may have changed her name).
    assert plan.updated[0].existing.first_name == "Eva"


def test_all_or_nothing_and_skip_invalid(tmp_path, register, db_path, today):
    path = _write(tmp_path, "x.csv", "Voornaam;Achternaam;Geboortedatum;Afdeling\nAnna;Bos;01-01-1980;Nieuw\n"
                                     "Bert;Bad;31-02-1980;Ook nieuw\nCor;Kok;;\n")
    plan = plan_import(path, register, today)
    assert [r.row for r in plan.refused] == [3]
    assert plan.new_departments == ["Nieuw"]
    before = _digest(db_path)
    with pytest.raises(ImportFileError, match="Nothing was imported"):
        apply_import(plan, register)
    assert _digest(db_path) == before
    assert register.count() == 0
    assert register.departments() == []
    apply_import(plan, register, skip_invalid=True)
    assert sorted(c.first_name for c in register.colleagues()) == ["Anna", "Cor"]
    assert [d.name for d in register.departments()] == ["Nieuw"]


def test_a_failing_apply_rolls_back_new_departments_too(tmp_path, register, today):
    register.add(Colleague(first_name="Anna", last_name="Bos", email="anna@x.nl"))
    plan = plan_import(_write(tmp_path, "x.csv", "Naam;E-mail;Afdeling\nAnna Bos;anna@x.nl;Nieuw\n"
                                                 "Kees Kok;kees@x.nl;Ander\n"), register, today)
    register.delete(register.colleagues()[0].id)  # deleted in the window after the preview was made
    with pytest.raises(ImportFileError, match="The register changed since this preview"):
        apply_import(plan, register)
    assert register.departments() == []
    assert register.count() == 0


def test_every_invalid_row_is_reported_with_its_line_even_after_multiline_values(tmp_path, register, today):
    path = _write(tmp_path, "x.csv", 'Naam;Notities;Geboortedatum\nAnna Bos;"twee\nregels";01-01-1980\n'
                                     "Bert Bad;;1980-13-01\n;;\nCor Kok;;yesterday\nDirk Dek;;01-01-2030\n")
    plan = plan_import(path, register, today)
    reasons = {r.row: r.message.untranslated() for r in plan.refused}
    assert set(reasons) == {4, 6, 7}  # the header is line 1; Anna's record spans lines 2-3; line 5 is blank
    assert reasons[4] == "Geboortedatum: 1980-13-01 does not exist"
    assert "yesterday is not a date" in reasons[6]
    assert "future" in reasons[7]


def test_dates_that_need_a_year_and_values_that_are_not_understood(tmp_path, register, today):
    path = _write(tmp_path, "x.csv", "Naam;Datum in dienst;Werkdagen;Vieren;Leeftijd tonen\n"
                                     "Anna Bos;01-09;ma,xx;misschien;soms\n")
    (refused,) = plan_import(path, register, today).refused
    text = refused.message.untranslated()
    for part in ("Datum in dienst: 01-09 has no year", "Werkdagen: xx is not a weekday",
                 'Vieren: "misschien" is not ja/stil/nee', 'Leeftijd tonen: "soms" is not ja/nee'):
        assert part in text


def test_validation_problems_of_the_merged_colleague_are_reported(tmp_path, register, today):
    register.add(Colleague(first_name="Anna", last_name="Bos", email="anna@x.nl", hire_date=date(2010, 1, 1)))
    path = _write(tmp_path, "x.csv", "Naam;E-mail;Uit dienst\nAnna Bos;anna@x.nl;2009-01-01\n")
    (refused,) = plan_import(path, register, today).refused
    assert refused.message.untranslated() == "The end date lies before the hire date"
