"""Planning › Plan the coming months on a large organisation and a long period: a progress bar with Cancel
while the proposals are computed; Cancel leaves an empty preview (nothing of another period to apply) and
nothing saved; the preview waits until the period stops changing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.exchange.demo import write_demo
from desktop.store.celebrations import Celebrations
from desktop.ui import long_work
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.planning import plan_months_dialog
from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog, plan_coming_months
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 12, 2)


@pytest.fixture
def workspace(register, db_path, qtbot):
    write_demo(register, people=1000, seed=5, today=TODAY)
    return Workspace(register, db_path, ColleagueTableModel(register.colleagues(), [], clock_on(TODAY)))


@pytest.fixture
def shown_at_once(monkeypatch):
    monkeypatch.setattr(long_work, "SHOW_AFTER_MS", 0)  # the bar shows however fast this machine is


def test_cancel_while_planning_proposes_nothing_and_saves_nothing(workspace, register, db_path, person,
                                                                    shown_at_once, monkeypatch):
    monkeypatch.setattr(plan_months_dialog, "DEFAULT_MONTHS", 24)  # two years of 1,000 colleagues
    stored = Celebrations(register.db).all()
    before = db_path.read_bytes()
    labels: list[str] = []
    seen: dict[str, object] = {}

    def press_cancel(bar: QProgressDialog) -> None:
        labels.append(bar.labelText())
        bar.findChild(QPushButton).click()

    def look_and_close(dialog: PlanMonthsDialog) -> None:
        seen.update(cancelled=dialog.cancelled, proposals=list(dialog.proposals), rows=dialog.tree.topLevelItemCount(),
                    apply=dialog.apply_button.isEnabled(), again=dialog.again_button.isVisibleTo(dialog),
                    summary=dialog.summary.text())
        dialog.reject()

    person.will(QProgressDialog, press_cancel)
    person.will(PlanMonthsDialog, look_and_close)
    assert not plan_coming_months(None, workspace, TODAY)
    assert labels[0] in ("", "Finding the occasions in the period…", "Choosing organisers, occasion by occasion…")
    assert seen == {"cancelled": True, "proposals": [], "rows": 0, "apply": False, "again": True,
                    "summary": seen["summary"]}
    assert "nothing was saved" in str(seen["summary"])
    assert Celebrations(register.db).all() == stored
    assert db_path.read_bytes() == before
    assert workspace.undo_stack.count() == 0


def test_compute_again_after_cancel_gives_the_proposals(workspace, register, person, shown_at_once, qtbot):
    person.will(QProgressDialog, lambda bar: bar.findChild(QPushButton).click())
    dialog = PlanMonthsDialog(register, TODAY, None, workspace)
    qtbot.addWidget(dialog)
    assert dialog.cancelled
    assert not dialog.proposals
    person.may_wait_for(QProgressDialog)
    dialog.again_button.click()
    assert not dialog.cancelled
    assert dialog.proposals
    assert dialog.apply_button.isEnabled()
    assert dialog.again_button.isHidden()


def test_the_preview_waits_until_the_period_stops_changing(workspace, register, qtbot, person):
    person.may_wait_for(QProgressDialog)
    dialog = PlanMonthsDialog(register, TODAY, None, workspace)
    qtbot.addWidget(dialog)
    first = list(dialog.proposals)
    end = dialog.end_edit.date()
    for days in (1, 2, 3):  # as typing a date would: one change per key
        dialog.end_edit.setDate(end.addMonths(days))
    assert dialog.proposals == first  # not yet computed again
    dialog.accept()  # Apply now would apply the old period's plans: it computes the new one first
    assert dialog.result() != PlanMonthsDialog.DialogCode.Accepted
    assert len(dialog.proposals) > len(first)
    person.may_wait_for(QProgressDialog)
    dialog.end_edit.setDate(end)
    qtbot.waitUntil(lambda: dialog.proposals == first, timeout=5000)
