"""Thin item models over lists of OccasionRow: a flat table (a day, one colleague) and a grouped tree
(the year by month, the home view by section)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.ui.calendar.source import ColleagueRow, OccasionRow
from desktop.ui.calendar.style import MILESTONE_TEXT_COLOUR, QUIET_COLOUR, STAR, kind_icon, quiet_tag, quiet_tooltip

Index = QModelIndex | QPersistentModelIndex
CTX = "OccasionColumns"
COLLEAGUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int, or None for occasions that involve everyone
OCCASION_ROLE = Qt.ItemDataRole.UserRole + 2  # the models.occasions.Occasion
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # "Birthday · celebrate on vr 4 dec · quiet": a list's second line


class Column(IntEnum):
    DATE = 0
    OCCASION = 1
    KIND = 2
    DETAIL = 3
    DEPARTMENT = 4
    NOTE = 5


def column_title(column: Column) -> str:
    titles = {
        Column.DATE: QCoreApplication.translate("OccasionColumns", "Date"),
        Column.OCCASION: QCoreApplication.translate("OccasionColumns", "Occasion"),
        Column.KIND: QCoreApplication.translate("OccasionColumns", "Kind"),
        Column.DETAIL: QCoreApplication.translate("OccasionColumns", "When"),
        Column.DEPARTMENT: QCoreApplication.translate("OccasionColumns", "Department"),
        Column.NOTE: QCoreApplication.translate("OccasionColumns", "Note"),
    }
    return titles[column]


def row_data(row: OccasionRow | ColleagueRow, column: Column, role: int) -> Any:
    """What one cell of an occasion row shows, for any model that lists them."""
    if isinstance(row, ColleagueRow):
        return _colleague_data(row, column, role)
    occasion = row.occasion
    if role == Qt.ItemDataRole.DisplayRole:
        values = {Column.DATE: row.date_text, Column.OCCASION: f"{STAR} {row.title}" if occasion.milestone
                  else row.title, Column.KIND: row.kind, Column.DETAIL: row.detail,
                  Column.DEPARTMENT: row.department, Column.NOTE: quiet_tag() if row.quiet else ""}
        return values[column]
    if role == Qt.ItemDataRole.DecorationRole and column == Column.OCCASION:
        return kind_icon(occasion.kind, occasion.milestone)
    if role == Qt.ItemDataRole.FontRole and occasion.milestone and column in (Column.OCCASION, Column.DATE):
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        if column == Column.NOTE:
            return QUIET_COLOUR
        if occasion.milestone and column == Column.OCCASION:
            return MILESTONE_TEXT_COLOUR
    if role == Qt.ItemDataRole.ToolTipRole:
        tip = f"{row.title} — {row.kind}"
        return f"{tip}\n{quiet_tooltip()}" if row.quiet else tip
    if role == SUBTITLE_ROLE:
        return " · ".join(part for part in (row.kind, row.detail, row.department, quiet_tag() if row.quiet else "")
                          if part)
    if role == COLLEAGUE_ID_ROLE:
        return occasion.colleague_id
    if role == OCCASION_ROLE:
        return occasion
    return None


def _colleague_data(row: ColleagueRow, column: Column, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        values = {Column.OCCASION: row.title, Column.DETAIL: row.detail, Column.DEPARTMENT: row.department,
                  Column.NOTE: row.note}
        return values.get(column, "")
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{row.title} — {row.detail}: {row.note}"
    if role == SUBTITLE_ROLE:
        return " · ".join(part for part in (row.detail, row.note, row.department) if part)
    if role == COLLEAGUE_ID_ROLE:
        return row.colleague_id
    return None


class _ColumnHeaders:
    """The header titles of the models below, which all show a chosen list of `columns`."""

    columns: list[Column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return column_title(self.columns[section])
        return None


class OccasionListModel(_ColumnHeaders, QAbstractTableModel):
    """A flat list of occasion rows with the chosen columns."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[OccasionRow] = []

    def set_rows(self, rows: Sequence[OccasionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OccasionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return row_data(self._rows[index.row()], self.columns[index.column()], role)


@dataclass
class Group:
    label: str
    rows: list[OccasionRow] = field(default_factory=list)
    empty_text: str = ""  # shown as a single grey row when the group has no rows; "" hides it


_TOP = 0  # internal id of group rows; child rows carry their group's index + 1


class OccasionGroupModel(_ColumnHeaders, QAbstractItemModel):
    """Groups of occasion rows, two levels deep: a group row (its label and count), then its occasions."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._groups: list[Group] = []

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[Group]:
        return list(self._groups)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        group = self._groups[parent.row()]
        return len(group.rows) or (1 if group.empty_text else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP or not self._groups[index.internalId() - 1].rows:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        if not group.rows:
            return self._empty_data(group, index.column(), role)
        return row_data(group.rows[index.row()], self.columns[index.column()], role)

    @staticmethod
    def _group_data(group: Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{group.label} ({len(group.rows)})" if group.rows else group.label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _empty_data(group: Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return group.empty_text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QUIET_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class SectionListModel(_ColumnHeaders, QAbstractTableModel):
    """The same groups as OccasionGroupModel, laid out flat: a heading row per group, then its occasions (or
    its "nothing here" row). A table view lays out thousands of such rows without asking for each one, where a
    tree walks every row when it opens a group; the home view is built at start-up.
    """

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._groups: list[Group] = []
        self._lines: list[tuple[Group, OccasionRow | None, bool]] = []  # (group, row, is the heading)

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._lines = []
        for group in self._groups:
            self._lines.append((group, None, True))
            if group.rows:
                self._lines.extend((group, row, False) for row in group.rows)
            elif group.empty_text:
                self._lines.append((group, None, False))
        self.endResetModel()

    def groups(self) -> list[Group]:
        return list(self._groups)

    def spanning_rows(self) -> list[tuple[int, bool]]:
        """(row, is a heading) of the rows that span every column: headings and "nothing here" rows."""
        return [(index, heading) for index, (_group, row, heading) in enumerate(self._lines) if row is None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._lines[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        group, row, heading = self._lines[index.row()]
        if heading:
            return OccasionGroupModel._group_data(group, index.column(), role)
        if row is None:
            return OccasionGroupModel._empty_data(group, index.column(), role)
        return row_data(row, self.columns[index.column()], role)
