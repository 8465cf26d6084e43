"""Money: planned and spent per month and per occasion kind, for one year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.budget import BudgetYear
from desktop.models.budget import (
    BudgetSummary,
    against_budgets,
    annual_budgets,
    budget_summary,
    years_with_celebrations,
)
from desktop.models.kinds import Kind
from desktop.store.celebrations import Celebrations
from desktop.store.file_settings import read_settings
from desktop.ui.budget.chart import BudgetChart
from desktop.ui.workspace import Workspace

from .follows_file import FollowsFile
from .models import BudgetTableModel, kind_title
from .texts import money_text

if TYPE_CHECKING:
    from desktop.ui.clock import Clock



class BudgetView(FollowsFile, QWidget):
    """A year's months with their planned and spent totals, and the amounts per occasion kind; above them, each
    kind's planned and spent money against its annual budget as bars."""

    def __init__(self, workspace: Workspace, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self._stale = True
        self._on_this_year = True  # showing the current year: on New Year's Day the view turns to the new one
        self.summary: BudgetSummary | None = None
        self.year_box = QComboBox()
        self.kind_box = QComboBox()  # the months of every kind together, or of one kind (its value; "" for all)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.totals = QLabel()
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.chart = BudgetChart()
        self.budgets_button = QPushButton(self.tr("Annual &budgets…"))
        self.budgets_button.setToolTip(self.tr("What the organisation means to spend in a year on each kind"))
        self.budgets_button.clicked.connect(self.edit_budgets)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self.print_year)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the year as a PDF or as a spreadsheet (CSV)"))
        self.export_button.clicked.connect(self.export_year)
        self.model = BudgetTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        # Four equal columns fit any window; the kinds side by side are the chart's, above.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_box)
        top.addSpacing(12)
        kind_label = QLabel(self.tr("&Months of"))
        kind_label.setBuddy(self.kind_box)
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addStretch()
        for button in (self.budgets_button, self.print_button, self.export_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        # The bars above the months; the manager drags the divider, and a long list of kinds scrolls.
        chart_area = QScrollArea()
        chart_area.setWidget(self.chart)
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(chart_area)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout.addWidget(self.splitter, 1)
        self.year_box.currentIndexChanged.connect(lambda _i: self._show())
        self.kind_box.currentIndexChanged.connect(lambda _i: self._show())
        self.follow(workspace)
        clock.day_changed.connect(self.mark_stale)
        self.refresh()

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index < 0:
            self.year_box.addItem(str(year), year)
            index = self.year_box.count() - 1
        self.year_box.setCurrentIndex(index)

    def set_kind(self, kind: Kind | None) -> None:
        """The months of one kind (None: of every kind together)."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind.value if kind else "")))

    def refresh(self) -> None:
        self._celebrations = Celebrations(self.workspace.register.db).all()
        self._budgets = annual_budgets(read_settings(self.workspace.register.db))
        this_year = self.clock.today().year
        current = this_year if self._on_this_year else self.year_box.currentData() or this_year
        years = sorted({*years_with_celebrations(self._celebrations), this_year})
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(current)))
        self.year_box.blockSignals(False)
        self._stale = False
        self._show()

    def _show(self) -> None:
        year = self.year_box.currentData() or self.clock.today().year
        self._on_this_year = year == self.clock.today().year
        self.summary = budget_summary(self._celebrations, year)
        kind = self._offer_kinds(self.summary.kinds)
        self.model.set_summary(self.summary, kind)
        self.chart.set_rows(against_budgets(self.summary, self._budgets))
        total = self.summary.total.total
        self.totals.setText(self.tr("{year}: planned {planned}, spent {spent} (%n celebration(s))", "",
                                    total.count).format(year=year, planned=money_text(total.planned_cents),
                                                        spent=money_text(total.spent_cents)))

    def _offer_kinds(self, kinds: list[Kind]) -> Kind | None:
        """The year's kinds in the chooser, keeping the one chosen when the year has it; returns the chosen."""
        chosen = self.kind_box.currentData() or ""
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("every kind"), "")
        for kind in kinds:
            self.kind_box.addItem(kind_title(kind), kind.value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(chosen)))
        self.kind_box.blockSignals(False)
        value = self.kind_box.currentData()
        return Kind(value) if value else None

    def year(self) -> BudgetYear:
        """The year shown, as its print and export read it."""
        assert self.summary is not None  # shown since the view was built
        return BudgetYear(self.summary, self.chart.rows)

    def edit_budgets(self) -> None:
        from desktop.ui.budget.annual_dialog import AnnualBudgetDialog

        dialog = AnnualBudgetDialog(self.workspace.register.db, self)
        if dialog.exec():
            self.refresh()
        dialog.deleteLater()

    def print_year(self) -> None:
        from desktop.ui.budget.output import print_budget

        print_budget(self, self.year(), self.clock.today())

    def export_year(self) -> None:
        from desktop.ui.budget.output import export_budget

        export_budget(self, self.year(), self.clock.today())
