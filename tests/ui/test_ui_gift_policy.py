"""The gift and gathering policy table: round trip, validation, and that plans follow it."""

from __future__ import annotations

from fractions import Fraction

import pytest

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


def test_edit_stores_the_policy_and_tells_the_views(register, db_path, today, monkeypatch, qtbot):
    changed = (DEFAULT_RULES[0].__class__(Kind.BIRTHDAY, None, None, DEFAULT_RULES[0].ideas, budget_cents=900,
                                          organisers=1, lead_days=3, effort=1.0),)
    monkeypatch.setattr(GiftPolicyDialog, "ask", classmethod(lambda cls, parent, rules: changed))
    workspace = Workspace(register, db_path, ColleagueTableModel([], [], clock_on(today)))
    told: list[None] = []
    workspace.data_changed.connect(lambda: told.append(None))
    assert workspace.gift_rules() == DEFAULT_RULES
    assert edit_gift_policy(None, workspace)
    assert load_gift_rules(register.db) == changed
    assert told
    assert workspace.gift_rules() == changed  # read afresh
    assert workspace.undo_stack.count() == 1
    assert not edit_gift_policy(None, workspace)  # the same again changes nothing
    assert workspace.undo_stack.count() == 1
