"""Plan the coming months: a preview of every unplanned occasion with organisers and their reasons."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
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
from desktop.store.repository import Register
from desktop.ui.calendar.style import short_date_year
from desktop.ui.workspace import Workspace

from .plan_commands import ApplyPlans
from .texts import money_text, reasons_text
from .wrapping import SpanningTextDelegate

DEFAULT_MONTHS = 3
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

    def __init__(self, register: Register, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.proposals: list[ProposedPlan] = []
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
        self.tree.setItemDelegate(SpanningTextDelegate(self.tree))  # the reasons wrap, never cut off
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 160), (1, 320), (2, 330), (3, 90)):
            self.tree.setColumnWidth(column, width)
        # What takes the rest of the width: the organisers' reasons span every column and read to the edge.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
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
        self.start_edit.dateChanged.connect(lambda _d: self.recompute())
        self.end_edit.dateChanged.connect(lambda _d: self.recompute())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(960, 640)
        self.recompute()

    @classmethod
    def ask(cls, parent: QWidget | None, register: Register, today: date) -> list[ProposedPlan] | None:
        dialog = cls(register, today, parent)
        return dialog.proposals if dialog.exec() == QDialog.DialogCode.Accepted else None

    def period(self) -> tuple[date, date]:
        return _to_date(self.start_edit.date()), _to_date(self.end_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def recompute(self) -> None:
        start, end = self.period()
        if end < start:
            self.proposals = []
            self.summary.setText(self.tr("The end of the period lies before its start."))
        else:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.proposals = plan_period(self.register, start, end)
            finally:
                QGuiApplication.restoreOverrideCursor()
            total = sum(p.budget_cents for p in self.proposals)
            self.summary.setText(self.tr("%n occasion(s) to plan, budget {amount}", "", len(self.proposals))
                                 .format(amount=money_text(total)) if self.proposals
                                 else self.tr("Every occasion in this period has a plan already."))
        self._show()
        self.apply_button.setEnabled(bool(self.proposals))

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
    proposals = PlanMonthsDialog.ask(parent, workspace.register, today)
    if not proposals:
        return False
    return workspace.push(ApplyPlans(workspace, proposals))
