"""The Colleagues tab: search and the table of everyone, with the selected colleague's coming occasions beside
them. Built when first shown, because it needs every colleague read and sorted, which the home view does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop.models.colleague import Colleague
from desktop.ui.calendar.colleague_occasions import ColleagueOccasions
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.colleague_filter import ColleagueFilterProxy
from desktop.ui.colleague_model import COLLEAGUE_ID_ROLE
from desktop.ui.colleague_table import ColleagueTable
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.ui.clock import Clock


class ColleaguesPage(QWidget):
    """Signals:
        open_requested(): Enter or a double-click on a row.
        selection_changed(): another colleague (or none) is selected.
        shown_changed(): the number of rows the search lets through may have changed.
    """

    open_requested = Signal()
    selection_changed = Signal()
    shown_changed = Signal()

    def __init__(self, workspace: Workspace, source: OccasionSource, clock: Clock, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.proxy = ColleagueFilterProxy(self)
        self.proxy.setSourceModel(workspace.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, department or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = ColleagueTable()
        self.table.setModel(self.proxy)
        self.table.open_requested.connect(self.open_requested)
        self.side_panel = ColleagueOccasions(source, clock)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.side_panel.setMinimumWidth(self.side_panel.fontMetrics().averageCharWidth() * 34)
        splitter.setSizes([1000, 300])  # the table first; the side panel is a glance, not a page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.addWidget(splitter)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self.shown_changed)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.selection_changed.connect(self._show_selected)
        self.table.restore_layout()

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def selected_colleague(self) -> Colleague | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.workspace.model.colleague_at(self.proxy.mapToSource(index).row())

    def select_colleague(self, colleague_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(COLLEAGUE_ID_ROLE) == colleague_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_source(self, source: OccasionSource) -> None:
        """New occasions (the file changed): the side panel shows them for the selected colleague."""
        self.side_panel.set_source(source)
        self._show_selected()

    def save_layout(self) -> None:
        self.table.save_layout()

    def _show_selected(self) -> None:
        colleague = self.selected_colleague()
        self.side_panel.set_colleague(colleague.id if colleague else None, colleague.full_name if colleague else "")
