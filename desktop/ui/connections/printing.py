"""Printing the connections for the management team: the period, whether to name colleagues, the paper; then
the print preview, or a PDF (owner-only, like every PDF the window writes: it is for the manager's eyes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.exchange.insight_report import Preset, insight_report, preset_period
from desktop.render.insight_pages import InsightPages
from desktop.ui.printing.actions import export_pdf, preview
from desktop.ui.printing.dialogs import paper_box

from .period import PeriodChooser


@dataclass(frozen=True)
class ConnectionsChoice:
    start: date
    end: date
    with_names: bool
    paper: str


class ConnectionsPrintDialog(QDialog):
    def __init__(self, today: date, period: tuple[date, date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print connections"))
        self.period = PeriodChooser(today, self)
        self.period.set_period(*period)
        self.names_box = QCheckBox(self.tr("&Name colleagues (who organised most, who was not celebrated or "
                                           "never organised)"), self)
        note = QLabel(self.tr("Without names the pages show departments and figures only."), self)
        note.setWordWrap(True)
        self.paper_box = paper_box(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4262c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.period)
        form.addRow(self.names_box)
        form.addRow(note)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow(self.problem)
        form.addRow(buttons)

    def choice(self) -> ConnectionsChoice:
        start, end = self.period.period()
        return ConnectionsChoice(start, end, self.names_box.isChecked(), self.paper_box.currentData())

    def _accept(self) -> None:
        start, end = self.period.period()
        if end < start:
            self.problem.setText(self.tr("The period ends before it starts."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, period: tuple[date, date]) -> ConnectionsChoice | None:
        dialog = cls(today, period, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _pages(parent: QWidget | None, workspace, today: date, period: tuple[date, date] | None
           ) -> tuple[InsightPages, ConnectionsChoice] | None:
    default = period or preset_period(Preset.LAST_12_MONTHS, today)
    assert default is not None
    choice = ConnectionsPrintDialog.ask(parent, today, default)
    if choice is None:
        return None
    report = insight_report(workspace.register, choice.start, choice.end)
    return InsightPages(report, today, choice.with_names), choice


def print_connections(parent: QWidget | None, workspace, today: date,
                      period: tuple[date, date] | None = None) -> bool:
    """Ask the options (the period offered: `period`, else the last twelve months), then the print preview."""
    made = _pages(parent, workspace, today, period)
    if made is None:
        return False
    pages, choice = made
    return preview(parent, choice.paper, pages.paint)


def export_connections_pdf(parent: QWidget | None, workspace, today: date,
                           period: tuple[date, date] | None = None) -> Path | None:
    made = _pages(parent, workspace, today, period)
    if made is None:
        return None
    pages, choice = made
    name = f"connections-{choice.start.isoformat()}-{choice.end.isoformat()}.pdf"
    return export_pdf(parent, name, choice.paper, pages.title(), pages.paint)
