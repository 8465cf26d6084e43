"""The home view's list: a flat table with headings, roomy rows, and headings that span the width.

A table of rows with one height lays out a thousand rows without asking for each, as a tree would when it
opens a group; the home view is built at start-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.calendar.models import SectionListModel

ROW_PADDING = 6  # px added to each row: a calm list, not a spreadsheet
GROUP_PADDING = 14  # px added to group rows: a visible break between sections



class SectionTable(QTableView):
    """A flat list with headings: rows of one height (headings a little taller), so a list of a thousand
    costs nothing to lay out. Call apply_sections() after the model's sections changed."""

    def __init__(self, model: SectionListModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in every form
        self.horizontalHeader().setHighlightSections(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4 + ROW_PADDING)
        self._tall_rows: list[int] = []

    def apply_sections(self) -> None:
        """Headings and "nothing here" rows span the whole width; headings stand apart from the rows above.
        Row heights outlive a model reset, so the rows that were headings before get their height back."""
        model: SectionListModel = self.model()  # type: ignore[assignment]
        self.clearSpans()
        rows = self.verticalHeader()
        height = rows.defaultSectionSize()
        for row in self._tall_rows:
            if row < model.rowCount():
                rows.resizeSection(row, height)
        self._tall_rows = []
        for row, heading in model.spanning_rows():
            self.setSpan(row, 0, 1, model.columnCount())
            if heading:
                rows.resizeSection(row, height + GROUP_PADDING - ROW_PADDING)
                self._tall_rows.append(row)
