"""The add/edit dialog refuses what validation refuses, with the message beside the field."""

from __future__ import annotations

from datetime import date

import pytest
from support.dialogs import cancel, ok

from desktop.models.colleague import Celebrate, Colleague, Department, LeapDay
from desktop.models.dates import PartialDate
from desktop.ui.colleague_dialog import ColleagueDialog

TODAY = date(2026, 11, 28)


@pytest.fixture
def dialog(qtbot) -> ColleagueDialog:
    dialog = ColleagueDialog(None, [Department(1, "ICT"), Department(2, "Zorg")], TODAY)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Pieter")
    dialog.edits["prefix"].setText("van der")
    dialog.edits["last_name"].setText("Berg")
    return dialog


def shown_error(dialog: ColleagueDialog, field: str) -> str:
    label = dialog.errors[field]
    return label.text() if not label.isHidden() else ""


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("birth", "31-02-1980", "31-02-1980 does not exist"),
    ("birth", "12-12-2030", "The birth date lies in the future"),
    ("birth", "gisteren", "gisteren is not a date (use DD-MM-YYYY or YYYY-MM-DD)"),
    ("hire_date", "01-01-1970", "The hire date lies before the birth date"),
    ("end_date", "01-01-2000", "The end date lies before the hire date"),
    ("email", "pieter@", "pieter@ is not an e-mail address"),
])
def test_bad_values_are_refused_with_their_message(dialog, field, typed, message):
    dialog.edits["birth"].setText("01-05-1980")
    dialog.edits["hire_date"].setText("01-09-2010")
    dialog.edits[field].setText(typed)
    dialog.accept()
    assert dialog.result() != ColleagueDialog.DialogCode.Accepted
    assert dialog.result_colleague is None
    assert shown_error(dialog, field) == message


def test_an_empty_name_is_refused(dialog):
    dialog.edits["first_name"].clear()
    dialog.edits["prefix"].clear()
    dialog.edits["last_name"].clear()
    dialog.accept()
    assert dialog.result_colleague is None
    assert shown_error(dialog, "last_name") == "A name is required"


def test_no_working_days_is_refused(dialog):
    for box in dialog.work_days:
        box.setChecked(False)
    dialog.accept()
    assert shown_error(dialog, "work_days") == "Choose at least one working day"


def test_messages_appear_when_leaving_a_field_and_go_when_fixed(dialog):
    dialog.edits["birth"].setText("31-02-1980")
    assert shown_error(dialog, "birth") == ""  # not while the user is still typing
    dialog.edits["birth"].editingFinished.emit()
    assert shown_error(dialog, "birth") == "31-02-1980 does not exist"
    dialog.edits["birth"].setText("28-02-1980")
    assert shown_error(dialog, "birth") == ""


def test_a_good_colleague_is_accepted(dialog):
    dialog.edits["email"].setText("pieter@example.nl")
    dialog.department.setCurrentIndex(dialog.department.findData(2))
    dialog.edits["birth"].setText("03-04")
    dialog.edits["hire_date"].setText("01-09-2010")
    dialog.edits["service_start"].setText("2008-01-01")
    dialog.work_days[4].setChecked(False)
    dialog.celebrate.setCurrentIndex(dialog.celebrate.findData(Celebrate.QUIET))
    dialog.show_age.setChecked(False)
    dialog.edits["likes"].setText("drop")
    dialog.notes.setPlainText("  rijdt motor  ")
    dialog.accept()
    assert dialog.result() == ColleagueDialog.DialogCode.Accepted
    assert dialog.result_colleague == Colleague(
        None, "Pieter", "van der", "Berg", "pieter@example.nl", 2, PartialDate(4, 3), date(2010, 9, 1),
        date(2008, 1, 1), None, frozenset({0, 1, 2, 3}), Celebrate.QUIET, False, True, LeapDay.FEB_28,
        "drop", "", "rijdt motor")


def test_the_29_february_choice_is_only_enabled_for_29_february(dialog):
    assert not dialog.leap_day.isEnabled()
    dialog.edits["birth"].setText("29-02-1996")
    assert dialog.leap_day.isEnabled()
    dialog.leap_day.setCurrentIndex(dialog.leap_day.findData(LeapDay.MAR_1))
    dialog.accept()
    assert dialog.result_colleague.leap_day is LeapDay.MAR_1
    assert dialog.result_colleague.birth == PartialDate(2, 29, 1996)


def test_editing_keeps_the_id_and_shows_the_current_values(qtbot):
    colleague = Colleague(7, "Anna", "", "Aalders", birth=PartialDate(11, 28), end_date=date(2030, 1, 1),
                          department_id=1, work_days=frozenset({0, 2}))
    dialog = ColleagueDialog(colleague, [Department(1, "ICT")], TODAY)
    qtbot.addWidget(dialog)
    assert dialog.edits["birth"].text() == "28-11"
    assert dialog.edits["end_date"].text() == "01-01-2030"
    assert dialog.department.currentText() == "ICT"
    assert [box.isChecked() for box in dialog.work_days] == [True, False, True, False, False, False, False]
    dialog.edits["first_name"].setText("Annie")
    dialog.accept()
    assert dialog.result_colleague == colleague.with_changes(first_name="Annie")


def test_ask_returns_none_when_cancelled_even_after_typing(person):
    def type_then_cancel(dialog):
        dialog.edits["last_name"].setText("Berg")
        cancel(dialog)

    person.will(ColleagueDialog, type_then_cancel)
    assert ColleagueDialog.ask(None, None, [], TODAY) is None


def test_ask_returns_what_was_typed(person):
    def fill(dialog):
        dialog.edits["first_name"].setText("Anna")
        dialog.edits["last_name"].setText("Aalders")
        dialog.edits["birth"].setText("28-11")
        ok(dialog)

    person.will(ColleagueDialog, fill)
    assert ColleagueDialog.ask(None, None, [], TODAY) == Colleague(first_name="Anna", last_name="Aalders",
                                                                  birth=PartialDate(11, 28))


def test_the_language_of_mails_is_chosen_and_kept(qtbot, register):
    dialog = ColleagueDialog(None, [], TODAY)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Fatima")
    assert dialog.language.currentText() == "The app's language"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "The app's language", "Nederlands", "English"]
    dialog.language.setCurrentIndex(1)
    ok(dialog)
    assert dialog.result_colleague.language == "nl"
    [stored] = register.add_many([dialog.result_colleague])
    assert register.colleagues()[0].language == "nl"  # through the file and back
    again = ColleagueDialog(stored, [], TODAY)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Nederlands"
