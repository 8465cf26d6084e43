"""The table view of colleagues: Enter or double-click opens one; its column layout is remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.colleague_model import Column
from desktop.ui.settings import TABLE_HEADER, settings

_DEFAULT_WIDTHS = {Column.NAME: 220, Column.DEPARTMENT: 170, Column.EMAIL: 240, Column.BIRTHDAY: 95,
                   Column.AGE: 70, Column.NEXT_BIRTHDAY: 150, Column.HIRE_DATE: 100, Column.CONSENT: 80}


class ColleagueTable(QTableView):
    """Signals:
        open_requested(): Enter/Return or a double-click on a row.
    """

    open_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every form
        rows = self.verticalHeader()
        rows.hide()
        # Fixed row heights: with 5,000 rows, measuring each one would cost more than a keystroke may take.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def restore_layout(self) -> None:
        """Widths, order and sort column as the user left them; sensible widths the first time."""
        state = settings().value(TABLE_HEADER)
        header = self.horizontalHeader()
        if isinstance(state, QByteArray) and header.restoreState(state):
            self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            for column, width in _DEFAULT_WIDTHS.items():
                self.setColumnWidth(column, width)
            header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def save_layout(self) -> None:
        settings().setValue(TABLE_HEADER, self.horizontalHeader().saveState())
