"""The small dialogs before printing: which month, which version, which paper; options of the birthday calendar.

Each has a classmethod `ask(...)` returning the choice or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from desktop.exchange.month_report import ReportAudience
from desktop.ui.help_browser import add_help_button


@dataclass(frozen=True)
class MonthChoice:
    year: int
    month: int
    audience: ReportAudience
    paper: str  # "a4" or "letter"


@dataclass(frozen=True)
class CalendarChoice:
    with_years: bool
    two_per_page: bool
    paper: str


def paper_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("A4", "a4")
    box.addItem("Letter", "letter")
    return box


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    add_help_button(buttons, "printing")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MonthPrintDialog(QDialog):
    def __init__(self, year: int, month: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print month"))
        self.month_box = QComboBox(self)
        locale = QLocale()
        for number in range(1, 13):
            self.month_box.addItem(locale.standaloneMonthName(number), number)
        self.month_box.setCurrentIndex(month - 1)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1900, 2200)
        self.year_box.setValue(year)
        when = QHBoxLayout()
        when.addWidget(self.month_box, 1)
        when.addWidget(self.year_box)
        self.version_box = QComboBox(self)
        # Item data goes through a QVariant, which turns a StrEnum into a plain str: store the value, and
        # choice() turns it back into the ReportAudience.
        self.version_box.addItem(self.tr("Manager's overview (everything, confidential)"),
                                 ReportAudience.MANAGER.value)
        self.version_box.addItem(self.tr("Notice board (only what colleagues share)"), ReportAudience.BOARD.value)
        self.paper_box = paper_box(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Month:"), when)
        form.addRow(self.tr("Version:"), self.version_box)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow(_buttons(self))

    def choice(self) -> MonthChoice:
        return MonthChoice(self.year_box.value(), self.month_box.currentData(),
                           ReportAudience(self.version_box.currentData()), self.paper_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, year: int, month: int) -> MonthChoice | None:
        dialog = cls(year, month, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class CalendarPrintDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print birthday calendar"))
        self.years_box = QCheckBox(self.tr("Show the year of birth (only of colleagues who share their age)"), self)
        self.two_box = QCheckBox(self.tr("Two months on a page"), self)
        self.paper_box = paper_box(self)
        form = QFormLayout(self)
        form.addRow(self.years_box)
        form.addRow(self.two_box)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow(_buttons(self))

    def choice(self) -> CalendarChoice:
        return CalendarChoice(self.years_box.isChecked(), self.two_box.isChecked(), self.paper_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None) -> CalendarChoice | None:
        dialog = cls(parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
