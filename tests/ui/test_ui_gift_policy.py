"""The gift and gathering policy table: round trip, validation, and that plans follow it."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from support.dialogs import cancel, ok

from desktop.models.gift_policy import DEFAULT_RULES
from desktop.models.occasions import Kind
from desktop.store.gift_policy_store import load_gift_rules
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.planning.gift_policy_dialog import (
    BUDGET,
    IDEAS,
    VALUE,
    GiftPolicyDialog,
    edit_gift_policy,
    idea_to_store,
    parse_value,
)
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on


@pytest.fixture
def dialog(qtbot):
    dialog = GiftPolicyDialog(DEFAULT_RULES)
    qtbot.addWidget(dialog)
    return dialog


def test_the_defaults_read_back_unchanged(dialog):
    assert dialog.read() == DEFAULT_RULES


def test_a_changed_budget_and_idea_are_read(dialog):
    dialog.table.cellWidget(0, BUDGET).setValue(7.5)
    dialog.table.cellWidget(0, IDEAS).setText("Een kaart | Taart bij de koffie")
    first = dialog.read()[0]
    assert first.budget_cents == 750
    assert [idea.text for idea in first.ideas] == ["Een kaart", "Taart bij de koffie"]


def test_bad_rows_are_refused_with_a_message(dialog):
    dialog.table.cellWidget(0, VALUE).setText("twaalf")
    dialog.accept()
    assert dialog.result_rules is None
    assert "is not an age or a number of years" in dialog.error.text()
    dialog.table.cellWidget(0, VALUE).setText("")
    dialog.table.cellWidget(0, IDEAS).setText("  |  ")
    dialog.accept()
    assert "at least one idea" in dialog.error.text()


def test_duplicates_are_refused(dialog):
    dialog.add_rule(DEFAULT_RULES[0])
    with pytest.raises(ValueError, match="twice"):
        dialog.read()


def test_values_and_default_ideas():
    assert parse_value("12,5") == Fraction(25, 2)
    assert parse_value(" ") is None
    with pytest.raises(ValueError, match="12.3"):
        parse_value("12.3")
    assert idea_to_store("A card and flowers") == "A card and flowers"
    assert idea_to_store("  Mijn eigen idee ") == "Mijn eigen idee"


def test_the_dialog_reads_kinds_as_kinds(dialog):
    """What read() gives must be storable, not merely equal: a plain "birthday" equals Kind.BIRTHDAY too."""
    assert [type(rule.kind) for rule in dialog.read()] == [Kind] * len(DEFAULT_RULES)


def test_edit_stores_the_policy_and_tells_the_views(register, db_path, today, person):
    def nine_euros_for_the_first(dialog):
        dialog.table.cellWidget(0, BUDGET).setValue(9.5)
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
    person.will(GiftPolicyDialog, lambda dialog: (dialog.table.cellWidget(0, BUDGET).setValue(1), cancel(dialog)))
    assert not edit_gift_policy(None, workspace)
    assert load_gift_rules(register.db) == changed
