"""The month calendar: navigation bar, the painted grid, and the selected day's details beside it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from desktop.ui.calendar.day_details import DayDetails
from desktop.ui.calendar.legend import Legend
from desktop.ui.calendar.month_grid import MonthGrid
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.style import month_title

if TYPE_CHECKING:
    from desktop.ui.clock import Clock


class MonthView(QWidget):
    """One month with its occasions; the details of the selected day on the right.

    Keys: PageUp/PageDown or Ctrl+Left/Right change the month, arrows move the day, Home goes to today.

    Signals:
        colleague_activated(int): an occasion was double-clicked (in the grid or the day's list).
        month_changed(int, int): year and month now shown.
        day_selected(date): the selected day changed.
    """

    colleague_activated = Signal(int)
    month_changed = Signal(int, int)
    day_selected = Signal(object)

    def __init__(self, source: OccasionSource | None, clock: Clock, parent=None):
        super().__init__(parent)
        self.source = source or OccasionSource()
        self.grid = MonthGrid(self.source, clock)
        self.details = DayDetails()
        self.previous_button = self._button("\u2039", self.tr("Previous month (Page Up)"))
        self.today_button = self._button(self.tr("Today"), self.tr("Go to today (Home)"))
        self.next_button = self._button("\u203a", self.tr("Next month (Page Down)"))
        self.month_label = QLabel()
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.month_label.setFont(font)
        self.previous_button.clicked.connect(lambda: self.grid.shift_months(-1))
        self.next_button.clicked.connect(lambda: self.grid.shift_months(1))
        self.today_button.clicked.connect(self.grid.go_to_today)
        self.grid.month_changed.connect(self._month_changed)
        self.grid.day_selected.connect(self._day_selected)
        self.grid.colleague_activated.connect(self.colleague_activated)
        self.details.colleague_activated.connect(self.colleague_activated)
        self._layout()
        self._month_changed(self.grid.year, self.grid.month)
        self.setFocusProxy(self.grid)

    # -- API -------------------------------------------------------------------------------
    def set_source(self, source: OccasionSource) -> None:
        self.source = source
        self.grid.set_source(source)

    def set_month(self, year: int, month: int) -> None:
        self.grid.set_month(year, month)

    def shift_months(self, months: int) -> None:
        self.grid.shift_months(months)

    def go_to_today(self) -> None:
        self.grid.go_to_today()

    def select_day(self, day: date) -> None:
        self.grid.select_day(day)

    def selected_day(self) -> date:
        return self.grid.selected_day()

    # -- internals ---------------------------------------------------------------------------
    def _button(self, label: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(label)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.setMinimumWidth(32)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.month_label)
        bar.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(Legend())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 280])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _month_changed(self, year: int, month: int) -> None:
        self.month_label.setText(month_title(year, month))
        self.month_changed.emit(year, month)

    def _day_selected(self, day: date) -> None:
        if self.isVisible():
            self._show_details(day)
        self.day_selected.emit(day)

    def _show_details(self, day: date) -> None:
        holidays = self.grid.holidays()
        rows = [self.source.calendar_row(occasion, holidays) for occasion in self.grid.occasions_on(day)]
        self.details.show_day(day, rows, holidays.get(day, ""))

    def showEvent(self, event) -> None:
        # Details need the public holidays; loading them waits until the calendar is first shown.
        self._show_details(self.grid.selected_day())
        super().showEvent(event)
