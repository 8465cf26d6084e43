"""Plan the coming months: a preview of every unplanned occasion with organisers and their reasons.

The preview follows the period: a short pause after the last change of a date (typing a date changes it at
every key), then the proposals are computed on a worker thread (long_work.run_with_progress): a long period on
a large organisation shows a bar, occasion by occasion, and the window stays drawn. Cancel there stops the
computing only: the preview is emptied (no proposals of another period stay to be applied) and nothing is
written, as always before Apply.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.planning import ProposedPlan, plan_period
from desktop.i18n import text
from desktop.models.dates import DISPLAY_FORMAT_QT
from desktop.models.progress import Cancelled
from desktop.store.repository import Register
from desktop.ui.calendar.style import short_date_year
from desktop.ui.columns import fit_columns
from desktop.ui.help_browser import add_help_button
from desktop.ui.long_work import run_with_progress
from desktop.ui.workspace import Workspace

from .plan_commands import ApplyPlans
from .texts import money_text, reasons_text

DEFAULT_MONTHS = 3
SETTLE_MS = 400  # after the last change of the period, before the preview is computed again
REASON_COLOUR = QColor("#4a4f57")  # organiser lines read as details of the occasion above them


def default_period(today: date, months: int = DEFAULT_MONTHS) -> tuple[date, date]:
    """From today to the end of the month `months` ahead (28 Nov → 28 Nov to 28 Feb)."""
    month = today.month - 1 + months
    year, month = today.year + month // 12, month % 12 + 1
    first_after = date(year + (month == 12), month % 12 + 1, 1)
    return today, first_after - timedelta(days=1)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanMonthsDialog(QDialog):
    """Choose a period, see the proposals (recomputed whenever the period changes), apply them all."""

    def __init__(self, register: Register, today: date, parent: QWidget | None = None,
                 workspace: Workspace | None = None):
        super().__init__(parent)
        self.register = register
        self.workspace = workspace  # lends the register to the worker (the window's own reads wait meanwhile)
        self.proposals: list[ProposedPlan] = []
        self.cancelled = False
        self._computing = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.recompute)
        self.setWindowTitle(self.tr("Plan the coming months"))
        start, end = default_period(today)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.setDisplayFormat(DISPLAY_FORMAT_QT)
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Celebrated on"), self.tr("Occasion"), self.tr("What"), self.tr("Budget")])
        self.tree.setAlternatingRowColors(True)
        fit_columns(self.tree, 1, 2)  # the occasion and what to do wrap; the organisers' reasons below them too
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "planning")
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.again_button = QPushButton(self.tr("&Compute again"))
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.recompute)
        self.again_button.hide()  # after a Cancel only
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addWidget(self.again_button)
        period.addStretch()
        explanation = QLabel(self.tr("Every occasion in the period without a plan gets organisers, an idea and a "
                                     "budget. The work is spread fairly and pairs colleagues from different "
                                     "departments. Nothing is saved until you apply; you can undo it afterwards."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.start_edit.dateChanged.connect(lambda _d: self._settle.start())
        self.end_edit.dateChanged.connect(lambda _d: self._settle.start())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(960, 640)
        self.recompute()

    @classmethod
    def ask(cls, parent: QWidget | None, register: Register, today: date,
            workspace: Workspace | None = None) -> list[ProposedPlan] | None:
        dialog = cls(register, today, parent, workspace)
        return dialog.proposals if dialog.exec() == QDialog.DialogCode.Accepted else None

    def period(self) -> tuple[date, date]:
        return _to_date(self.start_edit.date()), _to_date(self.end_edit.date())

    def set_period(self, start: date, end: date) -> None:
        """Both dates at once (a calendar pick or a test): the preview follows straight away."""
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.recompute()

    def recompute(self) -> None:
        self._settle.stop()
        if self._computing:  # a date changed while the bar showed: compute again when this run ends
            self._settle.start()
            return
        start, end = self.period()
        self.cancelled = False
        self.again_button.hide()
        if end < start:
            self.proposals = []
            self.summary.setText(self.tr("The end of the period lies before its start."))
        else:
            self._computing = True
            try:
                self.proposals = self._plan(start, end)
            except Cancelled:
                self.proposals, self.cancelled = [], True
            finally:
                self._computing = False
            total = sum(p.budget_cents for p in self.proposals)
            if self.cancelled:
                self.summary.setText(self.tr("Stopped before every occasion had organisers: nothing is proposed "
                                             "and nothing was saved. Choose a shorter period, or compute again."))
                self.again_button.show()
            elif self.proposals:
                self.summary.setText(self.tr("%n occasion(s) to plan, budget {amount}", "", len(self.proposals))
                                     .format(amount=money_text(total)))
            else:
                self.summary.setText(self.tr("Every occasion in this period has a plan already."))
        self._show()
        self.apply_button.setEnabled(bool(self.proposals))

    def accept(self) -> None:
        if self._settle.isActive():  # the period was changed a moment ago: show its proposals before applying
            self.recompute()
            return
        super().accept()

    def _plan(self, start: date, end: date) -> list[ProposedPlan]:
        lent: AbstractContextManager[object] = (self.workspace.lent_to_a_worker() if self.workspace is not None
                                                else nullcontext())
        with lent:
            return run_with_progress(self, self.tr("Plan the coming months"),
                                     lambda progress: plan_period(self.register, start, end, progress))

    def _show(self) -> None:
        self.tree.clear()
        people = {c.id: c for c in self.register.colleagues()}
        departments = {d.id: d.name for d in self.register.departments()}
        for proposal in self.proposals:
            item = QTreeWidgetItem([short_date_year(proposal.celebration_date), text(proposal.title),
                                    text(proposal.what), money_text(proposal.budget_cents)])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, text(proposal.what))
            self.tree.addTopLevelItem(item)  # spanning a child works only once its parent is in the tree
            for choice in proposal.organisers:
                colleague = people.get(choice.colleague_id)
                name = colleague.full_name if colleague else str(choice.colleague_id)
                department = departments.get(colleague.department_id or -1, "") if colleague else ""
                line = f"{name} ({department})" if department else name
                child = QTreeWidgetItem([f"{line}: {reasons_text(choice.reasons)}"])
                child.setForeground(0, REASON_COLOUR)
                child.setToolTip(0, child.text(0))
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            if not proposal.organisers:
                child = QTreeWidgetItem([self.tr("Nobody is available that day: choose organisers by hand later.")])
                item.addChild(child)
                child.setFirstColumnSpanned(True)
        self.tree.expandAll()


def plan_coming_months(parent: QWidget | None, workspace: Workspace, today: date) -> bool:
    """Ask for a period's plans and store them as one undoable step."""
    proposals = PlanMonthsDialog.ask(parent, workspace.register, today, workspace)
    if not proposals:
        return False
    return workspace.push(ApplyPlans(workspace, proposals))
