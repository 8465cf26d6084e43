"""The calendar as the main window shows it: the month grid and the year list as two tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.calendar.month_view import MonthView
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.year_list import YearList

if TYPE_CHECKING:
    from desktop.ui.clock import Clock


class CalendarPage(QWidget):
    """Month and Year tabs over one OccasionSource; the year list follows the month's year.

    Signals:
        colleague_activated(int): an occasion was double-clicked in either tab.
    """

    colleague_activated = Signal(int)

    def __init__(self, source: OccasionSource | None, clock: Clock, parent=None):
        super().__init__(parent)
        source = source or OccasionSource()
        self.month_view = MonthView(source, clock)
        self.year_list = YearList(source, clock)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.month_view, self.tr("Month"))
        self.tabs.addTab(self.year_list, self.tr("Year list"))
        self.month_view.colleague_activated.connect(self.colleague_activated)
        self.year_list.colleague_activated.connect(self.colleague_activated)
        self.month_view.month_changed.connect(lambda year, _month: self.year_list.set_year(year))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_source(self, source: OccasionSource) -> None:
        self.month_view.set_source(source)
        self.year_list.set_source(source)
