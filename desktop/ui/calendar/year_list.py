"""All occasions of one year, grouped by month, in a tree: the calendar's list alternative."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QTreeView, QVBoxLayout, QWidget

from desktop.ui.calendar.models import COLLEAGUE_ID_ROLE, Column, Group, OccasionGroupModel
from desktop.ui.calendar.source import OccasionSource, holidays_around
from desktop.ui.calendar.tree_views import group_tree, span_and_expand
from desktop.ui.columns import fit_columns

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

COLUMNS = (Column.DATE, Column.OCCASION, Column.KIND, Column.DETAIL, Column.DEPARTMENT, Column.NOTE)


class YearList(QWidget):
    """The chosen year's occasions by month. Built when first shown, so a hidden tab costs nothing.

    Signals:
        colleague_activated(int): an occasion was double-clicked or Enter was pressed on it.
        year_changed(int): another year is shown.
    """

    colleague_activated = Signal(int)
    year_changed = Signal(int)

    def __init__(self, source: OccasionSource | None, clock: Clock, parent=None):
        super().__init__(parent)
        self.source = source or OccasionSource()
        self._clock = clock
        self._year = clock.today().year
        self._on_this_year = True  # showing the current year: New Year's Day turns the list along
        self._stale = True
        self.model = OccasionGroupModel(COLUMNS, self)
        self.view = group_tree(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._activated)
        fit_columns(self.view, *(COLUMNS.index(c) for c in (Column.NOTE, Column.DEPARTMENT, Column.OCCASION)))
        self.year_label = QLabel()
        font = self.year_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.year_label.setFont(font)
        self.previous_button, self.next_button = QToolButton(), QToolButton()
        self.previous_button.setText("\u2039")
        self.previous_button.setToolTip(self.tr("Previous year"))
        self.next_button.setText("\u203a")
        self.next_button.setToolTip(self.tr("Next year"))
        self.previous_button.clicked.connect(lambda: self.set_year(self._year - 1))
        self.next_button.clicked.connect(lambda: self.set_year(self._year + 1))
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.year_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.year_label.setText(str(self._year))
        clock.day_changed.connect(self._day_changed)

    def year(self) -> int:
        return self._year

    def set_source(self, source: OccasionSource) -> None:
        self.source = source
        self._invalidate()

    def _day_changed(self, today: date) -> None:
        """A list that showed the current year turns with it to the new one; any new day may move the scroll."""
        if self._on_this_year and self._year != today.year:
            self.set_year(today.year)
        else:
            self._invalidate()

    def set_year(self, year: int) -> None:
        if year == self._year:
            return
        self._year = year
        self._on_this_year = year == self._clock.today().year
        self.year_label.setText(str(year))
        self._invalidate()
        self.year_changed.emit(year)

    def refresh(self) -> None:
        """Rebuild the list now (it happens by itself when the widget is shown)."""
        start, end = date(self._year, 1, 1), date(self._year, 12, 31)
        holidays = holidays_around(start, end)
        by_month: list[list] = [[] for _ in range(12)]
        for occasion in self.source.occasions(start, end):
            by_month[occasion.date.month - 1].append(self.source.calendar_row(occasion, holidays, say_same_day=False))
        locale, empty = QLocale(), self.tr("Nothing this month.")
        groups = [Group(locale.standaloneMonthName(month + 1), rows, empty) for month, rows in enumerate(by_month)]
        self.model.set_groups(groups)
        self._stale = False
        span_and_expand(self.view, self.model)
        today = self._clock.today()
        if self._year == today.year:
            self.view.scrollTo(self.model.index(today.month - 1, 0),
                               QTreeView.ScrollHint.PositionAtTop)

    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        colleague_id = index.data(COLLEAGUE_ID_ROLE)
        if colleague_id is not None:
            self.colleague_activated.emit(colleague_id)
