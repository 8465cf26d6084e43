"""Shared set-up of the grouped occasion lists (home view, year list): roomy rows, spanning group rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from desktop.ui.calendar.models import OccasionGroupModel, SectionListModel

ROW_PADDING = 6  # px added to each row: a calm list, not a spreadsheet
GROUP_PADDING = 14  # px added to group rows: a visible break between sections


class RoomyDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + (GROUP_PADDING if not index.parent().isValid() else ROW_PADDING))


def group_tree(model: OccasionGroupModel) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    view.setItemDelegate(RoomyDelegate(view))
    view.setAllColumnsShowFocus(True)
    return view


def span_and_expand(view: QTreeView, model: OccasionGroupModel) -> None:
    """Group rows and "nothing here" rows span the whole width; every group is open."""
    for row, group in enumerate(model.groups()):
        view.setFirstColumnSpanned(row, QModelIndex(), True)
        if not group.rows and group.empty_text:
            view.setFirstColumnSpanned(0, model.index(row, 0), True)
        view.expand(model.index(row, 0))  # group by group: expandAll() would visit every row


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
