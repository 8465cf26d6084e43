"""The colleagues table: a thin Qt adapter over a plain list of Colleague.

Sorting happens here, in Python, over keys computed once per sort: a QSortFilterProxyModel that sorts calls
back into Python twice per comparison, which takes a few hundred milliseconds for 5,000 rows. The proxy
(colleague_filter.py) only filters and forwards sort requests to this model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from desktop.models.colleague import Celebrate, Colleague, Department, fold
from desktop.models.dates import display_date

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

Index = QModelIndex | QPersistentModelIndex
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # comparable key of the cell, None when empty
COLLEAGUE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    DEPARTMENT = 1
    EMAIL = 2
    BIRTHDAY = 3
    AGE = 4
    NEXT_BIRTHDAY = 5
    HIRE_DATE = 6
    CONSENT = 7


_CONSENT_ORDER = {Celebrate.YES: 0, Celebrate.QUIET: 1, Celebrate.NO: 2}
# Painting asks each visible cell for seven roles; the others get None at once (plain ints compare fastest).
_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole))
ANSWERED_ROLES = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT, int(SORT_KEY_ROLE), int(COLLEAGUE_ID_ROLE)})
_AGE_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def quick_fold(text: str) -> str:
    """fold() for searching, with a fast path: most names and all e-mail addresses are plain ASCII."""
    return text.lower() if text.isascii() else fold(text)


def name_key(colleague: Colleague) -> tuple[str, str, str]:
    """Same order as models.colleague.name_sort_key ("van der Berg" under B), cheaper for ASCII names."""
    return quick_fold(colleague.last_name), quick_fold(colleague.first_name), quick_fold(colleague.prefix)


class ColleagueTableModel(QAbstractTableModel):
    """Rows are colleagues in the current sort order; ages, next birthdays and leavers follow `clock`."""

    def __init__(self, colleagues: Iterable[Colleague], departments: Iterable[Department], clock: Clock,
                 parent=None):
        super().__init__(parent)
        self.clock = clock
        self._rows: list[Colleague] = []
        self._departments: dict[int | None, str] = {}
        self._search: dict[int | None, str] = {}
        self._search_list: list[str] | None = None  # search texts in row order, until rows change
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._leaver_colour = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                              QPalette.ColorRole.Text)
        self.set_colleagues(colleagues, departments)
        clock.day_changed.connect(self._day_changed)

    # -- contents ------------------------------------------------------------------------------
    def set_colleagues(self, colleagues: Iterable[Colleague], departments: Iterable[Department]) -> None:
        self.beginResetModel()
        self._departments = {d.id: d.name for d in departments}
        self._search.clear()
        self._search_list = None
        self._rows = self._sorted(list(colleagues), self._sort_column, self._sort_order)
        self.endResetModel()

    def colleagues(self) -> list[Colleague]:
        return list(self._rows)

    def colleague_at(self, row: int) -> Colleague:
        return self._rows[row]

    def row_of(self, colleague_id: int | None) -> int | None:
        for row, colleague in enumerate(self._rows):
            if colleague.id == colleague_id:
                return row
        return None

    def put(self, colleague: Colleague) -> None:
        """Show a stored colleague: replace the row with the same id, or add one; then keep the sort order."""
        self._search.pop(colleague.id, None)
        self._search_list = None
        row = self.row_of(colleague.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(colleague)
            self.endInsertRows()
        else:
            self._rows[row] = colleague
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self._resort()

    def remove(self, colleague_id: int | None) -> None:
        row = self.row_of(colleague_id)
        if row is not None:
            self._search_list = None
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._search.pop(colleague_id, None)

    def search_texts(self) -> list[str]:
        """search_text() of every row in row order; the list stays the same object until the rows change."""
        if self._search_list is None:
            self._search_list = [self.search_text(row) for row in range(len(self._rows))]
        return self._search_list

    def search_text(self, row: int) -> str:
        """Folded name, department and e-mail of a row, made once per colleague for search-as-you-type."""
        colleague = self._rows[row]
        text = self._search.get(colleague.id)
        if text is None:
            text = "\n".join((quick_fold(colleague.full_name), quick_fold(colleague.sort_name),
                              quick_fold(self._departments.get(colleague.department_id, "")),
                              colleague.email.lower()))
            self._search[colleague.id] = text
        return text

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _header(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        colleague = self._rows[index.row()]
        column = Column(index.column())
        if role == _DISPLAY:
            return self._display(colleague, column)
        if role == _FOREGROUND:
            return self._leaver_colour if self._is_leaver(colleague) else None
        if role == _TOOLTIP:
            return self._tooltip(colleague, column)
        if role == _ALIGNMENT:
            return _AGE_ALIGNMENT if column == Column.AGE else None
        if role == SORT_KEY_ROLE:
            return self.sort_key(column)(colleague)
        if role == COLLEAGUE_ID_ROLE:
            return colleague.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column) or (column, order) == (self._sort_column, self._sort_order):
            return  # rows are kept in order, so asking again (as the view does at start) costs nothing
        self._sort_column, self._sort_order = Column(column), order
        self._resort()

    def _resort(self) -> None:
        order = self._sort_order
        self.layoutAboutToBeChanged.emit()
        self._search_list = None
        old_rows = {id(colleague): row for row, colleague in enumerate(self._rows)}
        self._rows = self._sorted(self._rows, self._sort_column, order)
        new_rows = {old_rows[id(colleague)]: row for row, colleague in enumerate(self._rows)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes, [self.index(new_rows[index.row()], index.column()) for index in old_indexes])
        self.layoutChanged.emit()

    def _day_changed(self, _today: date) -> None:
        """Ages, next birthdays and who has left depend on the date: show them anew, in order."""
        if self._sort_column in (Column.AGE, Column.NEXT_BIRTHDAY):
            self._resort()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # -- helpers -------------------------------------------------------------------------------
    def _is_leaver(self, colleague: Colleague) -> bool:
        return colleague.end_date is not None and colleague.end_date < self.clock.today()

    def _display(self, colleague: Colleague, column: Column) -> str:
        if column == Column.NAME:
            return colleague.full_name
        if column == Column.DEPARTMENT:
            return self._departments.get(colleague.department_id, "")
        if column == Column.EMAIL:
            return colleague.email
        if column == Column.BIRTHDAY:
            return colleague.birth.display() if colleague.birth else ""
        if column == Column.AGE:
            age = colleague.age_on(self.clock.today())
            return "" if age is None else str(age)
        if column == Column.NEXT_BIRTHDAY:
            return display_date(colleague.next_birthday(self.clock.today()))
        if column == Column.HIRE_DATE:
            return display_date(colleague.hire_date)
        return _consent_text(colleague.celebrate)

    def _tooltip(self, colleague: Colleague, column: Column) -> str | None:
        if column == Column.NEXT_BIRTHDAY:
            today = self.clock.today()
            upcoming = colleague.next_birthday(today)
            if upcoming is None:
                return None
            days = (upcoming - today).days
            if days == 0:
                return self.tr("Today")
            return self.tr("In %n day(s)", "", days)
        if column == Column.NAME and self._is_leaver(colleague):
            return self.tr("Left on {date}").format(date=display_date(colleague.end_date))
        if column in (Column.NAME, Column.DEPARTMENT, Column.EMAIL):  # the whole text, where a narrow column elides
            return self._display(colleague, column) or None
        return None

    def sort_key(self, column: Column) -> Callable[[Colleague], Any]:
        """Key per column: dates as dates, ages as numbers; None means empty (sorted last)."""
        departments = self._departments
        today = self.clock.today()
        keys: dict[Column, Callable[[Colleague], Any]] = {
            Column.NAME: name_key,
            Column.DEPARTMENT: lambda c: quick_fold(departments[c.department_id])
            if c.department_id in departments else None,
            Column.EMAIL: lambda c: c.email.lower() or None,
            # The birthday column is a birthday calendar: by month and day, whether or not the year is known.
            Column.BIRTHDAY: lambda c: (c.birth.month, c.birth.day, c.birth.year or 0) if c.birth else None,
            Column.AGE: lambda c: c.age_on(today),
            Column.NEXT_BIRTHDAY: lambda c: c.next_birthday(today),
            Column.HIRE_DATE: lambda c: c.hire_date,
            Column.CONSENT: lambda c: _CONSENT_ORDER[c.celebrate],
        }
        return keys[column]

    def _sorted(self, rows: list[Colleague], column: Column, order: Qt.SortOrder) -> list[Colleague]:
        descending = order == Qt.SortOrder.DescendingOrder
        by_name = sorted(rows, key=name_key, reverse=descending and column == Column.NAME)
        if column == Column.NAME:
            return by_name
        key = self.sort_key(column)
        keyed = [(key(colleague), colleague) for colleague in by_name]
        # Ties stay in name order (sorting is stable, also in reverse); empty cells go last either way.
        present = sorted((pair for pair in keyed if pair[0] is not None), key=lambda pair: pair[0],
                         reverse=descending)
        return [colleague for _, colleague in present] + [c for k, c in keyed if k is None]


def _header(column: Column) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        Column.NAME: translate("ColleagueTableModel", "Name"),
        Column.DEPARTMENT: translate("ColleagueTableModel", "Department"),
        Column.EMAIL: translate("ColleagueTableModel", "E-mail"),
        Column.BIRTHDAY: translate("ColleagueTableModel", "Birthday"),
        Column.AGE: translate("ColleagueTableModel", "Age"),
        Column.NEXT_BIRTHDAY: translate("ColleagueTableModel", "Next birthday"),
        Column.HIRE_DATE: translate("ColleagueTableModel", "Hire date"),
        Column.CONSENT: translate("ColleagueTableModel", "Celebrate"),
    }[column]


def _consent_text(celebrate: Celebrate) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if celebrate is Celebrate.YES:
        return translate("ColleagueTableModel", "Yes")
    if celebrate is Celebrate.QUIET:
        return translate("ColleagueTableModel", "Quietly")
    return translate("ColleagueTableModel", "No")
