"""Grouped occasion trees (the year list): roomy rows, spanning group rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from desktop.ui.calendar.models import OccasionGroupModel
from desktop.ui.calendar.section_table import GROUP_PADDING, ROW_PADDING
from desktop.ui.columns import WrappingDelegate


class RoomyDelegate(WrappingDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
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

