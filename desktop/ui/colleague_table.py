"""The table view of colleagues: Enter or double-click opens one; its column layout is remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.preferences import TABLE_HEADER, settings
from desktop.ui.colleague_model import Column

_MAX_FIRST_WIDTH = 200  # px: a long name or e-mail address may be cut rather than push columns out of sight
_SAMPLE_ROWS = 200  # rows measured for the first widths: the whole table would cost a second with 5,000


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
            self._fit_columns()
            header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def _fit_columns(self) -> None:
        """First widths from the header texts (in the UI's language) and the first rows, so that all columns
        fit beside the side panel at the window's first size."""
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(_SAMPLE_ROWS)
        self.resizeColumnsToContents()
        for column in range(header.count()):
            self.setColumnWidth(column, min(_MAX_FIRST_WIDTH, self.columnWidth(column) + 8))

    def save_layout(self) -> None:
        settings().setValue(TABLE_HEADER, self.horizontalHeader().saveState())
