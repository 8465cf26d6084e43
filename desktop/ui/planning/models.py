"""Thin item models: the planning list (with a status filter) and the budget table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.exchange.plans import PlanningItem
from desktop.i18n import text
from desktop.models.budget import BudgetCell, BudgetSummary
from desktop.models.celebration import Status
from desktop.models.colleague import Colleague
from desktop.models.labels import kind_name
from desktop.models.occasions import Kind
from desktop.models.privacy import former_organisers

from .texts import money_text, names_text, status_name

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the PlanningItem
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # its Status value
STATUS_COLOURS = {
    Status.TO_PLAN: "#b3261e",
    Status.PLANNED: "#2f74c0",
    Status.DONE: "#2e8b57",
    Status.SKIPPED: "#6b6f76",
}
STALE_COLOUR = "#b3261e"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PlanColumn(IntEnum):
    DAY = 0
    OCCASION = 1
    ORGANISERS = 2
    WHAT = 3
    BUDGET = 4
    STATUS = 5


def _column_title(column: PlanColumn) -> str:
    return {
        PlanColumn.DAY: QCoreApplication.translate("PlanningModel", "Celebrated on"),
        PlanColumn.OCCASION: QCoreApplication.translate("PlanningModel", "Occasion"),
        PlanColumn.ORGANISERS: QCoreApplication.translate("PlanningModel", "Organisers"),
        PlanColumn.WHAT: QCoreApplication.translate("PlanningModel", "What"),
        PlanColumn.BUDGET: QCoreApplication.translate("PlanningModel", "Budget"),
        PlanColumn.STATUS: QCoreApplication.translate("PlanningModel", "Status"),
    }[column]


def stale_status() -> str:
    """The status column of a plan whose occasion is no longer where it was planned."""
    return QCoreApplication.translate("PlanningModel", "Occasion moved or gone")


def stale_explanation() -> str:
    return QCoreApplication.translate(
        "PlanningModel",
        "This plan was made for an occasion that has moved or no longer exists: a date was corrected, the "
        "colleague no longer wants to be celebrated, or the policy changed. If the occasion has a new date, "
        "plan it there; then delete this plan (Delete plan…) so it is not paid for twice.",
    )


class PlanningTableModel(QAbstractTableModel):
    """One row per PlanningItem; the texts are made once per reset, so scrolling stays cheap."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[PlanningItem] = []
        self._texts: list[tuple[str, ...]] = []

    def set_items(self, items: list[PlanningItem], people: dict[int, Colleague], day_text) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._texts = [self._row_texts(item, people, day_text) for item in self.items]
        self.endResetModel()

    @staticmethod
    def _row_texts(item: PlanningItem, people: dict[int, Colleague], day_text) -> tuple[str, ...]:
        celebration = item.celebration
        organisers = names_text((o.colleague_id for o in celebration.organisers), people) if celebration else ""
        if celebration is not None and celebration.former_organisers:  # forgotten since (models/privacy.py)
            organisers = ", ".join(filter(None, (organisers, text(former_organisers(celebration)))))
        budget = money_text(celebration.budget_cents) if celebration else ""
        return (
            day_text(item.day),
            text(item.title),
            organisers,
            celebration.what if celebration else "",
            budget,
            stale_status() if item.stale else status_name(item.status),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PlanColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PlanColumn)
        ):
            return _column_title(PlanColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], PlanColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and item.stale and column in (PlanColumn.OCCASION, PlanColumn.STATUS):
            return stale_explanation()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][column]
        if role == ITEM_ROLE:
            return item
        if role == STATUS_ROLE:
            return item.status.value
        if role == Qt.ItemDataRole.ForegroundRole and column == PlanColumn.STATUS:
            return QColor(STALE_COLOUR if item.stale else STATUS_COLOURS[item.status])
        if role == Qt.ItemDataRole.FontRole and column == PlanColumn.STATUS and (
            item.stale or item.status is Status.TO_PLAN
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PlanColumn.BUDGET:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole and column == PlanColumn.DAY:
            return item.day.toordinal()  # sorting by date, not by the text
        return None


class StatusFilter(QSortFilterProxyModel):
    """Shows the rows of one status (None: all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._status: Status | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_status(self, status: Status | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._status is None:
            return True
        index = self.sourceModel().index(source_row, PlanColumn.STATUS, source_parent)
        return index.data(STATUS_ROLE) == self._status.value


def kind_title(kind: Kind) -> str:
    """A column title for an occasion kind (the monthly treat included)."""
    return text(kind_name(kind))


class BudgetTableModel(QAbstractTableModel):
    """Months as rows and a total row; columns: month, planned, spent and the number of celebrations, of every
    kind together or of one (`kind`). Four columns that always fit: the kinds side by side are the chart's."""

    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: BudgetSummary | None = None
        self.kind: Kind | None = None

    def set_summary(self, summary: BudgetSummary, kind: Kind | None = None) -> None:
        self.beginResetModel()
        self.summary, self.kind = summary, kind
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.summary is None else len(self.summary.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.summary is None else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.summary is None:
            return None
        titles = (
            QCoreApplication.translate("BudgetModel", "Month"),
            QCoreApplication.translate("BudgetModel", "Planned"),
            QCoreApplication.translate("BudgetModel", "Spent"),
            QCoreApplication.translate("BudgetModel", "Celebrations"),
        )
        return titles[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.summary is None or not index.isValid() or not 0 <= index.row() < len(self.summary.rows):
            return None
        row, column = self.summary.rows[index.row()], index.column()
        is_total = row.month is None
        cell = row.total if self.kind is None else row.cell(self.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("BudgetModel", "Total") if is_total else _month_name(row.month)
            if column == 3:
                return QLocale().toString(cell.count) if cell.count else ""
            return _amount(cell, spent=column == 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _amount(cell: BudgetCell, spent: bool) -> str:
    cents = cell.spent_cents if spent else cell.planned_cents
    return money_text(cents) if cents or cell.count else ""


def _month_name(month: int) -> str:
    name = QLocale().standaloneMonthName(month)
    return name[:1].upper() + name[1:]
