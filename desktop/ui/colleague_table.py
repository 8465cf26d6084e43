"""The table view of colleagues: Enter or double-click opens one; its column layout is remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.preferences import TABLE_HEADER, settings
from desktop.ui.colleague_model import Column

_GIVING_WAY = (Column.NAME, Column.DEPARTMENT, Column.EMAIL)  # the columns that elide when room is short
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
        self._fitted_once = self._layout_restored = False
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
        self._fitted_once = True
        if isinstance(state, QByteArray) and header.restoreState(state):
            self._layout_restored = True
            self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
            for column in range(header.count()):  # saved in another language: no title may be cut now
                if header.sectionSize(column) < header.sectionSizeHint(column):
                    header.resizeSection(column, header.sectionSizeHint(column))
        else:
            self._fit_columns()
            header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def _fit_columns(self) -> None:
        """First widths from the header texts (in the UI's language) and the first rows. When they do not all
        fit beside the side panel, the name, department and e-mail give way (never below their title; their
        whole text is in the tooltip), so no column is pushed out of sight and no title is cut."""
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(_SAMPLE_ROWS)
        self.resizeColumnsToContents()
        # Both hints hold their margins (and the header's room for the sort arrow) already.
        widths: dict[int, int] = {int(column): max(self.columnWidth(column), header.sectionSizeHint(column))
                                  for column in range(header.count())}
        titles: dict[int, int] = {column: header.sectionSizeHint(column) for column in _GIVING_WAY}
        room = (self.viewport().width() or self.width()) - self.verticalScrollBar().sizeHint().width() - 4
        over = sum(widths.values()) - room
        if over > 0:
            spare = sum(widths[c] - titles[c] for c in _GIVING_WAY) or 1
            for column in _GIVING_WAY:
                widths[column] -= min(widths[column] - titles[column], -(-over * (widths[column] - titles[column])
                                                                          // spare))
        for index, width in widths.items():
            self.setColumnWidth(index, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted_once and not self._layout_restored:
            self._fit_columns()  # the first widths follow the window until the user's own layout is saved

    def save_layout(self) -> None:
        settings().setValue(TABLE_HEADER, self.horizontalHeader().saveState())
