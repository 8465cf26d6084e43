"""Settings › Occasion policy: milestone ages, anniversary years, their names, and saving them in the file."""

from __future__ import annotations

import sqlite3
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from support.dialogs import cancel, ok

from desktop.models.i18n import Message
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.store.policy_store import load_policy, save_policy
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.policy_dialog import PolicyDialog, edit_policy, label_to_store
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

WITHOUT_COPPER = OccasionPolicy(
    anniversary_years=tuple(y for y in DEFAULT_POLICY.anniversary_years if y != Fraction(25, 2)),
    milestone_years=DEFAULT_POLICY.milestone_years - {Fraction(25, 2)},
    anniversary_labels={y: label for y, label in DEFAULT_POLICY.anniversary_labels.items() if y != Fraction(25, 2)})


@pytest.fixture
def workspace(register, db_path, today, qtbot):
    return Workspace(register, db_path, ColleagueTableModel([], [], clock_on(today)))


def open_dialog(qtbot, policy: OccasionPolicy = DEFAULT_POLICY) -> PolicyDialog:
    dialog = PolicyDialog(policy)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def years_row(dialog: PolicyDialog, shown: str) -> int:
    table = dialog.anniversaries
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == shown)


def test_the_dialog_shows_the_policy_and_reads_it_back_unchanged(qtbot):
    dialog = open_dialog(qtbot)
    assert dialog.age_from.value() == 20
    assert dialog.age_step.value() == 5
    assert dialog.ages.item(0, 1).text() == "Abraham/Sarah"
    assert dialog.anniversaries.item(years_row(dialog, "12.5"), 2).text() == "copper jubilee"
    assert dialog.anniversaries.item(years_row(dialog, "25"), 1).checkState() == Qt.CheckState.Checked
    assert dialog.anniversaries.item(years_row(dialog, "15"), 1).checkState() == Qt.CheckState.Unchecked
    assert dialog.read() == (DEFAULT_POLICY, {})


def drive(dialog: PolicyDialog) -> None:
    """What the manager does: milestones from 30, and 12,5 years as a milestone with a name of their own."""
    dialog.age_from.setValue(30)
    row = dialog.add_anniversary_row()
    dialog.anniversaries.item(row, 0).setText("12,5")
    dialog.anniversaries.item(row, 1).setCheckState(Qt.CheckState.Checked)
    dialog.anniversaries.item(row, 2).setText("koperen jubileum")
    dialog.ages.item(0, 0).setText("50")
    ok(dialog)


def from_30(dialog: PolicyDialog) -> None:
    dialog.age_from.setValue(30)
    ok(dialog)


def test_changes_are_saved_in_the_file(register, workspace, person):
    save_policy(register.db, WITHOUT_COPPER)
    person.will(PolicyDialog, drive)
    assert edit_policy(None, workspace)
    saved = load_policy(register.db)
    assert saved.milestone_age_from == 30
    assert Fraction(25, 2) in saved.anniversary_years
    assert Fraction(25, 2) in saved.milestone_years
    assert saved.anniversary_labels[Fraction(25, 2)] == "koperen jubileum"
    assert saved.anniversary_labels[Fraction(25)] == "silver jubilee"  # untouched: still the source text
    assert saved.age_labels == {50: "Abraham/Sarah"}
    assert saved.anniversary_years == tuple(sorted(saved.anniversary_years))


def test_cancel_or_no_change_saves_nothing(register, workspace, person):
    person.will(PolicyDialog, lambda dialog: (dialog.age_from.setValue(30), cancel(dialog)))
    assert not edit_policy(None, workspace)
    person.will(PolicyDialog, ok)
    assert not edit_policy(None, workspace)
    assert register.db.execute("SELECT count(*) FROM settings WHERE key = 'occasion_policy'").fetchone()[0] == 0
    assert workspace.undo_stack.count() == 0


def fill_the_disk(register) -> None:
    """The file may not grow and its free room is taken: as good as a full disk."""
    conn = register.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for number, size in enumerate(size for size in (2000, 200, 20, 1) for _ in range(400)):
        try:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"filler-{number}", "x" * size])
            conn.commit()
        except sqlite3.OperationalError:
            conn.rollback()


def test_a_failed_save_is_reported(register, workspace, person):
    reported: list[Message] = []
    workspace.failed.connect(reported.append)
    person.will(PolicyDialog, from_30)
    fill_the_disk(register)
    assert not edit_policy(None, workspace)
    assert [message.untranslated() for message in reported] == [
        "The disk is full: nothing was saved. Free some space and try again."]
    assert workspace.undo_stack.count() == 0
    assert load_policy(register.db) == DEFAULT_POLICY


def test_an_unreadable_policy_is_reported_and_not_edited(register, workspace, monkeypatch, person):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *args: shown.append(message))
    register.db.execute("INSERT INTO settings (key, value) VALUES ('occasion_policy', '{broken')")
    assert not edit_policy(None, workspace)  # `person` expects no dialog: one that opens fails the test
    assert len(shown) == 1
    assert "cannot be read" in shown[0]


@pytest.mark.parametrize(("typed", "problem"), [
    ("0", "“0” is not a number of years such as 25 or 12.5"),
    ("-5", "“-5” is not a number of years such as 25 or 12.5"),
    ("12.3", "“12.3” is not a number of years such as 25 or 12.5"),
    ("twelve", "“twelve” is not a number of years such as 25 or 12.5"),
    ("25", "25 years is in the list twice"),
    ("12,5", "12,5 years is in the list twice"),
])
def test_invalid_years_are_refused(qtbot, typed, problem):
    dialog = open_dialog(qtbot)
    row = dialog.add_anniversary_row()
    dialog.anniversaries.item(row, 0).setText(typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_policy is None
    assert dialog.years_error.isVisible()
    assert dialog.years_error.text() == problem
    dialog.remove_current_row(dialog.anniversaries)
    assert not dialog.years_error.isVisible()


@pytest.mark.parametrize(("typed", "label", "problem"), [
    ("0", "x", "“0” is not an age from 1 to 120"),
    ("121", "x", "“121” is not an age from 1 to 120"),
    ("50", "x", "Age 50 is in the list twice"),
    ("60", "", "Give age 60 a name, or remove the row"),
    ("52", "x", "52 is not a milestone age, so its name would never show"),
])
def test_invalid_ages_are_refused(qtbot, typed, label, problem):
    dialog = open_dialog(qtbot)
    row = dialog.add_age_row(typed, label)
    dialog.accept()
    assert dialog.result_policy is None
    assert dialog.ages_error.text() == problem
    dialog.ages.setCurrentCell(row, 0)
    dialog.remove_current_row(dialog.ages)
    assert not dialog.ages_error.isVisible()


def test_an_empty_new_row_is_ignored(qtbot):
    dialog = open_dialog(qtbot)
    dialog.add_age_row()
    dialog.add_anniversary_row()
    dialog.accept()
    assert dialog.result_policy == DEFAULT_POLICY


def test_restore_defaults_gives_the_default_policy(qtbot):
    dialog = open_dialog(qtbot, WITHOUT_COPPER)
    dialog.age_step.setValue(10)
    dialog.ages.item(0, 1).setText("Half a century")
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    dialog.accept()
    assert dialog.result_policy == DEFAULT_POLICY


def test_default_labels_stay_translatable_and_typed_ones_stay_literal(qtbot, english_qt):
    from desktop.i18n import install_translations

    install_translations(english_qt, "nl")  # the real Dutch catalogue; the fixture puts English back
    dialog = open_dialog(qtbot)
    assert dialog.anniversaries.item(years_row(dialog, "25"), 2).text() == "zilveren jubileum"
    dialog.ages.item(0, 1).setText("Abraham of Sara")
    policy, problems = dialog.read()
    assert not problems
    assert policy.anniversary_labels[Fraction(25)] == "silver jubilee"
    assert policy.age_labels[50] == "Abraham of Sara"
    assert label_to_store("zilveren jubileum", "") == "silver jubilee"  # retyped default: the source again
