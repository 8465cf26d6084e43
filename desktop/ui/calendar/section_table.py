"""The home view's list: a flat table with headings, roomy rows, and headings that span the width.

A table of rows with one height lays out a thousand rows without asking for each, as a tree would when it
opens a group; the home view is built at start-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.calendar.models import SectionListModel

ROW_PADDING = 6  # px added to each row: a calm list, not a spreadsheet
GROUP_PADDING = 14  # px added to group rows: a visible break between sections


def section_table(model: SectionListModel) -> QTableView:
    """A flat list with headings: rows of one height, so a list of a thousand costs nothing to lay out."""
    view = QTableView()
    view.setModel(model)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list, as in every form
    view.horizontalHeader().setHighlightSections(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 4 + ROW_PADDING)
    return view


def apply_sections(view: QTableView, model: SectionListModel) -> None:
    """Headings and "nothing here" rows span the whole width; headings stand apart from the rows above."""
    view.clearSpans()
    rows = view.verticalHeader()
    heading_height = rows.defaultSectionSize() + GROUP_PADDING - ROW_PADDING
    for row, heading in model.spanning_rows():
        view.setSpan(row, 0, 1, model.columnCount())
        if heading:
            rows.resizeSection(row, heading_height)
