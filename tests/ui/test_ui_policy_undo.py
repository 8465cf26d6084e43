"""Settings › Occasion policy and Settings › Gift and gathering policy are undoable like every other change:
one step each on the undo stack; undo stores the previous policy exactly, redo the new one, and the views
recompute after every step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from support.dialogs import ok

from desktop.app import build_window
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.models.gift_policy import DEFAULT_RULES
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.store.gift_policy_store import load_gift_rules, save_gift_rules
from desktop.store.policy_store import load_policy, save_policy
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.planning.gift_policy_editor import GiftPolicyDialog, edit_gift_policy
from desktop.ui.planning.planning_view import PlanningView
from desktop.ui.policy_dialog import PolicyDialog, edit_policy
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

COPPER = Fraction(25, 2)
WITHOUT_COPPER = OccasionPolicy(
    milestone_age_from=25,
    anniversary_years=tuple(y for y in DEFAULT_POLICY.anniversary_years if y != COPPER),
    milestone_years=DEFAULT_POLICY.milestone_years - {COPPER},
    age_labels={50: "Abraham/Sarah", 65: "Mijn eigen naam"},
    anniversary_labels={y: label for y, label in DEFAULT_POLICY.anniversary_labels.items() if y != COPPER})
WITH_COPPER = replace(WITHOUT_COPPER, anniversary_years=tuple(sorted((*WITHOUT_COPPER.anniversary_years, COPPER))),
                      milestone_years=WITHOUT_COPPER.milestone_years | {COPPER},
                      anniversary_labels={**WITHOUT_COPPER.anniversary_labels, COPPER: "koperen jubileum"})
CHEAP = tuple(replace(rule, budget_cents=rule.budget_cents // 2, lead_days=rule.lead_days + 1)
              for rule in DEFAULT_RULES)


@pytest.fixture
def workspace(register, db_path, today, qtbot):
    return Workspace(register, db_path, ColleagueTableModel(register.colleagues(), [], clock_on(today)))


def stored(register, key: str) -> str | None:
    row = register.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


FROM_30 = replace(DEFAULT_POLICY, milestone_age_from=30)


def add_copper(dialog: PolicyDialog) -> None:
    """What the manager types to go from WITHOUT_COPPER to WITH_COPPER."""
    row = dialog.add_anniversary_row()
    dialog.anniversaries.item(row, 0).setText("12,5")
    dialog.anniversaries.item(row, 1).setCheckState(Qt.CheckState.Checked)
    dialog.anniversaries.item(row, 2).setText("koperen jubileum")
    ok(dialog)


def milestones_from_30(dialog: PolicyDialog) -> None:
    dialog.age_from.setValue(30)
    ok(dialog)


def halve_budgets_and_start_a_day_earlier(dialog: GiftPolicyDialog) -> None:
    """What the manager types to go from DEFAULT_RULES to CHEAP."""
    for row in range(dialog.table.rowCount()):
        dialog.table.selectRow(row)  # the rule chosen in the overview shows in the form
        budget, lead = dialog.form.budget_box, dialog.form.lead_box
        budget.setValue(budget.value() / 2)
        lead.setValue(lead.value() + 1)
    ok(dialog)


def test_occasion_policy_undo_and_redo_restore_the_stored_policy_exactly(register, workspace, person):
    save_policy(register.db, WITHOUT_COPPER)
    before = stored(register, "occasion_policy")
    person.will(PolicyDialog, add_copper)
    assert edit_policy(None, workspace)
    after = stored(register, "occasion_policy")
    assert load_policy(register.db) == WITH_COPPER
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Change the occasion policy"
    workspace.undo_stack.undo()
    assert stored(register, "occasion_policy") == before
    assert load_policy(register.db) == WITHOUT_COPPER
    assert workspace.policy() == WITHOUT_COPPER  # the cached policy is read again
    workspace.undo_stack.redo()
    assert stored(register, "occasion_policy") == after
    assert workspace.policy() == WITH_COPPER


def test_undoing_the_first_policy_change_gives_the_defaults_back(register, workspace, person):
    person.will(PolicyDialog, milestones_from_30)
    assert edit_policy(None, workspace)
    assert load_policy(register.db) == FROM_30
    workspace.undo_stack.undo()
    assert load_policy(register.db) == DEFAULT_POLICY
    workspace.undo_stack.redo()
    assert load_policy(register.db) == FROM_30


def test_gift_policy_undo_and_redo_restore_the_stored_policy_exactly(register, workspace, person):
    mine = (replace(DEFAULT_RULES[0], budget_cents=1200), *DEFAULT_RULES[1:])
    save_gift_rules(register.db, mine)
    before = stored(register, "gift_policy")
    person.will(GiftPolicyDialog, halve_budgets_and_start_a_day_earlier)
    assert edit_gift_policy(None, workspace)
    after = stored(register, "gift_policy")
    assert load_gift_rules(register.db) == (replace(CHEAP[0], budget_cents=600), *CHEAP[1:])  # half of my 12
    assert workspace.undo_stack.undoText() == "Change the gift and gathering policy"
    workspace.undo_stack.undo()
    assert stored(register, "gift_policy") == before
    assert workspace.gift_rules() == mine
    workspace.undo_stack.redo()
    assert stored(register, "gift_policy") == after
    assert workspace.gift_rules() == (replace(CHEAP[0], budget_cents=600), *CHEAP[1:])


def test_the_views_follow_undo_and_redo(register, workspace, today, person, qtbot):
    save_policy(register.db, WITHOUT_COPPER)
    # 12.5 years of service on 15 December 2026: an occasion only while the policy celebrates 12.5 years.
    colleague = register.add(Colleague(first_name="Kees", last_name="Koper", birth=PartialDate(2, 2, 1980),
                                       hire_date=date(2014, 6, 15)))
    workspace.model.put(colleague)
    view = PlanningView(workspace, clock_on(today))
    qtbot.addWidget(view)
    view.show()

    def copper_listed() -> bool:
        return any(item.key == f"work_anniversary-{colleague.id}-2026-12-15" for item in view.items())

    assert not copper_listed()
    person.will(PolicyDialog, add_copper)
    assert edit_policy(None, workspace)
    assert copper_listed()
    workspace.undo_stack.undo()
    assert not copper_listed()
    workspace.undo_stack.redo()
    assert copper_listed()


def test_the_settings_menu_actions_are_undoable(register, db_path, today, person, qtbot):
    window = build_window(register, db_path, clock_on(today))
    qtbot.addWidget(window)
    person.will(PolicyDialog, milestones_from_30)
    person.will(GiftPolicyDialog, halve_budgets_and_start_a_day_earlier)
    window.policy_action.trigger()
    assert load_policy(register.db) == FROM_30
    window.gift_policy_action.trigger()
    assert (load_policy(register.db), load_gift_rules(register.db)) == (FROM_30, CHEAP)
    window.undo_action.trigger()
    assert (load_policy(register.db), load_gift_rules(register.db)) == (FROM_30, DEFAULT_RULES)
    window.undo_action.trigger()
    assert (load_policy(register.db), load_gift_rules(register.db)) == (DEFAULT_POLICY, DEFAULT_RULES)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert (load_policy(register.db), load_gift_rules(register.db)) == (FROM_30, CHEAP)
