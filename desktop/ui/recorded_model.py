"""The table of recorded occasions: a thin model over the list, its filter, and the view's keys."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.i18n import text
from desktop.models.colleague import fold
from desktop.models.dates import display_date
from desktop.models.labels import kind_name
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind
from desktop.models.repeat import describe

EVERYONE = -1  # the colleague filter's (and the record dialog's) value for occasions that involve everyone


Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    DATE = 0
    KIND = 1
    COLLEAGUE = 2
    DETAILS = 3
    NOTES = 4


class RecordTableModel(QAbstractTableModel):
    """A thin adapter over a list of RecordedOccasion; `names` maps colleague ids to the names shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RecordedOccasion] = []
        self._names: dict[int, str] = {}

    def set_records(self, records: list[RecordedOccasion], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(records), dict(names)
        self.endResetModel()

    def record_at(self, row: int) -> RecordedOccasion:
        return self._rows[row]

    def records(self) -> list[RecordedOccasion]:
        return list(self._rows)

    def who(self, record: RecordedOccasion) -> str:
        if record.colleague_id is None:
            return self.tr("Everyone")
        return self._names.get(record.colleague_id, "?")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Kind"), self.tr("Colleague"), self.tr("Title or child"),
                self.tr("Notes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(record, column)
            return shown if role == Qt.ItemDataRole.DisplayRole or column == Column.NOTES else None
        if role == SORT_ROLE:
            # Same date: the one recorded first comes first, so the order never jumps about.
            key = record.date.isoformat() if column == Column.DATE else fold(self._display(record, column))
            return f"{key}\t{record.date.isoformat()}\t{record.id or 0:09d}"
        if role == SEARCH_ROLE:
            return fold(" ".join(self._display(record, column) for column in Column))
        return None

    def _display(self, record: RecordedOccasion, column: Column) -> str:
        if column == Column.DATE:
            return display_date(record.date)
        if column == Column.KIND:
            return text(kind_name(Kind(record.kind)))
        if column == Column.COLLEAGUE:
            return self.who(record)
        if column == Column.DETAILS:
            if record.kind != "custom":
                return record.child_name
            repeats = describe(record.date, record.repeat, record.until)
            return f"{record.title} ({text(repeats)})" if repeats is not None else record.title
        return " ".join(record.notes.split())  # one line in the table; the tooltip has it too


class RecordFilter(QSortFilterProxyModel):
    """Rows of one colleague (or of everyone) whose text contains every typed word, accents ignored."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.colleague: int | None = None  # None: all; EVERYONE: those for everyone; else a colleague id
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter(self, colleague: int | None, typed: str) -> None:
        self.beginFilterChange()
        self.colleague, self.words = colleague, fold(typed).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        record = model.record_at(source_row)
        if self.colleague is not None and (record.colleague_id or EVERYONE) != self.colleague:
            return False
        found = model.index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return all(word in found for word in self.words)


class RecordTable(QTableView):
    """Signals:
        open_requested(): Enter/Return or a double-click on a row.
        delete_requested(): the Delete key on a row.
    """

    open_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentIndex().isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if self.currentIndex().isValid() and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
