"""Import reads every format people actually have: HR sheets (Dutch/English, CSV/XLSX), Outlook, Google, vCard."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import pytest

from desktop.exchange.importing import apply_import, plan_import
from desktop.models.colleague import Celebrate, LeapDay
from desktop.models.dates import PartialDate


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def _import(path, register, today):
    plan = plan_import(path, register, today)
    assert plan.refused == []
    apply_import(plan, register)
    return plan


def _by_last_name(register):
    return {c.last_name: c for c in register.colleagues()}


def test_dutch_hr_sheet_with_semicolons_and_every_field(tmp_path, register, today):
    path = _write(tmp_path, "personeel.csv",
                  "Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Geboortedatum;Datum in dienst;Jubileumdatum;"
                  "Uit dienst;Werkdagen;Vieren;Leeftijd tonen;Organiseert mee;29 februari;Hobby's;Dieet;Notities\n"
                  "Pieter;van der;Berg;Pieter@Example.nl;Financiën;03-04-1980;01-09-2010;01/03/2005;;ma,di,do;ja;"
                  "nee;ja;;wielrennen;vegetarisch;\"houdt niet van\nverrassingen\"\n"
                  "Fleur;;Jansen;fleur@example.nl;ICT;29-02-1992;2018-01-15;;2026-12-31;mon,tue,wed,thu,fri;stil;"
                  "ja;nee;01-03;;;\n")
    plan = _import(path, register, today)
    assert len(plan.new) == 2
    assert plan.warnings == []
    people = _by_last_name(register)
    pieter, fleur = people["Berg"], people["Jansen"]
    assert (pieter.first_name, pieter.prefix, pieter.email) == ("Pieter", "van der", "Pieter@Example.nl")
    assert pieter.birth == PartialDate(4, 3, 1980)
    assert (pieter.hire_date, pieter.service_start) == (date(2010, 9, 1), date(2005, 3, 1))
    assert pieter.work_days == frozenset({0, 1, 3})
    assert (pieter.show_age, pieter.organises, pieter.likes, pieter.dietary) == (False, True, "wielrennen",
                                                                                 "vegetarisch")
    assert pieter.notes == "houdt niet van\nverrassingen"
    assert fleur.celebrate is Celebrate.QUIET
    assert fleur.organises is False
    assert fleur.leap_day is LeapDay.MAR_1
    assert fleur.end_date == date(2026, 12, 31)
    departments = {d.id: d.name for d in register.departments()}
    assert departments[pieter.department_id] == "Financiën"
    assert departments[fleur.department_id] == "ICT"


def test_english_headers_with_commas_bom_and_spelling_variants(tmp_path, register, today):
    path = _write(tmp_path, "staff.csv",
                  "\ufeffFIRST_NAME, Last-Name ,e_mail,Department,Birth date,Start date,Work days,Celebrate,"
                  "Show age,Organises\n"
                  "Emma,de Vries,emma@example.com,Sales,1985-12-24,2015-06-01,\"mon,tue\",quiet,yes,no\n")
    _import(path, register, today)
    (emma,) = register.colleagues()
    # The BOM does not stick to the first header, and "de Vries" in a last-name column is split the Dutch way.
    assert (emma.first_name, emma.prefix, emma.last_name) == ("Emma", "de", "Vries")
    assert emma.work_days == frozenset({0, 1})
    assert emma.celebrate is Celebrate.QUIET
    assert emma.organises is False


def test_full_name_column_is_split_with_dutch_prefixes(tmp_path, register, today):
    path = _write(tmp_path, "namen.csv", "Naam;Geboortedatum\nPieter van der Berg;--04-03\nAnna Maria de Jong;\n"
                                          "Jan in 't Veld;03-04\nBerg, Klaas van den;\nMohammed el Amrani;\nCher;\n")
    _import(path, register, today)
    names = sorted((c.first_name, c.prefix, c.last_name) for c in register.colleagues())
    assert names == sorted([("Pieter", "van der", "Berg"), ("Anna Maria", "de", "Jong"), ("Jan", "in 't", "Veld"),
                            ("Klaas", "van den", "Berg"), ("Mohammed", "el", "Amrani"), ("Cher", "", "")])
    births = {c.first_name: c.birth for c in register.colleagues()}
    assert births["Pieter"] == births["Jan"] == PartialDate(4, 3)  # year-less birthdays, both spellings


def test_windows_1252_excel_export(tmp_path, register, today):
    path = _write(tmp_path, "excel.csv", "Voornaam;Achternaam;Afdeling\nRenée;Brontë;Café\nJoël;Çelik;Zürich\n",
                  encoding="cp1252")
    _import(path, register, today)
    assert {(c.first_name, c.last_name) for c in register.colleagues()} == {("Renée", "Brontë"), ("Joël", "Çelik")}
    assert {d.name for d in register.departments()} == {"Café", "Zürich"}


def test_utf16_unicode_text_is_decoded_by_its_bom(tmp_path, register, today):
    path = _write(tmp_path, "unicode.csv", codecs.BOM_UTF16_LE + "Voornaam;Achternaam\nZoë;Ødegaard\n"
                  .encode("utf-16-le"))
    _import(path, register, today)
    assert register.colleagues()[0].first_name == "Zoë"


OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,"
    "Business Street 3,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,"
    "Home City,Home Postal Code,Home Country/Region,Business Fax,Business Phone,Home Phone,Mobile Phone,"
    "Anniversary,Birthday,Categories,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,"
    "E-mail 2 Type,Notes,Web Page")


def test_outlook_export(tmp_path, register, today):
    path = _write(tmp_path, "outlook.csv", OUTLOOK_HEADER + "\n"
                  ",Pieter,van der,Berg,,Gemeente Utrecht,Financiën,Controller,,,,Utrecht,,3511 AA,Nederland,,,,,"
                  ",030-1234567,,06-12345678,12-6-2010,3-4-1980,,pieter.vanderberg@utrecht.nl,SMTP,"
                  "Pieter van der Berg (pieter.vanderberg@utrecht.nl),,,,\n"
                  ",Jan,Peter,Jansen,,Gemeente Utrecht,ICT,,,,,,,,,,,,,,,,,0-0-00,0-0-00,,jp@utrecht.nl,SMTP,,,,,\n")
    plan = _import(path, register, today)
    people = _by_last_name(register)
    pieter, jan = people["Berg"], people["Jansen"]
    assert (pieter.first_name, pieter.prefix) == ("Pieter", "van der")  # a prefix in Middle Name
    assert pieter.birth == PartialDate(4, 3, 1980)
    assert pieter.email == "pieter.vanderberg@utrecht.nl"
    assert pieter.hire_date is None
    assert pieter.service_start is None
    assert jan.first_name == "Jan Peter"
    assert jan.birth is None
    # The many columns this app does not use are mentioned once, not per row.
    assert len(plan.warnings) == 1
    assert "Business Street" in plan.warnings[0].untranslated()


GOOGLE_HEADER = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                 "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
                 "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                 "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value")


def test_google_contacts_export(tmp_path, register, today):
    path = _write(tmp_path, "contacts.csv", "\ufeff" + GOOGLE_HEADER + "\n"
                  "Sanne,,de Wit,,,,Dr.,,San,,Acme BV,Designer,Marketing,1990-07-15,\"Team lunch\nop vrijdag\",,"
                  "* myContacts,* Work,sanne@acme.nl ::: sanne@home.nl,,,Mobile,+31 6 1234 5678\n"
                  "Yusuf,,Demir,,,,,,,,Acme BV,,Support,--11-02,,,* myContacts,Work,yusuf@acme.nl,,,,\n")
    _import(path, register, today)
    people = _by_last_name(register)
    sanne, yusuf = people["Wit"], people["Demir"]
    assert (sanne.prefix, sanne.email, sanne.notes) == ("de", "sanne@acme.nl", "Team lunch\nop vrijdag")
    assert yusuf.birth == PartialDate(11, 2)
    departments = {d.id: d.name for d in register.departments()}
    assert departments[sanne.department_id] == "Marketing"


def test_legacy_google_csv(tmp_path, register, today):
    header = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Birthday,Notes,Group Membership,"
              "E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Type,Organization 1 - Name,"
              "Organization 1 - Department")
    path = _write(tmp_path, "google.csv", header + "\nLotte Bakker,Lotte,,Bakker,,1979-01-31,,* My Contacts,"
                                                   "* Work,lotte@example.nl,,Acme,Inkoop\n")
    _import(path, register, today)
    (lotte,) = register.colleagues()
    assert (lotte.first_name, lotte.last_name, lotte.email) == ("Lotte", "Bakker", "lotte@example.nl")


def test_xlsx_first_sheet_with_typed_cells(tmp_path, register, today):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Geboortedatum", "Datum in dienst", "Werkdagen", "Vieren",
                  "Notities"])
    sheet.append(["Daan", "Visser", "daan@example.nl", datetime(1988, 5, 17), date(2012, 3, 1), "ma,di", "ja", 12])
    sheet.append([None] * 8)  # an empty row in the middle is skipped
    sheet.append(["Noor", "Haddou", None, "--12-05", 41000, None, "nee", None])  # 41000: an Excel date serial
    workbook.create_sheet("Sheet2").append(["ignored"])
    path = tmp_path / "personeel.xlsx"
    workbook.save(path)
    plan = _import(path, register, today)
    assert [row.row for row in plan.rows] == [2, 4]
    people = _by_last_name(register)
    assert people["Visser"].birth == PartialDate(5, 17, 1988)
    assert people["Visser"].hire_date == date(2012, 3, 1)
    assert people["Visser"].notes == "12"
    assert people["Haddou"].birth == PartialDate(12, 5)
    assert people["Haddou"].hire_date == date(2012, 4, 1)
    assert people["Haddou"].celebrate is Celebrate.NO


VCARDS = """BEGIN:VCARD
VERSION:3.0
N:van der Berg;Pieter;;;
FN:Pieter van der Berg
EMAIL;TYPE=INTERNET,HOME:pieter@home.nl
EMAIL;TYPE=INTERNET,WORK:pieter@work.nl
ORG:Gemeente Utrecht;Financiën
BDAY:--0403
ANNIVERSARY:20100612
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Anna de Jong
BDAY:19800403
ORG:Zorg
X-ANNIVERSARY:2001-05-05
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Bront=EB;Ren=E9e
BDAY:--04-03
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Apple;Appie;;;
BDAY;X-APPLE-OMIT-YEAR=1604:1604-09-21
END:VCARD
"""


def test_vcards(tmp_path, register, today):
    plan = _import(_write(tmp_path, "contacts.vcf", VCARDS.replace("\n", "\r\n")), register, today)
    assert [row.row for row in plan.rows] == [1, 2, 3, 4]  # vCards are numbered by card
    people = _by_last_name(register)
    pieter = people["Berg"]
    assert (pieter.prefix, pieter.email, pieter.birth) == ("van der", "pieter@work.nl", PartialDate(4, 3))
    assert pieter.hire_date is None  # ANNIVERSARY is a wedding anniversary
    assert people["Jong"].birth == PartialDate(4, 3, 1980)
    assert people["Jong"].prefix == "de"
    assert people["Brontë"].first_name == "Renée"
    assert people["Brontë"].birth == PartialDate(4, 3)
    assert people["Apple"].birth == PartialDate(9, 21)
    departments = {d.name for d in register.departments()}
    assert departments == {"Financiën", "Zorg"}  # ORG's unit when it has one, else the organisation


def test_unknown_extension_is_sniffed(tmp_path, register, today):
    _import(_write(tmp_path, "export.dat", VCARDS), register, today)
    _import(_write(tmp_path, "lijst", "Voornaam;Achternaam\nKees;Kok\n"), register, today)
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    workbook.active.append(["Bas Bos"])
    workbook.save(tmp_path / "download.bin")
    _import(tmp_path / "download.bin", register, today)
    assert {"Kok", "Bos", "Berg"} <= {c.last_name for c in register.colleagues()}


def test_excel_separator_hint_line(tmp_path, register, today):
    plan = _import(_write(tmp_path, "hint.csv", "sep=;\nVoornaam;Achternaam\nKees;Kok\n"), register, today)
    assert [row.row for row in plan.rows] == [3]
