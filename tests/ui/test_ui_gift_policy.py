"""The gift and gathering policy editor, driven as a person would: choose a rule in the overview, change it in
the form beside it (ideas typed into the list, moved, removed), OK; round trip, validation, and that the policy
is stored as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from support.dialogs import cancel, ok

from desktop.models.gift_policy import DEFAULT_RULES
from desktop.models.occasions import Kind
from desktop.store.gift_policy_store import load_gift_rules
from desktop.ui import help_browser
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.help_browser import HelpBrowser
from desktop.ui.planning.gift_policy_editor import BUDGET, LEAD, OCCASION, WHAT, GiftPolicyDialog, edit_gift_policy
from desktop.ui.planning.gift_rule_form import idea_to_store, parse_value
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

BIG_BIRTHDAY = 1  # DEFAULT_RULES[1]: a milestone birthday, two ideas, food and gift


@pytest.fixture
def dialog(qtbot):
    dialog = GiftPolicyDialog(DEFAULT_RULES)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: GiftPolicyDialog, row: int) -> None:
    """Click the rule at `row` in the overview."""
    index = dialog.table.model().index(row, OCCASION)
    dialog.table.scrollTo(index)
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=dialog.table.visualRect(index).center())


def type_idea(dialog: GiftPolicyDialog, row: int, words: str) -> None:
    """Click the idea at `row` in the list and type its new words in the field below."""
    ideas = dialog.form.ideas
    ideas.scrollToItem(ideas.item(row))
    QTest.mouseClick(ideas.viewport(), Qt.MouseButton.LeftButton, pos=ideas.visualItemRect(ideas.item(row)).center())
    dialog.form.idea_edit.selectAll()
    QTest.keyClicks(dialog.form.idea_edit, words)


def add_idea(dialog: GiftPolicyDialog, words: str) -> None:
    """Add idea makes a new line; its words are typed in the field below the list."""
    dialog.form.add_idea_button.click()
    assert dialog.form.idea_edit.text() == ""
    QTest.keyClicks(dialog.form.idea_edit, words)


def ideas_shown(dialog: GiftPolicyDialog) -> list[str]:
    return [dialog.form.ideas.item(row).text() for row in range(dialog.form.ideas.count())]


def test_the_defaults_read_back_unchanged(dialog):
    assert dialog.read() == DEFAULT_RULES
    assert dialog.table.rowCount() == len(DEFAULT_RULES)
    assert dialog.table.columnCount() == 5  # occasion, what, budget, organisers, lead time


def test_a_changed_budget_and_idea_are_read(dialog):
    choose(dialog, 0)
    dialog.form.budget_box.setValue(7.5)
    type_idea(dialog, 0, "Een kaart")
    add_idea(dialog, "Taart bij de koffie")
    first = dialog.read()[0]
    assert first.budget_cents == 750
    assert [idea.text for idea in first.ideas] == ["Een kaart", "Taart bij de koffie"]
    assert dialog.read()[1:] == DEFAULT_RULES[1:]
    assert dialog.table.item(0, WHAT).text() == "Een kaart (or 1 other)"  # the overview follows the form
    assert dialog.table.item(0, BUDGET).text().endswith("7.50")


def test_ideas_are_reordered_and_removed_one_per_line(dialog):
    choose(dialog, BIG_BIRTHDAY)
    first, second = ideas_shown(dialog)
    dialog.form.ideas.setCurrentRow(1)
    dialog.form.up_button.click()
    assert ideas_shown(dialog) == [second, first]
    assert [idea.text for idea in dialog.read()[BIG_BIRTHDAY].ideas] == [second, first]
    assert not dialog.form.up_button.isEnabled()  # the first line cannot go further up
    dialog.form.down_button.click()
    dialog.form.ideas.setCurrentRow(0)
    dialog.form.remove_idea_button.click()
    assert [idea.text for idea in dialog.read()[BIG_BIRTHDAY].ideas] == [second]
    assert "|" not in dialog.table.item(BIG_BIRTHDAY, WHAT).text()


def test_choosing_another_rule_keeps_what_was_typed(dialog):
    choose(dialog, 0)
    dialog.form.lead_box.setValue(3)
    choose(dialog, 2)
    assert dialog.form.lead_box.value() == DEFAULT_RULES[2].lead_days
    choose(dialog, 0)
    assert dialog.form.lead_box.value() == 3
    assert dialog.table.item(0, LEAD).text() == "3 days"
    assert dialog.read()[0].lead_days == 3


def test_food_and_gift_are_explained_and_read(dialog):
    choose(dialog, BIG_BIRTHDAY)
    form = dialog.form
    assert form.food_check.isChecked()
    assert form.gift_check.isChecked()
    notes = " ".join(label.text() for label in form.findChildren(type(form.lead_help)))
    assert "dietary needs" in notes
    assert "what the celebrant likes" in notes
    form.gift_check.click()
    assert all(idea.food and not idea.gift for idea in dialog.read()[BIG_BIRTHDAY].ideas)


def test_effort_and_lead_time_in_words_with_real_plurals(dialog):
    choose(dialog, 0)
    form = dialog.form
    form.effort_box.setValue(2)
    assert form.effort_help.text().startswith("A turn for this counts as 2 turns when the app spreads the work")
    form.effort_box.setValue(1)
    assert "counts as 1 turn when" in form.effort_help.text()
    form.effort_box.setValue(1.5)
    assert "counts as 1.5 turns" in form.effort_help.text()
    form.lead_box.setValue(1)
    assert "1 day before" in form.lead_help.text()
    form.lead_box.setValue(14)
    assert "14 days before" in form.lead_help.text()
    assert dialog.read()[0].effort == 1.5


def test_bad_rules_are_refused_with_a_message_on_the_rule(dialog):
    choose(dialog, 3)
    dialog.form.value_edit.clear()
    QTest.keyClicks(dialog.form.value_edit, "twaalf")
    choose(dialog, 0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_rules is None
    assert dialog.isVisible()
    assert "Rule 4" in dialog.error.text()
    assert "is not an age or a number of years" in dialog.error.text()
    assert dialog.table.currentRow() == 3
    assert dialog.form.value_edit.text() == "twaalf"
    dialog.form.value_edit.setText("")
    dialog.form.value_edit.textEdited.emit("")
    for _ in range(dialog.form.ideas.count()):
        dialog.form.ideas.setCurrentRow(0)
        dialog.form.remove_idea_button.click()
    dialog.accept()
    assert "at least one idea" in dialog.error.text()


def test_a_second_rule_for_the_same_occasion_is_refused(dialog):
    dialog.add_button.click()
    form = dialog.form
    assert dialog.table.currentRow() == len(DEFAULT_RULES)
    form.kind_box.setCurrentIndex(list(Kind).index(Kind.BIRTHDAY))
    form.milestone_box.setCurrentIndex(1)  # only when not a milestone: like the first rule
    add_idea(dialog, "Nog een kaart")
    with pytest.raises(ValueError, match="twice"):
        dialog.read()
    dialog.remove_button.click()
    assert dialog.read() == DEFAULT_RULES


def test_restore_defaults_undoes_what_was_typed(dialog):
    choose(dialog, 0)
    dialog.form.budget_box.setValue(99)
    dialog.remove_button.click()
    dialog.defaults_button.click()
    assert dialog.read() == DEFAULT_RULES


def test_help_opens_the_gift_policy_section(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Help).click()
    try:
        guide = help_browser._open[0]
        assert guide.section() == "gift-policy"
        assert dialog.isVisible()
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, HelpBrowser):
                widget.close()


def test_values_and_default_ideas():
    assert parse_value("12,5") == Fraction(25, 2)
    assert parse_value(" ") is None
    with pytest.raises(ValueError, match="12.3"):
        parse_value("12.3")
    assert idea_to_store("A card and flowers") == "A card and flowers"
    assert idea_to_store("  Mijn eigen idee ") == "Mijn eigen idee"


def test_the_dialog_reads_kinds_as_kinds(dialog):
    """What read() gives must be storable, not merely equal: a plain "birthday" equals Kind.BIRTHDAY too."""
    choose(dialog, 0)
    dialog.form.kind_box.setCurrentIndex(list(Kind).index(Kind.FAREWELL))
    dialog.form.kind_box.setCurrentIndex(list(Kind).index(Kind.BIRTHDAY))
    assert [type(rule.kind) for rule in dialog.read()] == [Kind] * len(DEFAULT_RULES)


def test_edit_stores_the_policy_and_tells_the_views(register, db_path, today, person):
    def nine_euros_for_the_first(dialog):
        choose(dialog, 0)
        dialog.form.budget_box.setValue(9.5)
        ok(dialog)

    changed = (replace(DEFAULT_RULES[0], budget_cents=950), *DEFAULT_RULES[1:])
    person.will(GiftPolicyDialog, nine_euros_for_the_first)
    workspace = Workspace(register, db_path, ColleagueTableModel([], [], clock_on(today)))
    told: list[None] = []
    workspace.data_changed.connect(lambda: told.append(None))
    assert workspace.gift_rules() == DEFAULT_RULES
    assert edit_gift_policy(None, workspace)
    assert load_gift_rules(register.db) == changed
    assert told
    assert workspace.gift_rules() == changed  # read afresh
    assert workspace.undo_stack.count() == 1
    person.will(GiftPolicyDialog, ok)
    assert not edit_gift_policy(None, workspace)  # the same again changes nothing
    assert workspace.undo_stack.count() == 1

    def one_euro_then_cancel(dialog):
        choose(dialog, 0)
        dialog.form.budget_box.setValue(1)
        cancel(dialog)

    person.will(GiftPolicyDialog, one_euro_then_cancel)
    assert not edit_gift_policy(None, workspace)
    assert load_gift_rules(register.db) == changed
